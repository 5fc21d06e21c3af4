"""The seal custody window: the app's vault (unlock / lock) on top, then the seal registry, the
seal-use requests and the ledger as tabs.  Not modal: signed copies open in the main window
while it stays open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from app.preferences import Preferences
from ui.custody.ledger_page import LedgerPage
from ui.custody.requests_page import RequestsPage
from ui.custody.seals import SealsPage
from ui.custody.vault_bar import VaultBar
from ui.vault.session import VaultSession

TABS = ("seals", "requests", "ledger")


class CustodyWindow(QDialog):
    """Seal registry, requests and ledger of the app's vault."""

    openRequested = Signal(list)  # signed copies for the main window
    changed = Signal()  # something was sealed or decided (the queue counts again)

    def __init__(self, session: VaultSession, prefs: Callable[[], Preferences],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custodyWindow")
        self.resize(1120, 700)
        self.session = session
        self.bar = VaultBar(session)
        self.seals = SealsPage(session, prefs())
        self.requests = RequestsPage(session, prefs())
        self.ledger = LedgerPage(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("custodyTabs")
        for page in (self.seals, self.requests, self.ledger):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)
        self.seals.sealsChanged.connect(self.requests.set_seals)
        self.seals.sealsChanged.connect(self.ledger.set_seals)
        self.requests.changed.connect(self.ledger.reload)
        self.requests.changed.connect(self.changed)
        self.requests.openRequested.connect(self.openRequested)
        self.retranslate()
        if session.is_unlocked:
            self.seals.reload()
            self.requests.reload()
            self.ledger.reload()

    def show_tab(self, name: str) -> None:
        """Bring the page ``name`` (seals / requests / ledger) to the front."""
        self.tabs.setCurrentIndex(TABS.index(name))

    def set_prefs(self, prefs: Preferences) -> None:
        """New settings (token drivers, default placement) for the dialogs opened next."""
        self.seals.prefs = prefs
        self.requests.prefs = prefs

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Seal custody"))
        for index, text in enumerate((self.tr("Seal registry"), self.tr("Seal-use requests"),
                                      self.tr("Seal-use ledger (用印登记簿)"))):
            self.tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
