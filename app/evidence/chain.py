"""The evidence chain: an append-only, hash-linked log of events in the vault database.

Each event's canonical body names the SHA-256 of the one before (``prev``); the row also keeps
the body's SHA-256 and SM3.  Appending happens inside the caller's transaction, so an event
commits together with what it records (a document archived, a key destroyed) or not at all.
Triggers refuse UPDATE and DELETE; someone holding the key can still drop them and edit rows,
which :func:`verify` then finds: it walks the chain in order and reports the first broken link
(a missing sequence number, a body that is not canonical, a field that disagrees with its row,
a fingerprint that does not match, or a ``prev`` that does not name the event before).

A walk cannot notice the newest events being cut off by itself; the vault's cross-checks
(every document has its events) and platform receipts anchor the head.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.evidence.events import (
    FORMAT_VERSION,
    GENESIS,
    Event,
    EventDraft,
    fingerprints,
    parse_canonical,
    seal_event,
)
from app.sync import outbox

_COLUMNS = "seq, type, at, document_id, body, sha256, sm3"


@dataclass(frozen=True)
class ChainBreak:
    """The first place where the chain does not hold."""

    seq: int
    reason: str

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form."""
        return {"seq": self.seq, "reason": self.reason}


@dataclass(frozen=True)
class ChainReport:
    """Result of a walk: how many events, the head, and the first break (if any)."""

    events: int
    head: str
    broken: ChainBreak | None

    @property
    def ok(self) -> bool:
        """True when every link holds."""
        return self.broken is None

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form."""
        return {
            "ok": self.ok,
            "events": self.events,
            "head": self.head,
            "broken": self.broken.to_json() if self.broken else None,
        }


def _row_event(row: Sequence[Any]) -> Event:
    seq, type_, at, document, body, sha256, sm3 = row
    data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    return Event(int(seq), str(type_), str(at), document, data, str(sha256), str(sm3))


def head(conn: Any) -> tuple[int, str]:
    """Sequence number and SHA-256 of the newest event ((0, GENESIS) when empty)."""
    row = conn.execute("SELECT seq, sha256 FROM evidence ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def append(conn: Any, draft: EventDraft, at: str | None = None) -> Event:
    """Add one event after the current head, inside the caller's transaction (and the outbox)."""
    seq, prev = head(conn)
    event = seal_event(draft, seq + 1, prev, at)
    conn.execute(
        f"INSERT INTO evidence ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (
            event.seq,
            event.type,
            event.at,
            event.document,
            event.body.decode("utf-8"),
            event.sha256,
            event.sm3,
        ),
    )
    outbox.enqueue(conn, event)  # queued for the platform in the same transaction (issue 7)
    return event


def append_many(conn: Any, drafts: Sequence[EventDraft]) -> list[Event]:
    """Append several events in order (one transaction is the caller's)."""
    return [append(conn, d) for d in drafts]


def events_for(conn: Any, document_id: str) -> list[Event]:
    """Every event about one document, oldest first (uses the document index)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM evidence WHERE document_id = ? ORDER BY seq",  # noqa: S608
        (document_id,),
    ).fetchall()
    return [_row_event(r) for r in rows]


def events_between(conn: Any, first: int, last: int) -> list[Event]:
    """Events ``first..last`` inclusive, in order."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM evidence WHERE seq BETWEEN ? AND ? ORDER BY seq",  # noqa: S608
        (first, last),
    ).fetchall()
    return [_row_event(r) for r in rows]


def iter_events(conn: Any, batch: int = 5000) -> Iterator[Event]:
    """Every event in order, read in batches."""
    after = 0
    while True:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM evidence WHERE seq > ? ORDER BY seq LIMIT ?",  # noqa: S608
            (after, batch),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield _row_event(row)
        after = int(rows[-1][0])


def verify_events(
    events: Iterator[Event] | Sequence[Event], start_prev: str = GENESIS, start_seq: int = 1
) -> ChainReport:
    """Walk events in order and report the first broken link."""
    prev, expected, count = start_prev, start_seq, 0
    for event in events:
        problem = check_link(event, expected, prev)
        if problem is not None:
            return ChainReport(count, prev, ChainBreak(expected, problem))
        prev, expected, count = event.sha256, expected + 1, count + 1
    return ChainReport(count, prev, None)


def verify(conn: Any) -> ChainReport:
    """Walk the whole chain in the vault and report the first broken link."""
    return verify_events(iter_events(conn))


def check_link(event: Event, expected_seq: int, prev: str) -> str | None:
    """Why ``event`` is not the valid successor of ``prev`` at ``expected_seq`` (None: it is)."""
    if event.seq != expected_seq:
        return f"event {expected_seq} is missing (next is {event.seq})"
    try:
        body = parse_canonical(event.body)
    except (ValueError, UnicodeDecodeError) as exc:
        return f"body is not canonical JSON ({exc})"
    if not isinstance(body, dict):
        return "body is not an object"
    sha256, sm3 = fingerprints(event.body)
    if sha256 != event.sha256:
        return "SHA-256 fingerprint does not match the body"
    if sm3 != event.sm3:
        return "SM3 fingerprint does not match the body"
    if body.get("v") != FORMAT_VERSION:
        return f"unknown event format {body.get('v')!r}"
    for field, column in (
        ("seq", event.seq),
        ("type", event.type),
        ("at", event.at),
        ("document", event.document),
    ):
        if body.get(field) != column:
            return f"body field '{field}' disagrees with its row"
    if body.get("prev") != prev:
        return "prev does not name the event before (link broken)"
    return None
