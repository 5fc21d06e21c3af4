"""Signatures of the SHA-1 era: ``adbe.pkcs7.sha1`` and ``adbe.x509.rsa_sha1`` (ISO 32000-1 §12.8).

* ``adbe.pkcs7.sha1``: the SHA-1 digest of the byte ranges is the *encapsulated content* of a
  CMS SignedData; the CMS signature covers that digest.  Intact when the encapsulated digest is
  the byte ranges' SHA-1 and the CMS says the content is what was signed.
* ``adbe.x509.rsa_sha1``: /Contents is a bare PKCS#1 RSA signature (a DER OCTET STRING) over
  the byte ranges' digest, the signer's certificate (and maybe its chain) in /Cert.  The
  DigestInfo recovered from the signature names the digest algorithm (SHA-1 by the letter of
  the specification, a SHA-2 by later practice); crypto-valid when the value is a well-formed
  PKCS#1 signature by that key, intact when the digest matches the byte ranges.

Both get the usual certificate path, revocation and key-usage checks.  SHA-1 itself is a
crypto-constraints matter, decided by :func:`judge_sha1` with the SHA-1 sunset for signatures
(1 January 2014, NIST SP 800-131A): a signature proven (trusted timestamp) to predate it keeps
its verdict; one made, or claiming to be made, after it is INDETERMINATE/
CRYPTO_CONSTRAINTS_FAILURE; one only *claiming* an earlier time is INDETERMINATE/
CRYPTO_CONSTRAINTS_FAILURE_NO_POE.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from asn1crypto import algos, core, x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import load_der_public_key
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.sign.ades.report import AdESIndeterminate
from pyhanko.sign.validation.generic_cms import (
    async_validate_cms_signature,
    handle_certvalidator_errors,
)
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature, extract_contents
from pyhanko_certvalidator import CertificateValidator
from pyhanko_certvalidator.policy_decl import DisallowWeakAlgorithmsPolicy

from crypto.review.signature import (
    RevocationData,
    SignatureFacts,
    Validator,
    record_status,
    signing_usage_ok,
)

log = logging.getLogger(__name__)

PKCS7_SHA1 = "/adbe.pkcs7.sha1"
X509_RSA_SHA1 = "/adbe.x509.rsa_sha1"
LEGACY = frozenset({PKCS7_SHA1, X509_RSA_SHA1})
SHA1_SUNSET = datetime(2014, 1, 1, tzinfo=UTC)  # NIST SP 800-131A: no SHA-1 signatures after 2013
#: SHA-1 is judged by :func:`judge_sha1` (with the signature's time), MD2/MD5 stay forbidden
LEGACY_ALGORITHMS = DisallowWeakAlgorithmsPolicy(weak_hash_algos=frozenset({"md2", "md5"}))
_DIGESTS = {"sha1", "sha224", "sha256", "sha384", "sha512"}


class X509RsaSha1Signature(EmbeddedPdfSignature):
    """An ``adbe.x509.rsa_sha1`` signature: pyHanko's byte-range, coverage and DocMDP
    handling, with the bare PKCS#1 value and /Cert in place of a CMS."""

    def __init__(self, reader: Any, sig_field: Any, fq_name: str) -> None:  # noqa: D107
        self.reader = reader
        if isinstance(sig_field, generic.IndirectObject):
            sig_field = sig_field.get_object()
        self.sig_field = sig_field
        sig_object_ref = sig_field.raw_get("/V")
        self.sig_object = sig_object = sig_object_ref.get_object()
        try:
            self.byte_range = sig_object.raw_get("/ByteRange")
        except KeyError:
            raise PdfReadError("Could not read /ByteRange entry in signature") from None
        self.pkcs7_content = extract_contents(sig_object)
        self.value = _octets(self.pkcs7_content)
        self.certs = _certificates(sig_object.get("/Cert"))
        if not self.certs:
            raise PdfReadError("no certificate in /Cert")
        self.md_algorithm = self.external_md_algorithm = "sha1"
        self.signed_revision = reader.xrefs.get_last_change(sig_object_ref.reference)
        self.coverage = None
        self.external_digests: dict[str, bytes] = {}
        self._docmdp = self._fieldmdp = None
        self._docmdp_queried = self._fieldmdp_queried = False
        self.tst_signature_digest = None
        self.diff_result = None
        self._integrity_checked = False
        self.fq_name = fq_name
        self.signed_data = None
        self.signer_info = None

    @property
    def signer_cert(self) -> x509.Certificate:
        return self.certs[0]

    @property
    def other_embedded_certs(self) -> list[x509.Certificate]:
        return list(self.certs[1:])

    @property
    def self_reported_timestamp(self) -> datetime | None:
        try:
            return generic.parse_pdf_date(self.sig_object["/M"], strict=False)
        except (KeyError, ValueError, TypeError, PdfReadError):
            return None


def legacy_signature(reader: Any, field_ref: Any, name: str,
                     subfilter: str) -> EmbeddedPdfSignature:
    """The signature object for a legacy subfilter (pkcs7.sha1 is CMS, pyHanko reads it)."""
    if subfilter == X509_RSA_SHA1:
        return X509RsaSha1Signature(reader, field_ref, name)
    return EmbeddedPdfSignature(reader, field_ref, name)


async def validate_legacy(sig: EmbeddedPdfSignature, facts: SignatureFacts,
                          validator: Validator, own: RevocationData) -> None:
    """Integrity, signature value, path and revocation of a legacy signature into ``facts``."""
    vc = validator.context(fetch=True, own=own, algorithms=LEGACY_ALGORITHMS)
    facts.online_used = validator.fetchers is not None
    facts.extra["sha1"] = True
    if isinstance(sig, X509RsaSha1Signature):
        await _x509(sig, facts, vc, sig.other_embedded_certs)
    else:
        status = await async_validate_cms_signature(sig.signed_data, validation_context=vc)
        record_status(facts, status)
        content = sig.signed_data["encap_content_info"]["content"]
        encapsulated = bytes(content.native) if isinstance(content, core.OctetString) else b""
        facts.intact = bool(status.intact) and encapsulated == sig.compute_digest("sha1")
        # the document digest is SHA-1 whatever digest the CMS uses over it
        facts.algorithm = "sha1_" + facts.algorithm.partition("_")[2]
        facts.signing_time = getattr(status, "signer_reported_dt", None)
    if facts.signing_time is None:
        facts.signing_time = _claimed_time(sig)
    facts.key_usage_ok = signing_usage_ok(sig.signer_cert)


async def _x509(sig: X509RsaSha1Signature, facts: SignatureFacts, vc: Any,
                known: list[x509.Certificate]) -> None:
    cert = sig.signer_cert
    facts.signer = cert
    recovered = _recover(cert, sig.value)
    if recovered is None:
        return  # not a signature by this key: SIG_CRYPTO_FAILURE
    algorithm, digest = recovered
    facts.crypto_valid = True
    facts.algorithm = f"{algorithm}_rsa"
    facts.intact = digest == sig.compute_digest(algorithm)
    facts.extra["sha1"] = algorithm == "sha1"
    validator = CertificateValidator(cert, known, validation_context=vc)
    result = await handle_certvalidator_errors(cert, validator.async_validate_path())
    if result.success_result is not None:
        facts.path, facts.trusted, facts.revocation = result.success_result, True, "good"
        return
    facts.trust_problem = result.error_subindic
    facts.path = result.error_path
    details = result.revo_details
    if details is not None:
        facts.revoked_at, facts.ca_revoked = details.revocation_date, details.ca_revoked
        facts.revocation = "revoked" if not details.ca_revoked else "unknown"
    elif facts.trust_problem in (AdESIndeterminate.TRY_LATER,
                                 AdESIndeterminate.REVOCATION_OUT_OF_BOUNDS_NO_POE):
        facts.revocation = "unknown"


def judge_sha1(facts: SignatureFacts) -> None:
    """Apply the SHA-1 sunset to a valid legacy signature that used SHA-1 (see module doc)."""
    if not (facts.extra.get("sha1") and facts.intact and facts.crypto_valid):
        return
    ts = facts.timestamp
    if ts is not None and ts.intact and ts.valid and ts.trusted and ts.time < SHA1_SUNSET:
        return  # proven to predate the sunset: SHA-1 was acceptable then
    claimed = facts.signing_time
    if claimed is not None and claimed < SHA1_SUNSET:
        facts.trust_problem = AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE
    else:
        facts.trust_problem = AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE
    facts.trusted = False
    facts.extra.pop("past", None)
    facts.extra["sha1_sunset"] = SHA1_SUNSET


def _recover(cert: x509.Certificate, value: bytes) -> tuple[str, bytes] | None:
    """(digest algorithm, digest) from a PKCS#1 v1.5 signature value, None if not valid."""
    try:
        key = load_der_public_key(cert.public_key.dump())
    except (ValueError, UnsupportedAlgorithm):
        return None
    if not isinstance(key, rsa.RSAPublicKey):
        return None
    try:
        recovered = key.recover_data_from_signature(value, padding.PKCS1v15(), None)
    except (InvalidSignature, ValueError):
        return None
    try:
        info = algos.DigestInfo.load(recovered, strict=True)
        algorithm = info["digest_algorithm"]["algorithm"].native
        digest = bytes(info["digest"].native)
    except (ValueError, TypeError, KeyError):
        return ("sha1", recovered) if len(recovered) == 20 else None  # bare digest (old tools)
    return (algorithm, digest) if algorithm in _DIGESTS else None


def _octets(contents: bytes) -> bytes:
    """The PKCS#1 value: a DER OCTET STRING (padded with zeros in /Contents), else as is."""
    try:
        parsed = core.OctetString.load(contents)
        return bytes(parsed.native)
    except (ValueError, TypeError):
        return contents.rstrip(b"\x00")


def _certificates(value: Any) -> list[x509.Certificate]:
    items = value if isinstance(value, generic.ArrayObject) else [value] if value else []
    certs = []
    for item in items:
        item = item.get_object() if isinstance(item, generic.IndirectObject) else item
        if isinstance(item, generic.TextStringObject | generic.ByteStringObject):
            try:
                certs.append(x509.Certificate.load(item.original_bytes))
            except ValueError:
                continue
    return certs


def _claimed_time(sig: EmbeddedPdfSignature) -> datetime | None:
    try:
        return generic.parse_pdf_date(sig.sig_object["/M"], strict=False)
    except (KeyError, ValueError, TypeError, PdfReadError):
        return None


__all__ = ["LEGACY", "SHA1_SUNSET", "X509RsaSha1Signature", "judge_sha1", "legacy_signature",
           "validate_legacy"]
