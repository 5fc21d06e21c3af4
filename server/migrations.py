"""Versioned schema migrations, applied in order at start-up (idempotent, concurrency-safe).

A new database gets the current tables (:mod:`server.tables`) at once and is recorded at
:data:`LATEST`; an older one gets each later step in order, each in the same transaction as its
row in ``schema_version``.  Several app servers starting at once take a lock first (PostgreSQL:
an advisory transaction lock; SQLite: the write lock of ``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Connection,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    column,
    inspect,
    select,
    text,
)
from sqlalchemy import table as sql_table

from server import tables
from server.db import Database

_LOCK_KEY = 0x5EA1DE5C  # pg_advisory_xact_lock key of schema changes


def _v1(conn: Connection) -> None:
    """Everything of protocol version 1 (as first released)."""
    tables.metadata.create_all(conn, checkfirst=True)


def _keys(table: Table) -> dict[str, list[str]]:
    """The primary key and unique constraints of a table as defined now, by name."""
    return {
        str(c.name): [col.name for col in c.columns]
        for c in table.constraints
        if isinstance(c, PrimaryKeyConstraint | UniqueConstraint)
    }


def _rekey(conn: Connection, table: Table) -> None:
    """Give an existing table the keys it is defined with now (SQLite: by a rebuild)."""
    found = inspect(conn)
    pk = found.get_pk_constraint(table.name)
    present = {str(u["name"]): list(u["column_names"])
               for u in found.get_unique_constraints(table.name)}
    present[str(pk["name"] or "pk")] = list(pk["constrained_columns"])
    wanted = _keys(table)
    if sorted(present.values()) == sorted(wanted.values()):
        return
    if conn.dialect.name == "postgresql":
        steps = [f'DROP CONSTRAINT "{name}"' for name in present]
        steps += [
            f'ADD CONSTRAINT "{name}" '
            + ("PRIMARY KEY" if name == table.primary_key.name else "UNIQUE")
            + f" ({', '.join(columns)})"
            for name, columns in wanted.items()
        ]
        conn.execute(text(f"ALTER TABLE {table.name} " + ", ".join(steps)))
        return
    names = [c.name for c in table.columns]
    old = sql_table(f"{table.name}_old", *(column(name) for name in names))
    conn.execute(text(f"ALTER TABLE {table.name} RENAME TO {old.name}"))
    table.create(conn)
    conn.execute(table.insert().from_select(names, select(*old.c)))
    conn.execute(text(f"DROP TABLE {old.name}"))


def _v2(conn: Connection) -> None:
    """Revocable devices; the log tables' keys lead with what is looked up (see tables.py)."""
    if "revoked_at" not in {c["name"] for c in inspect(conn).get_columns("devices")}:
        conn.execute(text("ALTER TABLE devices ADD COLUMN revoked_at DOUBLE PRECISION"))
    _rekey(conn, tables.leaves)
    _rekey(conn, tables.nodes)


def _v3(conn: Connection) -> None:
    """The seal-custody mailbox (server/custody.py)."""
    tables.custody_requests.create(conn, checkfirst=True)


def _v4(conn: Connection) -> None:
    """Certificates the reference CA issued (server/issuance.py)."""
    tables.certificates.create(conn, checkfirst=True)


def _v5(conn: Connection) -> None:
    """Revocations of issued certificates and the CA's CRL (server/revocation.py)."""
    tables.certificate_revocations.create(conn, checkfirst=True)
    tables.ca_crls.create(conn, checkfirst=True)


MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _v1), (2, _v2), (3, _v3), (4, _v4), (5, _v5)
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The schema version of the database (0: empty)."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    found = conn.execute(select(tables.schema_version.c.version)).scalars().all()
    return max(found, default=0)


def migrate(db: Database, now: float) -> int:
    """Bring the schema up to :data:`LATEST`; the version it is at afterwards."""
    with db.write() as conn:
        if db.is_postgresql:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
        version = current_version(conn)
        if version > LATEST:
            raise RuntimeError(f"database schema {version} is newer than this platform")
        if version == 0:  # a new database: today's tables, no steps
            tables.metadata.create_all(conn, checkfirst=True)
            conn.execute(tables.schema_version.insert().values(version=LATEST, applied_at=now))
            return LATEST
        for number, step in MIGRATIONS:
            if number > version:
                step(conn)
                conn.execute(tables.schema_version.insert().values(version=number, applied_at=now))
                version = number
    return version
