"""Tools → Authorisation letter (授权书): the desktop app's face of ``sealdesk company letter``.

Two steps in one window-modal dialog: the letter (fields with their errors, the purpose, a
preview), then the company seal that signs it (the sign dialog's identity chooser: token
certificates read without a PIN, or a .p12 file; the signature options) and where the signed
letter goes.  Signing runs :func:`app.compliance.company.sign_and_register` on a worker — the
signing core with the lifecycle notices, then the letter registered in the app's vault with the
people's data encrypted; the PIN is asked through :class:`QtInteraction`.  The vault is unlocked
through the bar on top; missing consent opens the agreements, then signing starts again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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

from app.compliance import company
from app.compliance.intent import IntentPolicy, IntentResult
from app.identity import IdentitySpec
from app.preferences import Preferences
from crypto import errors
from crypto.pades.options import SignOptions
from ui.compliance.authorisation_form import LetterForm
from ui.compliance.handoff import Handoff
from ui.custody.vault_bar import VaultBar
from ui.i18n import current_language
from ui.jobs import Job, JobContext
from ui.presenter import message
from ui.sign.identity import IdentityPage
from ui.sign.intent_checks import IntentChecks, extra_steps
from ui.sign.interaction import QtInteraction
from ui.sign.options import OptionsPage
from ui.signature_panel import common_name

if TYPE_CHECKING:
    from app.compliance.company import Authorisation, LetterPlan, SignedLetter
    from app.vault.vault import Vault
    from crypto.tokens.base import CertificateInfo
    from ui.vault.session import VaultSession


DRAFTS = "letter-drafts"  # one serial thread: a draft dropped after a cancel goes before the
# next attempt's draft is written (both have the same name)


@dataclass(frozen=True)
class LetterRequest:
    """Everything one letter's signing needs (secrets only in memory)."""

    auth: Authorisation
    output: Path
    language: str
    identity: IdentitySpec
    options: SignOptions
    vault: Vault
    warning_days: int = 30
    overwrite: bool = False  # the user agreed to replace the file at ``output``
    checks: tuple[IntentResult, ...] = ()  # the policy's checks beyond the PIN, passed
    signer_sha256: str | None = None  # the certificate they were made for


class Attempt(Handoff["LetterPlan"]):
    """One press of Sign, until its signing job starts: the draft, handed over by the worker
    that writes it (and removed by exactly one side if the attempt is cancelled)."""

    def __init__(self) -> None:
        super().__init__(drop_draft)
        self.kept: Path | None = None  # registering failed after signing: the draft kept


def prepare_letter(request: LetterRequest, attempt: Attempt | None = None) -> LetterPlan:
    """Worker: the consent gate, then the draft (or the interrupted run's draft or signed
    letter) — what the signing policy's checks are bound to; nothing is left behind if
    ``attempt`` was cancelled meanwhile."""
    from app.compliance.consent import ConsentGate

    ConsentGate.load(request.vault).require_signing(request.language)
    plan = company.plan_letter(request.auth, request.output, request.language,
                               overwrite=request.overwrite)
    return plan if attempt is None else attempt.give(plan)


def drop_draft(plan: LetterPlan) -> None:
    """Worker: the checks failed or were cancelled — no unsigned copy of the people's data
    is left (a signed letter waiting for its registration stays)."""
    if not plan.signed_before:
        plan.draft.unlink(missing_ok=True)


def sign_letter(request: LetterRequest, plan: LetterPlan, interaction: QtInteraction,
                ctx: JobContext) -> SignedLetter:
    """Worker: the signature (PIN through ``interaction``) and the registration — as
    ``sealdesk company letter`` does."""
    from app.compliance.recording import SigningRecord
    from app.signing.runner import SigningRun
    from ui.sign.vault_box import ask_renewal

    token = request.identity.pkcs11_uri is not None
    letter = plan.auth.letter_id  # a resumed letter keeps the id it was written with
    try:
        ctx.check()
        record = SigningRecord(
            request.vault, [plan.draft], "pin" if token else "key_file_password",
            require_consent=True, language=request.language,
            announce=lambda cert, _sources: _confirm_use(interaction, cert, letter),
            checks=request.checks, signer_sha256=request.signer_sha256,
            ask_renewal=lambda cert, now: ask_renewal(interaction, cert, now),
            warning_days=request.warning_days)
    except BaseException:  # consent withdrawn meanwhile, or cancelled: nothing signed
        drop_draft(plan)
        raise
    run = SigningRun(identity=request.identity, options=request.options, workers=0,
                     overwrite=request.overwrite, cancelled=lambda: ctx.cancelled)
    return company.sign_and_register(request.vault, plan, run, interaction, record,
                                     intent="token_pin" if token else "key_file_password")


def _confirm_use(interaction: QtInteraction, cert: CertificateInfo, letter_id: str) -> None:
    """Before use: "your certificate X will now sign the letter" — confirmed, or nothing."""
    from crypto.tokens.notice import Notice

    question = Notice("Your certificate {subject} will now sign the authorisation letter "
                      "{letter}. Continue?", subject=common_name(cert.subject),
                      letter=letter_id)
    if not interaction.confirm(question):
        raise errors.Cancelled()


class AuthorisationDialog(QDialog):
    """The letter, then the seal; ``registered`` once the letter is in the vault."""

    registered = Signal(object)  # SignedLetter

    def __init__(self, session: VaultSession, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorisationDialog")
        self.setWindowTitle(self.tr("Authorisation letter"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(1040, 760)
        self.session, self.jobs, self.prefs = session, session.jobs, prefs
        self.job: Job[SignedLetter] | None = None
        self.letter: SignedLetter | None = None
        self.agreements_dialog: QDialog | None = None  # open while consent is asked (tests)
        self.replace_agreed: Path | None = None
        self.preparing = False  # the draft and the policy's checks, before the signing job
        self.attempt: Attempt | None = None  # the press of Sign being prepared
        self.checks_host: QWidget | None = None  # owns the running checks' jobs and dialogs
        self.intent_checks = IntentChecks(self.jobs, self, current_language())
        self.bar = VaultBar(session)
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.form = LetterForm(self.jobs, current_language())
        self.identity = IdentityPage(self.jobs, prefs.pkcs11_modules, prefs.expiry_warning_days)
        self.options = OptionsPage(prefs.level, prefs.tsa_url)
        self.output = QLineEdit()
        self.output.setObjectName("letterOutput")
        self.output.setPlaceholderText(self.tr("Choose where the signed letter goes"))
        self.browse = QPushButton(self.tr("Save as…"))
        self.browse.setObjectName("letterBrowse")
        out_row = QHBoxLayout()
        out_row.addWidget(QLabel(self.tr("Signed letter")))
        out_row.addWidget(self.output, 1)
        out_row.addWidget(self.browse)
        seal = QWidget()
        seal_layout = QVBoxLayout(seal)
        seal_layout.setContentsMargins(0, 0, 0, 0)
        seal_layout.addWidget(QLabel(self.tr("The company seal that signs the letter")))
        seal_layout.addWidget(self.identity, 1)
        seal_layout.addWidget(self.options)
        seal_layout.addLayout(out_row)
        self.summary = QLabel()  # the registered letter, once done
        self.summary.setObjectName("letterSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet("background: #eaf6ea; padding: 16px; font-size: 14px;")
        self.pages = QStackedWidget()
        for page in (self.form, seal, self.summary):
            self.pages.addWidget(page)
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("letterBack")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("letterNext")
        self.next_button.setDefault(True)
        self.sign_button = QPushButton(self.tr("Sign"))
        self.sign_button.setObjectName("letterSign")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("letterCancel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        for button in (self.back, self.next_button, self.sign_button, self.cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.interaction = QtInteraction(self, self.jobs, lambda: self.job is not None
                                         and self.job.cancelled)
        self.interaction.noticed.connect(self.status.setText)
        self.back.clicked.connect(lambda: self.go(0))
        self.next_button.clicked.connect(self._next)
        self.sign_button.clicked.connect(self.sign)
        self.cancel.clicked.connect(self.reject)
        self.browse.clicked.connect(self._browse)
        for changed in (self.form.changed, self.identity.changed, self.options.changed,
                        self.output.textChanged, session.unlocked, session.locked):
            changed.connect(self._update)
        self.identity.refresh()
        self.go(0)

    # --- steps --------------------------------------------------------------------------------

    def go(self, index: int) -> None:
        """Show step ``index`` (0: the letter, 1: the seal, 2: the registered letter)."""
        self.pages.setCurrentIndex(index)
        titles = [self.tr("1 / 2  The letter"), self.tr("2 / 2  The company seal"),
                  self.tr("Signed and registered")]
        self.title.setText(titles[index])
        self._update()

    def _next(self) -> None:
        if self.form.problems():
            self.form.show_all_errors()
            return
        self.go(1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the signed letter"),
                                              self.output.text(), self.tr("PDF (*.pdf)"))
        if name:
            self.output.setText(name)
            self.replace_agreed = Path(name)  # the file dialog asked about replacing it

    def problem(self) -> str | None:
        """Why the letter cannot be signed now (None: it can)."""
        if self.form.problems():
            return self.tr("Correct the fields marked in red.")
        if not self.session.is_unlocked:
            return self.tr("Unlock the vault first: the letter is registered there.")
        if not self.identity.is_complete():
            return self.tr("Choose the company seal's certificate.")
        if not self.options.is_complete():
            return self.tr("Complete the signature options.")
        if not self.output.text().strip():
            return self.tr("Choose where the signed letter goes.")
        return None

    def _update(self) -> None:
        first = self.pages.currentIndex() == 0
        busy, done = self.job is not None or self.preparing, self.letter is not None
        valid = not self.form.problems()
        self.back.setVisible(not first and not done)
        self.back.setEnabled(not busy)
        self.next_button.setVisible(first and not done)
        self.next_button.setEnabled(valid and not busy)
        self.sign_button.setVisible(not first and not done)
        self.sign_button.setEnabled(not busy and not done and self.problem() is None)
        self.form.set_enabled(not busy and not done)
        for widget in (self.identity, self.options, self.output, self.browse):
            widget.setEnabled(not busy and not done)
        if not first and not busy and not done:
            self.status.setText(self.problem() or "")

    # --- signing ------------------------------------------------------------------------------

    def request(self) -> LetterRequest:
        """What will be signed, and how, as chosen now."""
        vault = self.session.vault
        if vault is None:
            raise errors.UsageError(detail=errors.Text("the vault is locked"))
        return LetterRequest(auth=self.form.authorisation(),
                             output=Path(self.output.text().strip()),
                             language=current_language(), identity=self.identity.spec(),
                             options=self.options.options(), vault=vault,
                             warning_days=self.prefs.expiry_warning_days,
                             overwrite=self.replace_agreed == Path(self.output.text().strip()))

    def sign(self) -> None:
        """The draft, the signing policy's checks on it (SMS code, face check), then the
        signature and the registration in the background; the PIN dialog opens when the
        token asks."""
        if (self.job is not None or self.preparing or self.letter is not None
                or self.problem() is not None):
            return
        try:
            request = self.request()
        except errors.SealDeskError as exc:
            self.status.setText(message(exc))
            return
        self.preparing = True
        attempt = self.attempt = Attempt()
        self.status.setText(self.tr("Signing the letter…"))
        self.progress.show()
        self._update()
        self.jobs.run(self, lambda ctx: prepare_letter(request, attempt),
                      on_success=lambda plan: self._checks(attempt, request, plan),
                      on_failure=lambda exc: self._stopped(attempt, exc),
                      on_cancel=lambda: self._stopped(attempt, errors.Cancelled()),
                      pool=DRAFTS)

    def _checks(self, attempt: Attempt, request: LetterRequest, plan: LetterPlan) -> None:
        policy = IntentPolicy.parse(self.prefs.intent_policy)
        if attempt.cancelled or plan.signed_before or not extra_steps(policy):
            self._start(attempt, request, plan)
            return
        chosen = self.identity.selected()
        cert_der = chosen[1].certificate.dump() if chosen is not None else None

        def done(results: list[IntentResult], signer: str | None) -> None:
            self._drop_checks()
            self._start(attempt, replace(request, checks=tuple(results),
                                         signer_sha256=signer), plan)

        def failed(exc: BaseException) -> None:
            self._drop_checks()
            self._drop_draft(attempt)
            if isinstance(exc, errors.Cancelled) and not attempt.cancelled:
                exc = errors.UsageError(detail=errors.Text(
                    "the intent check was not completed"))
            self._stopped(attempt, exc)

        # the checks' jobs and dialogs belong to a hidden child: a cancel deletes it, so that
        # no check dialog (nor SMS request) comes after the cancel
        self.checks_host = QWidget(self)
        self.checks_host.hide()
        checks = IntentChecks(self.jobs, self.checks_host, current_language())
        checks.frame_source = self.intent_checks.frame_source
        self.intent_checks = checks
        checks.run(policy, request.vault, [plan.draft], request.identity, cert_der,
                   self.interaction, done, failed)

    def _drop_checks(self) -> None:
        self.intent_checks.cancel()  # its platform connection too
        host, self.checks_host = self.checks_host, None
        if host is not None and shiboken6.isValid(host):
            host.deleteLater()  # with any check dialog still open, and its jobs' answers

    def _drop_draft(self, attempt: Attempt, *, cancel: bool = False) -> None:
        """The attempt's draft, if its worker had written one, is removed (in a worker)."""
        plan = attempt.take(cancel=cancel)
        if plan is not None:
            self.jobs.run(None, lambda ctx: drop_draft(plan), pool=DRAFTS)

    def _start(self, attempt: Attempt, request: LetterRequest, plan: LetterPlan) -> None:
        if attempt.take() is None or attempt.cancelled:  # its draft went with the cancel
            self._stopped(attempt, errors.Cancelled())
            return
        self.attempt = None
        self.preparing = False
        interaction = self.interaction

        def signing(ctx: JobContext) -> SignedLetter:
            try:
                return sign_letter(request, plan, interaction, ctx)
            except BaseException:
                if plan.draft.exists():  # signed, not registered: kept to resume
                    attempt.kept = plan.draft
                raise

        self.job = self.jobs.run(self, signing, on_success=self._signed,
                                 on_failure=lambda exc: self._not_registered(attempt, exc),
                                 on_cancel=lambda: self._not_registered(
                                     attempt, errors.Cancelled()),
                                 cancellable=True)
        self._update()

    def _stopped(self, attempt: Attempt, exc: BaseException) -> None:
        """The attempt ended before its signing job: failed, or cancelled (silently)."""
        if self.attempt is not attempt:
            return  # said already
        self.attempt = None
        if attempt.cancelled or isinstance(exc, errors.Cancelled):
            self._cancelled()
        else:
            self._failed(exc)

    def _not_registered(self, attempt: Attempt, exc: BaseException) -> None:
        if isinstance(exc, errors.Cancelled):
            self._cancelled()
        else:
            self._failed(exc)
        if attempt.kept is not None:
            self.status.setText(self.status.text() + "\n\n" + self.tr(
                "An unsigned copy of the letter with the people's data is kept in {path} until "
                "the letter is registered. Sign again to register it; the copy is removed "
                "then.").format(path=attempt.kept))

    def _finished(self) -> None:
        self.job = None
        self.preparing = False
        self.progress.hide()
        self._update()

    def _signed(self, done: SignedLetter) -> None:
        from app.vault.personal import mask

        self.letter = done
        self.identity.forget_secrets()
        self.session.touched()  # new evidence: sync soon
        r, auth = done.record, self.form.authorisation()
        lines = [
            self.tr("Authorisation letter {id} is signed with the company seal and registered "
                    "in the vault (document {document}).").format(id=r.id,
                                                                  document=r.document_id[:12]),
            self.tr("Company: {company}").format(company=r.company),
            self.tr("Legal representative: {name} ({id})").format(
                name=r.legal_representative, id=mask(auth.legal_rep_id)),
            self.tr("Agent: {name} ({id})").format(name=r.agent, id=mask(auth.agent_id)),
            self.tr("Valid from {start} until {end}").format(start=r.valid_from,
                                                            end=r.valid_until),
            self.tr("The signed letter is saved as {path}").format(path=done.output)]
        self.summary.setText("\n\n".join(lines))
        self.status.clear()
        self.cancel.setText(self.tr("Close"))
        self._finished()
        self.go(2)
        self.registered.emit(done)

    def _failed(self, exc: BaseException) -> None:
        from app.compliance.errors import ConsentRequired

        self._finished()
        self.status.setText(message(exc))
        if isinstance(exc, ConsentRequired):
            self.ask_consent()

    def ask_consent(self) -> None:
        """The agreements, read and ticked, recorded in the vault; then sign again."""
        from ui.compliance.agreements_dialog import ask_agreements

        vault = self.session.vault
        if vault is not None:
            self.agreements_dialog = ask_agreements(self, vault, self.jobs, self.sign)

    def _cancelled(self) -> None:
        self._finished()
        self.status.setText(self.tr("Cancelled: the letter was not registered."))

    def reject(self) -> None:
        """Cancel (or Close): a running signature stops, nothing starts after it, the draft
        of a letter not signed yet is removed; secrets and ID numbers are dropped."""
        if self.job is not None and shiboken6.isValid(self.job):
            self.job.cancel()
        self.identity.forget_secrets()
        self.form.forget_people()
        attempt, checking = self.attempt, self.checks_host is not None
        if attempt is not None:
            self._drop_draft(attempt, cancel=True)  # else its worker drops it when done
            self._drop_checks()
        if attempt is not None and checking:  # the checks' answers will not come: end here
            self._stopped(attempt, errors.Cancelled())
        super().reject()
