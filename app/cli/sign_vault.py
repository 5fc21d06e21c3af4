"""`sealdesk sign --vault DIR`: archive every file signed in this call, with its evidence.

The vault is unlocked *before* signing, so a wrong passphrase stops the run before anything is
signed.  After the run, each signed file (and each file an earlier, interrupted run had signed)
is archived in its own transaction together with its ``contract_added``, ``intent_checked``,
``certificate_used`` and ``signature_applied`` events; a file already archived (same SHA-256)
is not stored twice.

The certificate lifecycle (issue 6) is recorded as the GUI records it: once the key is open
(the token accepted the PIN), before the first signature, ``cert.notice.before_use`` and
``intent.checked`` for each document (the notice is printed too); after archiving,
``cert.notice.after_use`` with the signed file's fingerprint.  A vault whose required
agreements were never accepted (``sealdesk consent accept``), or were withdrawn or changed since,
refuses to sign before anything is signed.

The signing policy of the settings applies as in the desktop app: its steps beyond the PIN are
SMS codes here (sent by the platform, bound to the document or the SHA-256 over the list, typed
at a prompt or read from ``--sms-code-env``), checked once the key is open; a step only a face
check satisfies, or a vault not registered with the platform, is refused before any key opens.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.compliance.recording import SigningRecord
from app.i18n import tr
from crypto import errors

if TYPE_CHECKING:
    from app.compliance.expiry import CertificateStanding
    from app.signing.batch import FileJob, FileResult
    from app.vault import Vault
    from crypto.tokens.base import CertificateInfo


def open_sign_vault(args: argparse.Namespace) -> Vault | None:
    """The vault ``--vault`` names, unlocked (None without ``--vault``)."""
    if not getattr(args, "vault", None):
        return None
    from app.cli.vault_cmd import open_vault

    return open_vault(args.vault, args.vault_passphrase_env,
                      pin_env=getattr(args, "vault_pin_env", None))


class CliCompliance(SigningRecord):
    """The lifecycle notices of one ``sign --vault`` run (see the module docstring)."""

    def __init__(self, vault: Vault, jobs: Sequence[FileJob], args: argparse.Namespace) -> None:
        announce = None if args.json else _print_notice
        from app import preferences
        from app.i18n import current_language

        prefs = preferences.load()
        super().__init__(vault, [job.source for job in jobs],
                         "pin" if args.key else intent_method(args), announce=announce,
                         require_consent=True, language=current_language(),
                         ask_renewal=lambda cert, now: ask_renewal(args, cert, now),
                         warning_days=prefs.expiry_warning_days)
        self.sms_code_env: str | None = getattr(args, "sms_code_env", None)
        self.steps = policy_steps(vault, prefs.intent_policy)  # refused here: before any PIN

    def opened(self, cert: CertificateInfo, signing: Sequence[Path] | None = None) -> None:
        """The key is open: the policy's SMS checks for what is signed now, then the notices."""
        if self.steps and (signing is None or signing):
            from app.cli.sms_code import sms_check
            from app.compliance.expiry import certificate_sha256
            from app.compliance.intent import batch_id
            from app.compliance.platform import intent_services
            from app.compliance.recording import file_sha256

            signer = certificate_sha256(cert)
            hashes = [file_sha256(path) for path in self.sources]
            bound = hashes[0] if len(hashes) == 1 else batch_id(hashes)  # the reviewed list
            with intent_services(self.vault, signer) as services:
                self.checks = [sms_check(services.sms, bound, self.sms_code_env)
                               for _ in self.steps]
            self.signer_sha256 = signer
        super().opened(cert, signing)


def policy_steps(vault: Vault, policy_text: str) -> list[tuple[str, ...]]:
    """The signing policy's steps beyond the PIN, each done here with an SMS code; a step only
    a face check can satisfy is refused (the command line has no camera), and so is a vault
    not registered with the platform that sends the codes."""
    from app.compliance.errors import IntentNotChecked
    from app.compliance.intent import SMS, IntentPolicy
    from crypto.errors import Text

    steps = [step for step in IntentPolicy.parse(policy_text).steps if "pin" not in step]
    for step in steps:
        if SMS not in step:
            raise IntentNotChecked(detail=Text(
                "the signing policy asks for a face check, which only the desktop app can do"))
    if steps:
        from app.sync.device import load_config

        load_config(vault)  # PlatformNotConfigured before anything is asked
    return steps


def ask_renewal(args: argparse.Namespace, cert: CertificateInfo,
                standing: CertificateStanding) -> str:
    """The renewal question of an expiring certificate: ``--renewal``, else a terminal
    question, else put off to the next signing ("deferred"; said on stderr)."""
    notice = tr("cli", "Your certificate {subject} expires on {date} ({days} days left).")
    print(notice.format(subject=cert.subject, date=standing.not_after.date().isoformat(),
                        days=standing.days_left), file=sys.stderr)
    if args.renewal:
        return "at_signing" if args.renewal == "agree" else "declined"
    if not args.json and sys.stdin.isatty() and sys.stderr.isatty():
        print(tr("cli", "Do you agree that it is renewed? [y/N] "), end="", file=sys.stderr,
              flush=True)
        answer = sys.stdin.readline().strip().lower()
        return "at_signing" if answer in ("y", "yes", "是", "好") else "declined"
    print(tr("cli", "Renewal consent: answer with --renewal agree|decline; you will be asked "
                    "again at the next signing."), file=sys.stderr)
    return "deferred"


def _print_notice(cert: CertificateInfo, sources: Sequence[Path]) -> None:
    line = tr("cli", "Your certificate {subject} will now sign {document}.")
    for source in sources:
        print(line.format(subject=cert.subject, document=source.name), file=sys.stderr)


def intent_method(args: argparse.Namespace) -> str:
    """How the signer proved intent in this run (recorded in ``intent_checked``)."""
    if args.key:
        return "token_pin"
    return "key_file_password" if args.password_env else "key_file"


def archive_results(
    vault: Vault,
    results: Sequence[FileResult],
    args: argparse.Namespace,
    compliance: CliCompliance | None = None,
) -> tuple[list[dict[str, Any]], list[errors.SealDeskError]]:
    """Archive the signed outputs; per-file entries for ``--json`` and the errors met."""
    from app.cli.present import error_json
    from app.compliance.recording import archive_results as archive

    entries: list[dict[str, Any]] = []
    failures: list[errors.SealDeskError] = []
    for r, done in archive(vault, results, compliance, level=args.level.upper(),
                           intent=intent_method(args), tsa_url=args.tsa):
        if isinstance(done, errors.SealDeskError):
            failures.append(done)
            entries.append({"output": str(r.output), "id": None, "error": error_json(done)})
        else:
            entries.append({"output": str(r.output), "id": done.record.id,
                            "created": done.created})
    return entries, failures


def print_archived(entries: Sequence[dict[str, Any]]) -> None:
    """Human-readable lines for the archived files."""
    for e in entries:
        if e.get("id"):
            line = tr("cli", "archived {output} → vault {id}")
            print(line.format(output=e["output"], id=e["id"][:12]))
        else:
            line = tr("cli", "NOT ARCHIVED {output}: {message}")
            print(line.format(output=e["output"], message=e["error"]["message"]), file=sys.stderr)
