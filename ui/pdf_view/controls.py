"""Tool-bar controls for the page view: the zoom box and the page number box."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from ui.pdf_view.layout import MAX_ZOOM, MIN_ZOOM, ZoomMode

PERCENTS = (50, 75, 100, 125, 150, 200, 300, 400)
_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)")


class ZoomBox(QComboBox):
    """Fit width, fit page, or a percentage (typed or chosen)."""

    zoomModeRequested = Signal(object)  # ZoomMode
    zoomRequested = Signal(float)  # 1.0 = 100 %

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoomBox")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(14)
        self._mode = ZoomMode.FIT_WIDTH
        self._zoom = 1.0
        self._filling = False
        self.activated.connect(self._chosen)
        edit = self.lineEdit()
        if edit is not None:
            edit.returnPressed.connect(self._typed)
        self.retranslate()

    def show_zoom(self, mode: ZoomMode, zoom: float) -> None:
        """Reflect the view's zoom."""
        self._mode, self._zoom = mode, zoom
        self._filling = True
        if mode is ZoomMode.FIT_WIDTH:
            self.setCurrentIndex(0)
        elif mode is ZoomMode.FIT_PAGE:
            self.setCurrentIndex(1)
        self.setEditText(self._text())
        self._filling = False

    def _text(self) -> str:
        percent = f"{round(self._zoom * 100)}%"
        if self._mode is ZoomMode.FIT_WIDTH:
            return self.tr("Fit width ({percent})").format(percent=percent)
        if self._mode is ZoomMode.FIT_PAGE:
            return self.tr("Fit page ({percent})").format(percent=percent)
        return percent

    def _chosen(self, index: int) -> None:
        if self._filling:
            return
        if index == 0:
            self.zoomModeRequested.emit(ZoomMode.FIT_WIDTH)
        elif index == 1:
            self.zoomModeRequested.emit(ZoomMode.FIT_PAGE)
        elif index > 1:
            self.zoomRequested.emit(PERCENTS[index - 2] / 100)

    def _typed(self) -> None:
        found = _NUMBER.search(self.currentText())
        if found is None:
            self.setEditText(self._text())
            return
        zoom = float(found.group(1).replace(",", ".")) / 100
        self.zoomRequested.emit(max(MIN_ZOOM, min(MAX_ZOOM, zoom)))

    def retranslate(self) -> None:
        self._filling = True
        self.clear()
        self.addItems([self.tr("Fit width"), self.tr("Fit page")]
                      + [f"{p}%" for p in PERCENTS])
        self.setToolTip(self.tr("Zoom"))
        self._filling = False
        self.show_zoom(self._mode, self._zoom)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PageBox(QWidget):
    """"Page [ 3 ] of 500": shows the current page and jumps to a typed one."""

    pageRequested = Signal(int)  # 0-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageBox")
        self.spin = QSpinBox(self)
        self.spin.setObjectName("pageNumber")
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimum(1)
        self.total = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.spin)
        layout.addWidget(self.total)
        self._pages = 0
        self._filling = False
        self.spin.valueChanged.connect(self._changed)
        self.set_pages(0)

    def set_pages(self, pages: int, current: int = 0) -> None:
        self._pages = pages
        self._filling = True
        self.spin.setMaximum(max(1, pages))
        self.spin.setValue(current + 1)
        self._filling = False
        self.spin.setEnabled(pages > 0)
        self.retranslate()

    def set_current(self, current: int) -> None:
        self._filling = True
        self.spin.setValue(current + 1)
        self._filling = False

    def focus(self) -> None:
        self.spin.setFocus()
        self.spin.selectAll()

    def _changed(self, value: int) -> None:
        if not self._filling:
            self.pageRequested.emit(value - 1)

    def retranslate(self) -> None:
        self.total.setText(self.tr("of {pages}").format(pages=self._pages) if self._pages else "")
        self.spin.setToolTip(self.tr("Go to page (Ctrl+G)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
