"""The visible signature: the seal image, optionally with small text lines in the CJK font.

The seal is multiplied onto the page like ink.  In a PDF/A document the style adapts when the
stamp is made for it (see :mod:`crypto.seal.pdfa`): where transparency is not allowed the seal
becomes a fine 1-bit stencil in its ink colour, and the text gets a white outline instead of
the translucent plate.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PIL import Image
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.content import ResourceType
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
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

from crypto.errors import SigningError, Text
from crypto.seal.fonts import font_path, missing_characters
from crypto.seal.image import check_seal_image
from crypto.seal.pdfa import (
    PdfaTarget,
    SealStencil,
    calibrated_rgb,
    cid_set_stream,
    fill_colour,
    pdfa_target_of,
    seal_stencil,
    stencil_xobject,
)

TEXT_COLOUR = (0.08, 0.08, 0.08)
TEXT_OVER_SEAL_PT = 6
TEXT_ALONE_PT = 10
PLATE_OPACITY = 0.72  # white plate behind the text, so it stays legible over the red seal
HALO_WIDTH = 1.2  # white outline around the text where a translucent plate is not allowed
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
        raise SigningError(detail=Text("the seal has neither an image nor text"))
    missing = missing_characters(_PLACEHOLDER.sub("", text), font)
    if missing:
        raise SigningError(
            detail=Text("the bundled font cannot draw {missing} in the seal text", missing=missing)
        )
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
    pdfa: PdfaTarget | None = None  # set for the document the stamp is made for

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]
    ) -> StaticContentStamp:
        """Make the stamp that pyHanko renders into the signature field."""
        return SealImageStamp(writer=writer, style=_for_document(self, writer), box=box)


class SealImageStamp(StaticContentStamp):
    """Renders a :class:`SealImageStyle`."""

    style: SealImageStyle

    def render(self) -> bytes:
        """The appearance's content stream, counter-rotated for the page."""
        _declare_colour_space(self, self.style.pdfa)
        return _render_upright(self, super().render, self.style.rotation)

    def _render_background(self) -> bytes:
        if _opaque(self.style.pdfa):
            return _as_stencil(self)
        return _as_ink(self, super()._render_background())  # type: ignore[no-untyped-call]


@dataclass(frozen=True)
class SealStampStyle(TextStampStyle):
    """Text stamp whose text sits small on a light plate over the lower part of the seal."""

    text_area: tuple[float, float] = field(default=(0.03, 0.42))  # bottom, top (box fractions)
    rotation: int = 0
    pdfa: PdfaTarget | None = None  # set for the document the stamp is made for

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]
    ) -> TextStamp:
        """Make the stamp that pyHanko renders into the signature field."""
        style = _for_document(self, writer)
        return SealStamp(writer=writer, style=style, box=box, text_params=text_params)


class SealStamp(TextStamp):
    """Renders a :class:`SealStampStyle`."""

    style: SealStampStyle

    def render(self) -> bytes:
        """The appearance's content stream, counter-rotated for the page."""
        _declare_colour_space(self, self.style.pdfa)
        return _render_upright(self, super().render, self.style.rotation)

    def _render_background(self) -> bytes:
        if _opaque(self.style.pdfa):
            return _as_stencil(self)
        return _as_ink(self, super()._render_background())  # type: ignore[no-untyped-call]

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
        natural = self._inner_layout_natural_size()  # type: ignore[no-untyped-call]
        commands, (inner_width, inner_height) = natural
        position = self._inner_content_layout_rule().fit(self.box, inner_width, inner_height)
        if self.style.background is None:
            return [b"q", position.as_cm(), *commands, b"Q"]
        if _opaque(self.style.pdfa):
            # the same text stroked wide in white first: legible over the seal, fully opaque
            halo = b"q 1 1 1 RG %g w 1 j 1 Tr" % HALO_WIDTH
            return [b"q", position.as_cm(), halo, *commands, b"Q", *commands, b"Q"]
        self.set_resource(
            category=ResourceType.EXT_G_STATE,
            name=generic.pdf_name("/SealTextPlate"),
            value=generic.DictionaryObject(
                {generic.pdf_name("/ca"): generic.FloatObject(PLATE_OPACITY)}
            ),
        )
        plate = b"q /SealTextPlate gs 1 1 1 rg 0 0 %g %g re f Q" % (inner_width, inner_height)
        return [b"q", position.as_cm(), plate, *commands, b"Q"]


_Style = TypeVar("_Style", SealImageStyle, SealStampStyle)


def _for_document(style: _Style, writer: BasePdfFileWriter) -> _Style:
    """The style as it must be drawn into this writer's document (PDF/A or not)."""
    target = pdfa_target_of(writer)
    if target is None:
        return style
    if isinstance(style, SealStampStyle) and target.needs_cid_set:
        font = style.text_box_style.font
        if isinstance(font, GlyphAccumulatorFactory):
            text_style = dataclasses.replace(style.text_box_style, font=with_cid_set(font))
            return dataclasses.replace(style, pdfa=target, text_box_style=text_style)
    return dataclasses.replace(style, pdfa=target)


def _opaque(target: PdfaTarget | None) -> bool:
    return target is not None and target.opaque


def _declare_colour_space(stamp: BaseStamp, target: PdfaTarget | None) -> None:
    """Map the appearance's DeviceRGB to calibrated RGB where the output intent is not RGB."""
    if target is not None and target.calibrated:
        stamp.set_resource(
            category=ResourceType.COLOR_SPACE,
            name=generic.pdf_name("/DefaultRGB"),
            value=calibrated_rgb(),
        )


def _as_stencil(stamp: BaseStamp) -> bytes:
    """The seal as a 1-bit stencil filled with its ink colour: no soft mask, no blending."""
    background = stamp.style.background
    assert isinstance(background, PdfImage)
    stencil = _background_stencil(background)
    writer = stamp.writer
    assert writer is not None
    stamp.set_resource(
        category=ResourceType.XOBJECT,
        name=generic.pdf_name("/SealStencil"),
        value=writer.add_object(stencil_xobject(stencil.mask)),
    )
    width, height = background.box.width, background.box.height
    position = stamp.style.background_layout.fit(stamp.box, width, height)
    return b"q %s %s %g 0 0 %g 0 0 cm /SealStencil Do Q" % (
        position.as_cm(),
        fill_colour(stencil.colour),
        width,
        height,
    )


@functools.lru_cache(maxsize=4)
def _background_stencil(background: PdfImage) -> SealStencil:
    """One stencil per seal image of a batch (the style, and so the image, is shared)."""
    return seal_stencil(background.image)


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
        raise SigningError(
            detail=Text(
                "page rotation {rotation} is not a multiple of 90 degrees", rotation=rotation
            )
        )
    return rotation % 360


def _seal_image(image_png: bytes) -> PdfImage:
    """The seal as a pyHanko image (RGBA, so it is embedded with an /SMask)."""
    checked = check_seal_image(image_png)
    image = Image.open(io.BytesIO(checked.png)).convert("RGBA")
    image.load()
    return PdfImage(image, box=layout.BoxConstraints(width=image.width, height=image.height))


@dataclass(frozen=True)
class CidSetFontFactory(GlyphAccumulatorFactory):
    """pyHanko's embedded font subset plus the /CIDSet PDF/A-1 requires (ISO 19005-1, 6.3.5)."""

    def create_font_engine(
        self, writer: BasePdfFileWriter, obj_stream: object = None
    ) -> GlyphAccumulator:
        """A glyph accumulator that adds the /CIDSet when the subset is written."""
        return _CidSetGlyphAccumulator(
            writer=writer,
            font_handle=io.BytesIO(Path(self.font_file).read_bytes()),
            font_size=self.font_size,
            ot_script_tag=self.ot_script_tag,
            ot_language_tag=self.ot_language_tag,
            writing_direction=self.writing_direction,
            bcp47_lang_code=self.bcp47_lang_code,
            obj_stream=obj_stream,
        )


def with_cid_set(factory: GlyphAccumulatorFactory) -> CidSetFontFactory:
    """The same font settings, writing a /CIDSet."""
    settings = {f.name: getattr(factory, f.name) for f in dataclasses.fields(factory)}
    return CidSetFontFactory(**settings)


class _CidSetGlyphAccumulator(GlyphAccumulator):
    """Writes the subset as pyHanko does, then records which CIDs the subset holds."""

    def prepare_write(self) -> None:
        already = self._write_prepared
        super().prepare_write()  # type: ignore[no-untyped-call]
        if already:
            return
        if self.use_raw_gids:  # CIDs are glyph ids; the subset keeps every id (empty or not)
            cids: list[int] = list(range(len(self.tt.getGlyphOrder())))
        else:  # CID-keyed CFF: the subset's charset names the CIDs it kept
            charset = self.tt["CFF "].cff[0].charset
            cids = [0 if name == ".notdef" else int(name[3:]) for name in charset]
        descriptor = self.cidfont_obj._font_descriptor
        descriptor[generic.pdf_name("/CIDSet")] = self.writer.add_object(cid_set_stream(cids))


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
