"""Pixel work for the visual comparison: rendered pages as images, their difference, thumbnails.

Both sides are rendered by the same engine at the same resolution, so an unchanged page gives
identical pixels; text moved by a few hundredths of a point (a rewritten content stream) gives
anti-aliasing noise of up to ~90 grey levels on glyph edges.  A pixel counts as changed when one
colour channel moves by more than a threshold; the caller screens at low resolution with a low
threshold, then confirms at high resolution above the noise (see crypto.review.visual).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pymupdf
from PIL import Image, ImageChops, ImageDraw

Box = tuple[float, float, float, float]  # x0, y0, x1, y1

INK = 160  # grey level below which a pixel is ink (text, lines, seal strokes)
PAPER = 215  # grey level above which a pixel is background
OUTLINE = (220, 0, 0)
MAX_PIXELS = 16_000_000  # one rendering at most (~48 MB): hostile page sizes cannot exhaust memory


@dataclass(frozen=True)
class PixelDiff:
    """How two renderings of one page differ: changed pixels, their share and bounding box."""

    changed: int
    score: float  # changed pixels / all pixels, 0..1
    box: tuple[int, int, int, int] | None  # pixels, x0, y0, x1, y1 (exclusive)


def safe_dpi(area: pymupdf.Rect | Box, dpi: int) -> float:
    """``dpi``, lowered when an area of this size would render to more than MAX_PIXELS."""
    rect = pymupdf.Rect(area)
    points = max(rect.width, 1.0) * max(rect.height, 1.0)
    limit = 72.0 * (MAX_PIXELS / points) ** 0.5
    return float(min(dpi, limit))


def render(page: pymupdf.Page, dpi: float, clip: Box | None = None) -> Image.Image:
    """The page (or ``clip`` of it, displayed coordinates) as an RGB image, as a viewer shows it."""
    zoom = pymupdf.Matrix(dpi / 72.0, dpi / 72.0)
    pix = page.get_pixmap(matrix=zoom, alpha=False, colorspace=pymupdf.csRGB, annots=True,
                          clip=pymupdf.Rect(clip) if clip is not None else None)
    return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def compare(
    signed: Image.Image, current: Image.Image, *, threshold: int, min_pixels: int
) -> PixelDiff:
    """Changed pixels between two renderings of the same size."""
    if signed.size != current.size:
        w, h = current.size
        return PixelDiff(changed=w * h, score=1.0, box=(0, 0, w, h))
    red, green, blue = ImageChops.difference(signed, current).split()
    strongest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    mask = strongest.point(lambda v: 255 if v > threshold else 0)
    changed = mask.histogram()[255]
    if changed < min_pixels:
        return PixelDiff(changed=changed, score=0.0, box=None)
    w, h = current.size
    return PixelDiff(changed=changed, score=changed / float(w * h), box=mask.getbbox())


def covered_ink(
    signed: Image.Image, current: Image.Image, box: tuple[int, int, int, int]
) -> tuple[int, int]:
    """Pixels of the signed page's ink inside ``box`` that are background in ``current``, and
    all ink pixels there.

    A seal stamped over text leaves the text visible (its strokes are ink too); an opaque
    appearance that blanks out the signed text turns that ink into paper.
    """
    x0, y0, x1, y1 = _clip(box, signed.size)
    if signed.size != current.size or x1 <= x0 or y1 <= y0:
        return 0, 0
    before = signed.crop((x0, y0, x1, y1)).convert("L").point(lambda v: 255 if v < INK else 0)
    ink = before.histogram()[255]
    if ink == 0:
        return 0, 0
    after = current.crop((x0, y0, x1, y1)).convert("L").point(lambda v: 255 if v > PAPER else 0)
    return ImageChops.multiply(before, after).histogram()[255], ink


def altered_ink(
    signed: Image.Image, current: Image.Image, box: tuple[int, int, int, int], threshold: int
) -> tuple[int, int]:
    """Pixels of the signed page's ink inside ``box`` whose colour moved by more than
    ``threshold`` in ``current`` (blanked, recoloured or drawn over), and all ink pixels there.

    Ink drawn over ink (a replaced digit's common strokes, a transparent seal multiplied over
    text) is unchanged; ink painted over with paper or another colour is altered."""
    x0, y0, x1, y1 = _clip(box, signed.size)
    if signed.size != current.size or x1 <= x0 or y1 <= y0:
        return 0, 0
    then = signed.crop((x0, y0, x1, y1))
    before = then.convert("L").point(lambda v: 255 if v < INK else 0)
    ink = before.histogram()[255]
    if ink == 0:
        return 0, 0
    red, green, blue = ImageChops.difference(then, current.crop((x0, y0, x1, y1))).split()
    strongest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    moved = strongest.point(lambda v: 255 if v > threshold else 0)
    return ImageChops.multiply(before, moved).histogram()[255], ink


def to_points(
    box: tuple[int, int, int, int], dpi: float, pad: int = 1, origin: Box | None = None
) -> Box:
    """A pixel box as PDF points in the displayed page (origin top left; ``origin``: the clip
    the image was rendered from)."""
    scale = 72.0 / dpi
    dx, dy = (origin[0], origin[1]) if origin is not None else (0.0, 0.0)
    x0, y0, x1, y1 = box
    return (dx + max(0, x0 - pad) * scale, dy + max(0, y0 - pad) * scale,
            dx + (x1 + pad) * scale, dy + (y1 + pad) * scale)


def to_pixels(box: Box, dpi: float, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """PDF points in the displayed page as a pixel box inside an image of ``size``."""
    scale = dpi / 72.0
    x0, y0, x1, y1 = (int(v * scale) for v in box)
    return _clip((x0, y0, x1 + 1, y1 + 1), size)


def to_png(image: Image.Image) -> bytes:
    """PNG bytes of an image."""
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def thumbnail(image: Image.Image, box: tuple[int, int, int, int] | None, width: int) -> bytes:
    """A PNG of a page at most ``width`` wide, the change (pixels of ``image``) outlined in red."""
    scale = min(1.0, width / image.width)
    small = image.copy()
    if scale < 1.0:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        small = image.resize(size, Image.Resampling.LANCZOS)
    if box is not None:
        outline(small, tuple(round(v * scale) for v in box))  # type: ignore[arg-type]
    return to_png(small)


def outline(image: Image.Image, box: tuple[int, int, int, int]) -> None:
    """Draw a red frame around ``box``, leaving a gap so that the change itself stays legible."""
    line = max(2, round(image.width / 200))
    gap = line + 2
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w, half_h = max((x1 - x0) / 2 + gap, 6), max((y1 - y0) / 2 + gap, 6)
    frame = (max(0, round(cx - half_w)), max(0, round(cy - half_h)),
             min(image.width - 1, round(cx + half_w)), min(image.height - 1, round(cy + half_h)))
    ImageDraw.Draw(image).rectangle(frame, outline=OUTLINE, width=line)


def _clip(box: tuple[int, int, int, int], size: tuple[int, int]) -> tuple[int, int, int, int]:
    w, h = size
    x0, y0, x1, y1 = box
    return (min(max(0, x0), w), min(max(0, y0), h), min(max(0, x1), w), min(max(0, y1), h))
