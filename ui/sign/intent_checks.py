"""The signing policy's checks beyond the PIN, before the key is used: an SMS code from the
platform (bound to the document's fingerprint and the signer's certificate).

The PIN check is the token login itself; what this module collects is recorded as further
``intent.checked`` events by :class:`app.compliance.recording.SigningRecord` once the key opens
(and refused there if the key's certificate is not the one the checks were made for).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.compliance.intent import PIN, SMS, IntentPolicy, IntentResult
from app.identity import IdentitySpec
from crypto import errors
from ui.jobs import JobRunner

if TYPE_CHECKING:
    from app.compliance.platform import IntentServices
    from app.vault.vault import Vault
    from crypto.tokens.base import Interaction


@dataclass(frozen=True)
class Prepared:
    """What the checks need: the document's and the signer certificate's fingerprints."""

    document_sha256: str
    signer_sha256: str
    services: IntentServices


def extra_steps(policy: IntentPolicy) -> list[tuple[str, ...]]:
    """The policy's steps that the token PIN does not cover."""
    return [step for step in policy.steps if PIN not in step]


def prepare(vault: Vault, document: Path, identity: IdentitySpec, cert_der: bytes | None,
            interaction: Interaction) -> Prepared:
    """Fingerprints and the platform's intent client (worker thread).  A soft certificate is
    opened to read its certificate (its password is in the identity already)."""
    from app.compliance.platform import intent_services
    from app.compliance.recording import file_sha256

    if cert_der is None:
        from app.identity import open_identity

        session, cert = open_identity(identity, interaction)
        session.close()
        cert_der = cert.certificate.dump()
    signer = hashlib.sha256(cert_der).hexdigest()
    return Prepared(file_sha256(document), signer, intent_services(vault, signer))


class IntentChecks(QObject):
    """Runs the extra steps one after another (each a dialog), then reports the results."""

    def __init__(self, jobs: JobRunner, owner: QWidget) -> None:
        super().__init__(owner)
        self.jobs = jobs
        self.owner = owner
        self.dialog: QWidget | None = None  # the open check dialog (tests)

    def run(self, policy: IntentPolicy, vault: Vault, document: Path, identity: IdentitySpec,
            cert_der: bytes | None, interaction: Interaction,
            done: Callable[[list[IntentResult], str | None], None],
            failed: Callable[[BaseException], None]) -> None:
        """``done(results, signer_sha256)`` when every extra step passed; ``failed`` else."""
        steps = extra_steps(policy)
        if not steps:
            done([], None)
            return
        unsupported = [step for step in steps if SMS not in step]
        if unsupported:
            failed(errors.UsageError(detail=errors.Text(
                "this signing policy needs a check this app cannot run here ({methods})",
                methods="|".join(unsupported[0]))))
            return

        def prepared(ready: Prepared) -> None:
            self._sms(ready, len(steps), [], done, failed)

        self.jobs.run(self.owner, lambda ctx: prepare(vault, document, identity, cert_der,
                                                      interaction),
                      on_success=prepared, on_failure=failed)

    def _sms(self, ready: Prepared, left: int, results: list[IntentResult],
             done: Callable[[list[IntentResult], str | None], None],
             failed: Callable[[BaseException], None]) -> None:
        from ui.compliance.sms_dialog import SmsCodeDialog

        dialog = SmsCodeDialog(ready.services.sms, ready.document_sha256, self.jobs, self.owner)
        self.dialog = dialog

        def finished(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if code != SmsCodeDialog.DialogCode.Accepted or dialog.intent is None:
                ready.services.close()
                failed(errors.Cancelled())
                return
            results.append(dialog.intent)
            if left > 1:
                self._sms(ready, left - 1, results, done, failed)
                return
            ready.services.close()
            done(results, ready.signer_sha256)

        dialog.finished.connect(finished)
        dialog.open()
