"""The vault's audit log: who did what to the vault, when — append-only.

Every vault operation (open, archive, export, destroy, check, passphrase change) writes one
row, in the same transaction as the operation when it changes the vault, so the log and the
vault never disagree.  Triggers refuse UPDATE and DELETE.  The log is operational: unlike the
evidence chain it is not hash-linked and is not exported as proof; rows name the actor as
``user@host (front end)`` and the target by document id, never by content or personal data.
"""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass
from typing import Any

from app.evidence.events import utc_now

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
    conn.execute(
        "INSERT INTO audit (at, actor, action, target, outcome) VALUES (?, ?, ?, ?, ?)",
        (utc_now(), actor, action, target, outcome),
    )


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


def check_sequence(conn: Any) -> int | None:
    """The first missing sequence number in the log (a deleted row), or None."""
    expected = 1
    for (seq,) in conn.execute("SELECT seq FROM audit ORDER BY seq"):
        if seq != expected:
            return expected
        expected += 1
    return None
