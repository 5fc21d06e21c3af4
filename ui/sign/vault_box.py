"""The vault side of the sign flows (one document and batches): "keep the signed copies and
their evidence in the vault" with the passphrase when the vault is locked, the agreements when
consent is missing, and the questions the compliance record asks on the worker thread (renewal
consent, "your certificate will now sign …")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QWidget

from crypto import errors
from ui.jobs import JobRunner
from ui.sign.interaction import QtInteraction
from ui.signature_panel import common_name

if TYPE_CHECKING:
    from app.compliance.expiry import CertificateStanding
    from app.vault.vault import Vault
    from crypto.tokens.base import CertificateInfo
    from ui.vault.session import VaultSession


def find_vault() -> tuple[Path, str] | None:
    """The default vault and how it unlocks, if there is one (worker thread: imports, file)."""
    from app.vault.keys import read_header
    from app.vault.vault import default_folder

    folder = default_folder()
    try:
        return folder, read_header(folder).unlock
    except errors.SealDeskError:
        return None


class VaultArchiveBox(QWidget):
    """The "keep in the vault" tick and, for a locked passphrase vault, its passphrase field.
    Hidden while there is no vault; the vault is looked up off the GUI thread."""

    changed = Signal()

    def __init__(self, jobs: JobRunner, session: VaultSession | None, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.session = session
        self.check = QCheckBox(text)
        self.check.setObjectName("archiveCheck")
        self.check.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("vaultPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Vault passphrase"))
        self.passphrase.hide()
        self.check.toggled.connect(self.passphrase.setEnabled)
        self.check.toggled.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.passphrase)
        self.check.hide()
        self.unlocking = False
        if session is not None:
            if session.is_unlocked:
                self._found((session.folder, "unlocked"))
            else:
                jobs.run(self, lambda ctx: find_vault(), on_success=self._found)

    def _found(self, found: tuple[Path, str] | None) -> None:
        if found is None:
            return
        self.check.show()
        self.passphrase.setVisible(found[1] == "passphrase")
        self.changed.emit()

    def archiving(self) -> bool:
        """Whether the signed copies go into the vault."""
        return not self.check.isHidden() and self.check.isChecked()

    @property
    def vault(self) -> Vault | None:
        """The unlocked vault the copies go to (None: not archiving or still locked)."""
        if self.session is None or not self.archiving():
            return None
        return self.session.vault

    def unlock_then(self, interaction: QtInteraction, proceed: Callable[[], None],
                    failed: Callable[[BaseException], None]) -> None:
        """Unlock the vault first when the copies go there (a wrong passphrase stops before
        anything is signed), then ``proceed``."""
        session = self.session
        if session is None or not self.archiving() or session.is_unlocked:
            proceed()
            return
        self.unlocking = True
        passphrase = self.passphrase.text() or None
        self.passphrase.clear()

        def done() -> None:
            self.unlocking = False
            self.passphrase.hide()
            proceed()

        def not_done(exc: BaseException) -> None:
            self.unlocking = False
            failed(exc)

        session.unlock(passphrase, interaction, self, done, not_done)

    def ask_consent(self, owner: QWidget, then: Callable[[], None]) -> None:
        """The agreements, read and ticked, recorded in the vault; then ``then`` (sign again)."""
        from ui.compliance.agreements_dialog import ask_agreements

        vault = self.vault
        if vault is not None:
            self.agreements_dialog = ask_agreements(owner, vault, self.jobs, then)

    def not_signed(self, owner: QWidget, status: QLabel, exc: BaseException,
                   again: Callable[[], None]) -> None:
        """The policy's checks (or the consent gate before them) stopped a signing: say so; a
        missing consent opens the agreements, then ``again``."""
        from app.compliance.errors import ConsentRequired
        from ui.presenter import message

        status.setText(self.tr("Not signed: the intent check was not completed.")
                       if isinstance(exc, errors.Cancelled) else message(exc))
        if isinstance(exc, ConsentRequired):
            self.ask_consent(owner, again)  # before any code is sent

    def forget_secrets(self) -> None:
        """Clear the passphrase field."""
        self.passphrase.clear()


def ask_renewal(interaction: QtInteraction, cert: CertificateInfo,
                standing: CertificateStanding) -> str | None:
    """Renewal consent at this signing (worker thread): "at_signing", or "declined" when the
    person pressed Decline; None when the question was closed without an answer or the signing
    was cancelled (nothing is recorded: asked again at the next signing)."""
    from PySide6.QtWidgets import QPushButton

    from ui.compliance.notice_dialog import renewal_at_signing

    date = standing.not_after.date().isoformat()
    declined: list[bool] = []

    def make(owner: QWidget) -> QDialog:
        dialog = renewal_at_signing(owner, common_name(cert.subject), date, standing.days_left)
        decline = dialog.findChild(QPushButton, "noticeReject")
        if decline is not None:
            decline.clicked.connect(lambda: declined.append(True))
        return dialog

    agreed = interaction.ask_dialog(make)
    if agreed:
        return "at_signing"
    return "declined" if declined else None


def confirm_batch_use(interaction: QtInteraction, cert: CertificateInfo,
                      documents: Sequence[tuple[str, str]]) -> None:
    """Before a batch: "your certificate X will now sign these N documents" with each one's
    SHA-256 (worker thread); anything but Sign stops the batch before the first signature."""
    from app.compliance.expiry import certificate_sha256
    from ui.compliance.notice_dialog import before_use

    sha = certificate_sha256(cert)
    name = common_name(cert.subject)
    if not interaction.ask_dialog(lambda owner: before_use(owner, name, sha, documents)):
        raise errors.Cancelled()
