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
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from pyhanko.sign.ades.report import AdESIndeterminate, AdESPassed
from pyhanko.sign.validation.ades import ades_lta_validation
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.policy_decl import (
    LocalKnowledge,
    PdfSignatureValidationSpec,
    RevinfoOnlineFetchingRule,
    RevocationInfoGatheringSpec,
    SignatureValidationSpec,
)
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator import errors as cv_errors
from pyhanko_certvalidator.context import CertValidationPolicySpec
from pyhanko_certvalidator.policy_decl import REQUIRE_REVINFO, CertRevTrustPolicy

from crypto.review.signature import RevocationData, SignatureFacts, signature_validator
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
                               trust: TrustStore, data: RevocationData,
                               online: bool) -> datetime | None:
    """The time at which the signature validates by ETSI past validation, or None."""
    rule = (RevinfoOnlineFetchingRule.NO_HISTORICAL_FETCH if online
            else RevinfoOnlineFetchingRule.LOCAL_ONLY)
    spec = PdfSignatureValidationSpec(
        SignatureValidationSpec(
            cert_validation_policy=CertValidationPolicySpec(
                trust_manager=trust.trust_manager,
                revinfo_policy=CertRevTrustPolicy(REQUIRE_REVINFO),
                **_validator(),
            ),
            revinfo_gathering_policy=RevocationInfoGatheringSpec(online_fetching_rule=rule),
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
        other_certs=[*data.certs, *sig.other_embedded_certs],
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


def _validator() -> dict[str, Any]:
    validator = signature_validator()
    return {"signature_validator": validator} if validator is not None else {}


__all__ = ["CURABLE", "validate_at_timestamp", "validate_in_the_past", "worth_trying"]
