"""Registering a seal: name, kind, the image (checked, shown as stamped), the key it is bound to
(a token certificate or a soft certificate), who may request and approve it, and its validity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.preferences import Preferences
from ui.custody.common import SealPreview, words
from ui.custody.people import PeopleList
from ui.presenter import message
from ui.sign.identity import IdentityPage
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from asn1crypto import x509

    from app.custody.registry import KeySource, Seal
    from app.identity import IdentitySpec
    from app.vault.vault import Vault


def read_seal_image(path: Path) -> tuple[bytes, bytes]:
    """(the file's bytes, the image as it will be stamped) — refused as the core refuses it."""
    from app.custody.registry import check_image
    from crypto import errors

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise errors.InputError(path=str(path)) from exc
    return data, check_image(data)


def bound_key(spec: IdentitySpec, token_cert: x509.Certificate | None) -> tuple[
        x509.Certificate, KeySource]:
    """The seal's certificate and where its key lives (a soft certificate is opened to read it)."""
    from app.custody.registry import KeySource
    from app.identity import choose_certificate
    from crypto.tokens.soft import open_pkcs12

    if spec.pkcs11_uri is not None:
        assert token_cert is not None
        return token_cert, KeySource(pkcs11_uri=spec.pkcs11_uri, modules=spec.modules)
    assert spec.p12 is not None
    soft = open_pkcs12(spec.p12, spec.password)
    try:
        cert = choose_certificate(soft.certificates(), str(spec.p12))
    finally:
        soft.close()
    return cert.certificate, KeySource(p12=str(spec.p12.resolve()))


class AddSealDialog(QDialog):
    """Register one seal in the app's vault."""

    registered = Signal(object)  # the Seal

    def __init__(self, session: VaultSession, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addSealDialog")
        self.setWindowTitle(self.tr("Register a seal"))
        self.resize(1000, 640)
        self.session = session
        jobs = session.jobs
        self.image_data: bytes | None = None
        self.name = QLineEdit()
        self.name.setObjectName("sealName")
        self.name.setPlaceholderText(self.tr("e.g. 示例科技有限公司合同专用章"))
        self.kind = QComboBox()
        self.kind.setObjectName("sealKind")
        for kind, text in words().kinds().items():
            self.kind.addItem(text, kind)
        self.image_path = QLineEdit()
        self.image_path.setObjectName("sealImagePath")
        self.image_path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("sealImageBrowse")
        self.preview = SealPreview(jobs, 160)
        self.image_note = QLabel(self.tr("A PNG with a transparent background, at least "
                                         "200 × 200 pixels."))
        self.image_note.setObjectName("sealImageNote")
        self.image_note.setWordWrap(True)
        self.use_from = QCheckBox(self.tr("Valid from"))
        self.use_until = QCheckBox(self.tr("Valid until"))
        today = QDate.currentDate()
        self.valid_from = QDateEdit(today)
        self.valid_until = QDateEdit(today.addYears(1))
        for check, edit in ((self.use_from, self.valid_from), (self.use_until, self.valid_until)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.identity = IdentityPage(jobs, prefs.pkcs11_modules, prefs.expiry_warning_days)
        self.requesters = PeopleList(jobs, self.tr("Who may request its use"))
        self.requesters.setObjectName("requesters")
        self.approvers = PeopleList(jobs, self.tr("Who may approve its use"))
        self.approvers.setObjectName("approvers")
        self.status = QLabel()
        self.status.setObjectName("addSealStatus")
        self.status.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Register"))
        self.register_button.setObjectName("registerSeal")
        self.register_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))

        image_row = QHBoxLayout()
        image_row.addWidget(self.image_path, 1)
        image_row.addWidget(browse)
        image_box = QVBoxLayout()
        image_box.addLayout(image_row)
        image_box.addWidget(self.preview)
        image_box.addWidget(self.image_note)
        validity = QHBoxLayout()
        for w in (self.use_from, self.valid_from, self.use_until, self.valid_until):
            validity.addWidget(w)
        validity.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Image"), image_box)
        form.addRow(self.tr("Validity"), validity)
        key_box = QGroupBox(self.tr("The key the seal signs with"))
        QVBoxLayout(key_box).addWidget(self.identity)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(key_box, 1)
        people = QHBoxLayout()
        people.addWidget(self.requesters)
        people.addWidget(self.approvers)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(people)
        layout.addLayout(buttons)
        browse.clicked.connect(self._browse)
        cancel.clicked.connect(self.reject)
        self.register_button.clicked.connect(self.register)
        self.identity.refresh()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Seal image"), str(Path.home()),
                                              self.tr("PNG images (*.png)"))
        if name:
            self.set_image(Path(name))

    def set_image(self, path: Path) -> None:
        """Check the image in the background and show it as it will be stamped."""
        self.image_path.setText(str(path))
        self.image_data = None
        self.preview.show_png(None)
        self.image_note.setText(self.tr("Checking the image…"))
        self.session.jobs.run(self, lambda ctx: read_seal_image(path),
                              on_success=self._image_checked, on_failure=self._image_refused)

    def _image_checked(self, result: tuple[bytes, bytes]) -> None:
        self.image_data, stamped = result
        self.preview.show_png(stamped)
        self.image_note.setText(self.tr("Checked: shown exactly as it will be stamped."))

    def _image_refused(self, exc: BaseException) -> None:
        self.image_note.setText(message(exc))

    def _dates(self) -> tuple[str | None, str | None]:
        def iso(edit: QDateEdit) -> str:
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day()).isoformat()

        return (iso(self.valid_from) if self.use_from.isChecked() else None,
                iso(self.valid_until) if self.use_until.isChecked() else None)

    def register(self) -> None:
        """Register the seal (the core checks everything and says what is wrong)."""
        if self.image_data is None:
            self.status.setText(self.tr("Choose a seal image that passes the check."))
            return
        if not self.identity.is_complete():
            self.status.setText(self.tr("Choose the certificate the seal is bound to."))
            return
        spec = self.identity.spec()
        chosen = self.identity.selected()
        token_cert = chosen[1].certificate if chosen is not None else None
        name, kind, image = self.name.text().strip(), str(self.kind.currentData()), \
            self.image_data
        requesters, approvers = self.requesters.fingerprints(), self.approvers.fingerprints()
        valid_from, valid_until = self._dates()

        def work(vault: Vault) -> Seal:
            from app.custody.registry import NewSeal, register_seal

            cert, source = bound_key(spec, token_cert)
            return register_seal(vault, NewSeal(
                name=name, kind=kind, image=image, certificate=cert, key_source=source,
                requesters=requesters, approvers=approvers,
                valid_from=valid_from, valid_until=valid_until))

        self.register_button.setEnabled(False)
        self.status.setText(self.tr("Registering…"))
        self.session.call(self, work, on_success=self._done, on_failure=self._failed)

    def _done(self, seal: Seal) -> None:
        self.identity.forget_secrets()
        self.registered.emit(seal)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.register_button.setEnabled(True)
        self.status.setText(message(exc))

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Secrets leave the dialog with it."""
        self.identity.forget_secrets()
        super().done(result)
