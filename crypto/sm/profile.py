"""What an SM2 signature looks like in a PDF, and what the signer must be told about it.

* digest: SM3, for the document (messageDigest), signing-certificate-v2 and the timestamp
  imprint alike;
* signature algorithm: SM2-with-SM3 (1.2.156.10197.1.501), signer ID ``1234567812345678``
  unless configured otherwise;
* PDF sub-filter ``adbe.pkcs7.detached`` (the CMS form Chinese PDF verifiers read; PAdES'
  ``ETSI.CAdES.detached`` is kept for RSA/ECDSA);
* a notice for the user: Adobe Acrobat/Reader cannot verify SM2.
"""

from __future__ import annotations

from asn1crypto import algos, x509
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers import Signer

from crypto.sm.oids import SM2_SM3_NAME, SM3_NAME, is_sm2_curve
from crypto.tokens.notice import Notice

SM2_DIGEST = SM3_NAME
SM2_SUBFILTER = SigSeedSubFilter.ADOBE_PKCS7_DETACHED
#: stable code of the Adobe Reader notice in ``--json`` output
READER_NOTICE_CODE = "sm2_not_verifiable_in_adobe_reader"


def is_sm2_certificate(cert: x509.Certificate | None) -> bool:
    """Whether ``cert`` certifies an SM2 public key."""
    return cert is not None and is_sm2_curve(cert.public_key)


def signs_with_sm2(signer: Signer) -> bool:
    """Whether ``signer`` makes SM2 signatures (judged by its certificate)."""
    return is_sm2_certificate(getattr(signer, "signing_cert", None))


def sm2_mechanism() -> algos.SignedDigestAlgorithm:
    """The CMS signatureAlgorithm of our SM2 signatures: SM2-with-SM3, no parameters."""
    return algos.SignedDigestAlgorithm({"algorithm": SM2_SM3_NAME})


def signature_mechanism_for(cert: x509.Certificate) -> algos.SignedDigestAlgorithm | None:
    """The mechanism a signer for ``cert`` must declare (None: pyHanko's default choice)."""
    return sm2_mechanism() if is_sm2_certificate(cert) else None


def reader_notice() -> Notice:
    """Tell the user that Adobe Reader will not verify this signature, and what to do."""
    return Notice(
        "This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot "
        "verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk "
        "or another SM2-capable verifier, and for recipients outside China add a second RSA "
        "or ECDSA signature (the sign dialog offers one; sealdesk sign: --also-p12 or "
        "--also-key)."
    )


__all__ = [
    "READER_NOTICE_CODE",
    "SM2_DIGEST",
    "SM2_SUBFILTER",
    "is_sm2_certificate",
    "reader_notice",
    "signature_mechanism_for",
    "signs_with_sm2",
    "sm2_mechanism",
]
