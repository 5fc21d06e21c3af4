"""Verdict colours and icons, and the bar above a signed document that states its verdict.

The colour rule is the PDF report's (:func:`app.review.report_pdf.file_colour`): green only for
a document that is UNCHANGED, with every signature TOTAL-PASSED and no visual difference; red
for MANIPULATED, BROKEN, a TOTAL-FAILED signature, or a change drawn over content a signer saw;
grey for no signature or no verdict; amber for everything else.  A changed document is never
plain green.  Each tone has its own icon shape (✓ ! ✕ –), so the verdict does not depend on
seeing colour.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from crypto.review.model import FileReport, Indication, Integrity, SignatureReport
from ui.i18n import current_language

if TYPE_CHECKING:  # the report modules load PyMuPDF: imported when a verdict is first shown
    from app.review.report_text import Words


class Tone(enum.Enum):
    GOOD = "good"
    WARNING = "warning"
    BAD = "bad"
    NEUTRAL = "neutral"


COLOURS = {  # strong colour (icons, borders) and a light background for bars
    Tone.GOOD: (QColor(46, 125, 50), QColor(232, 245, 233)),
    Tone.WARNING: (QColor(196, 115, 0), QColor(255, 243, 224)),
    Tone.BAD: (QColor(198, 40, 40), QColor(255, 235, 238)),
    Tone.NEUTRAL: (QColor(110, 110, 110), QColor(240, 240, 240)),
}


def _tone(colour: tuple[float, float, float]) -> Tone:
    from app.review import report_pdf as r

    return {r.GREEN: Tone.GOOD, r.AMBER: Tone.WARNING, r.RED: Tone.BAD}.get(colour, Tone.NEUTRAL)


def file_tone(report: FileReport) -> Tone:
    """The document's tone."""
    from app.review.report_pdf import file_colour

    return _tone(file_colour(report))


def signature_tone(signature: SignatureReport, report: FileReport) -> Tone:
    """A signature's tone: valid is green only inside a green document."""
    from app.review.report_pdf import file_colour, signature_colour

    return _tone(signature_colour(signature, file_colour(report)))


def words_for(language: str) -> Words:
    """The verdict vocabulary shared with the PDF report, in ``language``."""
    from app.review.report_text import Words

    return Words("zh" if language.startswith("zh") else "en")


def tone_pixmap(tone: Tone, size: int, dpr: float = 1.0) -> QPixmap:
    """A round badge: ✓ good, ! warning, ✕ bad, – neutral."""
    pixmap = QPixmap(round(size * dpr), round(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(COLOURS[tone][0])
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    pen = QPen(Qt.GlobalColor.white, max(1.5, size / 9), Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    if tone is Tone.GOOD:
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(s * 0.44, s * 0.68)
        path.lineTo(s * 0.73, s * 0.35)
        painter.drawPath(path)
    elif tone is Tone.BAD:
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    elif tone is Tone.WARNING:
        painter.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.58))
        painter.drawPoint(QPointF(s * 0.5, s * 0.75))
    else:
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5))
    painter.end()
    return pixmap


def _reason(signature: SignatureReport, words: Words) -> str:
    if signature.sub_indication is not None:
        return words.sub_indication(signature.sub_indication)
    return words.indication(signature.indication)


class VerdictBar(QWidget):
    """One line above the pages: the document's verdict, and a button to the signature panel."""

    panelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBar")
        self.setAutoFillBackground(True)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName("verdictText")
        self.text.setWordWrap(True)
        bold = QFont(self.text.font())
        bold.setBold(True)
        self.text.setFont(bold)
        self.button = QPushButton(self)
        self.button.setObjectName("verdictPanelButton")
        self.button.clicked.connect(self.panelRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.tone = Tone.NEUTRAL
        self._report: FileReport | None = None
        self._checking = False
        self.retranslate()

    def show_checking(self) -> None:
        self._checking, self._report = True, None
        self._apply(Tone.NEUTRAL, self.tr("Checking the signatures…"))
        self.show()

    def show_report(self, report: FileReport) -> None:
        self._checking, self._report = False, report
        if report.integrity is Integrity.NONE:
            self.hide()
            return
        tone = file_tone(report)
        self._apply(tone, self.summary(report, tone, words_for(current_language())))
        self.show()

    def summary(self, report: FileReport, tone: Tone, words: Words) -> str:
        """One sentence: the verdict, and the main reason when it is not plain good."""
        failed = [s for s in report.signatures if s.indication is Indication.TOTAL_FAILED]
        unsure = [s for s in report.signatures if s.indication is Indication.INDETERMINATE]
        if tone is Tone.GOOD:
            return self.tr("Signed, and every signature is valid. The document is exactly what "
                           "was signed.")
        if report.integrity is Integrity.MANIPULATED:
            return self.tr("Do not rely on this document: it was changed after signing in a way "
                           "that is not allowed, or its structure hides what was signed.")
        if report.integrity is Integrity.BROKEN:
            return self.tr("Do not rely on this document: a signature does not match the "
                           "content it covers.")
        if failed:
            return self.tr("Do not rely on this document: a signature is invalid ({reason}).")\
                .format(reason=_reason(failed[0], words))
        if report.covers_signed_content:
            return self.tr("Do not rely on this document: a change made after signing is drawn "
                           "over content the signer saw, so what you see is not what was signed.")
        if report.integrity is Integrity.ERROR:
            return self.tr("The signatures could not be checked: {error}").format(
                error=words.error_text(report.error or ""))
        if report.integrity is Integrity.CHANGED:
            return self.tr("Signed, but the document was changed after signing. Read the "
                           "changes in the signature panel before relying on it.")
        if report.visual_difference:
            return self.tr("Signed, but some pages look different from what was signed.")
        if unsure:
            return self.tr("Signed, but a signature could not be confirmed: {reason}.").format(
                reason=_reason(unsure[0], words))
        return self.tr("Signed, but there is something to check before relying on it.")

    def _apply(self, tone: Tone, text: str) -> None:
        self.tone = tone
        strong, light = COLOURS[tone]
        palette = self.palette()
        palette.setColor(self.backgroundRole(), light)
        palette.setColor(self.text.foregroundRole(), strong.darker(130))
        self.setPalette(palette)
        self.text.setPalette(palette)
        self.icon.setPixmap(tone_pixmap(tone, 20, self.devicePixelRatioF()))
        self.text.setText(text)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Signature panel"))
        if self._checking:
            self.show_checking()
        elif self._report is not None:
            self.show_report(self._report)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
