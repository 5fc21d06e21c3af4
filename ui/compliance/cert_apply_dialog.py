"""Apply for a certificate (申请证书): the desktop app's face of ``sealdesk cert apply``.

The form (name, signer ID, where the .p12 goes, its password twice) over the app's vault; then,
one window-modal dialog after another (``open``, never ``exec``): the agreements when consent is
missing → the before-issuance notice → the SMS code bound to the request → the issued notice.
The steps themselves are :class:`app.compliance.issuance.CertificateApplication`'s, the same
as the CLI's; every platform and vault call runs on the job API's workers.  Cancel before the
platform is asked to issue leaves no file and no issued notice; once it has issued (the SMS
check is used up then), the certificate is stored and the issued notice recorded all the same,
and the dialog says so.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.compliance import issuance
from crypto import errors
from ui import presenter
from ui.compliance.handoff import Handoff
from ui.custody.vault_bar import VaultBar
from ui.i18n import current_language
from ui.jobs import Job

if TYPE_CHECKING:
    from app.compliance.intent import IntentResult
    from app.compliance.issuance import CertificateApplication, StoredCertificate
    from app.vault.vault import Vault
    from ui.vault.session import VaultSession


def begin_application(vault: Vault, name: str, signer_id: str, output: Path,
                      language: str,
                      handoff: Handoff[CertificateApplication] | None = None
                      ) -> CertificateApplication:
    """Worker: the output must be new, then the application's first steps (consent gate,
    the platform's SMS service, a new key and request); its connection is closed here if
    ``handoff`` was cancelled meanwhile."""
    if output.exists():
        raise errors.OutputExists(path=str(output))
    applying = issuance.CertificateApplication.begin(vault, name, signer_id, language)
    try:
        applying.reach()  # offline: said now, before the notice
    except BaseException:
        applying.close()
        raise
    return applying if handoff is None else handoff.give(applying)


def issue_and_store(applying: CertificateApplication, intent: IntentResult, output: Path,
                    password: str, cancelled: Callable[[], bool]) -> StoredCertificate:
    """Worker: unless cancelled by then, the before-issuance notice and the issuance; once the
    platform has issued (the SMS check is used up), the file and the issued notice, whatever
    happens.  The platform connection is closed at the end, whatever happened."""
    try:
        if cancelled():
            raise errors.Cancelled()
        applying.confirmed(intent)
        if cancelled():
            raise errors.Cancelled()
        applying.issue()
        return applying.store(output, password)  # issued: a cancel now discards nothing
    finally:
        applying.close()


def _problem_text(problem: errors.Text) -> str:
    return problem.render(lambda s: QCoreApplication.translate("errors", s))


class CertApplyDialog(QDialog):
    """The application form and the flow's steps; ``applied`` once the file is written."""

    applied = Signal(object)  # StoredCertificate
    signWith = Signal(Path)  # "sign a document with it": the new certificate file
    trustCa = Signal(Path)  # the person chose to trust the platform's CA: its PEM file

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certApplyDialog")
        self.setWindowTitle(self.tr("Apply for a certificate"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(720, 420)
        self.session, self.jobs = session, session.jobs
        self.applying: CertificateApplication | None = None
        self.beginning: Handoff[CertificateApplication] | None = None  # begin job running
        self.job: Job[StoredCertificate] | None = None  # the issuing job
        self.stop = threading.Event()  # the person cancelled while the issuing job runs
        self.busy = False
        self.step: QDialog | None = None  # the open step dialog (tests look at it)
        self.registered: bool | None = None  # the vault is registered with a platform
        self.stored: StoredCertificate | None = None
        self.folder: Path | None = None  # the default folder, once known
        self._output_chosen = False
        self.bar = VaultBar(session)
        intro = QLabel(self.tr(
            "A new key is made on this computer and never leaves it. The platform's certificate "
            "authority issues a certificate for it once a code sent to your registered phone "
            "confirms that you apply."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("certName")
        self.name.setMaxLength(issuance.NAME_MAX)
        self.name.setPlaceholderText(self.tr("as it will appear in the certificate"))
        self.signer = QLineEdit()
        self.signer.setObjectName("certSigner")
        self.signer.setPlaceholderText(self.tr("64 hex characters, as registered with the "
                                               "platform"))
        self.output = QLineEdit()
        self.output.setObjectName("certOutput")
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setObjectName("certBrowse")
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(self.browse)
        self.password = QLineEdit()
        self.password.setObjectName("certPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("certRepeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least {n} characters").format(
            n=issuance.STRONG_PASSWORD))
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Signer ID"), self.signer)
        form.addRow(self.tr("Save to"), out_row)
        form.addRow(self.tr("File password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.hint = QLabel()
        self.hint.setObjectName("certHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666666")
        self.status = QLabel()
        self.status.setObjectName("certStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("certApply")
        self.apply_button.setDefault(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("certCancel")
        self.sign_with = QPushButton(self.tr("Sign a document with it…"))
        self.sign_with.setObjectName("certSignWith")
        self.sign_with.hide()
        self.trust = QPushButton(self.tr("Trust the platform's CA in reviews…"))
        self.trust.setObjectName("certTrustCa")
        self.trust.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.trust)
        buttons.addWidget(self.sign_with)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.status, 1)
        layout.addLayout(buttons)
        for field in (self.name, self.signer, self.password, self.repeat):
            field.textChanged.connect(self._update)
        self.name.textChanged.connect(self._suggest_output)
        self.output.textEdited.connect(self._output_edited)
        self.output.textChanged.connect(self._update)
        self.browse.clicked.connect(self._browse)
        self.apply_button.clicked.connect(self.apply)
        self.cancel.clicked.connect(self.reject)
        self.sign_with.clicked.connect(self._sign_with)
        self.trust.clicked.connect(self._ask_trust)
        session.unlocked.connect(self._check_platform)
        session.locked.connect(self._locked)
        self.jobs.run(self, lambda ctx: issuance.default_folder(), on_success=self._folder_found)
        self._check_platform()
        self._update()

    # --- the form -----------------------------------------------------------------------------

    def _folder_found(self, folder: Path) -> None:
        self.folder = folder
        self._suggest_output()

    def _suggest_output(self) -> None:
        if not self._output_chosen and self.folder is not None:
            self.output.setText(str(self.folder / issuance.file_name(self.name.text())))

    def _output_edited(self) -> None:
        self._output_chosen = True

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the certificate file"),
                                              self.output.text(),
                                              self.tr("PKCS#12 certificate files (*.p12)"))
        if name:
            self._output_chosen = True
            self.output.setText(name)

    def _check_platform(self) -> None:
        """Is the unlocked vault registered with a platform?  (Without one, nothing starts.)"""
        from app.compliance.platform import registered

        self.registered = None
        self.session.call(self, registered, on_success=self._platform_known,
                          on_failure=self._failed)
        self._update()

    def _platform_known(self, known: bool) -> None:
        self.registered = known
        if not known:
            self._not_registered()
        self._update()

    def _not_registered(self) -> None:
        self.registered = False
        self.status.setText(self.tr(
            "Applying for a certificate needs the e-signing platform, and this vault is not "
            "registered with one. Register this computer with your organisation's platform "
            "(sealdesk sync register), then try again. Nothing was sent."))

    def _locked(self) -> None:
        self.registered = None
        self._update()

    def signer_id(self) -> str:
        """The signer ID as typed (spaces and capitals do not matter)."""
        return self.signer.text().strip().lower()

    def problem(self) -> str | None:
        """Why the application cannot start now (None: it can)."""
        if not self.session.is_unlocked:
            return self.tr("Unlock the vault first: the notices are recorded there.")
        for found in (issuance.name_problem(self.name.text()),
                      issuance.signer_problem(self.signer_id()),
                      issuance.password_problem(self.password.text(),
                                                minimum=issuance.STRONG_PASSWORD,
                                                repeated=self.repeat.text())):
            if found is not None:
                return _problem_text(found)
        if not self.output.text().strip():
            return self.tr("Choose where the certificate file goes.")
        return None

    def _update(self) -> None:
        problem = self.problem() if self.stored is None else None
        self.hint.setText(problem or "")
        ready = problem is None and self.registered is True and not self.busy
        self.apply_button.setEnabled(ready and self.stored is None)
        for field in (self.name, self.signer, self.output, self.browse, self.password,
                      self.repeat):
            field.setEnabled(not self.busy and self.stored is None)

    # --- the flow -----------------------------------------------------------------------------

    def apply(self) -> None:
        """Start: consent gate, platform, new key and request (in the background)."""
        vault = self.session.vault
        if (self.busy or vault is None or self.registered is not True
                or self.problem() is not None or self.stored is not None):
            return
        name, signer = self.name.text(), self.signer_id()
        output, language = Path(self.output.text().strip()), current_language()
        self._busy(self.tr("Preparing the application…"))
        handoff: Handoff[CertificateApplication] = Handoff(lambda applying: applying.close())
        self.beginning = handoff
        self.jobs.run(self, lambda ctx: begin_application(vault, name, signer, output,
                                                          language, handoff),
                      on_success=lambda applying: self._begun(handoff),
                      on_failure=lambda exc: self._begin_ended(handoff, exc),
                      on_cancel=lambda: self._begin_ended(handoff, errors.Cancelled()))

    def _busy(self, text: str) -> None:
        self.busy = True
        self.status.setText(text)
        self._update()

    def _idle(self, text: str = "") -> None:
        self.busy = False
        self.job = None
        self.status.setText(text)
        self._update()

    def _begin_ended(self, handoff: Handoff[CertificateApplication],
                     exc: BaseException) -> None:
        if self.beginning is handoff:
            self.beginning = None
            self._failed(exc)

    def _begun(self, handoff: Handoff[CertificateApplication]) -> None:
        from ui.compliance.notice_dialog import CertificateNoticeDialog

        applying = handoff.take()
        if self.beginning is not handoff or applying is None:
            return  # cancelled meanwhile (said then): its connection was closed
        self.beginning = None
        self.applying = applying
        message = self.tr(
            "Before your certificate is issued: you have accepted the Digital Certificate Usage "
            "Agreement. A code is now sent to the phone registered for this signer; typing it "
            "confirms your identity and that you intend to apply for this certificate.")
        details = [self.tr("Name in the certificate: {name}").format(name=applying.name),
                   self.tr("Signer ID {id}").format(id=self.signer_id()),
                   self.tr("Request SHA-256 {sha}").format(sha=applying.request_sha256),
                   self.tr("Stored in {path}").format(path=self.output.text().strip())]
        notice = CertificateNoticeDialog("before_issuance", self.tr("Before issuance"), message,
                                         details, self, accept_text=self.tr("Continue"),
                                         reject_text=self.tr("Cancel"))
        self._open_step(notice, lambda ok: self._sms() if ok else self._abandon())

    def _open_step(self, dialog: QDialog, then: Callable[[bool], None]) -> None:
        def finished(code: int) -> None:
            dialog.finished.disconnect(finished)  # once: a late answer cannot reopen a step
            if self.step is dialog:
                self.step = None
            dialog.deleteLater()
            then(code == QDialog.DialogCode.Accepted)

        self.step = dialog
        dialog.finished.connect(finished)
        dialog.open()

    def _sms(self) -> None:
        from ui.compliance.sms_dialog import SmsCodeDialog

        applying = self.applying
        if applying is None:
            return
        dialog = SmsCodeDialog(applying.sms, applying.request_sha256, self.jobs, self)
        other = dialog.findChild(QPushButton, "smsOther")
        if other is not None:
            other.setText(self.tr("Cancel"))  # no other method issues a certificate
        self.status.setText(self.tr("Waiting for the SMS code…"))
        self._open_step(dialog, lambda ok: self._issue(dialog.intent) if ok and dialog.intent
                        else self._abandon())

    def _issue(self, intent: IntentResult | None) -> None:
        applying = self.applying
        if applying is None or intent is None:
            return
        output, password = Path(self.output.text().strip()), self.password.text()
        self.status.setText(self.tr("Issuing your certificate…"))
        stop = self.stop
        stop.clear()
        # no progress dialog: the dialog's own Cancel stays usable, and the outcome (issued
        # and stored, or nothing issued) is always reported, also after a cancel
        self.job = self.jobs.run(
            self, lambda ctx: issue_and_store(applying, intent, output, password,
                                              lambda: stop.is_set() or ctx.cancelled),
            on_success=self._issued, on_failure=self._failed,
            on_cancel=lambda: self._failed(errors.Cancelled()))

    def _issued(self, stored: StoredCertificate) -> None:
        from ui.compliance import notice_dialog

        self.applying = None
        self.stored = stored
        self.forget_secrets()
        until = issuance.utc_text(stored.not_after)
        done = self.tr("Issued. Your certificate is stored on this computer in {path} and is "
                       "valid until {until}. To sign with it, choose this file as the soft "
                       "certificate when signing.")
        if self.stop.is_set():  # cancelled once the platform had issued: stored all the same
            self.stop.clear()
            done = self.tr("The platform had already issued your certificate when you "
                           "cancelled; an issued certificate cannot be taken back, so it has "
                           "been stored on this computer in {path} and is valid until "
                           "{until}.")
        self._idle(done.format(path=stored.path, until=until))
        self.apply_button.hide()
        self.sign_with.show()
        self.trust.setVisible(stored.ca_sha256 is not None)
        self.cancel.setText(self.tr("Close"))
        self.session.touched()  # new evidence: sync soon
        notice = notice_dialog.issued(self, self.name.text().strip(), stored.certificate_sha256,
                                      str(stored.path), until,
                                      issued_at=issuance.utc_text(stored.issued))
        self._open_step(notice, lambda ok: None)
        self.applied.emit(stored)

    def _ask_trust(self) -> None:
        """Trusting the CA is the person's decision, made with its fingerprint in view."""
        stored = self.stored
        if stored is None or stored.ca_sha256 is None:
            return
        question = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Trust the platform's CA"),
            self.tr("Signatures made with certificates this certificate authority issues will "
                    "be reported as trusted in reviews. Trust it only if the fingerprint is the "
                    "one your organisation published.\n\nSHA-256 {sha}").format(
                        sha=stored.ca_sha256),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        question.setObjectName("certTrustQuestion")
        self.step = question

        def answered(code: int) -> None:
            self.step = None
            question.deleteLater()
            if code == QMessageBox.StandardButton.Yes:
                self.jobs.run(self, lambda ctx: issuance.trust_ca(stored),
                              on_success=self._trusted, on_failure=self._failed)

        question.finished.connect(answered)
        question.open()

    def _trusted(self, path: Path) -> None:
        self.trust.setEnabled(False)
        self.status.setText(self.tr("The platform's CA is now among the trusted roots of "
                                    "reviews ({path}).").format(path=path))
        self.trustCa.emit(path)

    def _sign_with(self) -> None:
        if self.stored is not None:
            path = self.stored.path
            self.accept()
            self.signWith.emit(path)

    def _failed(self, exc: BaseException) -> None:
        from app.compliance.errors import ConsentRequired, PlatformUnavailable
        from app.sync.errors import PlatformNotConfigured

        self._drop_application()
        self._idle()
        if isinstance(exc, PlatformNotConfigured):
            self._not_registered()
        elif isinstance(exc, PlatformUnavailable):
            self.status.setText(self.tr(
                "The e-signing platform could not be reached, and applying for a certificate "
                "needs it. Check the network connection, then try again. Nothing was sent."))
        elif isinstance(exc, ConsentRequired):
            self._ask_consent()
        elif isinstance(exc, errors.Cancelled):
            self._cancelled()
            if self.stop.is_set():  # stopped before the platform issued: close, as asked
                self.stop.clear()
                self.reject()
        else:
            if presenter.as_error(exc).kind == "bug":
                presenter.show_error(self, exc)  # logs the trace
            self.status.setText(presenter.message(exc))
        self._update()

    def _ask_consent(self) -> None:
        """The agreements, read and ticked, recorded in the vault; then apply again."""
        from ui.compliance.agreements_dialog import for_signing

        if self.session.vault is None:
            return
        self.status.setText(self.tr("Applying for a certificate needs your consent to the "
                                    "agreements."))
        dialog = for_signing(self, self.session.vault, self.jobs)
        self._open_step(dialog, lambda ok: self.apply() if ok else self._abandon())

    def _abandon(self) -> None:
        """A step was cancelled: the platform connection closes; nothing is issued."""
        self._drop_application()
        self._cancelled()

    def _cancelled(self) -> None:
        self._idle(self.tr("Cancelled: no certificate was issued and no file was written."))

    def _drop_application(self) -> None:
        applying, self.applying = self.applying, None
        if applying is not None and self.job is None:
            applying.close()  # a running issuance closes it itself

    def reject(self) -> None:
        """Cancel: an open step closes; a running issuance stops unless the platform has
        issued already (then the certificate is stored) — the dialog stays open until the
        outcome is known and says it; an application being begun is closed."""
        if self.job is not None and shiboken6.isValid(self.job) and not self.job.done:
            if not self.stop.is_set():
                self.stop.set()
                self.forget_secrets()
                self.status.setText(self.tr(
                    "Cancelling… If the platform has issued your certificate already, it is "
                    "stored all the same."))
            return
        beginning, self.beginning = self.beginning, None
        if beginning is not None:
            applying = beginning.take(cancel=True)  # else its worker closes it when done
            if applying is not None:
                self.jobs.run(None, lambda ctx: applying.close())
            self._cancelled()
        step = self.step
        if step is not None and shiboken6.isValid(step) and step.isVisible():
            step.reject()
        self._drop_application()
        self.forget_secrets()
        super().reject()

    def forget_secrets(self) -> None:
        """Clear the password fields."""
        self.password.clear()
        self.repeat.clear()
