"""Page thumbnails beside the view: rendered only while they are on screen, at low priority."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from ui.pdf_view.cache import THUMBNAIL_BUDGET, ImageCache
from ui.pdf_view.renderer import PRIORITY_THUMBNAIL, DocumentInfo, PageRequest, RenderService

THUMBNAIL_WIDTH = 110  # logical pixels
_ModelIndex = QModelIndex | QPersistentModelIndex


class ThumbnailModel(QAbstractListModel):
    """One row per page: the page number and its thumbnail (or a blank page until rendered)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.info: DocumentInfo | None = None
        self.cache = ImageCache(THUMBNAIL_BUDGET)
        self.box = QSize(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH)
        self.dpr = 1.0
        self._blank: dict[tuple[int, int], QIcon] = {}
        self._icons: dict[int, tuple[int, QIcon]] = {}

    def set_document(self, info: DocumentInfo, dpr: float) -> None:
        self.beginResetModel()
        self.info = info
        self.dpr = dpr
        self.cache.clear()
        self._icons.clear()
        tallest = max((h / w for w, h in info.sizes if w > 0), default=1.414)
        self.box = QSize(THUMBNAIL_WIDTH, round(THUMBNAIL_WIDTH * min(tallest, 2.0)))
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.info is None else self.info.page_count

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.info is None:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            width, height = self.device_size(page)
            image = self.cache.get(page, width)
            return self._icon(page, image) if image is not None else self._blank_icon(width, height)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignHCenter
        return None

    def device_size(self, page: int) -> tuple[int, int]:
        """The thumbnail's size in device pixels: inside the box, keeping the page's shape."""
        assert self.info is not None
        w, h = self.info.sizes[page]
        scale = min(self.box.width() / max(w, 1e-3), self.box.height() / max(h, 1e-3))
        return max(1, round(w * scale * self.dpr)), max(1, round(h * scale * self.dpr))

    def delivered(self, page: int, width: int, image: QImage) -> None:
        image.setDevicePixelRatio(self.dpr)
        self.cache.put(page, width, image)
        self._icons.pop(page, None)
        index = self.index(page)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _icon(self, page: int, image: QImage) -> QIcon:
        """The page as an icon that stays untinted when selected (the frame shows selection)."""
        key = image.cacheKey()
        cached = self._icons.get(page)
        if cached is not None and cached[0] == key:
            return cached[1]
        pixmap = QPixmap.fromImage(image)
        icon = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
            icon.addPixmap(pixmap, mode)
        if len(self._icons) > 200:
            self._icons.clear()
        self._icons[page] = (key, icon)
        return icon

    def _blank_icon(self, width: int, height: int) -> QIcon:
        icon = self._blank.get((width, height))
        if icon is None:
            image = QImage(width, height, QImage.Format.Format_RGB32)
            image.fill(QColor(Qt.GlobalColor.white))
            image.setDevicePixelRatio(self.dpr)
            pixmap = QPixmap.fromImage(image)
            icon = QIcon()
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                icon.addPixmap(pixmap, mode)
            self._blank[(width, height)] = icon
        return icon


class ThumbnailList(QListView):
    """The thumbnail column; ``pageActivated`` when the user picks a page."""

    pageActivated = Signal(int)

    def __init__(self, renderer: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumbnails")
        self._renderer = renderer
        self._client = f"thumbs-{id(self)}"
        self._model = ThumbnailModel(self)
        self.setModel(self._model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        scrollbar = self.verticalScrollBar().sizeHint().width()
        width = THUMBNAIL_WIDTH + 2 * self.spacing() + scrollbar + 12
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 60)
        self._timer = QTimer(self, singleShot=True, interval=30)
        self._timer.timeout.connect(self._send_requests)
        # not connect(self._timer.start): start(int) would take the scroll value as its interval
        self.verticalScrollBar().valueChanged.connect(lambda _: self._timer.start())
        self.clicked.connect(lambda index: self.pageActivated.emit(index.row()))
        self.activated.connect(lambda index: self.pageActivated.emit(index.row()))

    @property
    def model_(self) -> ThumbnailModel:
        return self._model

    def set_document(self, info: DocumentInfo) -> None:
        self._model.set_document(info, self.devicePixelRatioF())
        self.setIconSize(self._model.box)
        self.select_page(0)
        self._timer.start()

    def select_page(self, page: int) -> None:
        """Highlight ``page`` and keep it in sight (the view scrolled)."""
        if self._model.info is None or not 0 <= page < self._model.rowCount():
            return
        index = self._model.index(page)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._timer.start()

    def visible_rows(self) -> range:
        """The rows on screen (and one more on each side)."""
        rows = self._model.rowCount()
        if rows == 0:
            return range(0)
        first = self.visualRect(self._model.index(0))
        second = self.visualRect(self._model.index(1)) if rows > 1 else first
        step = max(1, second.top() - first.top()) if rows > 1 else max(1, first.height())
        start = max(0, -first.top() // step)  # uniform items, top to bottom
        end = start + self.viewport().height() // step + 1
        return range(max(0, start - 1), min(rows, end + 2))

    def _send_requests(self) -> None:
        info = self._model.info
        if info is None:
            return
        requests = []
        for rank, page in enumerate(self.visible_rows()):
            width, height = self._model.device_size(page)
            if self._model.cache.get(page, width) is None:
                requests.append(PageRequest(PRIORITY_THUMBNAIL + rank, page, width, height))
        self._renderer.want(info.doc_id, self._client, requests, self._model.delivered, self)
