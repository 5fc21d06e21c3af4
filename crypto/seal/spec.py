"""Where a seal goes, as plain data (no PDF library imported: cheap for every caller).

Rectangles are in PDF user space, the page's default coordinate system that annotation
``/Rect`` and pyHanko's field boxes use: points, y up, measured from the user-space origin
(not from the MediaBox/CropBox corner) and before the page's /Rotate; on a page with a
/UserUnit they are user units, as are seal sizes.  This is what ``sealdesk sign --rect`` takes;
what a viewer shows is converted with :func:`crypto.seal.placement.page_rect_from_view`.
See :mod:`crypto.seal.placement`.
"""

from __future__ import annotations

from dataclasses import dataclass

Rect = tuple[float, float, float, float]

CROSS_PAGE_EDGES = ("right", "left")


@dataclass(frozen=True)
class PageRect:
    """A seal at a rectangle (x1, y1, x2, y2) in user space on a 1-based page."""

    page: int
    rect: Rect


@dataclass(frozen=True)
class TextAnchor:
    """A square seal of ``size`` points centred on an occurrence of ``text`` (-1 = the last)."""

    text: str
    occurrence: int = -1
    size: float = 120.0
    offset: tuple[float, float] = (0.0, 0.0)  # points, as seen on the page: right, up


@dataclass(frozen=True)
class CrossPage:
    """A seal split across the edges of all pages; ``y`` is its centre above the visible bottom."""

    size: float = 120.0
    edge: str = "right"
    y: float | None = None


SealPlacement = PageRect | TextAnchor | CrossPage
