"""Open a PDF for an incremental update, with clear errors for bad or locked input."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.crypt import AuthResult, AuthStatus
from pyhanko.pdf_utils.crypt.permissions import StandardPermissions
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
        try:
            super()._update_meta()  # type: ignore[no-untyped-call]
        except ValueError as exc:  # XmpXmlProcessingError, or UnicodeDecodeError (not UTF-8)
            log.info("the document's XMP metadata is left as it is: %s", exc)

    def encrypt(self, user_pwd):  # type: ignore[no-untyped-def]
        result = super().encrypt(user_pwd)  # type: ignore[no-untyped-call]
        if isinstance(self._encrypt, generic.DictionaryObject):
            self._encrypt = self.add_object(self._encrypt)
        return result


def refuse_dynamic_xfa(writer: IncrementalPdfFileWriter, path: Path) -> None:
    """Refuse a dynamic XFA form (/NeedsRendering true): what viewers show is generated from
    the XFA data, the PDF pages are a placeholder, so a PDF signature would not cover it.

    Static XFA forms (with AcroForm fields and real pages) are signed as AcroForms."""
    try:
        dynamic = bool(writer.root.get("/NeedsRendering", False))
        has_xfa = "/XFA" in writer.root.get("/AcroForm", generic.DictionaryObject())
    except (PdfError, AttributeError, TypeError):
        return
    if dynamic and has_xfa:
        raise errors.UnsupportedPdf(
            path=str(path),
            detail=errors.Text(
                "it is a dynamic XFA form, whose content a PDF signature cannot cover "
                "(save it as a flat PDF first)"
            ),
        )


def _pyhanko_writers_are_ours() -> None:
    """pyHanko's DSS and document-timestamp helpers (the B-LT/B-LTA revisions after a signature,
    ``sealdesk ltv``, the custody queue's upgrade) build their own IncrementalPdfFileWriter,
    which fails on XMP it cannot parse.  They look the class up in their own modules, so the
    same writer with our additions (:class:`UpdateWriter`) is put there, once, at import."""
    from pyhanko.sign.signers import pdf_signer
    from pyhanko.sign.validation import dss

    for module in (dss, pdf_signer):
        if getattr(module, "IncrementalPdfFileWriter", None) not in (IncrementalPdfFileWriter,
                                                                     UpdateWriter):
            raise ImportError(f"{module.__name__} no longer builds IncrementalPdfFileWriter")
        module.IncrementalPdfFileWriter = UpdateWriter  # type: ignore[attr-defined]


_pyhanko_writers_are_ours()


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
        if writer.prev.xrefs.hybrid_xrefs_present:
            # hybrid-reference files (/XRefStm, written e.g. by Microsoft Office) parse fine,
            # but pyHanko signs them only from a non-strict reader ("hybrid xrefs are
            # disabled" otherwise)
            raise PdfStrictReadError("hybrid cross-reference sections")
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
        # without a password, try the empty user password as every viewer does: a file
        # "protected" only by an owner password opens without asking
        try:
            result = writer.encrypt("" if password is None else password)
        except (PdfError, NotImplementedError) as exc:
            raise errors.UnsupportedPdf(
                path=str(path),
                detail=errors.Text("its encryption is not supported ({error})", error=_short(exc)),
            ) from exc
        if result.status is AuthStatus.FAILED:
            if password is None:
                raise errors.EncryptedPdf(path=str(path))
            raise errors.WrongPdfPassword(path=str(path))
        _check_signing_allowed(result, path)
    return writer


def _check_signing_allowed(result: AuthResult, path: Path) -> None:
    """Refuse a file whose permissions (opened with the user password) forbid signing.

    Signing needs "add or modify annotations, fill in forms" (bit 6) or "fill in existing form
    fields, including signature fields" (bit 9), as Acrobat asks; the owner password lifts all
    restrictions.
    """
    flags = result.permission_flags
    if result.status is not AuthStatus.USER or not isinstance(flags, StandardPermissions):
        return
    allowed = StandardPermissions.ALLOW_ANNOTS_FORM_FILLING | StandardPermissions.ALLOW_FORM_FILLING
    if not flags & allowed:
        raise errors.UnsupportedPdf(
            path=str(path),
            detail=errors.Text(
                "its permissions do not allow signing (give the owner password with "
                "--pdf-password-env to lift them)"
            ),
        )


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
