"""骑缝章: one seal split into vertical strips, one strip at the edge of every page.

Each strip is a locked, printable /Stamp annotation with its own appearance stream, added to
the writer's pending revision: the signature applied afterwards in the same revision covers the
strips, and a later signature's diff analysis sees annotations, never changed page content.
In a PDF/A document that allows no transparency the strips are cut from the seal's 1-bit
stencil and filled with its ink colour (see :mod:`crypto.seal.pdfa`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name, pdf_string
from pyhanko.pdf_utils.images import pil_image
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError

from crypto.errors import PlacementError, Text
from crypto.seal.geometry import PageGeometry, Rect, geometry_from_pyhanko_page
from crypto.seal.image import check_seal_image
from crypto.seal.pdfa import (
    PdfaTarget,
    default_rgb_resources,
    fill_colour,
    pdfa_target,
    png_stencil,
    stencil_xobject,
)
from crypto.seal.placement import MIN_SEAL_PT
from crypto.seal.spec import CROSS_PAGE_EDGES, CrossPage

ANNOT_FLAGS = 4 | 64 | 128  # Print, ReadOnly, Locked
STRIP_NAME_PREFIX = "SealDesk-CrossPageSeal-"

# Appearance /Matrix that turns a strip drawn as seen into the page's unrotated user space.
_COUNTER_ROTATION = {
    0: (1, 0, 0, 1, 0, 0),
    90: (0, 1, -1, 0, 0, 0),
    180: (-1, 0, 0, -1, 0, 0),
    270: (0, -1, 1, 0, 0, 0),
}


def add_cross_page_seal(
    writer: IncrementalPdfFileWriter, image_png: bytes, placement: CrossPage
) -> None:
    """Put strip i of the seal on page i's edge, as annotations in the pending revision."""
    if placement.edge not in CROSS_PAGE_EDGES:
        first, second = CROSS_PAGE_EDGES
        raise PlacementError(
            detail=Text(
                "the cross-page seal edge must be {first} or {second}, not {edge!r}",
                first=first,
                second=second,
                edge=placement.edge,
            )
        )
    if placement.size < MIN_SEAL_PT:
        raise PlacementError(
            detail=Text("the seal size {size:g} pt is too small", size=placement.size)
        )
    checked = check_seal_image(image_png)
    seal = checked.pil()
    page_count = _page_count(writer)
    if page_count > seal.width:
        raise PlacementError(
            detail=Text(
                "a {width} px wide seal cannot be split over {count} pages",
                width=seal.width,
                count=page_count,
            )
        )
    pdfa = pdfa_target(writer.prev)
    ink: tuple[float, float, float] | None = None
    if pdfa is not None and pdfa.opaque:
        stencil = png_stencil(checked.png)
        seal, ink = stencil.mask, stencil.colour
    strips = split_into_strips(seal, page_count)
    look = _StripLook(pdfa, ink)
    for index in range(page_count):
        page_ref, _resources = writer.find_page_for_modification(index)
        geometry = geometry_from_pyhanko_page(page_ref.get_object())
        strip_no = index if placement.edge == "right" else page_count - 1 - index
        strip = strips[strip_no]
        width = placement.size * strip.width / seal.width
        seen = strip_rect(geometry, placement, width, page=index + 1)
        annot = _strip_annotation(writer, strip, look, geometry, seen, width, placement.size)
        annot[pdf_name("/P")] = page_ref
        annot[pdf_name("/NM")] = pdf_string(f"{STRIP_NAME_PREFIX}{index + 1}")
        annot[pdf_name("/Contents")] = pdf_string(f"骑缝章 {strip_no + 1}/{page_count}")
        writer.register_annotation(page_ref, writer.add_object(annot))


def split_into_strips(seal: Image.Image, count: int) -> list[Image.Image]:
    """Cut the seal into ``count`` vertical strips of (nearly) equal pixel width, left to right."""
    bounds = [round(i * seal.width / count) for i in range(count + 1)]
    return [seal.crop((bounds[i], 0, bounds[i + 1], seal.height)) for i in range(count)]


def strip_rect(geometry: PageGeometry, placement: CrossPage, width: float, page: int) -> Rect:
    """Where a strip goes, as seen (bottom-left origin of the displayed page, y up)."""
    seen_w, seen_h = geometry.visible_size
    size = placement.size
    centre = seen_h / 2 if placement.y is None else placement.y
    if size > seen_h or not size / 2 <= centre <= seen_h - size / 2:
        raise PlacementError(
            detail=Text(
                "a {size:g} pt cross-page seal centred at {centre:g} pt does not fit "
                "on page {page} ({width:g}×{height:g} pt)",
                size=size,
                centre=centre,
                page=page,
                width=seen_w,
                height=seen_h,
            )
        )
    if width > seen_w:
        raise PlacementError(detail=Text("the seal strip is wider than page {page}", page=page))
    x0 = seen_w - width if placement.edge == "right" else 0.0
    return (x0, centre - size / 2, x0 + width, centre + size / 2)


@dataclass(frozen=True)
class _StripLook:
    """How strips are drawn: multiplied RGBA (default), or a stencil filled with ``ink``."""

    pdfa: PdfaTarget | None
    ink: tuple[float, float, float] | None  # set: the strips are 1-bit stencil masks


def _strip_annotation(
    writer: IncrementalPdfFileWriter,
    strip: Image.Image,
    look: _StripLook,
    geometry: PageGeometry,
    seen: Rect,
    width: float,
    height: float,
) -> generic.DictionaryObject:
    """A /Stamp annotation showing the strip upright at ``seen`` on a possibly rotated page."""
    resources = generic.DictionaryObject()
    if look.ink is not None:
        image_ref = writer.add_object(stencil_xobject(strip))
        content = b"q %s %g 0 0 %g 0 0 cm /Strip Do Q" % (fill_colour(look.ink), width, height)
    else:
        image_ref = pil_image(strip, writer)
        content = b"q /Ink gs %g 0 0 %g 0 0 cm /Strip Do Q" % (width, height)
        resources[pdf_name("/ExtGState")] = generic.DictionaryObject(
            {pdf_name("/Ink"): generic.DictionaryObject({pdf_name("/BM"): pdf_name("/Multiply")})}
        )
    resources[pdf_name("/XObject")] = generic.DictionaryObject({pdf_name("/Strip"): image_ref})
    if look.pdfa is not None and look.pdfa.calibrated:
        resources[pdf_name("/ColorSpace")] = default_rgb_resources()
    form = generic.StreamObject(
        {
            pdf_name("/Type"): pdf_name("/XObject"),
            pdf_name("/Subtype"): pdf_name("/Form"),
            pdf_name("/BBox"): _array((0, 0, width, height)),
            pdf_name("/Matrix"): _array(_COUNTER_ROTATION[geometry.rotation]),
            pdf_name("/Resources"): resources,
        },
        stream_data=content,
    )
    form.compress()
    return generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Stamp"),
            pdf_name("/Rect"): _array(geometry.visible_rect_to_user(seen)),
            pdf_name("/F"): generic.NumberObject(ANNOT_FLAGS),
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): writer.add_object(form)}),
        }
    )


def _page_count(writer: IncrementalPdfFileWriter) -> int:
    try:
        return int(writer.root["/Pages"]["/Count"])
    except (PdfError, KeyError, TypeError, ValueError) as exc:
        raise PlacementError(
            detail=Text("the document's pages cannot be read ({error})", error=str(exc))
        ) from exc


def _array(values: tuple[float, ...]) -> generic.ArrayObject:
    return generic.ArrayObject(generic.FloatObject(round(v, 4)) for v in values)
