"""The signature appearance: seal image plus CJK text, signed for real, checked by poppler."""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageChops, ImageStat
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext

from app.demo.contract import sample_contract_bytes
from crypto.errors import SigningError
from crypto.seal.appearance import for_page_rotation, seal_stamp_style
from crypto.seal.geometry import PageGeometry
from crypto.seal.image import render_company_seal
from crypto.seal.placement import TextAnchor, resolve_anchor
from tests.unit.test_seal_support import (
    make_pdf,
    pdfsig,
    red_pixels,
    render_pages,
    sign_pdf,
    throwaway_signer,
)

pytestmark = pytest.mark.unit

DPI = 80
Box4 = tuple[int, int, int, int]
LINES = ("签署人：%(signer)s", "时间：%(ts)s", "原因：合同签署 100%")


@pytest.fixture(scope="module")
def seal_png() -> bytes:
    return render_company_seal("示例科技有限公司", code="91110000MA01ABCD2X")


@pytest.fixture(scope="module")
def signer() -> SimpleSigner:
    return throwaway_signer()


def pixel_box(rect: tuple[float, float, float, float], page_height: float) -> Box4:
    """A user-space rectangle of an unrotated page whose MediaBox starts at 0, in render pixels."""
    s = DPI / 72
    x1, y1, x2, y2 = rect
    return (
        round(x1 * s),
        round((page_height - y2) * s),
        round(x2 * s),
        round((page_height - y1) * s),
    )


def dark_pixels(image: Image.Image, box: Box4) -> int:
    grey = image.convert("L").crop(box)
    return grey.point(lambda v: 255 if v < 90 else 0).histogram()[255]


def test_signed_contract_shows_seal_and_cjk_text_and_verifies(
    tmp_path: Path,
    seal_png: bytes,
    signer: SimpleSigner,
) -> None:
    pdf = sample_contract_bytes()
    placement = resolve_anchor(pdf, TextAnchor("盖章处"))
    style = seal_stamp_style(seal_png, LINES)
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(
        sign_pdf(pdf, signer, page=placement.page, box=placement.rect, stamp_style=style)
    )

    report = pdfsig(signed)
    assert "Signature is Valid." in report and "Total document signed" in report
    embedded = PdfFileReader(io.BytesIO(signed.read_bytes())).embedded_signatures[0]
    status = validate_pdf_signature(embedded, ValidationContext(trust_roots=[signer.signing_cert]))
    assert status.intact and status.valid and status.trusted

    baked = pymupdf.open(signed)
    baked.bake()
    text = baked[placement.page - 1].get_text()
    assert "签署人：示例科技有限公司 测试签名" in text  # %(signer)s filled in, CJK text extractable
    assert "原因：合同签署 100%" in text

    page = Image.open(render_pages(signed, tmp_path / "page")[placement.page - 1])
    box = pixel_box(placement.rect, 841.89)
    area = (box[2] - box[0]) * (box[3] - box[1])
    assert red_pixels(page, box) > area // 12  # the seal is there, red
    assert red_pixels(page) - red_pixels(page, box) < 50  # and nowhere else
    lower = (box[0], (box[1] + 2 * box[3]) // 3, box[2], box[3])
    image_only = tmp_path / "image-only.pdf"
    image_only.write_bytes(
        sign_pdf(
            pdf,
            signer,
            page=placement.page,
            box=placement.rect,
            stamp_style=seal_stamp_style(seal_png),
        )
    )
    plain = Image.open(render_pages(image_only, tmp_path / "plain")[placement.page - 1])
    text_drawn = ImageChops.difference(page.convert("RGB"), plain.convert("RGB"))
    assert sum(ImageStat.Stat(text_drawn.crop(lower)).mean) > 20  # the lines change the lower part
    top = (box[0], box[1], box[2], (2 * box[1] + box[3]) // 3)
    assert sum(ImageStat.Stat(text_drawn.crop(top)).mean) < 1  # and leave the name alone


def test_seal_is_multiplied_so_text_underneath_stays_dark(
    tmp_path: Path,
    seal_png: bytes,
    signer: SimpleSigner,
) -> None:
    pdf = sample_contract_bytes()
    placement = resolve_anchor(pdf, TextAnchor("盖章处"))
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(
        sign_pdf(
            pdf,
            signer,
            page=placement.page,
            box=placement.rect,
            stamp_style=seal_stamp_style(seal_png),
        )
    )
    before = Image.open(render_pages_bytes(pdf, tmp_path / "before")[placement.page - 1])
    after = Image.open(render_pages(signed, tmp_path / "after")[placement.page - 1])
    box = pixel_box(placement.rect, 841.89)
    assert dark_pixels(after, box) >= dark_pixels(before, box) * 0.8


def render_pages_bytes(pdf: bytes, prefix: Path) -> list[Path]:
    source = prefix.with_suffix(".pdf")
    source.write_bytes(pdf)
    return render_pages(source, prefix)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_seal_stays_upright_on_rotated_pages(
    tmp_path: Path,
    seal_png: bytes,
    signer,
    rotation: int,
) -> None:
    def seal_as_seen(rotate: int, style_rotation: int) -> Image.Image:
        pdf = make_pdf(text="", rotate=rotate, cropbox=(20, 30, 580, 770))
        geometry = PageGeometry(box=(20, 30, 580, 770), rotation=rotate)
        w, h = geometry.visible_size
        seen = (w / 2 - 90, h / 2 - 90, w / 2 + 90, h / 2 + 90)
        rect = geometry.visible_rect_to_user(seen)
        style = seal_stamp_style(seal_png, ["签署人：%(signer)s"], rotation=style_rotation)
        out = tmp_path / f"r{rotate}-{style_rotation}.pdf"
        out.write_bytes(sign_pdf(pdf, signer, page=1, box=rect, stamp_style=style))
        image = Image.open(render_pages(out, tmp_path / f"r{rotate}-{style_rotation}")[0])
        s = DPI / 72
        return image.convert("RGB").crop(
            (
                round(seen[0] * s),
                round((h - seen[3]) * s),
                round(seen[2] * s),
                round((h - seen[1]) * s),
            )
        )

    upright = seal_as_seen(0, 0)
    rotated = seal_as_seen(rotation, rotation)
    turned = seal_as_seen(rotation, 0)  # without counter-rotation: proves the check can fail
    difference = lambda a, b: sum(ImageStat.Stat(ImageChops.difference(a, b)).mean)  # noqa: E731
    assert difference(upright, rotated) < 6
    assert difference(upright, turned) > 3 * difference(upright, rotated) + 6


def test_text_only_and_image_only_styles(
    tmp_path: Path, seal_png: bytes, signer: SimpleSigner
) -> None:
    pdf = make_pdf(text="")
    for name, style in (
        ("text", seal_stamp_style(None, ["甲方：%(signer)s", "", "日期：%(ts)s"])),
        ("image", seal_stamp_style(seal_png)),
    ):
        out = tmp_path / f"{name}.pdf"
        out.write_bytes(sign_pdf(pdf, signer, page=1, box=(100, 100, 260, 180), stamp_style=style))
        assert "Signature is Valid." in pdfsig(out)
        image = Image.open(render_pages(out, tmp_path / name)[0])
        box = pixel_box((100, 100, 260, 180), 800)
        if name == "text":
            assert dark_pixels(image, box) > 100 and red_pixels(image, box) == 0
        else:
            assert red_pixels(image, box) > 200


def test_style_needs_an_image_or_text_the_font_can_draw() -> None:
    with pytest.raises(SigningError, match="neither an image nor text"):
        seal_stamp_style(None, ["  "])
    with pytest.raises(SigningError, match="cannot draw 喆"):
        seal_stamp_style(None, ["经办人：张喆 %(signer)s"])


def test_page_rotation_is_applied_to_seal_styles_only(seal_png: bytes) -> None:
    style = seal_stamp_style(seal_png, ["%(signer)s"])
    assert getattr(for_page_rotation(style, -90), "rotation") == 270  # noqa: B009
    assert getattr(for_page_rotation(seal_stamp_style(seal_png), 180), "rotation") == 180  # noqa: B009
    other = TextStampStyle()
    assert for_page_rotation(other, 90) is other
    with pytest.raises(SigningError, match="multiple of 90"):
        seal_stamp_style(seal_png, rotation=45)
