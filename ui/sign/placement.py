"""Placing the seal: drag it on the page, centre it on a text (盖章处), across the page edges
(骑缝章), or no visible seal.  The page is rendered by a job; positions are kept in MuPDF's
displayed-page points and turned into PDF user space by the signing job
(:func:`crypto.seal.placement.page_rect_from_view`), so rotated pages come out right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crypto.seal.spec import Rect
from ui.jobs import JobRunner
from ui.presenter import message

RENDER_SCALE = 1.5  # pixels per point in the preview
SEAL_RED = QColor(200, 30, 30)
MODES = ("drag", "anchor", "cross", "none")
TEXT_SEAL = ""  # the seal combo's value for "signer name and time" (no image)


@dataclass(frozen=True)
class PlacementChoice:
    """Where the seal goes and what it looks like, as the user chose it."""

    mode: str  # one of MODES
    page: int = 1
    view_rect: Rect | None = None  # drag: MuPDF displayed-page points (top-left origin, y down)
    anchor: str = "盖章处"
    size: float = 120.0
    image: Path | None = None  # None: a text seal with the signer's name and the time

    def seal_spec(self, document: Path, password: str | None = None) -> object | None:
        """The engine's SealSpec (None: invisible).  Opens the PDF: call it off the GUI thread."""
        from crypto.pades.engine import SealSpec
        from crypto.seal.placement import page_rect_from_view
        from crypto.seal.spec import CrossPage, PageRect, TextAnchor

        if self.mode == "none":
            return None
        placement: PageRect | TextAnchor | CrossPage
        if self.mode == "drag":
            assert self.view_rect is not None
            placement = page_rect_from_view(document, self.page, self.view_rect, password)
        elif self.mode == "anchor":
            placement = TextAnchor(text=self.anchor, size=self.size)
        else:
            placement = CrossPage(size=self.size)
        image = None
        if self.image is not None:
            from crypto.seal.image import check_seal_image

            image = check_seal_image(self.image).png
        lines = () if image is not None else ("%(signer)s", "%(ts)s")
        return SealSpec(placement=placement, image_png=image, lines=lines)


@dataclass(frozen=True)
class RenderedPage:
    image: QImage
    page: int
    page_count: int
    size_pt: tuple[float, float]


def render_page(document: Path, page: int, password: str | None = None) -> RenderedPage:
    """One page as an image for the preview (worker thread)."""
    import pymupdf

    from crypto.seal.placement import open_pdf

    with open_pdf(document, password) as doc:
        index = min(max(page, 1), doc.page_count) - 1
        p = doc[index]
        pix = p.get_pixmap(matrix=pymupdf.Matrix(RENDER_SCALE, RENDER_SCALE), alpha=False)
        image = QImage(pix.samples, pix.width, pix.height, pix.stride,
                       QImage.Format.Format_RGB888).copy()
        return RenderedPage(image, index + 1, doc.page_count, (p.rect.width, p.rect.height))


def find_anchor(document: Path, anchor: str, size: float,
                password: str | None = None) -> tuple[int, Rect]:
    """The page and displayed rectangle where a text anchor puts the seal (worker thread)."""
    from crypto.seal.placement import resolve_anchor, view_rect_of
    from crypto.seal.spec import TextAnchor

    found = resolve_anchor(document, TextAnchor(text=anchor, size=size), password)
    return found.page, view_rect_of(document, found, password)


class SealItem(QGraphicsRectItem):
    """The seal on the page: drag to move, drag the corner to resize (stays square)."""

    HANDLE = 14.0

    def __init__(self, pixmap: QPixmap | None, side: float) -> None:
        super().__init__(0, 0, side, side)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setPen(QPen(SEAL_RED, 1.5, Qt.PenStyle.DashLine))
        self.setBrush(QBrush(QColor(200, 30, 30, 25)))
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.pixmap = pixmap
        self.bounds = QRectF()
        self._resizing = False
        self.on_change: Callable[[], None] = lambda: None

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        r = self.rect()
        if self.pixmap is not None and not self.pixmap.isNull():
            painter.drawPixmap(r, self.pixmap, QRectF(self.pixmap.rect()))
        else:
            painter.setPen(QPen(SEAL_RED, 3))
            painter.drawEllipse(r.adjusted(4, 4, -4, -4))
        super().paint(painter, option, widget)  # type: ignore[arg-type]
        painter.fillRect(QRectF(r.right() - self.HANDLE, r.bottom() - self.HANDLE,
                                self.HANDLE, self.HANDLE), SEAL_RED)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt
        r = self.rect()
        p = event.pos()
        self._resizing = p.x() > r.right() - self.HANDLE and p.y() > r.bottom() - self.HANDLE
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt
        if self._resizing:
            side = max(event.pos().x(), event.pos().y(), 20.0)
            limit = min(self.bounds.right() - self.pos().x(), self.bounds.bottom() - self.pos().y())
            self.setRect(0, 0, min(side, limit), min(side, limit))
            self.on_change()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt
        self._resizing = False
        super().mouseReleaseEvent(event)
        self.on_change()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.bounds.isValid():
            assert isinstance(value, QPointF)
            side = self.rect().width()
            x = min(max(value.x(), self.bounds.left()), self.bounds.right() - side)
            y = min(max(value.y(), self.bounds.top()), self.bounds.bottom() - side)
            return QPointF(x, y)
        return super().itemChange(change, value)


class PlacementPage(QWidget):
    """Page preview with the seal, and the placement rule."""

    changed = Signal()

    def __init__(self, jobs: JobRunner, seal_images: tuple[str, ...] = (),
                 anchor: str = "盖章处", size: float = 120.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placementPage")
        self._jobs = jobs
        self.document: Path | None = None
        self.page_count = 1
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setObjectName("placementView")
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.page_item = QGraphicsPixmapItem()
        self.scene.addItem(self.page_item)
        self.seal = SealItem(None, size * RENDER_SCALE)
        self.seal.setZValue(1)
        self.seal.on_change = self._seal_moved
        self.scene.addItem(self.seal)
        self.strip = QGraphicsRectItem()  # cross-page preview: this page's share of the seal
        self.strip.setPen(QPen(SEAL_RED, 1.5, Qt.PenStyle.DashLine))
        self.strip.setBrush(QBrush(QColor(200, 30, 30, 60)))
        self.strip.setZValue(1)
        self.strip.hide()
        self.scene.addItem(self.strip)
        self.modes = QButtonGroup(self)
        texts = {"drag": self.tr("Where I put it on the page"),
                 "anchor": self.tr("Centred on the text"),
                 "cross": self.tr("Across the page edges (骑缝章)"),
                 "none": self.tr("No visible seal")}
        self.radios: dict[str, QRadioButton] = {}
        for mode in MODES:
            radio = QRadioButton(texts[mode])
            radio.setObjectName(f"mode_{mode}")
            self.radios[mode] = radio
            self.modes.addButton(radio)
        self.radios["drag"].setChecked(True)
        self.anchor = QLineEdit(anchor)
        self.anchor.setObjectName("anchorText")
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setObjectName("findAnchor")
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("placementPageSpin")
        self.page_spin.setRange(1, 1)
        self.size_spin = QDoubleSpinBox()
        self.size_spin.setObjectName("sealSize")
        self.size_spin.setRange(20.0, 400.0)
        self.size_spin.setSuffix(" pt")
        self.size_spin.setValue(size)
        self.seal_combo = QComboBox()
        self.seal_combo.setObjectName("sealImage")
        self.seal_combo.addItem(self.tr("Text seal: signer and time"), TEXT_SEAL)
        for path in seal_images:
            self.seal_combo.addItem(Path(path).name, path)
        self.seal_combo.addItem(self.tr("Choose an image…"), None)
        self.info = QLabel()
        self.info.setObjectName("placementInfo")
        self.info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Seal"), self.seal_combo)
        form.addRow(self.tr("Size"), self.size_spin)
        form.addRow(self.tr("Page"), self.page_spin)
        side = QVBoxLayout()
        side.addLayout(form)
        for mode in MODES:
            side.addWidget(self.radios[mode])
            if mode == "anchor":
                row = QHBoxLayout()
                row.addWidget(self.anchor, 1)
                row.addWidget(self.find_button)
                side.addLayout(row)
        side.addWidget(self.info)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 3)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(320)
        layout.addWidget(panel, 1)
        self.page_spin.valueChanged.connect(self._load_page)
        self.size_spin.valueChanged.connect(self._resize_seal)
        self.find_button.clicked.connect(self.find_anchor)
        self.seal_combo.activated.connect(self._seal_chosen)
        self.modes.buttonToggled.connect(lambda *_: self._mode_changed())
        self._image: Path | None = None

    # --- document and page ----------------------------------------------------------------

    def set_document(self, document: Path) -> None:
        """Show the document's last page (where seals usually go)."""
        self.document = document
        self._load_page(0, last=True)

    def _load_page(self, page: int, last: bool = False) -> None:
        document = self.document
        if document is None:
            return
        want = 10**9 if last else page
        self._jobs.run(self, lambda ctx: render_page(document, want),
                       on_success=self._show_page, on_failure=self._failed)

    def _show_page(self, rendered: RenderedPage) -> None:
        self.page_count = rendered.page_count
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, rendered.page_count)
        self.page_spin.setValue(rendered.page)
        self.page_spin.blockSignals(False)
        self.page_item.setPixmap(QPixmap.fromImage(rendered.image))
        bounds = QRectF(self.page_item.pixmap().rect())
        self.scene.setSceneRect(bounds)
        self.seal.bounds = bounds
        if not bounds.contains(self.seal.sceneBoundingRect()):  # first page: bottom right
            side = self.seal.rect().width()
            self.seal.setPos(bounds.right() - side - 60, bounds.bottom() - side - 90)
        self.view.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio)
        self._seal_moved()
        self._show_strip()

    def _failed(self, exc: BaseException) -> None:
        self.info.setText(message(exc))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        if not self.scene.sceneRect().isEmpty():
            self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # --- the seal ---------------------------------------------------------------------------

    def _seal_chosen(self, index: int) -> None:
        value = self.seal_combo.itemData(index)
        if value is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Seal image"), str(Path.home()),
                                                  self.tr("PNG images (*.png)"))
            if not name:
                self.seal_combo.setCurrentIndex(0)
                value = TEXT_SEAL
            else:
                self.seal_combo.insertItem(index, Path(name).name, name)
                self.seal_combo.setCurrentIndex(index)
                value = name
        self.set_seal_image(Path(value) if value else None)

    def set_seal_image(self, path: Path | None) -> None:
        """Use this PNG as the seal (None: a text seal); checked in the background."""
        self._image = path
        if path is None:
            self.seal.pixmap = None
            self.seal.update()
            self.changed.emit()
            return

        def check(ctx: object) -> bytes:
            from crypto.seal.image import check_seal_image

            return check_seal_image(path).png

        def show(png: bytes) -> None:
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            self.seal.pixmap = pixmap
            self.seal.update()
            self.changed.emit()

        def bad(exc: BaseException) -> None:
            self._image = None
            self.seal_combo.setCurrentIndex(0)
            self.info.setText(message(exc))

        self._jobs.run(self, check, on_success=show, on_failure=bad)

    def _resize_seal(self, size: float) -> None:
        side = size * RENDER_SCALE
        self.seal.setRect(0, 0, side, side)
        self._seal_moved()
        self._show_strip()

    def _seal_moved(self) -> None:
        self.size_spin.blockSignals(True)
        self.size_spin.setValue(self.seal.rect().width() / RENDER_SCALE)
        self.size_spin.blockSignals(False)
        if self.seal.isUnderMouse() and not self.radios["drag"].isChecked():
            self.radios["drag"].setChecked(True)
        self.changed.emit()

    def _show_strip(self) -> None:
        """Cross-page: each of the N pages shows 1/N of the seal's width at its right edge."""
        bounds = self.seal.bounds
        if self.mode() != "cross" or not bounds.isValid():
            self.strip.hide()
            return
        side = self.size_spin.value() * RENDER_SCALE
        width = side / max(self.page_count, 1)
        top = bounds.center().y() - side / 2
        self.strip.setRect(bounds.right() - width, top, width, side)
        self.strip.show()

    def _mode_changed(self) -> None:
        mode = self.mode()
        self._show_strip()
        self.seal.setVisible(mode in ("drag", "anchor"))
        self.page_spin.setEnabled(mode == "drag")
        notes = {"cross": self.tr("Each page gets a strip of the seal at its right edge; "
                                  "together they make the whole seal."),
                 "none": self.tr("The signature is invisible on the page; the signature panel "
                                 "of any PDF reader still shows it."),
                 "anchor": self.tr("The seal is centred on the last place this text occurs. "
                                   "Press Find to see where."),
                 "drag": self.tr("Drag the seal; drag its corner to resize it.")}
        self.info.setText(notes[mode])
        self.changed.emit()

    def find_anchor(self) -> None:
        """Show where the anchor text puts the seal."""
        document, text, size = self.document, self.anchor.text(), self.size_spin.value()
        if document is None or not text:
            return
        self.radios["anchor"].setChecked(True)
        self._jobs.run(self, lambda ctx: find_anchor(document, text, size),
                       on_success=self._anchor_found, on_failure=self._failed)

    def _anchor_found(self, found: tuple[int, Rect]) -> None:
        page, rect = found
        self._pending_rect = rect
        document = self.document
        assert document is not None

        def shown(rendered: RenderedPage) -> None:
            self._show_page(rendered)
            x0, y0, x1, _y1 = rect
            self.seal.setRect(0, 0, (x1 - x0) * RENDER_SCALE, (x1 - x0) * RENDER_SCALE)
            self.seal.setPos(x0 * RENDER_SCALE, y0 * RENDER_SCALE)
            self.radios["anchor"].setChecked(True)
            self.info.setText(self.tr("Found on page {page}.").format(page=page))

        self._jobs.run(self, lambda ctx: render_page(document, page), on_success=shown,
                       on_failure=self._failed)

    # --- the result -------------------------------------------------------------------------

    def mode(self) -> str:
        """The chosen placement mode."""
        for mode, radio in self.radios.items():
            if radio.isChecked():
                return mode
        return "drag"

    def choice(self) -> PlacementChoice:
        """The placement as chosen now."""
        pos, side = self.seal.pos(), self.seal.rect().width()
        rect = (pos.x() / RENDER_SCALE, pos.y() / RENDER_SCALE,
                (pos.x() + side) / RENDER_SCALE, (pos.y() + side) / RENDER_SCALE)
        choice = PlacementChoice(mode=self.mode(), page=self.page_spin.value(),
                                 anchor=self.anchor.text(), size=self.size_spin.value(),
                                 image=self._image)
        return replace(choice, view_rect=rect) if choice.mode == "drag" else choice

    def is_complete(self) -> bool:
        """Whether the placement can be used."""
        mode = self.mode()
        if mode == "anchor":
            return bool(self.anchor.text().strip())
        if mode == "cross":
            return self._image is not None
        return mode == "none" or not self.page_item.pixmap().isNull()
