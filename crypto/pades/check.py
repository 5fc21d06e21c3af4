"""Check a freshly signed output before it replaces anything: our signature must verify.

This is not the review engine (no trust decision).  It proves that the signature value the key
produced is valid for the certificate we meant to use, over the document digest pyHanko
computed for the byte range, and that exactly that CMS object sits in the file's /Contents hole.
A token that signed with the wrong key or returned garbage, or a short write, is caught here,
and nothing is written.  It costs one signature verification and one small read — no re-parse.
"""

from __future__ import annotations

import binascii
from typing import BinaryIO

from asn1crypto import cms, x509
from pyhanko.sign.validation.generic_cms import validate_sig_integrity
from pyhanko_certvalidator.sig_validate import SignatureValidator

from crypto import errors
from crypto.pades.engine import WrittenSignature


def check_signed_output(
    fh: BinaryIO,
    written: WrittenSignature,
    expected_cert: x509.Certificate,
    sig_validator: SignatureValidator | None = None,
) -> None:
    """Raise VerificationFailed unless ``fh`` holds a valid signature by ``expected_cert``.

    ``sig_validator`` checks the signature value (default: SealDesk's, which knows SM2).
    """
    start, end = written.region
    fh.seek(start)
    hole = fh.read(end - start)
    fh.seek(0)
    if len(hole) != end - start or hole[:1] != b"<" or hole[-1:] != b">":
        raise errors.VerificationFailed(detail=errors.Text("the signature placeholder is damaged"))
    try:
        on_disk = binascii.unhexlify(hole[1:-1])
    except (binascii.Error, ValueError) as exc:
        raise errors.VerificationFailed(
            detail=errors.Text("the signature placeholder is not hex")
        ) from exc
    if on_disk != written.contents:
        raise errors.VerificationFailed(
            detail=errors.Text("the file does not hold the signature just made")
        )
    try:
        info = cms.ContentInfo.load(written.contents, strict=False)  # padding follows
        signer_info = info["content"]["signer_infos"][0]
        intact, valid = validate_sig_integrity(
            signer_info,
            expected_cert,
            expected_content_type="data",
            actual_digest=written.document_digest,
            sig_validator=sig_validator or _default_validator(),
        )
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise errors.VerificationFailed(
            detail=errors.Text("unreadable signature ({error})", error=str(exc))
        ) from exc
    if not intact:
        raise errors.VerificationFailed(
            detail=errors.Text("the signed digest does not match the document")
        )
    if not valid:
        raise errors.VerificationFailed(
            detail=errors.Text("the signature value is not valid for the certificate (wrong key?)")
        )


def _default_validator() -> SignatureValidator:
    from crypto.sm.validation import signature_validator

    return signature_validator()
