"""The SMS code dialog: the code is sent to the signer's registered phone (shown masked); the
person types 6 digits; resend after a visible cool-down; tries left; expiry count-down.

Every platform call runs on the job API's file pool; the dialog only shows.  The code typed is
never logged or kept after the request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.compliance import errors as cerr
from app.compliance.intent import IntentResult
from app.compliance.sms import CODE_LENGTH, SmsChallenge, SmsIntent
from ui import presenter
from ui.jobs import JobRunner


class SmsCodeDialog(QDialog):
    """Ask for, type and check one SMS code; ``intent`` is set when accepted."""

    def __init__(self, sms: SmsIntent, document_sha256: str, jobs: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smsCodeDialog")
        self.setWindowTitle(self.tr("Confirm with an SMS code"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.sms, self.document_sha256, self.jobs = sms, document_sha256, jobs
        self.challenge: SmsChallenge | None = None
        self.intent: IntentResult | None = None
        self.busy = False
        self.info = QLabel(self.tr("Sending a code…"))
        self.info.setObjectName("smsInfo")
        self.info.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("smsCode")
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self))
        self.code.setMaxLength(CODE_LENGTH)
        self.code.setPlaceholderText("······")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.code.font()
        font.setPointSize(font.pointSize() + 8)
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 6)
        self.code.setFont(font)
        self.code.textChanged.connect(self._update)
        self.resend = QPushButton(self.tr("Resend code"))
        self.resend.setObjectName("smsResend")
        self.resend.clicked.connect(self._resend)
        self.expiry = QLabel()
        self.expiry.setObjectName("smsExpiry")
        self.tries = QLabel()
        self.tries.setObjectName("smsTries")
        self.error = QLabel()
        self.error.setObjectName("smsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(self.tr("Confirm"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("smsConfirm")
        other = self.buttons.addButton(self.tr("Use another method"),
                                       QDialogButtonBox.ButtonRole.RejectRole)
        other.setObjectName("smsOther")
        self.buttons.accepted.connect(self._verify)
        self.buttons.rejected.connect(self.reject)
        status = QHBoxLayout()
        status.addWidget(self.expiry)
        status.addStretch(1)
        status.addWidget(self.tries)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.resend)
        layout.addLayout(row)
        layout.addLayout(status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 220)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self._update)
        self._update()
        self._call(lambda: self.sms.start(self.document_sha256), self._started)

    # --- platform calls (background) -------------------------------------------------------

    def _call(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        self._update()
        self.jobs.run(self, lambda _ctx: work(), on_success=done, on_failure=self._failed)

    def _started(self, challenge: SmsChallenge) -> None:
        self.busy = False
        self.challenge = challenge
        self.info.setText(self.tr("A 6-digit code was sent to {phone}. Type it below.")
                          .format(phone=challenge.masked_phone))
        self.error.clear()
        self.timer.start()
        self.code.setFocus()
        self._update()

    def _resend(self) -> None:
        challenge = self.challenge
        if challenge is None:
            self._call(lambda: self.sms.start(self.document_sha256), self._started)
        else:
            self._call(lambda: self.sms.resend(challenge), self._started)

    def _verify(self) -> None:
        challenge, code = self.challenge, self.code.text()
        if challenge is None or len(code) != CODE_LENGTH or self.busy:
            return
        self.code.clear()  # the digits do not stay in the widget
        self._call(lambda: self.sms.verify(challenge, code), self._verified)

    def _verified(self, answer: tuple[IntentResult, SmsChallenge]) -> None:
        self.busy = False
        self.intent = answer[0]
        self.timer.stop()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, cerr.SmsTooManyAttempts | cerr.SmsChallengeClosed):
            self.challenge = None  # a new code is needed (the Resend button asks for one)
        self.error.setText(presenter.message(exc))
        self._update()

    # --- display ---------------------------------------------------------------------------

    def _update(self) -> None:
        c = self.challenge
        left = self.sms.attempts_left(c) if c is not None else 0
        expires = c.seconds_to_expiry() if c is not None else 0
        wait = c.seconds_to_resend() if c is not None else 0
        if c is None:
            self.expiry.clear()
            self.tries.clear()
        else:
            self.expiry.setText(self.tr("Code valid for {m}:{s:02d}").format(
                m=expires // 60, s=expires % 60) if expires else self.tr("The code has expired."))
            self.tries.setText(self.tr("{n} tries left").format(n=left))
        self.resend.setEnabled(not self.busy and wait == 0)
        self.resend.setText(self.tr("Resend in {s} s").format(s=wait) if wait
                            else self.tr("Resend code"))
        self.confirm.setEnabled(not self.busy and c is not None and expires > 0 and left > 0
                                and len(self.code.text()) == CODE_LENGTH)
