"""The seal registry page: every seal with its kind, bound certificate, who may request and
approve it, validity and whether it may be used today; the selected seal's image as stamped."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.preferences import Preferences
from ui.custody.common import SealPreview, error_text, fill_table, read_only_table, words
from ui.presenter import message
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from app.custody.registry import Seal
    from app.vault.vault import Vault

RED = QColor(198, 40, 40)


def seals_with_holders(vault: Vault) -> list[tuple[Seal, str]]:
    """Every seal with the common name of its certificate (on a worker thread)."""
    from app.custody.registry import list_seals
    from app.custody.signed import common_name

    return [(s, common_name(s.certificate)) for s in list_seals(vault)]


class SealsPage(QWidget):
    """The registered seals of the app's vault."""

    listed = Signal()  # tests
    sealsChanged = Signal(list)  # the seals, for the other pages

    def __init__(self, session: VaultSession, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealsPage")
        self.session = session
        self.prefs = prefs
        self.seals: list[Seal] = []
        self.table = read_only_table(
            [self.tr("Name"), self.tr("Kind"), self.tr("Bound certificate"),
             self.tr("Requesters / approvers"), self.tr("Validity"), self.tr("State")],
            "sealsTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview = SealPreview(session.jobs, 200)
        self.details = QLabel()
        self.details.setObjectName("sealDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("Register a seal…"))
        self.add_button.setObjectName("addSeal")
        self.message = QLabel()
        self.message.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("As stamped")))
        side.addWidget(self.preview)
        side.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        side_widget = QWidget()
        side_widget.setFixedWidth(230)
        side_widget.setLayout(side)
        row.addWidget(side_widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(bottom)
        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button.clicked.connect(self.add_seal)
        session.unlocked.connect(self.reload)
        session.locked.connect(self._clear)
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(self.session.is_unlocked)

    def _clear(self) -> None:
        self.seals = []
        self.table.setRowCount(0)
        self.preview.show_png(None)
        self.details.clear()
        self._enable()
        self.sealsChanged.emit([])

    def reload(self) -> None:
        """List the seals again (in the background)."""
        self._enable()
        self.session.call(self, seals_with_holders, on_success=self.show_seals,
                          on_failure=lambda exc: self.message.setText(message(exc)))

    def show_seals(self, found: list[tuple[Seal, str]]) -> None:
        seals = [s for s, _ in found]
        today = dt.datetime.now(dt.UTC).date().isoformat()
        self.seals = seals
        rows, tips = [], []
        for s, who in found:
            problem = s.validity_problem()
            validity = (f"{s.valid_from or '…'} – {s.valid_until or '…'}"
                        if s.valid_from or s.valid_until else self.tr("No limit"))
            state = self.tr("In use") if problem is None else (
                self.tr("Expired") if s.valid_until and s.valid_until < today
                else self.tr("Not valid yet"))
            rows.append([s.name, words().kind(s.kind), who,
                         f"{len(s.requesters)} / {len(s.approvers)}", validity, state])
            tips.append([s.id, s.kind, f"{s.subject}\nSHA-256 {s.certificate_sha256}",
                         "\n".join([*s.requesters, "—", *s.approvers]), validity,
                         state if problem is None else error_text(problem)])
        fill_table(self.table, rows, tips, data=[s.id for s in seals])
        for r, s in enumerate(seals):
            if s.validity_problem() is not None:
                item = self.table.item(r, 5)
                if item is not None:
                    item.setForeground(QBrush(RED))
        if seals and not self.table.selectedItems():
            self.table.selectRow(0)
        if not seals:
            self.message.setText(self.tr("No seals are registered yet."))
        else:
            self.message.clear()
        self.sealsChanged.emit(seals)
        self.listed.emit()

    def selected_seal(self) -> Seal | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.seals[min(rows)] if rows else None

    def _selected(self) -> None:
        seal = self.selected_seal()
        if seal is None:
            self.preview.show_png(None)
            self.details.clear()
            return
        self.preview.show_png(seal.image_png)
        source = seal.key_source
        key = (self.tr("USB key / HSM: {uri}").format(uri=source.pkcs11_uri)
               if source.pkcs11_uri else
               self.tr("Soft certificate: {path}").format(path=source.p12 or source.key_pem))
        self.details.setText(
            self.tr("Id {id}\nCertificate SHA-256 {sha}…\n{key}\nRegistered {added}").format(
                id=seal.id, sha=seal.certificate_sha256[:24], key=key,
                added=seal.added_at[:10]))

    def add_seal(self) -> None:
        """The registration dialog."""
        from ui.custody.seal_form import AddSealDialog

        dialog = AddSealDialog(self.session, self.prefs, self)
        dialog.registered.connect(lambda seal: self.reload())
        dialog.finished.connect(dialog.deleteLater)
        self.add_dialog = dialog
        dialog.open()
