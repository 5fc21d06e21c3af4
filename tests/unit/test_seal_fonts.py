"""The bundled CJK font: present, small enough, complete for GB2312, and usable by MuPDF."""

from __future__ import annotations

from importlib import resources

import pymupdf
import pytest
from fontTools.ttLib import TTFont

from crypto.seal.fonts import FONT_FILES, font_bytes, font_path, missing_characters

pytestmark = pytest.mark.unit


def gb2312_hanzi() -> list[str]:
    chars = []
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


@pytest.mark.parametrize("weight", sorted(FONT_FILES))
def test_font_ships_as_a_resource_and_is_small(weight: str) -> None:
    path = font_path(weight)
    assert path.name == FONT_FILES[weight]
    assert resources.files("resources").joinpath("fonts", path.name).is_file()
    assert 1_000_000 < path.stat().st_size <= 4 * 1024 * 1024


def test_licence_readme_and_script_ship_with_the_font() -> None:
    folder = resources.files("resources").joinpath("fonts")
    assert "SIL OPEN FONT LICENSE Version 1.1" in folder.joinpath("OFL.txt").read_text("utf-8")
    readme = folder.joinpath("README.md").read_text("utf-8")
    assert "2.004" in readme and "make_subset.py" in readme
    assert folder.joinpath("make_subset.py").is_file()


@pytest.mark.parametrize("weight", sorted(FONT_FILES))
def test_font_covers_all_gb2312_hanzi_and_punctuation(weight: str) -> None:
    hanzi = gb2312_hanzi()
    assert len(hanzi) == 6763
    assert missing_characters("".join(hanzi), weight) == ""
    assert missing_characters("，。、；：？！“”‘’（）《》【】—…·￥＠Ａ０ ¥é", weight) == ""


def test_missing_characters_lists_each_once_in_order() -> None:
    assert missing_characters("堃示例堃喆 科技") == "堃喆"


@pytest.mark.parametrize("weight", sorted(FONT_FILES))
def test_font_is_cid_keyed_cff_with_cid_equal_to_glyph_index(weight: str) -> None:
    font = TTFont(font_path(weight))
    top = font["CFF "].cff.topDictIndex[0]
    assert top.ROS == ("Adobe", "Identity", 0)
    assert all(name == f"cid{gid:05d}" for gid, name in enumerate(top.charset) if gid)
    assert font["name"].getDebugName(1) == "Noto Sans CJK SC"


def test_mupdf_subsetting_keeps_the_cjk_glyphs() -> None:
    """Regression: MuPDF's subsetter dropped CJK glyphs while CIDs differed from glyph indices."""
    font = pymupdf.Font(fontbuffer=font_bytes("regular"))
    doc = pymupdf.open()
    page = doc.new_page(width=200, height=80)
    writer = pymupdf.TextWriter(page.rect)
    writer.append((10, 50), "合同盖章", font=font, fontsize=40)
    writer.write_text(page)
    doc.subset_fonts()
    data = doc.tobytes(garbage=3, deflate=True)
    assert len(data) < 200_000
    rendered = pymupdf.open("pdf", data)[0].get_pixmap(dpi=72)
    dark = sum(
        1
        for y in range(rendered.height)
        for x in range(rendered.width)
        if rendered.pixel(x, y)[0] < 100
    )
    assert dark > 500


@pytest.mark.parametrize("weight", sorted(FONT_FILES))
def test_every_glyph_has_one_code_point(weight: str) -> None:
    """Regression: MuPDF extracted shared glyphs as the highest code point (space → U+00A0)."""
    cmap = TTFont(font_path(weight)).getBestCmap()
    assert len(set(cmap.values())) == len(cmap)
    assert cmap[0x20] != ".notdef" and 0xA0 not in cmap and 0x2011 not in cmap
