"""`sealdesk cert apply` (issue 6): apply for a signing certificate from the platform's CA.

``cert apply --name NAME --signer ID -o OUT.p12 --password-env VAR [--vault DIR
--passphrase-env VAR] [--sms-code-env VAR]``: the required agreements must be accepted; the
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
    from app.compliance.sms import SmsChallenge, SmsIntent
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
    apply.add_argument("--sms-code-env", metavar="VAR",
                       help=tr("cli", "the SMS code from this variable (default: ask)"))
    add_vault_options(apply)
    apply.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))


def run(args: argparse.Namespace) -> int:
    """Run ``sealdesk cert apply``."""
    import re
    from pathlib import Path

    from app.cli.env import secret_from_env
    from app.cli.vault_cmd import open_vault
    from crypto import errors
    from crypto.errors import Text

    if not re.fullmatch(r"[0-9a-f]{64}", args.signer):
        raise errors.UsageError(detail=Text("the signer ID is 64 lowercase hex characters"))
    name = args.name.strip()
    if not name or len(name) > 64:
        raise errors.UsageError(detail=Text("the name is 1 to 64 characters"))
    output = Path(args.output)
    if output.exists():
        raise errors.OutputExists(path=str(output))
    password = secret_from_env(args.password_env, Text("PKCS#12 password"))
    if not password:
        raise errors.UsageError(detail=Text("the PKCS#12 password is empty"))
    with open_vault(args.vault, args.passphrase_env) as vault:
        return _apply(vault, args, name, output, password)


def _apply(vault: Vault, args: argparse.Namespace, name: str, output: Any,
           password: str) -> int:
    from app.cli.present import emit_json
    from app.compliance import issuance, notices
    from app.compliance.consent import ConsentGate
    from app.compliance.platform import intent_services
    from app.i18n import current_language

    ConsentGate.load(vault).require_signing(current_language())
    application = issuance.new_application(name)
    say = print if not args.json else (lambda *_a, **_k: None)
    say(tr("cli", "Before issuance: you have accepted the Digital Certificate Usage Agreement; "
           "your identity is confirmed by a code sent to your registered phone, and the code "
           "confirms that you intend to apply for this certificate (request SHA-256 {sha256})."
           ).format(sha256=application.request_sha256))
    with intent_services(vault, args.signer) as services:
        challenge = services.sms.start(application.request_sha256)
        say(tr("cli", "A code was sent to {phone}.").format(phone=challenge.masked_phone))
        _check_code(services.sms, challenge, args.sms_code_env)
        before = notices.before_issuance(vault, application.request_sha256,
                                         agreement_accepted=True, identity_consistent=True,
                                         intent_method="sms")
        issued = issuance.request_certificate(services.sms, application, challenge.challenge_id)
    issuance.write_pkcs12(output, application, issued, password, name)
    where = str(output.resolve())
    after = notices.issued(vault, issued.sha256, storage="soft", where="this computer",
                           not_after=issuance.not_after(issued))
    expires = issuance.not_after(issued).strftime("%Y-%m-%d %H:%M UTC")
    if args.json:
        emit_json({"certificate_sha256": issued.sha256, "output": where,
                   "issued_at": after.at, "not_after": expires,
                   "events": [before.seq, after.seq]})
        return 0
    print(tr("cli", "Issued: your certificate (SHA-256 {sha256}) was issued at {at}, valid until "
             "{until}, and is stored on this computer in {path}.").format(
                 sha256=issued.sha256, at=after.at, until=expires, path=where))
    return 0


def _check_code(sms: SmsIntent, challenge: SmsChallenge, code_env: str | None) -> None:
    """The code from the variable (one try) or the prompt (until right or out of tries)."""
    from app.cli.env import secret_from_env
    from app.cli.vault_cmd import ask_passphrase
    from app.compliance.errors import SmsWrongCode
    from crypto.errors import Text

    code = secret_from_env(code_env, Text("SMS code"))
    if code is not None:
        sms.verify(challenge, code)
        return
    while True:
        try:
            sms.verify(challenge, ask_passphrase(tr("cli", "SMS code: ")))
            return
        except SmsWrongCode as exc:
            if exc.attempts_left <= 0:
                raise
            print(tr("cli", "The code is wrong: {n} attempt(s) left.").format(
                n=exc.attempts_left))
