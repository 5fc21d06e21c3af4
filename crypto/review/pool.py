"""Review workers: long-lived child processes, one file at a time each, with a time limit.

pyHanko is pure Python and a crafted PDF can make it loop or crawl, so reviews never run in the
caller's process.  A :class:`ReviewPool` starts N workers once (fork when that is safe, else a
fork server that has pyHanko preloaded, spawn elsewhere) and feeds them files.  A worker that
exceeds the time limit is killed and replaced, its file reported as ERROR; a worker that dies is
replaced too.  Workers keep their caches (trust store, OCSP/CRL fetches) between files.

Garbage collection is paced by files, not by allocations: a review allocates tens of thousands
of short-lived objects, and the default thresholds made the collector walk them several times
and the whole heap every few files.  The parent freezes its objects while it forks a worker
(the child then never touches them, so they stay shared instead of being copied); a worker
collects after each file (see :func:`_generation_after`), and the automatic collector only acts
as a safety net for a file that allocates far more than usual.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from crypto.review.model import FileReport, Integrity, ReviewOptions
from crypto.review.texts import say

log = logging.getLogger(__name__)

WORKER_MODULE = "crypto.review.analysis"
STARTUP_LIMIT = 120.0  # seconds a new worker may take to import pyHanko
QUEUE_DEPTH = 2  # files handed to a worker ahead, so it never idles between files
GC_SAFETY_THRESHOLDS = (50_000, 100, 100)  # automatic collection only for an unusual file
FULL_COLLECT_EVERY = 100  # files
Done = Callable[[int, FileReport], None]


def _watch_parent(parent: int) -> None:
    """End this worker when the process that started it is gone."""
    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="review-parent-watch", daemon=True).start()


def _worker_main(conn: Connection) -> None:
    """A review worker: import once, then review files until told to stop."""
    _watch_parent(os.getppid())
    from crypto.review import speedups
    from crypto.review.analysis import analyse_file
    from crypto.review.worker_env import WorkerEnv, quiet_libraries

    quiet_libraries()
    speedups.install()
    gc.set_threshold(*GC_SAFETY_THRESHOLDS)
    env = WorkerEnv()
    reviewed = 0
    try:
        conn.send(("ready",))
        while True:
            try:
                msg = conn.recv()
            except (EOFError, OSError):
                break
            if msg[0] != "review":
                break
            _, idx, path, options = msg
            try:
                report = analyse_file(Path(path), options, env)
            except Exception as exc:  # noqa: BLE001 - our bug: the file gets ERROR, we go on
                log.error("review of %s failed unexpectedly", path, exc_info=exc)
                report = error_report(path, "e_internal", options.lang,
                                      detail=f"{type(exc).__name__}: {exc}"[:200])
            try:
                conn.send(("done", idx, report))
            except (EOFError, OSError):
                break
            del report
            reviewed += 1
            gc.collect(_generation_after(reviewed))
    finally:
        env.close()


def _generation_after(reviewed: int) -> int:
    """Which generations to collect after the ``reviewed``-th file: the file's own objects
    (generation 0) every time, the survivors of recent files every tenth file, all of it every
    :data:`FULL_COLLECT_EVERY` files."""
    if reviewed % FULL_COLLECT_EVERY == 0:
        return 2
    return 1 if reviewed % 10 == 0 else 0


def error_report(path: str | Path, key: str, lang: str, **params: object) -> FileReport:
    """An ERROR report with the sentence ``key``."""
    return FileReport(str(path), "", Integrity.ERROR, error=say(key, lang, **params))


def start_method() -> str:
    """fork on Linux while single-threaded, else the fork server; spawn elsewhere."""
    if sys.platform.startswith("linux"):
        return "fork" if threading.active_count() == 1 else "forkserver"
    return "spawn"


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    queue: deque[tuple[int, str, ReviewOptions]] = field(default_factory=deque)
    deadline: float = 0.0  # for the job at the head of the queue (or for starting up)
    ready: bool = False


class ReviewPool:
    """``size`` review workers; :meth:`review` runs a batch through them.

    Each worker holds up to :data:`QUEUE_DEPTH` files so it never waits for the next one; the
    time limit runs for the file it is working on, from when it started on it.
    """

    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        method = start_method()
        if method == "fork":
            import crypto.review.analysis  # noqa: F401 - import once, before forking
            if self.size > 1:  # an archive: some files will be rendered, so every worker
                import crypto.review.visual  # noqa: F401 - would import pymupdf on its own
        self._ctx: Any = multiprocessing.get_context(method)
        if method == "forkserver":
            self._ctx.set_forkserver_preload([WORKER_MODULE, "crypto.review.worker_env"])
        self._workers = [self._start() for _ in range(self.size)]

    def _start(self) -> _Worker:
        here, there = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(target=_worker_main, args=(there,), name="sealdesk-review",
                                 daemon=True)
        gc.freeze()  # the worker never collects what it inherits, so those pages stay shared
        try:
            proc.start()
        finally:
            gc.unfreeze()  # this process collects as usual
        there.close()
        return _Worker(proc, here, deadline=time.monotonic() + STARTUP_LIMIT)

    def review(self, jobs: Sequence[tuple[str, ReviewOptions]], done: Done) -> None:
        """Review every (path, options); ``done(index, report)`` as each finishes."""
        pending: deque[tuple[int, str, ReviewOptions]] = deque(
            (i, path, options) for i, (path, options) in enumerate(jobs))
        left = len(pending)
        while left:
            for w in self._workers:
                while w.ready and pending and len(w.queue) < QUEUE_DEPTH:
                    job = pending.popleft()
                    if not w.queue:
                        w.deadline = time.monotonic() + job[2].time_limit
                    w.queue.append(job)
                    w.conn.send(("review", *job))
            first = min(w.deadline for w in self._workers)
            timeout = None if first == float("inf") else max(0.0, first - time.monotonic())
            ready = wait([w.conn for w in self._workers], timeout=timeout)
            for w in list(self._workers):
                if w.conn in ready:
                    left -= self._receive(w, done, pending)
                elif time.monotonic() >= w.deadline:
                    left -= self._expire(w, done, pending)

    def _receive(self, w: _Worker, done: Done, pending: deque[Any]) -> int:
        try:
            msg = w.conn.recv()
        except (EOFError, OSError):
            return self._replace(w, done, pending, "e_crashed", detail=self._exit_detail(w))
        if msg[0] == "ready":
            w.ready, w.deadline = True, float("inf")
            return 0
        idx, report = msg[1], msg[2]
        if w.queue and w.queue[0][0] == idx:
            w.queue.popleft()
        w.deadline = (time.monotonic() + w.queue[0][2].time_limit) if w.queue else float("inf")
        done(idx, report)
        return 1

    def _expire(self, w: _Worker, done: Done, pending: deque[Any]) -> int:
        if not w.queue:
            return self._replace(w, done, pending, "e_crashed",
                                 detail="the worker did not start")
        return self._replace(w, done, pending, "e_time_limit",
                             seconds=f"{w.queue[0][2].time_limit:g}")

    def _replace(self, w: _Worker, done: Done, pending: deque[Any], key: str,
                 **params: object) -> int:
        """Kill ``w``; its current file gets ERROR ``key``, the rest go back in line."""
        queue = list(w.queue)
        self._kill(w)
        self._workers[self._workers.index(w)] = self._start()
        if not queue:
            return 0
        pending.extendleft(reversed(queue[1:]))
        idx, path, options = queue[0]
        done(idx, error_report(path, key, options.lang, **params))
        return 1

    @staticmethod
    def _exit_detail(w: _Worker) -> str:
        w.proc.join(timeout=1.0)
        code = w.proc.exitcode
        return f"exit code {code}" if code is not None else "no answer"

    @staticmethod
    def _kill(w: _Worker) -> None:
        try:
            w.proc.kill()
            w.proc.join(timeout=5.0)
        except (OSError, ValueError, AttributeError):
            pass
        w.conn.close()

    def close(self) -> None:
        """Stop every worker (they are between files, or get killed)."""
        for w in self._workers:
            try:
                w.conn.send(("stop",))
            except (OSError, ValueError):
                pass
        for w in self._workers:
            w.proc.join(timeout=5.0)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(timeout=5.0)
            w.conn.close()

    def __enter__(self) -> ReviewPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["ReviewPool", "error_report", "start_method"]
