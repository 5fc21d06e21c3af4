"""Certificate expiry: which certificates may be offered, which to warn about, and when.

Reuses the token layer's own judgement (:func:`crypto.tokens.base.signing_problem` and
:func:`~crypto.tokens.base.unusable_error`), re-evaluated *now*: a certificate listed as usable
an hour ago may have expired since, and an expired certificate is never offered as valid.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from crypto.tokens.base import CertificateInfo, signing_problem, unusable_error

DEFAULT_WARNING_DAYS = 30


def certificate_sha256(cert: CertificateInfo) -> str:
    """SHA-256 of the certificate's DER (its fingerprint in every event)."""
    return hashlib.sha256(cert.certificate.dump()).hexdigest()


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC)


def refreshed(cert: CertificateInfo, now: dt.datetime | None = None) -> CertificateInfo:
    """``cert`` with its hidden reason judged again at ``now`` (a reason already given stays)."""
    if cert.hidden_reason is not None:
        return cert
    problem = signing_problem(cert.certificate, _now(now))
    return cert if problem is None else dataclasses.replace(cert, hidden_reason=problem)


def offerable(certs: Iterable[CertificateInfo],
              now: dt.datetime | None = None) -> list[CertificateInfo]:
    """The certificates that may be offered for signing now (expired ones never are)."""
    return [c for c in (refreshed(x, now) for x in certs) if c.usable]


def require_usable(cert: CertificateInfo, now: dt.datetime | None = None) -> CertificateInfo:
    """``cert`` if it may sign now, else the token layer's error (CertificateExpired …)."""
    checked = refreshed(cert, now)
    if not checked.usable:
        raise unusable_error(checked)
    return checked


@dataclass(frozen=True)
class CertificateStanding:
    """Where a certificate stands: ok, expiring (within the warning days), expired, unusable."""

    certificate_sha256: str
    subject: str
    not_after: dt.datetime
    days_left: int
    state: str  # "ok" | "expiring" | "expired" | "unusable"
    reason: str | None  # the hidden reason (a translatable Text) when not usable

    @property
    def flagged(self) -> bool:
        """True when the banner should mention it."""
        return self.state != "ok"

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form."""
        return {
            "certificate_sha256": self.certificate_sha256,
            "not_after": self.not_after.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "days_left": self.days_left,
            "state": self.state,
        }


def standing(cert: CertificateInfo, warning_days: int = DEFAULT_WARNING_DAYS,
             now: dt.datetime | None = None) -> CertificateStanding:
    """Judge one certificate at ``now`` against ``warning_days``."""
    when = _now(now)
    checked = refreshed(cert, when)
    not_after = cert.not_after
    days = (not_after - when).days if not_after >= when else -((when - not_after).days + 1)
    if checked.usable:
        state = "expiring" if days < warning_days else "ok"
    elif not_after < when:
        state = "expired"
    else:
        state = "unusable"
    return CertificateStanding(certificate_sha256(cert), cert.subject, not_after, days, state,
                               checked.hidden_reason)


def flag(certs: Sequence[CertificateInfo], warning_days: int = DEFAULT_WARNING_DAYS,
         now: dt.datetime | None = None) -> list[CertificateStanding]:
    """Every certificate's standing, soonest to expire first."""
    return sorted((standing(c, warning_days, now) for c in certs), key=lambda s: s.not_after)
