"""Signatures of the SHA-1 era: ``adbe.pkcs7.sha1`` and ``adbe.x509.rsa_sha1`` (ISO 32000-1 §12.8.3).

No tool on this machine still writes them, so they are written here from the specification:
the signature field and dictionary in one incremental update, the /ByteRange filled around a
reserved /Contents, then the value computed over the signed bytes —

* ``adbe.pkcs7.sha1``: a CMS SignedData (pyHanko's CMS signer) *encapsulating* the SHA-1
  digest of the signed bytes;
* ``adbe.x509.rsa_sha1``: a bare PKCS#1 v1.5 RSA signature (a DER OCTET STRING) over the
  signed bytes, the certificate chain in /Cert.

pdfsig (poppler) verifies both kinds; the corpus test uses it as the independent check.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib

from asn1crypto import core
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from . import bases as B
from . import rawpdf as R
from .kit import Kit, sample

WIDTH = 16384  # reserved /Contents, hex digits and brackets
CLAIMED_2009 = "D:20090615103000+08'00'"


def _pdf_date(when: dt.datetime) -> str:
    return when.strftime("D:%Y%m%d%H%M%S+00'00'")


def legacy_signed(kit: Kit, subfilter: str, *, digest: str = "sha1",
                  claimed: str | None = None, who: str = "seal-rsa") -> bytes:
    """The payment order with one signature of ``subfilter`` (field "Legacy")."""
    claimed = claimed or _pdf_date(dt.datetime.now(dt.UTC))
    identity = kit.pki[who]
    base = B.order()
    t = R.read_trailer(base)
    sig_num, field_num, form_num = t.size, t.size + 1, t.size + 2
    catalog = R.object_body(base, R.classic_offsets(base)[t.root])
    catalog = catalog[:-2] + b"/AcroForm %d 0 R>>" % form_num
    cert = b""
    if subfilter == "adbe.x509.rsa_sha1":
        cert = b"/Cert[" + b" ".join(b"<%s>" % c.dump().hex().encode()
                                      for c in identity.chain[:-1]) + b"]"
    sig_body = (
        b"<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/" + subfilter.encode()
        + b"/Contents <" + b"0" * (WIDTH - 2) + b">" + R.BR_PLACEHOLDER + cert
        + b"/M(" + claimed.encode() + b")>>"
    )
    objs = [
        (sig_num, sig_body),
        (field_num, b"<</FT/Sig/T(Legacy)/V %d 0 R/Type/Annot/Subtype/Widget/Rect[0 0 0 0]"
                    b"/F 132/P 3 0 R>>" % sig_num),
        (form_num, b"<</Fields[%d 0 R]/SigFlags 3>>" % field_num),
        (t.root, catalog),
    ]
    out = R.append_update(base, objs)
    start = out.index(b"/Contents <", out.index(b"%d 0 obj" % sig_num)) + len(b"/Contents ")
    out = R.fill_byte_range(out, start, WIDTH)
    signed = out[:start] + out[start + WIDTH:]
    if subfilter == "adbe.x509.rsa_sha1":
        key = identity.signing_key()
        assert isinstance(key, rsa.RSAPrivateKey)
        algorithm = hashes.SHA1() if digest == "sha1" else hashes.SHA256()  # noqa: S303
        value = core.OctetString(key.sign(signed, padding.PKCS1v15(), algorithm)).dump()
    else:
        signer = kit.pyhanko_signer(who)
        content = hashlib.sha1(signed, usedforsecurity=False).digest()  # noqa: S324
        info = asyncio.run(signer.async_sign_general_data(content, "sha1", detached=False))
        value = info.dump()
    return out[:start] + R.hex_contents(value, WIDTH) + out[start + WIDTH:]


def tampered(data: bytes) -> bytes:
    """The amount changed inside the signed bytes (1,000 → 9,000), nothing moved."""
    from .forgery import FORGED_SAME_LENGTH

    return R.patch(data, *FORGED_SAME_LENGTH)


@sample("legacy_pkcs7_sha1")
def legacy_pkcs7_sha1(kit: Kit) -> bytes:
    return kit.once("legacy-pkcs7", lambda: legacy_signed(kit, "adbe.pkcs7.sha1"))


@sample("legacy_x509_rsa_sha1")
def legacy_x509_rsa_sha1(kit: Kit) -> bytes:
    return kit.once("legacy-x509", lambda: legacy_signed(kit, "adbe.x509.rsa_sha1"))


@sample("legacy_x509_rsa_sha1_2009")
def legacy_x509_rsa_sha1_2009(kit: Kit) -> bytes:
    """Claims (/M) to be signed in 2009, before the SHA-1 sunset; nothing proves it."""
    return legacy_signed(kit, "adbe.x509.rsa_sha1", claimed=CLAIMED_2009)


@sample("legacy_x509_rsa_sha256")
def legacy_x509_rsa_sha256(kit: Kit) -> bytes:
    """The x509 subfilter as later Acrobat versions write it: a SHA-256 DigestInfo."""
    return legacy_signed(kit, "adbe.x509.rsa_sha1", digest="sha256")


@sample("legacy_pkcs7_sha1_tampered")
def legacy_pkcs7_sha1_tampered(kit: Kit) -> bytes:
    return tampered(legacy_pkcs7_sha1(kit))


@sample("legacy_x509_rsa_sha1_tampered")
def legacy_x509_rsa_sha1_tampered(kit: Kit) -> bytes:
    return tampered(legacy_x509_rsa_sha1(kit))
