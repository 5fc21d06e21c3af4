"""The vault's one database connection, owned by one serial executor thread.

Every database call runs on the thread named ``sealdesk-vault`` (Anki's model: one serial
executor for the collection).  Callers hand it a function ``fn(conn)`` and wait for the result,
or get a :class:`concurrent.futures.Future` to wait on later (the GUI does that).  The thread
opens the SQLCipher file, keys it, checks the key, and closes the connection — forgetting the
key — after ``idle_timeout`` seconds without work (the vault then reports
:class:`~crypto.errors.VaultLocked` until it is unlocked again).

SQLCipher's "file is not a database" (wrong key, or a damaged first page) becomes
:class:`~crypto.errors.VaultWrongKey` here, where the backend ends.  The driver module is a
parameter so that the benchmark runs the same code on plain ``sqlite3``.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from crypto import errors
from crypto.errors import Text

log = logging.getLogger(__name__)

THREAD_NAME = "sealdesk-vault"
T = TypeVar("T")
Job = tuple[Callable[[Any], Any], "Future[Any]"]
_STOP = object()


def sqlcipher_driver() -> ModuleType:
    """The SQLCipher DB-API module, with its own logging to stderr silenced."""
    import sqlcipher3.dbapi2

    driver: ModuleType = sqlcipher3.dbapi2
    probe = driver.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")  # process-wide; errors are ours to tell
    finally:
        probe.close()
    return driver


def key_pragma(key: str | bytes) -> str:
    """``PRAGMA key`` for a passphrase (SQLCipher's KDF) or 32 raw key bytes (no KDF)."""
    if isinstance(key, bytes):
        if len(key) != 32:
            raise errors.InternalError("A raw vault key must be 32 bytes.")
        return f"PRAGMA key = \"x'{key.hex()}'\""
    if "\x00" in key:
        raise errors.VaultWrongKey(path="-")
    return "PRAGMA key = '{}'".format(key.replace("'", "''"))


def rekey_pragma(key: str | bytes) -> str:
    """``PRAGMA rekey`` with the same encoding as :func:`key_pragma`."""
    return key_pragma(key).replace("PRAGMA key", "PRAGMA rekey", 1)


def is_wrong_key(exc: BaseException) -> bool:
    """Whether a driver error means "not a database under this key"."""
    text = str(exc).lower()
    return "file is not a database" in text or "not a database" in text


class VaultConnection:
    """A serial executor that owns the SQLCipher connection for one vault file."""

    def __init__(
        self,
        path: Path,
        key: str | bytes | None,
        *,
        driver: ModuleType | None = None,
        idle_timeout: float | None = None,
        synchronous: str = "FULL",
    ) -> None:
        self.path = Path(path)
        self._key = key
        self._driver = driver
        self._idle_timeout = idle_timeout
        self._synchronous = synchronous
        self._queue: queue.Queue[Any] = queue.Queue()
        self._conn: Any = None
        self._locked = False
        self._opened = threading.Event()
        self._open_error: BaseException | None = None
        self._thread = threading.Thread(target=self._serve, name=THREAD_NAME, daemon=True)
        self._thread.start()
        self._opened.wait()
        if self._open_error is not None:
            self._thread.join()
            raise self._open_error

    # --- public API ---------------------------------------------------------------------

    def submit(self, fn: Callable[[Any], T]) -> Future[T]:
        """Queue ``fn(conn)`` on the vault thread; the future carries its result or error."""
        future: Future[T] = Future()
        if not self._thread.is_alive():
            future.set_exception(errors.VaultLocked(path=str(self.path)))
            return future
        self._queue.put((fn, future))
        return future

    def call(self, fn: Callable[[Any], T]) -> T:
        """Run ``fn(conn)`` on the vault thread and wait for it."""
        return self.submit(fn).result()

    def transaction(self, fn: Callable[[Any], T]) -> T:
        """Run ``fn(conn)`` inside one IMMEDIATE transaction: all of it commits, or none."""

        def run(conn: Any) -> T:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result

        return self.call(run)

    @property
    def idle_timeout(self) -> float | None:
        """Seconds without work after which the connection closes itself (None: never)."""
        return self._idle_timeout

    @property
    def locked(self) -> bool:
        """True once the connection was closed for idleness (the key is forgotten)."""
        return self._locked

    def close(self) -> None:
        """Finish queued work, close the connection and stop the thread."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join()

    # --- the thread ---------------------------------------------------------------------

    def _serve(self) -> None:
        try:
            self._conn = self._open()
        except BaseException as exc:  # handed to the constructor's caller
            self._open_error = exc
            self._opened.set()
            return
        finally:
            self._key = None  # SQLCipher holds the derived key now; we drop our reference
        self._opened.set()
        try:
            while True:
                try:
                    job = self._queue.get(timeout=self._idle_timeout)
                except queue.Empty:
                    log.info("vault idle for %ss: locking", self._idle_timeout)
                    self._locked = True
                    break
                if job is _STOP:
                    break
                self._run(job)
        finally:
            self._shutdown()

    def _run(self, job: Job) -> None:
        fn, future = job
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(self._conn))
        except BaseException as exc:
            future.set_exception(self._translate(exc))

    def _shutdown(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # closing must not hide why we stopped
                log.warning("closing the vault connection failed", exc_info=True)
            self._conn = None
        self._key = None
        while True:  # anything queued after the stop: the vault is locked now
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is not _STOP:
                job[1].set_exception(errors.VaultLocked(path=str(self.path)))

    def _open(self) -> Any:
        driver = self._driver or sqlcipher_driver()
        try:
            conn = driver.connect(str(self.path), isolation_level=None, check_same_thread=True)
        except driver.Error as exc:
            raise errors.VaultError(path=str(self.path), detail=str(exc)) from exc
        try:
            if self._key is not None:
                conn.execute(key_pragma(self._key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # checks the key
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute(f"PRAGMA synchronous = {self._synchronous}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed (shredding)
            conn.execute("PRAGMA busy_timeout = 5000")
        except BaseException as exc:
            conn.close()
            raise self._translate(exc) from exc
        return conn

    def _translate(self, exc: BaseException) -> BaseException:
        if isinstance(exc, errors.SealDeskError):
            return exc
        if is_wrong_key(exc):
            return errors.VaultWrongKey(path=str(self.path))
        module = type(exc).__module__ or ""
        if module.startswith(("sqlcipher3", "sqlite3")):
            text = str(exc).lower()
            if "malformed" in text or "corrupt" in text:
                detail = Text("the database is damaged ({error})", error=str(exc))
                return errors.VaultTampered(detail=detail)
            if "disk" in text or "full" in text or "readonly" in text or "unable to open" in text:
                return errors.VaultError(path=str(self.path), detail=str(exc))
            log.error("vault database error", exc_info=exc)
            new = errors.InternalError()
            new.__cause__ = exc
            return new
        return exc
