"""Seal-use requests: the list with each one's state, the selected one in full, and what can be
done with it — approve, reject, apply the seal, export it as a ``.sealreq`` file — and import;
with a registered vault, send and fetch through the platform
(:mod:`ui.custody.platform_actions`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.preferences import Preferences
from ui.custody.common import fill_table, read_only_table, when, words
from ui.custody.details import RequestDetails
from ui.custody.platform_actions import PlatformActions
from ui.presenter import message
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from app.custody.registry import Seal
    from app.custody.requests import SealRequest
    from app.custody.transfer import ImportResult
    from app.vault.vault import Vault

STATES = ("pending", "approved", "rejected", "sealed")
STATE_COLOURS = {"pending": "#b06000", "approved": "#2e7d32", "rejected": "#c62828"}


class RequestsPage(QWidget):
    """Every request in the app's vault."""

    listed = Signal()  # tests
    changed = Signal()  # a request was added or decided, a seal applied
    openRequested = Signal(list)  # signed copies to open in the main window

    def __init__(self, session: VaultSession, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.session = session
        self.prefs = prefs
        self.seals: list[Seal] = []
        self.requests: list[SealRequest] = []
        self.dialog: QWidget | None = None  # the open sub-dialog (tests)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("requestStateFilter")
        self.state_filter.addItem(self.tr("All requests"), None)
        for state in STATES:
            self.state_filter.addItem(words().state(state), state)
        self.table = read_only_table([self.tr("Created"), self.tr("Seal"), self.tr("Purpose"),
                                      self.tr("Documents"), self.tr("Requested by"),
                                      self.tr("State")], "requestsTable")
        for column, width in enumerate((130, 210, 300, 90, 120)):
            self.table.setColumnWidth(column, width)
        self.details = RequestDetails()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([260, 300])
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("new", self.tr("New request…")), ("approve", self.tr("Approve…")),
                          ("reject", self.tr("Reject…")), ("apply", self.tr("Apply the seal…")),
                          ("export", self.tr("Export…")), ("import", self.tr("Import…"))):
            button = QPushButton(text)
            button.setObjectName(f"request_{key}")
            self.buttons[key] = button
        self.message = QLabel()
        self.message.setObjectName("requestsMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.state_filter)
        top.addStretch(1)
        top.addWidget(self.buttons["new"])
        top.addWidget(self.buttons["import"])
        self.platform = PlatformActions(session, self)  # shown when the vault is registered
        top.addWidget(self.platform.fetch_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        for key in ("approve", "reject", "apply", "export"):
            bottom.addWidget(self.buttons[key])
        bottom.addWidget(self.platform.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.state_filter.currentIndexChanged.connect(lambda _: self.reload())
        self.table.itemSelectionChanged.connect(self._selected)
        self.buttons["new"].clicked.connect(self.new_request)
        self.buttons["approve"].clicked.connect(lambda: self.decide(True))
        self.buttons["reject"].clicked.connect(lambda: self.decide(False))
        self.buttons["apply"].clicked.connect(self.apply)
        self.buttons["export"].clicked.connect(self._export)
        self.buttons["import"].clicked.connect(self._import)
        self.platform.said.connect(self.message.setText)
        self.platform.added.connect(self._fetched)
        session.unlocked.connect(self.reload)
        session.locked.connect(self._clear)
        session.unlocked.connect(self._selected)
        self._selected()

    def set_seals(self, seals: list[Seal]) -> None:
        self.seals = seals
        self._selected()

    def _seal(self, ident: str) -> Seal | None:
        return next((s for s in self.seals if s.id == ident), None)

    def _clear(self) -> None:
        self.requests = []
        self.table.setRowCount(0)
        self.details.clear()
        self._selected()

    # --- listing -------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """List the requests again (keeping ``select``, or the current one, selected)."""
        current = self.selected_request()
        keep = select or (current.id if current else None)
        state = self.state_filter.currentData()
        def found(vault: Vault) -> list[SealRequest]:
            from app.custody.requests import list_requests

            return list_requests(vault, state=state)

        self.session.call(self, found,
                          on_success=lambda found: self.show_requests(found, keep),
                          on_failure=lambda exc: self.message.setText(message(exc)))

    def show_requests(self, requests: list[SealRequest], keep: str | None = None) -> None:
        self.requests = list(reversed(requests))  # newest first
        rows = []
        for r in self.requests:
            seal = self._seal(r.seal_id)
            rows.append([when(r.created_at), seal.name if seal else r.seal_id[:12], r.purpose,
                         str(len(r.documents)), r.request.signer_name,
                         words().state(r.state)])
        fill_table(self.table, rows, data=[r.id for r in self.requests])
        for row, r in enumerate(self.requests):
            item = self.table.item(row, 5)
            if item is not None and r.state in STATE_COLOURS:
                item.setForeground(QBrush(QColor(STATE_COLOURS[r.state])))
        index = next((i for i, r in enumerate(self.requests) if r.id == keep), 0)
        if self.requests:
            self.table.selectRow(index)
        self._selected()
        self.listed.emit()

    def selected_request(self) -> SealRequest | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.requests[min(rows)] if rows and min(rows) < len(self.requests) else None

    def _selected(self) -> None:
        request = self.selected_request()
        unlocked = self.session.is_unlocked
        self.buttons["new"].setEnabled(unlocked and bool(self.seals))
        self.buttons["import"].setEnabled(unlocked)
        pending = request is not None and request.state == "pending"
        self.buttons["approve"].setEnabled(unlocked and pending)
        self.buttons["reject"].setEnabled(unlocked and pending)
        self.buttons["apply"].setEnabled(unlocked and request is not None
                                         and request.state in ("approved", "sealed"))
        self.buttons["export"].setEnabled(unlocked and request is not None)
        self.platform.select(request.id if unlocked and request is not None else None)
        if request is None:
            self.details.clear()
            return
        seal = self._seal(request.seal_id)
        self.details.show_request(request, seal.name if seal else request.seal_id)

    # --- actions -------------------------------------------------------------------------------

    def _opened(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _after(self, request: SealRequest, text: str) -> None:
        self.message.setText(text)
        self.reload(request.id)
        self.changed.emit()

    def new_request(self) -> None:
        """The new-request dialog."""
        from ui.custody.request_form import NewRequestDialog

        dialog = NewRequestDialog(self.session, self.prefs, self.seals, self)
        dialog.acted.connect(lambda r: self._after(r, self.tr("Request {id} created.").format(
            id=r.id[:12])))
        self._opened(dialog)

    def decide(self, approve: bool) -> None:
        """The approve / reject dialog for the selected request."""
        from ui.custody.decide import DecisionDialog

        request = self.selected_request()
        if request is None:
            return
        seal = self._seal(request.seal_id)
        dialog = DecisionDialog(self.session, self.prefs, request, approve,
                                seal.name if seal else request.seal_id, self)
        dialog.acted.connect(lambda r: self._after(r, self.tr("Request {id}: {state}.").format(
            id=r.id[:12], state=words().state(r.state))))
        self._opened(dialog)

    def apply(self) -> None:
        """The apply dialog for the selected (approved) request."""
        from ui.custody.apply_dialog import ApplyDialog

        request = self.selected_request()
        seal = self._seal(request.seal_id) if request is not None else None
        if request is None or seal is None:
            return
        dialog = ApplyDialog(self.session, request, seal, self)
        dialog.sealed.connect(lambda _: self._after(request, self.tr("Seal applied.")))
        dialog.openRequested.connect(self.openRequested)
        self._opened(dialog)

    def _export(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the request"), str(Path.home() / f"{request.id[:12]}.sealreq"),
            self.tr("Seal-use request files (*.sealreq)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        """Write the selected request (and its decision) to ``target`` (replaced if there)."""
        request = self.selected_request()
        if request is None:
            return
        ident = request.id

        def work(vault: Vault) -> Path:
            from app.custody.transfer import export_request

            return export_request(vault, ident, target, overwrite=True)

        self.session.call(self, work, on_failure=self._error, on_success=lambda path:
                          self.message.setText(self.tr("Exported to {path}").format(path=path)))

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a request"), str(Path.home()),
                                              self.tr("Seal-use request files (*.sealreq)"))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        """Add a request file's request and/or decision (checked against the registry)."""
        def work(vault: Vault) -> ImportResult:
            from app.custody.transfer import import_request

            return import_request(vault, path)

        def done(result: ImportResult) -> None:
            ident = result.request.id[:12]
            if result.request_added and result.decision_added:
                text = self.tr("Imported request {id} and its decision.")
            elif result.request_added:
                text = self.tr("Imported request {id}.")
            else:
                text = self.tr("Imported the decision on request {id}.")
            self._after(result.request, text.format(id=ident))

        self.session.call(self, work, on_success=done,
                          on_failure=self._error)

    def _fetched(self, select: str) -> None:
        self.reload(select or None)
        self.changed.emit()

    def _error(self, exc: BaseException) -> None:
        self.message.setText(message(exc))
