"""Long-term validation for files already signed: add the DSS, refresh the archive timestamp.

Both are incremental updates that pyHanko's diff analysis recognises as LTA updates, so every
earlier signature stays valid.  Revocation data is fetched for every signature and document
timestamp in the file; with ``archive`` a new document timestamp then covers all of it
(PAdES B-LTA), which is how an archive is kept verifiable after certificates expire.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.general import SigningError as PyhankoSigningError
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.validation.dss import async_add_validation_info
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError

from crypto import errors
from crypto.pades import pdfopen  # noqa: F401 - pyHanko's writers leave unreadable XMP alone
from crypto.sm.validation import signature_validator


@dataclass(frozen=True)
class LtvResult:
    """What was added."""

    signatures: tuple[str, ...]  # field names that got validation data
    archive_timestamp: bool


def _context(sig: EmbeddedPdfSignature, trust: list[x509.Certificate]) -> ValidationContext:
    embedded = list(sig.other_embedded_certs) + [sig.signer_cert]
    roots = [c for c in embedded if c.subject == c.issuer] + trust
    return ValidationContext(
        trust_roots=roots,
        other_certs=[c for c in embedded if c.subject != c.issuer],
        allow_fetching=True,
        revocation_mode="soft-fail",
        signature_validator=signature_validator(),  # SM2 chains, CRLs and OCSP too
    )


def _reader(buf: BinaryIO, password: str | None) -> PdfFileReader:
    buf.seek(0)
    reader = PdfFileReader(buf, strict=False)
    if reader.encrypted:
        reader.decrypt(password or "")
    return reader


async def add_ltv(
    data: BinaryIO,
    dst: BinaryIO,
    *,
    trust: Iterable[x509.Certificate] = (),
    timestamper: TimeStamper | None = None,
    archive: bool = False,
    pdf_password: str | None = None,
) -> LtvResult:
    """Write ``data`` plus validation data (and optionally an archive timestamp) to ``dst``."""
    trust = list(trust)
    buf: BinaryIO = io.BytesIO(data.read())
    try:
        names = [s.field_name for s in _reader(buf, pdf_password).embedded_signatures]
        if not names:
            raise errors.SigningError(detail=errors.Text("the document has no signature to extend"))
        for name in names:
            reader = _reader(buf, pdf_password)
            sig = next(s for s in reader.embedded_signatures if s.field_name == name)
            vc = _context(sig, trust)
            try:
                buf = await async_add_validation_info(sig, vc, output=io.BytesIO())
            finally:
                await vc.aclose()
        if archive:
            if timestamper is None:
                raise errors.UsageError(detail=errors.Text("an archive timestamp needs --tsa URL"))
            reader = _reader(buf, pdf_password)
            last = (reader.embedded_signatures or [None])[-1]
            vc = (
                _context(last, trust)
                if last is not None
                else ValidationContext(trust_roots=trust, signature_validator=signature_validator())
            )
            try:
                buf = await PdfTimeStamper(timestamper).async_update_archival_timestamp_chain(
                    reader, vc, in_place=False, output=io.BytesIO()
                )
            finally:
                await vc.aclose()
    except errors.SealDeskError:
        raise
    except (PathBuildingError, PathValidationError) as exc:
        raise errors.CertificateUntrusted(detail=str(exc).rstrip(".")) from exc
    except PyhankoSigningError as exc:
        raise errors.SigningError(detail=str(exc).rstrip(".")) from exc
    except (PdfError, ValueError, KeyError) as exc:
        raise errors.SigningError(detail=str(exc).splitlines()[0][:200]) from exc
    buf.seek(0)
    while chunk := buf.read(1 << 20):
        dst.write(chunk)
    return LtvResult(tuple(names), archive)
