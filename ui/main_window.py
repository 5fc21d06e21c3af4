"""The main window: documents in tabs, menus and shortcuts, drag and drop, recent files."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__, preferences
from app.preferences import Preferences
from ui import i18n, presenter
from ui.actions import MainActions
from ui.compliance.expiry_banner import ExpiryBanner
from ui.compliance.expiry_watch import ExpiryWatch
from ui.document_tab import DocumentTab
from ui.flows import Flows
from ui.pdf_view.layout import ZoomMode
from ui.services import Services
from ui.status_bar import StatusBar, TokenMonitor
from ui.vault.session import VaultSession
from ui.welcome import WelcomePage

log = logging.getLogger(__name__)

TOKEN_SCAN_DELAY_MS = 1500  # drivers load slowly: start-up and the first page come first


class MainWindow(QMainWindow):
    """One window, one tab per document."""

    documentAdded = Signal(object)  # the DocumentTab (tests, benchmarks)

    def __init__(self, services: Services, prefs: Preferences) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.services = services
        self.prefs = prefs
        self.setAcceptDrops(True)
        self.resize(1200, 820)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("documentTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.expiry_banner = ExpiryBanner(self)  # above the tabs; hidden while nothing expires
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.expiry_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.acts = MainActions(self)
        self.acts.build()
        self._connect()
        self.vault_session = VaultSession(services.jobs, self)
        self.vault_session.syncChanged.connect(self.status.set_sync_state)
        self.vault_session.locked.connect(self.status.clear_sync_state)
        self.flows = Flows(self)
        self.tokens: TokenMonitor | None = None
        self.expiry: ExpiryWatch | None = None
        if services.token_scan is not None:
            self.tokens = TokenMonitor(services.jobs, services.token_scan, self)
            self.tokens.changed.connect(self.status.set_token_status)
            self.expiry = ExpiryWatch(services.jobs, self.vault_session, self.expiry_banner,
                                      prefs.pkcs11_modules, prefs.expiry_warning_days, self)
            self.tokens.changed.connect(self.expiry.refresh)  # the tokens may have changed
            QTimer.singleShot(TOKEN_SCAN_DELAY_MS, self.tokens.start)  # after the first page
        self._refresh_recent()
        self.retranslate()
        self._current_changed()

    def _connect(self) -> None:
        a = self.acts
        a.open.triggered.connect(self.open_dialog)
        a.close_tab.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        a.quit.triggered.connect(self.close)
        a.export_report.triggered.connect(lambda: self._on_tab(DocumentTab.export_report))
        a.find.triggered.connect(lambda: self._on_tab(DocumentTab.find_text))
        a.find_next.triggered.connect(lambda: self._on_tab(lambda t: t.find_step(1)))
        a.find_previous.triggered.connect(lambda: self._on_tab(lambda t: t.find_step(-1)))
        a.goto_page.triggered.connect(a.page_box.focus)
        a.zoom_in.triggered.connect(lambda: self._on_tab(lambda t: t.view.zoom_in()))
        a.zoom_out.triggered.connect(lambda: self._on_tab(lambda t: t.view.zoom_out()))
        a.actual_size.triggered.connect(lambda: self._on_tab(lambda t: t.view.set_zoom(1.0)))
        a.fit_width.triggered.connect(
            lambda: self._on_tab(lambda t: t.view.set_zoom_mode(ZoomMode.FIT_WIDTH)))
        a.fit_page.triggered.connect(
            lambda: self._on_tab(lambda t: t.view.set_zoom_mode(ZoomMode.FIT_PAGE)))
        a.thumbnails.toggled.connect(self._show_thumbnails)
        a.signature_panel.triggered.connect(
            lambda on: self._on_tab(lambda t: t.set_panel_visible(on)))
        a.next_tab.triggered.connect(lambda: self._step_tab(1))
        a.previous_tab.triggered.connect(lambda: self._step_tab(-1))
        a.review_again.triggered.connect(lambda: self._on_tab(DocumentTab.start_review))
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))
        a.languages.triggered.connect(lambda act: self.set_language(str(act.data())))
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        a.zoom_box.zoomModeRequested.connect(
            lambda mode: self._on_tab(lambda t: t.view.set_zoom_mode(mode)))
        a.zoom_box.zoomRequested.connect(lambda z: self._on_tab(lambda t: t.view.set_zoom(z)))
        a.page_box.pageRequested.connect(lambda p: self._on_tab(lambda t: t.view.goto_page(p)))
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        self.welcome.openRequested.connect(self.open_dialog)
        self.welcome.recentChosen.connect(lambda name: self.open_paths([name]))

    # --- opening ------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        """Ask for PDF files and open them."""
        start = str(Path(self.prefs.recent_files[0]).parent) if self.prefs.recent_files else ""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open PDF documents"), start,
            self.tr("PDF documents (*.pdf);;All files (*)"))
        self.open_paths(names)

    def open_paths(self, paths: Iterable[str | Path]) -> list[DocumentTab]:
        """Open files (an open one is brought to the front); errors go to the presenter."""
        opened = []
        for given in paths:
            path = Path(given).expanduser().absolute()
            existing = self._tab_for(path)
            if existing is not None:
                self.tabs.setCurrentWidget(existing)
                continue
            opened.append(self._add_tab(DocumentTab(self.services, path, path.name),
                                        path.name, str(path)))
        return opened

    def open_bytes(self, data: bytes, title: str, note: str = "") -> DocumentTab:
        """Open a PDF held in memory (a signed version) in a new tab."""
        return self._add_tab(DocumentTab(self.services, data, title, note), title, note)

    def _add_tab(self, tab: DocumentTab, title: str, tooltip: str) -> DocumentTab:
        index = self.tabs.addTab(tab, title)
        self.tabs.setTabToolTip(index, tooltip)
        self.tabs.setCurrentIndex(index)
        self.stack.setCurrentWidget(self.tabs)
        tab.opened.connect(lambda: self._tab_opened(tab))
        tab.failed.connect(lambda exc: self._tab_failed(tab, exc))
        tab.reviewed.connect(self._current_changed)
        tab.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        tab.signedVersionReady.connect(self.open_bytes)
        tab.view.currentPageChanged.connect(lambda _: self._page_changed(tab))
        tab.view.zoomChanged.connect(lambda: self._zoom_changed(tab))
        tab.thumbnails.setVisible(self.acts.thumbnails.isChecked())
        self.documentAdded.emit(tab)
        return tab

    def _tab_opened(self, tab: DocumentTab) -> None:
        if tab.path is not None:
            self._remember(self.prefs.with_recent(tab.path))
        self._current_changed()

    def _tab_failed(self, tab: DocumentTab, exc: BaseException) -> None:
        if tab.path is not None and str(tab.path) in self.prefs.recent_files:
            self._remember(self.prefs.without_recent(tab.path))
        self.close_tab(self.tabs.indexOf(tab))
        presenter.show_error(self, exc)

    def _tab_for(self, path: Path) -> DocumentTab | None:
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, DocumentTab) and tab.path == path:
                return tab
        return None

    def close_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if not isinstance(tab, DocumentTab):
            return
        tab.close_document()
        self.tabs.removeTab(index)
        tab.deleteLater()
        if self.tabs.count() == 0:
            self.stack.setCurrentWidget(self.welcome)
        self._current_changed()

    def current_tab(self) -> DocumentTab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, DocumentTab) else None

    # --- recent files and preferences -----------------------------------------------------------

    def _remember(self, prefs: Preferences) -> None:
        if prefs == self.prefs:
            return
        self.prefs = prefs
        self._refresh_recent()
        self.services.jobs.run(None, lambda ctx: preferences.save(prefs), pool="settings")

    def apply_preferences(self, prefs: Preferences) -> None:
        """New settings from the Settings dialog: saved, and the language switched if it changed."""
        language_changed = prefs.language != self.prefs.language
        self._remember(prefs)
        if self.expiry is not None:  # new drivers or warning days: read the tokens again
            self.expiry.configure(prefs.pkcs11_modules, prefs.expiry_warning_days)
        if language_changed:
            i18n.install(prefs.language)
            self._check_language()

    def _refresh_recent(self) -> None:
        self.welcome.set_recent(self.prefs.recent_files)

    def _fill_recent_menu(self) -> None:
        menu = self.acts.recent_menu
        menu.clear()
        for number, name in enumerate(self.prefs.recent_files, start=1):
            act = menu.addAction(f"&{number % 10}  {Path(name).name}")
            act.setToolTip(name)
            act.triggered.connect(lambda _=False, n=name: self.open_paths([n]))
        if not self.prefs.recent_files:
            menu.addAction(self.tr("No recent documents")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear the list")).triggered.connect(
                lambda: self._remember(dataclasses.replace(self.prefs, recent_files=())))

    def set_language(self, language: str) -> None:
        """Switch the whole app to ``language`` now and remember the choice."""
        i18n.install(language)
        self._remember(dataclasses.replace(self.prefs, language=language))
        self._check_language()

    def _check_language(self) -> None:
        act = self.acts.language_actions.get(i18n.current_language())
        if act is not None:
            act.setChecked(True)

    # --- state of the current document ----------------------------------------------------------

    def _on_tab(self, fn: object) -> None:
        tab = self.current_tab()
        if tab is not None and callable(fn):
            fn(tab)

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _show_thumbnails(self, visible: bool) -> None:
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, DocumentTab):
                tab.thumbnails.setVisible(visible)
                tab.balance()

    def _current_changed(self) -> None:
        tab = self.current_tab()
        has_doc = tab is not None and tab.info is not None
        for act in (self.acts.close_tab, self.acts.find, self.acts.find_next,
                    self.acts.find_previous, self.acts.goto_page, self.acts.zoom_in,
                    self.acts.zoom_out, self.acts.actual_size, self.acts.fit_width,
                    self.acts.fit_page, self.acts.signature_panel):
            act.setEnabled(has_doc)
        self.acts.close_tab.setEnabled(tab is not None)
        self.acts.export_report.setEnabled(tab is not None and tab.report is not None)
        self.acts.review_again.setEnabled(tab is not None and tab.path is not None)
        self.acts.sign.setEnabled(tab is None or (tab.path is not None and tab.info is not None))
        self.acts.zoom_box.setEnabled(has_doc)
        if tab is not None and tab.info is not None:
            self.acts.page_box.set_pages(tab.info.page_count, tab.view.current_page)
            self.status.set_page(tab.view.current_page, tab.info.page_count)
            self._zoom_changed(tab)
            self.acts.signature_panel.setChecked(tab.panel.isVisible())
            self.setWindowTitle(f"{tab.name} — {presenter.app_title()}")
        else:
            self.acts.page_box.set_pages(0)
            self.acts.zoom_box.setEditText("")
            self.status.set_page(None)
            self.setWindowTitle(presenter.app_title())

    def _page_changed(self, tab: DocumentTab) -> None:
        if tab is self.current_tab() and tab.info is not None:
            self.acts.page_box.set_current(tab.view.current_page)
            self.status.set_page(tab.view.current_page, tab.info.page_count)

    def _zoom_changed(self, tab: DocumentTab) -> None:
        if tab is self.current_tab():
            self.acts.zoom_box.show_zoom(tab.view.zoom_mode, tab.view.zoom)

    # --- events ---------------------------------------------------------------------------------

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About SealDesk"),
                          self.tr("SealDesk {version}\n\nSign and review contracts with USB keys, "
                                  "HSMs and soft certificates. Signatures are checked by the "
                                  "review engine: a document changed after signing is never "
                                  "shown as simply valid.").format(version=__version__),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutBox")
        box.open()
        return box

    def retranslate(self) -> None:
        self.acts.retranslate()
        self._check_language()
        self._current_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if _local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        files = _local_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.open_paths(files)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        while self.tabs.count():
            self.close_tab(0)
        self.vault_session.lock()
        super().closeEvent(event)


def _local_files(urls: list[QUrl]) -> list[str]:
    return [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile()]
