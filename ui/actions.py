"""The main window's actions, menus, shortcuts and tool bar (texts retranslated on switch)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from ui import icons
from ui.pdf_view.controls import PageBox, ZoomBox

StandardKey = QKeySequence.StandardKey
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}  # each in its own language


class MainActions(QObject):
    """Every command of the main window, with its shortcut."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        style = window.style()

        def action(name: str, *keys: QKeySequence | StandardKey | str,
                   icon: QStyle.StandardPixmap | None = None, checkable: bool = False) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            sequences: list[QKeySequence] = []
            for key in keys:  # a standard key may be empty or equal another one on a platform
                sequence = QKeySequence(key)
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
            act.setShortcuts(sequences)
            if icon is not None:
                act.setIcon(style.standardIcon(icon))
            act.setCheckable(checkable)
            window.addAction(act)  # shortcuts work with the menu bar hidden, too
            return act

        sp = QStyle.StandardPixmap
        self.open = action("actionOpen", StandardKey.Open, icon=sp.SP_DialogOpenButton)
        self.close_tab = action("actionCloseTab", StandardKey.Close, "Ctrl+W")
        self.export_report = action("actionExportReport", "Ctrl+E", icon=sp.SP_DialogSaveButton)
        self.quit = action("actionQuit", StandardKey.Quit, "Ctrl+Q")
        self.find = action("actionFind", StandardKey.Find)
        self.find.setIcon(icons.find())
        self.find_next = action("actionFindNext", StandardKey.FindNext)
        self.find_previous = action("actionFindPrevious", StandardKey.FindPrevious)
        self.goto_page = action("actionGotoPage", "Ctrl+G")
        self.zoom_in = action("actionZoomIn", StandardKey.ZoomIn, "Ctrl+=")
        self.zoom_in.setIcon(icons.zoom_in())
        self.zoom_out = action("actionZoomOut", StandardKey.ZoomOut)
        self.zoom_out.setIcon(icons.zoom_out())
        self.actual_size = action("actionActualSize", "Ctrl+0")
        self.fit_width = action("actionFitWidth", "Ctrl+1")
        self.fit_page = action("actionFitPage", "Ctrl+2")
        self.thumbnails = action("actionThumbnails", "F4", checkable=True)
        self.thumbnails.setChecked(True)
        self.signature_panel = action("actionSignaturePanel", "F8", checkable=True)
        self.next_tab = action("actionNextTab", StandardKey.NextChild, "Ctrl+PgDown")
        self.previous_tab = action("actionPreviousTab", StandardKey.PreviousChild, "Ctrl+PgUp")
        self.review_again = action("actionReviewAgain", StandardKey.Refresh, "F5",
                                   icon=sp.SP_BrowserReload)
        self.sign = action("actionSign", "Ctrl+Shift+S", icon=sp.SP_DialogApplyButton)
        self.batch_sign = action("actionBatchSign", "Ctrl+Shift+B")
        self.vault = action("actionVault", "Ctrl+Shift+V", icon=sp.SP_DriveHDIcon)
        self.settings = action("actionSettings", StandardKey.Preferences, "Ctrl+,")
        self.doctor = action("actionDoctor")
        self.cert_apply = action("actionCertApply")  # apply for a certificate (issue 6)
        self.authorisation = action("actionAuthorisation")  # authorisation letter (issue 6)
        self.seals = action("actionSeals")  # seal custody (ui/custody)
        self.seal_requests = action("actionSealRequests")
        self.seal_ledger = action("actionSealLedger")
        self.queue_run = action("actionQueueRun")
        self.about = action("actionAbout")
        self.about_qt = action("actionAboutQt")
        self.languages = QActionGroup(window)
        self.languages.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            act = QAction(name, window, checkable=True)
            act.setObjectName(f"actionLanguage_{code}")
            act.setData(code)
            self.languages.addAction(act)
            self.language_actions[code] = act
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        self.menus: dict[str, QMenu] = {}
        self.zoom_box = ZoomBox(window)
        self.page_box = PageBox(window)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)

    def build(self) -> None:
        """Put the actions into the menu bar and the tool bar."""
        bar = self.window.menuBar()
        file = self._menu(bar, "file")
        file.addAction(self.open)
        file.addMenu(self.recent_menu)
        file.addSeparator()
        file.addAction(self.export_report)
        file.addAction(self.close_tab)
        file.addSeparator()
        file.addAction(self.quit)
        edit = self._menu(bar, "edit")
        for act in (self.find, self.find_next, self.find_previous, self.goto_page):
            edit.addAction(act)
        view = self._menu(bar, "view")
        for act in (self.zoom_in, self.zoom_out, self.actual_size, self.fit_width, self.fit_page):
            view.addAction(act)
        view.addSeparator()
        for act in (self.thumbnails, self.signature_panel, self.next_tab, self.previous_tab):
            view.addAction(act)
        signatures = self._menu(bar, "signatures")
        signatures.addAction(self.sign)
        signatures.addAction(self.batch_sign)
        signatures.addSeparator()
        signatures.addAction(self.review_again)
        signatures.addAction(self.signature_panel)
        signatures.addAction(self.export_report)
        tools = self._menu(bar, "tools")
        tools.addAction(self.vault)
        tools.addAction(self.cert_apply)
        tools.addAction(self.authorisation)
        tools.addSeparator()
        for act in (self.seals, self.seal_requests, self.seal_ledger, self.queue_run):
            tools.addAction(act)
        tools.addSeparator()
        tools.addAction(self.doctor)
        tools.addSeparator()
        tools.addAction(self.settings)
        language = self._menu(bar, "language")
        for act in self.language_actions.values():
            language.addAction(act)
        help_menu = self._menu(bar, "help")
        help_menu.addAction(self.about)
        help_menu.addAction(self.about_qt)
        tb = self.toolbar
        tb.addAction(self.open)
        tb.addAction(self.sign)
        tb.addAction(self.vault)
        tb.addSeparator()
        tb.addWidget(self.page_box)
        tb.addSeparator()
        tb.addAction(self.zoom_out)
        tb.addWidget(self.zoom_box)
        tb.addAction(self.zoom_in)
        tb.addSeparator()
        tb.addAction(self.find)
        tb.addAction(self.review_again)
        self.window.addToolBar(tb)
        self.retranslate()

    def _menu(self, bar: object, key: str) -> QMenu:
        from PySide6.QtWidgets import QMenuBar

        assert isinstance(bar, QMenuBar)
        menu = bar.addMenu("")
        menu.setObjectName(f"menu_{key}")
        self.menus[key] = menu
        return menu

    def retranslate(self) -> None:
        """Texts in the current language."""
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "signatures": self.tr("&Signatures"), "language": self.tr("&Language"),
                  "tools": self.tr("&Tools"),
                  "help": self.tr("&Help")}
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        texts = {
            self.open: (self.tr("&Open…"), self.tr("Open a PDF document")),
            self.close_tab: (self.tr("&Close Document"), ""),
            self.export_report: (self.tr("&Export Review Report…"),
                                 self.tr("Save the signature review as a PDF report")),
            self.quit: (self.tr("&Quit"), ""),
            self.find: (self.tr("&Find…"), self.tr("Find text in the document")),
            self.find_next: (self.tr("Find &Next"), ""),
            self.find_previous: (self.tr("Find &Previous"), ""),
            self.goto_page: (self.tr("&Go to Page…"), ""),
            self.zoom_in: (self.tr("Zoom &In"), ""),
            self.zoom_out: (self.tr("Zoom &Out"), ""),
            self.actual_size: (self.tr("&Actual Size"), ""),
            self.fit_width: (self.tr("Fit &Width"), ""),
            self.fit_page: (self.tr("Fit &Page"), ""),
            self.thumbnails: (self.tr("&Thumbnails"), ""),
            self.signature_panel: (self.tr("&Signature Panel"), ""),
            self.next_tab: (self.tr("Ne&xt Document"), ""),
            self.previous_tab: (self.tr("Pre&vious Document"), ""),
            self.review_again: (self.tr("&Check Signatures Again"),
                                self.tr("Review the signatures of this document again")),
            self.sign: (self.tr("&Sign…"), self.tr("Place the seal and sign this document")),
            self.batch_sign: (self.tr("Sign &Many Documents…"),
                              self.tr("Sign a list of documents with one login")),
            self.vault: (self.tr("&Vault"), self.tr("The encrypted archive of signed contracts")),
            self.settings: (self.tr("&Settings…"), ""),
            self.cert_apply: (self.tr("&Apply for a Certificate…"),
                              self.tr("A new signing certificate from the platform (SMS check)")),
            self.authorisation: (self.tr("Authorisation &Letter…"),
                                 self.tr("The letter (授权书) by which the company authorises "
                                         "its agent, signed with the company seal")),
            self.doctor: (self.tr("&Diagnostics"),
                          self.tr("What this computer can do: tokens, drivers, services")),
            self.seals: (self.tr("Seal &Registry…"),
                         self.tr("The company's seals, their keys and who may use them")),
            self.seal_requests: (self.tr("Seal-use &Requests…"),
                                 self.tr("Request, approve and apply a seal")),
            self.seal_ledger: (self.tr("Seal-use &Ledger…"),
                               self.tr("Every use of each seal (用印登记簿)")),
            self.queue_run: (self.tr("Add &Timestamps to Queued Documents"),
                             self.tr("Upgrade documents sealed offline (B-B) now")),
            self.about: (self.tr("&About SealDesk"), ""),
            self.about_qt: (self.tr("About &Qt"), ""),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setToolTip(tip or text.replace("&", "").rstrip("…"))
            act.setStatusTip(tip)
        self.toolbar.setWindowTitle(self.tr("Tool bar"))
