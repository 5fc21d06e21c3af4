"""Screenshots of every screen and dialog of the desktop app, in Chinese and in English.

    make screenshots                      # runs this under Xvfb, PNGs in out/screenshots/
    xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python tools/screenshots.py [--out DIR]

Samples are made on the fly: signed contracts from the review corpus (a valid one, one changed
after signing, a manipulated one) signed with a fresh test PKI whose services run on 127.0.0.1
while the app checks them, and a 500-page contract.  ``--no-system-fonts`` hides every system
font from Qt (as on a computer without a Chinese font): only the bundled one is left.
Whole-screen grabs, so menus and dialogs appear in context.  Look at them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.screenshots_flows import flows_script, prepare_token  # noqa: E402

SCREEN = (1280, 860)
SAMPLES = ("legit_bb", "legit_p2_fill", "eaa_p2_freetext")
Wait = Callable[[], bool]


def make_samples(folder: Path) -> tuple[dict[str, Path], object, object]:
    """Signed samples (the PKI server keeps running for revocation checks) and a 500-page PDF."""
    import pymupdf

    from app.demo.contract import sample_contract_bytes
    from crypto.pki import PkiServer, generate_pki
    from tests.data.review.make_corpus import build_corpus

    server = PkiServer(host="127.0.0.1", port=0)
    pki = generate_pki(server.base_url)
    server.serve(pki)
    samples = build_corpus(folder, pki, tsa_url=server.tsa_url, names=SAMPLES)
    big = folder / "采购合同-500页.pdf"
    src = pymupdf.open(stream=sample_contract_bytes(pages=99), filetype="pdf")
    doc = pymupdf.open()
    while doc.page_count < 500:
        doc.insert_pdf(src, to_page=min(98, 500 - doc.page_count - 1))
    doc.save(big, garbage=3, deflate=True)
    samples["big"] = big
    renamed = {}
    names = {"legit_bb": "销售合同-已签署.pdf", "legit_p2_fill": "订货单-签署后填写.pdf",
             "eaa_p2_freetext": "付款确认-被篡改.pdf", "big": big.name}
    for key, path in samples.items():
        target = folder / names[key]
        path.rename(target)
        renamed[key] = target
    return renamed, server, pki


class Director:
    """Runs one screenshot script: each step yields a condition to wait for, then grabs."""

    def __init__(self, out: Path, script: Iterator[Wait | str]) -> None:
        from PySide6.QtCore import QTimer

        self.out = out
        self.script = script
        self.taken: list[Path] = []
        self.failed: str | None = None
        self._wait: Wait | None = None
        self._deadline = 0.0
        self._timer = QTimer(interval=40)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()

    def _tick(self) -> None:
        if self._wait is not None:
            if not self._wait():
                if time.monotonic() > self._deadline:
                    self.failed = "timed out"
                    self._finish()
                return
            self._wait = None
        try:
            step = next(self.script)
        except StopIteration:
            self._finish()
            return
        if isinstance(step, str):
            self._grab(step)
        else:
            self._wait, self._deadline = step, time.monotonic() + 90

    def _grab(self, name: str) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.processEvents()
        screen = QGuiApplication.primaryScreen()
        path = self.out / f"{len(self.taken) + 1:02d}-{name}.png"
        screen.grabWindow(0).save(str(path))
        self.taken.append(path)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}", flush=True)

    def _finish(self) -> None:
        from PySide6.QtWidgets import QApplication

        self._timer.stop()
        QApplication.instance().quit()


def settle(ms: int = 400) -> Wait:
    until = time.monotonic() + ms / 1000
    return lambda: time.monotonic() >= until


def rendered(tab: object) -> Wait:
    def done() -> bool:
        view = tab.view  # type: ignore[attr-defined]
        if view.info is None:
            return False
        top = view.verticalScrollBar().value()
        pages = view.page_layout.visible(top, top + view.viewport().height())
        return all(view.cache.get(p, view._device_size(p)[0]) is not None for p in pages)
    return done


def script(window: object, samples: dict[str, Path], language: str) -> Iterator[Wait | str]:
    """Every screen and dialog, in order."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.token_status import TokenStatus
    from ui.pdf_view.layout import ZoomMode

    win = window
    yield settle(600)
    yield "welcome"
    win.acts.menus["file"].popup(win.mapToGlobal(QPoint(8, win.menuBar().height())))
    yield settle()
    yield "menu-file"
    win.acts.menus["file"].hide()
    win.acts.menus["language"].popup(win.mapToGlobal(QPoint(200, win.menuBar().height())))
    yield settle()
    yield "menu-language"
    win.acts.menus["language"].hide()
    dialog = QFileDialog(win, win.tr("Open PDF documents"), str(samples["big"].parent))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setNameFilter("PDF (*.pdf)")
    dialog.open()
    yield settle(800)
    yield "dialog-open-file"
    dialog.reject()

    [tab] = win.open_paths([samples["legit_bb"]])
    yield lambda: tab.report is not None
    yield rendered(tab)
    yield settle()
    yield "signed-valid"
    win.tokens_fake(TokenStatus(("财务 UKey",), "pin_count_low", "财务 UKey"))
    yield settle(200)

    [tab] = win.open_paths([samples["legit_p2_fill"]])
    yield lambda: tab.report is not None
    yield rendered(tab)
    yield settle()
    yield "signed-changed-after-signing"
    tab.panel.cards[0].showSignedVersion.emit(tab.panel.cards[0].field)
    yield lambda: win.tabs.count() == 3 and win.current_tab().info is not None
    yield rendered(win.current_tab())
    yield settle()
    yield "signed-version"

    [tab] = win.open_paths([samples["eaa_p2_freetext"]])
    yield lambda: tab.report is not None
    yield rendered(tab)
    yield settle()
    yield "signed-manipulated"

    [tab] = win.open_paths([samples["big"]])
    yield rendered(tab)
    yield settle()
    yield "500-pages"
    tab.view.goto_page(212)
    tab.view.set_zoom_mode(ZoomMode.FIT_PAGE)
    yield rendered(tab)
    yield settle()
    yield "fit-page"
    tab.view.set_zoom(2.0)
    yield rendered(tab)
    yield settle()
    yield "zoom-200"
    tab.view.set_zoom_mode(ZoomMode.FIT_WIDTH)
    win.acts.find.trigger()
    tab.search_bar.edit.setText("质量" if language == "zh_CN" else "quality")
    yield lambda: not tab.search.running and bool(tab.search.hits)
    yield rendered(tab)
    yield settle()
    yield "search"

    bogus = samples["big"].parent / "not-a-pdf.pdf"
    bogus.write_text("hello")
    win.open_paths([bogus])
    yield lambda: any(b.isVisible() for b in win.findChildren(QMessageBox))
    yield settle()
    yield "dialog-error"
    for box in win.findChildren(QMessageBox):
        box.close()

    job = win.services.jobs.run(win, _slow, label=tab.tr("Writing the report…"),
                                cancellable=True)
    yield settle(900)
    yield "dialog-progress"
    job.cancel()
    yield lambda: job.done

    about = win.show_about()
    yield settle()
    yield "dialog-about"
    about.close()

    from tools.screenshots_compliance import compliance_screens  # issue 6's dialogs

    yield from compliance_screens(win, language, win.services.jobs, settle)
    from tools.screenshots_company import company_screens  # Tools → Authorisation letter

    yield from company_screens(win, language, win.services.jobs, settle)

    yield from flows_script(win, samples, language)


def _slow(ctx: object) -> None:
    for i in range(100):
        ctx.check()  # type: ignore[attr-defined]
        ctx.progress(i, 100)  # type: ignore[attr-defined]
        time.sleep(0.05)


def run_language(language: str, samples: dict[str, Path], root: bytes, out: Path,
                 token_module: str | None = None) -> list[Path]:
    from app.preferences import Preferences
    from ui import i18n
    from ui.app import create_application
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow
    from ui.pdf_view.renderer import RenderService
    from ui.review import ReviewSettings
    from ui.services import Services

    app = create_application(["sealdesk"])
    i18n.install(language)
    services = Services(JobRunner(), RenderService(), ReviewSettings(extra_roots=(root,)),
                        token_scan=None)
    recent = tuple(str(p) for p in samples.values())
    modules = (token_module,) if token_module else ()
    window = MainWindow(services, Preferences(language, recent, pkcs11_modules=modules,
                                              tsa_url="https://tsa.example.com/tsr"))
    window.tokens_fake = window.status.set_token_status  # type: ignore[attr-defined]
    window.setGeometry(0, 0, *SCREEN)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    director = Director(out, script(window, samples, language))
    director.start()
    app.exec()
    window.close()
    services.shutdown()
    if director.failed:
        raise SystemExit(f"screenshots ({language}): {director.failed} after "
                         f"{len(director.taken)} screens")
    return director.taken



def standalone(description: str, name: str, screens: Callable[..., Iterator[Wait | str]]) -> int:
    """``main`` of a screenshot module run on its own: ``screens(window, language, jobs,
    settle)`` over a fresh main window, in Chinese and English, PNGs in out/screenshots/."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", default=str(ROOT / "out" / "screenshots"))
    parser.add_argument("--lang", action="append", choices=("zh_CN", "en"))
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("screenshots need an X display: run them with xvfb-run", file=sys.stderr)
        return 2
    os.environ["SEALDESK_HOME"] = tempfile.mkdtemp(prefix="sealdesk-shots-home-")
    from app.preferences import Preferences
    from ui import i18n
    from ui.app import create_application
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow
    from ui.pdf_view.renderer import RenderService
    from ui.services import Services

    app = create_application(["sealdesk"])
    for language in args.lang or ["zh_CN", "en"]:
        i18n.install(language)
        jobs = JobRunner()
        services = Services(jobs, RenderService(), token_scan=None)
        window = MainWindow(services, Preferences(language))
        window.setGeometry(0, 0, *SCREEN)
        window.show()
        out = Path(args.out) / language
        out.mkdir(parents=True, exist_ok=True)
        director = Director(out, screens(window, language, jobs, settle))
        director.start()
        app.exec()
        window.close()
        services.shutdown()
        if director.failed:
            raise SystemExit(f"{name} screenshots ({language}): {director.failed}")
    return 0

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "out" / "screenshots"))
    parser.add_argument("--lang", action="append", choices=("zh_CN", "en"))
    parser.add_argument("--no-system-fonts", action="store_true",
                        help="hide the system's fonts (a computer without a Chinese font)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("screenshots need an X display: run them with xvfb-run (make screenshots)",
              file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="sealdesk-shots-"))
    os.environ["SEALDESK_HOME"] = str(work / "home")
    if args.no_system_fonts:
        conf = work / "fonts.conf"
        conf.write_text("<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'>"
                        f"<fontconfig><cachedir>{work}/fc</cachedir></fontconfig>")
        os.environ["FONTCONFIG_FILE"] = str(conf)
    samples, server, pki = make_samples(work / "docs")
    root = pki.root.cert.dump()  # type: ignore[attr-defined]
    token_module = prepare_token(work / "token", pki)
    try:
        for language in args.lang or ["zh_CN", "en"]:
            suffix = "-no-system-fonts" if args.no_system_fonts else ""
            print(f"{language}{suffix}:", flush=True)
            run_language(language, samples, root, Path(args.out) / f"{language}{suffix}",
                         token_module)
    finally:
        server.stop()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
