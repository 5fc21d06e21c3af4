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
        a.cert_apply.triggered.connect(self.apply_for_certificate)
        a.authorisation.triggered.connect(self.authorisation_letter)
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

        dialog = BatchDialog(self.window.services.jobs, self.window.prefs, self.window,
                             session=self.window.vault_session)
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

    def apply_for_certificate(self) -> None:
        """Apply for a certificate from the platform (the app's vault records the notices)."""
        from ui.compliance.cert_apply_dialog import CertApplyDialog

        dialog = CertApplyDialog(self.window.vault_session, self.window)
        dialog.signWith.connect(self.sign_with_file)
        dialog.trustCa.connect(self.trust_root)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def trust_root(self, path: Path) -> None:
        """Add a root certificate file to the reviewer's trusted roots (saved at once)."""
        import dataclasses

        prefs = self.window.prefs
        if str(path) not in prefs.trust_anchors:
            self.window.apply_preferences(dataclasses.replace(
                prefs, trust_anchors=(*prefs.trust_anchors, str(path))))

    def authorisation_letter(self) -> None:
        """The company's authorisation letter (授权书): filled in, signed, registered."""
        from ui.compliance.authorisation_dialog import AuthorisationDialog

        dialog = AuthorisationDialog(self.window.vault_session, self.window.prefs, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def sign_with_file(self, p12: Path) -> None:
        """The sign flow with a certificate file already chosen (one just issued)."""
        from ui.sign.dialog import SignDialog

        self.sign_current()
        dialog = self.last_dialog
        if isinstance(dialog, SignDialog):
            dialog.identity.soft_path.setText(str(p12))
            dialog.identity.soft_radio.setChecked(True)
