"""Check a freshly signed output before it replaces anything: our signature must verify.

This is not the review engine (no trust decision): it proves that the bytes we are about to hand
over contain an intact, cryptographically valid signature in the expected field, that covers the
whole file, made with the certificate we meant to use.  A token that signed with the wrong key, a
broken byte range or a truncated write are caught here and nothing is written.
"""

from __future__ import annotations

from typing import BinaryIO

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.generic_cms import validate_sig_integrity
from pyhanko.sign.validation.pdf_embedded import SignatureCoverageLevel

from crypto import errors


def check_signed_output(
    fh: BinaryIO,
    field_name: str,
    expected_cert: x509.Certificate | None,
    pdf_password: str | None = None,
) -> None:
    """Raise VerificationFailed unless ``field_name`` in ``fh`` holds our valid signature."""
    fh.seek(0)
    try:
        reader = PdfFileReader(fh, strict=False)
        if reader.encrypted:
            # the output keeps the input's encryption; reading its fields needs the password
            reader.decrypt(pdf_password or "")
        sig = next(
            (s for s in reader.embedded_regular_signatures if s.field_name == field_name), None
        )
        if sig is None:
            raise errors.VerificationFailed(detail=f"no signature in field {field_name!r}")
        if expected_cert is not None and sig.signer_cert.dump() != expected_cert.dump():
            raise errors.VerificationFailed(detail="the signature names another certificate")
        digest = sig.compute_digest()
        coverage = sig.evaluate_signature_coverage()
        intact, valid = validate_sig_integrity(
            sig.signer_info, sig.signer_cert, expected_content_type="data", actual_digest=digest
        )
    except errors.SealDeskError:
        raise
    except (PdfError, ValueError, KeyError) as exc:
        raise errors.VerificationFailed(detail=str(exc).splitlines()[0][:200]) from exc
    finally:
        fh.seek(0)
    if not intact:
        raise errors.VerificationFailed(detail="the document digest does not match")
    if not valid:
        raise errors.VerificationFailed(detail="the signature value is not valid for the key")
    if coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        raise errors.VerificationFailed(detail="the signature does not cover the revision")
