"""A first-pass verdict for a signature we just made (the review engine gives the full one)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from crypto.sm.validation import signature_validator


@dataclass(frozen=True)
class SignatureVerdict:
    """ETSI EN 319 102-1 style outcome for one signature."""

    field: str
    indication: str  # TOTAL-PASSED | TOTAL-FAILED | INDETERMINATE
    sub_indication: str | None
    intact: bool
    crypto_valid: bool
    trusted: bool
    signer: str
    signing_time: str | None
    timestamp_time: str | None
    coverage: str
    modification_level: str | None


async def verify_signatures(
    path: Path, trust_roots: list[x509.Certificate], *, allow_fetching: bool = False
) -> list[SignatureVerdict]:
    """Validate every signature in ``path`` against ``trust_roots``."""
    verdicts = []
    with open(path, "rb") as fh:
        reader = PdfFileReader(fh, strict=False)
        for sig in reader.embedded_regular_signatures:
            vc = ValidationContext(
                trust_roots=trust_roots,
                allow_fetching=allow_fetching,
                signature_validator=signature_validator(),  # SM2 as well
            )
            try:
                status = await async_validate_pdf_signature(sig, vc)
            finally:
                await vc.aclose()
            verdicts.append(_verdict(sig.field_name, status))
    return verdicts


def _verdict(field: str, status) -> SignatureVerdict:  # type: ignore[no-untyped-def]
    intact, valid, trusted = bool(status.intact), bool(status.valid), bool(status.trusted)
    mod = status.modification_level.name if status.modification_level is not None else None
    if not intact:
        indication, sub = "TOTAL-FAILED", "HASH_FAILURE"
    elif not valid:
        indication, sub = "TOTAL-FAILED", "SIG_CRYPTO_FAILURE"
    elif status.revoked:
        indication, sub = "TOTAL-FAILED", "REVOKED"
    elif not trusted:
        indication, sub = "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND"
    elif not status.docmdp_ok or (mod not in (None, "NONE", "LTA_UPDATES")):
        indication, sub = "INDETERMINATE", "CHANGED_AFTER_SIGNING"
    else:
        indication, sub = "TOTAL-PASSED", None
    ts = status.timestamp_validity
    return SignatureVerdict(
        field=field,
        indication=indication,
        sub_indication=sub,
        intact=intact,
        crypto_valid=valid,
        trusted=trusted,
        signer=str(status.signing_cert.subject.human_friendly),
        signing_time=status.signer_reported_dt.isoformat() if status.signer_reported_dt else None,
        timestamp_time=ts.timestamp.isoformat() if ts is not None and ts.valid else None,
        coverage=status.coverage.name if status.coverage is not None else "UNKNOWN",
        modification_level=mod,
    )
