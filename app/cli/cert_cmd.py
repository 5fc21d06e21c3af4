"""`sealdesk cert apply` (issue 6): apply for a signing certificate from the platform's CA.

``cert apply --name NAME --signer ID -o OUT.p12 --password-env VAR [--ca-out CA.pem] [--vault
DIR --passphrase-env VAR] [--sms-code-env VAR]``: the required agreements must be accepted; the
before-issuance notice (agreement, identity, intent) is shown; a new EC P-256 key and request
are made; the SMS code sent to the signer's registered phone confirms the application (typed at
the prompt, or from ``--sms-code-env`` for scripts); the certificate is issued and kept with the
key in OUT.p12 (written atomically), and the issuance notice (when, where) is shown.  Both
notices are recorded in the vault's evidence chain.  Top-level imports stay light.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.vault_args import add_vault_options
from app.i18n import tr

if TYPE_CHECKING:
    from app.vault import Vault


def add_parsers(subparsers: Any) -> None:
    """Register ``sealdesk cert``."""
    p = subparsers.add_parser("cert", help=tr("cli", "apply for a signing certificate"))
    sub = p.add_subparsers(dest="cert_action", metavar="ACTION")
    sub.required = True
    apply = sub.add_parser(
        "apply", help=tr("cli", "apply for a certificate from the platform (SMS check)"))
    apply.add_argument("--name", required=True, metavar="NAME",
                       help=tr("cli", "your name as it will appear in the certificate"))
    apply.add_argument("--signer", required=True, metavar="ID",
                       help=tr("cli", "your signer ID registered with the platform (64 hex)"))
    apply.add_argument("-o", "--output", required=True, metavar="OUT.p12",
                       help=tr("cli", "PKCS#12 file to write (key and certificate)"))
    apply.add_argument("--password-env", required=True, metavar="VAR",
                       help=tr("cli", "password of the PKCS#12 file from this variable"))
    apply.add_argument("--ca-out", metavar="CA.pem",
                       help=tr("cli", "also save the platform CA's certificate here (PEM), to "
                               "give to `sealdesk verify --trust`"))
    apply.add_argument("--sms-code-env", metavar="VAR",
                       help=tr("cli", "the SMS code from this variable (default: ask)"))
    add_vault_options(apply)
    apply.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))


def run(args: argparse.Namespace) -> int:
    """Run ``sealdesk cert apply``."""
    from pathlib import Path

    from app.cli.env import secret_from_env
    from app.cli.vault_cmd import open_vault
    from app.compliance.issuance import applicant_problem, holds_certificate, password_problem
    from crypto import errors
    from crypto.errors import Text

    problem = applicant_problem(args.name, args.signer)
    if problem is not None:
        raise errors.UsageError(detail=problem)
    output = Path(args.output)
    if output.exists():
        raise errors.OutputExists(path=str(output))
    if args.ca_out and Path(args.ca_out).exists() and not holds_certificate(Path(args.ca_out)):
        raise errors.OutputExists(path=args.ca_out)  # said before anything is sent
    password = secret_from_env(args.password_env, Text("PKCS#12 password")) or ""
    problem = password_problem(password)
    if problem is not None:
        raise errors.UsageError(detail=problem)
    with open_vault(args.vault, args.passphrase_env) as vault:
        return _apply(vault, args, output, password)


def _apply(vault: Vault, args: argparse.Namespace, output: Any, password: str) -> int:
    from pathlib import Path

    from app.cli.present import emit_json, error_json, report_error
    from app.cli.sms_code import verify_code
    from app.compliance.issuance import CertificateApplication, save_ca, utc_text
    from app.i18n import current_language
    from crypto import errors

    say = print if not args.json else (lambda *_a, **_k: None)
    with CertificateApplication.begin(vault, args.name, args.signer,
                                      current_language()) as applying:
        say(tr("cli", "Before issuance: you have accepted the Digital Certificate Usage "
               "Agreement; your identity is confirmed by a code sent to your registered phone, "
               "and the code confirms that you intend to apply for this certificate (request "
               "SHA-256 {sha256}).").format(sha256=applying.request_sha256))
        challenge = applying.sms.start(applying.request_sha256)
        say(tr("cli", "A code was sent to {phone}.").format(phone=challenge.masked_phone))
        applying.confirmed(verify_code(applying.sms, challenge, args.sms_code_env))
        issued = applying.issue()
        stored = applying.store(output, password)
    ca: Path | None = None
    ca_error: errors.SealDeskError | None = None  # the certificate is stored all the same
    try:
        ca = save_ca(issued.ca_pem, Path(args.ca_out)) if args.ca_out else None
    except errors.SealDeskError as exc:
        ca_error = exc
    expires = utc_text(stored.not_after)
    if args.json:
        emit_json({"certificate_sha256": stored.certificate_sha256, "output": str(stored.path),
                   "issued_at": stored.issued_at, "not_after": expires,
                   "events": list(stored.events),
                   "ca": {"path": str(ca), "sha256": issued.ca_sha256} if ca else None,
                   **({"error": error_json(ca_error)} if ca_error is not None else {})})
        return 0 if ca_error is None else 1
    print(tr("cli", "Issued: your certificate (SHA-256 {sha256}) was issued at {at}, valid until "
             "{until}, and is stored on this computer in {path}.").format(
                 sha256=stored.certificate_sha256, at=stored.issued_at, until=expires,
                 path=stored.path))
    if ca is not None:
        print(tr("cli", "The platform CA's certificate (SHA-256 {sha256}) is in {path}; reviews "
                 "trust it with --trust {path}.").format(sha256=issued.ca_sha256, path=ca))
    if ca_error is not None:
        report_error(ca_error, json_mode=False)
        return 1
    return 0

