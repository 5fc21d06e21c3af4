"""The review engine's public entry points: one file, or a whole archive on every core.

::

    from crypto.review.engine import review_file, review_files
    from crypto.review.model import ReviewOptions, report_json

    report = review_file(Path("contract.pdf"), ReviewOptions(lang="en"))
    reports = review_files(paths, ReviewOptions(offline=True), jobs=8)

Both never raise for a bad file: a file that cannot be reviewed gets ``Integrity.ERROR`` and a
sentence.  Each file runs in a worker process under ``options.time_limit`` (see
:mod:`crypto.review.pool`); :func:`review_file` reuses one worker between calls, and
:func:`review_files` starts one pool for the whole batch.
"""

from __future__ import annotations

import atexit
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from crypto.review.model import FileReport, ReviewOptions
from crypto.review.pool import ReviewPool, error_report

Progress = Callable[[int, FileReport], None]

_shared_lock = threading.Lock()
_shared: ReviewPool | None = None


def review_file(path: Path, options: ReviewOptions) -> FileReport:
    """Review one PDF (in a reusable worker process, under the time limit)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ReviewPool(1)
            atexit.register(_close_shared)
        results: dict[int, FileReport] = {}
        try:
            _shared.review([(str(path), options)], lambda i, r: results.__setitem__(i, r))
        except (OSError, EOFError, ValueError) as exc:  # the pool itself broke: start afresh
            _close_shared()
            return error_report(path, "e_crashed", options.lang, detail=str(exc)[:120])
        return results[0]


def review_files(paths: Sequence[Path], options: ReviewOptions, jobs: int | None = None,
                 progress: Progress | None = None) -> list[FileReport]:
    """Review many PDFs on ``jobs`` worker processes (default: every core), in input order."""
    if not paths:
        return []
    size = max(1, min(jobs or os.cpu_count() or 1, len(paths)))
    results: dict[int, FileReport] = {}

    def done(index: int, report: FileReport) -> None:
        results[index] = report
        if progress is not None:
            progress(index, report)

    # biggest files first, so that the last ones handed out are small and no worker is left
    # with a long file while the others have finished (reports keep the input order)
    order = sorted(range(len(paths)), key=lambda i: -_size(paths[i]))
    with ReviewPool(size) as pool:
        pool.review([(str(paths[i]), options) for i in order],
                    lambda n, report: done(order[n], report))
    return [results[i] for i in range(len(paths))]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _close_shared() -> None:
    global _shared
    pool, _shared = _shared, None
    if pool is not None:
        pool.close()


__all__ = ["review_file", "review_files"]
