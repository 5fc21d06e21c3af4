"""Where a seal goes: a page rectangle, an anchor text, or across the pages' edges (骑缝章).

Rectangles are in PDF user space, the page's default coordinate system that annotation
``/Rect`` and pyHanko's field boxes use: points, y up.  For an unrotated page whose CropBox
starts at (0, 0) this is simply "from the bottom-left corner of the page as seen"; for other
pages :func:`resolve_anchor` and :func:`page_rect_from_view` do the conversion.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.rw_common import PdfHandler

from crypto.errors import DamagedPdf, EncryptedPdf, PlacementError, Text, WrongPdfPassword
from crypto.seal.geometry import (
    PageGeometry,
    Rect,
    geometry_from_pyhanko_page,
    normalise_rotation,
    normalise_user_unit,
    visible_box,
)
from crypto.seal.spec import PageRect, TextAnchor

MIN_SEAL_PT = 10.0


PdfSource = str | Path | bytes


def open_pdf(source: PdfSource, password: str | None = None) -> pymupdf.Document:
    """Open a PDF with pymupdf, translating its failures into SealDesk's errors."""
    label = "(document)" if isinstance(source, bytes) else str(source)
    try:
        if isinstance(source, bytes):
            doc = pymupdf.open(stream=source, filetype="pdf")
        else:
            doc = pymupdf.open(str(source), filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise DamagedPdf(path=label, detail=str(exc)) from exc
    if doc.needs_pass:
        if password is None:
            doc.close()
            raise EncryptedPdf(path=label)
        if not doc.authenticate(password):
            doc.close()
            raise WrongPdfPassword(path=label)
    return doc


def page_geometry(doc: pymupdf.Document, page_index: int) -> PageGeometry:
    """Visible box and rotation of a page (0-based), read from the PDF's own entries."""
    xref = doc[page_index].xref
    mediabox = _inherited_rect(doc, xref, "MediaBox") or (0.0, 0.0, 612.0, 792.0)
    cropbox = _inherited_rect(doc, xref, "CropBox")
    rotate = _inherited(doc, xref, "Rotate")
    kind, unit = doc.xref_get_key(xref, "UserUnit")  # a page's own entry, never inherited
    return PageGeometry(
        box=visible_box(mediabox, cropbox),
        rotation=normalise_rotation(rotate),
        user_unit=normalise_user_unit(unit) if kind in ("int", "float") else 1.0,
    )


def validate_page_rect(doc: pymupdf.Document, placement: PageRect) -> PageRect:
    """Check that the page exists and the rectangle is a real one inside the visible page."""
    _check_page_number(placement.page, doc.page_count)
    _check_rect(placement, page_geometry(doc, placement.page - 1))
    return placement


def check_page_rect(
    pdf: PdfSource | PdfHandler, placement: PageRect, password: str | None = None
) -> Rect:
    """Validate a PageRect against a document (file, bytes or pyHanko reader/writer); its rect."""
    if isinstance(pdf, PdfHandler):
        _check_page_number(placement.page, _pyhanko_page_count(pdf))
        try:
            page_ref, _resources = pdf.find_page_for_modification(placement.page - 1)
            geometry = geometry_from_pyhanko_page(page_ref.get_object())
        except (PdfError, KeyError, TypeError, ValueError) as exc:
            raise PlacementError(
                detail=Text(
                    "page {page} cannot be read ({error})", page=placement.page, error=str(exc)
                )
            ) from exc
        _check_rect(placement, geometry)
        return placement.rect
    with open_pdf(pdf, password) as doc:
        return validate_page_rect(doc, placement).rect


def _check_page_number(page: int, page_count: int) -> None:
    if not 1 <= page <= page_count:
        raise PlacementError(
            detail=Text(
                "page {page} does not exist (the document has {count})", page=page, count=page_count
            )
        )


def _check_rect(placement: PageRect, geometry: PageGeometry) -> None:
    x1, y1, x2, y2 = placement.rect
    if not (x2 - x1 >= MIN_SEAL_PT and y2 - y1 >= MIN_SEAL_PT):
        raise PlacementError(
            detail=Text(
                "the rectangle {rect} is empty or smaller than {minimum:g} pt",
                rect=_fmt(placement.rect),
                minimum=MIN_SEAL_PT,
            )
        )
    if not geometry.contains(placement.rect):
        raise PlacementError(
            detail=Text(
                "the rectangle {rect} is not inside page {page} ({box})",
                rect=_fmt(placement.rect),
                page=placement.page,
                box=_fmt(geometry.box),
            )
        )


def _pyhanko_page_count(pdf: PdfHandler) -> int:
    try:
        return int(pdf.root["/Pages"]["/Count"])
    except (PdfError, KeyError, TypeError, ValueError) as exc:
        raise PlacementError(
            detail=Text("the document's pages cannot be read ({error})", error=str(exc))
        ) from exc


def page_rotation(pdf: PdfHandler, page: int) -> int:
    """The /Rotate (0, 90, 180, 270) of a 1-based page of a pyHanko reader or writer."""
    page_ref, _resources = pdf.find_page_for_modification(page - 1)
    return geometry_from_pyhanko_page(page_ref.get_object()).rotation


def resolve_anchor(source: PdfSource, anchor: TextAnchor, password: str | None = None) -> PageRect:
    """Find the anchor text and centre a square seal on it, in user space."""
    if not anchor.text.strip():
        raise PlacementError(detail=Text("the anchor text is empty"))
    if anchor.size < MIN_SEAL_PT:
        raise PlacementError(
            detail=Text("the seal size {size:g} pt is too small", size=anchor.size)
        )
    with open_pdf(source, password) as doc:
        hits: list[tuple[int, Rect]] = []
        for index in range(doc.page_count):
            for found in doc[index].search_for(anchor.text):
                hits.append((index, (found.x0, found.y0, found.x1, found.y1)))
        if not hits:
            raise PlacementError(
                detail=Text("the text “{text}” was not found in the document", text=anchor.text)
            )
        try:
            index, mupdf_rect = hits[anchor.occurrence]
        except IndexError:
            raise PlacementError(
                detail=Text(
                    "the text “{text}” occurs {count} time(s), "
                    "so occurrence {occurrence} does not exist",
                    text=anchor.text,
                    count=len(hits),
                    occurrence=anchor.occurrence,
                )
            ) from None
        geometry = page_geometry(doc, index)
        target = geometry.user_rect_to_visible(geometry.mupdf_unrotated_to_user(mupdf_rect))
        cx = (target[0] + target[2]) / 2 + anchor.offset[0]
        cy = (target[1] + target[3]) / 2 + anchor.offset[1]
        square = _square_inside(cx, cy, anchor.size, geometry.visible_size)
        placement = PageRect(page=index + 1, rect=geometry.visible_rect_to_user(square))
        return validate_page_rect(doc, placement)


def page_rect_from_view(
    source: PdfSource, page: int, view_rect: Rect, password: str | None = None
) -> PageRect:
    """A rectangle drawn on the displayed page (MuPDF's ``page.rect`` space) as a PageRect."""
    with open_pdf(source, password) as doc:
        if not 1 <= page <= doc.page_count:
            raise PlacementError(detail=Text("page {page} does not exist", page=page))
        geometry = page_geometry(doc, page - 1)
        return validate_page_rect(doc, PageRect(page, geometry.mupdf_view_to_user(view_rect)))


def view_rect_of(source: PdfSource, placement: PageRect, password: str | None = None) -> Rect:
    """Where a PageRect shows on its displayed page (MuPDF's ``page.rect`` space): for previews."""
    with open_pdf(source, password) as doc:
        _check_page_number(placement.page, doc.page_count)
        return page_geometry(doc, placement.page - 1).user_to_mupdf_view(placement.rect)


def _square_inside(cx: float, cy: float, size: float, page_size: tuple[float, float]) -> Rect:
    """A square centred at (cx, cy), moved just enough to stay on the page."""
    w, h = page_size
    if size > min(w, h):
        raise PlacementError(
            detail=Text(
                "a {size:g} pt seal does not fit on a {width:g}×{height:g} pt page",
                size=size,
                width=w,
                height=h,
            )
        )
    x0 = min(max(cx - size / 2, 0.0), w - size)
    y0 = min(max(cy - size / 2, 0.0), h - size)
    return (x0, y0, x0 + size, y0 + size)


def _inherited(doc: pymupdf.Document, xref: int, key: str) -> str | None:
    for _ in range(64):  # bounded: page trees can be malformed or cyclic
        kind, value = doc.xref_get_key(xref, key)
        if kind == "xref":
            return str(doc.xref_object(int(value.split()[0]), compressed=True))
        if kind != "null":
            return str(value)
        kind, parent = doc.xref_get_key(xref, "Parent")
        if kind != "xref":
            return None
        xref = int(parent.split()[0])
    return None


def _inherited_rect(doc: pymupdf.Document, xref: int, key: str) -> Rect | None:
    raw = _inherited(doc, xref, key)
    if raw is None:
        return None
    try:
        numbers = [float(v) for v in raw.strip().strip("[]").split()]
    except ValueError:
        return None
    if len(numbers) != 4:
        return None
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def _fmt(rect: Rect) -> str:
    return "[" + " ".join(f"{v:g}" for v in rect) + "]"
