"""Atomic output files: a temp file in the same folder, fsync, then os.replace."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from crypto import errors


@contextmanager
def atomic_output(target: Path, *, overwrite: bool = False) -> Iterator[BinaryIO]:
    """Yield a file to write; on success it becomes ``target``, on any error nothing is left.

    The target appears whole or not at all: a crash, a kill or an exception before the end
    leaves at most a temp file named ``.<name>.*.part`` that the next run cleans up.
    """
    target = Path(target)
    if target.exists() and not overwrite:
        raise errors.OutputExists(path=str(target))
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = part_file(target)
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if not overwrite and target.exists():
            raise errors.OutputExists(path=str(target))
        os.replace(tmp, target)
        _fsync_dir(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise errors.OutputError(path=str(target), detail=exc.strerror or str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def part_file(target: Path) -> tuple[int, Path]:
    """A new ``.<name>.*.part`` temp file beside ``target`` (the name the next run cleans up)."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise errors.OutputError(path=str(target), detail=exc.strerror or str(exc)) from exc
    return fd, Path(name)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass  # some filesystems refuse fsync on directories
    finally:
        os.close(dfd)


def clean_stale_parts(folder: Path, name: str) -> None:
    """Remove temp files a killed run left for ``name``."""
    for stale in folder.glob(f".{name}.*.part"):
        stale.unlink(missing_ok=True)
