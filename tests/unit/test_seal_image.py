"""Seal images: the generated company seal and the checks on a user's own seal picture."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from crypto.errors import SealImageError
from crypto.seal.image import check_seal_image, make_background_transparent, render_company_seal
from tests.unit.test_seal_support import red_pixels

pytestmark = pytest.mark.unit

NAME = "示例科技有限公司"


@pytest.fixture(scope="module")
def seal_png() -> bytes:
    return render_company_seal(NAME, code="91110000MA01ABCD2X")


def on_white(png: bytes) -> Image.Image:
    seal = Image.open(io.BytesIO(png)).convert("RGBA")
    sheet = Image.new("RGBA", seal.size, (255, 255, 255, 255))
    sheet.alpha_composite(seal)
    return sheet.convert("RGB")


def inked(alpha: Image.Image, box: tuple[int, int, int, int]) -> int:
    """Pixels in ``box`` that are more than half opaque."""
    return alpha.crop(box).point(lambda v: 255 if v > 128 else 0).histogram()[255]


def test_generated_seal_is_a_transparent_red_round_png(seal_png: bytes) -> None:
    image = Image.open(io.BytesIO(seal_png))
    assert image.format == "PNG" and image.mode == "RGBA" and image.size == (600, 600)
    alpha = image.getchannel("A")
    for corner in ((0, 0), (599, 0), (0, 599), (599, 599), (40, 40)):
        assert alpha.getpixel(corner) == 0
    # ring: opaque on the circle at 12, 3, 6 and 9 o'clock
    for x, y in ((300, 8), (591, 300), (300, 591), (8, 300)):
        assert alpha.getpixel((x, y)) > 200
    assert alpha.getpixel((300, 300)) > 200  # the star's centre
    # anti-aliased: partial alpha values exist, not just 0 and 255
    assert sum(1 for count in alpha.histogram() if count) > 50
    assert red_pixels(on_white(seal_png)) > 600 * 600 // 10


def test_generated_seal_has_text_on_the_arcs_and_below_the_star(seal_png: bytes) -> None:
    alpha = Image.open(io.BytesIO(seal_png)).getchannel("A")
    assert inked(alpha, (150, 40, 450, 150)) > 4000  # name on the upper arc
    assert inked(alpha, (160, 420, 440, 480)) > 2000  # 合同专用章 under the star
    assert inked(alpha, (220, 520, 380, 560)) > 800  # code on the lower arc
    without_code = Image.open(io.BytesIO(render_company_seal(NAME))).getchannel("A")
    assert inked(without_code, (220, 520, 380, 560)) == 0


def test_generated_seal_is_deterministic_and_sized() -> None:
    one = render_company_seal(
        "北京某某网络有限公司", code="1101080123456", kind="公章", size_px=300
    )
    two = render_company_seal(
        "北京某某网络有限公司", code="1101080123456", kind="公章", size_px=300
    )
    assert one == two
    assert Image.open(io.BytesIO(one)).size == (300, 300)


def test_long_names_still_fit_inside_the_ring() -> None:
    png = render_company_seal(
        "上海浦东新区某某某国际贸易发展股份有限公司", code="91310115MA1H7X2K3P"
    )
    alpha = Image.open(io.BytesIO(png)).getchannel("A")
    assert alpha.getpixel((0, 0)) == 0 and alpha.getpixel((300, 300)) > 200


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"name": "  "}, "empty"),
        ({"name": "堃喆科技有限公司"}, "堃喆"),
        ({"name": NAME, "size_px": 100}, "100 px"),
        ({"name": "名" * 41}, "too long"),
    ],
)
def test_generated_seal_refuses_bad_input(kwargs: dict[str, object], fragment: str) -> None:
    name = str(kwargs.pop("name"))
    with pytest.raises(SealImageError, match=fragment):
        render_company_seal(name, **kwargs)  # type: ignore[arg-type]


def test_check_accepts_a_transparent_png_unchanged(seal_png: bytes, tmp_path: Path) -> None:
    path = tmp_path / "seal.png"
    path.write_bytes(seal_png)
    checked = check_seal_image(path)
    assert (checked.width, checked.height, checked.converted) == (600, 600, False)
    assert checked.pil().getchannel("A").getpixel((0, 0)) == 0


def test_check_converts_a_white_background_jpeg(seal_png: bytes, tmp_path: Path) -> None:
    scanned = on_white(seal_png)
    path = tmp_path / "scan.jpg"
    scanned.save(path, format="JPEG", quality=85)
    checked = check_seal_image(str(path))
    assert checked.converted
    rgba = checked.pil()
    assert rgba.getchannel("A").getpixel((0, 0)) == 0  # paper is gone
    assert rgba.getchannel("A").getpixel((300, 300)) > 200  # ink stays
    r, g, b, _a = rgba.getpixel((300, 300))
    assert r > 180 and g < 80 and b < 80  # and stays red (no dark fringe from un-mixing)


def test_make_background_transparent_keeps_edges_the_ink_colour() -> None:
    image = Image.new("RGB", (300, 300), "white")
    ImageDraw.Draw(image).ellipse((20, 20, 280, 280), outline=(220, 30, 30), width=12)
    out = make_background_transparent(image)
    assert out.mode == "RGBA"
    for x in range(0, 300, 7):
        r, g, b, a = out.getpixel((x, 150))
        if a > 0:
            assert r > 150 and g < 120 and b < 120, (x, (r, g, b, a))


def test_check_refuses_an_opaque_coloured_background(seal_png: bytes) -> None:
    grey = Image.new("RGB", (400, 400), (90, 90, 90))
    buf = io.BytesIO()
    grey.save(buf, format="PNG")
    with pytest.raises(SealImageError, match="neither transparent nor white"):
        check_seal_image(buf.getvalue())


@pytest.mark.parametrize(
    ("size", "fragment"), [((150, 400), "at least 200"), ((4100, 300), "at most 4000")]
)
def test_check_refuses_too_small_or_too_large(size: tuple[int, int], fragment: str) -> None:
    buf = io.BytesIO()
    Image.new("RGBA", size, (0, 0, 0, 0)).save(buf, format="PNG")
    with pytest.raises(SealImageError, match=fragment):
        check_seal_image(buf.getvalue())


def test_check_refuses_an_empty_transparent_image() -> None:
    buf = io.BytesIO()
    Image.new("RGBA", (300, 300), (0, 0, 0, 0)).save(buf, format="PNG")
    with pytest.raises(SealImageError, match="empty"):
        check_seal_image(buf.getvalue())


def test_check_refuses_other_formats_and_garbage(seal_png: bytes, tmp_path: Path) -> None:
    gif = io.BytesIO()
    Image.open(io.BytesIO(seal_png)).save(gif, format="GIF")
    with pytest.raises(SealImageError, match="GIF, not PNG or JPEG"):
        check_seal_image(gif.getvalue())
    with pytest.raises(SealImageError, match="not a PNG or JPEG"):
        check_seal_image(b"%PDF-1.7 this is not an image")
    with pytest.raises(SealImageError, match="damaged"):
        check_seal_image(seal_png[: len(seal_png) // 2])
    with pytest.raises(SealImageError, match="missing.png"):
        check_seal_image(tmp_path / "missing.png")
