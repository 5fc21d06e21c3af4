"""Draw a classic round red Chinese company seal (公章 / 合同专用章) as a transparent PNG."""

from __future__ import annotations

import functools
import hashlib
import io
import math

from PIL import Image, ImageChops, ImageDraw, ImageFont

from crypto.errors import SealImageError, Text
from crypto.seal.fonts import font_path, missing_characters

SEAL_RED = (218, 28, 34)
SUPERSAMPLE = 3
MAX_NAME_CHARS = 40
MAX_CODE_CHARS = 24

# Proportions of the seal's diameter, after common 40 mm company seals.
_RING_OUTER = 0.490
_RING_WIDTH = 0.034
_NAME_HEIGHT = 0.150
_NAME_GAP = 0.022
_NAME_MAX_SPAN = 216.0  # degrees between the first and last character centres
_NAME_LONG_SPAN = 236.0  # long names may reach further down the sides
_NAME_STEP = 34.0
_STAR_RADIUS = 0.165
_KIND_HEIGHT = 0.088
_KIND_CENTRE_Y = 0.255
_KIND_MAX_WIDTH = 0.50
_CODE_HEIGHT = 0.056
_CODE_GAP = 0.014
_TEXTURE = 0.10  # how much the ink may fade in places (0 = flat colour)

# Noto Sans CJK's ideographic em box runs from 0.88 em above the baseline to 0.12 em below.
_EM_TOP = 0.88


def render_company_seal(
    name: str, *, code: str | None = None, kind: str = "合同专用章", size_px: int = 600
) -> bytes:
    """A round red company seal as an RGBA PNG: name on the upper arc, star, kind, code below."""
    name = "".join(name.split())
    kind = "".join(kind.split())
    code = "".join((code or "").split())
    generated = Text("(generated seal)")
    if not name:
        raise SealImageError(path=generated, detail=Text("the company name is empty"))
    if len(name) > MAX_NAME_CHARS or len(code) > MAX_CODE_CHARS:
        raise SealImageError(path=generated, detail=Text("the name or code is too long"))
    if not 200 <= size_px <= 4000:
        raise SealImageError(
            path=generated, detail=Text("size {size} px is not 200-4000", size=size_px)
        )
    missing = missing_characters(name + kind + code, "bold")
    if missing:
        raise SealImageError(
            path=generated,
            detail=Text("the bundled font has no glyph for {missing}", missing=missing),
        )
    work = size_px * SUPERSAMPLE
    ink = Image.new("L", (work, work), 0)
    _draw_ring(ink)
    _draw_star(ink)
    _draw_name(ink, name)
    if kind:
        _draw_kind(ink, kind)
    if code:
        _draw_code(ink, code)
    alpha = ink.reduce(SUPERSAMPLE)
    alpha = _apply_texture(alpha, seed=name + "|" + code)
    seal = Image.new("RGBA", alpha.size, (*SEAL_RED, 0))
    seal.putalpha(alpha)
    out = io.BytesIO()
    seal.save(out, format="PNG", compress_level=6)
    return out.getvalue()


@functools.cache
def _font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path("bold")), size=px)


def _glyph(text: str, em_px: int, x_scale: float = 1.0) -> Image.Image:
    """``text`` drawn white on black, the em box centred in the image, squeezed by x_scale."""
    font = _font(em_px)
    pad = em_px // 4
    advance = font.getlength(text)
    image = Image.new("L", (math.ceil(advance) + 2 * pad, em_px + 2 * pad), 0)
    ImageDraw.Draw(image).text((pad, pad + _EM_TOP * em_px), text, font=font, fill=255, anchor="ls")
    if abs(x_scale - 1.0) > 1e-3:
        width = max(1, round(image.width * x_scale))
        image = image.resize((width, image.height), Image.Resampling.LANCZOS)
    return image


def _paste_centred(ink: Image.Image, glyph: Image.Image, x: float, y: float, cw_deg: float) -> None:
    """Paste a glyph centred at (x, y), turned clockwise by cw_deg degrees."""
    if cw_deg:
        glyph = glyph.rotate(-cw_deg, resample=Image.Resampling.BICUBIC, expand=True)
    left, top = round(x - glyph.width / 2), round(y - glyph.height / 2)
    layer = Image.new("L", ink.size, 0)
    layer.paste(glyph, (left, top))
    ink.paste(ImageChops.lighter(ink, layer))


def _on_circle(ink: Image.Image, radius: float, cw_from_top_deg: float) -> tuple[float, float]:
    c = ink.width / 2
    a = math.radians(cw_from_top_deg)
    return c + radius * math.sin(a), c - radius * math.cos(a)


def _draw_ring(ink: Image.Image) -> None:
    w = ink.width
    c = w / 2
    outer, inner = _RING_OUTER * w, (_RING_OUTER - _RING_WIDTH) * w
    draw = ImageDraw.Draw(ink)
    draw.ellipse((c - outer, c - outer, c + outer, c + outer), fill=255)
    draw.ellipse((c - inner, c - inner, c + inner, c + inner), fill=0)


def _draw_star(ink: Image.Image) -> None:
    w = ink.width
    c = w / 2
    outer = _STAR_RADIUS * w
    inner = outer * math.sin(math.radians(18)) / math.sin(math.radians(54))
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        a = math.radians(i * 36)
        points.append((c + r * math.sin(a), c - r * math.cos(a)))
    ImageDraw.Draw(ink).polygon(points, fill=255)


def _draw_name(ink: Image.Image, name: str) -> None:
    """The company name along the upper arc, each character's foot towards the centre."""
    w = ink.width
    height = round(_NAME_HEIGHT * w)
    radius = (_RING_OUTER - _RING_WIDTH - _NAME_GAP) * w - height / 2
    n = len(name)
    span = _NAME_MAX_SPAN if n <= 12 else _NAME_LONG_SPAN
    step = min(_NAME_STEP, span / (n - 1)) if n > 1 else 0.0
    # Room per character at the feet (the inner edge), where neighbours come closest.
    foot = radius - height / 2
    chord = 2 * foot * math.sin(math.radians(step / 2)) if n > 1 else height
    x_scale = min(1.0, 0.95 * chord / height)
    start = -step * (n - 1) / 2
    for i, ch in enumerate(name):
        angle = start + i * step
        x, y = _on_circle(ink, radius, angle)
        _paste_centred(ink, _glyph(ch, height, x_scale), x, y, angle)


def _draw_kind(ink: Image.Image, kind: str) -> None:
    """The seal's kind (合同专用章 ...) in one horizontal line below the star."""
    w = ink.width
    height = round(_KIND_HEIGHT * w)
    glyph = _glyph(kind, height)
    pad = height // 4
    ink_width = glyph.width - 2 * pad
    x_scale = min(1.0, _KIND_MAX_WIDTH * w / max(1, ink_width))
    glyph = _glyph(kind, height, x_scale)
    _paste_centred(ink, glyph, w / 2, w / 2 + _KIND_CENTRE_Y * w, 0.0)


def _draw_code(ink: Image.Image, code: str) -> None:
    """The registration code along the lower arc, read left to right, tops towards the centre."""
    w = ink.width
    height = round(_CODE_HEIGHT * w)
    radius = (_RING_OUTER - _RING_WIDTH - _CODE_GAP) * w - height / 2
    font = _font(height)
    advances = [font.getlength(ch) * 1.08 for ch in code]
    total = sum(advances)
    # Walk the arc by arc length so proportional digits keep even spacing.
    position = -total / 2
    for ch, advance in zip(code, advances, strict=True):
        centre = position + advance / 2
        angle = 180.0 - math.degrees(centre / radius)
        x, y = _on_circle(ink, radius, angle)
        _paste_centred(ink, _glyph(ch, height), x, y, angle - 180.0)
        position += advance


def _apply_texture(alpha: Image.Image, seed: str) -> Image.Image:
    """Fade the ink slightly and unevenly, like a real impression; deterministic per seal."""
    if _TEXTURE <= 0:
        return alpha
    cells = 24
    grain = hashlib.shake_256(seed.encode("utf-8")).digest(cells * cells)  # same seal, same grain
    noise = Image.frombytes("L", (cells, cells), grain)
    noise = noise.resize(alpha.size, Image.Resampling.BICUBIC)
    floor = round(255 * (1 - _TEXTURE))
    scale = noise.point(lambda v: floor + (255 - floor) * v // 255)
    return ImageChops.multiply(alpha, scale)
