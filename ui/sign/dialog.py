"""The sign flow for one document: identity → seal → options → sign (PIN) → the signed file.

Each step can be cancelled; cancelling while signing stops before the output is written (the
core writes atomically, so nothing half-written is ever left).  A wrong PIN is reported with the
tries left and the user may press Sign again: SealDesk never retries a PIN by itself.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.compliance.intent import IntentPolicy, IntentResult
from app.identity import IdentitySpec
from app.preferences import Preferences
from app.signing.batch import FileJob, FileResult
from crypto import errors
from crypto.pades.options import SignOptions
from ui.i18n import current_language
from ui.jobs import Job, JobContext, JobRunner
from ui.presenter import message
from ui.sign.identity import IdentityPage
from ui.sign.intent_checks import IntentChecks, extra_steps
from ui.sign.interaction import QtInteraction
from ui.sign.options import OptionsPage
from ui.sign.placement import PlacementChoice, PlacementPage
from ui.sign.second import SecondSignatureBox, soft_key_type
from ui.sign.vault_box import VaultArchiveBox, ask_renewal
from ui.signature_panel import common_name

if TYPE_CHECKING:
    from app.compliance.recording import SigningRecord
    from app.vault.vault import Vault
    from crypto.tokens.base import CertificateInfo
    from ui.vault.session import VaultSession


@dataclass(frozen=True)
class SignRequest:
    """Everything one signing needs, collected by the dialog (secrets only in memory)."""

    document: Path
    output: Path
    identity: IdentitySpec
    options: SignOptions
    placement: PlacementChoice
    trust_files: tuple[Path, ...] = ()
    vault: Vault | None = None  # the app's unlocked vault: archive the copy with its evidence
    language: str = "zh_CN"  # of the agreements named in a consent error
    checks: tuple[IntentResult, ...] = ()  # passed before signing (SMS), for signer_sha256
    signer_sha256: str | None = None
    also: IdentitySpec | None = None  # a second (RSA/ECDSA) signature after an SM2 one
    warning_days: int = 30  # renewal consent is asked this many days before expiry


def sign_document(request: SignRequest, interaction: QtInteraction,
                  ctx: JobContext) -> FileResult:
    """Sign on a worker thread (the token is reached through its own thread)."""
    if request.output.resolve() == request.document.resolve():
        raise errors.OutputError(
            detail=errors.Text("the signed copy cannot replace the original document"))
    seal = request.placement.seal_spec(request.document)
    record = None
    if request.vault is not None:  # consent first: nothing is signed without it
        from app.compliance.recording import SigningRecord

        method = "pin" if request.identity.pkcs11_uri else "key_file_password"
        record = SigningRecord(request.vault, [request.document], method,
                               announce=lambda cert, sources: _confirm_use(interaction, cert,
                                                                          sources),
                               require_consent=True, language=request.language,
                               checks=request.checks, signer_sha256=request.signer_sha256,
                               ask_renewal=lambda cert, now: ask_renewal(interaction, cert, now),
                               warning_days=request.warning_days)
    result = _sign_and_place(request, interaction, ctx, seal, record)
    if request.vault is not None and record is not None:
        from app.vault.importing import archive_signed

        archived = archive_signed(
            request.vault, result.output, source_sha256=result.source_sha256,
            level=request.options.level.value,
            intent="token_pin" if request.identity.pkcs11_uri else "key_file_password",
            tsa_url=request.options.tsa.url if request.options.tsa else None)
        if result.source_sha256:
            record.finish([(result.source_sha256,
                            result.output_sha256 or archived.record.sha256, archived.record.id)])
    return result


def _confirm_use(interaction: QtInteraction, cert: CertificateInfo,
                 sources: Sequence[Path]) -> None:
    """Before each use: "your certificate X will now sign Y" — the signer confirms or stops."""
    from crypto.tokens.notice import Notice

    names = "、".join(p.name for p in sources)
    question = Notice("Your certificate {subject} will now sign {documents}. Continue?",
                      subject=common_name(cert.subject), documents=names)
    if not interaction.confirm(question):
        raise errors.Cancelled()


def _sign_and_place(request: SignRequest, interaction: QtInteraction, ctx: JobContext,
                    seal: object, record: SigningRecord | None) -> FileResult:
    from app.signing.runner import SigningRun

    ctx.check()
    run = SigningRun(identity=request.identity, options=request.options,
                     seal=seal,  # type: ignore[arg-type]
                     trust_files=request.trust_files, workers=0,
                     cancelled=lambda: ctx.cancelled,
                     on_open=record.opened if record is not None else None,
                     also=request.also)
    # signed into a hidden file beside the output, which takes its place only if the user did
    # not cancel meanwhile: a cancel never leaves a signed copy (nor replaces an older one)
    staging = request.output.with_name(f".{request.output.name}.{secrets.token_hex(4)}.signing")
    try:
        result = run.execute([FileJob(request.document, staging)], interaction)[0]
        if result.status == "failed":
            raise result.error or errors.InternalError()
        ctx.check()
        os.replace(staging, request.output)
    finally:
        staging.unlink(missing_ok=True)
    return dataclasses.replace(result, output=request.output)


class SignDialog(QDialog):
    """The sign flow's window (window-modal over the main window)."""

    signed = Signal(object)  # FileResult, once the signed copy is written
    STEPS = 3

    def __init__(self, jobs: JobRunner, prefs: Preferences, document: Path,
                 parent: QWidget | None = None, session: VaultSession | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.session = session
        self.setWindowTitle(self.tr("Sign {name}").format(name=document.name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(980, 700)
        self.jobs = jobs
        self.document = document
        self.trust_files = tuple(Path(p) for p in prefs.trust_anchors)
        self.job: Job[FileResult] | None = None
        self.key_lookup: Job[str | None] | None = None  # is the soft certificate SM2?
        self.unlocking = False
        self.prefs = prefs
        self.intent_checks = IntentChecks(jobs, self, current_language())
        self.result_: FileResult | None = None
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.identity = IdentityPage(jobs, prefs.pkcs11_modules, prefs.expiry_warning_days)
        self.placement = PlacementPage(jobs, prefs.seal_images, prefs.seal_anchor, prefs.seal_size)
        self.options = OptionsPage(prefs.level, prefs.tsa_url)
        # SM2 (issue 8): the Adobe Reader warning and a second signature, on the last step
        self.second = SecondSignatureBox(jobs, prefs.pkcs11_modules, prefs.expiry_warning_days)
        self.pages = QStackedWidget()
        for page in (self.identity, self.placement, self.options):
            self.pages.addWidget(page)
        self.output = QLineEdit(str(document.with_name(f"{document.stem}.signed.pdf")))
        self.output.setObjectName("outputPath")
        browse = QPushButton(self.tr("Save as…"))
        browse.setObjectName("outputBrowse")
        out_row = QHBoxLayout()
        out_row.addWidget(QLabel(self.tr("Signed copy")))
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.vault_box = VaultArchiveBox(
            jobs, session, self.tr("Keep the signed copy and its evidence in the vault"))
        self.archive = self.vault_box.check
        self.vault_passphrase = self.vault_box.passphrase
        out_row.addWidget(self.vault_box)
        self.status = QLabel()
        self.status.setObjectName("signStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("signProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("backButton")
        self.next = QPushButton(self.tr("Next"))
        self.next.setObjectName("nextButton")
        self.next.setDefault(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.second, 1)
        layout.addLayout(out_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.interaction = QtInteraction(self, jobs, lambda: self.job is not None
                                         and self.job.cancelled)
        self.interaction.noticed.connect(self.status.setText)
        self.back.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self._next)
        self.cancel.clicked.connect(self.reject)
        browse.clicked.connect(self._browse)
        for page in (self.identity, self.placement, self.options):
            page.changed.connect(self._update)
        self.second.changed.connect(self._update)
        self.placement.set_document(document)
        self.identity.refresh()
        self._go(0)

    # --- steps --------------------------------------------------------------------------------

    def _go(self, index: int) -> None:
        index = max(0, min(index, self.STEPS - 1))
        self.pages.setCurrentIndex(index)
        titles = [self.tr("1 / 3  Who signs"), self.tr("2 / 3  Where the seal goes"),
                  self.tr("3 / 3  Signature options")]
        self.title.setText(titles[index])
        self._show_sm2()
        self._update()

    def _show_sm2(self) -> None:
        """On the last step, for an SM2 certificate: the warning and the second signature (a
        soft certificate file is opened in the background to learn its key type)."""
        self.second.hide()
        if self.pages.currentIndex() != self.STEPS - 1:
            return
        chosen = self.identity.selected()
        if chosen is not None:
            self.second.setVisible(chosen[1].key_type == "sm2")
            return
        try:
            spec = self.identity.spec()
        except errors.SealDeskError:
            return
        if spec.p12 is not None and spec.p12.is_file():
            self.key_lookup = self.jobs.run(self, lambda ctx: soft_key_type(spec),
                                            on_success=self._soft_key)

    def _soft_key(self, kind: str | None) -> None:
        last = self.pages.currentIndex() == self.STEPS - 1
        self.second.setVisible(last and kind == "sm2" and self.identity.soft_radio.isChecked())
        self._update()

    def _update(self) -> None:
        index = self.pages.currentIndex()
        page = self.pages.currentWidget()
        busy = self.job is not None or self.unlocking
        self.back.setEnabled(index > 0 and not busy)
        self.next.setText(self.tr("Sign") if index == self.STEPS - 1 else self.tr("Next"))
        complete = bool(getattr(page, "is_complete", lambda: True)())
        if index == self.STEPS - 1:
            complete = complete and self.identity.is_complete() and bool(self.output.text())
            complete = complete and self.second.is_complete()
        self.next.setEnabled(complete and not busy)
        for widget in (self.identity, self.placement, self.options, self.output, self.second):
            widget.setEnabled(not busy)

    def _next(self) -> None:
        if self.pages.currentIndex() < self.STEPS - 1:
            self._go(self.pages.currentIndex() + 1)
        else:
            self.sign()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the signed copy"),
                                              self.output.text(), self.tr("PDF (*.pdf)"))
        if name:
            self.output.setText(name)

    # --- signing ------------------------------------------------------------------------------

    def request(self) -> SignRequest:
        """What the dialog will sign with, as chosen now."""
        vault = self.vault_box.vault
        return SignRequest(document=self.document, output=Path(self.output.text()),
                           identity=self.identity.spec(), options=self.options.options(),
                           placement=self.placement.choice(), trust_files=self.trust_files,
                           vault=vault, language=current_language(), also=self.second.spec(),
                           warning_days=self.prefs.expiry_warning_days)

    def archiving(self) -> bool:
        """Whether the signed copy goes into the vault."""
        return self.vault_box.archiving()

    def sign(self) -> None:
        """Sign in the background (the vault is unlocked first when the copy goes there; a wrong
        passphrase stops before anything is signed); the PIN dialog opens when the token asks."""
        if self.job is not None or self.unlocking:
            return
        self.unlocking = True
        if self.session is not None and self.archiving() and not self.session.is_unlocked:
            self.status.setText(self.tr("Unlocking the vault…"))
        self._update()
        self.vault_box.unlock_then(self.interaction, self._checks, self._unlock_failed)

    def _checks(self) -> None:
        """The policy's checks beyond the PIN (SMS code), then the signature."""
        self.unlocking = False
        policy = IntentPolicy.parse(self.prefs.intent_policy)
        if not extra_steps(policy):
            self._start()
            return
        vault = self.vault_box.vault
        if vault is None:
            self.status.setText(message(errors.UsageError(detail=errors.Text(
                "the signing policy's checks are recorded in the vault: keep the signed copy "
                "in the vault"))))
            self._update()
            return
        chosen = self.identity.selected()
        cert_der = chosen[1].certificate.dump() if chosen is not None else None
        self.unlocking = True  # busy: no second click meanwhile
        self._update()

        def done(results: list[IntentResult], signer: str | None) -> None:
            self.unlocking = False
            self._start(tuple(results), signer)

        def failed(exc: BaseException) -> None:
            self.unlocking = False
            self._update()
            self.vault_box.not_signed(self, self.status, exc, self.sign)
            self.agreements_dialog = getattr(self.vault_box, "agreements_dialog", None)

        try:
            identity = self.identity.spec()
        except errors.SealDeskError as exc:
            failed(exc)
            return
        self.intent_checks.run(policy, vault, [self.document], identity, cert_der,
                               self.interaction, done, failed)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.unlocking = False
        self.status.setText(message(exc))
        self._update()

    def _start(self, checks: tuple[IntentResult, ...] = (),
               signer_sha256: str | None = None) -> None:
        try:
            request = dataclasses.replace(self.request(), checks=checks,
                                          signer_sha256=signer_sha256)
        except errors.SealDeskError as exc:
            self.status.setText(message(exc))
            self._update()
            return
        interaction = self.interaction
        self.status.setText(self.tr("Signing…"))
        self.progress.show()
        self.job = self.jobs.run(self, lambda ctx: sign_document(request, interaction, ctx),
                                 on_success=self._signed, on_failure=self._failed,
                                 on_cancel=self._cancelled, cancellable=True)
        self._update()

    def _finished(self) -> None:
        self.job = None
        self.progress.hide()
        self._update()

    def _signed(self, result: FileResult) -> None:
        self._finished()
        self.result_ = result
        self.forget_secrets()
        if self.session is not None and self.archiving():
            self.session.touched()  # new evidence: sync soon
        self.signed.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        self.status.setText(message(exc))
        from app.compliance.errors import ConsentRequired

        if isinstance(exc, ConsentRequired) and self.session is not None:
            self.ask_consent()

    def ask_consent(self) -> None:
        """The agreements, read and ticked, recorded in the vault; then sign again."""
        self.vault_box.ask_consent(self, self.sign)
        self.agreements_dialog = getattr(self.vault_box, "agreements_dialog", None)

    def _cancelled(self) -> None:
        self._finished()
        self.status.setText(self.tr("Cancelled: nothing was signed."))

    def reject(self) -> None:
        """Cancel: a running signature is stopped, secrets are dropped, the dialog closes."""
        if self.job is not None and shiboken6.isValid(self.job):
            self.job.cancel()
        self.intent_checks.cancel()
        self.forget_secrets()
        super().reject()

    def forget_secrets(self) -> None:
        """Clear the password fields."""
        self.identity.forget_secrets()
        self.second.forget_secrets()
        self.vault_box.forget_secrets()
