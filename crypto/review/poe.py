"""Past-signature validation: a signature that fails *now* only because time has passed.

A certificate that expired, or revocation data that is no longer fresh, does not make an old
signature worthless when the document proves the signature existed earlier — a signature
timestamp, archive timestamps over the DSS (PAdES B-LTA).  ETSI EN 319 102-1 §5.6 then
validates at that earlier time with the archived data.  pyHanko implements it in
``ades_lta_validation``, which this module tries first, only for signatures that failed at the
current time with an indication that proof of existence can cure.

pyHanko's time-slide gives up on some real PKIs (e.g. an intermediate whose OCSP responses the
root signs itself), so there is a second, narrower way: when a valid archive timestamp covers a
DSS holding revocation data for the whole chain (B-LTA reached) and a trusted signature
timestamp falls inside the certificate's validity, the chain is validated *at that timestamp's
time* with the archived data (pyhanko-certvalidator's point-in-time validation).

Timestamps themselves age too: a TSA certificate expires, revocation data goes stale.  ETSI EN
319 102-1 §5.6.2 then validates each timestamp of an LTA chain at the time proven by the next
one — the archive timestamp over it is its proof of existence.  :func:`cure_timestamps` walks a
document's timestamps from the newest back: one that validated at the current time (or was
itself cured) proves existence at its time, and every earlier document timestamp and
signature timestamp that failed only because of time is validated again at the earliest such
proven time, with the validation data archived in the document.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import Any

from pyhanko.sign.ades.report import AdESIndeterminate, AdESPassed
from pyhanko.sign.validation import async_validate_pdf_timestamp
from pyhanko.sign.validation.ades import ades_lta_validation
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.generic_cms import (
    extract_tst_data_iter,
    message_imprint_checker,
    validate_tst_signed_data,
)
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.policy_decl import (
    LocalKnowledge,
    PdfSignatureValidationSpec,
    RevinfoOnlineFetchingRule,
    RevocationInfoGatheringSpec,
    SignatureValidationSpec,
)
from pyhanko.sign.validation.status import TimestampSignatureStatus
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator import errors as cv_errors
from pyhanko_certvalidator.context import CertValidationPolicySpec
from pyhanko_certvalidator.fetchers.api import FetcherBackend
from pyhanko_certvalidator.policy_decl import REQUIRE_REVINFO, CertRevTrustPolicy

from crypto.review.signature import (
    RevocationData,
    SignatureFacts,
    TimestampFacts,
    signature_validator,
)
from crypto.review.trust import TrustStore

log = logging.getLogger(__name__)

CURABLE = frozenset({
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED,
    AdESIndeterminate.REVOKED_CA_NO_POE,
    AdESIndeterminate.TRY_LATER,
    AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
    AdESIndeterminate.REVOCATION_OUT_OF_BOUNDS_NO_POE,
})


def worth_trying(facts: SignatureFacts) -> bool:
    """Whether past validation could change this signature's verdict."""
    ts = facts.timestamp
    if facts.kind != "signature" or ts is None or not (ts.intact and ts.valid):
        return False
    if not (facts.intact and facts.crypto_valid) or facts.trust_problem not in CURABLE:
        return False
    cert = facts.signer
    if facts.trust_problem == AdESIndeterminate.OUT_OF_BOUNDS_NO_POE and cert is not None:
        return bool(cert.not_valid_before <= ts.time <= cert.not_valid_after)
    return True


async def validate_in_the_past(sig: EmbeddedPdfSignature, facts: SignatureFacts,
                               trust: TrustStore, data: RevocationData, online: bool,
                               backend: FetcherBackend | None = None) -> datetime | None:
    """The time at which the signature validates by ETSI past validation, or None.

    ``backend``: the worker's fetcher backend, so that its HTTP session (and TLS context) is
    reused; without it pyHanko opens a new session for every signature."""
    rule = (RevinfoOnlineFetchingRule.NO_HISTORICAL_FETCH if online
            else RevinfoOnlineFetchingRule.LOCAL_ONLY)
    spec = PdfSignatureValidationSpec(
        SignatureValidationSpec(
            cert_validation_policy=CertValidationPolicySpec(
                trust_manager=trust.trust_manager,
                revinfo_policy=CertRevTrustPolicy(REQUIRE_REVINFO),
                **_validator(),
            ),
            revinfo_gathering_policy=RevocationInfoGatheringSpec(
                online_fetching_rule=rule, fetcher_backend=backend if online else None),
            local_knowledge=LocalKnowledge(known_certs=list(data.certs)),
        ),
        diff_policy=None,  # modifications are judged separately, once per document
    )
    try:
        result = await ades_lta_validation(sig, spec)
    except (SignatureValidationError, ValueError, KeyError, TypeError) as exc:
        log.info("past validation of %s failed: %s", facts.field, exc)
        return None
    if result.ades_subindic is not AdESPassed.OK:
        log.info("past validation of %s: %s", facts.field, result.ades_subindic)
        return None
    return result.best_signature_time


async def validate_at_timestamp(sig: EmbeddedPdfSignature, facts: SignatureFacts,
                                trust: TrustStore, data: RevocationData) -> datetime | None:
    """The signature timestamp's time if the chain validates then with archived data."""
    ts = facts.timestamp
    if ts is None or not (ts.intact and ts.valid and ts.trusted):
        return None
    vc = ValidationContext(
        trust_manager=trust.trust_manager,
        other_certs=[*data.certs, *sig.other_embedded_certs, *trust.user],
        crls=list(data.crls), ocsps=list(data.ocsps),
        moment=ts.time, allow_fetching=False,
        revinfo_policy=CertRevTrustPolicy(REQUIRE_REVINFO, retroactive_revinfo=True),
        signature_validator=signature_validator(),
    )
    try:
        path = await CertificateValidator(sig.signer_cert, validation_context=vc
                                          ).async_validate_path()
    except (cv_errors.PathValidationError, cv_errors.PathBuildingError, ValueError) as exc:
        log.info("point-in-time validation of %s failed: %s", facts.field, exc)
        return None
    facts.path = path
    return ts.time


async def cure_timestamps(sigs: list[tuple[SignatureFacts, EmbeddedPdfSignature | None]],
                          trust: TrustStore, data: RevocationData) -> None:
    """Validate timestamps that failed at the current time at the time the next timestamp of
    the chain proves (newest first, see the module docstring); ``sigs`` in revision order."""
    proven: datetime | None = None  # earliest time proven by a good later document timestamp
    for facts, sig in reversed(sigs):
        if sig is None or facts.format_error is not None or facts.unsupported:
            continue
        if facts.kind == "signature":
            if proven is not None and _timestamp_curable(facts.timestamp):
                await _cure_signature_timestamp(sig, facts, trust, data, proven)
            continue
        ts = facts.timestamp
        if ts is None or not (facts.intact and facts.crypto_valid):
            continue
        if (not facts.trusted and proven is not None and _stamp_curable(facts)
                and ts.time <= proven):
            status = await _at(proven, trust, data, sig.other_embedded_certs,
                               partial(async_validate_pdf_timestamp, sig, skip_diff=True))
            if status is not None and status.intact and status.valid and status.trusted:
                facts.trusted, facts.trust_problem, facts.chain_detail = True, None, None
                facts.revocation = "good" if facts.revoked_at is None else facts.revocation
                facts.path = status.validation_path
                facts.extra["past"] = proven
                ts.trusted, ts.problem = True, None
        if facts.trusted:
            proven = ts.time if proven is None else min(proven, ts.time)


def _stamp_curable(facts: SignatureFacts) -> bool:
    if facts.revoked_at is not None and not facts.ca_revoked:
        return True  # revoked: fine if the revocation came after the proven time
    return facts.trust_problem in CURABLE


def _timestamp_curable(ts: TimestampFacts | None) -> bool:
    return ts is not None and ts.intact and ts.valid and not ts.trusted and (
        ts.problem is None or ts.problem in CURABLE)


async def _cure_signature_timestamp(sig: EmbeddedPdfSignature, facts: SignatureFacts,
                                    trust: TrustStore, data: RevocationData,
                                    proven: datetime) -> None:
    """The signature's own timestamp token, validated at ``proven``."""
    ts = facts.timestamp
    if ts is None or ts.time > proven:
        return
    checker = message_imprint_checker(sig.signer_info)
    for token in extract_tst_data_iter(sig.signer_info, signed=False):
        kwargs = await _at(proven, trust, data, [],  # the token's own certificates: pyHanko
                           partial(validate_tst_signed_data, token, expected_tst_imprint=checker))
        if kwargs is None:
            continue
        status = TimestampSignatureStatus(**kwargs)
        if status.intact and status.valid and status.trusted:
            facts.timestamp = TimestampFacts(status.timestamp, True, True, True, None)
            facts.extra["ts_past"] = proven
            facts.extra["ts_path"] = status.validation_path
            return


async def _at(moment: datetime, trust: TrustStore, data: RevocationData, certs: list[Any],
              run: Any) -> Any:
    """``run(context)`` with a validation context fixed at ``moment`` (archived data only)."""
    vc = ValidationContext(
        trust_manager=trust.trust_manager,
        other_certs=[*data.certs, *certs, *trust.user],
        crls=list(data.crls), ocsps=list(data.ocsps),
        moment=moment, allow_fetching=False,
        revinfo_policy=CertRevTrustPolicy(REQUIRE_REVINFO, retroactive_revinfo=True),
        signature_validator=signature_validator(),
    )
    try:
        return await run(vc)
    except (SignatureValidationError, cv_errors.PathValidationError,
            cv_errors.PathBuildingError, ValueError, KeyError, TypeError) as exc:
        log.info("validation at %s failed: %s", moment, exc)
        return None


def _validator() -> dict[str, Any]:
    validator = signature_validator()
    return {"signature_validator": validator} if validator is not None else {}


__all__ = ["CURABLE", "cure_timestamps", "validate_at_timestamp", "validate_in_the_past",
           "worth_trying"]
