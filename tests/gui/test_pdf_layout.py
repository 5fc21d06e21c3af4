"""Page geometry and the image cache of the PDF view (no rendering)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.pdf_view.layout import (
    GAP,
    MAX_ZOOM,
    MIN_ZOOM,
    PX_PER_PT,
    PageLayout,
    ZoomMode,
    fit_zoom,
    next_zoom,
)

pytestmark = pytest.mark.gui

A4 = (595.0, 842.0)
LANDSCAPE = (842.0, 595.0)


def test_pages_are_stacked_and_centred() -> None:
    layout = PageLayout([A4, LANDSCAPE, A4], 1.0, 800)
    first, wide, third = layout.boxes
    assert first.y == GAP
    assert wide.y == first.bottom + GAP
    assert third.y == wide.bottom + GAP
    assert layout.height == third.bottom + GAP
    assert first.width == round(595 * PX_PER_PT)
    assert abs((first.x + first.width / 2) - layout.width / 2) <= 1
    assert layout.width == max(800, round(842 * PX_PER_PT) + 2 * GAP)


def test_visible_pages_are_found_by_bisection() -> None:
    layout = PageLayout([A4] * 500, 1.0, 900)
    box = layout.boxes[250]
    assert list(layout.visible(box.y + 5, box.y + 50)) == [250]
    assert list(layout.visible(box.bottom - 5, box.bottom + GAP + 5)) == [250, 251]
    assert list(layout.visible(0, 1)) == []  # the top margin
    assert list(layout.visible(layout.height - 1, layout.height + 100)) == []


@given(st.lists(st.tuples(st.floats(50, 3000), st.floats(50, 3000)), min_size=1, max_size=40),
       st.floats(0.1, 8.0), st.integers(0, 10**6), st.floats(0, 1))
def test_anchor_survives_zoom(sizes, zoom, y, fraction) -> None:
    before = PageLayout(sizes, 1.0, 1000)
    page = y % len(sizes)
    after = PageLayout(sizes, zoom, 1000)
    assert after.anchor(after.y_of(page, fraction))[0] == page
    top = before.boxes[page].y
    assert before.page_at(top + 1) == page


def test_fit_width_and_fit_page() -> None:
    width = fit_zoom([A4, A4], ZoomMode.FIT_WIDTH, 1000, 700)
    assert round(595 * width * PX_PER_PT) == pytest.approx(1000 - 2 * GAP, abs=1)
    page = fit_zoom([A4, A4], ZoomMode.FIT_PAGE, 1000, 700)
    assert round(842 * page * PX_PER_PT) == pytest.approx(700 - 2 * GAP, abs=1)
    assert fit_zoom([LANDSCAPE, A4], ZoomMode.FIT_WIDTH, 1000, 700) < width  # widest page fits


def test_zoom_steps_stay_in_bounds() -> None:
    assert next_zoom(1.0, 1) == 1.25
    assert next_zoom(1.0, -1) == 0.75
    assert next_zoom(1.1, -1) == 1.0
    assert next_zoom(MAX_ZOOM, 1) == MAX_ZOOM
    assert next_zoom(MIN_ZOOM, -1) == MIN_ZOOM


def test_image_cache_keeps_to_its_budget_and_offers_the_nearest_size(qapp) -> None:
    from PySide6.QtGui import QImage

    from ui.pdf_view.cache import ImageCache

    def image(width: int) -> QImage:
        return QImage(width, width, QImage.Format.Format_RGB32)

    one = image(100).sizeInBytes()
    cache = ImageCache(budget=3 * one + 10)
    for page in range(5):
        cache.put(page, 100, image(100))
    assert len(cache) == 3 and cache.used <= cache.budget
    assert cache.get(0, 100) is None and cache.get(4, 100) is not None
    cache.put(4, 50, image(50))
    assert cache.nearest(4, 90).width() == 100
    assert cache.nearest(4, 60).width() == 50
    assert cache.nearest(0, 100) is None
