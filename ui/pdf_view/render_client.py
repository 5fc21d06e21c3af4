"""The render process seen from the GUI process: start it, ask it, restart it if it dies.

No Qt at import time, so ``sealdesk gui`` can start the process before Qt loads (it is ready
by the time the window is).  Only the render scheduler thread talks to it, one request at a time.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from crypto import errors
from ui.pdf_view import render_process

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

log = logging.getLogger(__name__)

T = TypeVar("T")


class RenderProcessDied(errors.InternalError):
    """The render process ended in the middle of a request (MuPDF crashed on a page)."""


class RenderProcess:
    """The render process seen from the scheduler thread (only that thread calls it)."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")  # never fork a process running Qt
        self._sources: dict[int, tuple[Path | bytes, str]] = {}
        self._stopped = False
        atexit.register(self.stop)  # runs after RenderService.shutdown (registered later)
        self._start()

    def _start(self) -> None:
        here, there = self._context.Pipe(duplex=True)
        self._proc = self._context.Process(target=render_process.serve, args=(there,),
                                           name="sealdesk-render", daemon=True)
        self._proc.start()
        there.close()
        self._conn = here

    @property
    def pid(self) -> int | None:
        return self._proc.pid

    def open(self, doc_id: int, source: Path | bytes,
             name: str) -> tuple[int, tuple[tuple[float, float], ...], str]:
        result: tuple[int, tuple[tuple[float, float], ...], str] = self._ask(
            ("open", doc_id, source, name))
        self._sources[doc_id] = (source, name)
        return result

    def close(self, doc_id: int) -> None:
        if self._sources.pop(doc_id, None) is not None:
            self._ask(("close", doc_id))

    def call(self, doc_id: int, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        result: T = self._ask(("call", doc_id, fn, args))
        return result

    def render(self, doc_id: int, page: int, width: int, height: int) -> QImage:
        if doc_id not in self._sources:
            raise errors.Cancelled()  # closed meanwhile
        from PySide6.QtGui import QImage

        w, h, bpl = self._ask(("render", doc_id, page, width, height), image=True)
        data = self._conn.recv_bytes()
        return QImage(data, w, h, bpl, QImage.Format.Format_RGB32).copy()  # owns its pixels

    def kill(self) -> None:
        """End the process at once (its pipe then wakes whoever waits on it)."""
        self._stopped = True
        self._proc.kill()

    def stop(self) -> None:
        """Ask the process to end and close the pipe (no other thread may be using it)."""
        if self._conn.closed:
            return
        self._stopped = True
        try:
            self._conn.send(("stop",))
        except (OSError, ValueError):
            pass
        self._conn.close()

    def _ask(self, message: tuple[Any, ...], image: bool = False) -> Any:
        try:
            self._conn.send(message)
            reply = self._conn.recv()
        except (EOFError, OSError) as exc:
            if self._stopped:
                raise errors.Cancelled() from exc
            log.error("the render process died (%s); restarting it", exc or type(exc).__name__)
            self._restart()
            raise RenderProcessDied() from exc
        if reply[0] == "error":
            raise errors.from_portable(reply[1])
        if image:
            return reply[1:]
        return reply[1]

    def _restart(self) -> None:
        self._conn.close()
        self._proc.join(1)
        self._start()
        for doc_id, (source, name) in list(self._sources.items()):
            try:
                self._conn.send(("open", doc_id, source, name))
                self._conn.recv()
            except (EOFError, OSError):
                self._sources.pop(doc_id, None)
