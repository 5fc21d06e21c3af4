"""The visible signature: the seal image, optionally with small text lines in the CJK font."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PIL import Image
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.content import ResourceType
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.stamp import (
    BaseStamp,
    BaseStampStyle,
    StaticContentStamp,
    StaticStampStyle,
    TextStamp,
    TextStampStyle,
)

from crypto.errors import SigningError
from crypto.seal.fonts import font_path, missing_characters
from crypto.seal.image import check_seal_image

TEXT_COLOUR = (0.08, 0.08, 0.08)
TEXT_OVER_SEAL_PT = 6
TEXT_ALONE_PT = 10
PLATE_OPACITY = 0.72  # white plate behind the text, so it stays legible over the red seal
DEFAULT_TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S %z"
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")

_FILL_BOX = layout.SimpleBoxLayoutRule(
    x_align=layout.AxisAlignment.ALIGN_MID,
    y_align=layout.AxisAlignment.ALIGN_MID,
    margins=layout.Margins(),
    inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT,
)


def seal_stamp_style(
    image_png: bytes | None,
    lines: Sequence[str] = (),
    *,
    font: str = "regular",
    font_size: int | None = None,
    timestamp_format: str = DEFAULT_TIMESTAMP_FORMAT,
    rotation: int = 0,
) -> BaseStampStyle:
    """A pyHanko stamp style: the seal filling the box, text lines (if any) over its lower part.

    Lines may use pyHanko's ``%(signer)s`` and ``%(ts)s``; other ``%`` signs are literal.
    ``font_size`` defaults to 6 pt over a seal and 10 pt for text alone (shrunk to fit).
    ``rotation`` is the page's /Rotate; the appearance is counter-rotated so it looks upright.
    """
    background = _seal_image(image_png) if image_png is not None else None
    text = "\n".join(_escape_percent(line) for line in lines if line.strip())
    if background is None and not text:
        raise SigningError(detail="the seal has neither an image nor text")
    missing = missing_characters(_PLACEHOLDER.sub("", text), font)
    if missing:
        raise SigningError(detail=f"the bundled font cannot draw {missing} in the seal text")
    rotation = _check_rotation(rotation)
    if font_size is None:
        font_size = TEXT_OVER_SEAL_PT if background is not None else TEXT_ALONE_PT
    if not text:
        return SealImageStyle(
            background=background,
            background_layout=_FILL_BOX,
            background_opacity=1.0,
            border_width=0,
            rotation=rotation,
        )
    text_style = TextBoxStyle(
        font=GlyphAccumulatorFactory(str(font_path(font)), font_size=font_size),
        font_size=font_size,
        leading=max(font_size + 1, round(font_size * 1.25)),
        text_color=TEXT_COLOUR,
        box_layout_rule=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(1),
        ),
    )
    return SealStampStyle(
        background=background,
        background_layout=_FILL_BOX,
        background_opacity=1.0,
        border_width=0,
        text_box_style=text_style,
        stamp_text=text,
        timestamp_format=timestamp_format,
        rotation=rotation,
    )


def for_page_rotation(style: BaseStampStyle, rotation: int) -> BaseStampStyle:
    """The same seal style made upright for a page with this /Rotate (others returned as is)."""
    if isinstance(style, SealStampStyle | SealImageStyle):
        return dataclasses.replace(style, rotation=_check_rotation(rotation))
    return style


@dataclass(frozen=True)
class SealImageStyle(StaticStampStyle):
    """The seal image alone, filling the field."""

    rotation: int = 0

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]
    ) -> StaticContentStamp:
        """Make the stamp that pyHanko renders into the signature field."""
        return SealImageStamp(writer=writer, style=self, box=box)


class SealImageStamp(StaticContentStamp):
    """Renders a :class:`SealImageStyle`."""

    def render(self) -> bytes:
        """The appearance's content stream, counter-rotated for the page."""
        return _render_upright(self, super().render, self.style.rotation)

    def _render_background(self) -> bytes:
        return _as_ink(self, super()._render_background())


@dataclass(frozen=True)
class SealStampStyle(TextStampStyle):
    """Text stamp whose text sits small on a light plate over the lower part of the seal."""

    text_area: tuple[float, float] = field(default=(0.03, 0.42))  # bottom, top (box fractions)
    rotation: int = 0

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]
    ) -> TextStamp:
        """Make the stamp that pyHanko renders into the signature field."""
        return SealStamp(writer=writer, style=self, box=box, text_params=text_params)


class SealStamp(TextStamp):
    """Renders a :class:`SealStampStyle`."""

    style: SealStampStyle

    def render(self) -> bytes:
        """The appearance's content stream, counter-rotated for the page."""
        return _render_upright(self, super().render, self.style.rotation)

    def _render_background(self) -> bytes:
        return _as_ink(self, super()._render_background())

    def _inner_content_layout_rule(self) -> layout.SimpleBoxLayoutRule:
        width, height = self.box.width, self.box.height
        if self.style.background is None:
            margins = layout.Margins.uniform(max(1, round(min(width, height) * 0.04)))
            y_align = layout.AxisAlignment.ALIGN_MID
        else:
            bottom, top = self.style.text_area
            side = round(width * 0.03)
            margins = layout.Margins(
                left=side, right=side, bottom=round(height * bottom), top=round(height * (1 - top))
            )
            y_align = layout.AxisAlignment.ALIGN_MIN
        return layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=y_align,
            margins=margins,
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT,
        )

    def _render_inner_content(self) -> list[bytes]:
        commands, (inner_width, inner_height) = self._inner_layout_natural_size()
        position = self._inner_content_layout_rule().fit(self.box, inner_width, inner_height)
        plate = b""
        if self.style.background is not None:
            self.set_resource(
                category=ResourceType.EXT_G_STATE,
                name=generic.pdf_name("/SealTextPlate"),
                value=generic.DictionaryObject(
                    {generic.pdf_name("/ca"): generic.FloatObject(PLATE_OPACITY)}
                ),
            )
            plate = b"q /SealTextPlate gs 1 1 1 rg 0 0 %g %g re f Q" % (inner_width, inner_height)
        return [b"q", position.as_cm(), plate, *commands, b"Q"]


def _as_ink(stamp: BaseStamp, background: bytes) -> bytes:
    """Multiply the seal onto the page like ink, so the text under it stays readable."""
    stamp.set_resource(
        category=ResourceType.EXT_G_STATE,
        name=generic.pdf_name("/SealInk"),
        value=generic.DictionaryObject({generic.pdf_name("/BM"): generic.pdf_name("/Multiply")}),
    )
    return b"q /SealInk gs " + background + b" Q"


def _render_upright(stamp: BaseStamp, render: Callable[[], bytes], rotation: int) -> bytes:
    """Lay the stamp out as seen on the rotated page, then turn it back into the field's box."""
    if rotation == 0:
        return render()
    box = stamp.box
    width, height = box.width, box.height
    seen = (height, width) if rotation in (90, 270) else (width, height)
    stamp.box = layout.BoxConstraints(width=seen[0], height=seen[1])
    try:
        inner = render()
    finally:
        stamp.box = box
    matrix = {
        90: (0, 1, -1, 0, width, 0),
        180: (-1, 0, 0, -1, width, height),
        270: (0, -1, 1, 0, 0, height),
    }[rotation]
    return b"q %g %g %g %g %g %g cm " % matrix + inner + b" Q"


def _check_rotation(rotation: int) -> int:
    if rotation % 90 != 0:
        raise SigningError(detail=f"page rotation {rotation} is not a multiple of 90 degrees")
    return rotation % 360


def _seal_image(image_png: bytes) -> PdfImage:
    """The seal as a pyHanko image (RGBA, so it is embedded with an /SMask)."""
    checked = check_seal_image(image_png)
    image = Image.open(io.BytesIO(checked.png)).convert("RGBA")
    image.load()
    return PdfImage(image, box=layout.BoxConstraints(width=image.width, height=image.height))


def _escape_percent(line: str) -> str:
    """Keep %(name)s placeholders for pyHanko, make every other % literal."""
    parts = []
    last = 0
    for match in _PLACEHOLDER.finditer(line):
        parts.append(line[last : match.start()].replace("%", "%%"))
        parts.append(match.group(0))
        last = match.end()
    parts.append(line[last:].replace("%", "%%"))
    return "".join(parts)
