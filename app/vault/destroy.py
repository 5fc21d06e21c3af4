"""Destroying a document on request: crypto-shredding plus best-effort wiping.

Order, so that a crash at any point ends in a consistent vault:

1. **One transaction**: the document row becomes a tombstone (wrapped key, name and signers
   removed; fingerprints, dates and the reason kept), its personal data rows are deleted, a
   ``destroyed`` event (what: id and fingerprints; when; why — never content) is chained, the
   audit row written and ``vacuum_pending`` set.  From this commit on the document cannot be
   decrypted: its key existed only wrapped in that row, and ``secure_delete`` zeroes the freed
   cells.
2. The blob is overwritten with random bytes, synced and unlinked.
3. The WAL is checkpointed and truncated, the database VACUUMed (rebuilt without the old
   pages) and checkpointed again; then ``vacuum_pending`` is cleared.

A kill after step 1 leaves the blob and maybe old pages behind; the next open finishes steps
2 and 3 (:meth:`app.vault.vault.Vault.recover`).  Overwriting is best effort: SSD wear levelling
and copy-on-write filesystems may keep old blocks, which hold only ciphertext whose key is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.evidence import chain
from app.evidence.events import Event, EventDraft, utc_now
from app.vault import audit, documents
from crypto import errors
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault.vault import Vault

MAX_REASON = 500


@dataclass(frozen=True)
class Destruction:
    """What a destruction did."""

    record: documents.DocumentRecord
    event: Event
    personal_erased: int
    blob_shredded: bool


def destroy_document(vault: Vault, ident: str, reason: str) -> Destruction:
    """Crypto-shred one document and its personal data; the chain keeps a record of it."""
    reason = " ".join(reason.split())
    if not reason:
        raise errors.UsageError(
            detail=Text("give the reason for destroying the document (--reason)")
        )
    if len(reason) > MAX_REASON:
        raise errors.UsageError(
            detail=Text("the reason is longer than {limit} characters", limit=MAX_REASON)
        )

    def commit(conn: Any) -> tuple[documents.DocumentRecord, Event, int]:
        doc = documents.resolve(conn, ident)
        if doc.destroyed:
            raise errors.VaultDocumentDestroyed(ident=doc.id, when=doc.destroyed_at or "?")
        when = utc_now()
        erased = conn.execute("DELETE FROM personal WHERE document_id = ?", (doc.id,)).rowcount
        conn.execute(
            "UPDATE documents SET state = 'destroyed', wrapped_key = NULL, name = '', "
            "signers = '[]', destroyed_at = ?, destroy_reason = ? WHERE id = ?",
            (when, reason, doc.id),
        )
        data = {
            "sha256": doc.sha256,
            "sm3": doc.sm3,
            "size": doc.size,
            "added_at": doc.added_at,
            "reason": reason,
            "personal_fields_erased": erased,
        }
        event = chain.append(conn, EventDraft("destroyed", data, doc.id), at=when)
        audit.record(conn, vault.actor, "destroy", doc.id)
        conn.execute(
            "INSERT OR REPLACE INTO meta (name, value) VALUES ('vacuum_pending', ?)",
            (b"1",),
        )
        return documents.get(conn, doc.id), event, max(erased, 0)

    record, event, erased = vault.db.transaction(commit)
    shredded = vault.blobs.shred(record.id)
    vacuum(vault)
    return Destruction(record, event, erased, shredded)


def vacuum(vault: Vault) -> None:
    """Checkpoint and truncate the WAL, VACUUM, clear ``vacuum_pending``, checkpoint again."""

    def run(conn: Any) -> None:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("VACUUM")
        conn.execute("DELETE FROM meta WHERE name = 'vacuum_pending'")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    vault.db.call(run)


def require_active(record: documents.DocumentRecord) -> None:
    """Refuse to work on a destroyed document."""
    if record.destroyed:
        raise errors.VaultDocumentDestroyed(ident=record.id, when=record.destroyed_at or "?")
