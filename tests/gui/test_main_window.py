"""The main window: opening files (command line, dialog, drag and drop, recent files), tabs,
shortcuts, errors through the presenter, and the status bar's token state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import preferences
from app.preferences import Preferences
from app.token_status import TokenStatus
from tests.gui.conftest import open_and_wait

pytestmark = pytest.mark.gui


@pytest.fixture
def two_pdfs(contract_template: Path, tmp_path: Path) -> list[Path]:
    paths = [tmp_path / "合同 A.pdf", tmp_path / "contract-b.pdf"]
    for p in paths:
        p.write_bytes(contract_template.read_bytes())
    return paths


def _error_box(window) -> QMessageBox:
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def test_files_from_the_command_line_open_in_tabs(qtbot, qapp, english, two_pdfs) -> None:
    from ui.app import build_window

    win = build_window([str(p) for p in two_pdfs], token_scan=None)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: all(win.tabs.widget(i).info for i in range(2)), timeout=20_000)
    assert [win.tabs.tabText(i) for i in range(2)] == ["合同 A.pdf", "contract-b.pdf"]
    assert win.current_tab().path == two_pdfs[1]
    assert win.status.page.text() == "Page 1 of 2"
    win.close()
    win.services.shutdown()


def test_open_dialog(qtbot, window, two_pdfs, monkeypatch) -> None:
    asked = {}

    def fake(parent, title, folder, filters):
        asked.update(title=title, filters=filters)
        return [str(two_pdfs[0])], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake)
    window.acts.open.trigger()
    assert asked["filters"].startswith("PDF documents (*.pdf)")
    qtbot.waitUntil(lambda: window.current_tab() is not None
                    and window.current_tab().info is not None, timeout=20_000)
    assert window.stack.currentWidget() is window.tabs


def test_dropping_files_opens_them(qtbot, window, two_pdfs) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in two_pdfs])
    enter = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert window.tabs.count() == 2


def test_dragging_something_that_is_not_a_file_is_refused(qtbot, window) -> None:
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_recent_files_are_remembered_and_reopen(qtbot, window, services, two_pdfs,
                                                _isolated_home) -> None:
    open_and_wait(qtbot, window, two_pdfs[0], reviewed=False)
    open_and_wait(qtbot, window, two_pdfs[1], reviewed=False)
    saved = _isolated_home / "preferences.json"
    qtbot.waitUntil(lambda: saved.exists() and len(json.loads(saved.read_text())
                                                  ["recent_files"]) == 2, timeout=5000)
    assert preferences.load().recent_files == (str(two_pdfs[1]), str(two_pdfs[0]))
    window.close()

    from ui.main_window import MainWindow

    again = MainWindow(services, preferences.load())
    qtbot.addWidget(again)
    again.show()
    assert again.welcome.recent.count() == 2
    again.acts.recent_menu.aboutToShow.emit()
    entries = [a for a in again.acts.recent_menu.actions() if a.toolTip() == str(two_pdfs[0])]
    entries[0].trigger()
    qtbot.waitUntil(lambda: again.current_tab() is not None
                    and again.current_tab().info is not None, timeout=20_000)
    assert again.current_tab().path == two_pdfs[0]


def test_a_missing_recent_file_is_reported_and_forgotten(qtbot, services, english,
                                                        tmp_path) -> None:
    from ui.main_window import MainWindow

    gone = tmp_path / "gone.pdf"
    win = MainWindow(services, Preferences(recent_files=(str(gone),)))
    qtbot.addWidget(win)
    win.show()
    win.welcome.recentChosen.emit(str(gone))
    qtbot.waitUntil(lambda: any(b.isVisible() for b in win.findChildren(QMessageBox)),
                    timeout=10_000)
    box = _error_box(win)
    assert box.property("errorCode") == "input_error" and "gone.pdf" in box.text()
    assert win.prefs.recent_files == () and win.tabs.count() == 0
    assert win.stack.currentWidget() is win.welcome
    box.close()


def test_a_file_that_is_not_a_pdf_is_refused_with_a_sentence(qtbot, window, tmp_path) -> None:
    fake = tmp_path / "notes.pdf"
    fake.write_text("just some text, not a PDF\n")
    window.open_paths([fake])
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)),
                    timeout=10_000)
    box = _error_box(window)
    assert box.property("errorCode") == "not_a_pdf"
    assert box.text() == "notes.pdf is not a PDF file. Choose a PDF document."
    assert window.tabs.count() == 0
    box.close()


def test_tabs_switch_close_and_the_same_file_is_not_opened_twice(qtbot, window, two_pdfs) -> None:
    first = open_and_wait(qtbot, window, two_pdfs[0], reviewed=False)
    open_and_wait(qtbot, window, two_pdfs[1], reviewed=False)
    assert window.open_paths([two_pdfs[0]]) == []  # brought to the front instead
    assert window.current_tab() is first and window.tabs.count() == 2
    window.acts.next_tab.trigger()
    assert window.current_tab().path == two_pdfs[1]
    window.acts.close_tab.trigger()
    window.acts.close_tab.trigger()
    assert window.tabs.count() == 0 and window.stack.currentWidget() is window.welcome
    assert not window.acts.find.isEnabled()


def test_every_command_has_a_distinct_shortcut(window) -> None:
    acts = window.acts
    expected = {
        acts.open: QKeySequence.StandardKey.Open, acts.close_tab: QKeySequence.StandardKey.Close,
        acts.find: QKeySequence.StandardKey.Find, acts.quit: QKeySequence.StandardKey.Quit,
        acts.zoom_in: QKeySequence.StandardKey.ZoomIn,
    }
    for act, key in expected.items():  # the platform's own keys (where it has one) ...
        assert QKeySequence(key).isEmpty() or QKeySequence(key) in act.shortcuts()
    assert QKeySequence("Ctrl+Q") in acts.quit.shortcuts()  # ... and the usual ones
    assert QKeySequence("Ctrl+W") in acts.close_tab.shortcuts()
    seen: dict[str, str] = {}
    for act in window.actions():
        for key in act.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is used by {seen.get(text)} and {act.objectName()}"
            seen[text] = act.objectName()
    assert {"Ctrl+G", "Ctrl+0", "Ctrl+1", "Ctrl+2", "F4", "F5", "F8", "Ctrl+E"} <= set(seen)


def test_shortcut_keys_reach_their_commands(qtbot, window, two_pdfs) -> None:
    tab = open_and_wait(qtbot, window, two_pdfs[0], reviewed=False)
    window.activateWindow()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search_bar.isVisible()
    qtbot.keyClick(tab.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    zoom = tab.view.zoom
    qtbot.keyClick(tab.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert tab.view.zoom > zoom


def test_the_status_bar_shows_the_token_state(qtbot, services, english) -> None:
    from ui.main_window import MainWindow

    states = iter([TokenStatus(("财务 UKey",), "pin_count_low", "财务 UKey"), TokenStatus()])
    services.token_scan = lambda: next(states)
    win = MainWindow(services, Preferences())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.status.token.text() == "Token 财务 UKey: PIN tries low",
                    timeout=5000)
    assert "font-weight: bold" in win.status.token.styleSheet()
    win.tokens.refresh()
    qtbot.waitUntil(lambda: win.status.token.text() == "No security token", timeout=5000)
    assert win.status.sync.text() == "Sync: not set up"
