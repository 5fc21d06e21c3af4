"""The hand-written PDFs of :mod:`tests.data.variants`: pages and the file structures.

A :class:`Page` knows its geometry and draws a light-blue target box (where ``--rect`` should
put the seal, in user space) and the anchor text 盖章处; :func:`layout` turns pages into
objects; :func:`classic`, :func:`with_xref_stream`, :func:`hybrid` and :func:`linearized`
write those objects as the named file structure (raw syntax from :mod:`tests.data.review.rawpdf`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tests.data.review import rawpdf
from tests.data.review.rawpdf import obj, stream

Rect = tuple[float, float, float, float]

ANCHOR = "盖章处"
ANCHOR_HEX = "76D67AE05904"  # UCS-2 of 盖章处, for the UniGB-UCS2-H encoding
TARGET_RGB = (0.80, 0.85, 1.0)  # the target box's fill; nothing else on the pages is this colour
PASSWORD = "open-sesame"

CJK_FONT = (
    b"<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H"
    b"/DescendantFonts[<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light"
    b"/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 4>>/DW 1000"
    b"/FontDescriptor<</Type/FontDescriptor/FontName/STSong-Light/Flags 6"
    b"/FontBBox[0 -200 1000 900]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880"
    b"/StemV 80>>>>]>>"
)
# three square glyphs; /ToUnicode maps codes 1, 2, 3 to 盖, 章, 处
_TYPE3_CMAP = (
    "/CIDInit/ProcSet findresource begin 12 dict begin begincmap"
    "/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def"
    "/CMapName/Seal-UCS def/CMapType 2 def 1 begincodespacerange<01><03>endcodespacerange"
    " 3 beginbfchar<01><76D6><02><7AE0><03><5904>endbfchar endcmap"
    " CMapName currentdict/CMap defineresource pop end end"
)


@dataclass(frozen=True)
class Page:
    """One hand-written page: its geometry and how the anchor text is drawn."""

    mediabox: Rect = (0, 0, 612, 792)
    cropbox: Rect | None = None
    rotate: int | None = None
    user_unit: float | None = None
    anchor: str | None = "plain"  # plain | split | turned | type3 | None (no text, no font)
    write_mediabox: bool = True  # False: no /MediaBox anywhere (invalid; viewers assume Letter)

    @property
    def visible(self) -> Rect:
        """CropBox ∩ MediaBox, normalised (what a viewer shows, before /Rotate)."""
        m = _norm(self.mediabox)
        if self.cropbox is None:
            return m
        c = _norm(self.cropbox)
        return (max(m[0], c[0]), max(m[1], c[1]), min(m[2], c[2]), min(m[3], c[3]))

    def target(self) -> Rect:
        """The target box (user space): a square in the right half, low on the unrotated page."""
        x0, y0, x1, y1 = self.visible
        side = round(0.25 * min(x1 - x0, y1 - y0), 2)
        bx, by = x0 + 0.55 * (x1 - x0), y0 + 0.12 * (y1 - y0)
        return (round(bx, 2), round(by, 2), round(bx + side, 2), round(by + side, 2))

    def content(self) -> bytes:
        """Target box, anchor text and a frame line (vector only when there is no text)."""
        t = self.target()
        x0, y0, x1, y1 = self.visible
        size = round(max(4.0, min(24.0, 0.08 * min(x1 - x0, y1 - y0))), 2)
        ax, ay = x0 + 0.12 * (x1 - x0), y0 + 0.6 * (y1 - y0)
        r, g, b = TARGET_RGB
        ops = [
            f"q {r} {g} {b} rg {t[0]} {t[1]} {t[2] - t[0]:.2f} {t[3] - t[1]:.2f} re f Q",
            f"q 0.5 w 0.3 0.3 0.3 RG {x0 + 5} {y0 + 5} m {x1 - 5} {y0 + 5} l S Q",
        ]
        if self.anchor == "plain":
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {ax:.2f} {ay:.2f} Tm <{ANCHOR_HEX}> Tj ET")
        elif self.anchor == "split":  # 盖 | 章处 in two text objects, as many producers write
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {ax:.2f} {ay:.2f} Tm <76D6> Tj ET")
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {ax + size:.2f} {ay:.2f} Tm <7AE05904> Tj ET")
        elif self.anchor == "turned":  # on a baseline turned 90° on an unrotated page
            ops.append(f"BT /F1 {size} Tf 0 1 -1 0 {ax:.2f} {ay:.2f} Tm <{ANCHOR_HEX}> Tj ET")
        elif self.anchor == "type3":
            ops.append(f"BT /F3 {size} Tf 1 0 0 1 {ax:.2f} {ay:.2f} Tm <010203> Tj ET")
        return "\n".join(ops).encode("latin-1")

    def attrs(self, *, inherited: bool = False) -> str:
        """The page dictionary's geometry entries (none of them when ``inherited``)."""
        if inherited:
            return ""
        out = "/MediaBox" + _arr(self.mediabox) if self.write_mediabox else ""
        if self.cropbox is not None:
            out += "/CropBox" + _arr(self.cropbox)
        if self.rotate is not None:
            out += f"/Rotate {self.rotate}"
        if self.user_unit is not None:
            out += f"/UserUnit {self.user_unit}"
        return out


# ---------------------------------------------------------------------------------------------
# hand-written documents


# first free object number → (catalog entries, objects they refer to); entries for the first
# page's dictionary may follow the catalog's after a "|"
Extra = Callable[[int], tuple[str, list[tuple[int, bytes]]]]


@dataclass(frozen=True)
class Layout:
    """The objects of a document: catalog 1, Pages 2, then pages, contents, fonts, Info."""

    objects: list[tuple[int, bytes]]
    root: int
    info: int
    stream_nums: frozenset[int]  # objects that are streams (cannot go into object streams)


def layout(
    pages: Sequence[Page],
    *,
    inherit: bool = False,
    depth: int = 0,
    extra: Extra | None = None,
) -> Layout:
    """Objects for ``pages``; ``inherit`` puts the first page's geometry on the Pages node,
    ``depth`` inserts that many intermediate Pages nodes above every page, ``extra`` adds
    catalog entries and the objects they need."""
    font_cjk, font_t3, info = 3, 4, 5
    n = 6
    first_free = 6 + len(pages) * (2 + depth) + 2
    catalog_extra, more = extra(first_free) if extra is not None else ("", [])
    catalog_extra, _, page_extra = catalog_extra.partition("|")
    objs: list[tuple[int, bytes]] = []
    streams: set[int] = set()
    kids: list[int] = []
    for page in pages:
        page_num, content_num = n, n + 1
        n += 2
        parent = 2
        chain: list[int] = []
        for _ in range(depth):
            chain.append(n)
            n += 1
        if chain:  # Pages 2 → chain[0] → … → chain[-1] → page
            kids.append(chain[0])
            for i, node in enumerate(chain):
                up = 2 if i == 0 else chain[i - 1]
                down = chain[i + 1] if i + 1 < len(chain) else page_num
                objs.append((node, f"<</Type/Pages/Parent {up} 0 R/Kids[{down} 0 R]/Count 1>>"
                             .encode()))
            parent = chain[-1]
        else:
            kids.append(page_num)
        res = "/Font<</F1 3 0 R/F3 4 0 R>>" if page.anchor else ""
        more_page = page_extra if page is pages[0] and not kids[:-1] else ""
        objs.append((page_num, (f"<</Type/Page/Parent {parent} 0 R{page.attrs(inherited=inherit)}"
                                f"/Resources<<{res}>>/Contents {content_num} 0 R{more_page}>>"
                                ).encode()))
        objs.append((content_num, stream(page.content(), flate=True)))
        streams.add(content_num)
    pages_extra = pages[0].attrs() if inherit else ""
    assert n + 2 == first_free
    kid_refs = " ".join(f"{k} 0 R" for k in kids)
    objs += [
        (1, f"<</Type/Catalog/Pages 2 0 R{catalog_extra}>>".encode()),
        (2, f"<</Type/Pages/Kids[{kid_refs}]/Count {len(pages)}{pages_extra}>>".encode()),
        (font_cjk, CJK_FONT),
        (font_t3, _type3_font(n, n + 1)),
        (n, stream(_TYPE3_CMAP)),
        (n + 1, stream(b"1000 0 0 0 1000 1000 d1 100 0 800 800 re f")),
        (info, b"<</Producer(SealDesk variants)/Title(Variant)>>"),
    ]
    streams.update((n, n + 1))
    objs += list(more)
    streams.update(num for num, body in more if b"\nstream\n" in body)
    return Layout(sorted(objs), root=1, info=info, stream_nums=frozenset(streams))


def _type3_font(cmap_num: int, glyph_num: int) -> bytes:
    """Three square glyphs (one shared CharProc) whose /ToUnicode says 盖, 章, 处."""
    return (
        b"<</Type/Font/Subtype/Type3/FontBBox[0 0 1000 1000]/FontMatrix[0.001 0 0 0.001 0 0]"
        b"/CharProcs<</g1 %d 0 R/g2 %d 0 R/g3 %d 0 R>>/Encoding<</Type/Encoding"
        b"/Differences[1/g1/g2/g3]>>/FirstChar 1/LastChar 3/Widths[1000 1000 1000]"
        b"/Resources<<>>/ToUnicode %d 0 R>>"
    ) % (glyph_num, glyph_num, glyph_num, cmap_num)


def classic(lay: Layout) -> bytes:
    """One revision, classic xref table."""
    return rawpdf.build(lay.objects, root=lay.root, info=lay.info).data


def with_xref_stream(lay: Layout) -> bytes:
    """Every non-stream object in one object stream, indexed by an xref stream."""
    plain = [(n, b) for n, b in lay.objects if n not in lay.stream_nums]
    streams = [(n, b) for n, b in lay.objects if n in lay.stream_nums]
    packed_num = max(n for n, _ in lay.objects) + 1
    return rawpdf.build_with_xref_stream(
        streams, [(packed_num, plain)], root=lay.root, info=lay.info
    )


def hybrid(lay: Layout) -> bytes:
    """A hybrid-reference file (PDF 1.5, 7.5.8.4): a classic table for most objects, and the
    fonts and Info only in an object stream that the trailer's /XRefStm indexes."""
    hidden = {3, 4, lay.info}
    out = bytearray(rawpdf.HEADER.replace(b"1.7", b"1.5"))
    table: dict[int, int] = {}
    for num, body in lay.objects:
        if num not in hidden:
            table[num] = len(out)
            out += obj(num, body)
    stm_num = max(n for n, _ in lay.objects) + 1
    xref_num = stm_num + 1
    table[stm_num] = len(out)
    out += obj(stm_num, rawpdf.object_stream([(n, b) for n, b in lay.objects if n in hidden]))
    members = sorted(hidden)
    entries = {n: (2, stm_num, i) for i, n in enumerate(members)}
    xref_stm_at = len(out)
    table[xref_num] = xref_stm_at
    out += obj(xref_num, rawpdf.xref_stream(entries, size=xref_num + 1, root=lay.root,
                                            info=lay.info))
    xref_at = len(out)
    out += rawpdf.xref_section(table, free_head=True)  # hidden objects: not in the table
    out += rawpdf.trailer_bytes(size=xref_num + 1, root=lay.root, info=lay.info)[:-3]
    out += b"/XRefStm %d>>\nstartxref\n%d\n%%%%EOF\n" % (xref_stm_at, xref_at)
    return bytes(out)


def linearized(lay: Layout) -> bytes:
    """Linearized layout (Annex F): linearization dictionary and first-page xref section at the
    start, the first page's objects next, the main xref section last; the final startxref
    points back to the first-page section, whose trailer's /Prev points to the main one.
    (The hint stream is a placeholder: no reader we test uses hints.)"""
    first = {1, 2, 3, 4, 5, 6, 7}  # catalog, Pages, fonts, Info, first page and its content
    bodies = dict(lay.objects)
    lin_num, hint_num = max(bodies) + 1, max(bodies) + 2
    rest = sorted(set(bodies) - first)
    lin_fmt = b"<</Linearized 1/L %010d/H[%010d %010d]/O 6/E %010d/N %d/T %010d>>"
    hint = obj(hint_num, stream(b"\0" * 32, "/S 16"))

    def assemble(lin: tuple[int, ...], prev: int, offsets: dict[int, int]) -> tuple[bytes, dict]:
        out = bytearray(rawpdf.HEADER)
        found = {lin_num: len(out)}
        out += obj(lin_num, lin_fmt % lin)
        fp_at = len(out)
        fp_entries = {n: offsets.get(n, 0) for n in sorted(first | {lin_num, hint_num})}
        out += rawpdf.xref_section(fp_entries)
        out += rawpdf.trailer_bytes(size=hint_num + 1, root=lay.root, info=lay.info, prev=0)
        out = bytearray(out.replace(b"/Prev 0>>", b"/Prev %010d>>" % prev))
        out += b"startxref\n0\n%%EOF\n"
        for num in sorted(first):
            found[num] = len(out)
            out += obj(num, bodies[num])
        found[hint_num] = len(out)
        out += hint
        found["end_first"] = len(out)  # type: ignore[index]
        for num in rest:
            found[num] = len(out)
            out += obj(num, bodies[num])
        found["main"] = len(out)  # type: ignore[index]
        out += rawpdf.xref_section({n: offsets.get(n, 0) for n in rest}, free_head=True)
        found["main_t"] = found["main"] + len(b"xref\n0 1\n") - 1  # type: ignore[index]
        out += b"trailer\n<</Size %d>>\nstartxref\n%d\n%%%%EOF\n" % (hint_num + 1, fp_at)
        return bytes(out), found

    data, at = assemble((0, 0, 0, 0, 0, 0), 0, {})
    lin = (len(data), at[hint_num], len(hint), at["end_first"], len(_page_nums(lay)), at["main_t"])
    final, again = assemble(lin, at["main"], at)
    assert len(final) == len(data) and again == at, "linearized offsets drifted"
    return final


def _page_nums(lay: Layout) -> list[int]:
    return [n for n, b in lay.objects if b.startswith(b"<</Type/Page/")]


def update_with_pyhanko(data: bytes, change: Callable[[object], None]) -> bytes:
    """``data`` plus one incremental update made by pyHanko's writer."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _arr(values: Sequence[float]) -> str:
    return "[" + " ".join(f"{v:g}" for v in values) + "]"


def _norm(r: Rect) -> Rect:
    return (min(r[0], r[2]), min(r[1], r[3]), max(r[0], r[2]), max(r[1], r[3]))
