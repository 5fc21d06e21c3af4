"""The signing policy's checks beyond the PIN, before the key is used: an SMS code from the
platform or a face check (each bound to the document's fingerprint and the signer's certificate;
the face check asks for its own consent every time and keeps no image).

The PIN check is the token login itself; what this module collects is recorded as further
``intent.checked`` events by :class:`app.compliance.recording.SigningRecord` once the key opens
(and refused there if the key's certificate is not the one the checks were made for).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.compliance.intent import FACE, PIN, SMS, IntentPolicy, IntentResult
from app.identity import IdentitySpec
from crypto import errors
from ui.jobs import JobRunner

if TYPE_CHECKING:
    from app.compliance.platform import IntentServices
    from app.vault.vault import Vault
    from crypto.tokens.base import Interaction


@dataclass(frozen=True)
class Prepared:
    """What the checks need: the fingerprint the checks are bound to (the document's, or a
    batch's: SHA-256 over the reviewed list) and the signer certificate's."""

    document_sha256: str
    signer_sha256: str
    services: IntentServices


def extra_steps(policy: IntentPolicy) -> list[tuple[str, ...]]:
    """The policy's steps that the token PIN does not cover."""
    return [step for step in policy.steps if PIN not in step]


def prepare(vault: Vault, documents: Sequence[Path], identity: IdentitySpec,
            cert_der: bytes | None, interaction: Interaction,
            language: str = "zh_CN") -> Prepared:
    """The consent gate first (no code is sent to anyone who has not agreed), then the
    fingerprints and the platform's intent client (worker thread).  A soft certificate is
    opened to read its certificate (its password is in the identity already)."""
    from app.compliance.consent import ConsentGate
    from app.compliance.intent import batch_id
    from app.compliance.platform import intent_services
    from app.compliance.recording import file_sha256

    ConsentGate.load(vault).require_signing(language)
    if cert_der is None:
        from app.identity import open_identity

        session, cert = open_identity(identity, interaction)
        session.close()
        cert_der = cert.certificate.dump()
    signer = hashlib.sha256(cert_der).hexdigest()
    hashes = [file_sha256(path) for path in documents]
    bound = hashes[0] if len(hashes) == 1 else batch_id(hashes)
    return Prepared(bound, signer, intent_services(vault, signer))


class IntentChecks(QObject):
    """Runs the extra steps one after another (each a dialog), then reports the results.

    Within a step ("sms|face") the methods are offered in the policy's order; "use another
    method" in a dialog moves to the next one, and the step fails only when none is left.
    """

    def __init__(self, jobs: JobRunner, owner: QWidget, language: str = "zh_CN") -> None:
        super().__init__(owner)
        self.jobs = jobs
        self.owner = owner
        self.language = language
        self.dialog: QWidget | None = None  # the open check dialog (tests)
        self.frame_source: object | None = None  # a camera stand-in (tests); None: the camera
        self.cancelled = False
        self._ready: Prepared | None = None  # the platform connection of the running checks

    def cancel(self) -> None:
        """Stop: the open check dialog closes, the platform connection too, and nothing that
        was still being prepared goes on (its connection is closed when it arrives)."""
        self.cancelled = True
        dialog = self.dialog
        if isinstance(dialog, QDialog):
            dialog.reject()
        ready, self._ready = self._ready, None
        if ready is not None:
            ready.services.close()

    def run(self, policy: IntentPolicy, vault: Vault, documents: Sequence[Path],
            identity: IdentitySpec, cert_der: bytes | None, interaction: Interaction,
            done: Callable[[list[IntentResult], str | None], None],
            failed: Callable[[BaseException], None]) -> None:
        """``done(results, signer_sha256)`` when every extra step passed; ``failed`` else."""
        steps = extra_steps(policy)
        if not steps:
            done([], None)
            return

        def prepared(ready: Prepared) -> None:
            if self.cancelled:
                ready.services.close()
                return
            self._ready = ready

            def finish(results: list[IntentResult] | BaseException) -> None:
                self._ready = None
                ready.services.close()
                if isinstance(results, BaseException):
                    failed(results)
                else:
                    done(results, ready.signer_sha256)

            self._steps(vault, ready, list(steps), [], finish)

        language = self.language
        self.cancelled = False

        def work(ctx: object) -> Prepared:
            ready = prepare(vault, documents, identity, cert_der, interaction, language)
            if self.cancelled:  # cancelled meanwhile: the answer may never be delivered
                ready.services.close()
                raise errors.Cancelled()
            return ready

        self.jobs.run(self.owner, work,
                      on_success=prepared, on_failure=failed)

    def _steps(self, vault: Vault, ready: Prepared, steps: list[tuple[str, ...]],
               results: list[IntentResult],
               finish: Callable[[list[IntentResult] | BaseException], None]) -> None:
        if not steps:
            finish(results)
            return

        def passed(result: IntentResult) -> None:
            results.append(result)
            self._steps(vault, ready, steps[1:], results, finish)

        self._methods(vault, ready, list(steps[0]), passed, finish)

    def _methods(self, vault: Vault, ready: Prepared, methods: list[str],
                 passed: Callable[[IntentResult], None],
                 finish: Callable[[list[IntentResult] | BaseException], None]) -> None:
        if not methods or self.cancelled:
            finish(errors.Cancelled())
            return

        def other() -> None:
            self._methods(vault, ready, methods[1:], passed, finish)

        if methods[0] == SMS:
            self._sms(ready, passed, other)
        elif methods[0] == FACE:
            self._face(vault, ready, passed, other, finish)
        else:
            other()

    def _sms(self, ready: Prepared, passed: Callable[[IntentResult], None],
             other: Callable[[], None]) -> None:
        from ui.compliance.sms_dialog import SmsCodeDialog

        dialog = SmsCodeDialog(ready.services.sms, ready.document_sha256, self.jobs, self.owner)
        self.dialog = dialog

        def finished(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if code == SmsCodeDialog.DialogCode.Accepted and dialog.intent is not None:
                passed(dialog.intent)
            else:
                other()

        dialog.finished.connect(finished)
        dialog.open()

    def _face(self, vault: Vault, ready: Prepared, passed: Callable[[IntentResult], None],
              other: Callable[[], None],
              finish: Callable[[list[IntentResult] | BaseException], None]) -> None:
        """Consent for this one check (every time), then the capture; the image is not kept."""
        from app.compliance import agreements, consent
        from ui.compliance.face_dialog import FaceCaptureDialog, FaceConsentDialog

        biometric = agreements.load()[agreements.BIOMETRIC]
        asked = FaceConsentDialog(biometric, self.language, self.owner)
        self.dialog = asked

        def capture(consent_ref: str) -> None:
            source = self.frame_source
            dialog = FaceCaptureDialog(ready.services.face, ready.document_sha256, consent_ref,
                                       self.jobs, self.owner,
                                       source=source)  # type: ignore[arg-type]
            self.dialog = dialog

            def finished(code: int) -> None:
                self.dialog = None
                dialog.deleteLater()
                if code == FaceCaptureDialog.DialogCode.Accepted and dialog.intent is not None:
                    passed(dialog.intent)
                else:
                    other()

            dialog.finished.connect(finished)
            dialog.open()

        def answered(code: int) -> None:
            self.dialog = None
            asked.deleteLater()
            if code != FaceConsentDialog.DialogCode.Accepted:
                other()  # refusing the face check never blocks signing: next method
                return
            document, language = ready.document_sha256, self.language
            self.jobs.run(self.owner, lambda ctx: consent.give_once(vault, biometric, language,
                                                                    [document]).sha256,
                          on_success=capture, on_failure=finish, pool="vault")

        asked.finished.connect(answered)
        asked.open()
