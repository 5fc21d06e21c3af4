"""Seal images: check a user's seal picture and make its white background transparent."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageMath, ImageStat, UnidentifiedImageError

from crypto.errors import SealImageError, Text
from crypto.seal.drawing import render_company_seal

__all__ = [
    "MAX_SEAL_PX",
    "MIN_SEAL_PX",
    "SealImage",
    "check_seal_image",
    "make_background_transparent",
    "render_company_seal",
]

MIN_SEAL_PX = 200
MAX_SEAL_PX = 4000
ACCEPTED_FORMATS = ("PNG", "JPEG")
_CORNER_ALPHA_MAX = 16  # a corner counts as transparent when no pixel is more opaque than this
_WHITE_MIN = 200  # a corner counts as white background when every channel is at least this
_PAPER_NOISE = 24  # darkness (0-255) below which a pixel is taken as paper, not ink


@dataclass(frozen=True)
class SealImage:
    """A checked seal picture: an RGBA PNG with a transparent background."""

    png: bytes
    width: int
    height: int
    converted: bool  # True when a white background was made transparent here

    def pil(self) -> Image.Image:
        """The image as a Pillow RGBA image."""
        return Image.open(io.BytesIO(self.png)).convert("RGBA")


def check_seal_image(source: str | Path | bytes) -> SealImage:
    """Check a user's seal image (PNG/JPEG, 200-4000 px, transparent or white background)."""
    label = Text("(image data)") if isinstance(source, bytes) else str(source)
    image = _open(source, label)
    if min(image.size) < MIN_SEAL_PX:
        raise SealImageError(
            path=label,
            detail=Text(
                "it is {width}×{height} px; at least {minimum} px are needed",
                width=image.width,
                height=image.height,
                minimum=MIN_SEAL_PX,
            ),
        )
    if max(image.size) > MAX_SEAL_PX:
        raise SealImageError(
            path=label,
            detail=Text(
                "it is {width}×{height} px; at most {maximum} px are allowed",
                width=image.width,
                height=image.height,
                maximum=MAX_SEAL_PX,
            ),
        )
    rgba = image.convert("RGBA")
    converted = False
    if not _corners_transparent(rgba):
        if not _corners_white(rgba):
            raise SealImageError(
                path=label, detail=Text("its background is neither transparent nor white")
            )
        rgba = make_background_transparent(rgba)
        converted = True
    alpha_max = rgba.getchannel("A").getextrema()[1]
    if not isinstance(alpha_max, int) or alpha_max < 64:
        raise SealImageError(path=label, detail=Text("it is empty (nothing visible)"))
    out = io.BytesIO()
    rgba.save(out, format="PNG")
    return SealImage(png=out.getvalue(), width=rgba.width, height=rgba.height, converted=converted)


def make_background_transparent(image: Image.Image) -> Image.Image:
    """Turn white paper transparent and keep the ink's colour (colour-to-alpha against white)."""
    rgb = image.convert("RGB")
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        # Flatten existing transparency onto white first, so it is not lost.
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(rgb, mask=image.convert("RGBA").getchannel("A"))
        rgb = flat
    r, g, b = rgb.split()
    lightest_channel_min = ImageChops.darker(ImageChops.darker(r, g), b)
    darkness = lightest_channel_min.point(lambda v: 255 - v)
    ink = _ink_level(darkness)
    # Coverage of each pixel by ink; the colour is recovered against it, the paper's grain
    # (lightest darkness levels) is then cut from the alpha only, so edges never turn dark.
    coverage = darkness.point(lambda d: min(255, d * 255 // ink))
    span = max(1, ink - _PAPER_NOISE)
    alpha = darkness.point(
        lambda d: 0 if d <= _PAPER_NOISE else min(255, (d - _PAPER_NOISE) * 255 // span)
    )
    channels = [
        ImageMath.lambda_eval(
            lambda e: e["convert"](
                e["max"](e["min"](255 - (255 - e["c"]) * 255 / e["max"](e["a"], 1), 255), 0),
                "L",
            ),
            c=c,
            a=coverage,
        )
        for c in (r, g, b)
    ]
    recovered = Image.merge("RGB", channels)
    # Fully transparent pixels take the ink's mean colour: viewers that scale colour and
    # soft mask separately would otherwise blend a dark fringe into the seal's edges.
    solid_ink = alpha.point(lambda a: 255 if a >= 192 else 0)
    mean = ImageStat.Stat(recovered, mask=solid_ink).mean if _max(solid_ink) else [0, 0, 0]
    out = Image.new("RGBA", image.size, (*(round(v) for v in mean[:3]), 0))
    out.paste(recovered, mask=alpha.point(lambda a: 255 if a else 0))
    out.putalpha(alpha)
    return out


def _open(source: str | Path | bytes, label: str) -> Image.Image:
    data: bytes
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise SealImageError(path=label, detail=exc.strerror or Text("unreadable")) from exc
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in ACCEPTED_FORMATS:
                raise SealImageError(
                    path=label,
                    detail=Text("it is {format}, not PNG or JPEG", format=image.format)
                    if image.format
                    else Text("it is an unknown format, not PNG or JPEG"),
                )
            if max(image.size) > MAX_SEAL_PX:
                return image  # reported by the caller without decoding the pixels
            image.load()
    except SealImageError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise SealImageError(path=label, detail=Text("it is not a PNG or JPEG image")) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise SealImageError(
            path=label, detail=Text("it is damaged ({error})", error=str(exc))
        ) from exc
    return image


def _corner_boxes(image: Image.Image) -> list[tuple[int, int, int, int]]:
    w, h = image.size
    side = max(4, min(w, h) // 20)
    return [(0, 0, side, side), (w - side, 0, w, side), (0, h - side, side, h),
            (w - side, h - side, w, h)]  # fmt: skip


def _corners_transparent(rgba: Image.Image) -> bool:
    alpha = rgba.getchannel("A")
    return all(_max(alpha.crop(box)) <= _CORNER_ALPHA_MAX for box in _corner_boxes(rgba))


def _corners_white(rgba: Image.Image) -> bool:
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba.convert("RGB"), mask=rgba.getchannel("A"))
    for box in _corner_boxes(rgba):
        lows = [low for low, _high in flat.crop(box).getextrema()]  # type: ignore[misc]
        if min(lows) < _WHITE_MIN:
            return False
    return True


def _ink_level(darkness: Image.Image) -> int:
    """How dark the ink is: the darkness reached by the darkest 1% of pixels (at least 96)."""
    histogram = darkness.histogram()
    wanted = max(1, sum(histogram) // 100)
    count = 0
    for level in range(255, -1, -1):
        count += histogram[level]
        if count >= wanted:
            return max(96, level)
    return 255


def _max(channel: Image.Image) -> int:
    extrema = channel.getextrema()
    return int(extrema[1])  # type: ignore[arg-type]
