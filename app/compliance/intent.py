"""Signing intent: the policy (which checks a signing needs) and the one runner for them.

A policy is a list of steps; each step lists alternatives, one of which must pass.  ``pin``
(the token's PIN, checked by the token at login: always possible offline), ``sms`` (a one-time
code from the platform) and ``face`` (a face check by the platform) are the methods.  Written
as text: ``"pin"``, ``"sms|face|pin"`` (any one), ``"pin+sms|face"`` (the PIN and then an SMS
code or a face check).  Offline, or without a camera, or after the person refused the face
check, the alternatives that cannot run drop out; a step left empty stops the signing.

Batch signing: one check covers the reviewed list of documents; :meth:`IntentRunner.record`
writes one ``intent.checked`` event per document, each naming the document's fingerprint, the
batch (SHA-256 over the list) and, when the platform attested the check, the SHA-256 of its
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


class IntentRunner:
    """Walks the policy's steps for one signing (one document or one reviewed batch)."""

    def __init__(self, vault: Vault, policy: IntentPolicy, certificate_sha256: str,
                 document_sha256s: Sequence[str], *, online: bool, camera: bool) -> None:
        if not document_sha256s:
            raise UsageError(detail=Text("no documents to sign"))
        self.vault = vault
        self.policy = policy
        self.certificate_sha256 = certificate_sha256
        self.documents = tuple(document_sha256s)
        self.online = online
        self.camera = camera
        self.refused: frozenset[str] = frozenset()
        self.results: list[IntentResult] = []
        self.events: list[Event] = []
        self._steps = policy.usable_steps(online=online, camera=camera)

    @property
    def batch(self) -> str:
        """The batch id all events of this signing name."""
        return batch_id(self.documents)

    @property
    def done(self) -> bool:
        """True when every step has passed."""
        return len(self.results) >= len(self._steps)

    def alternatives(self) -> tuple[str, ...]:
        """The methods the person may choose for the next step (empty when done)."""
        if self.done:
            return ()
        return self._steps[len(self.results)]

    def refuse(self, method: str) -> tuple[str, ...]:
        """The person declined ``method`` (e.g. no face consent): the alternatives left."""
        self.refused = self.refused | {method}
        self._steps = self.policy.usable_steps(online=self.online, camera=self.camera,
                                               refused=self.refused)
        return self.alternatives()

    def record(self, result: IntentResult) -> list[Event]:
        """A passed check: one ``intent.checked`` event per document, in one transaction."""
        if result.method not in self.alternatives():
            raise IntentNotChecked(detail=Text("this method is not one the policy offers now"))
        events = record_checked(self.vault, result, self.certificate_sha256, self.documents,
                                step=len(self.results) + 1)
        self.results.append(result)
        self.events.extend(events)
        return events

    def require_done(self) -> None:
        """Raise IntentNotChecked unless every step passed."""
        if not self.done:
            raise IntentNotChecked(detail=Text("a check the signing policy needs is missing"))


def record_checked(vault: Vault, result: IntentResult, certificate_sha256: str,
                   documents: Sequence[str], step: int = 1) -> list[Event]:
    """One ``intent.checked`` event per document for a passed check, in one transaction."""
    drafts = []
    for document in documents:
        data: dict[str, Any] = {
            "method": result.method,
            "verified": True,
            "verified_at": result.verified_at,
            "certificate_sha256": certificate_sha256,
            "document_sha256": document,
            "batch": batch_id(documents),
            "batch_size": len(documents),
            "step": step,
        }
        if result.attestation_sha256 is not None:
            data["attestation_sha256"] = result.attestation_sha256
        if result.challenge_id is not None:
            data["challenge_id"] = result.challenge_id
        drafts.append(EventDraft(INTENT_CHECKED, data))
    return vault.db.transaction(lambda conn: chain.append_many(conn, drafts))
