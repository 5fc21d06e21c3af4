"""One thread per PKCS#11 module: every call into a loaded module runs on its own thread.

Vendor middleware is often not thread-safe, and python-pkcs11 initialises modules without
locking callbacks, so a module must only ever be entered from one thread.  The thread is
named ``pkcs11:<module file name>``; loading (C_Initialize) and unloading (C_Finalize) run
there too.  Callers get a ``concurrent.futures.Future`` (``submit``) or block (``call``).
"""

from __future__ import annotations

import atexit
import logging
import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

import pkcs11

from crypto.errors import ModuleNotFound, Text, TokenError
from crypto.tokens.pkcs11.errors import module_load_error
from crypto.tokens.pkcs11.raw import RawModule

log = logging.getLogger(__name__)
T = TypeVar("T")

_Job = tuple["Future[Any]", Callable[[], Any]]


@dataclass(frozen=True)
class LibraryInfo:
    """CK_INFO of a loaded module (RFC 7512 library-manufacturer / -description / -version)."""

    manufacturer: str
    description: str
    version: tuple[int, int]


class ModuleWorker:
    """The thread owning one loaded module; ``lib`` and ``raw`` may only be used from it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.thread_name = f"pkcs11:{os.path.basename(path)}"
        self.lib: Any = None  # pkcs11.lib, set on the worker thread by load()
        self.raw: RawModule | None = None
        self.info = LibraryInfo("", "", (0, 0))
        self.logins: dict[int, int] = {}  # slot id -> our open sessions sharing its login
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Queue ``fn`` for the module thread; its result or exception arrives in the future."""
        future: Future[T] = Future()
        if self._closed:
            closed = Text("the driver thread {name} is closed", name=self.thread_name)
            future.set_exception(TokenError(detail=closed))
            return future
        self._jobs.put((future, fn))
        return future

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the module thread and wait for it (inline if already there)."""
        if self.on_thread():
            return fn()
        return self.submit(fn).result()

    def on_thread(self) -> bool:
        """True when the caller is this module's thread."""
        return threading.current_thread() is self._thread

    def load(self) -> None:
        """Load and initialise the module (C_Initialize); runs on the module thread."""
        assert self.on_thread(), "modules load on their own thread"
        self.lib = pkcs11.lib(self.path)
        self.raw = RawModule(self.path)
        self.info = LibraryInfo(
            self.lib.manufacturer_id, self.lib.library_description, self.lib.library_version
        )

    def close(self, timeout: float = 5.0) -> None:
        """Finalise the module on its thread and stop the thread.  Safe to call twice."""
        if self._closed:
            return
        if self.on_thread():  # from one of our own jobs: waiting would deadlock
            self._unload()
            self._closed = True
            self._jobs.put(None)
            return
        done = self.submit(self._unload)
        self._closed = True
        self._jobs.put(None)
        try:
            done.result(timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - closing must not fail the caller
            log.warning("closing %s failed: %s", self.thread_name, exc)

    def _unload(self) -> None:
        if self.lib is not None:
            pkcs11.unload(self.path)
        self.lib = None
        self.raw = None
        self.logins.clear()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            future, fn = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                future.set_exception(exc)
            else:
                future.set_result(result)
            del job, future, fn


_workers: dict[str, ModuleWorker] = {}
_registry_lock = threading.Lock()


def module_worker(path: str) -> ModuleWorker:
    """The worker owning the module at ``path``, loading it on first use.

    Raises ModuleNotFound (with "32-bit module, SealDesk is 64-bit" and the like) when the
    file is missing or does not load.  Paths naming the same file share one worker.
    """
    key = _identity(path)
    with _registry_lock:
        worker = _workers.get(key)
        if worker is not None:
            return worker
        if not os.path.isfile(path):
            raise module_load_error(path)
        worker = ModuleWorker(path)
        try:
            worker.call(worker.load)
        except BaseException as exc:
            worker.close(timeout=1.0)
            if isinstance(exc, ModuleNotFound):
                raise
            raise module_load_error(path, exc) from exc
        _workers[key] = worker
        return worker


def loaded_workers() -> list[ModuleWorker]:
    """Workers of the modules loaded so far."""
    with _registry_lock:
        return list(_workers.values())


def close_module(path: str) -> None:
    """Unload one module (its sessions become invalid); the next use loads it again."""
    with _registry_lock:
        worker = _workers.pop(_identity(path), None)
    if worker is not None:
        worker.close()


@atexit.register
def close_all_modules() -> None:
    """C_Finalize every loaded module on its own thread (at exit, so vendor code is not left
    to finalise from the interpreter's teardown on the wrong thread)."""
    with _registry_lock:
        workers = list(_workers.values())
        _workers.clear()
    for worker in workers:
        worker.close(timeout=2.0)


def _identity(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))
