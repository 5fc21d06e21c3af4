"""骑缝章: strips on every page's edge, covered by the signature, reassembling into the seal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat
from pyhanko.pdf_utils.generic import DictionaryObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator import ValidationContext

from crypto.errors import PlacementError
from crypto.seal.crosspage import ANNOT_FLAGS, add_cross_page_seal, split_into_strips
from crypto.seal.geometry import geometry_from_pyhanko_page
from crypto.seal.image import render_company_seal
from crypto.seal.spec import CrossPage
from tests.unit.test_seal_support import make_pdf, montage, render_pages, sign_pdf, throwaway_signer

pytestmark = pytest.mark.unit

DPI = 80


@pytest.fixture(scope="module")
def seal_png() -> bytes:
    return render_company_seal("示例科技有限公司", code="91110000MA01ABCD2X")


@pytest.fixture(scope="module")
def signer() -> SimpleSigner:
    return throwaway_signer()


def validate_all(pdf: bytes, signer: SimpleSigner) -> list[PdfSignatureStatus]:
    context = ValidationContext(trust_roots=[signer.signing_cert])
    reader = PdfFileReader(io.BytesIO(pdf))
    return [validate_pdf_signature(s, context) for s in reader.embedded_signatures]


def strips_of(pdf: bytes) -> list[list[DictionaryObject]]:
    """Per page, the /Stamp annotations' dictionaries."""
    reader = PdfFileReader(io.BytesIO(pdf))
    pages = []
    for index in range(int(reader.root["/Pages"]["/Count"])):
        page_ref, _ = reader.find_page_for_modification(index)
        page = page_ref.get_object()
        annots = [a.get_object() for a in page.get("/Annots", [])]
        pages.append([a for a in annots if a["/Subtype"] == "/Stamp"])
    return pages


def test_strips_are_covered_by_the_signature(seal_png: bytes, signer: SimpleSigner) -> None:
    pdf = make_pdf([{"text": f"PAGE {i}"} for i in range(1, 4)])
    signed = sign_pdf(pdf, signer, before=lambda w: add_cross_page_seal(w, seal_png, CrossPage()))
    (status,) = validate_all(signed, signer)
    assert status.intact and status.valid and status.trusted
    assert status.modification_level == ModificationLevel.NONE
    pages = strips_of(signed)
    assert [len(p) for p in pages] == [1, 1, 1]
    widths = []
    for page in pages:
        annot = page[0]
        assert annot["/F"] == ANNOT_FLAGS == 4 | 64 | 128
        assert str(annot["/NM"]).startswith("SealDesk-CrossPageSeal-")
        x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
        assert x2 == pytest.approx(600) and (y1 + y2) / 2 == pytest.approx(400)
        assert y2 - y1 == pytest.approx(120)
        widths.append(x2 - x1)
        form = annot["/AP"]["/N"]
        image = form["/Resources"]["/XObject"]["/Strip"]
        assert "/SMask" in image  # transparent strip
    assert sum(widths) == pytest.approx(120)


def test_page_content_is_untouched_and_later_signatures_keep_it_valid(
    seal_png: bytes,
    signer: SimpleSigner,
) -> None:
    pdf = make_pdf([{}, {}])
    first = sign_pdf(
        pdf, signer, field="Seal1", before=lambda w: add_cross_page_seal(w, seal_png, CrossPage())
    )
    second = sign_pdf(first, signer, field="Seal2")
    old, new = validate_all(second, signer)
    assert old.intact and old.valid and old.modification_level == ModificationLevel.FORM_FILLING
    assert new.intact and new.valid
    original = PdfFileReader(io.BytesIO(pdf))
    sealed = PdfFileReader(io.BytesIO(first))
    for index in range(2):
        before = original.find_page_for_modification(index)[0].get_object()["/Contents"]
        after = sealed.find_page_for_modification(index)[0].get_object()["/Contents"]
        assert before.get_object().data == after.get_object().data


def test_cross_page_seal_after_an_earlier_signature_is_seen_as_annotations(
    seal_png: bytes,
    signer: SimpleSigner,
) -> None:
    """pyHanko's diff policy does not yet accept added non-widget annotations (its own TODO):
    the earlier signature stays intact, and the change is reported as annotations, not content."""
    one = sign_pdf(make_pdf([{}, {}]), signer, field="First")
    two = sign_pdf(
        one, signer, field="Second", before=lambda w: add_cross_page_seal(w, seal_png, CrossPage())
    )
    first, second = validate_all(two, signer)
    assert first.intact and first.valid
    assert first.modification_level == ModificationLevel.OTHER
    assert second.intact and second.valid and second.modification_level == ModificationLevel.NONE


def test_single_page_gets_the_whole_seal(seal_png: bytes, signer: SimpleSigner) -> None:
    signed = sign_pdf(
        make_pdf(),
        signer,
        before=lambda w: add_cross_page_seal(w, seal_png, CrossPage(size=100, y=200)),
    )
    (annot,) = strips_of(signed)[0]
    assert [float(v) for v in annot["/Rect"]] == pytest.approx([500, 150, 600, 250])


@pytest.mark.parametrize("edge", ["right", "left"])
def test_strips_line_up_into_the_seal_across_rotated_and_cropped_pages(
    tmp_path: Path,
    seal_png: bytes,
    signer,
    edge: str,
) -> None:
    pages = [
        {"text": "PAGE 1"},
        {"text": "PAGE 2", "rotate": 90},
        {"text": "PAGE 3", "mediabox": (-20, -20, 620, 820), "cropbox": (30, 40, 580, 780)},
        {"text": "PAGE 4", "rotate": 270, "cropbox": (10, 10, 590, 790)},
    ]
    size, y = 160.0, 300.0
    signed_pdf = sign_pdf(
        make_pdf(pages, frame=False),
        signer,
        before=lambda w: add_cross_page_seal(w, seal_png, CrossPage(size, edge, y)),
    )
    (status,) = validate_all(signed_pdf, signer)
    assert status.intact and status.valid
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(signed_pdf)
    rendered = render_pages(signed, tmp_path / "page", dpi=DPI)
    montage(rendered, tmp_path / "pages-side-by-side.png", gap=8)  # for people to look at

    # Cut each page's strip out of the render (it must sit at the visible edge) and join them.
    scale = DPI / 72
    strips = split_into_strips(Image.open(io.BytesIO(seal_png)), len(pages))
    order = range(len(pages)) if edge == "right" else reversed(range(len(pages)))
    pieces = []
    for index in order:
        page = Image.open(rendered[index]).convert("RGB")
        width = round(
            size * strips[index if edge == "right" else len(pages) - 1 - index].width / 600 * scale
        )
        x0 = page.width - width if edge == "right" else 0
        top = round(page.height - (y + size / 2) * scale)
        pieces.append(page.crop((x0, top, x0 + width, top + round(size * scale))))
        # nothing red just beside the strip: it is flush with the page edge
        beside = page.crop((x0 - 6, top, x0, top + 20)) if edge == "right" else None
        if beside is not None:
            assert ImageStat.Stat(beside).mean[1] > 200
    joined = side_by_side(pieces)
    joined.save(tmp_path / "joined.png")
    expected = Image.new("RGBA", (600, 600), "white")
    expected.alpha_composite(Image.open(io.BytesIO(seal_png)).convert("RGBA"))
    expected = expected.convert("RGB").resize(joined.size, Image.Resampling.LANCZOS)
    misordered = side_by_side(pieces[1:] + pieces[:1])  # control: the check can fail
    assert blurred_difference(joined, expected) < 18
    assert blurred_difference(misordered, expected) > 2 * blurred_difference(joined, expected)


def side_by_side(pieces: list[Image.Image]) -> Image.Image:
    joined = Image.new("RGB", (sum(p.width for p in pieces), pieces[0].height), "white")
    x = 0
    for piece in pieces:
        joined.paste(piece, (x, 0))
        x += piece.width
    return joined


def blurred_difference(a: Image.Image, b: Image.Image) -> float:
    """Mean colour difference after a slight blur (80 dpi anti-aliasing differs at edges)."""
    blur = ImageFilter.GaussianBlur(2)
    return float(sum(ImageStat.Stat(ImageChops.difference(a.filter(blur), b.filter(blur))).mean))


@pytest.mark.parametrize(
    ("placement", "fragment"),
    [
        (CrossPage(edge="top"), "edge must be right or left"),
        (CrossPage(size=5), "too small"),
        (CrossPage(size=120, y=30), "does not fit on page 1"),
        (CrossPage(size=900), "does not fit"),
    ],
)
def test_bad_cross_page_placement_is_refused(
    seal_png: bytes, placement: CrossPage, fragment: str
) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(make_pdf([{}, {}])))
    with pytest.raises(PlacementError, match=fragment):
        add_cross_page_seal(writer, seal_png, placement)


def test_split_keeps_every_pixel_column() -> None:
    seal = Image.new("RGBA", (601, 600))
    strips = split_into_strips(seal, 7)
    assert sum(s.width for s in strips) == 601
    assert max(s.width for s in strips) - min(s.width for s in strips) <= 1


def test_geometry_reads_inherited_boxes_from_pyhanko() -> None:
    writer = IncrementalPdfFileWriter(
        io.BytesIO(make_pdf(mediabox=(-20, -20, 620, 820), cropbox=(0, 0, 700, 800), rotate=450))
    )
    page_ref, _ = writer.find_page_for_modification(0)
    geometry = geometry_from_pyhanko_page(page_ref.get_object())
    assert geometry.box == (0, 0, 620, 800) and geometry.rotation == 90
