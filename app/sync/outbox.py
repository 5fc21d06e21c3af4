"""The outbox: evidence events that still wait for a verified platform receipt.

:func:`enqueue` is called by :func:`app.evidence.chain.append` inside the transaction that
writes the event, so an event and its place in the outbox commit together.  Everything here
runs on the vault connection (``conn``) inside the caller's transaction; nothing talks to the
network.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.evidence.events import Event


def enqueue(conn: Any, event: Event) -> None:
    """Queue one freshly appended event (same transaction as its INSERT)."""
    conn.execute(
        "INSERT INTO outbox (evidence_seq, queued_at) VALUES (?, ?)", (event.seq, event.at)
    )


def pending(conn: Any, limit: int, after: int = 0) -> list[Event]:
    """Up to ``limit`` queued events with ``seq > after``, oldest first."""
    from app.evidence import chain  # here, not at the top: chain imports this module

    rows = conn.execute(
        "SELECT e.seq, e.type, e.at, e.document_id, e.body, e.sha256, e.sm3 "
        "FROM outbox o JOIN evidence e ON e.seq = o.evidence_seq "
        "WHERE o.evidence_seq > ? ORDER BY o.evidence_seq LIMIT ?",
        (after, limit),
    ).fetchall()
    return [chain._row_event(r) for r in rows]


def count(conn: Any) -> int:
    """How many events wait for the platform."""
    return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


def note_attempt(conn: Any, seqs: list[int]) -> None:
    """Count one more sending attempt for these events (shown by ``sealdesk sync``)."""
    conn.executemany(
        "UPDATE outbox SET attempts = attempts + 1 WHERE evidence_seq = ?", [(s,) for s in seqs]
    )


def acknowledge(conn: Any, seq: int) -> None:
    """Take an event out of the outbox (its verified receipt is stored in the same transaction)."""
    conn.execute("DELETE FROM outbox WHERE evidence_seq = ?", (seq,))
