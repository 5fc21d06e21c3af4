"""The seal-custody mailbox: an organisation's signed seal-use requests and their decisions.

Devices post the content of a request file (``.sealreq``: ``request.json`` and, once decided,
``decision.json``, each the canonical JSON of a signed envelope) and list what their
organisation's devices posted since a cursor.  The platform checks only the form of what it
keeps (canonical JSON objects of the expected schema names, at most 64 KiB each, a decision that
names its request, no resident ID number inside); the signatures are verified by the clients,
each against its own seal registry, so the platform is never trusted with them.

A request is kept once per organisation (its id is the request's ``id``); a decision is added
to it once.  Another request under the same id, or another decision, is refused (409).  Every
change gives the row the organisation's next ``seq``, which is the listing cursor: appends are
serialised per organisation (the organisation's row locked on PostgreSQL, the database write
lock on SQLite), so a cursor never skips a change committed later with a smaller ``seq``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, update

from crypto.idscan import holds_resident_id
from crypto.jcs import parse_canonical
from server import tables as t
from server.db import Database
from server.errors import ApiError, not_found
from server.orgs import Device
from server.timefmt import format_time

SIGNED_SCHEMA = "sealdesk.custody.signed/1"
REQUEST_TYPE = "sealdesk.seal-request/1"
DECISION_TYPE = "sealdesk.seal-decision/1"
MAX_ENVELOPE = 64 * 1024  # bytes of one envelope's canonical JSON
MAX_PAGE = 200
REQUEST_ID = re.compile(r"[0-9a-f]{32}")
_SIGNATURE_FIELDS = ("algorithm", "digest", "certificate", "value")


def _invalid(detail: str) -> ApiError:
    return ApiError(422, "invalid_envelope", detail)


def looks_like_resident_id(text: str) -> bool:
    """True when ``text`` holds an 18-character resident ID number (GB 11643): such a number
    never belongs in a custody envelope (the rule is shared with the client: crypto/idscan)."""
    return holds_resident_id(text)


@dataclass(frozen=True)
class Envelope:
    """A checked envelope: its canonical text, fingerprint and payload."""

    text: str
    sha256: str
    payload: dict[str, Any]


def check_envelope(text: str, what: str, payload_type: str) -> Envelope:
    """The envelope in ``text`` if its form is right (its signature is the clients' concern)."""
    data = text.encode("utf-8")
    if len(data) > MAX_ENVELOPE:
        raise _invalid(f"the {what} is larger than 64 KiB")
    try:
        envelope = parse_canonical(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _invalid(f"the {what} is not canonical JSON") from exc
    if not isinstance(envelope, dict) or set(envelope) != {"schema", "payload", "signature"} \
            or envelope["schema"] != SIGNED_SCHEMA:
        raise _invalid(f"the {what} is not a SealDesk signed object")
    payload, signature = envelope["payload"], envelope["signature"]
    if not isinstance(signature, dict) or not all(
            isinstance(signature.get(k), str) for k in _SIGNATURE_FIELDS):
        raise _invalid(f"the {what} has no signature")
    if not isinstance(payload, dict) or payload.get("type") != payload_type:
        raise _invalid(f"the {what} is not a {payload_type} object")
    if holds_resident_id(payload):
        raise ApiError(422, "personal_data", f"the {what} holds a resident ID number")
    return Envelope(text, hashlib.sha256(data).hexdigest(), payload)


def check_pair(request_text: str, decision_text: str | None) -> tuple[Envelope, Envelope | None]:
    """A request envelope and (optionally) the decision on it, checked together."""
    request = check_envelope(request_text, "request", REQUEST_TYPE)
    if not isinstance(request.payload.get("id"), str) \
            or not REQUEST_ID.fullmatch(request.payload["id"]):
        raise _invalid("the request has no id of 32 lowercase hex characters")
    if decision_text is None:
        return request, None
    decision = check_envelope(decision_text, "decision", DECISION_TYPE)
    p = decision.payload
    if p.get("request_id") != request.payload["id"] or p.get("request") != request.sha256:
        raise _invalid("the decision is not on this request")
    if p.get("decision") not in ("approved", "rejected"):
        raise _invalid("the decision neither approves nor rejects")
    return request, decision


def _entry(row: Any) -> dict[str, Any]:
    return {
        "id": row.request_id,
        "seq": int(row.seq),
        "request": row.request,
        "decision": row.decision,
        "posted_at": format_time(row.created_at),
        "updated_at": format_time(row.updated_at),
    }


class CustodyMailbox:
    """Posting, listing and reading an organisation's seal-use requests."""

    def __init__(self, db: Database, clock: Any) -> None:
        self.db = db
        self.clock = clock

    def post(self, caller: Device, request_text: str, decision_text: str | None) -> dict[str, Any]:
        """Keep a request (and its decision); what was added, and the row's ``seq``."""
        request, decision = check_pair(request_text, decision_text)
        ident = request.payload["id"]
        key = (t.custody_requests.c.org_id == caller.org_id) & (
            t.custody_requests.c.request_id == ident)
        now = self.clock()
        with self.db.write() as conn:
            self._lock_org(conn, caller.org_id)
            row = conn.execute(select(t.custody_requests).where(key)).first()
            added_request = row is None
            if row is None:
                seq = self._next_seq(conn, caller.org_id)
                conn.execute(t.custody_requests.insert().values(
                    org_id=caller.org_id, request_id=ident, seq=seq, request=request.text,
                    request_sha256=request.sha256, device_id=caller.device_id,
                    created_at=now, updated_at=now,
                    decision=decision.text if decision else None,
                    decision_sha256=decision.sha256 if decision else None,
                    decision_device_id=caller.device_id if decision else None,
                ))
                return self._answer(ident, seq, True, decision is not None)
            if row.request_sha256 != request.sha256:
                raise ApiError(409, "request_conflict",
                               "another request with this id is already here")
            seq = int(row.seq)
            if decision is None or row.decision_sha256 == decision.sha256:
                return self._answer(ident, seq, added_request, False)
            if row.decision_sha256 is not None:
                raise ApiError(409, "decision_conflict",
                               "the request was already decided differently")
            seq = self._next_seq(conn, caller.org_id)
            conn.execute(update(t.custody_requests).where(key).values(
                decision=decision.text, decision_sha256=decision.sha256,
                decision_device_id=caller.device_id, seq=seq, updated_at=now,
            ))
            return self._answer(ident, seq, False, True)

    @staticmethod
    def _answer(ident: str, seq: int, request: bool, decision: bool) -> dict[str, Any]:
        return {"id": ident, "seq": seq, "request_added": request, "decision_added": decision}

    @staticmethod
    def _lock_org(conn: Connection, org_id: str) -> None:
        """Serialise this organisation's mailbox changes (SQLite: the write lock does)."""
        found = conn.execute(
            select(t.orgs.c.org_id).where(t.orgs.c.org_id == org_id).with_for_update()
        ).first()
        if found is None:
            raise not_found("unknown_org", "organisation")

    @staticmethod
    def _next_seq(conn: Connection, org_id: str) -> int:
        last = conn.execute(
            select(func.max(t.custody_requests.c.seq)).where(
                t.custody_requests.c.org_id == org_id)
        ).scalar()
        return int(last or 0) + 1

    def changes(self, caller: Device, since: int, limit: int) -> dict[str, Any]:
        """The requests changed after cursor ``since``, oldest change first, and the cursor to
        ask with next (``since`` itself when nothing changed)."""
        limit = max(1, min(limit, MAX_PAGE))
        c = t.custody_requests.c
        with self.db.read() as conn:
            rows = conn.execute(
                select(t.custody_requests)
                .where((c.org_id == caller.org_id) & (c.seq > since))
                .order_by(c.seq).limit(limit + 1)
            ).all()
        more = len(rows) > limit
        entries = [_entry(r) for r in rows[:limit]]
        cursor = entries[-1]["seq"] if entries else since
        return {"requests": entries, "cursor": cursor, "more": more}

    def get(self, caller: Device, ident: str) -> dict[str, Any]:
        """One request of the caller's organisation (404 for any other)."""
        c = t.custody_requests.c
        with self.db.read() as conn:
            row = conn.execute(select(t.custody_requests).where(
                (c.org_id == caller.org_id) & (c.request_id == ident))).first()
        if row is None:
            raise not_found("unknown_request", "seal-use request")
        return _entry(row)
