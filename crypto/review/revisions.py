"""What was signed: the revision a signature covers, cut from the file as its own PDF.

A PDF signature covers the file from its first byte to the end of its second byte range.  When
pyHanko finds that this prefix is a whole revision (its xref section and ``%%EOF`` included), the
prefix is a complete PDF: exactly the document the signer saw.  Signatures whose byte range does
not cover a whole revision (a hostile or broken file) have no such document and are refused.
"""

from __future__ import annotations

import io
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import SignatureCoverageLevel

from crypto import errors

log = logging.getLogger(__name__)

PdfSource = bytes | str | os.PathLike[str]

_PDF_ERRORS = (PdfError, SignatureValidationError, ValueError, KeyError, TypeError, IndexError)
_WHOLE_REVISION = (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION)
_UNSAFE = re.compile(r"[^\w.-]+")
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{p}{i}" for p in ("COM", "LPT") for i in range(10))}
_MAX_NAME = 80


@dataclass(frozen=True)
class SignedRevision:
    """One signature's revision: its field, 1-based revision number and the covered bytes."""

    field: str
    revision: int
    data: bytes


def signed_revision_bytes(
    data: PdfSource, signature_field: str, *, password: str | bytes | None = None
) -> bytes:
    """The bytes ``signature_field`` covers, which are the complete PDF of its revision."""
    content, name = _read(data)
    reader = _reader(content, name, password)
    for field, sig in _signatures(reader, name):
        if field == signature_field:
            if isinstance(sig, errors.InputError):
                raise sig
            return _covered(sig, content, name).data
    raise errors.InputError(
        what="{path} has no signature named {field}.",
        todo="List the document's signatures with 'sealdesk verify'.",
        path=name,
        field=signature_field,
    )


def signed_revisions(
    data: PdfSource, *, password: str | bytes | None = None
) -> list[SignedRevision]:
    """Every signature's and document timestamp's revision, in file order (broken ones skipped)."""
    content, name = _read(data)
    reader = _reader(content, name, password)
    found = []
    for _, sig in _signatures(reader, name):
        try:
            if isinstance(sig, errors.InputError):
                raise sig
            found.append(_covered(sig, content, name))
        except errors.InputError as exc:
            log.warning("%s", exc)
    return sorted(found, key=lambda rev: rev.revision)


def extract_revisions(
    path: Path, out_dir: Path, *, password: str | bytes | None = None
) -> list[Path]:
    """Write one PDF per signature, ``<stem>.rev<N>.<field>.pdf``: what that signature covers."""
    path = Path(path)
    out_dir = Path(out_dir)
    revisions = signed_revisions(path, password=password)
    out_dir.mkdir(parents=True, exist_ok=True)
    source = path.resolve()
    written: list[Path] = []
    used: set[str] = set()
    for rev in revisions:
        name = _unique(f"{safe_name(path.stem)}.rev{rev.revision}.{safe_name(rev.field)}", used)
        target = out_dir / f"{name}.pdf"
        if target.resolve() == source:  # never overwrite the input, whatever it is called
            target = out_dir / f"{_unique(name + '.signed', used)}.pdf"
        _write_atomic(target, rev.data)
        written.append(target)
    return written


def safe_name(text: str) -> str:
    """A file-name part that is safe on Windows, macOS and Linux (letters, digits, ``._-``)."""
    text = unicodedata.normalize("NFC", text)
    cleaned = _UNSAFE.sub("_", text).strip("._ ") or "field"
    cleaned = cleaned[:_MAX_NAME].rstrip("._ ") or "field"
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = "_" + cleaned
    return cleaned


def _unique(name: str, used: set[str]) -> str:
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{name}-{n}"
    used.add(candidate.casefold())
    return candidate


def _signatures(
    reader: PdfFileReader, name: str
) -> Iterator[tuple[str, EmbeddedPdfSignature | errors.InputError]]:
    """Each filled signature field with its signature, or the reason it cannot be read."""
    try:
        fields = list(enumerate_sig_fields(reader, filled_status=True))
    except _PDF_ERRORS as exc:
        raise _damaged(name, exc) from exc
    for fq_name, _, sig_field in fields:
        try:
            yield fq_name, EmbeddedPdfSignature(reader, sig_field, fq_name)
        except _PDF_ERRORS as exc:
            yield fq_name, _not_a_revision(name, fq_name, str(exc) or type(exc).__name__)


def _covered(sig: EmbeddedPdfSignature, content: bytes, name: str) -> SignedRevision:
    field = sig.field_name or "?"
    byte_range = [int(v) for v in sig.byte_range]
    if len(byte_range) != 4 or byte_range[0] != 0:
        raise _not_a_revision(name, field, errors.Text("unusual byte range {byte_range}",
                                                         byte_range=str(byte_range)))
    _, len1, start2, len2 = byte_range
    end = start2 + len2
    if not 0 <= len1 <= start2 <= end <= len(content):
        raise _not_a_revision(name, field, errors.Text(
            "byte range {byte_range} outside the file", byte_range=str(byte_range)))
    try:
        coverage = sig.evaluate_signature_coverage()
    except _PDF_ERRORS as exc:
        raise _not_a_revision(name, field, str(exc)) from exc
    if coverage not in _WHOLE_REVISION:
        raise _not_a_revision(name, field, errors.Text(
            "it covers {coverage}, not a whole revision", coverage=coverage.name))
    return SignedRevision(field=field, revision=sig.signed_revision + 1, data=content[:end])


def _not_a_revision(name: str, field: str, detail: str) -> errors.InputError:
    return errors.InputError(
        what="The revision signed by {field} cannot be cut from {path}: {detail}.",
        todo="The signature does not cover a whole revision; do not rely on it.",
        path=name,
        field=field,
        detail=detail,
    )


def _read(data: PdfSource) -> tuple[bytes, str]:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data), "<document>"
    path = Path(data)
    try:
        return path.read_bytes(), str(path)
    except OSError as exc:
        raise errors.InputError(path=str(path)) from exc


def _reader(content: bytes, name: str, password: str | bytes | None) -> PdfFileReader:
    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        if reader.encrypted and reader.decrypt("").status.name == "FAILED":
            # an empty user password opens without asking; anything else needs the password
            if password is None:
                raise errors.EncryptedPdf(path=name)
            if reader.decrypt(password).status.name == "FAILED":
                raise errors.WrongPdfPassword(path=name)
        return reader
    except _PDF_ERRORS as exc:
        raise _damaged(name, exc) from exc


def _damaged(name: str, exc: Exception) -> errors.InputError:
    return errors.InputError(
        what="{path} cannot be read as a PDF ({detail}).",
        todo="Obtain an intact copy of the document.",
        path=name,
        detail=str(exc) or type(exc).__name__,
    )


def _write_atomic(target: Path, data: bytes) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise errors.OutputError(path=str(target), detail=exc.strerror or str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
