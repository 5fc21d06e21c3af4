"""Signing intent: the policy (which checks a signing needs) and the record of passed checks.

A policy is a list of steps; each step lists alternatives, one of which must pass.  ``pin``
(the token's PIN, checked by the token at login: always possible offline), ``sms`` (a one-time
code from the platform) and ``face`` (a face check by the platform) are the methods.  Written
as text: ``"pin"``, ``"sms|face|pin"`` (any one), ``"pin+sms|face"`` (the PIN and then an SMS
code or a face check).  Offline, or without a camera, or after the person refused the face
check, the alternatives that cannot run drop out; a step left empty stops the signing.

The checks themselves run in the sign flows (ui/sign/intent_checks.py: SMS code, face check,
each falling back to the step's next method); the PIN is the token login. Batch signing: one
check covers the reviewed list of documents; :func:`record_checked` writes one
``intent.checked`` event per document, each naming the document's fingerprint, the batch
(SHA-256 over the list) and, when the platform attested the check, the SHA-256 of its
attestation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.compliance.errors import IntentNotChecked
from app.compliance.event_types import INTENT_CHECKED
from app.evidence import chain
from app.evidence.events import Event, EventDraft, canonical_json, utc_now
from crypto.errors import Text, UsageError

if TYPE_CHECKING:
    from app.vault.vault import Vault

PIN, SMS, FACE = "pin", "sms", "face"
METHODS = (PIN, SMS, FACE)
NEEDS_PLATFORM = frozenset({SMS, FACE})


@dataclass(frozen=True)
class IntentPolicy:
    """Which checks a signing needs: every step, one alternative of each."""

    steps: tuple[tuple[str, ...], ...] = ((PIN,),)

    def __post_init__(self) -> None:
        if not self.steps or any(not s or set(s) - set(METHODS) for s in self.steps):
            raise UsageError(detail=Text("an intent policy lists pin, sms or face"))

    @classmethod
    def parse(cls, text: str) -> IntentPolicy:
        """``"pin+sms|face"`` → ((pin,), (sms, face))."""
        steps = tuple(tuple(m.strip() for m in step.split("|") if m.strip())
                      for step in text.split("+"))
        return cls(steps)

    def __str__(self) -> str:
        return "+".join("|".join(step) for step in self.steps)

    def usable_steps(self, *, online: bool, camera: bool,
                     refused: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...]:
        """The steps with what cannot run here dropped (IntentNotChecked if one empties)."""
        out = []
        for step in self.steps:
            left = tuple(m for m in step
                         if m not in refused
                         and (online or m not in NEEDS_PLATFORM)
                         and (camera or m != FACE))
            if not left:
                raise IntentNotChecked(detail=_why_empty(step, online))
            out.append(left)
        return tuple(out)


def _why_empty(step: Sequence[str], online: bool) -> Text:
    if not online and set(step) <= NEEDS_PLATFORM:
        return Text("the signing policy needs the platform, which cannot be reached")
    return Text("no method the signing policy allows is available")


@dataclass(frozen=True)
class IntentResult:
    """A passed check: how, when, and the platform's attestation (for SMS and face)."""

    method: str
    verified_at: str = field(default_factory=utc_now)
    attestation_sha256: str | None = None
    challenge_id: str | None = None


def batch_id(document_sha256s: Sequence[str]) -> str:
    """SHA-256 over the canonical JSON list of the reviewed documents' fingerprints."""
    return hashlib.sha256(canonical_json(list(document_sha256s))).hexdigest()


def attestation_sha256(attestation: dict[str, Any]) -> str:
    """SHA-256 of an attestation's canonical JSON (what ``intent.checked`` names)."""
    return hashlib.sha256(canonical_json(attestation)).hexdigest()


def record_checked(vault: Vault, result: IntentResult, certificate_sha256: str,
                   documents: Sequence[str], step: int = 1,
                   listed: Sequence[str] | None = None) -> list[Event]:
    """One ``intent.checked`` event per document for a passed check, in one transaction
    (``listed``: the whole reviewed list the batch is, when only some are signed now)."""
    whole = list(documents if listed is None else listed)
    drafts = []
    for document in documents:
        data: dict[str, Any] = {
            "method": result.method,
            "verified": True,
            "verified_at": result.verified_at,
            "certificate_sha256": certificate_sha256,
            "document_sha256": document,
            "batch": batch_id(whole),
            "batch_size": len(whole),
            "step": step,
        }
        if result.attestation_sha256 is not None:
            data["attestation_sha256"] = result.attestation_sha256
        if result.challenge_id is not None:
            data["challenge_id"] = result.challenge_id
        drafts.append(EventDraft(INTENT_CHECKED, data))
    return vault.db.transaction(lambda conn: chain.append_many(conn, drafts))
