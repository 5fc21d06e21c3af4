"""Settings → Agreements: the consents given (text, version, language, when) and withdrawal.

Withdrawing asks for confirmation, then records ``consent.withdrawn``; the page says what
stops (signing without the three texts, usage statistics).  Vault work runs on the vault pool.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.compliance import agreements as texts
from app.compliance import consent
from app.compliance.agreements import AgreementSet
from app.compliance.consent import ConsentGate, ConsentRecord
from ui.jobs import JobRunner


class ConsentPage(QWidget):
    """The consent review / withdraw page that Settings embeds."""

    changed = Signal()  # a consent was withdrawn or given

    def __init__(self, vault: Any, jobs: JobRunner, agreement_set: AgreementSet, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentPage")
        self.vault, self.jobs = vault, jobs
        self.agreement_set, self.language = agreement_set, language
        self.records: list[ConsentRecord] = []
        self.status = QLabel()
        self.status.setObjectName("consentStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("consentTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Text"), self.tr("Version"), self.tr("Language"), self.tr("Given (UTC)"),
            self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection)
        self.withdraw_button = QPushButton(self.tr("Withdraw consent…"))
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self._ask_withdraw)
        self.review_button = QPushButton(self.tr("Read and accept the agreements…"))
        self.review_button.setObjectName("reviewButton")
        self.review_button.clicked.connect(self._review)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the consents again (in the background)."""
        vault = self.vault
        self.jobs.run(self, lambda _ctx: consent.history(vault), on_success=self._show,
                      pool="vault")

    def _title(self, kind: str) -> str:
        try:
            return self.agreement_set[kind].title(self.language)
        except KeyError:
            return kind

    def _show(self, records: list[ConsentRecord]) -> None:
        self.records = [r for r in records if r.kind != texts.BIOMETRIC]  # asked every time
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            status = self.tr("Active") if r.active else self.tr("Withdrawn {when}").format(
                when=(r.withdrawn_at or "")[:19].replace("T", " "))
            for col, text in enumerate((self._title(r.kind), r.version, r.language,
                                        r.given_at[:19].replace("T", " "), status)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        active = {r.kind: r for r in records if r.active}
        gate = ConsentGate(self.agreement_set, active)
        if gate.may_sign:
            text = self.tr("You have accepted the agreements signing needs.")
        else:
            text = self.tr("Signing is stopped until you accept: {names}.").format(
                names=", ".join(a.title(self.language) for a in gate.pending))
        if not gate.allows("analytics"):
            text += " " + self.tr("Usage statistics are off.")
        self.status.setText(text)
        self._selection()

    def _selected(self) -> ConsentRecord | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.records[rows.pop()] if len(rows) == 1 else None

    def _selection(self) -> None:
        record = self._selected()
        self.withdraw_button.setEnabled(record is not None and record.active)

    def _ask_withdraw(self) -> None:
        record = self._selected()
        if record is None:
            return
        if record.kind in texts.REQUIRED:
            effect = self.tr("SealDesk will not sign until you accept it again.")
        else:
            effect = self.tr("The processing that depends on it stops.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw consent"),
                          self.tr("Withdraw your consent to the {title}? {effect}").format(
                              title=self._title(record.kind), effect=effect),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("withdrawConfirm")
        box.accepted.connect(lambda: self.withdraw(record.kind))
        box.open()

    def withdraw(self, kind: str) -> None:
        """Withdraw every active consent of ``kind`` (records the event), then refresh."""
        vault = self.vault
        self.jobs.run(self, lambda _ctx: consent.withdraw(vault, kind),
                      on_success=lambda _r: self._done(), pool="vault")

    def _done(self) -> None:
        self.changed.emit()
        self.refresh()

    def _review(self) -> None:
        from ui.compliance.agreements_dialog import AgreementsDialog

        dialog = AgreementsDialog(self.agreement_set, self.language, self, vault=self.vault,
                                  jobs=self.jobs)
        dialog.accepted.connect(self._done)
        dialog.open()
