"""`sealdesk seal|request|queue`: seal custody (issue 10).

* ``seal list|add|show|apply|ledger``: the seal registry, applying a seal to an approved
  request's documents, and the seal-use ledger (CSV / PDF);
* ``request create|approve|reject|export|import|send|fetch|list|show``: signed seal-use
  requests and decisions, the request files (``.sealreq``) that carry them between vaults, and
  the platform's mailbox that carries them when the vault is registered (``send``/``fetch``);
* ``queue status|run``: documents sealed at B-B, upgraded once a timestamp service answers.

Every action works on the vault ``--vault DIR`` names (passphrase from ``--passphrase-env VAR``
or a prompt); keys' secrets come only from ``--pin-env`` / ``--password-env`` or a prompt.
Only argparse is imported at start-up; the work is in :mod:`app.custody`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.vault_args import add_vault_options
from app.i18n import tr

if TYPE_CHECKING:
    from app.vault import Vault

SCHEMA = "sealdesk.custody/1"


# --- grammar --------------------------------------------------------------------------------


def add_parsers(subparsers: Any) -> None:
    """Register ``seal``, ``request`` and ``queue``."""
    _add_seal(subparsers)
    _add_request(subparsers)
    _add_queue(subparsers)


def _vault_options(p: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    add_vault_options(p)
    if json_flag:
        p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))


def _secret_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pin-env", metavar="VAR",
                   help=tr("cli", "token PIN from this environment variable"))
    p.add_argument("--password-env", metavar="VAR",
                   help=tr("cli", "password of the key file, from this environment variable"))


def _identity_options(p: argparse.ArgumentParser) -> None:
    """The acting person's key (the same options as ``sealdesk sign``)."""
    key = p.add_mutually_exclusive_group(required=True)
    key.add_argument("--key", metavar="PKCS11_URI",
                     help=tr("cli", "your key on a token, as an RFC 7512 URI"))
    key.add_argument("--p12", metavar="FILE", help=tr("cli", "your PKCS#12 soft certificate"))
    key.add_argument("--key-pem", metavar="KEY",
                     help=tr("cli", "PEM private key (with --cert-pem)"))
    key.add_argument("--skf", metavar="LIBRARY",
                     help=tr("cli", "SM2 USB key through its vendor's SKF (GM/T 0016) library"))
    p.add_argument("--skf-container", metavar="[APP/]CONTAINER",
                   help=tr("cli", "container on the SKF key (default: the only one)"))
    p.add_argument("--cert-pem", metavar="CERT", help=tr("cli", "PEM certificate for --key-pem"))
    p.add_argument("--chain", action="append", default=[], metavar="PEM",
                   help=tr("cli", "intermediate certificates (repeatable)"))
    p.add_argument("--module", action="append", default=[], metavar="PATH",
                   help=tr("cli", "PKCS#11 module for --key (if the URI has no module-path)"))
    _secret_options(p)


def _add_seal(sub: Any) -> None:
    p = sub.add_parser("seal", help=tr("cli", "the seal registry, applying seals, the ledger"))
    s = p.add_subparsers(dest="seal_command", metavar="ACTION")
    s.required = True
    _vault_options(s.add_parser("list", help=tr("cli", "list the registered seals")))

    add = s.add_parser("add", help=tr("cli", "register a seal"))
    add.add_argument("--name", required=True, help=tr("cli", "the seal's name"))
    add.add_argument("--kind", required=True,
                     help=tr("cli", "kind of seal: 公章, 合同专用章, 财务专用章, 法人章 …"))
    add.add_argument("--image", required=True, metavar="PNG",
                     help=tr("cli", "the seal image: PNG with a transparent background"))
    add.add_argument("--certificate", required=True, metavar="CERT",
                     help=tr("cli", "the certificate the seal signs with (PEM or DER)"))
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--key", metavar="PKCS11_URI", help=tr("cli", "the seal's key on a token"))
    where.add_argument("--p12", metavar="FILE", help=tr("cli", "the seal's PKCS#12 file"))
    where.add_argument("--key-pem", metavar="KEY", help=tr("cli", "the seal's PEM key"))
    add.add_argument("--cert-pem", metavar="CERT", help=tr("cli", "PEM certificate for --key-pem"))
    add.add_argument("--module", action="append", default=[], metavar="PATH",
                     help=tr("cli", "PKCS#11 module for --key (if the URI has no module-path)"))
    add.add_argument("--requester", action="append", required=True, metavar="CERT|SHA256",
                     help=tr("cli", "who may request the seal (certificate file or SHA-256)"))
    add.add_argument("--approver", action="append", required=True, metavar="CERT|SHA256",
                     help=tr("cli", "who may approve its use (certificate file or SHA-256)"))
    add.add_argument("--valid-from", metavar="YYYY-MM-DD", help=tr("cli", "first day of use"))
    add.add_argument("--valid-until", metavar="YYYY-MM-DD", help=tr("cli", "last day of use"))
    _vault_options(add)

    show = s.add_parser("show", help=tr("cli", "show one seal"))
    show.add_argument("seal", metavar="SEAL", help=tr("cli", "seal name or id"))
    show.add_argument("--image-out", metavar="PNG",
                      help=tr("cli", "write the seal image exactly as it is stamped"))
    _vault_options(show)

    apply = s.add_parser("apply", help=tr("cli", "seal the documents of an approved request"))
    apply.add_argument("request", metavar="REQUEST", help=tr("cli", "request id (or a prefix)"))
    apply.add_argument("files", nargs="+", metavar="FILE", help=tr("cli", "the approved PDFs"))
    apply.add_argument("--out-dir", required=True, metavar="DIR",
                       help=tr("cli", "folder for the sealed files"))
    apply.add_argument("--overwrite", action="store_true",
                       help=tr("cli", "replace existing output files"))
    _secret_options(apply)
    _tsa_options(apply, tr("cli", "timestamp service: upgrade the sealed files at once if it "
                               "answers (otherwise they wait in the queue)"))
    _vault_options(apply)

    ledger = s.add_parser("ledger", help=tr("cli", "the seal-use ledger (用印登记簿)"))
    ledger.add_argument("seal", metavar="SEAL", nargs="?",
                        help=tr("cli", "seal name or id (default: every seal)"))
    ledger.add_argument("--csv", metavar="OUT.csv", help=tr("cli", "write the ledger as CSV"))
    ledger.add_argument("--pdf", metavar="OUT.pdf", help=tr("cli", "write the ledger as PDF"))
    ledger.add_argument("--overwrite", action="store_true",
                        help=tr("cli", "replace existing output files"))
    _vault_options(ledger)


def _tsa_options(p: argparse.ArgumentParser, tsa_help: str, *, required: bool = False) -> None:
    p.add_argument("--tsa", metavar="URL", required=required, help=tsa_help)
    p.add_argument("--tsa-user", metavar="USER",
                   help=tr("cli", "HTTP user for the timestamp service"))
    p.add_argument("--tsa-password-env", metavar="VAR",
                   help=tr("cli", "HTTP password for the timestamp service, from this variable"))
    p.add_argument(
        "--trust", action="append", default=[], metavar="PEM",
        help=tr("cli", "extra trust anchors for collecting validation data (B-LT/B-LTA)"),
    )


def _add_request(sub: Any) -> None:
    p = sub.add_parser("request", help=tr("cli", "seal-use requests and their approval"))
    s = p.add_subparsers(dest="request_command", metavar="ACTION")
    s.required = True

    create = s.add_parser("create", help=tr("cli", "request a seal for documents (signed)"))
    create.add_argument("files", nargs="+", metavar="FILE", help=tr("cli", "the PDFs to seal"))
    create.add_argument("--seal", required=True, metavar="SEAL", help=tr("cli", "seal name or id"))
    create.add_argument("--purpose", required=True, metavar="TEXT",
                        help=tr("cli", "what the seal is needed for"))
    create.add_argument("--placement", required=True, metavar="RULE",
                        help=tr("cli", "where the seal goes: text:ANCHOR[@SIZE], "
                                "rect:PAGE:X1,Y1,X2,Y2 or cross-page[:SIZE]"))
    _identity_options(create)
    _vault_options(create)

    for action, words in (("approve", tr("cli", "approve a request (signed)")),
                          ("reject", tr("cli", "reject a request with a reason (signed)"))):
        d = s.add_parser(action, help=words)
        d.add_argument("request", metavar="REQUEST", help=tr("cli", "request id (or a prefix)"))
        d.add_argument("--reason", required=action == "reject", default="", metavar="TEXT",
                       help=tr("cli", "why (kept in the signed decision)"))
        _identity_options(d)
        _vault_options(d)

    export = s.add_parser("export", help=tr("cli", "write a request file (.sealreq)"))
    export.add_argument("request", metavar="REQUEST", help=tr("cli", "request id (or a prefix)"))
    export.add_argument("-o", "--output", required=True, metavar="OUT.sealreq",
                        help=tr("cli", "request file to write"))
    export.add_argument("--overwrite", action="store_true",
                        help=tr("cli", "replace an existing file"))
    _vault_options(export)

    imp = s.add_parser("import", help=tr("cli", "read a request file (.sealreq), verified"))
    imp.add_argument("file", metavar="FILE.sealreq", help=tr("cli", "the request file"))
    _vault_options(imp)

    send = s.add_parser("send", help=tr("cli", "send a request (or its decision) to colleagues "
                                        "through the platform"))
    send.add_argument("request", metavar="REQUEST", help=tr("cli", "request id (or a prefix)"))
    _vault_options(send)

    fetch = s.add_parser("fetch", help=tr("cli", "fetch colleagues' requests and decisions "
                                          "from the platform, verified"))
    fetch.add_argument("--all", action="store_true",
                       help=tr("cli", "read everything again, not only what is new"))
    _vault_options(fetch)

    ls = s.add_parser("list", help=tr("cli", "list requests"))
    ls.add_argument("--seal", metavar="SEAL", help=tr("cli", "only this seal's requests"))
    ls.add_argument("--state", choices=("pending", "approved", "rejected", "sealed"),
                    help=tr("cli", "only requests in this state"))
    _vault_options(ls)

    show = s.add_parser("show", help=tr("cli", "show one request"))
    show.add_argument("request", metavar="REQUEST", help=tr("cli", "request id (or a prefix)"))
    _vault_options(show)


def _add_queue(sub: Any) -> None:
    p = sub.add_parser("queue", help=tr("cli", "the offline signing queue (B-B → B-LTA)"))
    s = p.add_subparsers(dest="queue_command", metavar="ACTION")
    s.required = True
    _vault_options(s.add_parser("status", help=tr("cli", "show the queue")))
    run = s.add_parser("run", help=tr("cli", "add timestamps and validation data now"))
    _tsa_options(run, tr("cli", "RFC 3161 timestamp service"), required=True)
    run.add_argument("--force", action="store_true",
                     help=tr("cli", "also try entries whose next attempt is not due yet"))
    _vault_options(run)


# --- running --------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """Open the vault, run one action, close the vault."""
    from app.cli import custody_actions as actions
    from app.cli.vault_cmd import open_vault

    action = getattr(args, f"{args.command}_command")
    handler = getattr(actions, f"{args.command}_{action}")
    vault: Vault = open_vault(args.vault, args.passphrase_env)
    try:
        return int(handler(vault, args))
    finally:
        vault.close()


def out(text: str) -> None:
    """One line for people on stdout."""
    sys.stdout.write(text + "\n")


def paths(values: list[str]) -> list[Path]:
    """Command-line paths."""
    return [Path(v) for v in values]
