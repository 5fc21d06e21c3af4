"""Start the desktop app: ``sealdesk``, ``sealdesk gui [FILE...]`` and the demo call :func:`run`.

Start-up does the least it can before the window shows: Qt, PyMuPDF and the bundled CJK font;
the review engine and pyHanko are imported later, on worker threads, when a document needs them.
"""

from __future__ import annotations

import gc
import logging
import logging.handlers
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from app import __version__, preferences
from app.paths import data_home, ensure_private_dir
from app.token_status import TokenStatus, token_status
from ui import fonts, i18n, presenter
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.pdf_view.render_client import RenderProcess
from ui.pdf_view.renderer import RenderService
from ui.review import ReviewSettings
from ui.services import Services

log = logging.getLogger("sealdesk.ui")

TokenScan = Callable[[], TokenStatus]
PRELOAD_DELAY_MS = 300
GIL_SWITCH_S = 0.001


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication with SealDesk's names, icon and CJK font fallback (created once)."""
    existing = QApplication.instance()
    if existing is None:  # fractional scales (150 %) stay fractional: sharp, not rounded
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = existing if isinstance(existing, QApplication) else QApplication([*argv] or ["sealdesk"])
    QCoreApplication.setOrganizationName("SealDesk")
    QCoreApplication.setApplicationName("SealDesk")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("sealdesk")
    fonts.install_cjk_fallback(app)
    # Python work on worker threads (pyHanko, fontTools) hands the interpreter lock back to the
    # GUI thread every 1 ms instead of 5: on a busy two-core machine a 5 ms interval let a
    # signing job hold off the GUI for 50 ms and more.
    sys.setswitchinterval(GIL_SWITCH_S)
    # drawing the icon loads the CJK font's glyphs (~60 ms): once the window is up
    QTimer.singleShot(0, lambda: app.setWindowIcon(app_icon()))
    return app


def build_window(files: Sequence[str | Path] = (), *, trust_files: Sequence[str] = (),
                 trust_roots: Sequence[bytes] = (),
                 token_scan: TokenScan | None = token_status,
                 render_process: RenderProcess | None = None) -> MainWindow:
    """Load the preferences and language, create the services and show the main window."""
    prefs = preferences.load()
    i18n.install(prefs.language)
    app = QCoreApplication.instance()
    settings = ReviewSettings(trust_files=(*prefs.trust_anchors, *trust_files),
                              extra_roots=tuple(trust_roots))
    services = Services(JobRunner(app), RenderService(app, render_process), settings, token_scan)
    window = MainWindow(services, prefs)
    window.show()
    if files:
        window.open_paths(files)
    # soon after the window is up (importing during start-up delays the window by ~0.2 s on a
    # busy two-core machine; importing on the GUI thread at the first verdict freezes it ~0.1 s)
    QTimer.singleShot(PRELOAD_DELAY_MS, lambda: services.jobs.run(None, lambda ctx: _preload(),
                                                                  pool="preload"))
    return window


def _preload() -> None:
    """Import, off the GUI thread, what the first verdict and the first signature need.

    A first import holds the interpreter lock while extension modules initialise (pyHanko's
    dependencies, fontTools, Pillow, cryptography's bindings): done here, at start-up, it never
    freezes the window in the middle of a sign flow or a review.
    """
    import app.review.report_pdf  # noqa: F401 - the verdict colours and words
    import app.signing.runner  # noqa: F401 - the signing core
    import crypto.pades.engine  # noqa: F401
    import crypto.review.engine  # noqa: F401
    import crypto.seal.appearance  # noqa: F401 - seal drawing: fontTools, Pillow
    import crypto.tokens.pkcs11.peek  # noqa: F401 - certificates without login

    # Everything loaded so far lives as long as the app: out of the garbage collector's way.
    # Otherwise each full collection walks Qt's, pyHanko's and fontTools' objects with the
    # interpreter lock held — 50–80 ms in which the window cannot repaint (measured while
    # signing, bench/sign_flow_stall.py).  (No collection first: that would be such a pause.)
    gc.freeze()


def run(files: Sequence[str | Path] = (), *, trust_files: Sequence[str] = (),
        trust_roots: Sequence[bytes] = (), render_process: RenderProcess | None = None) -> int:
    """Run the app until its window closes; the exit code for the shell."""
    _log_to_file()
    app = create_application(sys.argv[:1])
    window = build_window(files, trust_files=trust_files, trust_roots=trust_roots,
                          render_process=render_process)
    _present_uncaught(window)
    app.aboutToQuit.connect(window.services.shutdown)
    return int(app.exec())


def open_files(paths: Sequence[str | Path], trust_files: Sequence[str] = ()) -> None:
    """Show ``paths`` in the app (used by ``sealdesk demo``); returns when the window closes."""
    run(paths, trust_files=trust_files)


def app_icon() -> QIcon:
    """A red seal: a ring around 印."""
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        red = QColor(200, 30, 30)
        painter.setPen(QPen(red, max(1.0, size / 14)))
        margin = size / 14
        painter.drawEllipse(pixmap.rect().toRectF().adjusted(margin, margin, -margin, -margin))
        font = QFont(fonts.cjk_family() or "")
        font.setPixelSize(round(size * 0.55))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(red)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "印")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _log_to_file() -> None:
    """Warnings and errors (with traces of our bugs) go to ``<data home>/logs/desktop.log``."""
    folder = ensure_private_dir(data_home() / "logs")
    handler = logging.handlers.RotatingFileHandler(folder / "desktop.log", maxBytes=1_000_000,
                                                   backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)


def _present_uncaught(window: MainWindow) -> None:
    """An exception nobody caught (in a slot) is our bug: log the trace, show a sentence."""
    def hook(kind: type[BaseException], value: BaseException,
             trace: TracebackType | None) -> None:
        if not isinstance(value, Exception):
            sys.__excepthook__(kind, value, trace)
            return
        presenter.show_error(window, value)  # logs the trace: an uncaught error is our bug

    sys.excepthook = hook
