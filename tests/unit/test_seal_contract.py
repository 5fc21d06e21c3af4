"""The demo's bilingual sample contract: pages, anchor, fonts, determinism, and it renders."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from app.demo.contract import make_sample_contract, sample_contract_bytes, wrap
from crypto.errors import UsageError
from crypto.seal.fonts import font_bytes
from tests.unit.test_seal_support import render_pages

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("pages", [1, 2, 5])
def test_contract_has_the_pages_asked_for_and_one_anchor_on_the_last(pages: int) -> None:
    doc = pymupdf.open("pdf", sample_contract_bytes(pages=pages))
    assert doc.page_count == pages
    hits = [(page.number, len(page.search_for("盖章处"))) for page in doc]
    assert hits == [(n, 1 if n == pages - 1 else 0) for n in range(pages)]
    text = "".join(page.get_text() for page in doc)
    assert "销售合同" in text and "SALES CONTRACT" in text
    assert "示例科技有限公司" in text and "Demo Tech Co., Ltd." in text
    assert f"第 {pages} 页 / 共 {pages} 页" in text


def test_contract_is_written_atomically_and_deterministically(tmp_path: Path) -> None:
    names = {"company": "北京某某网络有限公司", "company_en": "Beijing Sample Network Co., Ltd."}
    first = make_sample_contract(tmp_path / "a.pdf", **names)
    second = make_sample_contract(tmp_path / "b.pdf", **names)
    assert first == tmp_path / "a.pdf"
    assert first.read_bytes() == second.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]  # no temp files
    assert first.read_bytes() != sample_contract_bytes()  # the company is in it
    assert "北京某某网络有限公司" in pymupdf.open(first)[0].get_text()


def test_contract_embeds_small_subsets_of_the_bundled_font() -> None:
    data = sample_contract_bytes()
    assert len(data) < 400_000
    doc = pymupdf.open("pdf", data)
    names = {font[3] for page in doc for font in page.get_fonts()}
    assert names and all("+Noto Sans CJK SC" in name for name in names)
    assert any(name.endswith("Bold") for name in names)


def test_contract_cjk_text_renders(tmp_path: Path) -> None:
    path = make_sample_contract(tmp_path / "contract.pdf")
    first = Image.open(render_pages(path, tmp_path / "page")[0]).convert("L")
    title = first.crop((250, 75, 420, 110))  # 销售合同 at 80 dpi
    assert title.point(lambda v: 255 if v < 100 else 0).histogram()[255] > 300


def test_company_names_the_font_cannot_draw_are_refused() -> None:
    with pytest.raises(UsageError, match="堃"):
        sample_contract_bytes(company="堃元科技有限公司")
    with pytest.raises(UsageError, match="1 to 99 pages"):
        sample_contract_bytes(pages=0)


def test_wrap_breaks_cjk_anywhere_latin_at_spaces_and_keeps_punctuation_on_the_line() -> None:
    font = pymupdf.Font(fontbuffer=font_bytes("regular"))
    lines = wrap("甲方同意向乙方出售产品，乙方同意购买。 Party A agrees to sell.", font, 10, 100)
    assert all(not line.startswith(("，", "。")) for line in lines)
    assert (
        "".join(lines).replace(" ", "")
        == "甲方同意向乙方出售产品，乙方同意购买。PartyAagreestosell."
    )
    assert all(not line.endswith(("Par", "Pa")) for line in lines)


def test_article_numbers_past_ninety_nine(tmp_path):
    from app.demo.contract_text import article_number_zh

    assert [article_number_zh(n) for n in (9, 10, 21, 100, 105, 110, 999)] == [
        "第九条", "第十条", "第二十一条", "第一百条", "第一百零五条", "第一百一十条", "第九百九十九条",
    ]
    import pymupdf

    from app.demo.contract import make_sample_contract

    assert pymupdf.open(make_sample_contract(tmp_path / "long.pdf", pages=40)).page_count == 40
