"""Where each page sits in the continuous view: pure geometry, no Qt widgets, no PyMuPDF.

Pages are stacked top to bottom, centred horizontally, :data:`GAP` logical pixels apart.  The
zoom is a factor on :data:`PX_PER_PT` (100 % shows a page at its printed size on a 96-dpi
screen).  Rendering asks for ``scale`` = device pixels per PDF point = zoom × PX_PER_PT × the
screen's device-pixel ratio, so pages are sharp on high-DPI screens.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Sequence
from dataclasses import dataclass

GAP = 12  # logical pixels between pages and around them
PX_PER_PT = 96.0 / 72.0
MIN_ZOOM = 0.1
MAX_ZOOM = 8.0
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)


class ZoomMode(enum.Enum):
    FIT_WIDTH = "fit_width"
    FIT_PAGE = "fit_page"
    CUSTOM = "custom"


@dataclass(frozen=True)
class PageBox:
    """A page's place in the view, in logical pixels."""

    x: int
    y: int
    width: int
    height: int

    @property
    def bottom(self) -> int:
        return self.y + self.height


class PageLayout:
    """The pages of one document laid out at one zoom for one viewport width."""

    def __init__(self, sizes: Sequence[tuple[float, float]], zoom: float, viewport_width: int):
        self.sizes = list(sizes)  # (width, height) in points, as displayed (rotation applied)
        self.zoom = zoom
        scale = zoom * PX_PER_PT
        widest = max((w for w, _ in self.sizes), default=0.0)
        self.width = max(viewport_width, round(widest * scale) + 2 * GAP)
        self.boxes: list[PageBox] = []
        y = GAP
        for w, h in self.sizes:
            pw, ph = max(1, round(w * scale)), max(1, round(h * scale))
            self.boxes.append(PageBox((self.width - pw) // 2, y, pw, ph))
            y += ph + GAP
        self.height = y
        self._tops = [b.y for b in self.boxes]

    @property
    def px_per_pt(self) -> float:
        """Logical pixels per PDF point."""
        return self.zoom * PX_PER_PT

    def visible(self, top: int, bottom: int) -> range:
        """Indexes of the pages that intersect the band [top, bottom)."""
        if not self.boxes:
            return range(0)
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        if self.boxes[first].bottom <= top:
            first += 1
        last = bisect.bisect_left(self._tops, bottom)
        return range(first, max(first, min(last, len(self.boxes))))

    def page_at(self, y: int) -> int:
        """The page at height ``y`` (the nearest one in a gap); 0 for an empty document."""
        if not self.boxes:
            return 0
        index = max(0, bisect.bisect_right(self._tops, y) - 1)
        box = self.boxes[index]
        if y > box.bottom and index + 1 < len(self.boxes):
            gap_middle = (box.bottom + self.boxes[index + 1].y) / 2
            return index + 1 if y > gap_middle else index
        return index

    def anchor(self, y: int) -> tuple[int, float]:
        """(page, fraction of its height) at ``y``: a position that survives a zoom change."""
        page = self.page_at(y)
        if not self.boxes:
            return 0, 0.0
        box = self.boxes[page]
        return page, (y - box.y) / box.height

    def y_of(self, page: int, fraction: float = 0.0) -> int:
        """Inverse of :meth:`anchor`."""
        if not self.boxes:
            return 0
        box = self.boxes[max(0, min(page, len(self.boxes) - 1))]
        return round(box.y + fraction * box.height)


def fit_zoom(sizes: Sequence[tuple[float, float]], mode: ZoomMode, viewport_width: int,
             viewport_height: int, page: int = 0) -> float:
    """The zoom that fits the widest page's width (FIT_WIDTH) or ``page`` whole (FIT_PAGE)."""
    if not sizes:
        return 1.0
    room_w = max(1, viewport_width - 2 * GAP)
    room_h = max(1, viewport_height - 2 * GAP)
    if mode is ZoomMode.FIT_WIDTH:
        widest = max(w for w, _ in sizes)
        zoom = room_w / (widest * PX_PER_PT)
    else:
        w, h = sizes[max(0, min(page, len(sizes) - 1))]
        zoom = min(room_w / (w * PX_PER_PT), room_h / (h * PX_PER_PT))
    return clamp_zoom(zoom)


def clamp_zoom(zoom: float) -> float:
    return max(MIN_ZOOM, min(MAX_ZOOM, zoom))


def next_zoom(zoom: float, direction: int) -> float:
    """The next step up (``direction`` > 0) or down from ``zoom``."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > zoom + 1e-3), MAX_ZOOM)
    return next((z for z in reversed(ZOOM_STEPS) if z < zoom - 1e-3), MIN_ZOOM)


def render_scale(zoom: float, device_pixel_ratio: float) -> float:
    """Device pixels per point, rounded so that tiny zoom jitter reuses the cached image."""
    return round(zoom * PX_PER_PT * device_pixel_ratio, 3)
