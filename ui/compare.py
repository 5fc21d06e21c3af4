"""Side by side and overlay: a changed page as the signer saw it and as it is displayed now.

The comparison is the review engine's (crypto.review.visual): the signed revision and the
current document are rendered and compared page by page, and every page that differs comes with
both renderings, the change outlined in red.  Rendering runs as a job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import JobRunner
from ui.presenter import message

IMAGE_WIDTH = 640
MAX_PAGES = 200


def compare_signed(path: Path, field: str) -> object:
    """The signed revision of ``field`` against the file (worker thread): a VisualDiff."""
    from crypto.review.visual import compare_revision
    from ui import review as review_glue

    signed = review_glue.signed_version(path, field)
    return compare_revision(path, signed, max_pages=MAX_PAGES, thumbnails=MAX_PAGES,
                            thumbnail_width=IMAGE_WIDTH)


def _pixmap(png: bytes | None) -> QPixmap:
    pixmap = QPixmap()
    if png:
        pixmap.loadFromData(png)
    return pixmap


class CompareDialog(QDialog):
    """The pages that differ, each side by side or as an overlay."""

    compared = Signal(object)  # the VisualDiff (tests)

    def __init__(self, jobs: JobRunner, path: Path, field: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("What the signer saw and what is shown now — {field}")
                            .format(field=field))
        screen = self.screen().availableGeometry()
        self.resize(min(1400, screen.width() - 40), min(900, screen.height() - 40))
        self.diff: object | None = None
        self.summary = QLabel(self.tr("Rendering and comparing the pages…"))
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.pages = QListWidget()
        self.pages.setObjectName("comparePages")
        self.pages.setMaximumWidth(230)
        self.side = QRadioButton(self.tr("Side by side"))
        self.side.setChecked(True)
        self.overlay = QRadioButton(self.tr("Overlay"))
        self.overlay.setObjectName("overlayMode")
        mode = QButtonGroup(self)
        mode.addButton(self.side)
        mode.addButton(self.overlay)
        self.signed_title = QLabel(self.tr("Signed (what the signer saw)"))
        self.current_title = QLabel(self.tr("Now (what this file shows)"))
        self.signed_image = QLabel()
        self.signed_image.setObjectName("signedImage")
        self.current_image = QLabel()
        self.current_image.setObjectName("currentImage")
        for label in (self.signed_image, self.current_image):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        images = QWidget()
        grid = QHBoxLayout(images)
        for title, image in ((self.signed_title, self.signed_image),
                             (self.current_title, self.current_image)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(image, 1)
            grid.addLayout(column)
        scroll = QScrollArea()
        scroll.setWidget(images)
        scroll.setWidgetResizable(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.side)
        top.addWidget(self.overlay)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.currentRowChanged.connect(self._show_page)
        mode.buttonToggled.connect(lambda *_: self._show_page(self.pages.currentRow()))
        jobs.run(self, lambda ctx: compare_signed(path, field), on_success=self._compared,
                 on_failure=lambda exc: self.summary.setText(message(exc)))

    def _compared(self, diff: object) -> None:
        from crypto.review.visual import VisualDiff

        assert isinstance(diff, VisualDiff)
        self.diff = diff
        kinds = {"content": self.tr("content changed"), "covered": self.tr("content covered"),
                 "size": self.tr("page size changed"), "rotation": self.tr("page rotated"),
                 "moved": self.tr("page moved"), "added": self.tr("page added"),
                 "removed": self.tr("page removed"), "unrenderable": self.tr("cannot be shown")}
        for d in diff.pages:
            where = (self.tr("Page {page}").format(page=d.page) if d.page is not None
                     else self.tr("Signed page {page}").format(page=d.signed_page))
            self.pages.addItem(f"{where}: {kinds.get(d.kind, d.kind)}")
        if diff.differs:
            text = self.tr("{count} page(s) differ from what the signer saw. The change is "
                           "outlined in red.").format(count=len(diff.pages))
        else:
            text = self.tr("No visual difference: every compared page looks as the signer "
                           "saw it.")
        if not diff.complete:
            text += " " + self.tr("Only the first {count} pages were compared.").format(
                count=len(diff.compared))
        self.summary.setText(text)
        if diff.pages:
            self.pages.setCurrentRow(0)
        self.compared.emit(diff)

    def _show_page(self, row: int) -> None:
        from crypto.review.visual import VisualDiff

        diff = self.diff
        if not isinstance(diff, VisualDiff) or not 0 <= row < len(diff.pages):
            return
        d = diff.pages[row]
        signed, current = _pixmap(d.signed_png), _pixmap(d.current_png)
        if self.overlay.isChecked():
            self.signed_title.setText(self.tr("Overlay: signed and now, half transparent"))
            self.signed_image.setPixmap(_blend(signed, current))
            self.current_title.hide()
            self.current_image.hide()
        else:
            self.signed_title.setText(self.tr("Signed (what the signer saw)"))
            self.signed_image.setPixmap(signed)
            self.current_image.setPixmap(current)
            self.current_title.show()
            self.current_image.show()


def _blend(below: QPixmap, above: QPixmap) -> QPixmap:
    """The two renderings on top of each other (what moved shows twice, faintly)."""
    if below.isNull():
        return above
    if above.isNull():
        return below
    out = QPixmap(max(below.width(), above.width()), max(below.height(), above.height()))
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    painter.drawPixmap(0, 0, below)
    painter.setOpacity(0.5)
    painter.drawPixmap(0, 0, above)
    painter.end()
    return out
