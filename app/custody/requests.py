"""Seal-use requests (用印申请) and their approval (用印审批), as signed objects in the vault.

A request names the seal, the documents (SHA-256, SM3, size, name), the purpose and the
placement rule, and is signed by the requester's key.  A decision (approved or rejected, with
a reason) names the request by its fingerprint and repeats the document fingerprints, and is
signed by the approver's key.  Both are checked against this vault's seal registry before they
are stored — locally made or imported alike — and each is chained as an evidence event holding
the signed object's SHA-256, so request → approval → seal applied can be verified offline.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.custody import event_types
from app.custody.errors import (
    CustodyError,
    RequestNotFound,
    RequestState,
    SignedObjectInvalid,
)
from app.custody.placement import check_rule
from app.custody.registry import Seal, find_seal
from app.custody.signed import ActingKey, SignedObject, verify_envelope
from app.evidence import chain
from app.evidence.events import EventDraft, parse_canonical, utc_now
from crypto import errors
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault import Vault

REQUEST_TYPE = "sealdesk.seal-request/1"
DECISION_TYPE = "sealdesk.seal-decision/1"
KIND_REQUEST = Text("seal-use request")
KIND_DECISION = Text("seal-use decision")
_COLUMNS = "id, seal_id, request, decision, state, origin, created_at, decided_at"
_HEX = frozenset("0123456789abcdef")


def state_text(state: str) -> Text:
    """A request state in words (translatable)."""
    words = {"pending": Text("waiting for a decision"), "approved": Text("approved"),
             "rejected": Text("rejected"), "sealed": Text("sealed already")}
    return words.get(state, Text("{state}", state=state))


@dataclass(frozen=True)
class DocumentRef:
    """A document as a request names it."""

    name: str
    sha256: str
    sm3: str
    size: int

    @classmethod
    def of_file(cls, path: Path) -> DocumentRef:
        """Fingerprints of a file (read once)."""
        sha, sm3, size = file_fingerprints(path)
        return cls(path.name, sha, sm3, size)

    def to_json(self) -> dict[str, Any]:
        """As it appears in the signed request."""
        return {"name": self.name, "sha256": self.sha256, "sm3": self.sm3, "size": self.size}


def file_fingerprints(path: Path) -> tuple[str, str, int]:
    """SHA-256, SM3 and size of a file."""
    sha, sm3, size = hashlib.sha256(), hashlib.new("sm3"), 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                sha.update(chunk)
                sm3.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise errors.InputError(path=str(path)) from exc
    return sha.hexdigest(), sm3.hexdigest(), size


@dataclass(frozen=True)
class SealRequest:
    """A stored request, its decision (if any) and where it stands."""

    id: str
    seal_id: str
    request: SignedObject
    decision: SignedObject | None
    state: str  # pending | approved | rejected | sealed
    origin: str  # local | import
    created_at: str
    decided_at: str | None

    @property
    def documents(self) -> list[dict[str, Any]]:
        """The documents as requested (name, sha256, sm3, size)."""
        docs: list[dict[str, Any]] = self.request.payload["documents"]
        return docs

    @property
    def purpose(self) -> str:
        """Why the seal is needed."""
        return str(self.request.payload["purpose"])

    @property
    def placement(self) -> dict[str, Any]:
        """Where the seal goes (see app.custody.placement)."""
        rule: dict[str, Any] = self.request.payload["placement"]
        return rule

    @property
    def reason(self) -> str | None:
        """The approver's reason (None before a decision)."""
        return None if self.decision is None else str(self.decision.payload.get("reason", ""))

    def to_json(self) -> dict[str, Any]:
        """The stable ``request show/list --json`` entry."""
        decision = None
        if self.decision is not None:
            decision = {
                "decision": self.decision.payload["decision"],
                "reason": self.reason,
                "approver_sha256": self.decision.signer_sha256,
                "approver": self.decision.signer_subject,
                "object_sha256": self.decision.sha256,
                "decided_at": self.decided_at,
            }
        return {
            "id": self.id,
            "seal": self.seal_id,
            "state": self.state,
            "origin": self.origin,
            "purpose": self.purpose,
            "placement": self.placement,
            "documents": self.documents,
            "requester_sha256": self.request.signer_sha256,
            "requester": self.request.signer_subject,
            "object_sha256": self.request.sha256,
            "created_at": self.created_at,
            "decision": decision,
        }


# --- checks shared by local creation and import ---------------------------------------------


def check_request(conn: Any, obj: SignedObject) -> Seal:
    """A verified request that this vault's registry accepts; returns its seal."""
    p = obj.payload
    if p.get("type") != REQUEST_TYPE or not isinstance(p.get("id"), str) or len(p["id"]) != 32:
        raise SignedObjectInvalid(kind=KIND_REQUEST, detail=Text("it is not a seal-use request"))
    seal_ref = p.get("seal")
    if not isinstance(seal_ref, dict):
        raise SignedObjectInvalid(kind=KIND_REQUEST, detail=Text("it names no seal"))
    seal = find_seal(conn, str(seal_ref.get("id")))
    if seal_ref.get("certificate_sha256") != seal.certificate_sha256:
        raise SignedObjectInvalid(
            kind=KIND_REQUEST, detail=Text("its seal is bound to another certificate here")
        )
    if p.get("requester") != obj.signer_sha256:
        raise SignedObjectInvalid(kind=KIND_REQUEST, detail=Text("it was signed by someone else"))
    seal.require_role("request", obj.signer_sha256, obj.signer_subject)
    docs = p.get("documents")
    if not isinstance(docs, list) or not docs:
        raise SignedObjectInvalid(kind=KIND_REQUEST, detail=Text("it names no document"))
    seen = set()
    for d in docs:
        if not (isinstance(d, dict) and _is_hex(d.get("sha256"), 64) and _is_hex(d.get("sm3"), 64)
                and isinstance(d.get("name"), str) and isinstance(d.get("size"), int)):
            raise SignedObjectInvalid(
                kind=KIND_REQUEST, detail=Text("a document entry is malformed")
            )
        seen.add(d["sha256"])
    if len(seen) != len(docs):
        raise SignedObjectInvalid(kind=KIND_REQUEST, detail=Text("a document is named twice"))
    if not isinstance(p.get("purpose"), str) or not p["purpose"].strip():
        raise SignedObjectInvalid(kind=KIND_REQUEST, detail=Text("it gives no purpose"))
    check_rule(p.get("placement"))
    return seal


def check_decision(request: SealRequest, seal: Seal, obj: SignedObject) -> str:
    """A verified decision on ``request`` that the registry accepts; returns the new state."""
    p = obj.payload
    if p.get("type") != DECISION_TYPE or p.get("decision") not in ("approved", "rejected"):
        raise SignedObjectInvalid(kind=KIND_DECISION, detail=Text("it is not a seal-use decision"))
    if p.get("request") != request.request.sha256 or p.get("request_id") != request.id:
        raise SignedObjectInvalid(kind=KIND_DECISION, detail=Text("it decides another request"))
    if p.get("documents") != [d["sha256"] for d in request.documents]:
        raise SignedObjectInvalid(
            kind=KIND_DECISION, detail=Text("its documents differ from the request's")
        )
    if p.get("approver") != obj.signer_sha256:
        raise SignedObjectInvalid(kind=KIND_DECISION, detail=Text("it was signed by someone else"))
    seal.require_role("approve", obj.signer_sha256, obj.signer_subject)
    if obj.signer_sha256 == request.request.signer_sha256:
        raise CustodyError(detail=Text("a request cannot be decided by its own requester"))
    return str(p["decision"])


def _is_hex(value: Any, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and set(value) <= _HEX


# --- storing --------------------------------------------------------------------------------


def insert_request(conn: Any, obj: SignedObject, origin: str) -> SealRequest:
    """Store a checked request with its evidence event (inside the caller's transaction)."""
    seal = check_request(conn, obj)
    seal.require_valid()
    ident = obj.payload["id"]
    now = utc_now()
    conn.execute(
        f"INSERT INTO custody_requests ({_COLUMNS}, request_sha256) "  # noqa: S608
        "VALUES (?, ?, ?, NULL, 'pending', ?, ?, NULL, ?)",
        (ident, seal.id, obj.canonical.decode("utf-8"), origin, now, obj.sha256),
    )
    kind = event_types.REQUEST_CREATED if origin == "local" else event_types.REQUEST_IMPORTED
    data = {
        "request": ident,
        "object_sha256": obj.sha256,
        "seal": seal.id,
        "requester_sha256": obj.signer_sha256,
        "documents": [d["sha256"] for d in obj.payload["documents"]],
    }
    chain.append(conn, EventDraft(kind, data))
    return load_request(conn, ident)


def insert_decision(conn: Any, request: SealRequest, obj: SignedObject) -> SealRequest:
    """Store a checked decision with its evidence event (inside the caller's transaction)."""
    if request.state != "pending":
        raise RequestState(ident=request.id, state=state_text(request.state),
                           action=Text("decided again"))
    seal = find_seal(conn, request.seal_id)
    state = check_decision(request, seal, obj)
    conn.execute(
        "UPDATE custody_requests SET decision = ?, decision_sha256 = ?, state = ?, "
        "decided_at = ? WHERE id = ? AND state = 'pending'",
        (obj.canonical.decode("utf-8"), obj.sha256, state, utc_now(), request.id),
    )
    kind = event_types.REQUEST_APPROVED if state == "approved" else event_types.REQUEST_REJECTED
    data = {
        "request": request.id,
        "object_sha256": obj.sha256,
        "request_sha256": request.request.sha256,
        "seal": seal.id,
        "approver_sha256": obj.signer_sha256,
    }
    chain.append(conn, EventDraft(kind, data))
    return load_request(conn, request.id)


def _row(row: Sequence[Any]) -> SealRequest:
    request = verify_envelope(parse_canonical(row[2].encode("utf-8")), KIND_REQUEST)
    decision = None
    if row[3] is not None:
        decision = verify_envelope(parse_canonical(row[3].encode("utf-8")), KIND_DECISION)
    return SealRequest(row[0], row[1], request, decision, row[4], row[5], row[6], row[7])


def load_request(conn: Any, ident: str) -> SealRequest:
    """A request by id or unique id prefix (on the vault thread); stored signatures re-verified."""
    text = ident.strip().lower()
    rows = []
    if len(text) >= 4 and set(text) <= _HEX:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM custody_requests WHERE id >= ? AND id < ? LIMIT 2",  # noqa: S608
            (text, text + "g"),
        ).fetchall()
    if len(rows) != 1:
        raise RequestNotFound(ident=ident)
    return _row(rows[0])


# --- the API the CLI and the GUI call ---------------------------------------------------------


def create_request(
    vault: Vault,
    seal_ident: str,
    documents: Sequence[Path],
    purpose: str,
    placement: dict[str, Any],
    key: ActingKey,
) -> SealRequest:
    """Make, sign (with the requester's key) and store a seal-use request."""
    if not documents:
        raise errors.UsageError(detail=Text("name at least one document"))
    check_rule(placement)
    seal = vault.db.call(lambda conn: find_seal(conn, seal_ident))
    seal.require_valid()
    seal.require_role("request", key.certificate_sha256, key.subject)
    payload = {
        "type": REQUEST_TYPE,
        "id": uuid.uuid4().hex,
        "seal": {"id": seal.id, "name": seal.name, "certificate_sha256": seal.certificate_sha256},
        "documents": [DocumentRef.of_file(p).to_json() for p in documents],
        "purpose": purpose,
        "placement": placement,
        "requester": key.certificate_sha256,
        "created_at": utc_now(),
    }
    obj = key.sign(payload)
    return vault.db.transaction(lambda conn: insert_request(conn, obj, "local"))


def decide_request(
    vault: Vault, ident: str, key: ActingKey, *, approve: bool, reason: str
) -> SealRequest:
    """Approve or reject a pending request, signed with the approver's key."""
    request = get_request(vault, ident)
    if request.state != "pending":
        raise RequestState(ident=request.id, state=state_text(request.state),
                           action=Text("decided again"))
    if not approve and not reason.strip():
        raise errors.UsageError(detail=Text("a rejection needs a reason"))
    seal = vault.db.call(lambda conn: find_seal(conn, request.seal_id))
    seal.require_role("approve", key.certificate_sha256, key.subject)
    payload = {
        "type": DECISION_TYPE,
        "request": request.request.sha256,
        "request_id": request.id,
        "seal": request.seal_id,
        "decision": "approved" if approve else "rejected",
        "reason": reason,
        "documents": [d["sha256"] for d in request.documents],
        "approver": key.certificate_sha256,
        "decided_at": utc_now(),
    }
    obj = key.sign(payload)
    return vault.db.transaction(
        lambda conn: insert_decision(conn, load_request(conn, request.id), obj)
    )


def get_request(vault: Vault, ident: str) -> SealRequest:
    """A request by id or unique id prefix."""
    return vault.db.call(lambda conn: load_request(conn, ident))


def list_requests(
    vault: Vault, seal_ident: str | None = None, state: str | None = None
) -> list[SealRequest]:
    """Requests, oldest first, optionally of one seal or in one state."""

    def query(conn: Any) -> list[Any]:
        where, params = [], []
        if seal_ident is not None:
            where.append("seal_id = ?")
            params.append(find_seal(conn, seal_ident).id)
        if state is not None:
            where.append("state = ?")
            params.append(state)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        rows: list[Any] = conn.execute(
            f"SELECT {_COLUMNS} FROM custody_requests {clause} "  # noqa: S608
            "ORDER BY created_at, id",
            params,
        ).fetchall()
        return rows

    return [_row(r) for r in vault.db.call(query)]

