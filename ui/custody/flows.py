"""Seal custody in the main window: the Tools menu entries open the custody window, and the
offline queue shows in the status bar while the app's vault is unlocked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.custody.queue_status import QueueMonitor, QueueStatus
from ui.vault.session import VaultSession, session_of

if TYPE_CHECKING:
    from ui.custody.window import CustodyWindow
    from ui.main_window import MainWindow


class CustodyFlows(QObject):
    """Opens the custody window (one, reused) and owns the queue monitor."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.custody_window: CustodyWindow | None = None
        self.monitor: QueueMonitor | None = None
        self.queue_status: QueueStatus | None = None
        a = window.acts
        a.seals.triggered.connect(lambda: self.open_custody("seals"))
        a.seal_requests.triggered.connect(lambda: self.open_custody("requests"))
        a.seal_ledger.triggered.connect(lambda: self.open_custody("ledger"))
        a.queue_run.triggered.connect(self.run_queue)
        QTimer.singleShot(0, self._bind)  # after the main window made (or not) its session

    def session(self) -> VaultSession:
        """The main window's vault session (made here when the window has none)."""
        session = session_of(self.window)
        if session is None:
            session = VaultSession(self.window.services.jobs, self.window)
            self.window.vault_session = session
        return session

    def _bind(self) -> None:
        if self.monitor is not None:
            return
        self.monitor = QueueMonitor(self.session(), lambda: self.window.prefs, self)
        self.queue_status = QueueStatus(self.monitor, self.window.statusBar())
        self.window.statusBar().addPermanentWidget(self.queue_status)
        self.monitor.said.connect(lambda text: self.window.statusBar().showMessage(text, 15000))

    def open_custody(self, tab: str = "seals") -> CustodyWindow:
        """The custody window on page ``tab`` (seals / requests / ledger)."""
        from ui.custody.window import CustodyWindow

        self._bind()
        if self.custody_window is None:
            dialog = CustodyWindow(self.session(), lambda: self.window.prefs, self.window)
            dialog.openRequested.connect(self.window.open_paths)
            if self.monitor is not None:
                dialog.changed.connect(self.monitor.refresh)
            dialog.finished.connect(self._closed)
            self.custody_window = dialog
        shown = self.custody_window
        shown.set_prefs(self.window.prefs)
        shown.show_tab(tab)
        if shown.isVisible():
            shown.raise_()  # already open behind the main window
        shown.show()
        shown.activateWindow()
        return shown

    def _closed(self) -> None:
        if self.custody_window is not None:
            self.custody_window.deleteLater()
            self.custody_window = None

    def run_queue(self) -> None:
        """Add timestamps to the queued documents now (opens the custody window when locked)."""
        self._bind()
        if not self.session().is_unlocked:
            self.open_custody("requests")
            self.window.statusBar().showMessage(
                self.tr("Unlock the vault to run the signing queue."), 10000)
            return
        assert self.monitor is not None
        self.monitor.run(manual=True)
