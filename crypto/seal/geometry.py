"""A page's visible box and rotation, and conversions between user space and what is seen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class PageGeometry:
    """The visible box (CropBox ∩ MediaBox) in PDF user space and the page's /Rotate."""

    box: Rect
    rotation: int  # 0, 90, 180 or 270, clockwise as displayed
    # /UserUnit (PDF 1.6): MuPDF shows such a page scaled by it, so its page.rect, text
    # positions and view rectangles are user space × user_unit; user space itself is unscaled
    user_unit: float = 1.0

    @property
    def visible_size(self) -> tuple[float, float]:
        """Width and height of the page as displayed (after rotation)."""
        x0, y0, x1, y1 = self.box
        w, h = x1 - x0, y1 - y0
        return (h, w) if self.rotation in (90, 270) else (w, h)

    def visible_to_user(self, u: float, v: float) -> tuple[float, float]:
        """A point as seen (origin bottom-left of the displayed page, y up) in user space."""
        x0, y0, x1, y1 = self.box
        if self.rotation == 90:
            return x1 - v, y0 + u
        if self.rotation == 180:
            return x1 - u, y1 - v
        if self.rotation == 270:
            return x0 + v, y1 - u
        return x0 + u, y0 + v

    def user_to_visible(self, x: float, y: float) -> tuple[float, float]:
        """A user-space point as seen (origin bottom-left of the displayed page, y up)."""
        x0, y0, x1, y1 = self.box
        if self.rotation == 90:
            return y - y0, x1 - x
        if self.rotation == 180:
            return x1 - x, y1 - y
        if self.rotation == 270:
            return y1 - y, x - x0
        return x - x0, y - y0

    def visible_rect_to_user(self, rect: Rect) -> Rect:
        """A rectangle as seen (bottom-left origin) as a normalised user-space rectangle."""
        ax, ay = self.visible_to_user(rect[0], rect[1])
        bx, by = self.visible_to_user(rect[2], rect[3])
        return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))

    def user_rect_to_visible(self, rect: Rect) -> Rect:
        """A user-space rectangle as seen (bottom-left origin), normalised."""
        ax, ay = self.user_to_visible(rect[0], rect[1])
        bx, by = self.user_to_visible(rect[2], rect[3])
        return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))

    def mupdf_unrotated_to_user(self, rect: Rect) -> Rect:
        """A MuPDF text rectangle (unrotated, top-left of the visible box, y down) in user space."""
        x0, _y0, _x1, y1 = self.box
        r = _scaled(rect, 1 / self.user_unit)
        return (r[0] + x0, y1 - r[3], r[2] + x0, y1 - r[1])

    def mupdf_view_to_user(self, rect: Rect) -> Rect:
        """A rectangle in MuPDF's displayed page (``page.rect``, top-left, y down) in user space."""
        _w, h = self.visible_size
        r = _scaled(rect, 1 / self.user_unit)
        return self.visible_rect_to_user((r[0], h - r[3], r[2], h - r[1]))

    def user_to_mupdf_view(self, rect: Rect) -> Rect:
        """A user-space rectangle in MuPDF's displayed page (the inverse of the above)."""
        _w, h = self.visible_size
        v = self.user_rect_to_visible(rect)
        return _scaled((v[0], h - v[3], v[2], h - v[1]), self.user_unit)

    def contains(self, rect: Rect, tolerance: float = 0.5) -> bool:
        """Whether a user-space rectangle lies inside the visible box."""
        x0, y0, x1, y1 = self.box
        t = tolerance
        return rect[0] >= x0 - t and rect[1] >= y0 - t and rect[2] <= x1 + t and rect[3] <= y1 + t


def normalise_user_unit(value: Any) -> float:
    """A /UserUnit value as a positive number (absent or invalid: 1, as viewers do)."""
    try:
        unit = float(value)
    except (TypeError, ValueError):
        return 1.0
    return unit if unit > 0 else 1.0


def _scaled(rect: Rect, factor: float) -> Rect:
    return (rect[0] * factor, rect[1] * factor, rect[2] * factor, rect[3] * factor)


def normalise_rotation(value: Any) -> int:
    """A /Rotate value as 0, 90, 180 or 270 (invalid values count as 0, as viewers do)."""
    try:
        degrees = int(value)
    except (TypeError, ValueError):
        return 0
    return degrees % 360 if degrees % 90 == 0 else 0


def visible_box(mediabox: Rect, cropbox: Rect | None) -> Rect:
    """The CropBox clipped to the MediaBox (both normalised), as PDF viewers show it."""
    m = _normalise(mediabox)
    if cropbox is None:
        return m
    c = _normalise(cropbox)
    clipped = (max(m[0], c[0]), max(m[1], c[1]), min(m[2], c[2]), min(m[3], c[3]))
    if clipped[0] >= clipped[2] or clipped[1] >= clipped[3]:
        return m  # a CropBox outside the MediaBox is ignored
    return clipped


def geometry_from_pyhanko_page(page: Any) -> PageGeometry:
    """Page geometry of a pyHanko page dictionary (inherited attributes included)."""
    mediabox = _pyhanko_inherited(page, "/MediaBox")
    if mediabox is None:
        mediabox = (0.0, 0.0, 612.0, 792.0)  # the spec requires it; US Letter is the usual guess
    cropbox = _pyhanko_inherited(page, "/CropBox")
    rotate = _pyhanko_inherited(page, "/Rotate")
    return PageGeometry(
        box=visible_box(_as_rect(mediabox), None if cropbox is None else _as_rect(cropbox)),
        rotation=normalise_rotation(rotate or 0),
    )


def _pyhanko_inherited(page: Any, key: str) -> Any:
    node = page
    for _ in range(64):  # bounded: the page tree may be malformed or cyclic
        if key in node:
            return node[key]
        if "/Parent" not in node:
            return None
        node = node["/Parent"]
    return None


def _as_rect(value: Any) -> Rect:
    numbers = [float(v) for v in value]
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def _normalise(rect: Rect) -> Rect:
    return (min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]),
            max(rect[1], rect[3]))  # fmt: skip
