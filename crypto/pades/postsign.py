"""The revisions after a signature (DSS for B-LT, document timestamp for B-LTA).

pyHanko writes them with writers of its own, which rewrite the document's /Info and XMP and
leave them disagreeing — fine for ordinary PDFs, a conformance error for PDF/A.  For PDF/A
inputs the same steps run here through pyHanko's public DSS and timestamp APIs, on writers that
keep the metadata as it is (crypto.seal.pdfa.keep_document_metadata).  (XMP that cannot be
parsed is left alone by every writer: crypto.pades.pdfopen.UpdateWriter.)
"""

from __future__ import annotations

from typing import IO, Any

from pyhanko.sign.signers.pdf_signer import (
    PdfPostSignatureDocument,
    PdfTimeStamper,
    SigDSSPlacementPreference,
    TimestampDSSContentSettings,
)
from pyhanko.sign.validation.dss import DocumentSecurityStore

from crypto.pades.pdfopen import UpdateWriter

IO_CHUNK = 1 << 20


async def finish_revisions(
    post: PdfPostSignatureDocument, output: IO[bytes], *, keep_metadata: bool
) -> None:
    """Add the DSS and the archive timestamp the signature's level asks for."""
    instr = post.post_sign_instructions
    if instr is None:
        return
    if not keep_metadata:
        await post.post_signature_processing(output, chunk_size=IO_CHUNK)
        return
    from crypto.seal.pdfa import keep_document_metadata

    info = instr.validation_info
    settings = instr.dss_settings
    dss_kwargs: dict[str, Any] = {
        "sig_contents": post.sig_contents if settings.include_vri else None,
        "paths": info.validation_paths,
        "validation_context": post.validation_context,
        "ocsps": info.ocsps_to_embed,
        "crls": info.crls_to_embed,
        "embed_roots": instr.embed_roots,
    }
    placement = settings.placement
    timestamper = instr.timestamper
    separate = placement is SigDSSPlacementPreference.SEPARATE_REVISION or (
        placement is SigDSSPlacementPreference.TOGETHER_WITH_NEXT_TS and timestamper is None
    )
    if separate:
        writer = _writer(output, instr)
        keep_document_metadata(writer)
        DocumentSecurityStore.supply_dss_in_writer(writer, **dss_kwargs)
        writer.write_in_place()  # type: ignore[no-untyped-call]
    if timestamper is not None:
        writer = _writer(output, instr)
        keep_document_metadata(writer)
        if placement is SigDSSPlacementPreference.TOGETHER_WITH_NEXT_TS:
            DocumentSecurityStore.supply_dss_in_writer(writer, **dss_kwargs)
        stamper = PdfTimeStamper(timestamper, field_name=instr.timestamp_field_name)
        await stamper.async_timestamp_pdf(
            writer,
            instr.timestamp_md_algorithm or "sha256",
            post.validation_context,
            validation_paths=info.validation_paths,
            in_place=True,
            timestamper=timestamper,
            chunk_size=IO_CHUNK,
            # the timestamp's own validation data goes in before it, in this same writer
            # (after it, pyHanko would write one more revision with a writer of its own)
            dss_settings=TimestampDSSContentSettings(
                include_vri=False,
                skip_if_unneeded=settings.skip_if_unneeded,
                update_before_ts=True,
            ),
            tight_size_estimates=instr.tight_size_estimates,
            embed_roots=instr.embed_roots,
        )


def _writer(output: IO[bytes], instr: Any) -> UpdateWriter:
    output.seek(0)
    writer = UpdateWriter(output, strict=instr.strict, decode_limits=instr.decode_limits)
    if writer.security_handler is not None and instr.file_credential is not None:
        writer.security_handler.authenticate(instr.file_credential)
    return writer
