"""Sign one PDF with pyHanko: open (decrypting if needed), place the seal, sign, write.

A :class:`DocumentSigner` holds everything that is the same for every document of a batch
(signer, options, timestamper, validation context, seal appearance) so that per-document work
is only: parse, add the field, hash, one signature, write.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as PyhankoSigningError
from pyhanko.sign.signers import Signer
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.signers.pdf_signer import PostSignInstructions
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError
from pyhanko_certvalidator.sig_validate import SignatureValidator

from crypto import errors
from crypto.pades.options import SignatureLevel, SignOptions
from crypto.pades.pdfopen import open_for_update, refuse_dynamic_xfa
from crypto.seal.spec import CrossPage, PageRect, TextAnchor

Placement = PageRect | TextAnchor | CrossPage
IO_CHUNK = 1 << 20  # copy and hash in 1 MiB pieces (pyHanko's default is 4 KiB)


@dataclass(frozen=True)
class SealSpec:
    """The visible seal: an image and/or text lines, and where it goes."""

    placement: Placement
    image_png: bytes | None = None
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class WrittenSignature:
    """Where pyHanko put the signature and over which digest (for the post-sign check)."""

    document_digest: bytes
    region: tuple[int, int]  # the /Contents hole in the output, as offsets
    contents: bytes  # what was written into that hole (hex, padded)


@dataclass(frozen=True)
class SignedDocument:
    """What one signing produced."""

    field_name: str
    level: SignatureLevel
    page: int | None  # 1-based page of the visible seal, None if invisible
    rect: tuple[float, float, float, float] | None
    written: WrittenSignature


class DocumentSigner:
    """Signs documents one after another with one identity and one set of options."""

    def __init__(
        self,
        signer: Signer,
        options: SignOptions,
        *,
        timestamper: TimeStamper | None = None,
        validation_context: ValidationContext | None = None,
        seal: SealSpec | None = None,
    ) -> None:
        from crypto.sm.profile import SM2_DIGEST, signs_with_sm2

        self.signer = signer
        # SM2 (国密) signatures: SM3 digest, adbe.pkcs7.detached (crypto/sm/profile.py)
        self.sm2 = signs_with_sm2(signer)
        if self.sm2 and options.md_algorithm != SM2_DIGEST:
            options = dataclasses.replace(options, md_algorithm=SM2_DIGEST)
        self.options = options
        self.timestamper = timestamper if options.level.needs_timestamp else None
        self.validation_context = validation_context
        self.seal = seal
        self._stamp_style = None
        if seal is not None and not isinstance(seal.placement, CrossPage):
            from crypto.seal.appearance import seal_stamp_style

            self._stamp_style = seal_stamp_style(seal.image_png, seal.lines)
        self._bytes_reserved: int | None = None

    async def sign(
        self,
        src: Path,
        dst: BinaryIO,
        *,
        pdf_password: str | None = None,
        seal: SealSpec | None = None,
    ) -> SignedDocument:
        """Sign ``src`` into the open file ``dst``; ``src`` itself is only read."""
        seal = seal or self.seal
        with open(src, "rb") as fh:
            writer = open_for_update(fh, src, pdf_password)
            refuse_dynamic_xfa(writer, src)
            from crypto.seal.pdfa import keep_document_metadata

            keep_document_metadata(writer)  # PDF/A: /Info and XMP must stay in agreement
            field_name = self._field_name(writer)
            spec, page, rect, rotation = self._field_spec(
                writer, src, field_name, seal, pdf_password
            )
            if seal is not None and isinstance(seal.placement, CrossPage):
                from crypto.seal.crosspage import add_cross_page_seal

                if seal.image_png is None:
                    raise errors.PlacementError(
                        detail=errors.Text("a cross-page seal needs a seal image")
                    )
                add_cross_page_seal(writer, seal.image_png, seal.placement)
            stamp_style = None
            if rect is not None and self._stamp_style is not None:
                from crypto.seal.appearance import for_page_rotation

                stamp_style = for_page_rotation(self._stamp_style, rotation)
            pdf_signer = signers.PdfSigner(
                self._metadata(field_name),
                signer=self.signer,
                timestamper=self.timestamper,
                stamp_style=stamp_style,
                new_field_spec=spec,
            )
            try:
                written = await self._run_signer(pdf_signer, writer, dst)
            except errors.SealDeskError:
                raise
            except PyhankoSigningError as exc:
                raise _signing_failure(exc, self.signer) from exc
            except (PathBuildingError, PathValidationError) as exc:  # e.g. the TSA's own chain
                raise errors.CertificateUntrusted(detail=str(exc).rstrip(".")) from exc
            except PdfError as exc:
                raise errors.DamagedPdf(path=str(src), detail=str(exc)) from exc
        return SignedDocument(field_name, self.options.level, page, rect, written)

    async def _run_signer(
        self, pdf_signer: signers.PdfSigner, writer: IncrementalPdfFileWriter, dst: BinaryIO
    ) -> WrittenSignature:
        """pyHanko's signing phases (as in ``async_sign_pdf``), keeping what the check needs."""
        session = pdf_signer.init_signing_session(writer, existing_fields_only=False)
        validation_info = await session.perform_presign_validation(writer)
        tbs = session.prepare_tbs_document(
            validation_info=validation_info, bytes_reserved=await self.reserve()
        )
        prepared, output = tbs.digest_tbs_document(output=dst, chunk_size=IO_CHUNK)
        post = await tbs.perform_signature(
            document_digest=prepared.document_digest,
            pdf_cms_signed_attrs=PdfCMSSignedAttributes(
                signing_time=session.system_time,
                adobe_revinfo_attr=(
                    None if validation_info is None else validation_info.adobe_revinfo_attr
                ),
            ),
        )
        from crypto.pades.postsign import finish_revisions
        from crypto.seal.pdfa import pdfa_level

        if post.post_sign_instructions is None and validation_info is not None:
            # pyHanko plans the DSS and the document timestamp only for ETSI.CAdES.detached; an
            # SM2 signature is adbe.pkcs7.detached (its revocation data also goes into the CMS),
            # so B-LT / B-LTA get the same DSS and archive timestamp revisions here
            post.post_sign_instructions = self._adobe_post_sign(validation_info, writer)
        await finish_revisions(post, output, keep_metadata=pdfa_level(writer.prev) is not None)
        return WrittenSignature(
            document_digest=prepared.document_digest,
            region=(prepared.reserved_region_start, prepared.reserved_region_end),
            contents=post.sig_contents,
        )

    def _adobe_post_sign(self, validation_info: Any,
                         writer: IncrementalPdfFileWriter) -> PostSignInstructions:
        lta = self.options.level is SignatureLevel.B_LTA
        return PostSignInstructions(
            validation_info=validation_info,
            timestamper=self.timestamper if lta else None,
            timestamp_md_algorithm=self.options.md_algorithm,
            strict=writer.prev.strict,
            decode_limits=writer.prev.decode_context.limits,
        )

    @property
    def signature_validator(self) -> SignatureValidator:
        """How our own signatures are checked after signing (SM2-aware, with our signer ID)."""
        from crypto.sm.validation import signature_validator

        signer_id = getattr(self.signer, "signer_id", None)
        return signature_validator((signer_id,) if signer_id else None)

    async def aclose(self) -> None:
        """Release the network sessions the validation context opened (same event loop)."""
        if self.validation_context is not None:
            await self.validation_context.aclose()

    def preset_reserve(self, size: int) -> None:
        """Use a reserve computed elsewhere (by the main process of a parallel batch)."""
        self._bytes_reserved = size

    async def reserve(self) -> int:
        """Room for the CMS object, computed once per batch instead of a dry run per document.

        Signature value + certificates + (if any) one timestamp token, with margin; doubled
        because /Contents is hex-encoded.  B-LT/B-LTA put revocation data in the DSS, not here.
        """
        if self._bytes_reserved is None:
            from crypto.tokens.mechanisms import dummy_signature

            cert = self.signer.signing_cert
            assert cert is not None
            mech = self.signer.get_signature_mechanism_for_digest(self.options.md_algorithm)
            size = len(dummy_signature(cert, mech)) + len(cert.dump())
            size += sum(len(c.dump()) for c in self.signer.cert_registry)
            if self.timestamper is not None:
                token = await self.timestamper.async_dummy_response(self.options.md_algorithm)
                size += len(token.dump()) + 512
            size += 4096  # signed attributes, algorithm identifiers, structure
            self._bytes_reserved = 2 * (size + size // 4)
        return self._bytes_reserved

    def _metadata(self, field_name: str) -> signers.PdfSignatureMetadata:
        opts = self.options
        level = opts.level
        return signers.PdfSignatureMetadata(
            field_name=field_name,
            md_algorithm=opts.md_algorithm,
            reason=opts.reason,
            location=opts.location,
            contact_info=opts.contact,
            certify=opts.certify is not None,
            docmdp_permissions=fields.MDPPerm(opts.certify or 2),
            subfilter=self._subfilter(),
            embed_validation_info=level.needs_revocation_info,
            use_pades_lta=level is SignatureLevel.B_LTA,
            validation_context=self.validation_context if level.needs_revocation_info else None,
        )

    def _subfilter(self) -> fields.SigSeedSubFilter:
        if self.sm2:
            from crypto.sm.profile import SM2_SUBFILTER

            return SM2_SUBFILTER
        return fields.SigSeedSubFilter.PADES

    def _field_name(self, writer: IncrementalPdfFileWriter) -> str:
        wanted = self.options.field_name
        existing = {name: filled for name, filled, _ in _sig_fields(writer)}
        if wanted:
            if existing.get(wanted):
                raise errors.FieldError(
                    detail=errors.Text("the field {name!r} is already signed", name=wanted)
                )
            if _other_field_named(writer, wanted):
                raise errors.FieldError(
                    detail=errors.Text("the field {name!r} is not a signature field", name=wanted)
                )
            return wanted
        n = 1
        # a form may already use the name for another kind of field (pyHanko would give up)
        while f"Seal{n}" in existing or _other_field_named(writer, f"Seal{n}"):
            n += 1
        return f"Seal{n}"

    def _field_spec(
        self,
        writer: IncrementalPdfFileWriter,
        src: Path,
        field_name: str,
        seal: SealSpec | None,
        pdf_password: str | None,
    ) -> tuple[
        fields.SigFieldSpec | None, int | None, tuple[float, float, float, float] | None, int
    ]:
        """The new field (None: sign an existing one), its 1-based page, rectangle, /Rotate."""
        existing = {name for name, _, _ in _sig_fields(writer)}
        if field_name in existing:
            if seal is not None and not isinstance(seal.placement, CrossPage):
                # an existing empty field keeps its own position; the seal becomes its appearance
                return None, None, (0.0, 0.0, 0.0, 0.0), 0
            return None, None, None, 0
        if seal is None or isinstance(seal.placement, CrossPage):
            return fields.SigFieldSpec(sig_field_name=field_name), None, None, 0
        placement, rotation = _locate(writer, src, seal.placement, pdf_password)
        spec = fields.SigFieldSpec(
            sig_field_name=field_name,
            on_page=placement.page - 1,
            box=placement.rect,  # type: ignore[arg-type]
        )
        return spec, placement.page, placement.rect, rotation


def _signing_failure(exc: PyhankoSigningError, signer: Signer) -> errors.SealDeskError:
    """Turn pyHanko's signing error into ours, naming the real cause when there is one."""
    from pyhanko_certvalidator.errors import RevokedError

    cause: BaseException | None = exc
    subject = signer.subject_name or "?"
    while cause is not None:
        if isinstance(cause, RevokedError):
            return errors.CertificateRevoked(subject=subject, detail=str(cause).rstrip("."))
        if isinstance(cause, PathBuildingError | PathValidationError):
            return errors.CertificateUntrusted(detail=str(cause).rstrip("."))
        cause = cause.__cause__ or cause.__context__
    return errors.SigningError(detail=str(exc).rstrip("."))


def _locate(
    writer: IncrementalPdfFileWriter,
    src: Path,
    placement: PageRect | TextAnchor,
    password: str | None,
) -> tuple[PageRect, int]:
    """Resolve and check the seal's rectangle, and the /Rotate of its page.

    A page rectangle is checked on pyHanko's own parse of the document; only an anchor text
    needs pymupdf's text search.
    """
    from crypto.seal.placement import check_page_rect, page_rotation

    if isinstance(placement, TextAnchor):
        from crypto.seal.placement import resolve_anchor

        placement = resolve_anchor(src, placement, password=password)
    check_page_rect(writer, placement)
    return placement, page_rotation(writer, placement.page)


def _sig_fields(writer: IncrementalPdfFileWriter) -> Sequence[tuple[str, bool, object]]:
    try:
        return [
            (name, value is not None, ref)
            for name, value, ref in fields.enumerate_sig_fields(writer.prev, filled_status=None)
        ]
    except (PdfError, KeyError, TypeError):
        return []


def _other_field_named(writer: IncrementalPdfFileWriter, name: str) -> bool:
    """Whether a form field that is not a signature field has this full name."""
    from pyhanko.pdf_utils.form_tools import enumerate_fields_in
    from pyhanko.pdf_utils.misc import FormFillingError

    try:
        form_fields = writer.root["/AcroForm"]["/Fields"]
        # raises FormFillingError when the field exists with another /FT
        list(enumerate_fields_in(form_fields, with_name=name, refs_seen=set(),
                                 target_field_type="/Sig"))
    except FormFillingError:
        return True
    except (PdfError, KeyError, TypeError, ValueError):
        return False
    return False


def sign_to_bytes(doc_signer: DocumentSigner, src: Path, **kwargs: object) -> bytes:
    """Convenience for tests: sign into memory."""
    import asyncio

    buf = io.BytesIO()
    asyncio.run(doc_signer.sign(src, buf, **kwargs))  # type: ignore[arg-type]
    return buf.getvalue()


__all__ = [
    "DocumentSigner",
    "Placement",
    "SealSpec",
    "SignedDocument",
    "sign_to_bytes",
]
