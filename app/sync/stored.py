"""Checking the receipts kept in the vault again, offline (audits, ``vault check``, tests).

Each stored receipt is checked against the event row it names and the tree head stored with
it, under the pinned log key: the same checks as when it arrived, so a receipt edited in the
database by someone holding the key is found.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.evidence import chain
from app.evidence.events import Event
from app.sync import state
from app.sync.errors import ReceiptRejected
from app.sync.receipts import LogKey, TreeHead, expected_leaf, verify_receipt
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault.vault import Vault


@dataclass
class StoredCheck:
    """How many stored receipts were checked and which events' receipts failed, and why."""

    checked: int = 0
    failed: dict[int, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every stored receipt still verifies."""
        return not self.failed


def verify_stored(vault: Vault) -> StoredCheck:
    """Verify every stored receipt (one read on the vault thread, then the arithmetic)."""

    def read(conn: Any) -> tuple[Any, Any, list[tuple[int, Event | None, str]]]:
        rows = conn.execute("SELECT evidence_seq, receipt FROM receipts ORDER BY 1").fetchall()
        found: list[tuple[int, Event | None, str]] = []
        for seq, document in rows:
            events = chain.events_between(conn, int(seq), int(seq))
            found.append((int(seq), events[0] if events else None, str(document)))
        return state.get(conn, state.DEVICE), state.get(conn, state.LOG_KEY), found

    device, log_key_doc, rows = vault.db.call(read)
    result = StoredCheck()
    if not rows:
        return result
    key = LogKey.from_json(log_key_doc) if log_key_doc else None
    for seq, event, document in rows:
        result.checked += 1
        try:
            if event is None or key is None or device is None:
                raise ReceiptRejected(detail=Text("the event or the registration is missing"))
            doc = json.loads(document)
            head = TreeHead.from_json(doc["tree_head"])
            head.verify(key, device["org_id"])
            leaf = expected_leaf(device["device_id"], vault.header.vault_id, event)
            verify_receipt(doc["receipt"], leaf, head)
        except (ReceiptRejected, KeyError, ValueError, TypeError) as exc:
            result.failed[seq] = str(exc)
    return result
