"""Desktop-app timings: launch, first page of a 500-page PDF, scrolling, GUI-thread stalls.

    make gui-bench      # xvfb-run -a .venv/bin/python -m bench.gui_bench [--runs 5]

Every measurement runs in a fresh process under the real X11 (xcb) platform, the way a user
starts the app: the clock starts in the parent just before the process is spawned.

* launch: ``sealdesk`` with no file until the window is shown and the event loop is idle, then
  the longest GUI-thread stall in the next 2 s (background imports, token scan);
* first page: ``sealdesk gui big.pdf`` until page 1 of a 500-page contract is painted;
* scrolling: the view scrolled at 3,000 px/s (fast reading) and 20,000 px/s (a fling) for 4 s;
  frames painted per second (a frame is tried every 8 ms) and the share of frames that showed
  a page not yet rendered (blank);
* stalls: a 5 ms heartbeat on the GUI thread while (a) the 500-page PDF opens and is searched,
  (b) a signed contract is reviewed (first review: the review worker starts too); the longest
  gap is the longest time the window could not respond.

Seen from outside, the same way for SealDesk and its peers (evince, okular, when installed;
needs xdotool): time until the window maps and until text of the first page is on screen.
The numbers move with the machine's load: run it on an idle machine and look at min–max.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "_data"
SCROLL_SPEED = {"scroll": 3000, "scroll-fast": 20000}  # px/s: reading fast; flinging
SCROLL_SECONDS = 4.0


# --- children (one measurement each, result as one JSON line on stdout) -----------------------

def _child(mode: str, files: list[str]) -> None:
    t0 = float(os.environ["BENCH_T0"])
    from ui.pdf_view.render_client import RenderProcess

    process = RenderProcess()  # as `sealdesk gui` does (app/cli/gui_cmd.py): before Qt loads
    from PySide6.QtCore import QEvent, QObject, QTimer

    from ui.app import build_window, create_application

    app = create_application(["sealdesk"])
    result: dict[str, float | int | str] = {}

    def done() -> None:
        print(json.dumps(result), flush=True)
        app.quit()

    if mode == "launch":  # then 2 s of an idle window: the background imports must not freeze it
        window = build_window([], token_scan=None, render_process=process)
        idle: list[float] = []
        pulse = QTimer(interval=5)
        pulse.timeout.connect(lambda: idle.append(time.perf_counter()))

        def interactive() -> None:
            result.update(seconds=time.time() - t0)
            pulse.start()
            QTimer.singleShot(2000, lambda: (result.update(idle_gap_ms=1000 * max(
                (b - a for a, b in zip(idle, idle[1:], strict=False)), default=0.0)), done()))

        QTimer.singleShot(0, interactive)
        app.exec()
        return
    opens_later = mode in ("stall-review", "stall-open")  # the window first, idle, then the file
    window = build_window([] if opens_later else files, token_scan=None,
                          render_process=process)
    if mode == "stall-review":
        from ui.review import ReviewSettings

        window.services.review = ReviewSettings(offline=True)

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.paints = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

    beats: list[float] = []
    heart = QTimer(interval=5)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))

    def longest_gap() -> float:
        return max((b - a for a, b in zip(beats, beats[1:], strict=False)), default=0.0)

    def first_page_painted() -> None:
        tab = window.current_tab()
        view = tab.view
        width = view._device_size(0)[0] if view.page_layout.boxes else 0
        if view.cache.get(0, width) is None:
            QTimer.singleShot(2, first_page_painted)
            return
        view.viewport().repaint()  # painted now, with the page
        result["seconds"] = time.time() - t0
        if mode == "first-page":
            done()
        elif mode in SCROLL_SPEED:
            QTimer.singleShot(300, lambda: scroll(view))
        elif mode == "stall-open":
            search(tab)

    def scroll(view: object) -> None:
        counter = PaintCounter()
        view.viewport().installEventFilter(counter)  # type: ignore[attr-defined]
        bar = view.verticalScrollBar()  # type: ignore[attr-defined]
        start, began = bar.value(), time.perf_counter()
        blank = frames = 0
        ticker = QTimer(interval=8)

        def tick() -> None:
            nonlocal blank, frames
            elapsed = time.perf_counter() - began
            bar.setValue(start + int(elapsed * SCROLL_SPEED[mode]))
            view.viewport().repaint()  # type: ignore[attr-defined]
            frames += 1
            top = bar.value()
            layout = view.page_layout  # type: ignore[attr-defined]
            pages = layout.visible(top, top + view.viewport().height())  # type: ignore[attr-defined]
            if any(view.cache.nearest(p, 1) is None for p in pages):  # type: ignore[attr-defined]
                blank += 1
            if elapsed >= SCROLL_SECONDS:
                ticker.stop()
                result.update(fps=counter.paints / elapsed, frames=frames,
                              blank_share=blank / max(1, frames),
                              pages=len(layout.visible(start, bar.value())))
                done()

        ticker.timeout.connect(tick)
        ticker.start()

    def search(tab: object) -> None:
        search_started = time.perf_counter()
        tab.search.finished.connect(  # type: ignore[attr-defined]
            lambda: (result.update(search_seconds=time.perf_counter() - search_started,
                                   longest_gap_ms=longest_gap() * 1000), done()))
        tab.search.start("Party")  # type: ignore[attr-defined]

    def open_reviewed() -> None:
        heart.start()
        started = time.perf_counter()
        [tab] = window.open_paths(files)
        tab.reviewed.connect(lambda: (result.update(
            review_seconds=time.perf_counter() - started, longest_gap_ms=longest_gap() * 1000,
            integrity=tab.report.integrity.value if tab.report else "none"), done()))

    def open_big() -> None:
        heart.start()
        window.open_paths(files)
        first_page_painted()

    if mode == "stall-review":
        QTimer.singleShot(500, open_reviewed)
    elif mode == "stall-open":
        QTimer.singleShot(500, open_big)
    else:
        QTimer.singleShot(0, first_page_painted)
    app.exec()


# --- parent -----------------------------------------------------------------------------------

def _run_child(mode: str, files: list[str]) -> dict[str, float]:
    time.sleep(2.0)  # let the previous run's review workers end: they would take CPU from this one
    env = dict(os.environ, BENCH_T0=repr(time.time()))
    env.setdefault("SEALDESK_HOME", tempfile.mkdtemp(prefix="sealdesk-guibench-"))
    proc = subprocess.run([sys.executable, "-m", "bench.gui_bench", "--child", mode, *files],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{mode} failed: {proc.stderr[-2000:]}")
    result: dict[str, float] = json.loads(lines[-1])
    return result


def _seen_from_outside(argv: list[str]) -> tuple[float, float] | None:
    """(window mapped, first page visible) in seconds, watching the screen like a user would.

    The same for every viewer: start it, wait for its window (xdotool), then grab the middle of
    the window every 10 ms until text shows (dark pixels on the page).
    """
    xdotool = shutil.which("xdotool")
    if xdotool is None or shutil.which(argv[0]) is None:
        return None
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication(["gui_bench"])
    screen = app.primaryScreen()  # type: ignore[attr-defined]
    env = dict(os.environ, SEALDESK_HOME=tempfile.mkdtemp(prefix="sealdesk-guibench-"))
    started = time.time()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        window = ""
        while not window and time.time() - started < 30:  # xdotool --sync polls at 2 Hz: too coarse
            window = subprocess.run([xdotool, "search", "--onlyvisible", "--pid", str(proc.pid)],
                                    capture_output=True, text=True, timeout=10).stdout.strip()
            if not window:
                time.sleep(0.03)  # each xdotool run costs CPU the viewer needs
        mapped = time.time() - started
        window = window.split()[0]
        shell = subprocess.run([xdotool, "getwindowgeometry", "--shell", window],
                               capture_output=True, text=True, timeout=10).stdout
        geo = dict(line.split("=", 1) for line in shell.split())
        x, y, w, h = (int(geo[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        dark = bytes(range(256)).translate(bytes(1 if b < 96 else 0 for b in range(256)))
        while time.time() - started < 30:
            image = screen.grabWindow(0, x + w // 4, y + h // 4, w // 2, h // 2).toImage()
            grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
            pixels = bytes(grey.constBits()).translate(dark)
            if pixels.count(1) > 1500:  # lines of text, not a cursor or a frame
                return mapped, time.time() - started
            time.sleep(0.01)
        return mapped, float("nan")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _big_pdf(folder: Path) -> Path:
    import pymupdf

    from app.demo.contract import sample_contract_bytes

    path = folder / "contract-500.pdf"
    src = pymupdf.open(stream=sample_contract_bytes(pages=99), filetype="pdf")
    doc = pymupdf.open()
    while doc.page_count < 500:
        doc.insert_pdf(src, to_page=min(98, 500 - doc.page_count - 1))
    doc.save(path, garbage=3, deflate=True)
    return path


def _signed_pdf(folder: Path) -> Path:
    from app.demo.run import run_demo

    os.environ.setdefault("SEALDESK_HOME", str(folder / "home"))
    return run_demo(folder / "demo").signed


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} (min {min(values):.3f}, max {max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.files)
        return 0
    if not os.environ.get("DISPLAY"):
        print("gui_bench needs an X display: run it with xvfb-run (make gui-bench)",
              file=sys.stderr)
        return 2
    # byte-compile first, as an install does (this environment may set PYTHONDONTWRITEBYTECODE)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app", "crypto", "ui"], cwd=ROOT,
                   env=dict(os.environ, PYTHONDONTWRITEBYTECODE=""), check=False,
                   capture_output=True)
    work = Path(tempfile.mkdtemp(prefix="sealdesk-guibench-"))
    big, signed = _big_pdf(work), _signed_pdf(work)
    runs = args.runs
    launched = [_run_child("launch", []) for _ in range(runs)]
    launch = [r["seconds"] for r in launched]
    first = [_run_child("first-page", [str(big)])["seconds"] for _ in range(runs)]
    scroll = [_run_child("scroll", [str(big)]) for _ in range(runs)]
    fling = [_run_child("scroll-fast", [str(big)]) for _ in range(runs)]
    opening = [_run_child("stall-open", [str(big)]) for _ in range(runs)]
    review = [_run_child("stall-review", [str(signed)]) for _ in range(runs)]
    outside: dict[str, list[tuple[float, float]]] = {}
    viewers = {"SealDesk (sealdesk gui)": [str(ROOT / ".venv" / "bin" / "sealdesk"), "gui"],
               "evince": ["evince"], "okular": ["okular"]}
    for label, argv in viewers.items():
        seen = [_seen_from_outside([*argv, str(big)]) for _ in range(runs)]
        if all(s is not None for s in seen):
            outside[label] = [s for s in seen if s is not None]
    rows = [
        ("launch → interactive window (s)", _median(launch)),
        ("first 2 s after launch, window idle: longest GUI-thread stall (ms)",
         _median([r["idle_gap_ms"] for r in launched])),
        ("launch → first page of a 500-page PDF painted (s)", _median(first)),
        ("scrolling at 3,000 px/s: frames painted per second",
         _median([r["fps"] for r in scroll])),
        ("scrolling: share of frames showing a blank (not yet rendered) page",
         _median([r["blank_share"] for r in scroll])),
        ("flinging at 20,000 px/s (13 pages/s): frames painted per second",
         _median([r["fps"] for r in fling])),
        ("flinging: share of frames showing a blank page", _median([r["blank_share"]
                                                                for r in fling])),
        ("open 500 pages + search them all: longest GUI-thread stall (ms)",
         _median([r["longest_gap_ms"] for r in opening])),
        ("search of 500 pages (s)", _median([r["search_seconds"] for r in opening])),
        ("review of a signed contract, first in the process (s)",
         _median([r["review_seconds"] for r in review])),
        ("review: longest GUI-thread stall (ms)", _median([r["longest_gap_ms"] for r in review])),
    ]
    for label in viewers:
        if label not in outside:
            rows.append((f"{label}: seen from outside", "not installed"))
            continue
        rows.append((f"{label}, seen from outside: launch → window mapped (s)",
                     _median([m for m, _ in outside[label]])))
        rows.append((f"{label}, seen from outside: launch → first page text on screen (s)",
                     _median([p for _, p in outside[label]])))
    print(f"| measurement, median of {runs} | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    DATA.mkdir(parents=True, exist_ok=True)
    out = DATA / f"gui-results-{time.strftime('%Y-%m-%dT%H%M%S')}.json"
    out.write_text(json.dumps({"launch": launched, "first_page": first, "scroll": scroll,
                               "fling": fling, "open_search": opening, "review": review,
                               "outside": outside}, indent=2))
    print(f"\nJSON: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
