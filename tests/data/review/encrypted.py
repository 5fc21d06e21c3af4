"""Encrypted signed files: RC4 and AES user passwords, an empty user password, an attack.

ISO 32000 encrypts strings and streams but never a signature's /Contents, so an encrypted file
is signed and verified like any other once it is opened: the review needs the user password
(``ReviewOptions.password`` / ``sealdesk verify --password-env``), except for files whose user
password is empty, which every viewer opens without asking.  Samples are made by encrypting the
payment order with MuPDF (as PDF editors do) and signing it with our signer.
"""

from __future__ import annotations

import pymupdf

from . import bases as B
from . import rawpdf as R
from .kit import Kit, add_raw_stream, sample, update

USER_PASSWORD = "open-sesame-1"  # noqa: S105 - a test document's password
OWNER_PASSWORD = "owner-2"  # noqa: S105 - a test document's password
METHODS = {
    "rc4_40": pymupdf.PDF_ENCRYPT_RC4_40,
    "rc4_128": pymupdf.PDF_ENCRYPT_RC4_128,
    "aes128": pymupdf.PDF_ENCRYPT_AES_128,
    "aes256": pymupdf.PDF_ENCRYPT_AES_256,
}


def encrypt(data: bytes, method: int, user_password: str) -> bytes:
    """``data`` encrypted by MuPDF with ``method`` (owner password :data:`OWNER_PASSWORD`)."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        out: bytes = doc.tobytes(encryption=method, user_pw=user_password,
                                 owner_pw=OWNER_PASSWORD, permissions=-1)
    return out


def signed_encrypted(kit: Kit, method: str, user_password: str = USER_PASSWORD) -> bytes:
    """The payment order encrypted with ``method``, then signed (seal on blank space)."""
    return kit.once(
        f"encrypted-{method}-{bool(user_password)}",
        lambda: kit.sign(
            encrypt(B.order(), METHODS[method], user_password),
            "--page", "1", "--rect", "260,85,380,185", "--field", "Seal1",
            pdf_password=user_password or OWNER_PASSWORD,
        ),
    )


def _register(method: str) -> None:
    sample(f"legit_enc_{method}")(lambda kit: signed_encrypted(kit, method))


for _method in METHODS:
    _register(_method)


@sample("legit_enc_empty_password")
def legit_enc_empty_password(kit: Kit) -> bytes:
    """AES-256 with an empty user password (only the owner password set): opens silently."""
    return signed_encrypted(kit, "aes256", user_password="")


@sample("isa_encrypted")
def isa_encrypted(kit: Kit) -> bytes:
    """The incremental saving attack on an AES-128 encrypted signed file: a clean update (the
    new content stream encrypted like the rest) paints 9,000,000.00 over the amount."""
    overlay = (
        "q 1 1 1 rg 30 240 360 32 re f Q "
        f"BT /F2 16 Tf 40 250 Td {R.pdf_text(B.FORGED)} Tj ET"
    )

    def edit(w) -> None:  # type: ignore[no-untyped-def]
        w.encrypt(USER_PASSWORD)
        ref = add_raw_stream(w, R.stream(overlay))
        w.add_stream_to_page(0, ref)

    return update(signed_encrypted(kit, "aes128"), edit)
