"""The one job API: work off the GUI thread, results and errors back on it, progress after a
delay, silent cancel, and nothing delivered to a widget that is gone."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from crypto import errors
from ui.jobs import JobRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qapp):
    made = JobRunner(progress_delay_ms=200)
    yield made
    made.shutdown()


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _boxes(parent: QWidget) -> list[QMessageBox]:
    found = {id(w): w for w in QApplication.topLevelWidgets() + parent.findChildren(QMessageBox)
             if isinstance(w, QMessageBox) and w.isVisible()}
    return list(found.values())


def test_work_runs_on_a_worker_and_the_result_comes_back_on_the_gui_thread(qtbot, runner, owner):
    seen: dict[str, object] = {}

    def work(ctx):
        seen["work"] = threading.current_thread().name
        return 42

    def done(value):
        seen["result"] = value
        seen["callback"] = threading.current_thread() is threading.main_thread()

    with qtbot.waitSignal(runner.run(owner, work, on_success=done).finished, timeout=5000):
        pass
    assert str(seen["work"]).startswith("sealdesk-files-")
    assert seen["result"] == 42
    assert seen["callback"] is True
    assert runner.active == 0


def test_a_user_error_goes_to_the_presenter_as_a_sentence(qtbot, runner, owner):
    def work(ctx):
        raise errors.NotAPdf(path="报价单.docx")

    job = runner.run(owner, work, on_success=lambda _: pytest.fail("no result expected"))
    qtbot.waitSignal(job.finished, timeout=5000).wait()
    [box] = _boxes(owner)
    assert box.property("errorCode") == "not_a_pdf"
    assert "报价单.docx is not a PDF file." in box.text()
    assert "Choose a PDF document." in box.text()
    box.close()


def test_our_bug_shows_a_generic_sentence_and_logs_the_trace(qtbot, runner, owner, caplog):
    def work(ctx):
        raise KeyError("internal detail")

    with caplog.at_level(logging.ERROR, logger="sealdesk.ui"):
        job = runner.run(owner, work)
        qtbot.waitSignal(job.finished, timeout=5000).wait()
    [box] = _boxes(owner)
    assert box.property("errorCode") == "internal"
    assert "internal detail" not in box.text()
    assert "An unexpected error occurred." in box.text()
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)
    box.close()


def test_cancel_is_silent_and_drops_the_result(qtbot, runner, owner):
    started = threading.Event()
    calls: list[str] = []

    def work(ctx):
        started.set()
        for _ in range(200):
            ctx.check()
            time.sleep(0.01)
        return "finished"

    job = runner.run(owner, work, on_success=lambda _: calls.append("success"),
                     on_failure=lambda _: calls.append("failure"),
                     on_cancel=lambda: calls.append("cancel"))
    assert started.wait(5)
    job.cancel()
    qtbot.waitSignal(job.finished, timeout=5000).wait()
    assert calls == ["cancel"]
    assert _boxes(owner) == []


def test_no_progress_dialog_for_quick_work(qtbot, runner, owner):
    job = runner.run(owner, lambda ctx: time.sleep(0.02), label="Working…")
    qtbot.waitSignal(job.finished, timeout=5000).wait()
    qtbot.wait(300)  # past the delay: the dialog must never have appeared
    assert owner.findChildren(QProgressDialog) == []


def test_progress_dialog_after_the_delay_with_a_working_cancel_button(qtbot, runner, owner):
    def work(ctx):
        for i in range(300):
            ctx.check()
            ctx.progress(i, 300, f"page {i}")
            time.sleep(0.01)

    job = runner.run(owner, work, label="Checking…", cancellable=True)
    assert owner.findChildren(QProgressDialog) == []  # not yet: the delay is 200 ms
    qtbot.waitUntil(lambda: any(d.isVisible() for d in owner.findChildren(QProgressDialog)),
                    timeout=3000)
    [dialog] = [d for d in owner.findChildren(QProgressDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=3000)
    assert dialog.maximum() == 300
    elapsed_when_shown = time.monotonic() - job.started
    assert elapsed_when_shown >= 0.2
    [button] = dialog.findChildren(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitSignal(job.finished, timeout=5000).wait()
    assert job.cancelled
    assert _boxes(owner) == []


def test_nothing_is_delivered_to_an_owner_that_was_deleted(qtbot, runner):
    owner = QWidget()
    release = threading.Event()
    delivered: list[int] = []
    job = runner.run(owner, lambda ctx: release.wait(5) and 1, on_success=delivered.append)
    owner.deleteLater()
    qtbot.wait(50)
    release.set()
    qtbot.waitSignal(job.finished, timeout=5000).wait()
    assert delivered == []


def test_a_serial_pool_keeps_order_on_one_named_thread(qtbot, runner, owner):
    seen: list[tuple[int, str]] = []
    jobs = [runner.run(owner, lambda ctx, i=i: (time.sleep(0.005),
                                                 seen.append((i, threading.current_thread().name))),
                       pool="vault") for i in range(10)]
    qtbot.waitUntil(lambda: all(j.done for j in jobs), timeout=5000)
    assert [i for i, _ in seen] == list(range(10))
    assert {name for _, name in seen} == {"sealdesk-vault-0"}


def test_the_gui_thread_keeps_running_while_a_job_works(qtbot, runner, owner):
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    job = runner.run(owner, lambda ctx: time.sleep(0.4))
    qtbot.waitSignal(job.finished, timeout=5000).wait()
    timer.stop()
    assert len(ticks) >= 15
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.2
