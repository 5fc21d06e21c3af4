"""Evidence events and their canonical JSON form.

Canonical form: RFC 8785 (JSON Canonicalization Scheme) restricted to I-JSON values without
floating point — objects, arrays, strings, booleans, null and integers within ±(2**53 − 1).
For those values JCS is: object members sorted by the UTF-16 code units of their names, no
insignificant whitespace, strings as UTF-8 with only ``"``, ``\\`` and control characters
escaped (``\\b \\t \\n \\f \\r`` short, the rest ``\\u00xx``), integers in plain decimal.  Any
JCS implementation (e.g. the reference ones in JavaScript, Go, Java) produces the same bytes,
so an exported chain verifies without SealDesk.  Floats, lone surrogates and duplicate or
non-string keys are refused rather than guessed at.

An event body (``sealdesk.evidence/1``) is::

    {"v": 1, "seq": N, "type": "...", "at": "2026-01-31T12:00:00.123456Z",
     "document": "<id>" | null, "data": {...}, "prev": "<sha256 hex of event N-1>"}

Its fingerprints are SHA-256 and SM3 of the canonical bytes; the first event's ``prev`` is 64
zeros.  Events hold fingerprints, ids, times and certificate identities — never document
content, file names or personal data (those may have to be destroyed; the chain may not).
The canonical form lives in :mod:`crypto.jcs` (shared with the platform) and is re-exported
here for every existing caller.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.compliance import event_types as compliance_event_types
from app.custody import event_types as custody_event_types
from crypto import errors
from crypto.jcs import MAX_SAFE_INTEGER as MAX_SAFE_INTEGER  # re-exported: old callers
from crypto.jcs import canonical_json as canonical_json
from crypto.jcs import parse_canonical as parse_canonical

FORMAT_VERSION = 1
GENESIS = "0" * 64

# The event types the chain accepts (stable: exported chains use these names).
EVENT_TYPES = frozenset(
    {
        "vault_created",
        "account_registered",
        "device_registered",
        "realname_authenticated",
        "certificate_applied",
        "certificate_issued",
        "certificate_used",
        "certificate_renewal_notice",
        "consent_given",
        "consent_withdrawn",
        "contract_added",
        "intent_checked",
        "signature_applied",
        "evidence_page_issued",
        "exported",
        "destroyed",
        "personal_data_erased",
    }
) | compliance_event_types.EVENT_TYPES | custody_event_types.EVENT_TYPES


def fingerprints(data: bytes) -> tuple[str, str]:
    """SHA-256 and SM3 of canonical bytes, as lower-case hex."""
    return hashlib.sha256(data).hexdigest(), hashlib.new("sm3", data).hexdigest()


def utc_now() -> str:
    """The current time as RFC 3339 UTC with microseconds (fixed width, sorts as text)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class EventDraft:
    """An event before it has a place in the chain."""

    type: str
    data: Mapping[str, Any]
    document: str | None = None

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise errors.InternalError()
        canonical_json(dict(self.data))  # refuse what cannot be chained, early


@dataclass(frozen=True)
class Event:
    """An event in the chain: its canonical body and fingerprints."""

    seq: int
    type: str
    at: str
    document: str | None
    body: bytes
    sha256: str
    sm3: str

    @property
    def prev(self) -> str:
        """The SHA-256 of the event before this one."""
        return str(parse_canonical(self.body)["prev"])

    def to_json(self) -> dict[str, Any]:
        """The event with its fingerprints, for exports and ``--json``."""
        return {
            "seq": self.seq,
            "body": json.loads(self.body),
            "sha256": self.sha256,
            "sm3": self.sm3,
        }


def seal_event(draft: EventDraft, seq: int, prev: str, at: str | None = None) -> Event:
    """Give a draft its place after ``prev``: canonical body and fingerprints."""
    when = at or utc_now()
    body = canonical_json(
        {
            "v": FORMAT_VERSION,
            "seq": seq,
            "type": draft.type,
            "at": when,
            "document": draft.document,
            "data": dict(draft.data),
            "prev": prev,
        }
    )
    sha256, sm3 = fingerprints(body)
    return Event(seq, draft.type, when, draft.document, body, sha256, sm3)
