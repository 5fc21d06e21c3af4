"""Validate one signature or document timestamp with pyHanko and record what it established.

pyHanko does the cryptography (digest, signature value, certificate path, revocation, timestamp
tokens); this module chooses where revocation data comes from — what the document embeds first,
the network only when that is not enough and ``--offline`` is off — and collects the results in
:class:`SignatureFacts`, which :mod:`crypto.review.verdict` turns into an ETSI indication.
"""

from __future__ import annotations

import functools
import logging
from contextvars import ContextVar
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import datetime
from typing import Any

from asn1crypto import cms, x509
from pyhanko.sign.ades.report import AdESIndeterminate, AdESSubIndic
from pyhanko.sign.general import (
    MultivaluedAttributeError,
    NonexistentAttributeError,
    find_unique_cms_attribute,
)
from pyhanko.sign.validation import async_validate_pdf_signature, async_validate_pdf_timestamp
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureStatus
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator import errors as cv_errors
from pyhanko_certvalidator.fetchers.api import Fetchers
from pyhanko_certvalidator.policy_decl import (
    REQUIRE_REVINFO,
    AlgorithmUsagePolicy,
    CertRevTrustPolicy,
)
from pyhanko_certvalidator.sig_validate import SignatureValidator

from crypto.review.trust import TrustStore

log = logging.getLogger(__name__)

SM2_SIGNATURE_ARC = "1.2.156.10197.1.50"  # sm2sign-with-sm3 (…501) and its siblings
SIGNING_USAGES = frozenset({"digital_signature", "non_repudiation"})
REVOCATION_PROBLEMS = frozenset({
    AdESIndeterminate.TRY_LATER,
    AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE,
    AdESIndeterminate.REVOCATION_OUT_OF_BOUNDS_NO_POE,
})


@dataclass(frozen=True)
class RevocationData:
    """Validation material a document carries (DSS and Adobe revocation attributes)."""

    certs: tuple[x509.Certificate, ...] = ()
    crls: tuple[Any, ...] = ()
    ocsps: tuple[Any, ...] = ()

    @property
    def has_revinfo(self) -> bool:
        return bool(self.crls or self.ocsps)

    def may_cover(self, cert: x509.Certificate) -> bool:
        """Whether this data could hold ``cert``'s revocation status: any CRL (it may be an
        indirect one) or an OCSP response about its serial number.  False: validating with
        this data alone is bound to find no status for ``cert``."""
        if self.crls:
            return True
        for response in self.ocsps:
            try:
                data = response["response_bytes"]["response"].parsed["tbs_response_data"]
                if any(single["cert_id"]["serial_number"].native == cert.serial_number
                       for single in data["responses"]):
                    return True
            except (KeyError, ValueError, TypeError, AttributeError):
                return True  # unreadable here: let pyHanko judge it
        return False


@dataclass
class TimestampFacts:
    """A signature timestamp token as validated."""

    time: datetime
    intact: bool
    valid: bool
    trusted: bool
    problem: AdESSubIndic | None


@dataclass
class SignatureFacts:
    """What validating one signature established, before any verdict."""

    field: str
    kind: str  # "signature" | "doc_timestamp"
    revision: int  # 0-based revision the signature object belongs to
    subfilter: str = ""
    intact: bool = False
    crypto_valid: bool = False
    format_error: str | None = None  # unreadable or unsupported signature
    unsupported: bool = False
    trust_problem: AdESSubIndic | None = None
    chain_detail: str | None = None
    trusted: bool = False
    revoked_at: datetime | None = None
    ca_revoked: bool = False
    revocation: str = "not_checked"
    online_used: bool = False
    signer: x509.Certificate | None = None
    path: Any = None  # pyhanko_certvalidator ValidationPath
    signing_time: datetime | None = None
    timestamp: TimestampFacts | None = None  # signature timestamp (or the token itself)
    docmdp: int | None = None
    algorithm: str = ""
    signing_cert_attr: bool = False
    key_usage_ok: bool = True
    coverage: str = "PARTIAL"
    extra: dict[str, Any] = dc_field(default_factory=dict)


class Validator:
    """Validation contexts for one file: the trust store, the document's own revocation data,
    and (when online) a fetcher shared by every file this worker reviews."""

    def __init__(self, trust: TrustStore, data: RevocationData,
                 fetchers: Fetchers | None) -> None:
        self.trust, self.data, self.fetchers = trust, data, fetchers

    def context(self, *, fetch: bool, own: RevocationData | None = None,
                algorithms: AlgorithmUsagePolicy | None = None) -> ValidationContext:
        """A fresh context; fetching only when allowed and asked for; ``algorithms``: another
        algorithm policy than pyHanko's default (see crypto.review.legacy)."""
        fetch = fetch and self.fetchers is not None
        own = own or RevocationData()
        return ValidationContext(
            algorithm_usage_policy=algorithms,
            trust_manager=self.trust.trust_manager,
            # the user's anchors too: an OCSP response about an intermediate may be signed by
            # the root itself, which pyHanko looks up among known certificates, not anchors
            other_certs=[*self.data.certs, *own.certs, *self.trust.user],
            crls=[*self.data.crls, *own.crls],
            ocsps=[*self.data.ocsps, *own.ocsps],
            allow_fetching=fetch,
            fetchers=self.fetchers if fetch else None,
            revinfo_policy=CertRevTrustPolicy(REQUIRE_REVINFO),
            signature_validator=signature_validator(),
        )

    async def signature(self, sig: EmbeddedPdfSignature, facts: SignatureFacts,
                        own: RevocationData) -> None:
        """Validate a regular signature into ``facts`` (embedded data first, then online)."""
        ku = _key_usage(sig.signer_cert)
        # embedded data first, unless it cannot hold the signer's status: then a local-only
        # pass would fail for want of revocation data and be repeated online anyway
        local_first = self.data.may_cover(sig.signer_cert) or own.may_cover(sig.signer_cert)
        status = await self._pdf_signature(sig, ku, fetch=not local_first, own=own)
        if (local_first and self.fetchers is not None and _needs_revocation(status)):
            status = await self._pdf_signature(sig, ku, fetch=True, own=own)
            facts.online_used = True
        else:
            facts.online_used = not local_first and self.fetchers is not None
        record_status(facts, status)
        ts = getattr(status, "timestamp_validity", None)
        if ts is not None:
            facts.timestamp = TimestampFacts(ts.timestamp, ts.intact, ts.valid, ts.trusted,
                                             ts.trust_problem_indic)
            facts.extra["ts_path"] = ts.validation_path
        facts.signing_time = getattr(status, "signer_reported_dt", None)
        facts.key_usage_ok = signing_usage_ok(sig.signer_cert)
        if facts.trust_problem == AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE:
            await self._diagnose(sig, facts)

    async def doc_timestamp(self, sig: EmbeddedPdfSignature, facts: SignatureFacts) -> None:
        """Validate a document timestamp into ``facts``."""
        status = await self._pdf_timestamp(sig, fetch=not self.data.has_revinfo)
        if self.data.has_revinfo and self.fetchers is not None and _needs_revocation(status):
            status = await self._pdf_timestamp(sig, fetch=True)
            facts.online_used = True
        record_status(facts, status)
        facts.timestamp = TimestampFacts(status.timestamp, status.intact, status.valid,
                                         status.trusted, status.trust_problem_indic)
        facts.signing_time = status.timestamp

    async def _pdf_signature(self, sig: EmbeddedPdfSignature, ku: KeyUsageConstraints, *,
                             fetch: bool, own: RevocationData) -> Any:
        vc = self.context(fetch=fetch, own=own)
        return await async_validate_pdf_signature(
            sig, signer_validation_context=vc, ts_validation_context=vc,
            key_usage_settings=ku, skip_diff=True,
        )

    async def _pdf_timestamp(self, sig: EmbeddedPdfSignature, *, fetch: bool) -> Any:
        return await async_validate_pdf_timestamp(
            sig, validation_context=self.context(fetch=fetch), skip_diff=True)

    async def _diagnose(self, sig: EmbeddedPdfSignature, facts: SignatureFacts) -> None:
        """pyHanko folds several chain failures into one sub-indication; find out which."""
        validator = CertificateValidator(
            sig.signer_cert, sig.other_embedded_certs,
            validation_context=self.context(fetch=facts.online_used))
        try:
            await validator.async_validate_path()
        except (cv_errors.InsufficientRevinfoError, cv_errors.StaleRevinfoError) as exc:
            facts.trust_problem = AdESIndeterminate.TRY_LATER
            facts.revocation = "unknown"
            facts.chain_detail = _sentence(exc)
        except cv_errors.NotYetValidError as exc:
            facts.trust_problem = AdESIndeterminate.NOT_YET_VALID
            facts.chain_detail = _sentence(exc)
        except cv_errors.PathValidationError as exc:
            facts.chain_detail = _sentence(exc)
        except (cv_errors.PathBuildingError, ValueError) as exc:
            facts.chain_detail = _sentence(exc)


#: SM2 signer IDs to try besides the default for the file under review (ReviewOptions
#: .sm2_signer_ids; set by crypto.review.analysis around a file's validation)
SM2_SIGNER_IDS: ContextVar[tuple[bytes, ...]] = ContextVar("sm2_signer_ids", default=())


def signature_validator() -> SignatureValidator | None:
    """The validator for every signature pyHanko checks: SM2 (国密) as well where SealDesk has
    it (crypto.sm), with the signer IDs of :data:`SM2_SIGNER_IDS`; pyHanko's default otherwise."""
    return _validator_for(SM2_SIGNER_IDS.get())


@functools.cache
def _validator_for(extra_ids: tuple[bytes, ...]) -> SignatureValidator | None:
    try:
        from crypto.sm.sm2 import DEFAULT_SIGNER_ID
        from crypto.sm.validation import signature_validator as sm_validator
    except ImportError:
        return None
    validator: SignatureValidator = sm_validator(
        (DEFAULT_SIGNER_ID, *extra_ids) if extra_ids else None)
    return validator


def sm2_signer_id_used(sig: EmbeddedPdfSignature) -> str | None:
    """The SM2 signer ID ``sig`` verified with, when not the default (shown in the report)."""
    validator = signature_validator()
    used = getattr(validator, "signer_id_used", None)
    if used is None:
        return None
    try:
        value = used(sig.signer_info["signature"].native)
    except (KeyError, ValueError, TypeError):
        return None
    return None if value is None else bytes(value).decode("utf-8", "replace")


def revocation_attr_data(sig: EmbeddedPdfSignature) -> RevocationData:
    """CRLs and OCSP responses in the signature's adbe-revocationInfoArchival attribute."""
    try:
        attr = find_unique_cms_attribute(sig.signer_info["signed_attrs"],
                                         "adobe_revocation_info_archival")
    except (MultivaluedAttributeError, NonexistentAttributeError, KeyError, ValueError):
        return RevocationData()
    try:
        crls = tuple(attr["crl"]) if attr["crl"].native else ()
        ocsps = tuple(attr["ocsp"]) if attr["ocsp"].native else ()
    except (KeyError, ValueError, TypeError):
        return RevocationData()
    return RevocationData(crls=crls, ocsps=ocsps)


def signing_certificate_attr(signer_info: cms.SignerInfo) -> bool:
    """Whether the signed attributes bind the signer's certificate (ESS v1 or v2)."""
    for name in ("signing_certificate_v2", "signing_certificate"):
        try:
            find_unique_cms_attribute(signer_info["signed_attrs"], name)
            return True
        except (NonexistentAttributeError, MultivaluedAttributeError, KeyError, ValueError):
            continue
    return False


def algorithm_name(signer_info: cms.SignerInfo | None, cert: x509.Certificate | None) -> str:
    """'sha256_rsa', 'sha256_rsa_pss', 'sha256_ecdsa', 'sm3_sm2' …"""
    if signer_info is None:  # a bare PKCS#1 signature (adbe.x509.rsa_sha1)
        return "sha1_rsa"
    try:
        digest = signer_info["digest_algorithm"]["algorithm"].native
        mech = signer_info["signature_algorithm"]["algorithm"].native
    except (KeyError, ValueError):
        return ""
    dotted = signer_info["signature_algorithm"]["algorithm"].dotted
    if "sm2" in str(mech) or dotted.startswith(SM2_SIGNATURE_ARC):
        key = "sm2"
    elif mech == "rsassa_pss":
        key = "rsa_pss"
    elif "ecdsa" in mech or (cert is not None and cert.public_key.algorithm == "ec"):
        key = "ecdsa"
    elif "dsa" in mech and "rsa" not in mech:
        key = "dsa"
    elif "rsa" in mech:
        key = "rsa"
    else:
        key = str(mech)
    return f"{digest}_{key}"


def record_status(facts: SignatureFacts, status: SignatureStatus) -> None:
    """What pyHanko's status says about integrity, validity, trust and revocation."""
    facts.intact, facts.crypto_valid = bool(status.intact), bool(status.valid)
    facts.trust_problem = status.trust_problem_indic
    facts.trusted = bool(status.trusted)
    facts.signer = status.signing_cert
    facts.path = status.validation_path
    if status.revocation_details is not None:
        facts.revoked_at = status.revocation_details.revocation_date
        facts.ca_revoked = status.revocation_details.ca_revoked
        facts.revocation = "revoked" if not facts.ca_revoked else "unknown"
    elif facts.trusted:
        facts.revocation = "good"  # REQUIRE_REVINFO: trusted implies a good status was seen
    elif facts.trust_problem in REVOCATION_PROBLEMS:
        facts.revocation = "unknown"


def _needs_revocation(status: SignatureStatus) -> bool:
    return bool(status.intact and status.valid and status.trust_problem_indic
                in REVOCATION_PROBLEMS | {AdESIndeterminate.REVOKED_CA_NO_POE})


def _key_usage(cert: x509.Certificate) -> KeyUsageConstraints:
    if cert.key_usage_value is None:  # no extension: RFC 5280 allows every usage
        return KeyUsageConstraints()
    return KeyUsageConstraints(key_usage=set(SIGNING_USAGES), match_all_key_usages=False)


def signing_usage_ok(cert: x509.Certificate) -> bool:
    """No key-usage extension (every usage allowed), or one that allows signing."""
    value = cert.key_usage_value
    return value is None or bool(SIGNING_USAGES & set(value.native))


def _sentence(exc: BaseException) -> str:
    text = getattr(exc, "failure_msg", None) or str(exc) or type(exc).__name__
    return str(text).strip().splitlines()[0][:200].rstrip(".")


__all__ = [
    "RevocationData",
    "signature_validator",
    "SignatureFacts",
    "TimestampFacts",
    "Validator",
    "algorithm_name",
    "record_status",
    "signing_usage_ok",
    "revocation_attr_data",
    "signing_certificate_attr",
    "sm2_signer_id_used",
    "SM2_SIGNER_IDS",
]
