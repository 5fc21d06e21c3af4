"""What the request and decision dialogs share: the acting person chooses their own key (token
certificate or soft certificate), the action is signed with it (a token asks for its PIN in the
PIN dialog) in the background, and closing the dialog cancels a signature waiting for a PIN."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.preferences import Preferences
from ui.custody.common import SIGN_POOL
from ui.jobs import Job
from ui.presenter import message
from ui.sign.identity import IdentityPage
from ui.sign.interaction import QtInteraction
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from app.custody.requests import SealRequest
    from app.custody.signed import ActingKey
    from app.vault.vault import Vault

Work = Callable[["Vault", "ActingKey"], "SealRequest"]


def run_with_key(vault: Vault, spec: Any, interaction: QtInteraction, work: Work) -> SealRequest:
    """Open the person's key (PIN through ``interaction``), run ``work`` with it, close it."""
    from app.custody.signed import acting_key

    with acting_key(spec, interaction) as key:
        return work(vault, key)


class PersonDialog(QDialog):
    """A dialog whose action is signed with the acting person's key."""

    acted = Signal(object)  # the SealRequest made or decided

    def __init__(self, session: VaultSession, prefs: Preferences, action: str, key_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job[Any] | None = None
        self.interaction = QtInteraction(self, session.jobs, lambda: self.job is not None
                                         and self.job.cancelled)
        self.identity = IdentityPage(session.jobs, prefs.pkcs11_modules,
                                     prefs.expiry_warning_days)
        self.key_box = QGroupBox(key_title)
        QVBoxLayout(self.key_box).addWidget(self.identity)
        self.status = QLabel()
        self.status.setObjectName("personStatus")
        self.status.setWordWrap(True)
        self.action_button = QPushButton(action)
        self.action_button.setObjectName("personAction")
        self.action_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.interaction.noticed.connect(self.status.setText)
        self.identity.refresh()

    def lay_out(self, left: QVBoxLayout, ratio: tuple[int, int]) -> None:
        """``left`` beside the key, with the status and buttons below."""
        top = QHBoxLayout()
        top.addLayout(left, ratio[0])
        top.addWidget(self.key_box, ratio[1])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.action_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)

    def sign_with_key(self, work: Work, busy: str) -> None:
        """Run ``work`` with the chosen key in the background (never on the vault pool: a PIN
        prompt may wait for minutes; the vault's own thread still serialises its work)."""
        vault = self.session.vault
        if vault is None or self.job is not None:
            return
        if not self.identity.is_complete():
            self.status.setText(self.tr("Choose your key."))
            return
        spec, interaction = self.identity.spec(), self.interaction
        self.action_button.setEnabled(False)
        self.status.setText(busy)
        self.job = self.session.jobs.run(
            self, lambda ctx: run_with_key(vault, spec, interaction, work),
            on_success=self._done, on_failure=self._failed, on_cancel=self._cancelled,
            cancellable=True, pool=SIGN_POOL)

    def _finished(self) -> None:
        self.job = None
        self.action_button.setEnabled(True)

    def _done(self, request: SealRequest) -> None:
        self._finished()
        self.session.touched()
        self.identity.forget_secrets()
        self.acted.emit(request)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        self.status.setText(message(exc))

    def _cancelled(self) -> None:
        self._finished()
        self.status.setText(self.tr("Cancelled: nothing was signed."))

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Closing cancels a signature waiting for its PIN and drops the password."""
        if self.job is not None:
            self.job.cancel()
        self.identity.forget_secrets()
        super().done(result)
