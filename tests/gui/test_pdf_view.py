"""The PDF view on a 500-page contract: lazy rendering off the GUI thread, zoom, thumbnails,
search with highlights, smooth scrolling, sharp pages on high-DPI screens."""

from __future__ import annotations

import pymupdf
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import open_and_wait
from ui.pdf_view.layout import GAP, PX_PER_PT, ZoomMode

pytestmark = pytest.mark.gui


@pytest.fixture
def big(qtbot, window, contract_500):
    tab = open_and_wait(qtbot, window, contract_500, reviewed=False)
    qtbot.waitUntil(lambda: tab.view.cache.get(0, tab.view._device_size(0)[0]) is not None,
                    timeout=10_000)
    return tab


def test_pages_render_in_the_render_process_never_on_the_gui_thread(qtbot, big,
                                                                   services) -> None:
    import os

    from ui.pdf_view.render_process import process_id

    assert big.info.page_count == 500
    assert services.renderer.render_threads == {"sealdesk-render"}
    pids = []
    services.renderer.call(big.info.doc_id, process_id, (), None, pids.append)
    qtbot.waitUntil(lambda: bool(pids), timeout=5000)
    assert pids[0] != os.getpid()


def test_only_render_process_functions_can_be_called(services) -> None:
    with pytest.raises(ValueError):
        services.renderer.call(1, len, (), None, None)


def test_only_what_is_on_screen_is_rendered(qtbot, big, services) -> None:
    qtbot.wait(300)  # let the thumbnails and the pages ahead settle
    assert services.renderer.rendered < 40  # a screenful of pages and thumbnails, not 500
    before = services.renderer.rendered
    big.view.goto_page(249)
    width = big.view._device_size(249)[0]
    qtbot.waitUntil(lambda: big.view.cache.get(249, width) is not None, timeout=10_000)
    assert big.view.current_page in (248, 249)
    assert big.view.cache.get(150, width) is None  # jumped over, never rendered
    assert services.renderer.rendered - before < 40


def test_fit_page_shows_the_current_page_whole(qtbot, big) -> None:
    big.view.goto_page(212)
    big.view.set_zoom_mode(ZoomMode.FIT_PAGE)
    box = big.view.page_layout.boxes[212]
    top = big.view.verticalScrollBar().value()
    assert top <= box.y and box.bottom <= top + big.view.viewport().height()
    assert big.view.current_page == 212


def test_fit_width_fit_page_and_percent(qtbot, window, big) -> None:
    view = big.view
    viewport = view.viewport().size()
    view.set_zoom_mode(ZoomMode.FIT_WIDTH)
    assert view.page_layout.boxes[0].width == pytest.approx(viewport.width() - 2 * GAP, abs=2)
    view.set_zoom_mode(ZoomMode.FIT_PAGE)
    box = view.page_layout.boxes[0]
    assert box.height <= viewport.height() - 2 * GAP + 1
    assert box.width <= viewport.width() - 2 * GAP + 1
    view.set_zoom(1.5)
    assert view.zoom_mode is ZoomMode.CUSTOM
    assert view.page_layout.boxes[0].width == round(595.28 * 1.5 * PX_PER_PT)
    window.acts.zoom_box.show_zoom(view.zoom_mode, view.zoom)
    assert window.acts.zoom_box.currentText() == "150%"
    window.acts.zoom_in.trigger()
    assert view.zoom == 2.0
    window.acts.fit_width.trigger()
    assert view.zoom_mode is ZoomMode.FIT_WIDTH
    assert window.acts.zoom_box.currentText().startswith("Fit width")


def test_zooming_keeps_the_page_you_read(qtbot, big) -> None:
    big.view.goto_page(100)
    big.view.set_zoom(2.0)
    assert big.view.current_page in (99, 100, 101)
    centre = big.view.verticalScrollBar().value() + big.view.viewport().height() // 2
    assert big.view.page_layout.page_at(centre) in (99, 100, 101)


def test_ctrl_wheel_zooms_and_the_wheel_scrolls_smoothly(qtbot, big) -> None:
    view = big.view
    view.set_zoom(1.0)
    centre = QPointF(view.viewport().rect().center())
    global_pos = QPointF(view.viewport().mapToGlobal(centre.toPoint()))

    def wheel(delta: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        event = QWheelEvent(centre, global_pos, QPoint(0, 0), QPoint(0, delta),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(view.viewport(), event)

    wheel(120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.25
    qtbot.wait(100)  # the horizontal scroll bar appears at this zoom: let the view settle
    start = view.verticalScrollBar().value()
    wheel(-120)
    wheel(-120)  # a second notch while the first animates: the target adds up
    assert view.verticalScrollBar().value() < start + 10  # animated, not a jump
    step = QApplication.wheelScrollLines() * 40
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() == start + 2 * step, timeout=2000)


def test_keys_page_through_the_document(qtbot, big) -> None:
    view = big.view
    view.setFocus()
    start = view.verticalScrollBar().value()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    target = start + view.viewport().height() - 40
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() == target, timeout=2000)
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: view.current_page == 499, timeout=2000)


def test_thumbnails_are_lazy_and_take_you_to_the_page(qtbot, big) -> None:
    thumbs = big.thumbnails
    model = thumbs.model_
    qtbot.waitUntil(lambda: model.cache.get(0, model.device_size(0)[0]) is not None,
                    timeout=10_000)
    assert len(model.cache) < 30  # only the thumbnails on screen
    thumbs.pageActivated.emit(41)
    assert big.view.current_page in (40, 41)
    qtbot.waitUntil(lambda: thumbs.currentIndex().row() in (40, 41), timeout=2000)
    qtbot.waitUntil(lambda: model.cache.get(41, model.device_size(41)[0]) is not None,
                    timeout=10_000)
    big.view.goto_page(300)  # the list follows the view and renders what it shows
    qtbot.waitUntil(lambda: thumbs.currentIndex().row() in (299, 300, 301), timeout=2000)
    shown = thumbs.visible_rows()
    assert 300 in shown and len(shown) < 30
    qtbot.waitUntil(lambda: all(model.cache.get(p, model.device_size(p)[0]) is not None
                                for p in (299, 300, 301)), timeout=10_000)


def test_search_highlights_every_hit_and_steps_through_them(qtbot, window, big,
                                                          contract_500) -> None:
    window.acts.find.trigger()
    assert big.search_bar.isVisible()
    big.search_bar.edit.setText("Party B")
    qtbot.waitUntil(lambda: not big.search.running and bool(big.search.hits), timeout=20_000)
    hits = big.search.hits
    doc = pymupdf.open(contract_500)  # an independent count
    assert len(hits) == sum(len(page.search_for("Party B")) for page in doc)
    assert {page for page, _ in hits} >= {0, 98, 495}
    assert big.search_bar.status.text() == f"1 of {len(hits)}"
    first = big.search.selected
    assert first is not None and first[0] == 0
    assert big.view._matches[0]  # highlighted on the page
    window.acts.find_next.trigger()
    assert big.search.selected == hits[1]
    assert big.search_bar.status.text() == f"2 of {len(hits)}"
    middle = len(hits) // 2
    for _ in range(middle - 1):
        window.acts.find_next.trigger()
    page, rect = big.search.selected
    assert page == hits[middle][0]
    area = big.view._to_view(page, rect)  # the selected hit is on screen
    top = big.view.verticalScrollBar().value()
    assert top <= area.top() and area.bottom() <= top + big.view.viewport().height()
    for _ in range(middle + 1):
        window.acts.find_previous.trigger()
    assert big.search.selected == hits[-1]  # wraps around
    page = hits[-1][0]
    qtbot.waitUntil(lambda: big.view.current_page in (page - 1, page, page + 1), timeout=2000)
    qtbot.keyClick(big.search_bar.edit, Qt.Key.Key_Escape)
    assert not big.search_bar.isVisible() and big.view._matches == {}


def test_search_finds_chinese_text_and_says_when_nothing_matches(qtbot, big) -> None:
    big.search.start("质量标准")
    qtbot.waitUntil(lambda: not big.search.running, timeout=20_000)
    assert big.search.hits
    big.search_bar.show()
    big.search.start("no such words anywhere")
    qtbot.waitUntil(lambda: not big.search.running, timeout=20_000)
    big.search_bar.show_status(big.search)
    assert big.search.hits == [] and big.search_bar.status.text() == "No matches"


def test_pages_are_rendered_at_device_pixels_on_high_dpi_screens(qtbot, big, monkeypatch) -> None:
    view = big.view
    monkeypatch.setattr(view, "device_pixel_ratio", lambda: 2.0)
    view.goto_page(3)
    box = view.page_layout.boxes[3]
    qtbot.waitUntil(lambda: view.cache.get(3, box.width * 2) is not None, timeout=10_000)
    image = view.cache.get(3, box.width * 2)
    assert (image.width(), image.height()) == (box.width * 2, box.height * 2)


def test_a_real_high_dpi_screen_gets_pages_at_twice_the_pixels(contract_template, tmp_path) -> None:
    """Qt scaled ×2 (as on a 4K laptop): the view asks for, and draws, device pixels."""
    import subprocess
    import sys

    from tests.gui.conftest import ROOT

    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from ui.app import build_window, create_application\n"
        "def main():\n"
        "    app = create_application(['t'])\n"
        "    win = build_window([sys.argv[1]], token_scan=None)\n"
        "    tab = win.current_tab()\n"
        "    def check():\n"
        "        view = tab.view\n"
        "        if view.info is None or not view.page_layout.boxes:\n"
        "            return QTimer.singleShot(20, check)\n"
        "        box = view.page_layout.boxes[0]\n"
        "        image = view.cache.get(0, view._device_size(0)[0])\n"
        "        if image is None:\n"
        "            return QTimer.singleShot(20, check)\n"
        "        print(view.device_pixel_ratio(), box.width, image.width(), flush=True)\n"
        "        win.services.shutdown()\n"
        "        app.quit()\n"
        "    check()\n"
        "    app.exec()\n"
        "if __name__ == '__main__':\n"
        "    main()\n"
    )
    script = tmp_path / "hidpi.py"
    script.write_text(code)
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2",
           "SEALDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, str(script), str(contract_template)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    dpr, logical, pixels = done.stdout.split()
    assert float(dpr) == 2.0
    assert int(pixels) == 2 * int(logical)


def test_a_crashed_render_process_is_replaced_and_the_page_stays_blank(qtbot, big, services,
                                                                         caplog) -> None:
    """MuPDF dying on a hostile page must not take the app down, nor loop on that page."""
    import logging

    renderer = services.renderer
    renderer._process._proc.kill()  # as if MuPDF crashed while drawing
    renderer._process._proc.join(5)
    with caplog.at_level(logging.ERROR):
        big.view.goto_page(120)  # the next request meets the dead process
        qtbot.waitUntil(lambda: bool(renderer._fatal), timeout=10_000)
    [(doc, page)] = renderer._fatal  # only the page that was being drawn is given up
    assert doc == big.info.doc_id
    around = [p for p in (119, 120, 121) if p != page]
    qtbot.waitUntil(lambda: all(big.view.cache.get(p, big.view._device_size(p)[0]) is not None
                                for p in around), timeout=10_000)
    assert renderer._process._proc.is_alive()  # a new render process took over
    assert any("render process died" in r.getMessage() for r in caplog.records)
    from ui.pdf_view.renderer import PageRequest

    renderer.want(doc, "probe", [PageRequest(0, page, 100, 141)], lambda *a: None, None)
    assert (doc, "probe") not in renderer._wanted  # never asked of the renderer again
