"""Signature options: PAdES level (with the timestamp service), approval or certification,
reason and location — the same choices as ``sealdesk sign``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.preferences import LEVELS
from crypto.pades.options import SignatureLevel, SignOptions, TsaConfig

MAX_TEXT = 200


class OptionsPage(QWidget):
    """Level, timestamp service, certification, reason, location."""

    changed = Signal()

    def __init__(self, level: str = "B-T", tsa_url: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionsPage")
        self.level = QComboBox()
        self.level.setObjectName("levelCombo")
        names = {"B-B": self.tr("B-B — signature only (works offline)"),
                 "B-T": self.tr("B-T — with a trusted timestamp"),
                 "B-LT": self.tr("B-LT — plus validation data (checkable for years)"),
                 "B-LTA": self.tr("B-LTA — plus an archive timestamp")}
        for code in LEVELS:
            self.level.addItem(names[code], code)
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        self.tsa = QLineEdit(tsa_url or "")
        self.tsa.setObjectName("tsaUrl")
        self.tsa.setPlaceholderText("https://tsa.example.com/tsr")
        self.kind = QComboBox()
        self.kind.setObjectName("certifyCombo")
        self.kind.addItem(self.tr("Approval signature"), None)
        self.kind.addItem(self.tr("Certify: no changes allowed"), 1)
        self.kind.addItem(self.tr("Certify: form filling and signing allowed"), 2)
        self.kind.addItem(self.tr("Certify: also annotations allowed"), 3)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(MAX_TEXT)
        self.reason.setPlaceholderText(self.tr("e.g. I agree to the terms of this contract"))
        self.location = QLineEdit()
        self.location.setObjectName("location")
        self.location.setMaxLength(MAX_TEXT)
        self.hint = QLabel()
        self.hint.setObjectName("optionsHint")
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Timestamp service"), self.tsa)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.hint)
        self.level.currentIndexChanged.connect(self._changed)
        self.tsa.textChanged.connect(self._changed)
        self._changed()

    def _level(self) -> SignatureLevel:
        return SignatureLevel.parse(str(self.level.currentData()))

    def _changed(self) -> None:
        needs_tsa = self._level().needs_timestamp
        self.tsa.setEnabled(needs_tsa)
        if needs_tsa and not self._tsa_ok():
            self.hint.setText(self.tr("This level needs a timestamp service (an http:// or "
                                      "https:// address). Without network, choose B-B."))
        else:
            self.hint.setText("")
        self.changed.emit()

    def _tsa_ok(self) -> bool:
        return self.tsa.text().strip().startswith(("http://", "https://"))

    def is_complete(self) -> bool:
        """Whether the options can be used."""
        return not self._level().needs_timestamp or self._tsa_ok()

    def options(self) -> SignOptions:
        """The options as the signing core takes them."""
        level = self._level()
        tsa = TsaConfig(url=self.tsa.text().strip()) if level.needs_timestamp else None
        return SignOptions(level=level, tsa=tsa, certify=self.kind.currentData(),
                           reason=self.reason.text().strip() or None,
                           location=self.location.text().strip() or None)
