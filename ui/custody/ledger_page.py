"""The seal-use ledger (用印登记簿) of one seal or of all: every use with its request, approver,
document and time; exported as CSV or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.custody.common import fill_table, read_only_table, when
from ui.presenter import message
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from app.custody.ledger import LedgerEntry
    from app.custody.registry import Seal
    from app.vault.vault import Vault


def write_ledger(vault: Vault, seal: str | None, target: Path, kind: str) -> Path:
    """The ledger as ``kind`` ("csv" | "pdf") into ``target``, atomically (replaced if there)."""
    from app.atomic import atomic_output
    from app.custody.ledger import ledger_csv, ledger_entries, ledger_pdf

    data = ledger_csv(ledger_entries(vault, seal)) if kind == "csv" else ledger_pdf(vault, seal)
    with atomic_output(target, overwrite=True) as fh:
        fh.write(data)
    return target


class LedgerPage(QWidget):
    """The ledger table with its seal choice and exports."""

    listed = Signal()  # tests

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerPage")
        self.session = session
        self.entries: list[LedgerEntry] = []
        self.seal = QComboBox()
        self.seal.setObjectName("ledgerSeal")
        self.seal.addItem(self.tr("All seals"), None)
        self.table = read_only_table(
            [self.tr("No."), self.tr("Sealed at (UTC)"), self.tr("Seal"), self.tr("Document"),
             self.tr("Purpose"), self.tr("Requested by"), self.tr("Approved by"),
             self.tr("Level")], "ledgerTable")
        for column, width in enumerate((50, 130, 170, 170, 150, 110, 110)):
            self.table.setColumnWidth(column, width)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setObjectName("ledgerCsv")
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setObjectName("ledgerPdf")
        self.message = QLabel()
        self.message.setObjectName("ledgerMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Seal")))
        top.addWidget(self.seal)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.seal.currentIndexChanged.connect(lambda _: self.reload())
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        session.unlocked.connect(self.reload)
        session.locked.connect(self._clear)
        self._enable()

    def _enable(self) -> None:
        for b in (self.csv_button, self.pdf_button):
            b.setEnabled(self.session.is_unlocked)

    def _clear(self) -> None:
        self.entries = []
        self.table.setRowCount(0)
        self._enable()

    def set_seals(self, seals: list[Seal]) -> None:
        """The seals to choose from (the choice is kept when it still exists)."""
        current = self.seal.currentData()
        self.seal.blockSignals(True)
        self.seal.clear()
        self.seal.addItem(self.tr("All seals"), None)
        for s in seals:
            self.seal.addItem(s.name, s.id)
        index = self.seal.findData(current)
        self.seal.setCurrentIndex(max(index, 0))
        self.seal.blockSignals(False)

    def reload(self) -> None:
        """Read the ledger again (in the background)."""
        self._enable()
        seal = self.seal.currentData()

        def entries(vault: Vault) -> list[LedgerEntry]:
            from app.custody.ledger import ledger_entries

            return ledger_entries(vault, seal)

        self.session.call(self, entries,
                          on_success=self.show_entries,
                          on_failure=lambda exc: self.message.setText(message(exc)))

    def show_entries(self, entries: list[LedgerEntry]) -> None:
        self.entries = entries
        rows = [[str(e.seq), when(e.applied_at), e.seal_name, e.document_name, e.purpose,
                 e.requester, e.approver, e.level] for e in entries]
        tips = [[e.request_id, e.applied_at, e.seal_id, f"SHA-256 {e.document_sha256}\n"
                 f"SM3 {e.document_sm3}\n→ {e.signed_sha256}", e.purpose,
                 e.requester_sha256, e.approver_sha256, e.document_id] for e in entries]
        fill_table(self.table, rows, tips)
        self.message.setText(self.tr("{count} use(s) recorded.").format(count=len(entries))
                             if entries else self.tr("No uses recorded yet."))
        self.listed.emit()

    def _export(self, kind: str) -> None:
        seal = self.seal.currentText() if self.seal.currentData() else "ledger"
        pattern = (self.tr("CSV files (*.csv)") if kind == "csv"
                   else self.tr("PDF documents (*.pdf)"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the ledger"),
                                              str(Path.home() / f"用印登记簿-{seal}.{kind}"),
                                              pattern)
        if name:
            self.export_to(Path(name), kind)

    def export_to(self, target: Path, kind: str) -> None:
        """Write the shown ledger as ``kind`` ("csv" | "pdf") to ``target``."""
        seal = self.seal.currentData()
        self.session.call(self, lambda vault: write_ledger(vault, seal, target, kind),
                          label=self.tr("Writing the ledger…"),
                          on_success=lambda path: self.message.setText(
                              self.tr("Exported to {path}").format(path=path)),
                          on_failure=lambda exc: self.message.setText(message(exc)))
