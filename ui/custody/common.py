"""What the custody screens share: words for seal kinds and request states, the seal image as it
is stamped, and running a person's key (token PIN or soft certificate) in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QWidget

from crypto.errors import Text
from ui.jobs import JobRunner

if TYPE_CHECKING:
    pass

T = TypeVar("T")
SIGN_POOL = "custody-sign"  # work that waits for a person's PIN: never on the vault pool
ROLE = Qt.ItemDataRole.UserRole


class CustodyWords(QObject):
    """Seal kinds and request states in the user's language (stored values stay as they are)."""

    def kinds(self) -> dict[str, str]:
        """Every kind (app.custody.registry.SEAL_KINDS, in order) with its words."""
        return {
            "公章": self.tr("Company seal (公章)"),
            "合同专用章": self.tr("Contract seal (合同专用章)"),
            "财务专用章": self.tr("Finance seal (财务专用章)"),
            "法人章": self.tr("Legal representative's seal (法人章)"),
            "发票专用章": self.tr("Invoice seal (发票专用章)"),
            "人事专用章": self.tr("HR seal (人事专用章)"),
            "业务专用章": self.tr("Business seal (业务专用章)"),
        }

    def kind(self, kind: str) -> str:
        return self.kinds().get(kind, kind)

    def state(self, state: str) -> str:
        words = {"pending": self.tr("Waiting for a decision"), "approved": self.tr("Approved"),
                 "rejected": self.tr("Rejected"), "sealed": self.tr("Sealed")}
        return words.get(state, state)

    def placement(self, rule: dict[str, Any]) -> str:
        if rule.get("kind") == "anchor":
            return self.tr("Centred on the text “{text}”, {size} pt").format(
                text=rule["text"], size=rule["size"])
        if rule.get("kind") == "rect":
            x1, y1, x2, y2 = rule["rect"]
            return self.tr("Page {page}, rectangle {x1},{y1} – {x2},{y2} pt").format(
                page=rule["page"], x1=x1, y1=y1, x2=x2, y2=y2)
        return self.tr("Cross-page seal (骑缝章), {size} pt").format(size=rule.get("size"))


WORDS: CustodyWords | None = None


def words() -> CustodyWords:
    """The shared translator of custody words (made on first use, on the GUI thread)."""
    global WORDS
    if WORDS is None:
        WORDS = CustodyWords(QCoreApplication.instance())
    return WORDS


def error_text(text: Text) -> str:
    """Our words (:class:`crypto.errors.Text`) in the user's language."""
    return text.render(lambda t: QCoreApplication.translate("errors", t))


def when(stamp: str | None) -> str:
    """A stored UTC time as ``YYYY-MM-DD HH:MM``."""
    return (stamp or "")[:16].replace("T", " ")


def seal_image(png: bytes, size: int) -> QImage:
    """The seal image as stamped, on white paper, fitted into ``size`` × ``size`` pixels
    (decoding and scaling a large PNG takes a while: made on a worker thread)."""
    image = QImage()
    image.loadFromData(png)
    paper = QImage(size, size, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    if image.isNull():
        return paper
    fitted = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(paper)
    painter.drawImage((size - fitted.width()) // 2, (size - fitted.height()) // 2, fitted)
    painter.end()
    return paper


class SealPreview(QLabel):
    """A square showing a seal image exactly as it is stamped (or a hint)."""

    def __init__(self, jobs: JobRunner, size: int = 180, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealPreview")
        self.jobs = jobs
        self.side = size
        self.setFixedSize(size + 2, size + 2)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel#sealPreview { border: 1px solid #bbb; background: white; }")
        self.png: bytes | None = None

    def show_png(self, png: bytes | None) -> None:
        """Show ``png`` (drawn in the background) or nothing."""
        self.png = png
        self.clear()
        if png is not None:
            side = self.side
            self.jobs.run(self, lambda ctx: seal_image(png, side), on_success=lambda image:
                          self._drawn(png, image))

    def _drawn(self, png: bytes, image: QImage) -> None:
        if png is self.png:  # not replaced meanwhile
            self.setPixmap(QPixmap.fromImage(image))


def fill_table(table: QTableWidget, rows: list[list[str]], tips: list[list[str]] | None = None,
               data: list[Any] | None = None) -> None:
    """Rows of text into a read-only table (``data`` kept on each row's first cell)."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tips[r][c] if tips else text)
            if c == 0 and data is not None:
                item.setData(ROLE, data[r])
            table.setItem(r, c, item)


def read_only_table(columns: list[str], name: str) -> QTableWidget:
    """A table that selects whole rows, one at a time, and is never edited."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table
