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

FORMAT_VERSION = 1
GENESIS = "0" * 64
MAX_SAFE_INTEGER = 2**53 - 1

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


def canonical_json(value: Any) -> bytes:
    """The RFC 8785 canonical UTF-8 bytes of ``value`` (integers only, no floats)."""
    return _encode(value).encode("utf-8")


def _encode(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise ValueError("integer outside the I-JSON range")
        return str(value)
    if isinstance(value, str):
        _check_text(value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    if isinstance(value, Mapping):
        for key in value:
            if not isinstance(key, str):
                raise ValueError("object keys must be strings")
            _check_text(key)
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        members = (json.dumps(k, ensure_ascii=False) + ":" + _encode(value[k]) for k in keys)
        return "{" + ",".join(members) + "}"
    raise ValueError(f"{type(value).__name__} has no canonical JSON form here")


def _check_text(text: str) -> None:
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise ValueError("lone surrogate in a string")


def parse_canonical(data: bytes) -> Any:
    """Parse canonical bytes back, refusing duplicate keys, floats and non-canonical input."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, val in pairs:
            if key in out:
                raise ValueError(f"duplicate key {key!r}")
            out[key] = val
        return out

    def no_float(text: str) -> Any:
        raise ValueError("floating-point numbers are not used in evidence")

    value = json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates, parse_float=no_float)
    if canonical_json(value) != data:
        raise ValueError("not in canonical form")
    return value


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
