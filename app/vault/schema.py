"""The vault's database schema, versioned with ``PRAGMA user_version`` and forward migrations.

Each migration is applied in its own transaction together with the new ``user_version``, so a
crash leaves the vault at the previous or the next version, never in between.  A vault newer
than this code is refused (:class:`~crypto.errors.VaultTooNew`) rather than guessed at.

Tables (version 2):

* ``meta``: the vault's own secrets and settings (vault key that wraps document keys, personal
  data keys, the client signing key).  They exist only inside the encrypted database.
* ``documents``: one row per archived contract; its AES-256-GCM key wrapped by the vault key.
  A destroyed document keeps a tombstone (id, fingerprints, when, why) without name or key.
* ``evidence``: the hash-chained event log (:mod:`app.evidence.chain`); append-only triggers.
* ``audit``: who did what to the vault, when (:mod:`app.vault.audit`); append-only triggers.
* ``personal``: field-encrypted personal data (:mod:`app.vault.personal`) with a blind index.
* ``receipts`` (v2): platform receipts for synced evidence events, kept for the evidence page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.compliance import tables as compliance_tables
from app.custody import tables as custody_tables
from app.sync import tables as sync_tables
from app.vault import audit
from crypto import errors

APPEND_ONLY = """
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
"""

V1 = (
    """
CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    sm3            TEXT NOT NULL,
    size           INTEGER NOT NULL,
    origin         TEXT NOT NULL CHECK (origin IN ('sign', 'import')),
    signed_at      TEXT,
    added_at       TEXT NOT NULL,
    signers        TEXT NOT NULL DEFAULT '[]',
    wrapped_key    BLOB,
    state          TEXT NOT NULL CHECK (state IN ('active', 'destroyed')),
    destroyed_at   TEXT,
    destroy_reason TEXT,
    CHECK ((state = 'active') = (wrapped_key IS NOT NULL))
);
CREATE INDEX documents_sha256 ON documents(sha256);

CREATE TABLE evidence (
    seq         INTEGER PRIMARY KEY,
    document_id TEXT,
    type        TEXT NOT NULL,
    at          TEXT NOT NULL,
    body        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    sm3         TEXT NOT NULL
);
CREATE INDEX evidence_document ON evidence(document_id, seq);

CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT,
    outcome TEXT NOT NULL
);

CREATE TABLE personal (
    id          TEXT PRIMARY KEY,
    document_id TEXT REFERENCES documents(id),
    kind        TEXT NOT NULL,
    nonce       BLOB NOT NULL,
    ciphertext  BLOB NOT NULL,
    blind_index BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX personal_blind_index ON personal(blind_index);
CREATE INDEX personal_document ON personal(document_id);
"""
    + APPEND_ONLY.format(table="evidence")
    + APPEND_ONLY.format(table="audit")
)

V2 = """
CREATE TABLE receipts (
    evidence_seq INTEGER PRIMARY KEY REFERENCES evidence(seq),
    platform     TEXT NOT NULL,
    receipt      TEXT NOT NULL,
    received_at  TEXT NOT NULL
);
"""

# V3 and later belong to features, each in its own module (app/<feature>/tables.py).
# A step is SQL, or a function run on the connection inside the step's transaction.
Migration = str | Callable[[Any], None]
MIGRATIONS: tuple[Migration, ...] = (
    V1,
    V2,
    sync_tables.MIGRATION,  # V3
    compliance_tables.MIGRATION,  # V4
    custody_tables.MIGRATION,  # V5
    audit.migrate_to_chain,  # V6: the audit log hash-chained (Python: existing rows chained)
)
LATEST = len(MIGRATIONS)


def version(conn: Any) -> int:
    """The schema version of an open vault (0: empty database)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any, path: str, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Bring the schema up to date, one transaction per step; returns the final version."""
    current = version(conn)
    if current > len(migrations):
        raise errors.VaultTooNew(path=path, version=current)
    for number in range(current + 1, len(migrations) + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step = migrations[number - 1]
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return len(migrations)


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (triggers keep their inner semicolons)."""
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        stripped = buffer.strip()
        if not stripped.endswith(";"):
            continue
        in_trigger = stripped.upper().startswith("CREATE TRIGGER")
        if in_trigger and not stripped.upper().endswith("END;"):
            continue
        out.append(stripped)
        buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out
