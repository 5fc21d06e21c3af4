"""Choosing who signs: certificates on the inserted tokens (read without a PIN), or a soft
certificate file (PKCS#12).  Unusable certificates are shown greyed with the reason and cannot be
chosen; certificates that expire soon are marked.  Scanning runs as a job, never on the GUI
thread; the PIN is asked later, when the signature is made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.identity import IdentitySpec
from crypto import errors
from crypto.tokens.base import CertificateInfo, TokenInfo
from ui.jobs import JobContext, JobRunner
from ui.presenter import message

ROLE = Qt.ItemDataRole.UserRole
GREY = QColor(120, 120, 120)
AMBER = QColor(176, 96, 0)


@dataclass(frozen=True)
class TokenCertificates:
    """One token and what it shows before login (or why it could not be read)."""

    token: TokenInfo
    certificates: tuple[CertificateInfo, ...] = ()
    problem: str = ""  # translated sentence when the token could not be read


@dataclass(frozen=True)
class ScanResult:
    """Every token found, with its certificates."""

    tokens: tuple[TokenCertificates, ...] = ()
    problems: tuple[str, ...] = field(default=())


def scan_identities(modules: tuple[str, ...], ctx: JobContext | None = None) -> ScanResult:
    """Find tokens (drivers found automatically plus ``modules``) and their public certificates.

    Runs on a worker thread; each token call runs on its module's own thread.
    """
    from crypto.tokens.pkcs11.modules import discover_modules
    from crypto.tokens.pkcs11.peek import public_certificates
    from crypto.tokens.pkcs11.scan import scan_tokens

    paths = [c.path for c in discover_modules(modules) if c.usable]
    try:
        tokens = scan_tokens(paths, strict=False) if paths else []
    except errors.SealDeskError as exc:
        return ScanResult(problems=(message(exc),))
    found = []
    for token in tokens:
        if ctx is not None:
            ctx.check()
        try:
            certs = tuple(public_certificates(token))
        except errors.SealDeskError as exc:
            found.append(TokenCertificates(token, problem=message(exc)))
            continue
        found.append(TokenCertificates(token, certs))
    return ScanResult(tuple(found))


class IdentityPage(QWidget):
    """Tokens with their certificates, and a soft certificate file."""

    changed = Signal()

    def __init__(self, jobs: JobRunner, modules: tuple[str, ...] = (),
                 expiry_warning_days: int = 30, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityPage")
        self._jobs = jobs
        self._modules = modules
        self._warn_days = expiry_warning_days
        self.scanning = False
        self.token_radio = QRadioButton(self.tr("Certificate on a USB key or HSM"))
        self.token_radio.setObjectName("tokenRadio")
        self.token_radio.setChecked(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("identityTree")
        self.tree.setHeaderLabels([self.tr("Certificate"), self.tr("Valid until"),
                                   self.tr("Key"), self.tr("State")])
        self.tree.setRootIsDecorated(True)
        self.tree.setColumnWidth(0, 300)
        self.refresh_button = QPushButton(self.tr("Look for tokens again"))
        self.refresh_button.setObjectName("refreshTokens")
        self.status = QLabel()
        self.status.setObjectName("identityStatus")
        self.status.setWordWrap(True)
        self.soft_radio = QRadioButton(self.tr("Soft certificate file (.p12 / .pfx)"))
        self.soft_radio.setObjectName("softRadio")
        self.soft_path = QLineEdit()
        self.soft_path.setObjectName("softPath")
        self.soft_path.setPlaceholderText(self.tr("Choose a .p12 or .pfx file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("softBrowse")
        self.soft_password = QLineEdit()
        self.soft_password.setObjectName("softPassword")
        self.soft_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.soft_password.setPlaceholderText(self.tr("Password of the file"))
        row = QHBoxLayout()
        row.addWidget(self.soft_path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.token_radio)
        layout.addWidget(self.tree, 1)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        layout.addWidget(self.soft_radio)
        layout.addLayout(row)
        layout.addWidget(self.soft_password)
        self.refresh_button.clicked.connect(self.refresh)
        browse.clicked.connect(self._browse)
        self.tree.itemSelectionChanged.connect(self._tree_selected)
        for signal in (self.token_radio.toggled, self.soft_path.textChanged,
                       self.soft_password.textChanged):
            signal.connect(self._changed)

    # --- scanning -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Scan the tokens again (in the background)."""
        if self.scanning:
            return
        self.scanning = True
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Looking for USB keys and HSMs…"))
        modules = self._modules
        self._jobs.run(self, lambda ctx: scan_identities(modules, ctx),
                       on_success=self._show, on_failure=self._failed, on_cancel=self._done)

    def _done(self) -> None:
        self.scanning = False
        self.refresh_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self.status.setText(message(exc))

    def _show(self, result: ScanResult) -> None:
        self._done()
        self.tree.clear()
        usable = 0
        for entry in result.tokens:
            top = QTreeWidgetItem([entry.token.label, "", "", self._token_state(entry.token)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            if entry.problem:
                top.setText(3, entry.problem)
            for cert in entry.certificates:
                item = self._cert_item(entry.token, cert)
                top.addChild(item)
                usable += cert.usable
            if not entry.certificates and not entry.problem:
                hint = QTreeWidgetItem([self.tr("(no certificate readable before login)")])
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                top.addChild(hint)
            top.setExpanded(True)
        if result.problems:
            self.status.setText(" ".join(result.problems))
        elif not result.tokens:
            self.status.setText(self.tr("No USB key or HSM found. Insert one and look again, "
                                        "or use a soft certificate file."))
        else:
            self.status.setText(self.tr("{tokens} token(s), {usable} certificate(s) that can "
                                        "sign.").format(tokens=len(result.tokens), usable=usable))
        self._select_only_usable()
        self._changed()

    def _token_state(self, token: TokenInfo) -> str:
        flags = token.flags
        if flags.pin_locked:
            return self.tr("PIN locked")
        if flags.pin_final_try:
            return self.tr("Last PIN try")
        if flags.pin_count_low:
            return self.tr("Wrong PINs entered before")
        if flags.protected_auth_path:
            return self.tr("PIN pad")
        return self.tr("Inserted")

    def _cert_item(self, token: TokenInfo, cert: CertificateInfo) -> QTreeWidgetItem:
        until = cert.not_after.date().isoformat()
        key = f"{cert.key_type.upper()} {cert.key_bits}"
        state = self.tr("Can sign")
        item = QTreeWidgetItem([_short_subject(cert), until, key, state])
        item.setToolTip(0, cert.subject)
        item.setData(0, ROLE, (token, cert))
        if not cert.usable:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # visible, not selectable
            item.setText(3, message(errors.CertificateError(detail=cert.hidden_reason)))
            for column in range(4):
                item.setForeground(column, QBrush(GREY))
            return item
        days = (cert.not_after - dt.datetime.now(dt.UTC)).days
        if days <= self._warn_days:
            item.setText(3, self.tr("Expires in {days} day(s)").format(days=max(days, 0)))
            item.setForeground(3, QBrush(AMBER))
        return item

    def _select_only_usable(self) -> None:
        items = [it for it in self._all_items() if it.flags() & Qt.ItemFlag.ItemIsSelectable]
        if len(items) == 1:
            items[0].setSelected(True)

    def _all_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                out += [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        return out

    def certificate_items(self) -> list[QTreeWidgetItem]:
        """The certificate rows (tests)."""
        return [it for it in self._all_items() if it.data(0, ROLE) is not None]

    # --- the choice -------------------------------------------------------------------------

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Soft certificate"), str(Path.home()),
            self.tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"))
        if name:
            self.soft_path.setText(name)
            self.soft_radio.setChecked(True)

    def _tree_selected(self) -> None:
        if self.tree.selectedItems():
            self.token_radio.setChecked(True)
        self._changed()

    def _changed(self) -> None:
        self.changed.emit()

    def selected(self) -> tuple[TokenInfo, CertificateInfo] | None:
        """The chosen token certificate, if a token certificate is chosen."""
        if not self.token_radio.isChecked():
            return None
        for item in self.tree.selectedItems():
            data = item.data(0, ROLE)
            if data is not None:
                token, cert = data
                return token, cert
        return None

    def is_complete(self) -> bool:
        """Whether an identity is chosen."""
        if self.soft_radio.isChecked():
            return Path(self.soft_path.text()).is_file()
        return self.selected() is not None

    def spec(self) -> IdentitySpec:
        """The chosen identity as the signing core takes it (the password only in memory)."""
        if self.soft_radio.isChecked():
            password = self.soft_password.text()
            return IdentitySpec(p12=Path(self.soft_path.text()),
                                password=password.encode() if password else None)
        chosen = self.selected()
        if chosen is None:
            raise errors.UsageError(detail=errors.Text("no certificate chosen"))
        from crypto.tokens.pkcs11.peek import certificate_uri

        token, cert = chosen
        return IdentitySpec(pkcs11_uri=certificate_uri(token, cert),
                            modules=(token.module_path,))

    def summary(self) -> str:
        """Who will sign, in words."""
        if self.soft_radio.isChecked():
            return Path(self.soft_path.text()).name
        chosen = self.selected()
        if chosen is None:
            return ""
        token, cert = chosen
        return f"{_short_subject(cert)} — {token.label}"

    def forget_secrets(self) -> None:
        """Clear the password field (the dialog is closing)."""
        self.soft_password.clear()


def _short_subject(cert: CertificateInfo) -> str:
    from ui.signature_panel import common_name

    return common_name(cert.subject) or cert.label


