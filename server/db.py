"""The database: one engine for SQLite (WAL, default) or PostgreSQL, chosen by URL.

Writes go through :meth:`Database.write`; on SQLite it starts ``BEGIN IMMEDIATE`` so writers
queue on the file lock instead of failing half-way, on PostgreSQL the code locks the rows it
serialises on (``SELECT … FOR UPDATE``).  Reads use :meth:`Database.read`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

_WRITE = "sealdesk_write"
# kept open: one per worker thread of the server (anyio's default pool has 40), so connections
# are not opened and closed under load; beyond that a few short-lived extra ones
POOL, OVERFLOW = 40, 10


def engine_for(url: str) -> Engine:
    """An engine for ``sqlite:///FILE`` or ``postgresql://…`` (psycopg 3)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = create_engine(
            parsed, connect_args={"timeout": 60, "check_same_thread": False}, pool_size=POOL,
            max_overflow=OVERFLOW,
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        # no server-side prepared statements: a generic plan made while a log was small (a
        # sequential scan) would otherwise be kept as it grows, and appends slow down with size
        return create_engine(
            parsed, pool_size=POOL, max_overflow=OVERFLOW, pool_pre_ping=True,
            connect_args={"prepare_threshold": None},
        )
    raise ValueError("the database URL must be sqlite:///FILE or postgresql://…")


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _sqlite_begin)
    cur = dbapi_conn.cursor()
    for pragma in (
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",  # a receipt handed out is on disk
        "PRAGMA foreign_keys=ON",
        "PRAGMA busy_timeout=60000",
    ):
        cur.execute(pragma)
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """Transactions on the platform's database."""

    def __init__(self, url: str) -> None:
        self.engine = engine_for(url)
        self.dialect = self.engine.dialect.name
        # SQLite has one writer at a time anyway: threads of this process queue here (woken at
        # once) rather than in SQLite's busy handler (which polls with sleeps, unfairly)
        self._sqlite_writer = threading.Lock() if self.dialect == "sqlite" else None

    @property
    def is_postgresql(self) -> bool:
        return self.dialect == "postgresql"

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction that will write (committed when the block ends without error)."""
        with self._sqlite_writer or nullcontext(), self.engine.connect() as conn:
            conn = conn.execution_options(**{_WRITE: True})
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only transaction."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()
