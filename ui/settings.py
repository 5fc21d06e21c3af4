"""Settings: language; PKCS#11 drivers, timestamp service and default level; seal images and the
default placement rule; trusted roots; the platform address.  Saved into the preferences file
(app.preferences); nothing secret is kept here."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.preferences import INTENT_POLICIES, LEVELS, Preferences
from ui.actions import LANGUAGE_NAMES
from ui.jobs import JobRunner
from ui.presenter import message

if TYPE_CHECKING:
    from ui.vault.session import VaultSession


class PathList(QWidget):
    """A list of files with Add… and Remove (drivers, seal images, roots)."""

    changed = Signal()

    def __init__(self, paths: tuple[str, ...], title: str, pattern: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title, self._pattern = title, pattern
        self.list = QListWidget()
        for path in paths:
            self.list.addItem(path)
        add = QPushButton(self.tr("Add…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def _add(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self._title, str(Path.home()), self._pattern)
        if name:
            self.add_path(name)

    def add_path(self, path: str) -> None:
        """Add one path (once)."""
        if not self.list.findItems(path, Qt.MatchFlag.MatchExactly):
            self.list.addItem(path)
            self.changed.emit()

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def paths(self) -> tuple[str, ...]:
        """The paths listed."""
        return tuple(item.text() for i in range(self.list.count())
                     if (item := self.list.item(i)) is not None)


class SettingsDialog(QDialog):
    """The Settings window; ``saved`` carries the new preferences."""

    saved = Signal(object)

    def __init__(self, prefs: Preferences, jobs: JobRunner, parent: QWidget | None = None,
                 session: VaultSession | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(720, 520)
        self.prefs = prefs
        self.jobs = jobs
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general(), self.tr("General"))
        self.tabs.addTab(self._signing(), self.tr("Signing"))
        self.tabs.addTab(self._seals(), self.tr("Seals"))
        self.tabs.addTab(self._review(), self.tr("Checking signatures"))
        self.tabs.addTab(self._privacy(session), self.tr("Privacy and consent"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    # --- tabs ---------------------------------------------------------------------------------

    def _general(self) -> QWidget:
        page = QWidget()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("Follow the system"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.prefs.language)))
        self.platform = QLineEdit(self.prefs.platform_url or "")
        self.platform.setObjectName("platformUrl")
        self.platform.setPlaceholderText("https://platform.example.com")
        form = QFormLayout(page)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("E-signing platform"), self.platform)
        note = QLabel(self.tr("The platform receives only fingerprints of evidence events, never "
                              "documents or personal data."))
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _signing(self) -> QWidget:
        page = QWidget()
        self.modules = PathList(self.prefs.pkcs11_modules, self.tr("PKCS#11 driver"),
                                self.tr("Libraries (*.so *.dylib *.dll);;All files (*)"))
        self.modules.setObjectName("moduleList")
        self.found = QLabel()
        self.found.setObjectName("foundModules")
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tsa = QLineEdit(self.prefs.tsa_url or "")
        self.tsa.setObjectName("tsaUrl")
        self.tsa.setPlaceholderText("https://tsa.example.com/tsr")
        self.level = QComboBox()
        self.level.setObjectName("levelCombo")
        for code in LEVELS:
            self.level.addItem(code, code)
        self.level.setCurrentIndex(max(0, self.level.findData(self.prefs.level)))
        self.expiry = QSpinBox()
        self.expiry.setObjectName("expiryDays")
        self.expiry.setRange(0, 365)
        self.expiry.setValue(self.prefs.expiry_warning_days)
        self.expiry.setSuffix(self.tr(" days"))
        self.policy = QComboBox()
        self.policy.setObjectName("intentPolicy")
        names = {"pin": self.tr("Token PIN (works offline)"),
                 "pin+sms": self.tr("Token PIN and an SMS code from the platform"),
                 "pin+face": self.tr("Token PIN and a face check"),
                 "pin+sms|face": self.tr("Token PIN and an SMS code or a face check")}
        for code in INTENT_POLICIES:
            self.policy.addItem(names[code], code)
        self.policy.setCurrentIndex(max(0, self.policy.findData(self.prefs.intent_policy)))
        form = QFormLayout(page)
        form.addRow(self.tr("Drivers added by hand"), self.modules)
        form.addRow(self.tr("Found on this computer"), self.found)
        form.addRow(self.tr("Timestamp service"), self.tsa)
        form.addRow(self.tr("Default level"), self.level)
        form.addRow(self.tr("Warn before a certificate expires"), self.expiry)
        form.addRow(self.tr("Confirming the intent to sign"), self.policy)
        self.jobs.run(self, lambda ctx: _found_modules(), on_success=self._show_found)
        return page

    def _show_found(self, found: list[tuple[str, str | None]]) -> None:
        if not found:
            self.found.setText(self.tr("No PKCS#11 driver found. Install your USB key's driver "
                                       "or add it above."))
            return
        lines = [path if problem is None else f"{path} — {problem}" for path, problem in found]
        self.found.setText("\n".join(lines))

    def _seals(self) -> QWidget:
        page = QWidget()
        self.seal_images = PathList(self.prefs.seal_images, self.tr("Seal image"),
                                    self.tr("PNG images (*.png)"))
        self.seal_images.setObjectName("sealImages")
        self.preview = QLabel()
        self.preview.setObjectName("sealPreview")
        self.preview.setFixedSize(140, 140)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_note = QLabel()
        self.seal_note.setWordWrap(True)
        self.seal_images.list.currentItemChanged.connect(self._preview)
        self.anchor = QLineEdit(self.prefs.seal_anchor)
        self.anchor.setObjectName("anchorText")
        self.seal_size = QDoubleSpinBox()
        self.seal_size.setRange(20.0, 400.0)
        self.seal_size.setValue(self.prefs.seal_size)
        self.seal_size.setSuffix(" pt")
        row = QHBoxLayout()
        row.addWidget(self.seal_images, 1)
        row.addWidget(self.preview)
        form = QFormLayout(page)
        form.addRow(self.tr("Seal images"), row)
        form.addRow(self.seal_note)
        form.addRow(self.tr("Default position: centred on"), self.anchor)
        form.addRow(self.tr("Seal size"), self.seal_size)
        return page

    def _preview(self, item: QListWidgetItem | None) -> None:
        self.preview.clear()
        self.seal_note.clear()
        if item is None:
            return
        path = Path(item.text())

        def check(ctx: object) -> bytes:
            from crypto.seal.image import check_seal_image

            return check_seal_image(path).png

        def show(png: bytes) -> None:
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            self.preview.setPixmap(pixmap.scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            self.seal_note.setText(self.tr("Shown as it will be stamped."))

        self.jobs.run(self, check, on_success=show,
                      on_failure=lambda exc: self.seal_note.setText(message(exc)))

    def _review(self) -> QWidget:
        page = QWidget()
        self.roots = PathList(self.prefs.trust_anchors, self.tr("Trusted root certificate"),
                              self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        self.roots.setObjectName("trustRoots")
        form = QFormLayout(page)
        form.addRow(self.tr("Trusted roots (besides the bundled and system ones)"), self.roots)
        return page

    def _privacy(self, session: VaultSession | None) -> QWidget:
        """Consents given, with review and withdrawal (they live in the vault)."""
        if session is None or session.vault is None:
            note = QLabel(self.tr("Your consents are kept in the vault. Unlock the vault "
                                  "(Tools → Vault) to see, review or withdraw them."))
            note.setObjectName("privacyLocked")
            note.setWordWrap(True)
            page = QWidget()
            QVBoxLayout(page).addWidget(note)
            return page
        from app.compliance import agreements
        from ui.compliance.consent_page import ConsentPage
        from ui.i18n import current_language

        return ConsentPage(session.vault, self.jobs, agreements.load(), current_language(), self)

    # --- saving -------------------------------------------------------------------------------

    def preferences(self) -> Preferences:
        """The preferences as edited (validated like the file: bad values fall back)."""
        edited = dataclasses.replace(
            self.prefs,
            language=self.language.currentData(),
            platform_url=self.platform.text().strip() or None,
            pkcs11_modules=self.modules.paths(),
            tsa_url=self.tsa.text().strip() or None,
            level=str(self.level.currentData()),
            expiry_warning_days=self.expiry.value(),
            intent_policy=str(self.policy.currentData()),
            seal_images=self.seal_images.paths(),
            seal_anchor=self.anchor.text().strip() or self.prefs.seal_anchor,
            seal_size=self.seal_size.value(),
            trust_anchors=self.roots.paths(),
        )
        return Preferences.from_json(edited.to_json())

    def save(self) -> None:
        """Emit the new preferences and close."""
        self.saved.emit(self.preferences())
        self.accept()


def _found_modules() -> list[tuple[str, str | None]]:
    from crypto.tokens.pkcs11.modules import discover_modules

    return [(c.path, c.problem) for c in discover_modules()]
