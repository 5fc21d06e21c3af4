"""The unsigned documents the corpus starts from.

Most attacks use a one-page payment order written by hand (tiny, Helvetica, uncompressed content),
so that an attack can hide, replace or redirect exactly the line that matters: the amount.  The
honest amount is CNY 1,000.00; every attack tries to make the reader see CNY 9,000,000.00 (or
9,000.00) while a signature over the honest document still looks intact.
"""

from __future__ import annotations

from . import rawpdf as R

PAGE_W, PAGE_H = 420, 400
HONEST = "Amount: CNY 1,000.00"
FORGED = "Amount: CNY 9,000,000.00"
HONEST_VALUE, FORGED_VALUE = "1,000.00", "9,000,000.00"
ACCOUNT = "Account: 6222 0000 1111 2222"
FORGED_ACCOUNT = "Account: 6222 0000 9999 8888"  # annotation and widget attacks redirect payment
AMOUNT_BOX = (30.0, 240.0, 390.0, 272.0)  # user space (origin bottom left) around the amount line
ACCOUNT_BOX = (30.0, 284.0, 390.0, 304.0)  # around the account line (Helvetica 12 at y 290)
AMOUNT_FIELD = (140.0, 244.0, 330.0, 268.0)  # where the "amount" form field sits
VALUE_X = 142.256  # where "1,000.00" starts in "Amount: CNY 1,000.00" (Helvetica 16 at x 40)
NOTE_FIELD = (90.0, 194.0, 390.0, 214.0)

HELVETICA = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"
INFO = (
    "<</Title(Payment order 2025-001)/Producer(SealDesk review corpus)"
    "/CreationDate(D:20250101090000+08'00')>>"
)


def clip(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A user-space box in top-left page coordinates (what renderers use)."""
    x0, y0, x1, y1 = box
    return (x0, PAGE_H - y1, x1, PAGE_H - y0)


def _line(font: str, size: float, x: float, y: float, text: str) -> str:
    return f"BT /{font} {size} Tf {x} {y} Td {R.pdf_text(text)} Tj ET\n"


def order_content(amount_line: str | None = HONEST) -> str:
    """The page content of the payment order; ``amount_line`` None leaves the line out."""
    out = _line("F1", 20, 40, 350, "Payment order 2025-001")
    out += _line("F1", 12, 40, 310, "Payee: Demo Tech Co., Ltd.")
    out += _line("F1", 12, 40, 290, ACCOUNT)
    if amount_line is not None:
        out += _line("F2", 16, 40, 250, amount_line)
    out += _line("F1", 10, 40, 60, "Approved by the finance department. Pay within 10 days.")
    return out


def _page(contents: str, extra: str = "", resources: str = "") -> str:
    return (
        f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {PAGE_W} {PAGE_H}]"
        f"/Resources<</Font<</F1 5 0 R/F2 6 0 R>>{resources}>>/Contents {contents}{extra}>>"
    )


def order(amount_line: str = HONEST) -> bytes:
    """The plain payment order (objects: 1 catalog, 3 page, 4 content, 6 amount font)."""
    objs = [
        (1, b"<</Type/Catalog/Pages 2 0 R>>"),
        (2, b"<</Type/Pages/Kids[3 0 R]/Count 1>>"),
        (3, _page("4 0 R").encode()),
        (4, R.stream(order_content(amount_line))),
        (5, HELVETICA.encode()),
        (6, HELVETICA.encode()),
        (7, INFO.encode()),
    ]
    return R.build(objs, root=1, info=7).data


def _field_ap(
    width: float, height: float, value: str, *, opaque: bool, border: bool, text_x: float
) -> bytes:
    ops = "/Tx BMC q "
    if opaque:
        ops += f"1 1 1 rg 0 0 {width} {height} re f "
    if border:
        ops += f"0.5 G 0.5 0.5 {width - 1} {height - 1} re S "
    if value:
        ops += f"BT /Helv 16 Tf 0 g {text_x:g} 6 Td {R.pdf_text(value)} Tj ET "
    ops += "Q EMC\n"
    return R.stream(
        ops,
        f"/Type/XObject/Subtype/Form/BBox[0 0 {width} {height}]/Resources<</Font<</Helv 6 0 R>>>>",
    )


def field_ap(
    rect: tuple[float, float, float, float], value: str, *, opaque: bool, border: bool
) -> bytes:
    """A text field's normal appearance stream for ``value`` (Helvetica 16); the amount field
    draws its value exactly where the static line would, so it reads as body text."""
    x0, y0, x1, y1 = rect
    text_x = VALUE_X - x0 if rect == AMOUNT_FIELD else 2.0
    return _field_ap(x1 - x0, y1 - y0, value, opaque=opaque, border=border, text_x=text_x)


def form(*, hidden: bool = False) -> bytes:
    """The order with the amount in a borderless text field "amount" and an empty "note" field.

    ``hidden``: the forged value is also printed on the page, under the field, whose appearance
    is opaque white, so only the field's "1,000.00" shows (Shadow hide-via-form).
    Objects: 8 AcroForm, 9 field "amount" (10 its appearance), 11 field "note" (12).
    """
    content = order_content(None) + _line("F2", 16, 40, 250, "Amount: CNY")
    if hidden:
        content += _line("F2", 16, VALUE_X, 250, FORGED_VALUE)
    content += _line("F1", 12, 40, 200, "Note:")
    ax0, ay0, ax1, ay1 = AMOUNT_FIELD
    nx0, ny0, nx1, ny1 = NOTE_FIELD
    objs = [
        (1, b"<</Type/Catalog/Pages 2 0 R/AcroForm 8 0 R>>"),
        (2, b"<</Type/Pages/Kids[3 0 R]/Count 1>>"),
        (3, _page("4 0 R", "/Annots[9 0 R 11 0 R]").encode()),
        (4, R.stream(content)),
        (5, HELVETICA.encode()),
        (6, HELVETICA.encode()),
        (7, INFO.encode()),
        (8, b"<</Fields[9 0 R 11 0 R]/DA(/Helv 0 Tf 0 g)/DR<</Font<</Helv 6 0 R>>>>>>"),
        (
            9,
            f"<</FT/Tx/T(amount)/V{R.pdf_text(HONEST_VALUE)}/DA(/Helv 16 Tf 0 g)/Type/Annot"
            f"/Subtype/Widget/Rect[{ax0} {ay0} {ax1} {ay1}]/F 4/P 3 0 R/AP<</N 10 0 R>>>>".encode(),
        ),
        (10, field_ap(AMOUNT_FIELD, HONEST_VALUE, opaque=hidden, border=False)),
        (
            11,
            f"<</FT/Tx/T(note)/DA(/Helv 12 Tf 0 g)/Type/Annot/Subtype/Widget"
            f"/Rect[{nx0} {ny0} {nx1} {ny1}]/F 4/P 3 0 R/MK<</BC[0.5]>>/AP<</N 12 0 R>>>>".encode(),
        ),
        (12, field_ap(NOTE_FIELD, "", opaque=False, border=True)),
    ]
    return R.build(objs, root=1, info=7).data


COVER = 8  # object number of the cover form XObject in covered()
COVER_OCG = 9


def covered() -> R.Built:
    """Shadow-hide base: the forged line printed, then covered by an XObject showing the honest one.

    The cover (object 8, /Cover) paints a white box and the honest line over the forged one; it
    sits in optional content group 9, ON by default.  A spare, empty definition of object 8 is
    in the file but in no xref section (the attacker's later xref entry will point at it).
    """
    cover_ops = "1 1 1 rg 30 240 360 32 re f 0 g " + _line("F2", 16, 40, 250, HONEST)
    content = order_content(FORGED) + "/OC /oc1 BDC q /Cover Do Q EMC\n"
    form_entries = f"/Type/XObject/Subtype/Form/BBox[0 0 {PAGE_W} {PAGE_H}]"
    objs = [
        (
            1,
            b"<</Type/Catalog/Pages 2 0 R/OCProperties<</OCGs[9 0 R]/D<</Order[9 0 R]/ON[9 0 R]>>>>>>",
        ),
        (2, b"<</Type/Pages/Kids[3 0 R]/Count 1>>"),
        (3, _page("4 0 R", resources="/XObject<</Cover 8 0 R>>/Properties<</oc1 9 0 R>>").encode()),
        (4, R.stream(content)),
        (5, HELVETICA.encode()),
        (6, HELVETICA.encode()),
        (7, INFO.encode()),
        (8, R.stream(cover_ops, form_entries + "/Resources<</Font<</F2 6 0 R>>>>")),
        (9, b"<</Type/OCG/Name(Layout)>>"),
    ]
    dead = [(COVER, R.stream("", form_entries))]
    return R.build(objs, root=1, info=7, dead=dead)


SHADOW_ROOT = 8  # the second, unused catalog in twin()
SIG_FIELD = 13


def twin() -> bytes:
    """Hide-and-replace base: two complete documents in one file, the second one unused.

    Catalog 1 → pages 2 → page 3 (honest); catalog 8 → pages 9 → page 10 (forged amount).
    Both catalogs share AcroForm 12 with the empty signature field 13 (Seal1) the victim signs,
    so after a /Root swap the signature is still shown.
    """
    objs = [
        (1, b"<</Type/Catalog/Pages 2 0 R/AcroForm 12 0 R>>"),
        (2, b"<</Type/Pages/Kids[3 0 R]/Count 1>>"),
        (3, _page("4 0 R", "/Annots[13 0 R]").encode()),
        (4, R.stream(order_content(HONEST))),
        (5, HELVETICA.encode()),
        (6, HELVETICA.encode()),
        (7, INFO.encode()),
        (8, b"<</Type/Catalog/Pages 9 0 R/AcroForm 12 0 R>>"),
        (9, b"<</Type/Pages/Kids[10 0 R]/Count 1>>"),
        (10, _page("11 0 R", "/Annots[13 0 R]").replace("Parent 2 0 R", "Parent 9 0 R").encode()),
        (11, R.stream(order_content(FORGED))),
        (12, b"<</Fields[13 0 R]/SigFlags 3>>"),
        (13, b"<</FT/Sig/T(Seal1)/Type/Annot/Subtype/Widget/Rect[0 0 0 0]/F 132/P 3 0 R>>"),
    ]
    return R.build(objs, root=1, info=7).data


PAGE_IN_STREAMS = 3
SPARE_OBJSTM = 11


def twin_objstm() -> bytes:
    """Hide-and-replace base with an xref stream: page 3 lives in object stream 10; object
    stream 11 (unused) holds another page 3 whose content is stream 12 (forged amount)."""
    objs = [
        (4, R.stream(order_content(HONEST))),
        (5, HELVETICA.encode()),
        (6, HELVETICA.encode()),
        (7, INFO.encode()),
        (12, R.stream(order_content(FORGED))),
    ]
    packed = [
        (
            10,
            [
                (1, b"<</Type/Catalog/Pages 2 0 R/AcroForm 8 0 R>>"),
                (2, b"<</Type/Pages/Kids[3 0 R]/Count 1>>"),
                (3, _page("4 0 R", "/Annots[9 0 R]").encode()),
                (8, b"<</Fields[9 0 R]/SigFlags 3>>"),
                (9, b"<</FT/Sig/T(Seal1)/Type/Annot/Subtype/Widget/Rect[0 0 0 0]/F 132/P 3 0 R>>"),
            ],
        ),
        (SPARE_OBJSTM, [(3, _page("12 0 R", "/Annots[9 0 R]").encode())]),
    ]
    return R.build_with_xref_stream(objs, packed, root=1, info=7)


def not_a_pdf() -> bytes:
    """A small PNG (a white 8×8 image) — what a mis-named attachment looks like."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    raw = b"".join(b"\x00" + b"\xff" * 24 for _ in range(8))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
