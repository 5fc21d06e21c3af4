"""The continuous page view: lazy, cached, smooth, sharp on high-DPI screens.

Only the pages on screen (and the next ones) are asked from the render thread, each at exactly
the size it is drawn in device pixels; until it arrives the nearest cached size is drawn scaled,
or a blank page, so scrolling never waits.  Wheel notches and keys scroll with a short
animation; touchpads scroll by pixels; Ctrl+wheel zooms around the cursor.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from ui.pdf_view.cache import MAIN_BUDGET, ImageCache
from ui.pdf_view.layout import GAP, PageLayout, ZoomMode, clamp_zoom, fit_zoom, next_zoom
from ui.pdf_view.renderer import (
    PRIORITY_AHEAD,
    PRIORITY_VISIBLE,
    DocumentInfo,
    PageRequest,
    RenderService,
)
from ui.pdf_view.scrolling import WHEEL_STEP, SmoothScroller

Match = tuple[int, tuple[float, float, float, float]]  # page, rect in points (as displayed)

HIGHLIGHT = QColor(255, 213, 0, 110)
CURRENT_HIGHLIGHT = QColor(255, 120, 0, 140)


class PdfView(QAbstractScrollArea):
    """Shows one document's pages stacked vertically."""

    currentPageChanged = Signal(int)  # 0-based
    zoomChanged = Signal()
    pageRendered = Signal(int)  # a page image arrived (tests, benchmarks)

    def __init__(self, renderer: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfView")
        self._renderer = renderer
        self._client = f"view-{id(self)}"
        self._info: DocumentInfo | None = None
        self._cache = ImageCache(MAIN_BUDGET)
        self._zoom = 1.0
        self._mode = ZoomMode.FIT_WIDTH
        self._layout = PageLayout([], 1.0, 1)
        self._current = 0
        self._matches: dict[int, list[tuple[float, float, float, float]]] = {}
        self._current_match: Match | None = None
        self._wheel_zoom = 0
        self._requests_timer = QTimer(self, singleShot=True, interval=0)
        self._requests_timer.timeout.connect(self._send_requests)
        self._scroll = SmoothScroller(self.verticalScrollBar(), self)
        # always on: fit-width would otherwise flicker as the bar comes and goes
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)

    # --- document and zoom --------------------------------------------------------------------

    @property
    def info(self) -> DocumentInfo | None:
        return self._info

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def zoom_mode(self) -> ZoomMode:
        return self._mode

    @property
    def current_page(self) -> int:
        return self._current

    @property
    def page_layout(self) -> PageLayout:
        return self._layout

    @property
    def cache(self) -> ImageCache:
        return self._cache

    def set_document(self, info: DocumentInfo) -> None:
        """Show ``info``'s pages from the first one."""
        self._info = info
        self._cache.clear()
        self._current = 0
        self._relayout(keep_anchor=False)
        self.verticalScrollBar().setValue(0)
        self._schedule_requests()

    def set_zoom(self, zoom: float, around: QPoint | None = None) -> None:
        """A fixed zoom (1.0 = 100 %), keeping the point under ``around`` (or the centre) still."""
        self._mode = ZoomMode.CUSTOM
        self._apply_zoom(clamp_zoom(zoom), around)

    def set_zoom_mode(self, mode: ZoomMode) -> None:
        """Fit width, fit page (the current page whole on screen), or keep the zoom (CUSTOM)."""
        page = self._current
        self._mode = mode
        self._apply_zoom(self._fitted_zoom(), None)
        if mode is ZoomMode.FIT_PAGE:
            self.goto_page(page)

    def zoom_in(self) -> None:
        self.set_zoom(next_zoom(self._zoom, +1))

    def zoom_out(self) -> None:
        self.set_zoom(next_zoom(self._zoom, -1))

    def goto_page(self, page: int, *, animate: bool = False) -> None:
        """Scroll so that ``page`` (0-based) starts at the top."""
        if not self._layout.boxes:
            return
        page = max(0, min(page, len(self._layout.boxes) - 1))
        target = self._layout.boxes[page].y - GAP
        if animate:
            self._scroll.scroll_to(target)
        else:
            self._scroll.stop()
            self.verticalScrollBar().setValue(target)
        self._set_current(page)

    def show_rect(self, page: int, rect: tuple[float, float, float, float]) -> None:
        """Scroll so that ``rect`` (points) on ``page`` is visible, centred if it was not."""
        if not 0 <= page < len(self._layout.boxes):
            return
        area = self._to_view(page, rect)  # content coordinates, like the viewport below
        viewport = QRect(self._offset(), self.viewport().size())
        if viewport.contains(area.toAlignedRect()):
            return
        self._scroll.stop()
        self.verticalScrollBar().setValue(int(area.center().y() - self.viewport().height() / 2))
        if area.width() < self.viewport().width():
            self.horizontalScrollBar().setValue(
                int(area.center().x() - self.viewport().width() / 2))

    def set_matches(self, matches: dict[int, list[tuple[float, float, float, float]]],
                    current: Match | None) -> None:
        """Search hits to highlight (points, per page) and the one that is selected."""
        self._matches = matches
        self._current_match = current
        self.viewport().update()

    # --- geometry -----------------------------------------------------------------------------

    def _offset(self) -> QPoint:
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def _to_view(self, page: int, rect: tuple[float, float, float, float]) -> QRectF:
        box = self._layout.boxes[page]
        k = self._layout.px_per_pt
        x0, y0, x1, y1 = rect
        return QRectF(box.x + x0 * k, box.y + y0 * k, (x1 - x0) * k, (y1 - y0) * k)

    def _fitted_zoom(self) -> float:
        if self._mode is ZoomMode.CUSTOM or self._info is None:
            return self._zoom
        vp = self.viewport().size()
        return fit_zoom(self._info.sizes, self._mode, vp.width(), vp.height(), self._current)

    def _apply_zoom(self, zoom: float, around: QPoint | None) -> None:
        self._zoom = zoom
        self._relayout(keep_anchor=True, around=around)
        self.zoomChanged.emit()

    def _relayout(self, *, keep_anchor: bool, around: QPoint | None = None) -> None:
        vp = self.viewport().size()
        point = around if around is not None else QPoint(vp.width() // 2, vp.height() // 2)
        old = self._layout
        anchor = old.anchor(self.verticalScrollBar().value() + point.y()) if old.boxes else None
        goal = (old.anchor(self._scroll.target + point.y())
                if self._scroll.running and old.boxes else None)
        x_frac = ((self.horizontalScrollBar().value() + point.x()) / old.width
                  if old.width else 0.5)
        if self._info is not None and self._mode is not ZoomMode.CUSTOM:
            fitted = self._fitted_zoom()
            if abs(fitted - self._zoom) > 1e-6:
                self._zoom = fitted
                self.zoomChanged.emit()
        sizes = self._info.sizes if self._info is not None else ()
        self._layout = PageLayout(sizes, self._zoom, vp.width())
        v, h = self.verticalScrollBar(), self.horizontalScrollBar()
        v.setRange(0, max(0, self._layout.height - vp.height()))
        v.setPageStep(vp.height())
        v.setSingleStep(WHEEL_STEP)
        h.setRange(0, max(0, self._layout.width - vp.width()))
        h.setPageStep(vp.width())
        h.setSingleStep(WHEEL_STEP)
        if keep_anchor and anchor is not None:
            self._scroll.stop()
            v.setValue(self._layout.y_of(*anchor) - point.y())
            h.setValue(round(x_frac * self._layout.width) - point.x())
            if goal is not None:  # a scroll was under way: carry on to the same place
                self._scroll.scroll_to(self._layout.y_of(*goal) - point.y())
        self.viewport().update()
        self._schedule_requests()

    def device_pixel_ratio(self) -> float:
        """Device pixels per logical pixel of the screen the view is on (2.0 on most HiDPI)."""
        return self.viewport().devicePixelRatioF()

    def _device_size(self, page: int) -> tuple[int, int]:
        box = self._layout.boxes[page]
        dpr = self.device_pixel_ratio()
        return max(1, round(box.width * dpr)), max(1, round(box.height * dpr))

    # --- rendering ----------------------------------------------------------------------------

    def _schedule_requests(self) -> None:
        if not self._requests_timer.isActive():
            self._requests_timer.start()

    def _send_requests(self) -> None:
        if self._info is None:
            return
        top = self.verticalScrollBar().value()
        height = self.viewport().height()
        visible = list(self._layout.visible(top, top + height))
        centre = top + height / 2
        visible.sort(key=lambda i: abs((self._layout.boxes[i].y + self._layout.boxes[i].bottom)
                                       / 2 - centre))
        requests: list[PageRequest] = []
        for rank, page in enumerate(visible):
            self._add_request(requests, page, PRIORITY_VISIBLE + rank)
        if visible:
            first, last = min(visible), max(visible)
            for rank, page in enumerate((last + 1, last + 2, first - 1)):
                if 0 <= page < len(self._layout.boxes):
                    self._add_request(requests, page, PRIORITY_AHEAD + rank)
        self._renderer.want(self._info.doc_id, self._client, requests, self._delivered, self)

    def _add_request(self, requests: list[PageRequest], page: int, priority: int) -> None:
        width, height = self._device_size(page)
        if self._cache.get(page, width) is None:
            requests.append(PageRequest(priority, page, width, height))

    def _delivered(self, page: int, width: int, image: QImage) -> None:
        self._cache.put(page, width, image)
        if page < len(self._layout.boxes):
            box = self._layout.boxes[page]
            self.viewport().update(QRect(box.x, box.y, box.width, box.height)
                                   .translated(-self._offset()))
        self.pageRendered.emit(page)

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Dark))
        if self._info is None:
            return
        offset = self._offset()
        top = offset.y()
        for page in self._layout.visible(top, top + self.viewport().height()):
            box = self._layout.boxes[page]
            target = QRect(box.x, box.y, box.width, box.height).translated(-offset)
            if not target.intersects(event.rect()):
                continue
            painter.fillRect(target.translated(2, 2), QColor(0, 0, 0, 60))
            self._paint_page(painter, page, target)
            self._paint_matches(painter, page, offset)
        painter.end()

    def _paint_page(self, painter: QPainter, page: int, target: QRect) -> None:
        width, _ = self._device_size(page)
        image = self._cache.get(page, width)
        exact = image is not None and image.width() == width
        if image is None:
            image = self._cache.nearest(page, width)
        if image is None:
            painter.fillRect(target, Qt.GlobalColor.white)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not exact)
        painter.drawImage(QRectF(target), image)

    def _paint_matches(self, painter: QPainter, page: int, offset: QPoint) -> None:
        rects = self._matches.get(page)
        if not rects:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        for rect in rects:
            current = self._current_match == (page, rect)
            area = self._to_view(page, rect).translated(-offset)
            painter.fillRect(area, CURRENT_HIGHLIGHT if current else HIGHLIGHT)
            if current:
                painter.setPen(QPen(QColor(200, 80, 0), 1.5))
                painter.drawRect(area)
                painter.setPen(Qt.PenStyle.NoPen)

    # --- events -------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:  # moved to another screen
            self.viewport().update()
            self._schedule_requests()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._relayout(keep_anchor=True)

    def _scrolled(self) -> None:
        self.viewport().update()
        self._schedule_requests()
        height = self.viewport().height()
        self._set_current(self._layout.page_at(self.verticalScrollBar().value() + height // 2))

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.currentPageChanged.emit(page)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel_zoom += event.angleDelta().y()
            while abs(self._wheel_zoom) >= 120:
                step = 1 if self._wheel_zoom > 0 else -1
                self._wheel_zoom -= 120 * step
                self.set_zoom(next_zoom(self._zoom, step), event.position().toPoint())
            event.accept()
            return
        pixels = event.pixelDelta()
        if not pixels.isNull():  # touchpad: follow the fingers exactly
            self._scroll.stop()
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - pixels.y())
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - pixels.x())
        else:
            lines = QApplication.wheelScrollLines()
            angle = event.angleDelta()
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or angle.y() == 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - (angle.x() or angle.y()) * lines * WHEEL_STEP // 120)
            else:
                self._scroll.scroll_by(-angle.y() * lines * WHEEL_STEP // 120)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        page = self.viewport().height() - WHEEL_STEP
        key = Qt.Key(event.key())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        steps = {
            Qt.Key.Key_Down: WHEEL_STEP, Qt.Key.Key_Up: -WHEEL_STEP,
            Qt.Key.Key_PageDown: page, Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_Space: -page if shift else page,
        }
        if key in steps:
            self._scroll.scroll_by(steps[key])
        elif key == Qt.Key.Key_Home:
            self._scroll.scroll_to(0)
        elif key == Qt.Key.Key_End:
            self._scroll.scroll_to(self.verticalScrollBar().maximum())
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            bar = self.horizontalScrollBar()
            step = WHEEL_STEP if key == Qt.Key.Key_Right else -WHEEL_STEP
            if bar.maximum() > 0:
                bar.setValue(bar.value() + step)
            else:
                self.goto_page(self._current + (1 if step > 0 else -1), animate=True)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
