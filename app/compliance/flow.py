"""One signing's compliance, in order: consent gate → certificate usable → before-use notice →
intent checks → (signing) → after-use notice.  The GUI and the CLI both go through it.

    flow = SigningCompliance(vault, cert, [(name, sha256), ...], policy, online=..., camera=...)
    flow.begin()                       # raises ConsentRequired / CertificateExpired …
    flow.runner.record(IntentResult("sms", attestation_sha256=...))   # per passed check
    flow.pin_verified()                # after the token accepted the PIN (login)
    flow.finish([(source_sha256, signed_sha256, document_id), ...])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.compliance import notices
from app.compliance.consent import ConsentGate
from app.compliance.expiry import (
    DEFAULT_WARNING_DAYS,
    CertificateStanding,
    certificate_sha256,
    require_usable,
    standing,
)
from app.compliance.intent import PIN, IntentPolicy, IntentResult, IntentRunner
from app.evidence.events import Event
from crypto.tokens.base import CertificateInfo

if TYPE_CHECKING:
    from app.vault.vault import Vault


class SigningCompliance:
    """The compliance side of one signing (one document or one reviewed batch)."""

    def __init__(self, vault: Vault, cert: CertificateInfo,
                 documents: Sequence[tuple[str, str]], policy: IntentPolicy, *,
                 online: bool, camera: bool, gate: ConsentGate | None = None,
                 warning_days: int = DEFAULT_WARNING_DAYS, language: str = "zh_CN") -> None:
        self.vault = vault
        self.cert = cert
        self.documents = tuple(documents)  # (display name, SHA-256): names never leave here
        self.policy = policy
        self.gate = gate
        self.language = language
        self.warning_days = warning_days
        self.certificate_sha256 = certificate_sha256(cert)
        self.runner = IntentRunner(vault, policy, self.certificate_sha256,
                                   [sha for _, sha in self.documents], online=online,
                                   camera=camera)
        self.before: list[Event] = []
        self.after: list[Event] = []

    @property
    def batch(self) -> str | None:
        """The batch id when more than one document is signed."""
        return self.runner.batch if len(self.documents) > 1 else None

    def standing(self, now: dt.datetime | None = None) -> CertificateStanding:
        """The certificate's expiry standing (for the renewal question)."""
        return standing(self.cert, self.warning_days, now)

    @property
    def renewal_question_due(self) -> bool:
        """Expiring soon and never asked: ask for renewal consent at this signing."""
        return (self.standing().state == "expiring"
                and notices.renewal_answer(self.vault, self.certificate_sha256) is None)

    def begin(self, now: dt.datetime | None = None) -> list[Event]:
        """Check consent and the certificate, then record the before-use notices."""
        gate = self.gate or ConsentGate.load(self.vault)
        gate.require_signing(self.language)
        require_usable(self.cert, now)
        self.before = notices.before_use(self.vault, self.certificate_sha256,
                                         [sha for _, sha in self.documents], self.batch)
        return self.before

    def pin_verified(self) -> list[Event]:
        """The token accepted the PIN: the PIN step passed (when the policy has one now)."""
        if PIN not in self.runner.alternatives():
            return []
        return self.runner.record(IntentResult(PIN))

    def finish(self, signed: Sequence[tuple[str, str, str | None]]) -> list[Event]:
        """Signed: the after-use notice per file (every intent step must have passed)."""
        self.runner.require_done()
        self.after = notices.after_use(self.vault, self.certificate_sha256, signed, self.batch)
        return self.after
