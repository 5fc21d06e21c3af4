"""One file: sign into an atomic output, check the signature, hash the result."""

from __future__ import annotations

import hashlib
from pathlib import Path

from asn1crypto import x509

from app.atomic import atomic_output, clean_stale_parts
from app.signing.journal import extended_sha256, file_sha256
from crypto.pades.check import check_signed_output
from crypto.pades.engine import DocumentSigner, SignedDocument


async def sign_file(
    doc_signer: DocumentSigner,
    source: Path,
    output: Path,
    cert: x509.Certificate,
    *,
    overwrite: bool = False,
    pdf_password: str | None = None,
    source_state: hashlib._Hash | None = None,
) -> tuple[SignedDocument, str]:
    """Sign ``source`` into ``output`` (whole or not at all); return what was signed + its hash."""
    clean_stale_parts(output.parent, output.name)
    with atomic_output(output, overwrite=overwrite) as out:
        signed = await doc_signer.sign(source, out, pdf_password=pdf_password)
        out.flush()
        check_signed_output(out, signed.written, cert, doc_signer.signature_validator)
    if source_state is not None:
        return signed, extended_sha256(source_state, source, output)
    return signed, file_sha256(output)
