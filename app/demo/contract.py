"""A bilingual sample sales contract (PDF) with a "盖章处" anchor where the seal should go.

Used by the demo, the tests and the benchmarks: fast (a few ms once the fonts are loaded) and
deterministic (same arguments, same bytes).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pymupdf

from app.atomic import atomic_output
from app.demo import contract_text as txt
from crypto.errors import Text, UsageError
from crypto.seal.fonts import font_bytes, missing_characters

PAGE_W, PAGE_H = 595.28, 841.89  # A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 64.0, 72.0, 76.0
BODY_ZH, BODY_EN, HEADING, TITLE = 10.5, 9.0, 10.5, 20.0
LEADING = 1.55
PARAGRAPH_GAP = 5.0
CLAUSE_GAP = 9.0
SIGNATURE_BLOCK_H = 200.0
GREY = (0.3, 0.3, 0.3)
FIXED_DATE = "D:20250101090000+08'00'"
_NO_LINE_START = set("，。、；：？！）》」』】〕”’%,.;:?!)]")


@functools.cache
def _font(weight: str) -> pymupdf.Font:
    return pymupdf.Font(fontbuffer=font_bytes(weight))


_ADVANCES: dict[tuple[str, str], float] = {}


def text_width(text: str, font: pymupdf.Font, size: float) -> float:
    """Width of a line in points (advances summed, cached per character: no kerning here)."""
    total = 0.0
    name = font.name
    for ch in text:
        advance = _ADVANCES.get((name, ch))
        if advance is None:
            advance = _ADVANCES[(name, ch)] = font.text_length(ch, fontsize=1.0)
        total += advance
    return total * size


def make_sample_contract(
    path: Path,
    *,
    company: str = "示例科技有限公司",
    company_en: str = "Demo Tech Co., Ltd.",
    pages: int = 2,
) -> Path:
    """Write a bilingual sales contract of ``pages`` pages (seller: ``company``) to ``path``."""
    data = sample_contract_bytes(company=company, company_en=company_en, pages=pages)
    with atomic_output(Path(path), overwrite=True) as fh:
        fh.write(data)
    return Path(path)


def sample_contract_bytes(
    *, company: str = "示例科技有限公司", company_en: str = "Demo Tech Co., Ltd.", pages: int = 2
) -> bytes:
    """The sample contract as PDF bytes (see :func:`make_sample_contract`)."""
    if not 1 <= pages <= 99:
        raise UsageError(
            detail=Text("a sample contract has 1 to 99 pages, not {pages}", pages=pages)
        )
    missing = missing_characters(company + company_en)
    if missing:
        raise UsageError(
            detail=Text(
                "the bundled font cannot draw {missing} in the company name", missing=missing
            )
        )
    doc = pymupdf.open()
    writer = _Layout(doc, pages)
    writer.title_block(company, company_en)
    clauses = _clause_stream()
    number = 1
    for page_no in range(1, pages + 1):
        last = page_no == pages
        reserve = _closing_height(writer) if last else 0.0
        while True:
            clause = next(clauses)
            if not writer.fits(clause, reserve):
                clauses = _push_back(clause, clauses)
                break
            writer.clause(number, clause)
            number += 1
        if last:
            for clause in txt.CLOSING_CLAUSES:
                writer.clause(number, clause)
                number += 1
            writer.signature_block(company, company_en)
        else:
            writer.new_page()
    writer.finish()
    doc.set_metadata(
        {
            "title": f"{txt.TITLE_ZH} {txt.TITLE_EN}",
            "author": company,
            "subject": "SealDesk sample contract",
            "creator": "SealDesk demo",
            "producer": "SealDesk",
            "creationDate": FIXED_DATE,
            "modDate": FIXED_DATE,
        }
    )
    doc.subset_fonts()
    file_id = hashlib.sha256(f"{company}|{company_en}|{pages}".encode()).hexdigest()[:32]
    doc.xref_set_key(-1, "ID", f"[<{file_id}><{file_id}>]")
    data: bytes = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def _clause_stream() -> Iterator[txt.Clause]:
    yield from txt.BODY_CLAUSES
    n = 1
    while True:
        c = txt.EXTRA_CLAUSE
        yield txt.Clause(c.heading_zh.format(n=n), c.heading_en.format(n=n), c.body_zh, c.body_en)
        n += 1


def _push_back(first: txt.Clause, rest: Iterator[txt.Clause]) -> Iterator[txt.Clause]:
    yield first
    yield from rest


def _closing_height(layout: _Layout) -> float:
    return sum(layout.clause_height(c) for c in txt.CLOSING_CLAUSES) + SIGNATURE_BLOCK_H


@functools.lru_cache(maxsize=1024)
def wrap(text: str, font: pymupdf.Font, size: float, width: float) -> tuple[str, ...]:
    """Break text into lines: anywhere between CJK characters, at spaces in Latin text."""
    lines: list[str] = []
    line, line_w = "", 0.0
    for token in _tokens(text):
        token_w = text_width(token, font, size)
        if line and line_w + token_w > width and token[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            token = token.lstrip()
            line, line_w = "", 0.0
            token_w = text_width(token, font, size)
        line += token
        line_w += token_w
    if line.strip():
        lines.append(line.rstrip())
    return tuple(lines)


def _tokens(text: str) -> Iterator[str]:
    """Latin words (with their trailing space) and single CJK characters."""
    word = ""
    for ch in text:
        if ord(ch) < 0x2E80:
            word += ch
            if ch == " ":
                yield word
                word = ""
        else:
            if word:
                yield word
                word = ""
            yield ch
    if word:
        yield word


class _Layout:
    """Top-down text flow on A4 pages with page footers."""

    def __init__(self, doc: pymupdf.Document, total_pages: int) -> None:
        self.doc = doc
        self.total = total_pages
        self.regular, self.bold = _font("regular"), _font("bold")
        self.width = PAGE_W - 2 * MARGIN_X
        self.page = doc.new_page(width=PAGE_W, height=PAGE_H)
        self.black = pymupdf.TextWriter(self.page.rect)
        self.grey = pymupdf.TextWriter(self.page.rect, color=GREY)
        self.y = MARGIN_TOP

    def new_page(self) -> None:
        """Finish the current page and start the next one."""
        self._flush()
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.black = pymupdf.TextWriter(self.page.rect)
        self.grey = pymupdf.TextWriter(self.page.rect, color=GREY)
        self.y = MARGIN_TOP

    def finish(self) -> None:
        """Write the last page's text."""
        self._flush()

    def _flush(self) -> None:
        number = self.page.number + 1
        footer = f"第 {number} 页 / 共 {self.total} 页    Page {number} of {self.total}"
        self._centred(self.grey, footer, self.regular, 8.0, PAGE_H - MARGIN_BOTTOM / 2)
        self.black.write_text(self.page)
        self.grey.write_text(self.page)

    def _centred(
        self, tw: pymupdf.TextWriter, text: str, font: pymupdf.Font, size: float, y: float
    ) -> None:
        x = (PAGE_W - text_width(text, font, size)) / 2
        tw.append((x, y), text, font=font, fontsize=size)

    def _paragraph(
        self, tw: pymupdf.TextWriter, text: str, font: pymupdf.Font, size: float, indent: float = 0
    ) -> None:
        for line in wrap(text, font, size, self.width - indent):
            self.y += size * LEADING
            tw.append((MARGIN_X + indent, self.y), line, font=font, fontsize=size)

    def _height(self, text: str, font: pymupdf.Font, size: float, indent: float = 0) -> float:
        return len(wrap(text, font, size, self.width - indent)) * size * LEADING

    def title_block(self, company: str, company_en: str) -> None:
        """Title, contract number, the two parties and the preamble."""
        self.y += TITLE
        self._centred(self.black, txt.TITLE_ZH, self.bold, TITLE, self.y)
        self.y += 18
        self._centred(self.grey, txt.TITLE_EN, self.bold, 11, self.y)
        number = "SD-" + hashlib.sha256(company.encode()).hexdigest()[:8].upper()
        self.y += 10
        self._paragraph(self.grey, f"合同编号 / Contract No.: {number}", self.regular, BODY_EN)
        self.y += PARAGRAPH_GAP
        for role_zh, role_en, zh, en in (
            ("甲方（卖方）", "Party A (Seller)", company, company_en),
            ("乙方（买方）", "Party B (Buyer)", txt.BUYER_ZH, txt.BUYER_EN),
        ):
            self._paragraph(self.black, f"{role_zh}：{zh}", self.bold, BODY_ZH)
            self._paragraph(self.grey, f"{role_en}: {en}", self.regular, BODY_EN)
        self.y += PARAGRAPH_GAP
        self._paragraph(self.black, txt.PREAMBLE_ZH, self.regular, BODY_ZH)
        self._paragraph(self.grey, txt.PREAMBLE_EN, self.regular, BODY_EN)
        self.y += CLAUSE_GAP

    def clause_height(self, clause: txt.Clause, number: int = 10) -> float:
        """Height the clause takes, gaps included."""
        heading = f"{txt.article_number_zh(number)} {clause.heading_zh}"
        return (
            self._height(heading, self.bold, HEADING)
            + self._height(clause.body_zh, self.regular, BODY_ZH, 21)
            + self._height(clause.body_en, self.regular, BODY_EN, 21)
            + PARAGRAPH_GAP
            + CLAUSE_GAP
        )

    def fits(self, clause: txt.Clause, reserve: float) -> bool:
        """Whether the clause fits on this page above ``reserve`` points kept free."""
        bottom = PAGE_H - MARGIN_BOTTOM - reserve
        return self.y + self.clause_height(clause) <= bottom

    def clause(self, number: int, clause: txt.Clause) -> None:
        """One article: bold heading (Chinese / English), Chinese text, English text."""
        heading = f"{txt.article_number_zh(number)} {clause.heading_zh}"
        self._paragraph(self.black, heading, self.bold, HEADING)
        self.grey.append(
            (MARGIN_X + text_width(heading, self.bold, HEADING) + 8, self.y),
            f"Article {number}  {clause.heading_en}",
            font=self.regular,
            fontsize=BODY_EN,
        )
        self._paragraph(self.black, clause.body_zh, self.regular, BODY_ZH, 21)
        self.y += PARAGRAPH_GAP / 2
        self._paragraph(self.grey, clause.body_en, self.regular, BODY_EN, 21)
        self.y += PARAGRAPH_GAP / 2 + CLAUSE_GAP

    def signature_block(self, company: str, company_en: str) -> None:
        """Both parties' signature columns; Party A's holds the 盖章处 anchor."""
        top = PAGE_H - MARGIN_BOTTOM - SIGNATURE_BLOCK_H + 20
        col_w = self.width / 2
        shape = self.page.new_shape()
        shape.draw_line((MARGIN_X, top - 8), (PAGE_W - MARGIN_X, top - 8))
        shape.finish(color=GREY, width=0.5)
        shape.commit()
        columns = (
            (MARGIN_X, "甲方（卖方）", "Party A (Seller)", company, company_en, True),
            (
                MARGIN_X + col_w,
                "乙方（买方）",
                "Party B (Buyer)",
                txt.BUYER_ZH,
                txt.BUYER_EN,
                False,
            ),
        )
        for x, role_zh, role_en, zh, en, anchor in columns:
            y = top + 12
            self.black.append((x, y), f"{role_zh}：{zh}", font=self.bold, fontsize=BODY_ZH)
            self.grey.append((x, y + 14), f"{role_en}: {en}", font=self.regular, fontsize=BODY_EN)
            seal_label = f"（{txt.ANCHOR}）" if anchor else "（盖章）"
            self.black.append((x + 40, y + 70), seal_label, font=self.regular, fontsize=BODY_ZH)
            self.grey.append((x + 40, y + 84), "(Seal here)" if anchor else "(Seal)",
                             font=self.regular, fontsize=BODY_EN)  # fmt: skip
            self.black.append((x, y + 130), "授权代表（签字）：____________", font=self.regular,
                              fontsize=BODY_ZH)  # fmt: skip
            self.grey.append((x, y + 144), "Authorized representative (signature)",
                             font=self.regular, fontsize=BODY_EN)  # fmt: skip
            self.black.append((x, y + 164), "日期：______年____月____日", font=self.regular,
                              fontsize=BODY_ZH)  # fmt: skip
        self.y = PAGE_H - MARGIN_BOTTOM
