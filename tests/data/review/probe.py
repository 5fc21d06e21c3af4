"""Independent looks at a sample, to prove it is the attack it claims to be (pymupdf, bytes).

A sample that silently became harmless (the forged amount no longer shows, the signed bytes no
longer hash to the signature's digest) would make the review tests pass for the wrong reason.
"""

from __future__ import annotations

import hashlib
import re

import pymupdf
from asn1crypto import cms as asn1_cms

from . import bases as B
from . import rawpdf as R


def first_signed_revision(data: bytes) -> bytes:
    """The revision the first signature was computed over, rebuilt from its two signed parts.

    For signature wrapping the parsed /ByteRange is forged, so the width of the original
    /Contents gap is recovered from the signed startxref instead: the signed part 2 ends with
    the revision's xref section, whose absolute offset it states.
    """
    a, b, c, d = R.signatures(data)[0].byte_range
    part1, part2 = data[a : a + b], data[c : c + d]
    end = part2.rindex(b"startxref")
    if b"\nxref" in part2[:end]:  # a classic table
        xref_in_part2 = part2.rindex(b"\nxref", 0, end) + 1
    else:  # an xref stream: its object header
        stream_at = part2.rindex(b"/XRef", 0, end)
        xref_in_part2 = [m.start() for m in re.finditer(rb"\d+ 0 obj", part2[:stream_at])][-1]
    width = R.last_startxref(part2) - xref_in_part2 - len(part1)
    return part1 + b"<" + b"0" * (width - 2) + b">" + part2


def opens_cleanly(data: bytes) -> bool:
    """MuPDF opens it without having to repair the xref."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return not doc.is_repaired


def page_text(data: bytes, page: int = 0) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return doc[page].get_text()


def render(data: bytes, clip: tuple[float, float, float, float] | None = None, page: int = 0) -> bytes:
    """Grey pixels of a page region at 72 dpi, annotations and widgets included."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        pix = doc[page].get_pixmap(
            dpi=72, clip=pymupdf.Rect(*clip) if clip else None, colorspace=pymupdf.csGRAY
        )
        return bytes(pix.samples)


def changed_pixels(a: bytes, b: bytes) -> int:
    """Pixels whose grey level differs by more than a quarter of the scale."""
    if len(a) != len(b):
        return max(len(a), len(b))
    return sum(1 for x, y in zip(a, b, strict=True) if abs(x - y) > 64)


def region_changed(
    data: bytes, box: tuple[float, float, float, float], signed: bytes | None = None
) -> int:
    """How many pixels of ``box`` (user space) differ between the signed revision and ``data``."""
    signed = first_signed_revision(data) if signed is None else signed
    clip = B.clip(box)
    return changed_pixels(render(signed, clip), render(data, clip))


def digest_matches(data: bytes, sig_index: int = 0) -> bool:
    """Whether the bytes the (parsed) /ByteRange names hash to the CMS messageDigest."""
    sig = R.signatures(data)[sig_index]
    info = asn1_cms.ContentInfo.load(sig.cms(data))
    signer = info["content"]["signer_infos"][0]
    algo = signer["digest_algorithm"]["algorithm"].native
    wanted = next(
        a["values"][0].native
        for a in signer["signed_attrs"]
        if a["type"].native == "message_digest"
    )
    return hashlib.new(algo, sig.signed_bytes(data)).digest() == wanted


def repaired_view(data: bytes) -> str:
    """Page text as a reader that rebuilds the xref by scanning sees it (startxref spoilt)."""
    i = data.rindex(b"startxref")
    spoilt = data[:i] + re.sub(rb"^startxref\s+\d+", b"startxref\n0", data[i:])
    return page_text(spoilt)
