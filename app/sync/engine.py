"""The sync engine: outbox → platform → verified receipts, in batches, safe to interrupt.

One run sends the outbox oldest first in batches of at most 500 events.  For each batch:

1. read the batch (a short call on the vault thread);
2. send it (the network; no vault transaction is open, so signing never waits for it);
3. check the answer (:mod:`app.sync.receipts`): tree head signature, consistency with the tree
   head kept (a consistency proof fetched when the sizes differ), each receipt's leaf and proof;
4. store the verified receipts with their tree head and take those events out of the outbox,
   in one short transaction.

A crash anywhere leaves the events in the outbox; sending them again is answered with their
existing leaves (``duplicate``), so nothing is appended twice.  A receipt that does not verify
is not stored: its event stays queued, the run stops, and a warning is kept for the user.
"""

from __future__ import annotations

import logging
import threading
import weakref
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from app.evidence.events import Event, utc_now
from app.sync import outbox, state
from app.sync.device import SyncConfig, load_config
from app.sync.errors import EventConflict, PlatformRefused, ReceiptRejected
from app.sync.receipts import (
    TreeHead,
    expected_leaf,
    verify_consistency,
    verify_receipt,
    wire_event,
)
from app.sync.transport import Endpoint, PlatformClient, RetryPolicy
from crypto import errors
from crypto.errors import Text
from crypto.jcs import canonical_json

if TYPE_CHECKING:
    from app.vault.vault import Vault

log = logging.getLogger(__name__)

BATCH = 500
_RUN_LOCKS: weakref.WeakKeyDictionary[Any, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()


@dataclass
class SyncReport:
    """What one run did."""

    sent: int = 0
    stored: int = 0
    duplicates: int = 0
    batches: int = 0
    pending: int = 0
    tree_size: int | None = None
    rejected: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form (``--json``)."""
        return {
            "sent": self.sent,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "batches": self.batches,
            "pending": self.pending,
            "tree_size": self.tree_size,
            "rejected": self.rejected,
        }


@dataclass(frozen=True)
class _Checked:
    head: TreeHead
    good: list[tuple[Event, dict[str, Any]]]
    rejected: list[tuple[Event, ReceiptRejected]]


class EvidenceSync:
    """Sends a vault's outbox to its platform; one run at a time per vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        endpoint: Endpoint | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
        batch: int = BATCH,
        stop: threading.Event | None = None,
    ) -> None:
        self.vault = vault
        self.endpoint = endpoint
        self.retry = retry
        self.timeout = timeout
        self.batch = max(1, min(batch, BATCH))
        self.stop = stop or threading.Event()
        with _LOCKS_GUARD:
            self._lock = _RUN_LOCKS.setdefault(vault, threading.Lock())

    def run_once(self) -> SyncReport:
        """Send everything queued now; the outcome (or error) is kept in the sync state."""
        with self._lock:
            try:
                report = self._run()
            except errors.Cancelled:
                raise
            except errors.SealDeskError as exc:
                self._remember_failure(exc)
                raise
            self.vault.db.transaction(_remember_success)
            return report

    def _run(self) -> SyncReport:
        config = load_config(self.vault, self.endpoint)
        vault_id = self.vault.header.vault_id
        report = SyncReport()
        after = 0
        with PlatformClient(
            config.endpoint,
            config.credentials,
            retry=self.retry,
            timeout=self.timeout,
            stop=self.stop,
        ) as client:
            while not self.stop.is_set():
                events = self.vault.db.call(partial(_pending, limit=self.batch, after=after))
                if not events:
                    break
                seqs = [e.seq for e in events]
                self.vault.db.transaction(partial(outbox.note_attempt, seqs=seqs))
                answer = self._send(client, vault_id, events)
                checked = self._check(client, config, vault_id, events, answer)
                self.vault.db.transaction(partial(_store, config=config, checked=checked))
                report.batches += 1
                report.sent += len(events)
                report.stored += len(checked.good)
                report.duplicates += sum(1 for _, r in checked.good if r.get("duplicate") is True)
                report.tree_size = checked.head.tree_size
                if checked.rejected:
                    report.rejected = [str(exc) for _, exc in checked.rejected]
                    raise checked.rejected[0][1]
                after = events[-1].seq
        if self.stop.is_set():
            raise errors.Cancelled()
        report.pending = self.vault.db.call(outbox.count)
        return report

    def _send(self, client: PlatformClient, vault_id: str, events: list[Event]) -> Any:
        body = {"events": [wire_event(vault_id, e) for e in events]}
        try:
            return client.post("/v1/evidence", body)
        except PlatformRefused as exc:
            if exc.params.get("error") == "event_conflict":
                span = f"{vault_id}:{events[0].seq}…{events[-1].seq}"
                raise EventConflict(event_id=span) from None
            raise

    def _check(
        self,
        client: PlatformClient,
        config: SyncConfig,
        vault_id: str,
        events: list[Event],
        answer: Any,
    ) -> _Checked:
        if not isinstance(answer, dict) or not isinstance(answer.get("receipts"), list):
            raise ReceiptRejected(detail=Text("the answer holds no receipts"))
        receipts: list[Any] = answer["receipts"]
        if len(receipts) != len(events):
            raise ReceiptRejected(detail=Text("the answer does not hold one receipt per event"))
        head = TreeHead.from_json(answer.get("tree_head"))
        head.verify(config.log_key, config.org_id)
        kept_doc = self.vault.db.call(lambda c: state.get(c, state.TREE_HEAD))
        if kept_doc is not None:
            kept = TreeHead.from_json(kept_doc)
            proof = None
            if kept.tree_size != head.tree_size:
                first, second = sorted((kept.tree_size, head.tree_size))
                proof = client.get("/v1/log/consistency", {"first": first, "second": second})
            verify_consistency(kept, head, proof)
        device_id = config.credentials.device_id
        good: list[tuple[Event, dict[str, Any]]] = []
        rejected: list[tuple[Event, ReceiptRejected]] = []
        for event, receipt in zip(events, receipts, strict=True):
            leaf = expected_leaf(device_id, vault_id, event)
            try:
                verify_receipt(receipt, leaf, head)
            except ReceiptRejected as exc:
                log.warning("receipt for event %d rejected: %s", event.seq, exc)
                rejected.append((event, exc))
                continue
            good.append((event, _normal_receipt(receipt, leaf)))
        return _Checked(head, good, rejected)

    def _remember_failure(self, exc: errors.SealDeskError) -> None:
        record = state.error_record(exc)
        if isinstance(exc, ReceiptRejected):
            log.warning("SYNC WARNING: %s", exc)

        def keep(conn: Any) -> None:
            state.put(conn, state.LAST_ERROR, record)
            if isinstance(exc, ReceiptRejected):
                state.put(conn, state.WARNING, record)

        try:
            self.vault.db.transaction(keep)
        except errors.SealDeskError:  # the vault closed meanwhile: the error is still raised
            log.warning("could not record the sync error in the vault", exc_info=True)


def _pending(conn: Any, *, limit: int, after: int) -> list[Event]:
    return outbox.pending(conn, limit, after)


def _normal_receipt(receipt: dict[str, Any], leaf: dict[str, Any]) -> dict[str, Any]:
    """The verified fields of a receipt (nothing unverified is kept)."""
    return {
        "event_id": leaf["event_id"],
        "leaf": leaf,
        "leaf_index": receipt["leaf_index"],
        "tree_size": receipt["tree_size"],
        "inclusion_proof": list(receipt["inclusion_proof"]),
        "duplicate": receipt.get("duplicate") is True,
    }


def _store(conn: Any, config: SyncConfig, checked: _Checked) -> None:
    received = utc_now()
    for event, receipt in checked.good:
        document = canonical_json({"receipt": receipt, "tree_head": checked.head.doc})
        conn.execute(
            "INSERT OR IGNORE INTO receipts (evidence_seq, platform, receipt, received_at) "
            "VALUES (?, ?, ?, ?)",
            (event.seq, config.endpoint.url, document.decode("utf-8"), received),
        )
        outbox.acknowledge(conn, event.seq)
    kept = state.get(conn, state.TREE_HEAD)
    if kept is None or checked.head.tree_size > int(kept["tree_size"]):
        state.put(conn, state.TREE_HEAD, checked.head.doc)


def _remember_success(conn: Any) -> None:
    state.put(conn, state.LAST_SUCCESS, utc_now())
    state.put(conn, state.LAST_ERROR, None)
