"""Open a PDF for an incremental update, with clear errors for bad or locked input."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.crypt import AuthStatus
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError, PdfStrictReadError

from crypto import errors

log = logging.getLogger(__name__)
PDF_MAGIC_WINDOW = 1024


class UpdateWriter(IncrementalPdfFileWriter):
    """pyHanko's incremental writer, also for files whose /Encrypt is a direct dictionary.

    MuPDF and some other producers write the encryption dictionary inline in the trailer.
    pyHanko's writer expects an indirect object (so it can leave it unencrypted); we add the very
    same dictionary as a new indirect object in our update, so the key derivation is unchanged.
    """

    IO_CHUNK_SIZE = 1 << 20  # copy the original in 1 MiB pieces, not 4 KiB

    def _update_meta(self):  # type: ignore[no-untyped-def]
        """pyHanko refreshes the document's XMP on every write and gives up on XMP it cannot
        parse (other producers write such files); the signature does not need it, so broken
        XMP is left exactly as it is and only /Info is brought up to date."""
        from pyhanko.pdf_utils.metadata.xmp_xml import XmpXmlProcessingError

        try:
            super()._update_meta()  # type: ignore[no-untyped-call]
        except XmpXmlProcessingError as exc:
            log.info("the document's XMP metadata is left as it is: %s", exc)

    def encrypt(self, user_pwd):  # type: ignore[no-untyped-def]
        result = super().encrypt(user_pwd)  # type: ignore[no-untyped-call]
        if isinstance(self._encrypt, generic.DictionaryObject):
            self._encrypt = self.add_object(self._encrypt)
        return result


def xmp_readable(reader: Any) -> bool:
    """Whether pyHanko can parse the document's XMP metadata (True when there is none)."""
    from pyhanko.pdf_utils.metadata.xmp_xml import MetadataStream, XmpXmlProcessingError

    try:
        meta = reader.root.get("/Metadata")
        stream = meta.get_object() if meta is not None else None
        if isinstance(stream, MetadataStream):
            stream.xmp  # noqa: B018 - parses it
    except (XmpXmlProcessingError, PdfError) as exc:
        log.info("unreadable XMP metadata: %s", exc)
        return False
    return True


def check_pdf_header(fh: BinaryIO, path: Path) -> None:
    """Refuse files that are not PDFs before pyHanko tries to parse them."""
    head = fh.read(PDF_MAGIC_WINDOW)
    fh.seek(0)
    if b"%PDF-" not in head:
        raise errors.NotAPdf(path=str(path))


def open_for_update(
    fh: BinaryIO, path: Path, password: str | None = None
) -> IncrementalPdfFileWriter:
    """An incremental writer over ``fh``; decrypts with ``password`` when the file is encrypted.

    Strict parsing first; a file with minor syntax damage (common from real producers) is retried
    leniently, since an incremental update never rewrites the original bytes.
    """
    check_pdf_header(fh, path)
    try:
        writer = _writer(fh, path, strict=True)
        encrypted = writer.prev.encrypted
    except (PdfStrictReadError, errors.DamagedPdf, PdfError):
        # lenient second try: e.g. a direct /Encrypt dictionary (common from MuPDF) or minor
        # xref damage; the original bytes are kept as they are either way
        fh.seek(0)
        writer = _writer(fh, path, strict=False)
        try:
            encrypted = writer.prev.encrypted
        except PdfError as exc:
            raise errors.DamagedPdf(path=str(path), detail=_short(exc)) from exc
    if encrypted:
        if password is None:
            raise errors.EncryptedPdf(path=str(path))
        try:
            result = writer.encrypt(password)
        except (PdfError, NotImplementedError) as exc:
            raise errors.UnsupportedPdf(
                path=str(path),
                detail=errors.Text("its encryption is not supported ({error})", error=_short(exc)),
            ) from exc
        if result.status is AuthStatus.FAILED:
            raise errors.WrongPdfPassword(path=str(path))
    return writer


def _writer(fh: BinaryIO, path: Path, *, strict: bool) -> IncrementalPdfFileWriter:
    try:
        return UpdateWriter(fh, strict=strict)
    except PdfStrictReadError:
        if not strict:
            raise errors.DamagedPdf(path=str(path), detail=errors.Text("syntax errors")) from None
        raise
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise errors.DamagedPdf(path=str(path), detail=_short(exc)) from exc


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
