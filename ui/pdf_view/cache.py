"""Rendered pages kept in memory: a least-recently-used cache with a byte budget."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtGui import QImage

MAIN_BUDGET = 256 * 1024 * 1024  # bytes of rendered pages kept for the page view
THUMBNAIL_BUDGET = 48 * 1024 * 1024


class ImageCache:
    """QImages by (page, scale) with an LRU byte budget; finds the nearest scale as a stand-in."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.used = 0
        self._images: OrderedDict[tuple[int, float], QImage] = OrderedDict()
        self._scales: dict[int, set[float]] = {}

    def get(self, page: int, scale: float) -> QImage | None:
        """The image of ``page`` rendered at exactly ``scale`` (marks it recently used)."""
        key = (page, scale)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def nearest(self, page: int, scale: float) -> QImage | None:
        """Any image of ``page``, the closest in scale first (shown while the right one renders)."""
        scales = self._scales.get(page)
        if not scales:
            return None
        best = min(scales, key=lambda s: (abs(s - scale), -s))
        return self._images.get((page, best))

    def put(self, page: int, scale: float, image: QImage) -> None:
        """Store an image, dropping the least recently used ones beyond the budget."""
        key = (page, scale)
        old = self._images.pop(key, None)
        if old is not None:
            self.used -= old.sizeInBytes()
        self._images[key] = image
        self._scales.setdefault(page, set()).add(scale)
        self.used += image.sizeInBytes()
        while self.used > self.budget and len(self._images) > 1:
            (p, s), dropped = self._images.popitem(last=False)
            self.used -= dropped.sizeInBytes()
            scales = self._scales.get(p)
            if scales is not None:
                scales.discard(s)
                if not scales:
                    del self._scales[p]

    def __contains__(self, key: Hashable) -> bool:
        return key in self._images

    def __len__(self) -> int:
        return len(self._images)

    def clear(self) -> None:
        self._images.clear()
        self._scales.clear()
        self.used = 0
