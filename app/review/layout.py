"""A4 text flow for the review report: wrapped CJK and Latin text, coloured bars, images, footers.

Text is placed with pymupdf's TextWriter in the bundled CJK font (no shaping, so no ligatures:
what a reader copies out of the report is what was written).  Characters the bundled GB2312
subset lacks (traditional characters, kana, hangul) fall back to MuPDF's Droid Sans Fallback;
characters neither font has print as "?".  Lines break between CJK characters, at spaces, after
path separators, and inside any token wider than the line (hashes, long paths).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import pymupdf

from crypto.seal.fonts import font_bytes

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
MUTED: Color = (0.35, 0.35, 0.35)
WHITE: Color = (1.0, 1.0, 1.0)
LINE: Color = (0.75, 0.75, 0.75)

PAGE = pymupdf.paper_rect("a4")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56.0, 56.0, 60.0
LEADING = 1.45
LABEL_WIDTH = 118.0
_BREAK_AFTER = set(" /\\")


@functools.cache
def _font(name: str) -> pymupdf.Font:
    if name == "fallback":
        return pymupdf.Font("cjk")
    return pymupdf.Font(fontbuffer=font_bytes(name))


@functools.cache
def _glyph(ch: str, bold: bool) -> tuple[str, float]:
    """Which font draws ``ch`` ("regular", "bold" or "fallback") and its advance at size 1."""
    main = "bold" if bold else "regular"
    for name in (main, "fallback"):
        font = _font(name)
        if font.has_glyph(ord(ch)):
            return name, font.text_length(ch, fontsize=1.0)
    return main, _font(main).text_length("?", fontsize=1.0)


def printable(text: str) -> str:
    """``text`` with control characters as spaces and undrawable characters as "?"."""
    out = []
    for ch in text:
        if ch in "\t\r\n" or ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            out.append(" ")
        elif _glyph(ch, False)[0] == "regular" or _font("fallback").has_glyph(ord(ch)):
            out.append(ch)
        else:
            out.append("?")
    return "".join(out)


def width(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in points."""
    return sum(_glyph(ch, bold)[1] for ch in text) * size


def wrap(text: str, size: float, limit: float, bold: bool = False) -> list[str]:
    """Lines no wider than ``limit`` (a token wider than a line is cut where it must)."""
    lines: list[str] = []
    line, line_w = "", 0.0
    for token in _tokens(printable(text)):
        token_w = width(token, size, bold)
        if line and line_w + token_w > limit:
            lines.append(line.rstrip())
            line, line_w = "", 0.0
            token = token.lstrip()
            token_w = width(token, size, bold)
        while token_w > limit:  # cut a long token at the last character that fits
            cut = _fitting(token, size, limit - line_w, bold) or 1
            lines.append(line + token[:cut])
            line, line_w = "", 0.0
            token = token[cut:]
            token_w = width(token, size, bold)
        line += token
        line_w += token_w
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _fitting(token: str, size: float, room: float, bold: bool) -> int:
    used = 0.0
    for i, ch in enumerate(token):
        used += _glyph(ch, bold)[1] * size
        if used > room:
            return i
    return len(token)


def _tokens(text: str) -> Iterator[str]:
    """Latin words with their trailing separator, and single CJK characters."""
    word = ""
    for ch in text:
        if ord(ch) >= 0x2E80:
            if word:
                yield word
                word = ""
            yield ch
            continue
        word += ch
        if ch in _BREAK_AFTER:
            yield word
            word = ""
    if word:
        yield word


class ReportCanvas:
    """Top-down flow on A4 pages: paragraphs, labelled fields, coloured bars and images."""

    def __init__(self) -> None:
        self.doc = pymupdf.open()
        self.width = PAGE.width - 2 * MARGIN_X
        self.bottom = PAGE.height - MARGIN_BOTTOM
        self._writers: dict[Color, pymupdf.TextWriter] = {}
        self.page = self._new_page()
        self.y = MARGIN_TOP

    def _new_page(self) -> pymupdf.Page:
        page: pymupdf.Page = self.doc.new_page(width=PAGE.width, height=PAGE.height)
        return page

    def new_page(self) -> None:
        """Finish this page and continue on a fresh one."""
        self._flush()
        self.page = self._new_page()
        self.y = MARGIN_TOP

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit on this one."""
        if self.y + height > self.bottom and self.y > MARGIN_TOP:
            self.new_page()

    def space(self, points: float) -> None:
        """Vertical gap (dropped at the top of a page)."""
        if self.y > MARGIN_TOP:
            self.y = min(self.y + points, self.bottom)

    def text(
        self, text: str, *, size: float = 9.5, bold: bool = False, color: Color = BLACK,
        indent: float = 0.0, x: float | None = None, limit: float | None = None,
    ) -> None:
        """A wrapped paragraph; it continues on the next page when it does not fit."""
        left = (MARGIN_X if x is None else x) + indent
        room = (self.width - indent) if limit is None else limit
        for line in wrap(text, size, room, bold):
            self.ensure(size * LEADING)
            self.y += size * LEADING
            self.put(left, self.y - size * 0.3, line, size=size, bold=bold, color=color)

    def heading(self, text: str, *, size: float = 12.0, keep: float = 48.0) -> None:
        """A bold heading kept on one page with at least ``keep`` points of what follows."""
        self.space(size * 0.6)
        self.ensure(size * LEADING * len(wrap(text, size, self.width, True)) + keep)
        self.text(text, size=size, bold=True)
        self.y += 2

    def field(self, label: str, value: str, *, size: float = 9.0, color: Color = BLACK) -> None:
        """``label`` in a left column and ``value`` wrapped beside it."""
        labels = wrap(label, size, LABEL_WIDTH - 8)
        values = wrap(value or "—", size, self.width - LABEL_WIDTH)
        step = size * LEADING
        self.ensure(step * min(3, max(len(labels), len(values))))
        for i in range(max(len(labels), len(values))):
            self.ensure(step)
            self.y += step
            if i < len(labels):
                self.put(MARGIN_X, self.y - size * 0.3, labels[i], size=size, color=MUTED)
            if i < len(values):
                self.put(MARGIN_X + LABEL_WIDTH, self.y - size * 0.3, values[i], size=size,
                         color=color)
        self.y += 1.5

    def bar(self, text: str, fill: Color, *, size: float = 12.0, note: str = "") -> None:
        """A full-width coloured bar with white bold text (a verdict)."""
        lines = wrap(text, size, self.width - 16, bold=True)
        height = len(lines) * size * LEADING + 10
        self.ensure(height + 4)
        rect = pymupdf.Rect(MARGIN_X, self.y + 2, MARGIN_X + self.width, self.y + 2 + height)
        self.page.draw_rect(rect, color=None, fill=fill, radius=0.12)
        y = rect.y0 + 5
        for line in lines:
            y += size * LEADING
            self.put(rect.x0 + 8, y - size * 0.35, line, size=size, bold=True, color=WHITE)
        self.y = rect.y1 + 3
        if note:
            self.text(note, size=9.0, color=MUTED)

    def chip(self, x: float, fill: Color, size: float = 9.0) -> None:
        """A small coloured square on the current line (a legend or summary entry)."""
        top = self.y - size * 0.95
        self.page.draw_rect(pymupdf.Rect(x, top, x + size * 0.9, top + size * 0.9),
                            color=None, fill=fill)

    def rule(self) -> None:
        """A thin horizontal line."""
        self.ensure(6)
        self.y += 4
        self.page.draw_line((MARGIN_X, self.y), (MARGIN_X + self.width, self.y), color=LINE,
                            width=0.6)
        self.y += 4

    def images(self, items: list[tuple[str, bytes]], *, height: float) -> None:
        """Images side by side, each under its caption, scaled to ``height`` points at most."""
        if not items:
            return
        gap = 12.0
        cell = (self.width - gap * (len(items) - 1)) / len(items)
        caption = 8.5 * LEADING
        self.ensure(height + caption + 6)
        top = self.y
        for i, (title, png) in enumerate(items):
            x = MARGIN_X + i * (cell + gap)
            self.put(x, top + caption - 3, wrap(title, 8.5, cell)[0], size=8.5, color=MUTED)
            pix = pymupdf.Pixmap(png)
            scale = min(cell / pix.width, height / pix.height)
            box = pymupdf.Rect(x, top + caption + 2, x + pix.width * scale,
                               top + caption + 2 + pix.height * scale)
            self.page.insert_image(box, stream=png)
            self.page.draw_rect(box, color=LINE, width=0.5)
            self.y = max(self.y, box.y1)
        self.y += 6

    def put(self, x: float, y: float, text: str, *, size: float, bold: bool = False,
            color: Color = BLACK) -> None:
        """Write one line at a baseline, switching to the fallback font where needed."""
        writer = self._writers.get(color)
        if writer is None:
            writer = self._writers[color] = pymupdf.TextWriter(self.page.rect, color=color)
        for run, font_name in _runs(text, bold):
            writer.append((x, y), run, font=_font(font_name), fontsize=size)
            x += width(run, size, bold)

    def _flush(self) -> None:
        for color, writer in self._writers.items():
            writer.write_text(self.page, color=color)
        self._writers = {}

    def finish(self, footer: Callable[[int, int], str]) -> bytes:
        """The PDF, every page with ``footer(page, pages)`` at its foot."""
        self._flush()
        total = self.doc.page_count
        for number in range(total):
            self.page = self.doc[number]
            text = printable(footer(number + 1, total))
            self.put((PAGE.width - width(text, 7.5)) / 2, PAGE.height - MARGIN_BOTTOM / 2, text,
                     size=7.5, color=MUTED)
            self._flush()
        self.doc.subset_fonts()
        data: bytes = self.doc.tobytes(garbage=3, deflate=True)
        self.doc.close()
        return data


def _runs(text: str, bold: bool) -> Iterator[tuple[str, str]]:
    """Pieces of one line with the font that draws each (spaces join the piece before)."""
    run, current = "", "bold" if bold else "regular"
    for ch in text:
        name = current if ch == " " else _glyph(ch, bold)[0]
        if run and name != current:
            yield run, current
            run = ""
        run += ch
        current = name
    if run:
        yield run, current
