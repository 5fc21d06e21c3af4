"""The app's vault as a bar on top of a window: where it is, locked or not, a passphrase field
and Unlock / Lock (the session does the work, in the background)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.presenter import message
from ui.sign.interaction import QtInteraction
from ui.vault.session import VaultSession


class VaultBar(QWidget):
    """Unlock or lock the app's vault (a token vault asks for its PIN)."""

    failed = Signal(str)  # the sentence shown after a failed unlock (tests)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultBar")
        self.session = session
        self.method: str | None = None
        self.interaction = QtInteraction(self, session.jobs)
        self.state = QLabel()
        self.state.setObjectName("vaultBarState")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("vaultBarPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Vault passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("vaultBarUnlock")
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("vaultBarLock")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state, 1)
        row.addWidget(self.passphrase)
        row.addWidget(self.unlock_button)
        row.addWidget(self.lock_button)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        self.lock_button.clicked.connect(session.lock)
        session.unlocked.connect(self.show_state)
        session.locked.connect(self.show_state)
        self.show_state()
        session.jobs.run(self, lambda ctx: session.unlock_method(), on_success=self._method)

    def _method(self, method: str | None) -> None:
        self.method = method
        self.show_state()

    def show_state(self) -> None:
        """Texts and buttons for the session's state."""
        unlocked = self.session.is_unlocked
        if unlocked:
            text = self.tr("Vault unlocked: {folder}")
        elif self.method is None:
            text = self.tr("No vault at {folder}. Create one with 'sealdesk vault init'.")
        else:
            text = self.tr("Vault locked: {folder}")
        self.state.setText(text.format(folder=self.session.folder))
        self.passphrase.setVisible(not unlocked and self.method == "passphrase")
        self.unlock_button.setVisible(not unlocked and self.method is not None)
        self.lock_button.setVisible(unlocked)

    def unlock(self) -> None:
        """Open the vault in the background; the passphrase leaves the field at once."""
        secret = self.passphrase.text() or None
        self.passphrase.clear()

        def failed(exc: BaseException) -> None:
            text = message(exc)
            self.state.setText(text)
            self.failed.emit(text)

        self.session.unlock(secret, self.interaction, self, self.show_state, failed)
