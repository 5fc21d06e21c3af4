"""The vault's audit log: who did what to the vault, when — append-only and hash-chained.

Every vault operation (open, archive, export, destroy, check, key change) writes one row, in
the same transaction as the operation when it changes the vault, so the log and the vault never
disagree.  Triggers refuse UPDATE and DELETE.  Since schema version 6 each row also carries
``prev`` (the hash of the row before; 64 zeros for the first) and ``hash`` = SHA-256 of the
row's canonical JSON (seq, at, actor, action, target, outcome, prev), so a row edited, removed
or reordered by someone holding the key breaks the chain, and :func:`verify` names the first
broken link as the evidence walk does.  The log is operational, not exported as proof; rows
name the actor as ``user@host (front end)`` and the target by document id, never by content
or personal data.
"""

from __future__ import annotations

import getpass
import hashlib
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.evidence.chain import ChainBreak
from app.evidence.events import GENESIS, utc_now
from crypto.jcs import canonical_json

ACTIONS = frozenset(
    {
        "init",
        "unlock",
        "add",
        "archive_signed",
        "read",
        "export",
        "destroy",
        "check",
        "rekey",
        "personal_add",
        "personal_lookup",
        "personal_erase",
        "evidence_page",
        "recover",
    }
)


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log."""

    seq: int
    at: str
    actor: str
    action: str
    target: str | None
    outcome: str

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form."""
        return {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "target": self.target,
            "outcome": self.outcome,
        }


def current_actor(front_end: str = "cli") -> str:
    """``user@host (front end)`` for the person running SealDesk."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (e.g. a container without passwd entry)
        user = "unknown"
    return f"{user}@{socket.gethostname()} ({front_end})"


def record(
    conn: Any, actor: str, action: str, target: str | None = None, outcome: str = "ok"
) -> None:
    """Append one audit row (inside the caller's transaction when there is one)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    head = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if head is None else (int(head[0]) + 1, str(head[1]))
    row = (seq, utc_now(), actor, action, target, outcome)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, target, outcome, prev, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (*row, prev, row_hash(row, prev)),
    )


def row_hash(row: Sequence[Any], prev: str) -> str:
    """SHA-256 (hex) of one row's canonical JSON, linked to the hash of the row before."""
    seq, at, actor, action, target, outcome = row
    body = {"seq": int(seq), "at": at, "actor": actor, "action": action, "target": target,
            "outcome": outcome, "prev": prev}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def entries(conn: Any, limit: int = 100, target: str | None = None) -> list[AuditEntry]:
    """The newest ``limit`` rows (optionally about one target), oldest first."""
    if target is None:
        rows = conn.execute(
            "SELECT seq, at, actor, action, target, outcome FROM audit ORDER BY seq DESC LIMIT ?",
            (limit,),
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT seq, at, actor, action, target, outcome FROM audit WHERE target = ? "
            "ORDER BY seq DESC LIMIT ?",
            (target, limit),
        ).fetchall()
    return [AuditEntry(int(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in reversed(rows)]


def verify(conn: Any) -> ChainBreak | None:
    """Walk the log in order; the first broken link (missing row, edited row, broken
    ``prev``), or None when every link holds."""
    expected, prev = 1, GENESIS
    cursor = conn.execute(
        "SELECT seq, at, actor, action, target, outcome, prev, hash FROM audit ORDER BY seq"
    )
    for seq, at, actor, action, target, outcome, row_prev, digest in cursor:
        if seq != expected:
            return ChainBreak(expected, f"audit entry {expected} is missing (next is {seq})")
        if row_prev != prev:
            return ChainBreak(seq, "prev does not name the entry before (link broken)")
        if digest != row_hash((seq, at, actor, action, target, outcome), prev):
            return ChainBreak(seq, "hash does not match the entry (entry edited)")
        expected, prev = expected + 1, str(digest)
    return None


_TRIGGERS = {
    "audit_no_update": "BEFORE UPDATE",
    "audit_no_delete": "BEFORE DELETE",
}


def migrate_to_chain(conn: Any) -> None:
    """Schema step V6: add ``prev``/``hash`` and chain the rows already there (inside the
    migration's transaction; the append-only triggers are lifted for it and put back)."""
    for name in _TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("ALTER TABLE audit ADD COLUMN prev TEXT")
    conn.execute("ALTER TABLE audit ADD COLUMN hash TEXT")
    rows = conn.execute(
        "SELECT seq, at, actor, action, target, outcome FROM audit ORDER BY seq"
    ).fetchall()
    prev = GENESIS
    for row in rows:
        digest = row_hash(row, prev)
        conn.execute("UPDATE audit SET prev = ?, hash = ? WHERE seq = ?", (prev, digest, row[0]))
        prev = digest
    for name, when in _TRIGGERS.items():
        conn.execute(
            f"CREATE TRIGGER {name} {when} ON audit "
            "BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END"
        )
