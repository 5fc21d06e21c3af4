"""Structurally diverse input PDFs for signing tests (tests/net/test_sign_variants.py).

Real producers write PDFs in many shapes our own sample contract never has: rotated pages,
MediaBoxes away from the origin, inherited page attributes, object and xref streams, hybrid and
linearized files, several updates already, damaged xref offsets, forms, XFA, scripts,
encryption, Type3 or no fonts, CJK text split over runs.  Each :class:`Variant` is one small
document, written by hand (:mod:`tests.data.variant_syntax`, so the structure is exactly the
one named) or by pymupdf / pyHanko where they write the structure themselves.

Every page of a hand-written variant shows

* a light-blue **target box** at :attr:`Variant.rect` (PDF user space of page
  :attr:`Variant.page`): a test finds where ``--rect`` must land by looking for that colour on
  the rendered page, independently of any coordinate conversion (rotation, offsets, CropBox);
* the anchor text 盖章处 (:data:`ANCHOR`), in a non-embedded Adobe-GB1 CID font (or a Type3
  font with a /ToUnicode map, or split over two text objects, or on a rotated baseline).

``python -m tests.data.variants OUT_DIR`` writes them all, for looking at.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as _field
from pathlib import Path

from tests.data.review import rawpdf
from tests.data.review.rawpdf import obj, stream
from tests.data.variant_syntax import (
    ANCHOR,
    PASSWORD,
    TARGET_RGB,
    Layout,
    Page,
    Rect,
    classic,
    hybrid,
    layout,
    linearized,
    update_with_pyhanko,
    with_xref_stream,
)

__all__ = ["ANCHOR", "CATALOGUE", "PASSWORD", "TARGET_RGB", "Variant", "make", "write_all"]


@dataclass(frozen=True)
class Variant:
    """One input document and what signing it should do."""

    name: str
    data: bytes
    pages: tuple[Page, ...]
    page: int = 1  # the page --rect targets (1-based)
    password: str | None = None
    field: str | None = None  # an empty signature field to sign with --field
    seal_size: float = 120.0  # --seal-size for --at-text / --cross-page
    # mode → SealDesk error code expected instead of success ("text": no anchor, ...)
    refuse: dict[str, str] = _field(default_factory=dict)
    pixels: tuple[str, ...] = ("rect", "text", "cross", "invisible")  # modes checked on renders

    @property
    def rect(self) -> Rect:
        return self.pages[self.page - 1].target()

    @property
    def has_anchor(self) -> bool:
        return any(p.anchor is not None for p in self.pages)


# ---------------------------------------------------------------------------------------------
# the catalogue

LETTER = Page()


def _hand(name: str, pages: Sequence[Page], write: Callable[[Layout], bytes] = classic,
          **kw: object) -> Callable[[], Variant]:
    lay_kw = {k: kw.pop(k) for k in ("inherit", "depth", "extra") if k in kw}

    def make() -> Variant:
        data = write(layout(pages, **lay_kw))  # type: ignore[arg-type]
        return Variant(name, data, tuple(pages), **kw)  # type: ignore[arg-type]

    return make


def _derived(name: str, base: Callable[[], Variant], change: Callable[[bytes], bytes],
             **kw: object) -> Callable[[], Variant]:
    def make() -> Variant:
        v = base()
        return replace(v, name=name, data=change(v.data), **kw)  # type: ignore[arg-type]

    return make


def _encrypted(method_name: str, user_pw: str = PASSWORD,
               permissions: int | None = None) -> Callable[[bytes], bytes]:
    """Encrypted by pymupdf; ``user_pw=""`` gives a file anyone can open (owner password only,
    often with restricted ``permissions``)."""
    def change(data: bytes) -> bytes:
        import pymupdf

        doc = pymupdf.open(stream=data, filetype="pdf")
        extra = {} if permissions is None else {"permissions": permissions}
        return doc.tobytes(encryption=getattr(pymupdf, method_name), user_pw=user_pw,
                           owner_pw="owner-" + PASSWORD, **extra)

    return change


def _mupdf_rewrite(**save: object) -> Callable[[bytes], bytes]:
    """The document as pymupdf writes it (object streams, xref stream, ...)."""
    def change(data: bytes) -> bytes:
        import pymupdf

        return pymupdf.open(stream=data, filetype="pdf").tobytes(**save)

    return change


def _with_sig_field(data: bytes) -> bytes:
    from pyhanko.sign import fields

    def change(writer: object) -> None:
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name="甲方签章", on_page=0,  # type: ignore
                                        box=(300, 100, 450, 250))
        )

    return update_with_pyhanko(data, change)


def _need_appearances(data: bytes) -> bytes:
    import pymupdf

    doc = pymupdf.open(stream=data, filetype="pdf")
    widget = pymupdf.Widget()
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_name = "amount"
    widget.field_value = "100"
    widget.rect = pymupdf.Rect(72, 72, 250, 100)
    doc[0].add_widget(widget)
    doc.need_appearances(True)
    return doc.tobytes()


def _several_updates(data: bytes) -> bytes:
    """Three updates already: an annotation (pyHanko), new /Info (pyHanko), one by hand."""
    from pyhanko.pdf_utils import generic

    def annotate(writer: object) -> None:
        w = writer  # an IncrementalPdfFileWriter
        page_ref, _ = w.find_page_for_modification(0)  # type: ignore[attr-defined]
        annot = generic.DictionaryObject({
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
            generic.pdf_name("/Rect"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (20, 20, 40, 40)]),
            generic.pdf_name("/Contents"): generic.pdf_string("reviewed"),
        })
        w.register_annotation(page_ref, w.add_object(annot))  # type: ignore[attr-defined]

    def retitle(writer: object) -> None:
        writer.set_info(None)  # type: ignore[attr-defined]  # pyHanko refreshes /Info on write

    data = update_with_pyhanko(data, annotate)
    data = update_with_pyhanko(data, retitle)
    return _hand_update(data)


def _hand_update(data: bytes) -> bytes:
    """A hand-written update that only adds an unreferenced object (as some tools do)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    size = int(PdfFileReader(io.BytesIO(data), strict=False).trailer["/Size"])
    out = bytearray(data)
    at = len(out)
    out += obj(size, b"<</Note(hand-written update)>>")
    prev = rawpdf.last_startxref(data)
    root = PdfFileReader(io.BytesIO(data), strict=False).trailer.raw_get("/Root").idnum
    xref_at = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (size, at)
    out += b"trailer\n<</Size %d/Root %d 0 R/Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (
        size + 1, root, prev, xref_at)
    return bytes(out)


def _xfa_dynamic(first: int) -> tuple[str, list[tuple[int, bytes]]]:
    entries, objects = _xfa(first)
    return entries.replace("/NeedsRendering false", "/NeedsRendering true"), objects


def _xfa(first: int) -> tuple[str, list[tuple[int, bytes]]]:
    xdp = (b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template '
           b'xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1">'
           b'<field name="amount"/></subform></template></xdp:xdp>')
    field_dict = (b"<</FT/Tx/T(amount)/Type/Annot/Subtype/Widget/Rect[72 72 250 100]"
                  b"/P 6 0 R/F 4>>")
    return (f"/AcroForm<</Fields[{first + 1} 0 R]/XFA {first} 0 R>>/NeedsRendering false",
            [(first, stream(xdp)), (first + 1, field_dict)])


def _scripts(first: int) -> tuple[str, list[tuple[int, bytes]]]:
    js = b"<</S/JavaScript/JS(app.alert\\('hello'\\);)>>"
    return (f"/OpenAction {first} 0 R/Names<</JavaScript<</Names[(init) {first} 0 R]>>>>"
            "/AA<</WC<</S/JavaScript/JS(void 0;)>>>>",
            [(first, js)])


_TEXT_ANNOT = b"<</Type/Annot/Subtype/Text/Rect[20 20 40 40]/Contents(note)>>"


def _annots_indirect(first: int) -> tuple[str, list[tuple[int, bytes]]]:
    """The page's /Annots is a reference to an array (pyHanko must update that array)."""
    return f"|/Annots {first} 0 R", [(first, b"[%d 0 R]" % (first + 1)),
                                      (first + 1, _TEXT_ANNOT)]


def _annots_broken(first: int) -> tuple[str, list[tuple[int, bytes]]]:
    """/Annots holding null and a reference to an object that does not exist."""
    return f"|/Annots[null 999 0 R {first} 0 R]", [(first, _TEXT_ANNOT)]


def _text_field_named_seal1(first: int) -> tuple[str, list[tuple[int, bytes]]]:
    """A text field called Seal1: the name SealDesk would give its first signature field."""
    widget = (b"<</FT/Tx/T(Seal1)/V(hello)/Type/Annot/Subtype/Widget/Rect[72 72 250 100]"
              b"/P 6 0 R/F 4/DA(/Helv 10 Tf 0 g)>>")
    return (f"/AcroForm<</Fields[{first} 0 R]/DA(/Helv 0 Tf 0 g)>>|/Annots[{first} 0 R]",
            [(first, widget)])


def _nested_sig_field(first: int) -> tuple[str, list[tuple[int, bytes]]]:
    """An empty signature field inside a field hierarchy: its full name is form.sig1."""
    parent = b"<</T(form)/Kids[%d 0 R]>>" % (first + 1)
    kid = (b"<</FT/Sig/T(sig1)/Parent %d 0 R/Type/Annot/Subtype/Widget/Rect[300 100 450 250]"
           b"/P 6 0 R/F 4>>" % first)
    return (f"/AcroForm<</Fields[{first} 0 R]/SigFlags 1>>|/Annots[{first + 1} 0 R]",
            [(first, parent), (first + 1, kid)])


def _strip(key: bytes) -> Callable[[bytes], bytes]:
    """Blank out a trailer entry (same length, so no offset moves)."""
    import re

    def change(data: bytes) -> bytes:
        m = re.search(key + rb"\s*(\[[^\]]*\]|\d+ \d+ R)", data[data.rindex(b"trailer"):])
        assert m is not None
        return rawpdf.patch(data, m.group(0), b"", start=data.rindex(b"trailer"))

    return change


def _garbage(data: bytes) -> bytes:
    return data + b"\r\n% trailing junk from a mail gateway\n\x00\x00\x1a" + b"x" * 300


def _no_final_eol(data: bytes) -> bytes:
    assert data.endswith(b"%%EOF\n")
    return data[:-1]


def _offsets_moved(by: int) -> Callable[[bytes], bytes]:
    """Every xref table entry ``by`` bytes off: -1 lands on the line break before each object
    (readers skip it), +2 lands inside ``N 0 obj`` (only a full repair finds the objects)."""
    import re

    def change(data: bytes) -> bytes:
        def shift(m: re.Match[bytes]) -> bytes:
            return b"%010d 00000 n" % (int(m.group(1)) + by)

        return re.sub(rb"(\d{10}) 00000 n", shift, data)

    return change


def _pdf20(data: bytes) -> bytes:
    return rawpdf.patch(data, b"%PDF-1.7", b"%PDF-2.0")


def _enlarged(size: float) -> Page:
    return Page(mediabox=(0, 0, size, size))


CATALOGUE: dict[str, Callable[[], Variant]] = {
    # page geometry
    "rotate90": _hand("rotate90", [Page(rotate=90)]),
    "rotate180": _hand("rotate180", [Page(rotate=180)]),
    "rotate270": _hand("rotate270", [Page(rotate=270)]),
    "rotate-90": _hand("rotate-90", [Page(rotate=-90)]),
    "mediabox-offset": _hand("mediabox-offset", [Page(mediabox=(100, 100, 712, 892))]),
    "mediabox-reversed": _hand("mediabox-reversed", [Page(mediabox=(612, 792, 0, 0))]),
    "cropbox": _hand("cropbox", [Page(cropbox=(50, 80, 500, 700))]),
    "offset-crop-rotate90": _hand("offset-crop-rotate90", [Page(
        mediabox=(100, 100, 712, 892), cropbox=(150, 120, 650, 850), rotate=90)]),
    "inherited": _hand("inherited", [Page(mediabox=(0, 0, 595, 842), rotate=270)] * 2,
                       inherit=True),
    "user-unit": _hand("user-unit", [Page(mediabox=(0, 0, 306, 396), user_unit=2.0)]),
    "landscape": _hand("landscape", [Page(mediabox=(0, 0, 842, 595))]),
    "tiny": _hand("tiny", [Page(mediabox=(0, 0, 90, 90))], seal_size=40.0),
    "huge": _hand("huge", [_enlarged(14400)], seal_size=2000.0),
    "mixed-pages": _hand("mixed-pages", [Page(rotate=90), Page(mediabox=(100, 100, 712, 892)),
                                         Page(cropbox=(50, 80, 500, 700), rotate=180)], page=2),
    # file structure
    "classic": _hand("classic", [LETTER, LETTER]),
    "xref-stream": _hand("xref-stream", [LETTER, Page(rotate=90)], with_xref_stream),
    "mupdf-objstm": _derived("mupdf-objstm", _hand("x", [LETTER]),
                             _mupdf_rewrite(use_objstms=True, garbage=1)),
    "hybrid": _hand("hybrid", [LETTER, Page(rotate=270)], hybrid),
    "linearized": _hand("linearized", [LETTER, Page(rotate=90)], linearized),
    "several-updates": _derived("several-updates", _hand("x", [LETTER]), _several_updates),
    "pdf-2.0": _derived("pdf-2.0", _hand("x", [LETTER]), _pdf20),
    "trailing-garbage": _derived("trailing-garbage", _hand("x", [LETTER]), _garbage),
    "no-final-eol": _derived("no-final-eol", _hand("x", [LETTER]), _no_final_eol),
    "xref-offsets-early": _derived("xref-offsets-early", _hand("x", [LETTER]),
                                   _offsets_moved(-1)),
    "xref-offsets-off": _derived("xref-offsets-off", _hand("x", [LETTER]), _offsets_moved(2),
                                 refuse=dict.fromkeys(("rect", "text", "cross", "invisible"),
                                                      "damaged_pdf")),
    "deep-tree": _hand("deep-tree", [LETTER, Page(rotate=90)], depth=25),
    "empty-sig-field": _derived("empty-sig-field", _hand("x", [LETTER]), _with_sig_field,
                                field="甲方签章"),
    "need-appearances": _derived("need-appearances", _hand("x", [LETTER]), _need_appearances),
    "xfa": _hand("xfa", [LETTER], extra=_xfa),
    "xfa-dynamic": _hand("xfa-dynamic", [LETTER], extra=_xfa_dynamic, refuse=dict.fromkeys(
        ("rect", "text", "cross", "invisible"), "unsupported_pdf")),
    "javascript": _hand("javascript", [LETTER], extra=_scripts),
    "rc4-128": _derived("rc4-128", _hand("x", [LETTER]), _encrypted("PDF_ENCRYPT_RC4_128"),
                        password=PASSWORD),
    "aes-128": _derived("aes-128", _hand("x", [LETTER]), _encrypted("PDF_ENCRYPT_AES_128"),
                        password=PASSWORD),
    "aes-256": _derived("aes-256", _hand("x", [Page(rotate=90)]),
                        _encrypted("PDF_ENCRYPT_AES_256"), password=PASSWORD),
    "rc4-40": _derived("rc4-40", _hand("x", [LETTER]), _encrypted("PDF_ENCRYPT_RC4_40"),
                       password=PASSWORD),
    "owner-password-only": _derived("owner-password-only", _hand("x", [LETTER]),
                                    _encrypted("PDF_ENCRYPT_AES_128", user_pw="")),
    "owner-password-restricted": _derived(
        "owner-password-restricted", _hand("x", [LETTER]),
        _encrypted("PDF_ENCRYPT_AES_256", user_pw="", permissions=4 | 16),  # print, copy
        refuse=dict.fromkeys(("rect", "text", "cross", "invisible"), "unsupported_pdf")),
    "annots-indirect": _hand("annots-indirect", [LETTER], extra=_annots_indirect),
    "annots-broken": _hand("annots-broken", [LETTER], extra=_annots_broken),
    "text-field-named-seal1": _hand("text-field-named-seal1", [LETTER],
                                    extra=_text_field_named_seal1),
    "nested-sig-field": _hand("nested-sig-field", [LETTER], extra=_nested_sig_field,
                              field="form.sig1"),
    "no-trailer-id": _derived("no-trailer-id", _hand("x", [LETTER]), _strip(rb"/ID")),
    "no-info": _derived("no-info", _hand("x", [LETTER]), _strip(rb"/Info")),
    "no-mediabox": _hand("no-mediabox", [Page(write_mediabox=False)]),
    "a4-reals": _hand("a4-reals", [Page(mediabox=(0, 0, 595.276, 841.89))]),
    # MuPDF shows /Rotate 45 turned by 90°, poppler and pdf.js upright (SealDesk's placement
    # does as they do): only the modes whose outcome does not depend on it are rendered
    "rotate-45": _hand("rotate-45", [Page(rotate=45)], pixels=("rect", "invisible")),
    # content
    "no-fonts": _hand("no-fonts", [Page(anchor=None)], refuse={"text": "placement_error"}),
    "type3": _hand("type3", [Page(anchor="type3")]),
    "split-anchor": _hand("split-anchor", [Page(anchor="split")]),
    "turned-anchor": _hand("turned-anchor", [Page(anchor="turned")]),
    "rotated-split-anchor": _hand("rotated-split-anchor", [Page(anchor="split", rotate=270)]),
}


def make(name: str) -> Variant:
    """Build one variant by name."""
    return CATALOGUE[name]()


def write_all(folder: Path) -> list[Path]:
    """Every variant as ``folder/<name>.pdf``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in CATALOGUE:
        path = folder / f"{name}.pdf"
        path.write_bytes(make(name).data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "variants")):
        print(written)
