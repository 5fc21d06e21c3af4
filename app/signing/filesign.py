"""One file: sign into an atomic output, check the signature, hash the result.

With a :class:`SecondSignature` (an RSA/ECDSA signature for readers that cannot verify SM2) the
first signature goes to a scratch file next to the output, the second signer signs that file
into the atomic output, and each signature is checked: the output appears with both
signatures or not at all, and the scratch file never outlives the call.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from asn1crypto import x509

from app.atomic import atomic_output, clean_stale_parts, part_file
from app.signing.journal import extended_sha256, file_sha256
from crypto.pades.check import check_signed_output
from crypto.pades.engine import DocumentSigner, SignedDocument


@dataclass(frozen=True)
class SecondSignature:
    """A second signature on every output, after the first (an invisible approval signature
    with its own identity, e.g. RSA next to an SM2 seal)."""

    doc_signer: DocumentSigner
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()  # for worker processes (app.signing.workers)


async def sign_file(
    doc_signer: DocumentSigner,
    source: Path,
    output: Path,
    cert: x509.Certificate,
    *,
    overwrite: bool = False,
    pdf_password: str | None = None,
    source_state: hashlib._Hash | None = None,
    second: SecondSignature | None = None,
) -> tuple[SignedDocument, str]:
    """Sign ``source`` into ``output`` (whole or not at all); return what was signed + its hash."""
    clean_stale_parts(output.parent, output.name)
    with atomic_output(output, overwrite=overwrite) as out:
        if second is None:
            signed = await _sign_checked(doc_signer, source, out, cert, pdf_password)
        else:
            with _scratch(output) as (first_path, first):
                signed = await _sign_checked(doc_signer, source, first, cert, pdf_password)
                await _sign_checked(second.doc_signer, first_path, out, second.cert,
                                    pdf_password)
    if source_state is not None:
        return signed, extended_sha256(source_state, source, output)
    return signed, file_sha256(output)


async def _sign_checked(
    doc_signer: DocumentSigner,
    source: Path,
    out: BinaryIO,
    cert: x509.Certificate,
    pdf_password: str | None,
) -> SignedDocument:
    signed = await doc_signer.sign(source, out, pdf_password=pdf_password)
    out.flush()
    check_signed_output(out, signed.written, cert, doc_signer.signature_validator)
    return signed


@contextmanager
def _scratch(output: Path) -> Iterator[tuple[Path, BinaryIO]]:
    """A temp file beside ``output``, named like atomic_output's (so the next run cleans up
    after a kill), removed on leaving."""
    fd, path = part_file(output)
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield path, fh
    finally:
        path.unlink(missing_ok=True)
