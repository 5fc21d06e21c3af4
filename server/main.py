"""``sealdesk-platform``: run the reference platform and do the operator's chores.

    sealdesk-platform serve --db URL --host H --port P --tls-cert F --tls-key F [--sms-outbox F]
                            [--ca-key F --ca-cert F] [--public-url URL]
    sealdesk-platform org create NAME          (prints the org id and a one-time enrolment token)
    sealdesk-platform org token ORG_ID         (another one-time enrolment token)
    sealdesk-platform signer add --org ORG --signer SIGNER_ID --phone +86…
    sealdesk-platform device list --org ORG    (enrolled devices, revoked ones marked)
    sealdesk-platform device revoke DEVICE_ID  (refused from then on, on every app server)
    sealdesk-platform cert list [--org ORG]    (issued certificates: serials, revocations)
    sealdesk-platform cert revoke --serial HEX [--reason keyCompromise|…] [--ca-key F --ca-cert F]
                                               (on the CA's CRL and in OCSP answers from now on)
    sealdesk-platform openapi                  (the OpenAPI document, as in server/openapi.json)

The database and log key default to the platform home (``SEALDESK_PLATFORM_HOME``); plain
HTTP is served only on a loopback address.  An operator tool: its messages are English.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DB_ENV = "SEALDESK_PLATFORM_DB"
# server.revocation.REASONS' names (kept here so the parser stays light; a test compares them)
REASON_NAMES = ("unspecified", "keyCompromise", "affiliationChanged", "superseded",
                "cessationOfOperation", "privilegeWithdrawn")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sealdesk-platform", description=__doc__.split("\n")[0])
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=os.environ.get(DB_ENV),
                        help="database URL: sqlite:///FILE (default) or postgresql://…")
    common.add_argument("--log-key", type=Path, help="log key file (made on first start)")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common], help="run the platform")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--tls-cert", type=Path, help="server certificate chain (PEM)")
    serve.add_argument("--tls-key", type=Path, help="server private key (PEM)")
    serve.add_argument("--sms-outbox", type=Path, help="development SMS gateway: append codes here")
    serve.add_argument("--ca-key", type=Path,
                       help="issuing CA key (PEM; default: made beside the log key)")
    serve.add_argument("--ca-cert", type=Path, help="issuing CA certificate (PEM, with --ca-key)")
    serve.add_argument("--tsa-url", help="RFC 3161 TSA that time-stamps tree heads")
    serve.add_argument("--public-url",
                       help="base URL relying parties reach the platform at, put into issued "
                       "certificates for the CRL and CA certificate (default: from --host/--port)")
    serve.add_argument("--log-level", default="warning")

    org = sub.add_parser("org", help="organisations").add_subparsers(dest="org_command",
                                                                     required=True)
    create = org.add_parser("create", parents=[common], help="create an organisation")
    create.add_argument("name")
    create.add_argument("--json", action="store_true")
    token = org.add_parser("token", parents=[common], help="another one-time enrolment token")
    token.add_argument("org_id")
    token.add_argument("--json", action="store_true")

    signer = sub.add_parser("signer", help="signers").add_subparsers(dest="signer_command",
                                                                     required=True)
    add = signer.add_parser("add", parents=[common], help="register a signer's phone number")
    add.add_argument("--org", required=True)
    add.add_argument("--signer", required=True, help="SHA-256 hex of the signer's certificate")
    add.add_argument("--phone", required=True, help="E.164, e.g. +8613812345678")

    device = sub.add_parser("device", help="devices").add_subparsers(dest="device_command",
                                                                     required=True)
    listing = device.add_parser("list", parents=[common], help="an organisation's devices")
    listing.add_argument("--org", required=True)
    listing.add_argument("--json", action="store_true")
    revoke = device.add_parser("revoke", parents=[common],
                               help="revoke a device: its signed requests are refused from now on")
    revoke.add_argument("device_id")
    revoke.add_argument("--json", action="store_true")

    cert = sub.add_parser("cert", help="certificates the platform's CA issued").add_subparsers(
        dest="cert_command", required=True)
    ca_files = argparse.ArgumentParser(add_help=False)
    ca_files.add_argument("--ca-key", type=Path, help="issuing CA key, as given to serve")
    ca_files.add_argument("--ca-cert", type=Path, help="issuing CA certificate, as given to serve")
    issued = cert.add_parser("list", parents=[common, ca_files],
                             help="issued certificates, oldest first")
    issued.add_argument("--org", help="only this organisation's")
    issued.add_argument("--json", action="store_true")
    cert_revoke = cert.add_parser("revoke", parents=[common, ca_files],
                                  help="revoke a certificate: on the CA's CRL and OCSP from now on")
    cert_revoke.add_argument("--serial", required=True, help="serial number, hexadecimal")
    cert_revoke.add_argument("--reason", default="unspecified", choices=sorted(REASON_NAMES),
                             help="RFC 5280 reason (default: unspecified)")
    cert_revoke.add_argument("--json", action="store_true")

    sub.add_parser("openapi", help="print the OpenAPI document")
    return parser


def _settings(args: argparse.Namespace, **extra: Any) -> Any:
    from server.settings import Settings

    return Settings.defaults(db_url=args.db, log_key_path=args.log_key, **extra)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _listen_url(args: argparse.Namespace) -> str | None:
    """``http(s)://HOST:PORT`` of the listen address; None for a wildcard address (then each
    certificate names the address its issuing request arrived on)."""
    try:
        if ipaddress.ip_address(args.host).is_unspecified:
            return None
        host = f"[{args.host}]" if ":" in args.host else args.host
    except ValueError:
        host = args.host
    return f"{'https' if args.tls_cert else 'http'}://{host}:{args.port}"


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document of the API (no database needed)."""
    from server.api import create_app

    return create_app(None).openapi()


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.api import create_app
    from server.platform import Platform

    if (args.tls_cert is None) != (args.tls_key is None):
        print("error: give both --tls-cert and --tls-key", file=sys.stderr)
        return 2
    if args.tls_cert is None and not _is_loopback(args.host):
        print("error: plain HTTP is served only on a loopback address; give --tls-cert and "
              "--tls-key", file=sys.stderr)
        return 2
    platform = Platform(_settings(args, sms_outbox=args.sms_outbox, tsa_url=args.tsa_url,
                                  ca_key_path=args.ca_key, ca_cert_path=args.ca_cert,
                                  public_url=args.public_url or _listen_url(args)))
    try:
        uvicorn.run(
            create_app(platform), host=args.host, port=args.port, log_level=args.log_level,
            ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
            ssl_keyfile=str(args.tls_key) if args.tls_key else None,
        )
    finally:
        platform.close()
    return 0


def _operator(args: argparse.Namespace) -> int:
    from server.platform import Platform

    platform = Platform(_settings(args, ca_key_path=getattr(args, "ca_key", None),
                                  ca_cert_path=getattr(args, "ca_cert", None)))
    try:
        if args.command == "org" and args.org_command == "create":
            org_id, token = platform.create_org(args.name)
            if args.json:
                print(json.dumps({"org_id": org_id, "enrolment_token": token}))
            else:
                print(f"organisation: {org_id}\nenrolment token (shown once): {token}")
        elif args.command == "org":
            token = platform.issue_token(args.org_id)
            print(json.dumps({"enrolment_token": token}) if args.json else token)
        elif args.command == "device":
            _device_command(platform, args)
        elif args.command == "cert":
            _cert_command(platform, args)
        else:
            platform.add_signer(args.org, args.signer, args.phone)
            print(f"signer {args.signer} registered")
    finally:
        platform.close()
    return 0


def _device_command(platform: Any, args: argparse.Namespace) -> None:
    if args.device_command == "revoke":
        found = [platform.revoke_device(args.device_id)]
    else:
        found = platform.list_devices(args.org)
    if args.json:
        print(json.dumps(found[0] if args.device_command == "revoke" else found, indent=2))
        return
    for d in found:
        state = f"revoked {d['revoked_at']}" if d["revoked_at"] else "active"
        print(f"{d['device_id']}  {state:<32}  enrolled {d['enrolled_at']}  {d['label']}")
    if not found:
        print("no devices")


def _cert_command(platform: Any, args: argparse.Namespace) -> None:
    from server.timefmt import format_time

    if args.cert_command == "revoke":
        found = [platform.revocations.revoke(args.serial, args.reason)]
    else:
        found = platform.revocations.list_certificates(args.org)
    if args.json:
        print(json.dumps(found[0] if args.cert_command == "revoke" else found, indent=2))
        return
    for c in found:
        state = (f"revoked {format_time(c['revoked_at'])} ({c['reason']})" if c["revoked_at"]
                 else "valid")
        print(f"{c['serial']:<40}  {state:<48}  issued {format_time(c['issued_at'])}  "
              f"org {c['org_id']}  signer {c['signer_id']}")
    if not found:
        print("no certificates")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``sealdesk-platform`` console script."""
    args = _parser().parse_args(argv)
    if args.command == "openapi":
        print(json.dumps(openapi_document(), indent=2, sort_keys=True))
        return 0
    try:
        if args.command == "serve":
            return _serve(args)
        return _operator(args)
    except ValueError as exc:  # bad operator input: our own sentences, no secrets in them
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
