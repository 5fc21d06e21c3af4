"""The one job API: run work off the GUI thread and get its result or error back on it.

After Anki's ``QueryOp`` (``qt/aqt/operations``) and task manager::

    self.jobs.run(self, lambda ctx: review_file(path, options),
                  on_success=self.show_report, label=self.tr("Checking signatures…"))

* ``work(ctx)`` runs on a worker thread and must not touch widgets.  It may call
  ``ctx.progress(done, total, text)`` and ``ctx.check()`` (raises :class:`errors.Cancelled`
  once the user cancelled).
* ``on_success(result)`` / ``on_failure(exc)`` run on the GUI thread, and only while ``owner``
  (a QObject) still exists.  Without ``on_failure`` the error goes to the presenter; a cancel
  is silent.
* A progress dialog appears only when the job runs longer than :data:`PROGRESS_DELAY_MS` and
  a ``label`` was given; it has a Cancel button when the job is ``cancellable``.
* Pools: ``"files"`` (a few threads for files, reviews and network), ``"vault"`` (one serial
  thread owning the vault connection).  Any other name gets its own serial thread.  Worker
  threads are daemons, so quitting never waits for a stuck service.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from crypto import errors
from ui import presenter

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_DELAY_MS = 500
PROGRESS_INTERVAL_S = 0.05  # at most 20 progress updates a second reach the GUI
FILE_THREADS = 4


class JobContext:
    """What the work function sees (thread-safe): cancellation and progress."""

    def __init__(self, job: Job[Any]) -> None:
        self._job = job
        self._cancel = threading.Event()
        self._last_progress = 0.0

    @property
    def cancelled(self) -> bool:
        """True once the user (or the app) cancelled the job."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`errors.Cancelled` if the job was cancelled (call it between steps)."""
        if self._cancel.is_set():
            raise errors.Cancelled()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report progress (``total`` 0: unknown); updates are throttled."""
        now = time.monotonic()
        if now - self._last_progress < PROGRESS_INTERVAL_S and done != total:
            return
        self._last_progress = now
        self._job._post(lambda: self._job.progressed.emit(done, total, text))


class Job(QObject, Generic[T]):
    """A running job, seen from the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal()  # after the success, failure or cancel callback ran

    def __init__(self, runner: JobRunner, owner: QObject | None, label: str | None,
                 cancellable: bool) -> None:
        super().__init__(runner)
        self._runner = runner
        self._owner = owner
        self._label = label
        self._cancellable = cancellable
        self.context = JobContext(self)
        self.done = False
        self.started = time.monotonic()
        self._dialog: QProgressDialog | None = None
        self.progressed.connect(self._on_progress)

    def cancel(self) -> None:
        """Ask the work to stop; its result, if any, is dropped and nothing is reported."""
        self.context._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self.context.cancelled

    def _post(self, fn: Callable[[], None]) -> None:
        self._runner._bridge.post(fn)

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _show_progress(self) -> None:
        if self.done or self._label is None or not self._owner_alive():
            return
        parent = self._owner if isinstance(self._owner, QWidget) else None
        dialog = QProgressDialog(self._label, presenter.cancel_text(), 0, 0, parent)
        dialog.setObjectName("jobProgress")
        dialog.setWindowTitle(presenter.app_title())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.show()
        self._dialog = dialog

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if text:
                self._dialog.setLabelText(text)

    def _finish(self, deliver: Callable[[], None] | None) -> None:
        self.done = True
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        try:
            if deliver is not None and self._owner_alive():
                deliver()
        finally:
            self._runner._forget(self)
            self.finished.emit()


class WorkerPool:
    """``size`` named daemon threads taking work from one queue (size 1: a serial executor)."""

    def __init__(self, name: str, size: int = 1) -> None:
        self.name = name
        self._queue: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._loop, name=f"sealdesk-{name}-{i}",
                                          daemon=True) for i in range(max(1, size))]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on one of the pool's threads."""
        self._queue.put(fn)

    def shutdown(self) -> None:
        """Let the threads end after the work already queued (never waits for them)."""
        for _ in self._threads:
            self._queue.put(None)

    def _loop(self) -> None:
        while True:
            fn = self._queue.get()
            if fn is None:
                return
            try:
                fn()
            except BaseException:  # noqa: BLE001 - a worker thread must survive anything
                log.exception("unexpected error in the %s pool", self.name)


class GuiThreadCall(QObject):
    """Lives on the GUI thread; any thread emits ``call(fn)`` and ``fn()`` runs there."""

    call = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread soon (from any thread); dropped once the app is gone."""
        try:
            self.call.emit(fn)
        except RuntimeError:  # the application is shutting down and this object went first
            log.debug("dropped a result: the GUI is gone")

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


class JobRunner(QObject):
    """Owns the worker pools and the running jobs (create one on the GUI thread)."""

    def __init__(self, parent: QObject | None = None, *,
                 progress_delay_ms: int = PROGRESS_DELAY_MS) -> None:
        super().__init__(parent)
        self._bridge = GuiThreadCall(self)
        self._pools: dict[str, WorkerPool] = {"files": WorkerPool("files", FILE_THREADS)}
        self._jobs: set[Job[Any]] = set()
        self.progress_delay_ms = progress_delay_ms

    def run(
        self,
        owner: QObject | None,
        work: Callable[[JobContext], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        label: str | None = None,
        cancellable: bool = False,
        pool: str = "files",
    ) -> Job[T]:
        """Start ``work`` on ``pool``; see the module docstring for the callbacks."""
        job: Job[T] = Job(self, owner, label, cancellable)
        self._jobs.add(job)
        if label is not None:
            QTimer.singleShot(self.progress_delay_ms, job._show_progress)

        def execute() -> None:
            if job.cancelled:
                job._post(lambda: job._finish(on_cancel))
                return
            try:
                result = work(job.context)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                failure = exc
                job._post(lambda: job._finish(self._failed(job, failure, on_failure, on_cancel)))
                return
            if job.cancelled:
                job._post(lambda: job._finish(on_cancel))
            else:
                job._post(lambda: job._finish(
                    (lambda: on_success(result)) if on_success is not None else None))

        self.pool(pool).submit(execute)
        return job

    def post_to_gui(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread soon (call from any thread)."""
        self._bridge.post(fn)

    def pool(self, name: str) -> WorkerPool:
        """The named pool (created as a serial thread on first use)."""
        if name not in self._pools:
            self._pools[name] = WorkerPool(name, 1)
        return self._pools[name]

    @property
    def active(self) -> int:
        """How many jobs have not finished yet."""
        return len(self._jobs)

    def cancel_all(self) -> None:
        """Cancel every running job (the app is closing)."""
        for job in list(self._jobs):
            job.cancel()

    def shutdown(self) -> None:
        """Cancel the jobs and let the pools' threads end."""
        self.cancel_all()
        for pool in self._pools.values():
            pool.shutdown()

    def _forget(self, job: Job[Any]) -> None:
        self._jobs.discard(job)
        job.deleteLater()

    @staticmethod
    def _failed(job: Job[Any], exc: BaseException,
                on_failure: Callable[[BaseException], None] | None,
                on_cancel: Callable[[], None] | None) -> Callable[[], None] | None:
        if isinstance(exc, errors.Cancelled) or job.cancelled:
            return on_cancel
        if on_failure is not None:
            return lambda: on_failure(exc)
        owner = job._owner if isinstance(job._owner, QWidget) else None

        def present() -> None:
            presenter.show_error(owner, exc)

        return present
