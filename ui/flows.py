"""The main window's flows that open their own dialogs: sign, batch, vault, settings, diagnostics.

Kept apart from the window so that it stays about documents and views; each flow's dialog is
window-modal (``open``, never ``exec``) and talks back through signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Flows(QObject):
    """Opens the dialogs behind the Sign and Tools menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        a = window.acts
        a.sign.triggered.connect(self.sign_current)
        a.batch_sign.triggered.connect(self.batch_sign)
        a.vault.triggered.connect(self.open_vault)
        a.settings.triggered.connect(self.open_settings)
        a.doctor.triggered.connect(self.open_doctor)
        self.last_dialog: QObject | None = None  # tests
        from ui.custody.flows import CustodyFlows

        self.custody = CustodyFlows(window)  # Tools → seal registry, requests, ledger, queue

    def sign_current(self) -> None:
        """Sign the current document (or ask for one)."""
        from ui.sign.dialog import SignDialog

        tab = self.window.current_tab()
        path = tab.path if tab is not None else None
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Choose the document to sign"), "",
                self.tr("PDF documents (*.pdf)"))
            if not name:
                return
            path = Path(name)
        dialog = SignDialog(self.window.services.jobs, self.window.prefs, path, self.window,
                            session=self.window.vault_session)
        dialog.signed.connect(lambda result: self.window.open_paths([result.output]))
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def batch_sign(self) -> None:
        """Sign many documents with one login."""
        from ui.sign.batch import BatchDialog

        dialog = BatchDialog(self.window.services.jobs, self.window.prefs, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def open_vault(self) -> None:
        """The vault browser."""
        from ui.vault.browser import VaultDialog

        dialog = VaultDialog(self.window.services.jobs, self.window.vault_session, self.window)
        dialog.openRequested.connect(lambda data, title: self.window.open_bytes(data, title))
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def open_settings(self) -> None:
        """Settings; saved preferences take effect at once."""
        from ui.settings import SettingsDialog

        dialog = SettingsDialog(self.window.prefs, self.window.services.jobs, self.window,
                                session=self.window.vault_session)
        dialog.saved.connect(self.window.apply_preferences)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def open_doctor(self) -> None:
        """What this computer can do, and what to fix."""
        from ui.doctor import DoctorDialog

        dialog = DoctorDialog(self.window.services.jobs, self.window.prefs, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
