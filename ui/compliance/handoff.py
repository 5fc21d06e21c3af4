"""A worker's result that holds something to release (a draft with people's data, a platform
connection), handed to the GUI thread — or released by the worker itself when the person
cancelled first.  Exactly one side ends up with it, whatever the timing, also when the dialog
that asked for it is gone before the answer comes back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from crypto import errors

T = TypeVar("T")


class Handoff(Generic[T]):
    """One value on its way from a worker to the GUI thread (see the module docstring)."""

    def __init__(self, release: Callable[[T], None]) -> None:
        self._lock = threading.Lock()
        self._release = release
        self._value: T | None = None
        self.cancelled = False

    def give(self, value: T) -> T:
        """Worker: hand ``value`` over; if the GUI cancelled meanwhile it is released here and
        :class:`errors.Cancelled` is raised."""
        with self._lock:
            if not self.cancelled:
                self._value = value
                return value
        self._release(value)
        raise errors.Cancelled()

    def take(self, *, cancel: bool = False) -> T | None:
        """GUI thread: the value handed over (None: not yet, or taken already); ``cancel``
        marks the handoff cancelled first, so that a value given later is released by the
        worker.  Whoever takes the value is in charge of it."""
        with self._lock:
            self.cancelled = self.cancelled or cancel
            value, self._value = self._value, None
        return value
