"""Turn a signature's facts and verdict into the report model (``sealdesk.verify/1``)."""

from __future__ import annotations

from datetime import datetime

from asn1crypto import x509

from crypto.review.model import Indication, SignatureReport, Signer
from crypto.review.signature import SignatureFacts
from crypto.review.verdict import Assessment, SignatureVerdict


def signature_report(facts: SignatureFacts, verdict: SignatureVerdict, changes: Assessment,
                     pades_level: str | None) -> SignatureReport:
    """The report entry for one signature or document timestamp."""
    ts = facts.timestamp
    ts_time = None
    if ts is not None and ts.intact and ts.valid:
        ts_time = _iso(ts.time)
    passed = verdict.indication is Indication.TOTAL_PASSED
    return SignatureReport(
        field=facts.field,
        kind=facts.kind,
        indication=verdict.indication,
        sub_indication=verdict.sub_indication,
        intact=facts.intact,
        crypto_valid=facts.crypto_valid,
        trusted=facts.trusted or passed,
        revocation=facts.revocation,
        coverage=facts.coverage,
        modification_level=changes.level,
        docmdp=facts.docmdp,
        pades_level=pades_level,
        algorithm=facts.algorithm,
        signer=signer_of(facts.signer),
        signing_time=_iso(facts.signing_time) if facts.signing_time else None,
        timestamp_time=ts_time,
        revision=facts.revision + 1,
        reasons=list(verdict.reasons),
    )


def signer_of(cert: x509.Certificate | None) -> Signer | None:
    """Subject, issuer, serial and expiry of a certificate, as text."""
    if cert is None:
        return None
    try:
        return Signer(
            subject=cert.subject.human_friendly,
            issuer=cert.issuer.human_friendly,
            serial=format(cert.serial_number, "X"),
            not_after=_iso(cert.not_valid_after),
        )
    except (ValueError, KeyError, TypeError):
        return Signer(subject="?", issuer="?", serial="?", not_after="")


def _iso(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment is not None else ""


__all__ = ["signature_report", "signer_of"]
