"""The vault browser: unlock, search and filter contracts, open, export, the evidence timeline
of each contract, destroy with confirmation, lock.

Every vault call runs on the ``vault`` pool (one serial thread owns the connection); the dialog
only keeps records and shows them.  Closing the dialog locks the vault.
"""

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
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.vault.documents import DocumentRecord
from app.vault.search import DocumentFilter, parties, search
from ui.jobs import JobRunner
from ui.presenter import message, show_error
from ui.sign.interaction import QtInteraction

if TYPE_CHECKING:
    from app.evidence.events import Event
    from app.vault.vault import Vault
    from ui.vault.session import VaultSession

POOL = "vault"
MAX_READ = 512 * 1024 * 1024  # documents opened in the viewer are read into memory


class VaultDialog(QDialog):
    """One vault (the default folder unless given), opened for as long as the dialog is."""

    openRequested = Signal(bytes, str)  # PDF bytes, tab title
    unlocked = Signal()  # tests
    listed = Signal()  # tests

    def __init__(self, jobs: JobRunner, session: VaultSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultDialog")
        self.setWindowTitle(self.tr("Vault"))
        self.resize(1100, 680)
        self.jobs = jobs
        self.session = session
        self.folder = session.folder
        self.records: list[DocumentRecord] = []
        self.shown: list[DocumentRecord] = []
        self.interaction = QtInteraction(self, jobs)
        self.state = QLabel()
        self.state.setObjectName("vaultState")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("vaultPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Vault passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.passphrase)
        top.addWidget(self.unlock_button)
        top.addWidget(self.lock_button)
        self.search_text = QLineEdit()
        self.search_text.setObjectName("vaultSearch")
        self.search_text.setPlaceholderText(self.tr("Search: party, document name or "
                                                    "fingerprint"))
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        for code, text in (("all", self.tr("All")), ("active", self.tr("Kept")),
                           ("destroyed", self.tr("Destroyed"))):
            self.state_filter.addItem(text, code)
        self.use_dates = QCheckBox(self.tr("Signed between"))
        self.use_dates.setObjectName("useDates")
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        filters = QHBoxLayout()
        filters.addWidget(self.search_text, 1)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(self.until)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("vaultTable")
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Parties"),
                                              self.tr("Signed"), self.tr("SHA-256"),
                                              self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.timeline = QListWidget()
        self.timeline.setObjectName("evidenceTimeline")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Evidence timeline")))
        right_layout.addWidget(self.timeline, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([700, 380])
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openButton")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.destroy_button = QPushButton(self.tr("Destroy…"))
        self.destroy_button.setObjectName("destroyButton")
        self.message = QLabel()
        self.message.setObjectName("vaultMessage")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        for b in (self.open_button, self.export_button, self.destroy_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        self.lock_button.clicked.connect(self.lock)
        self.search_text.textChanged.connect(self._refilter)
        self.state_filter.currentIndexChanged.connect(self._refilter)
        self.use_dates.toggled.connect(self._refilter)
        self.since.dateChanged.connect(self._refilter)
        self.until.dateChanged.connect(self._refilter)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.destroy_button.clicked.connect(self.destroy_selected)
        session.locked.connect(self._locked)
        self.method = session.unlock_method()  # how the vault unlocks (None: no vault)
        self._show_state()
        if session.is_unlocked:
            self._reload()

    @property
    def vault(self) -> Vault | None:
        """The app's unlocked vault (None while locked)."""
        return self.session.vault

    # --- lock state ---------------------------------------------------------------------------

    def _show_state(self) -> None:
        unlocked = self.vault is not None
        method = self.method
        if unlocked:
            text = self.tr("Unlocked: {folder}")
        elif method is None:
            text = self.tr("No vault at {folder}. Sign with a vault (sealdesk vault init) to "
                           "create one.")
        else:
            text = self.tr("Locked: {folder}")
        self.state.setText(text.format(folder=self.folder))
        self.passphrase.setVisible(not unlocked and method == "passphrase")
        self.unlock_button.setVisible(not unlocked and method is not None)
        self.lock_button.setVisible(unlocked)
        for w in (self.search_text, self.state_filter, self.table, self.timeline):
            w.setEnabled(unlocked)
        self._selected()

    def unlock(self) -> None:
        """Open the vault in the background (a token vault asks for the PIN)."""
        secret = self.passphrase.text() or None
        self.passphrase.clear()
        self.unlock_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.unlock_button.setEnabled(True)
            self.message.setText(message(exc))

        def done() -> None:
            self.unlock_button.setEnabled(True)
            self.message.clear()
            self._reload()

        self.session.unlock(secret, self.interaction, self, done, failed)

    def _reload(self) -> None:
        def listed(records: list[DocumentRecord]) -> None:
            self.records = records
            self._show_state()
            self._refilter()
            self.unlocked.emit()

        self.session.call(self, lambda vault: vault.list_documents(include_destroyed=True),
                          on_success=listed)

    def lock(self) -> None:
        """Lock the app's vault (its key leaves memory with the connection)."""
        self.session.lock()
        self._locked()

    def _locked(self) -> None:
        self.records, self.shown = [], []
        self.table.setRowCount(0)
        self.timeline.clear()
        self._show_state()

    # --- listing ------------------------------------------------------------------------------

    def current_filter(self) -> DocumentFilter:
        """The filter as set in the widgets."""
        since = until = None
        if self.use_dates.isChecked():
            since = _date(self.since.date())
            until = _date(self.until.date())
        return DocumentFilter(text=self.search_text.text(),
                              state=str(self.state_filter.currentData()),
                              since=since, until=until)

    def _refilter(self) -> None:
        self.shown = search(self.records, self.current_filter())
        self.table.setRowCount(len(self.shown))
        for row, r in enumerate(self.shown):
            state = self.tr("Kept") if r.state == "active" else self.tr("Destroyed")
            when = (r.signed_at or r.added_at)[:19].replace("T", " ")
            cells = [r.name, "、".join(parties(r)), when, r.sha256[:16] + "…", state]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(r.sha256 if col == 3 else text)
                self.table.setItem(row, col, item)
        self.listed.emit()

    def selected_record(self) -> DocumentRecord | None:
        """The contract selected in the table."""
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.shown[min(rows)] if rows else None

    def _selected(self) -> None:
        record = self.selected_record() if self.vault is not None else None
        active = record is not None and record.state == "active"
        self.open_button.setEnabled(active)
        self.export_button.setEnabled(active)
        self.destroy_button.setEnabled(active)
        self.timeline.clear()
        if record is None or self.vault is None:
            return
        vault, ident = self.vault, record.id
        self.jobs.run(self, lambda ctx: vault.events_for(ident),
                      on_success=self._show_events, pool=POOL)

    def _show_events(self, events: list[Event]) -> None:
        self.timeline.clear()
        for event in events:
            at = event.at[:19].replace("T", " ")
            self.timeline.addItem(f"{at}  {event.type}  #{event.seq}  {event.sha256[:12]}…")

    # --- actions ------------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Decrypt the selected contract and open it in a tab (the review runs as usual)."""
        record, vault = self.selected_record(), self.vault
        if record is None or vault is None or record.state != "active":
            return
        if record.size > MAX_READ:
            self.message.setText(self.tr("This document is too large to open from the vault; "
                                         "export it instead."))
            return

        def read(ctx: object) -> bytes:
            return b"".join(vault.read_document(record.id))

        self.jobs.run(self, read, pool=POOL, label=self.tr("Decrypting…"),
                      on_success=lambda data: self.openRequested.emit(data, record.name))

    def export_selected(self) -> None:
        """Export the contract with its evidence (zip) to a file the user chooses."""
        record, vault = self.selected_record(), self.vault
        if record is None or vault is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"),
                                              str(Path.home() / f"{Path(record.name).stem}.zip"),
                                              self.tr("Zip archives (*.zip)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, out: Path) -> None:
        """Export the selected contract to ``out`` (replacing a file the user agreed to replace)."""
        from app.vault.export import export_document

        record, vault = self.selected_record(), self.vault
        assert record is not None and vault is not None
        self.jobs.run(self, lambda ctx: export_document(vault, record.id, out,
                                                        overwrite=True),
                      pool=POOL, label=self.tr("Exporting…"),
                      on_success=lambda _: self.message.setText(
                          self.tr("Exported to {path}").format(path=out)),
                      on_failure=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def destroy_selected(self) -> None:
        """Destroy the selected contract after a reason and a confirmation."""
        record = self.selected_record()
        if record is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Destroy"),
            self.tr("Why is {name} destroyed? (kept in the evidence chain)").format(
                name=record.name))
        if not ok or not reason.strip():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Destroy"),
                          self.tr("Destroy {name} for good? Its content and key are erased; "
                                  "only its fingerprints and this reason stay in the evidence "
                                  "chain. This cannot be undone.").format(name=record.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("destroyConfirm")
        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self.destroy_record(record, reason)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()

    def destroy_record(self, record: DocumentRecord, reason: str) -> None:
        """Destroy now (confirmation already given)."""
        from app.vault.destroy import destroy_document

        vault = self.vault
        assert vault is not None

        def work(ctx: object) -> list[DocumentRecord]:
            destroy_document(vault, record.id, reason)
            return vault.list_documents(include_destroyed=True)

        def done(records: list[DocumentRecord]) -> None:
            self.records = records
            self._refilter()
            self.message.setText(self.tr("{name} was destroyed.").format(name=record.name))

        self.jobs.run(self, work, pool=POOL, on_success=done,
                      on_failure=self._show_error)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
