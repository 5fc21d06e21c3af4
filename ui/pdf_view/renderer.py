"""Rendering, opening and searching PDFs without ever blocking the GUI thread.

Every PyMuPDF call of the desktop app goes through one :class:`RenderService`: a scheduler
thread in the GUI process that picks the most urgent work — what is on screen first, then the
pages just ahead, then thumbnails, then searches — and hands it to the render process
(:mod:`ui.pdf_view.render_process`), where MuPDF draws with its own GIL.  A view *replaces* its
wanted pages whenever it scrolls (:meth:`RenderService.want`), so pages scrolled past are never
rendered.  Results come back to the GUI thread as ``QImage`` in the screen format.  If the
render process dies (a hostile PDF crashing MuPDF), it is restarted and the open documents are
opened again; the page that killed it stays blank.
"""

from __future__ import annotations

import atexit
import heapq
import itertools
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from crypto import errors
from ui.jobs import GuiThreadCall
from ui.pdf_view import render_process
from ui.pdf_view.render_client import RenderProcess, RenderProcessDied

log = logging.getLogger(__name__)

T = TypeVar("T")
SHUTDOWN_WAIT = 2.0  # seconds for the scheduler thread to finish its current item
PRIORITY_CALL = 0  # opening, closing, the page the user jumped to
PRIORITY_VISIBLE = 10  # + rank: pages on screen
PRIORITY_AHEAD = 40  # pages just above and below the screen
PRIORITY_THUMBNAIL = 60
PRIORITY_SEARCH = 80


@dataclass(frozen=True)
class DocumentInfo:
    """An open document as the views see it."""

    doc_id: int
    name: str  # file name or a title for documents opened from bytes
    page_count: int
    sizes: tuple[tuple[float, float], ...]  # points, as displayed (page rotation applied)
    title: str = ""  # the PDF's own /Title


@dataclass(frozen=True, order=True)
class PageRequest:
    """Render ``page`` to exactly ``width`` × ``height`` device pixels."""

    priority: int
    page: int
    width: int
    height: int


Delivered = Callable[[int, int, QImage], None]  # page, requested width, image
_Wanted = tuple[list[PageRequest], Delivered, QObject | None]


class RenderService(QObject):
    """Schedules every PDF task of the app and feeds the render process (create on the GUI
    thread; one per application)."""

    def __init__(self, parent: QObject | None = None,
                 process: RenderProcess | None = None) -> None:
        super().__init__(parent)
        self._gui = GuiThreadCall(self)
        self._cond = threading.Condition()
        self._seq = itertools.count()
        self._calls: list[tuple[int, int, Callable[[], None]]] = []
        self._wanted: dict[tuple[int, str], _Wanted] = {}
        self._posted: set[tuple[int, str, int, int]] = set()  # rendered, not yet delivered
        self._current: tuple[int, str, int, int] | None = None
        self._fatal: set[tuple[int, int]] = set()  # (doc, page) that killed the render process
        self._ids = itertools.count(1)
        self._stopping = False
        self.render_threads: set[str] = set()  # names of the threads that rendered (tests)
        self.rendered = 0
        # started as early as possible (``sealdesk gui`` starts it before Qt loads)
        self._process = process or RenderProcess()
        self._thread = threading.Thread(target=self._loop, name="sealdesk-render", daemon=True)
        self._thread.start()
        atexit.register(self.shutdown)

    # --- GUI-thread API -----------------------------------------------------------------------

    def open(self, source: Path | bytes, name: str, owner: QObject | None,
             on_opened: Callable[[DocumentInfo], None],
             on_failed: Callable[[BaseException], None]) -> int:
        """Open a PDF file or PDF bytes; ``on_opened(info)`` once its pages are measured."""
        doc_id = next(self._ids)

        def work() -> DocumentInfo:
            pages, sizes, title = self._process.open(doc_id, source, name)
            return DocumentInfo(doc_id, name, pages, sizes, title)

        self._submit_call(PRIORITY_CALL, work, owner, on_opened, on_failed)
        return doc_id

    def close(self, doc_id: int) -> None:
        """Forget a document's pending work and close it on the render thread."""
        with self._cond:
            for key in [k for k in self._wanted if k[0] == doc_id]:
                del self._wanted[key]

        self._submit_call(PRIORITY_CALL, lambda: self._process.close(doc_id), None, None, None)

    def want(self, doc_id: int, client: str, requests: Sequence[PageRequest],
             deliver: Delivered, owner: QObject | None) -> None:
        """Replace what ``client`` waits for on ``doc_id`` (an empty list cancels it)."""
        with self._cond:
            skip = set(self._posted)
            if self._current is not None:
                skip.add(self._current)
            fresh = sorted(r for r in requests
                           if (doc_id, client, r.page, r.width) not in skip
                           and (doc_id, r.page) not in self._fatal)
            if fresh:
                self._wanted[(doc_id, client)] = (fresh, deliver, owner)
                self._cond.notify()
            else:
                self._wanted.pop((doc_id, client), None)

    def call(self, doc_id: int, fn: Callable[..., T], args: tuple[Any, ...],
             owner: QObject | None, on_done: Callable[[T], None] | None,
             on_failed: Callable[[BaseException], None] | None = None,
             priority: int = PRIORITY_CALL) -> None:
        """Run ``fn(document, *args)`` in the render process; the result goes to ``on_done``.

        ``fn`` must be a module-level function of :mod:`ui.pdf_view.render_process`.
        """
        if getattr(fn, "__module__", None) != render_process.__name__:
            raise ValueError(f"{fn!r} is not a function of the render process")
        self._submit_call(priority, lambda: self._process.call(doc_id, fn, args), owner, on_done,
                          on_failed)

    def shutdown(self) -> None:
        """Stop the scheduler thread after its current item, then end the render process.

        Also runs at interpreter exit: no thread may be inside Qt or the pipe when Python
        finalises (a daemon thread unwinding through C++ aborts the process).
        """
        with self._cond:
            if self._stopping and not self._thread.is_alive():
                return
            self._stopping = True
            self._wanted.clear()
            self._calls.clear()
            self._cond.notify()
        self._thread.join(SHUTDOWN_WAIT)
        if self._thread.is_alive():  # stuck on a huge page: end the process, the pipe wakes it
            self._process.kill()
            self._thread.join(SHUTDOWN_WAIT)
        self._process.stop()

    # --- render thread --------------------------------------------------------------------------

    def _submit_call(self, priority: int, work: Callable[[], Any], owner: QObject | None,
                     on_done: Callable[[Any], None] | None,
                     on_failed: Callable[[BaseException], None] | None) -> None:
        def run() -> None:
            try:
                result = work()
            except errors.Cancelled:
                return  # the app is quitting
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
                failure = exc
                if on_failed is not None:
                    self._post(owner, lambda: on_failed(failure))
                else:
                    log.exception("render-thread call failed")
                return
            if on_done is not None:
                self._post(owner, lambda: on_done(result))

        with self._cond:
            heapq.heappush(self._calls, (priority, next(self._seq), run))
            self._cond.notify()

    def _post(self, owner: QObject | None, fn: Callable[[], None]) -> None:
        def guarded() -> None:
            if owner is None or shiboken6.isValid(owner):
                fn()
        self._gui.post(guarded)

    def _loop(self) -> None:
        while True:
            with self._cond:
                task = self._next_task()
                while task is None and not self._stopping:
                    self._cond.wait()
                    task = self._next_task()
                if self._stopping or task is None:
                    return
            try:
                task()
            except Exception:  # noqa: BLE001 - the render thread must survive anything
                log.exception("render task failed")

    def _next_task(self) -> Callable[[], None] | None:
        """The most urgent call or page request (lock held)."""
        best_key: tuple[int, str] | None = None
        best: PageRequest | None = None
        for key, (requests, _, _) in self._wanted.items():
            if requests and (best is None or requests[0].priority < best.priority):
                best_key, best = key, requests[0]
        if self._calls and (best is None or self._calls[0][0] <= best.priority):
            return heapq.heappop(self._calls)[2]
        if best is None or best_key is None:
            return None
        requests, deliver, owner = self._wanted[best_key]
        requests.pop(0)
        if not requests:
            del self._wanted[best_key]
        doc_id, client = best_key
        self._current = (doc_id, client, best.page, best.width)
        return lambda: self._render(doc_id, client, best, deliver, owner)

    def _render(self, doc_id: int, client: str, request: PageRequest, deliver: Delivered,
                owner: QObject | None) -> None:
        key = (doc_id, client, request.page, request.width)
        try:
            image = self._process.render(doc_id, request.page, request.width, request.height)
            self.render_threads.add(threading.current_thread().name)
            self.rendered += 1
        except errors.Cancelled:
            with self._cond:
                self._current = None
            return  # the app is quitting, or the document was closed
        except RenderProcessDied:
            log.error("page %d of document %d crashed the renderer; it stays blank",
                      request.page + 1, doc_id)
            with self._cond:
                self._fatal.add((doc_id, request.page))
                self._current = None
            return
        except Exception:  # noqa: BLE001 - a page MuPDF cannot draw stays a blank page
            log.warning("page %d could not be rendered", request.page + 1, exc_info=True)
            with self._cond:
                self._current = None
            return
        with self._cond:
            self._posted.add(key)
            self._current = None

        def delivered() -> None:
            with self._cond:
                self._posted.discard(key)
            if owner is None or shiboken6.isValid(owner):
                deliver(request.page, request.width, image)

        self._gui.post(delivered)
