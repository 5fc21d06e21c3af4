"""The SMS code of a platform check on the command line: from ``--sms-code-env VAR`` (one try:
a script cannot type a second code) or typed at a prompt without echo (until right, or the
platform says no tries are left).  The code is handed to the platform only, never kept."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from app.i18n import tr

if TYPE_CHECKING:
    from app.compliance.intent import IntentResult
    from app.compliance.sms import SmsChallenge, SmsIntent


def verify_code(sms: SmsIntent, challenge: SmsChallenge, code_env: str | None) -> IntentResult:
    """The code from the variable (one try) or the prompt (until right or out of tries)."""
    from app.cli.env import secret_from_env
    from app.cli.vault_cmd import ask_passphrase
    from app.compliance.errors import SmsWrongCode
    from crypto.errors import Text

    code = secret_from_env(code_env, Text("SMS code"))
    if code is not None:
        return sms.verify(challenge, code)[0]
    while True:
        try:
            return sms.verify(challenge, ask_passphrase(tr("cli", "SMS code: ")))[0]
        except SmsWrongCode as exc:
            if exc.attempts_left <= 0:
                raise
            print(tr("cli", "The code is wrong: {n} attempt(s) left.").format(
                n=exc.attempts_left), file=sys.stderr)


def sms_check(sms: SmsIntent, bound_sha256: str, code_env: str | None) -> IntentResult:
    """Ask the platform to send a code bound to ``bound_sha256``, then take it (stderr says
    where it went, so that ``--json`` output stays clean)."""
    challenge = sms.start(bound_sha256)
    print(tr("cli", "A code was sent to {phone}.").format(phone=challenge.masked_phone),
          file=sys.stderr)
    return verify_code(sms, challenge, code_env)
