"""Seal placement: anchors found with MuPDF and converted to PDF user space, rectangles checked."""

from __future__ import annotations

import io

import pymupdf
import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from crypto.errors import EncryptedPdf, PlacementError, WrongPdfPassword
from crypto.seal.geometry import PageGeometry
from crypto.seal.placement import (
    PageRect,
    TextAnchor,
    check_page_rect,
    page_rect_from_view,
    page_rotation,
    resolve_anchor,
)
from tests.unit.test_seal_support import make_pdf

pytestmark = pytest.mark.unit

# "SEALHERE" in 12 pt Helvetica drawn at user-space (300, 400): 64.02 pt wide; MuPDF's glyph
# box runs from 3.59 pt below the baseline to 12.9 pt above it (Helvetica's font bbox).
TEXT_CENTRE = (300 + 64.02 / 2, 400 + (-3.588 + 12.9) / 2)

GEOMETRIES = [
    pytest.param({}, id="plain"),
    pytest.param({"cropbox": (100, 100, 500, 700)}, id="cropbox"),
    pytest.param({"mediabox": (-50, -70, 550, 730)}, id="negative-mediabox"),
    pytest.param({"mediabox": (0, 0, 600, 800), "rotate": 90}, id="rotate90"),
    pytest.param({"cropbox": (100, 100, 500, 700), "rotate": 90}, id="cropbox-rotate90"),
    pytest.param({"rotate": 180}, id="rotate180"),
    pytest.param({"cropbox": (100, 100, 500, 700), "rotate": 270}, id="cropbox-rotate270"),
    pytest.param(
        {"mediabox": (-50, -70, 550, 730), "cropbox": (0, 0, 500, 700), "rotate": -90},
        id="offset-boxes-rotate-minus90",
    ),
]


def centre(rect: tuple[float, float, float, float]) -> tuple[float, float]:
    return ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)


@pytest.mark.parametrize("page", GEOMETRIES)
def test_anchor_is_converted_to_user_space_on_every_page_geometry(page: dict[str, object]) -> None:
    pdf = make_pdf([page])
    placement = resolve_anchor(pdf, TextAnchor("SEALHERE", size=40))
    assert placement.page == 1
    x1, y1, x2, y2 = placement.rect
    assert x2 - x1 == pytest.approx(40) and y2 - y1 == pytest.approx(40)
    cx, cy = centre(placement.rect)
    assert cx == pytest.approx(TEXT_CENTRE[0], abs=0.05)
    assert cy == pytest.approx(TEXT_CENTRE[1], abs=0.05)


@pytest.mark.parametrize(
    ("rotate", "user_shift"),
    [(0, (10, -20)), (90, (20, 10)), (180, (-10, 20)), (270, (-20, -10))],
)
def test_offset_is_applied_as_seen_on_the_rotated_page(
    rotate: int, user_shift: tuple[float, float]
) -> None:
    pdf = make_pdf(rotate=rotate)
    plain = centre(resolve_anchor(pdf, TextAnchor("SEALHERE", size=40)).rect)
    moved = centre(resolve_anchor(pdf, TextAnchor("SEALHERE", size=40, offset=(10, -20))).rect)
    assert moved[0] - plain[0] == pytest.approx(user_shift[0])
    assert moved[1] - plain[1] == pytest.approx(user_shift[1])


def test_occurrence_picks_among_all_pages_last_by_default() -> None:
    pdf = make_pdf([{"text": "SIGN A", "at": (100, 100)}, {"text": "SIGN B", "at": (200, 300)}])
    last = resolve_anchor(pdf, TextAnchor("SIGN", size=30))
    first = resolve_anchor(pdf, TextAnchor("SIGN", occurrence=0, size=30))
    assert last.page == 2 and first.page == 1
    assert resolve_anchor(pdf, TextAnchor("SIGN", occurrence=-2, size=30)) == first
    with pytest.raises(PlacementError, match="occurs 2 time"):
        resolve_anchor(pdf, TextAnchor("SIGN", occurrence=2))


def test_missing_anchor_names_the_text() -> None:
    with pytest.raises(PlacementError, match="“盖章处” was not found"):
        resolve_anchor(make_pdf(), TextAnchor("盖章处"))


def test_seal_near_the_page_edge_is_moved_onto_the_page() -> None:
    pdf = make_pdf(text="EDGE", at=(5, 790))
    placement = resolve_anchor(pdf, TextAnchor("EDGE", size=120))
    assert placement.rect == pytest.approx((0, 680, 120, 800))


def test_seal_larger_than_the_page_is_refused() -> None:
    with pytest.raises(PlacementError, match="does not fit"):
        resolve_anchor(make_pdf(mediabox=(0, 0, 100, 100), at=(10, 50)), TextAnchor("SEAL"))


def test_cjk_anchor_in_the_sample_contract_is_on_the_last_page() -> None:
    from app.demo.contract import sample_contract_bytes

    pdf = sample_contract_bytes(pages=3)
    placement = resolve_anchor(pdf, TextAnchor("盖章处"))
    assert placement.page == 3
    doc = pymupdf.open("pdf", pdf)
    hit = doc[2].search_for("盖章处")[0]
    assert centre(placement.rect)[0] == pytest.approx((hit.x0 + hit.x1) / 2)
    assert centre(placement.rect)[1] == pytest.approx(doc[2].rect.height - (hit.y0 + hit.y1) / 2)


def test_encrypted_document_needs_its_password() -> None:
    doc = pymupdf.open("pdf", make_pdf())
    locked = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    with pytest.raises(EncryptedPdf):
        resolve_anchor(locked, TextAnchor("SEALHERE"))
    with pytest.raises(WrongPdfPassword):
        resolve_anchor(locked, TextAnchor("SEALHERE"), password="wrong")
    assert resolve_anchor(locked, TextAnchor("SEALHERE", size=40), password="u").page == 1


@pytest.mark.parametrize(
    ("placement", "fragment"),
    [
        (PageRect(2, (10, 10, 100, 100)), "page 2 does not exist"),
        (PageRect(0, (10, 10, 100, 100)), "page 0 does not exist"),
        (PageRect(1, (100, 10, 10, 100)), "empty"),
        (PageRect(1, (10, 10, 15, 100)), "smaller than 10 pt"),
        (PageRect(1, (-60, 10, 100, 100)), "not inside page 1"),
        (PageRect(1, (400, 600, 520, 720)), "not inside page 1"),  # outside the CropBox
    ],
)
def test_bad_page_rect_is_refused_for_files_and_pyhanko_writers(
    placement: PageRect, fragment: str
) -> None:
    pdf = make_pdf(mediabox=(-50, -70, 550, 730), cropbox=(0, 0, 500, 700))
    for source in (pdf, IncrementalPdfFileWriter(io.BytesIO(pdf))):
        with pytest.raises(PlacementError, match=fragment):
            check_page_rect(source, placement)


def test_good_page_rect_is_returned_for_every_kind_of_source() -> None:
    pdf = make_pdf(mediabox=(-50, -70, 550, 730), cropbox=(0, 0, 500, 700), rotate=270)
    rect = (380.0, 580.0, 500.0, 700.0)
    assert check_page_rect(pdf, PageRect(1, rect)) == rect
    assert check_page_rect(PdfFileReader(io.BytesIO(pdf)), PageRect(1, rect)) == rect
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    assert check_page_rect(writer, PageRect(1, rect)) == rect
    assert page_rotation(writer, 1) == 270


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_rectangle_drawn_on_the_displayed_page_matches_mupdf(rotate: int) -> None:
    pdf = make_pdf(cropbox=(100, 100, 500, 700), rotate=rotate)
    doc = pymupdf.open("pdf", pdf)
    hit = doc[0].search_for("SEALHERE")[0] * doc[0].rotation_matrix  # as displayed
    placement = page_rect_from_view(pdf, 1, (hit.x0, hit.y0, hit.x1, hit.y1))
    cx, cy = centre(placement.rect)
    assert cx == pytest.approx(TEXT_CENTRE[0], abs=0.05)
    assert cy == pytest.approx(TEXT_CENTRE[1], abs=0.05)


def test_geometry_round_trips_between_user_space_and_what_is_seen() -> None:
    for rotation in (0, 90, 180, 270):
        geometry = PageGeometry(box=(-50.0, 20.0, 550.0, 820.0), rotation=rotation)
        rect = (10.0, 30.0, 60.0, 90.0)
        user = geometry.visible_rect_to_user(rect)
        assert geometry.user_rect_to_visible(user) == pytest.approx(rect)
        assert geometry.contains(geometry.visible_rect_to_user((0, 0, *geometry.visible_size)))
