"""The signature panel: what the review engine says about the open document, for a lawyer.

The document's verdict (colour, icon and words), each signature with its own verdict, signer,
times, level and reasons, the changes made after signing, and the way to the revision a
signature covers ("Show signed version").  The verdict vocabulary (integrity, indications,
field names) is the PDF report's, so the panel and an exported report use the same words; the
panel's own words go through Qt's translator.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crypto.review.model import Change, FileReport, Indication, SignatureReport
from ui.i18n import current_language
from ui.verdict import COLOURS, Tone, file_tone, signature_tone, tone_pixmap, words_for

if TYPE_CHECKING:
    from app.review.report_text import Words

_CN = re.compile(r"(?:^|, )Common Name: (.*?)(?=, [A-Z][A-Za-z ]+: |$)")


def common_name(subject: str) -> str:
    """'Serial Number: 9, Common Name: X, Organization: Y' → 'X' (the subject without a CN)."""
    found = _CN.search(subject)
    return found.group(1) if found else subject


def _who(subject: str) -> str:
    """'示例科技有限公司 · 合同专用章': the common name, then unit and organisation if they add."""
    parts = [common_name(subject)]
    for key in ("Organizational Unit", "Organization"):
        found = re.search(rf"(?:^|, ){key}: (.*?)(?=, [A-Z][A-Za-z ]+: |$)", subject)
        if found and found.group(1) not in parts:
            parts.append(found.group(1))
    return " · ".join(parts)


def local_time(iso: str | None) -> str:
    """An ISO 8601 time as local time, 'yyyy-MM-dd HH:mm:ss' (the text itself if unparsable)."""
    if not iso:
        return "—"
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm:ss")


def _label(text: str, *, bold: bool = False, muted: bool = False, wrap: bool = True,
           selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    if muted:
        label.setEnabled(False)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SignatureCard(QFrame):
    """One signature or document timestamp."""

    showSignedVersion = Signal(str)
    comparePages = Signal(str)

    def __init__(self, sig: SignatureReport, number: int, report: FileReport, words: Words,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.review.report_text import DOCMDP, WORDS

        self.setObjectName("signatureCard")
        self.field = sig.field
        self.tone = signature_tone(sig, report)
        strong = COLOURS[self.tone][0].name()
        self.setStyleSheet(f"QFrame#signatureCard {{ border: 1px solid palette(mid); "
                           f"border-left: 5px solid {strong}; border-radius: 3px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 8)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(tone_pixmap(self.tone, 18, self.devicePixelRatioF()))
        who = common_name(sig.signer.subject) if sig.signer else sig.field
        kind = words(WORDS.get(sig.kind, sig.kind))
        head.addWidget(icon)
        head.addWidget(_label(f"{kind} {number}: {who}", bold=True), 1)
        layout.addLayout(head)
        verdict = words.coded(words.indication(sig.indication), sig.indication.value)
        if sig.sub_indication is not None:
            verdict += " · " + words.sub_indication(sig.sub_indication)
        self.verdict = _label(verdict)
        self.verdict.setObjectName("signatureVerdict")
        layout.addWidget(self.verdict)
        if sig.indication is Indication.TOTAL_PASSED and self.tone is not Tone.GOOD:
            layout.addWidget(_label(self.tr("The signature itself is valid, but the document "
                                            "was changed after it was signed.")))
        form = QFormLayout()
        form.setContentsMargins(0, 4, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        signer = sig.signer
        rows = [
            ("Signer", _who(signer.subject) if signer else "—"),
            ("Issuer", _who(signer.issuer) if signer else "—"),
            ("Signing time (claimed)", local_time(sig.signing_time)),
            ("Timestamp time", local_time(sig.timestamp_time)),
            ("PAdES level", sig.pades_level or "—"),
            ("Algorithm", sig.algorithm or "—"),
            ("Covers", words(WORDS.get(sig.coverage, sig.coverage))),
        ]
        if sig.docmdp is not None:
            rows.append(("Certification", words(DOCMDP.get(sig.docmdp, str(sig.docmdp)))))
        for name, value in rows:
            field = _label(value, selectable=True)
            if signer is not None and name in ("Signer", "Issuer"):
                field.setToolTip(signer.subject if name == "Signer" else signer.issuer)
            form.addRow(_label(words(name), muted=True), field)
        form.addRow(_label(self.tr("Signature field"), muted=True),
                    _label(sig.field, selectable=True))
        layout.addLayout(form)
        for reason in sig.reasons:
            layout.addWidget(_label("· " + words.error_text(reason)))
        if sig.revision > 0:
            button = QPushButton(self.tr("Show signed version"))
            button.setObjectName("showSignedVersion")
            button.setToolTip(self.tr("Open the document exactly as this signature covers it"))
            button.clicked.connect(lambda: self.showSignedVersion.emit(self.field))
            compare = QPushButton(self.tr("Compare pages"))
            compare.setObjectName("comparePages")
            compare.setToolTip(self.tr("Show what the signer saw beside what this file shows"))
            compare.clicked.connect(lambda: self.comparePages.emit(self.field))
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(compare)
            row.addStretch(1)
            layout.addLayout(row)


class SignaturePanel(QScrollArea):
    """The review of one document (or a note that it is being checked)."""

    showSignedVersion = Signal(str)  # signature field
    comparePages = Signal(str)  # signature field
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        self.report: FileReport | None = None
        self.cards: list[SignatureCard] = []
        self.tone = Tone.NEUTRAL
        self._state = "empty"
        self._failure = ""
        self._rebuild()

    def show_checking(self) -> None:
        self._state, self.report = "checking", None
        self._rebuild()

    def show_report(self, report: FileReport) -> None:
        self._state, self.report = "report", report
        self._rebuild()

    def show_failed(self, message: str) -> None:
        self._state, self._failure, self.report = "failed", message, None
        self._rebuild()

    def _rebuild(self) -> None:
        body = QWidget()
        body.setObjectName("signaturePanelBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 10, 10, 10)
        self.cards = []
        if self._state == "checking":
            layout.addWidget(_label(self.tr("Checking the signatures…")))
        elif self._state == "failed":
            layout.addWidget(_label(self._failure))
        elif self.report is not None:
            self._fill(layout, self.report, words_for(current_language()))
        layout.addStretch(1)
        self.setWidget(body)

    def _fill(self, layout: QVBoxLayout, report: FileReport, words: Words) -> None:
        self.tone = file_tone(report)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(tone_pixmap(self.tone, 32, self.devicePixelRatioF()))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = _label(words.coded(words.integrity(report.integrity), report.integrity.value),
                       bold=True)
        title.setObjectName("integrityTitle")
        title.setStyleSheet(f"color: {COLOURS[self.tone][0].darker(120).name()};")
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(_label(words.file_note(report)))
        head.addLayout(column, 1)
        layout.addLayout(head)
        if report.error:
            layout.addWidget(_label(words.error_text(report.error)))
        if report.visual_difference and report.differing_pages:
            pages = words.pages(report.differing_pages)
            layout.addWidget(_label(self.tr("Pages that look different from what was signed: "
                                            "{pages}").format(pages=pages)))
        if report.changes:
            layout.addWidget(_label(self.tr("Changes after signing ({count})").format(
                count=len(report.changes)), bold=True))
            for change in report.changes:
                layout.addWidget(self._change_item(change, words))
        if report.signatures:
            layout.addWidget(_label(self.tr("Signatures ({count})").format(
                count=len(report.signatures)), bold=True))
            for number, sig in enumerate(report.signatures, start=1):
                card = SignatureCard(sig, number, report, words)
                card.showSignedVersion.connect(self.showSignedVersion)
                card.comparePages.connect(self.comparePages)
                self.cards.append(card)
                layout.addWidget(card)
        digest = report.sha256 or "—"
        if len(digest) == 64:
            digest = digest[:32] + "\n" + digest[32:]
        layout.addWidget(_label(self.tr("File fingerprint (SHA-256):"), muted=True))
        layout.addWidget(_label(digest, muted=True, selectable=True))
        export = QPushButton(self.tr("Export report…"))
        export.setObjectName("exportReport")
        export.clicked.connect(self.exportRequested)
        layout.addWidget(export, 0, Qt.AlignmentFlag.AlignLeft)

    def _change_item(self, change: Change, words: Words) -> QLabel:
        """One change after signing; a forbidden one, or one drawn over content the signer saw
        (permitted or not, what is shown is not what was signed), in the bad tone."""
        from app.review.report_text import WORDS

        line = self.tr("Revision {revision} · {kind} · {detail}").format(
            revision=change.revision, kind=words(WORDS[change.kind.value]),
            detail=words.error_text(change.detail))
        if not change.allowed:
            line += " · " + self.tr("not allowed")
        if change.covers_signed:
            line += " · " + self.tr("drawn over signed content")
        item = _label("· " + line, selectable=True)
        name = ("forbiddenChangeItem" if not change.allowed else
                "coveringChangeItem" if change.covers_signed else "changeItem")
        item.setObjectName(name)
        if change.covers_signed or not change.allowed:
            item.setStyleSheet(f"color: {COLOURS[Tone.BAD][0].name()};")
            if change.covers_signed:
                item.setToolTip(self.tr("Its appearance hides or alters what the signer saw. "
                                        "Use Compare pages to see the signed version."))
        return item

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)
