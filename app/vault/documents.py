"""Archived documents: their rows, and archiving one in a single transaction.

Archiving is two steps that make a crash harmless:

1. the caller's thread encrypts the file into a new blob under a fresh random key
   (:class:`~app.vault.blobs.BlobStore`; temp file, then an atomic rename);
2. one transaction on the vault thread wraps the key with the vault key, inserts the document
   row, appends its evidence events and the audit row.

A kill before step 2 commits leaves a blob no row names — an orphan, shredded when the vault
next opens; its key was only ever in memory.  So a document is either fully archived (row, key,
blob, events) or not at all.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.evidence import chain
from app.evidence.events import Event, EventDraft, utc_now
from app.vault import audit
from app.vault.blobs import BlobDigest
from app.vault.keys import unwrap_document_key, wrap_document_key
from crypto import errors
from crypto.errors import Text

_COLUMNS = (
    "id, name, sha256, sm3, size, origin, signed_at, added_at, signers, state, "
    "destroyed_at, destroy_reason"
)


@dataclass(frozen=True)
class DocumentRecord:
    """One archived contract (or the tombstone of a destroyed one)."""

    id: str
    name: str
    sha256: str
    sm3: str
    size: int
    origin: str
    signed_at: str | None
    added_at: str
    signers: list[dict[str, Any]] = field(default_factory=list)
    state: str = "active"
    destroyed_at: str | None = None
    destroy_reason: str | None = None

    @property
    def destroyed(self) -> bool:
        """True for a tombstone."""
        return self.state == "destroyed"

    def to_json(self) -> dict[str, Any]:
        """The stable ``vault list --json`` entry."""
        return {
            "id": self.id,
            "name": self.name,
            "sha256": self.sha256,
            "sm3": self.sm3,
            "size": self.size,
            "origin": self.origin,
            "signed_at": self.signed_at,
            "added_at": self.added_at,
            "signers": self.signers,
            "state": self.state,
            "destroyed_at": self.destroyed_at,
            "destroy_reason": self.destroy_reason,
        }


@dataclass(frozen=True)
class NewDocument:
    """What the caller knows about a document it is archiving."""

    name: str
    origin: str  # "sign" (archived after signing) | "import" (vault add)
    signed_at: str | None = None
    signers: Sequence[dict[str, Any]] = ()
    source_sha256: str | None = None  # the unsigned input, for documents signed here


def new_document_id() -> str:
    """A random document id (32 hex digits; any unique prefix of it works in the CLI)."""
    return uuid.uuid4().hex


def _record(row: Sequence[Any]) -> DocumentRecord:
    return DocumentRecord(
        id=row[0],
        name=row[1],
        sha256=row[2],
        sm3=row[3],
        size=int(row[4]),
        origin=row[5],
        signed_at=row[6],
        added_at=row[7],
        signers=json.loads(row[8]),
        state=row[9],
        destroyed_at=row[10],
        destroy_reason=row[11],
    )


def vault_key(conn: Any) -> bytes:
    """The key that wraps document keys (only ever inside the encrypted database)."""
    row = conn.execute("SELECT value FROM meta WHERE name = 'vault_key'").fetchone()
    if row is None:
        raise errors.VaultTampered(detail=Text("the vault key is missing"))
    return bytes(row[0])


def insert_archived(
    conn: Any,
    document_id: str,
    document_key: bytes,
    digest: BlobDigest,
    doc: NewDocument,
    drafts: Sequence[EventDraft],
    actor: str,
) -> tuple[DocumentRecord, list[Event]]:
    """Step 2 of archiving: row, wrapped key, events and audit (inside one transaction)."""
    wrapped = wrap_document_key(vault_key(conn), document_id, document_key)
    added = utc_now()
    conn.execute(
        f"INSERT INTO documents ({_COLUMNS}, wrapped_key) "  # noqa: S608
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', NULL, NULL, ?)",
        (
            document_id,
            doc.name,
            digest.sha256,
            digest.sm3,
            digest.size,
            doc.origin,
            doc.signed_at,
            added,
            json.dumps(list(doc.signers), ensure_ascii=False),
            wrapped,
        ),
    )
    added_data: dict[str, Any] = {
        "sha256": digest.sha256,
        "sm3": digest.sm3,
        "size": digest.size,
        "origin": doc.origin,
    }
    if doc.source_sha256:
        added_data["source_sha256"] = doc.source_sha256
    events = [chain.append(conn, EventDraft("contract_added", added_data, document_id))]
    for draft in drafts:
        bound = EventDraft(draft.type, draft.data, document_id)
        events.append(chain.append(conn, bound))
    audit.record(conn, actor, "archive_signed" if doc.origin == "sign" else "add", document_id)
    return get(conn, document_id), events


def get(conn: Any, document_id: str) -> DocumentRecord:
    """One document by its full id."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM documents WHERE id = ?",  # noqa: S608
        (document_id,),
    ).fetchone()
    if row is None:
        raise errors.VaultDocumentNotFound(ident=document_id)
    return _record(row)


def resolve(conn: Any, ident: str) -> DocumentRecord:
    """A document by its id or a unique prefix of it (at least 4 characters)."""
    text = ident.strip().lower()
    if len(text) < 4 or any(c not in "0123456789abcdef" for c in text):
        raise errors.VaultDocumentNotFound(ident=ident)
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM documents WHERE id >= ? AND id < ? LIMIT 2",  # noqa: S608
        (text, text + "g"),
    ).fetchall()
    if not rows:
        raise errors.VaultDocumentNotFound(ident=ident)
    if len(rows) > 1:
        raise errors.VaultDocumentAmbiguous(ident=ident)
    return _record(rows[0])


def listing(conn: Any, include_destroyed: bool = False) -> list[DocumentRecord]:
    """Documents, oldest first (tombstones only when asked)."""
    where = "" if include_destroyed else "WHERE state = 'active'"
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM documents {where} ORDER BY added_at, id"  # noqa: S608
    ).fetchall()
    return [_record(r) for r in rows]


def by_sha256(conn: Any, sha256: str) -> DocumentRecord | None:
    """An active document with this fingerprint, if archived already."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM documents WHERE sha256 = ? AND state = 'active' "  # noqa: S608
        "LIMIT 1",
        (sha256,),
    ).fetchone()
    return None if row is None else _record(row)


def document_key(conn: Any, document_id: str) -> bytes:
    """The unwrapped key of an active document."""
    row = conn.execute(
        "SELECT wrapped_key, state, destroyed_at FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    if row is None:
        raise errors.VaultDocumentNotFound(ident=document_id)
    if row[0] is None:
        raise errors.VaultDocumentDestroyed(ident=document_id, when=row[2] or "?")
    return unwrap_document_key(vault_key(conn), document_id, bytes(row[0]))


def active_ids(conn: Any) -> set[str]:
    """Ids of every document whose blob must exist."""
    return {r[0] for r in conn.execute("SELECT id FROM documents WHERE state = 'active'")}
