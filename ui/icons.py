"""Tool-bar icons drawn at run time: no icon theme is needed (Windows, minimal Linux, Xvfb)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

SIZES = (16, 24, 32, 48)
INK = QColor(45, 50, 60)
DISABLED_INK = QColor(45, 50, 60, 90)


def _magnifier(sign: str) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_draw(sign, size, INK), QIcon.Mode.Normal)
        icon.addPixmap(_draw(sign, size, DISABLED_INK), QIcon.Mode.Disabled)
    return icon


def _draw(sign: str, size: int, ink: QColor) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    pen = QPen(ink, max(1.5, s / 12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    lens = QRectF(s * 0.1, s * 0.1, s * 0.56, s * 0.56)
    painter.drawEllipse(lens)
    painter.drawLine(QPointF(s * 0.6, s * 0.6), QPointF(s * 0.9, s * 0.9))
    c = lens.center()
    arm = s * 0.15
    if sign in ("+", "-"):
        painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
    if sign == "+":
        painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))
    painter.end()
    return pixmap


def zoom_in() -> QIcon:
    return _magnifier("+")


def zoom_out() -> QIcon:
    return _magnifier("-")


def find() -> QIcon:
    return _magnifier("")
