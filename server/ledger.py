"""The evidence ledger: one append-only Merkle log per organisation (RFC 6962/9162 hashing).

Every perfect subtree of a log is stored once (``nodes``, level 0 = leaf hashes), so an append
costs O(log n) lookups plus about two inserts per leaf, and any root or proof is a handful of
primary-key lookups whatever the size of the log.  Appends to one log are serialised by locking
its row in ``logs`` (``SELECT … FOR UPDATE`` on PostgreSQL, the database write lock on SQLite),
and a batch is one transaction: all of it is appended, or nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update

from crypto import merkle
from crypto.jcs import canonical_json
from server import tables as t
from server.db import Database
from server.errors import ApiError, not_found
from server.keys import LogKey
from server.timefmt import format_time
from server.tsa import TimeStamper

FIELDS = ("sha256", "sm3", "type", "at")
_CHUNK = 900  # bound parameters per IN (...) query


@dataclass(frozen=True)
class EventIn:
    """One submitted event (already validated against the protocol)."""

    event_id: str
    sha256: str
    sm3: str
    type: str
    at: str


def node_key(level: int, index: int) -> int:
    """The stored key of the perfect subtree of ``2**level`` leaves from ``index << level``."""
    return (index << 6) | level


def leaf_object(
    device_id: str, event_id: str, sha256: str, sm3: str, type_: str, at: str
) -> dict[str, str]:
    """The leaf as the protocol defines it; its canonical JSON is what is hashed."""
    return {"device": device_id, "event_id": event_id, "sha256": sha256, "sm3": sm3,
            "type": type_, "at": at}


class Ledger:
    """Appends, tree heads and proofs of the organisations' logs."""

    def __init__(self, db: Database, key: LogKey, clock: Any, tsa: TimeStamper | None = None):
        self.db = db
        self.key = key
        self.clock = clock
        self.tsa = tsa
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def _org_lock(self, org_id: str) -> threading.Lock:
        """Appends of this process to one log queue here before they queue in the database."""
        with self._locks_guard:
            return self._locks.setdefault(org_id, threading.Lock())

    # -- logs and tree heads ------------------------------------------------------------------

    def create_log(self, conn: Connection, org_id: str) -> None:
        """The empty log of a new organisation, with its first signed tree head."""
        empty = {"org_id": org_id, "tree_size": 0, "root_hash": merkle.EMPTY_ROOT}
        conn.execute(t.logs.insert().values(**empty))
        self._sign_head(conn, org_id, 0, merkle.EMPTY_ROOT)

    def _sign_head(self, conn: Connection, org_id: str, size: int, root: bytes) -> dict[str, Any]:
        head: dict[str, Any] = {
            "org_id": org_id,
            "tree_size": size,
            "root_hash": root.hex(),
            "timestamp": format_time(self.clock()),
            "log_id": self.key.log_id,
        }
        head["signature"] = self.key.sign(head)
        conn.execute(t.tree_heads.insert().values(
            org_id=org_id, tree_size=size, root_hash=head["root_hash"],
            timestamp=head["timestamp"], signature=head["signature"],
        ))
        return head

    def _stamp(self, head: dict[str, Any]) -> dict[str, Any]:
        """Add an RFC 3161 token to a committed head when a TSA is configured."""
        if self.tsa is None or "timestamp_token" in head:
            return head
        fields = {k: head[k] for k in ("org_id", "tree_size", "root_hash", "timestamp", "log_id")}
        token = self.tsa.token(canonical_json(fields))
        if token is not None:
            with self.db.write() as conn:
                conn.execute(update(t.tree_heads).where(
                    (t.tree_heads.c.org_id == head["org_id"])
                    & (t.tree_heads.c.tree_size == head["tree_size"])
                ).values(timestamp_token=token))
            head = {**head, "timestamp_token": token}
        return head

    def _latest_head(self, conn: Connection, org_id: str) -> dict[str, Any]:
        row = conn.execute(
            select(t.tree_heads).where(t.tree_heads.c.org_id == org_id)
            .order_by(t.tree_heads.c.tree_size.desc()).limit(1)
        ).first()
        if row is None:
            raise not_found("unknown_org", "organisation")
        head = {
            "org_id": row.org_id,
            "tree_size": int(row.tree_size),
            "root_hash": row.root_hash,
            "timestamp": row.timestamp,
            "log_id": self.key.log_id,
            "signature": row.signature,
        }
        if row.timestamp_token:
            head["timestamp_token"] = row.timestamp_token
        return head

    def tree_head(self, org_id: str) -> dict[str, Any]:
        """The latest signed tree head of an organisation's log."""
        with self.db.read() as conn:
            head = self._latest_head(conn, org_id)
        return self._stamp(head)

    def _size(self, conn: Connection, org_id: str, lock: bool = False) -> tuple[int, bytes]:
        query = select(t.logs.c.tree_size, t.logs.c.root_hash).where(t.logs.c.org_id == org_id)
        row = conn.execute(query.with_for_update() if lock else query).first()
        if row is None:
            raise not_found("unknown_org", "organisation")
        return int(row.tree_size), bytes(row.root_hash)

    # -- stored subtrees ----------------------------------------------------------------------

    def _fetch(self, conn: Connection, org_id: str, keys: Iterable[int]) -> dict[int, bytes]:
        wanted = sorted(set(keys))
        found: dict[int, bytes] = {}
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            rows = conn.execute(
                select(t.nodes.c.node_id, t.nodes.c.hash).where(
                    (t.nodes.c.org_id == org_id) & t.nodes.c.node_id.in_(chunk)
                )
            )
            found.update((int(r.node_id), bytes(r.hash)) for r in rows)
        if len(found) != len(wanted):
            raise RuntimeError("the log is missing stored subtrees")
        return found

    def _proofs(
        self, conn: Connection, org_id: str, ranges: Sequence[Sequence[merkle.Range]],
        known: dict[int, bytes],
    ) -> list[list[str]]:
        """Hex proofs from lists of ranges, fetching every stored subtree needed at once."""
        parts = [[merkle.perfect_subtrees(a, b) for a, b in proof] for proof in ranges]
        needed = {node_key(lv, i) for proof in parts for rng in proof for lv, i in rng}
        nodes = dict(known)
        nodes.update(self._fetch(conn, org_id, needed - known.keys()))
        return [
            [merkle.fold([nodes[node_key(lv, i)] for lv, i in rng]).hex() for rng in proof]
            for proof in parts
        ]

    # -- appending ----------------------------------------------------------------------------

    def append(self, org_id: str, device_id: str, events: Sequence[EventIn]) -> dict[str, Any]:
        """Append a batch atomically; the tree head and a receipt per event, in order."""
        with self._org_lock(org_id), self.db.write() as conn:
            size, _root = self._size(conn, org_id, lock=True)
            placed = self._existing(conn, org_id, [e.event_id for e in events])
            fresh: list[tuple[int, dict[str, str]]] = []
            order: list[tuple[int, dict[str, str], bool]] = []
            for e in events:
                hit = placed.get(e.event_id)
                if hit is not None:  # sent before (or earlier in this batch): same leaf
                    if any(hit[1][f] != getattr(e, f) for f in FIELDS):
                        raise ApiError(409, "event_conflict",
                                       "an event id was sent before with other fingerprints")
                    order.append((*hit, True))
                    continue
                leaf = leaf_object(device_id, e.event_id, e.sha256, e.sm3, e.type, e.at)
                index = size + len(fresh)
                fresh.append((index, leaf))
                placed[e.event_id] = (index, leaf)
                order.append((index, leaf, False))
            known: dict[int, bytes] = {}
            if fresh:
                new_size, root, known = self._grow(conn, org_id, device_id, size, fresh)
                head = self._sign_head(conn, org_id, new_size, root)
            else:
                head, new_size = self._latest_head(conn, org_id), size
        # the proofs need only committed, immutable subtrees: built outside the log's lock
        ranges = [merkle.inclusion_ranges(index, new_size) for index, _, _ in order]
        with self.db.read() as conn:
            proofs = self._proofs(conn, org_id, ranges, known)
        head = self._stamp(head)
        receipts = [
            {
                "event_id": leaf["event_id"],
                "leaf_index": index,
                "leaf": leaf,
                "tree_size": new_size,
                "inclusion_proof": proof,
                "duplicate": duplicate,
            }
            for (index, leaf, duplicate), proof in zip(order, proofs, strict=True)
        ]
        return {"tree_head": head, "receipts": receipts}

    def _existing(
        self, conn: Connection, org_id: str, ids: Sequence[str]
    ) -> dict[str, tuple[int, dict[str, str]]]:
        out: dict[str, tuple[int, dict[str, str]]] = {}
        wanted = sorted(set(ids))
        for i in range(0, len(wanted), _CHUNK):
            rows = conn.execute(
                select(t.leaves).where(
                    (t.leaves.c.org_id == org_id) & t.leaves.c.event_id.in_(wanted[i:i + _CHUNK])
                )
            )
            for r in rows:
                leaf = leaf_object(r.device_id, r.event_id, r.sha256, r.sm3, r.type, r.at)
                out[r.event_id] = (int(r.leaf_index), leaf)
        return out

    def _grow(
        self, conn: Connection, org_id: str, device_id: str, size: int,
        fresh: Sequence[tuple[int, dict[str, str]]],
    ) -> tuple[int, bytes, dict[int, bytes]]:
        """Store new leaves and every subtree they complete; new size, root and known nodes."""
        frontier = merkle.perfect_subtrees(0, size)
        stored = self._fetch(conn, org_id, [node_key(lv, i) for lv, i in frontier])
        stack = [(lv, i, stored[node_key(lv, i)]) for lv, i in frontier]
        new_nodes: dict[int, bytes] = {}
        for index, leaf in fresh:
            item = (0, index, merkle.leaf_hash(canonical_json(leaf)))
            new_nodes[node_key(0, index)] = item[2]
            while stack and stack[-1][0] == item[0]:  # a binary counter: equal sizes merge
                lv, i, left = stack.pop()
                item = (lv + 1, i >> 1, merkle.node_hash(left, item[2]))
                new_nodes[node_key(item[0], item[1])] = item[2]
            stack.append(item)
        new_size = size + len(fresh)
        root = merkle.fold([h for _, _, h in stack])
        conn.execute(t.leaves.insert(), [
            {"org_id": org_id, "leaf_index": index, "event_id": leaf["event_id"],
             "device_id": device_id, "sha256": leaf["sha256"], "sm3": leaf["sm3"],
             "type": leaf["type"], "at": leaf["at"]}
            for index, leaf in fresh
        ])
        conn.execute(t.nodes.insert(), [
            {"org_id": org_id, "node_id": key, "hash": value} for key, value in new_nodes.items()
        ])
        conn.execute(update(t.logs).where(t.logs.c.org_id == org_id)
                     .values(tree_size=new_size, root_hash=root))
        known = {node_key(lv, i): h for lv, i, h in stack}
        known.update(new_nodes)
        return new_size, root, known

    # -- proofs -------------------------------------------------------------------------------

    def consistency(self, org_id: str, first: int, second: int) -> list[str]:
        """The consistency proof between two sizes of the log (RFC 9162 §2.1.4)."""
        with self.db.read() as conn:
            size, _ = self._size(conn, org_id)
            if not 0 <= first <= second <= size:
                raise ApiError(400, "invalid_tree_size",
                               "tree sizes must satisfy 0 <= first <= second <= the log size")
            return self._proofs(conn, org_id, [merkle.consistency_ranges(first, second)], {})[0]

    def inclusion(self, org_id: str, event_id: str, tree_size: int | None) -> dict[str, Any]:
        """Where an event is in the log and its inclusion proof against ``tree_size``."""
        with self.db.read() as conn:
            size, _ = self._size(conn, org_id)
            row = conn.execute(select(t.leaves.c.leaf_index).where(
                (t.leaves.c.org_id == org_id) & (t.leaves.c.event_id == event_id)
            )).first()
            if row is None:
                raise not_found("unknown_event", "event")
            index = int(row.leaf_index)
            n = size if tree_size is None else tree_size
            if not index < n <= size:
                raise ApiError(400, "invalid_tree_size",
                               "the tree size must include the event and not exceed the log")
            proof = self._proofs(conn, org_id, [merkle.inclusion_ranges(index, n)], {})[0]
        return {"leaf_index": index, "tree_size": n, "inclusion_proof": proof}
