"""The PIN dialog: which token, how many tries are left, and a masked field (nothing kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crypto.tokens.base import PinRequest

MAX_PIN_LENGTH = 64


class PinDialog(QDialog):
    """Asks once for a token PIN; the caller takes it with :meth:`take_pin` (then it is gone)."""

    def __init__(self, request: PinRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Token PIN"))
        name = request.token_label + (f" ({request.serial})" if request.serial else "")
        if request.context_specific:
            text = self.tr("Enter the PIN of <b>{name}</b> to approve this signature.")
        else:
            text = self.tr("Enter the PIN of <b>{name}</b>.")
        prompt = QLabel(text.format(name=_html(name)))
        prompt.setWordWrap(True)
        self.warning = QLabel(self._warning(request))
        self.warning.setObjectName("pinWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.warning.setVisible(bool(self.warning.text()))
        self.field = QLineEdit()
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_PIN_LENGTH)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                       | Qt.InputMethodHint.ImhSensitiveData
                                       | Qt.InputMethodHint.ImhNoPredictiveText)
        note = QLabel(self.tr("SealDesk never tries a PIN twice: the token locks after too many "
                              "wrong PINs."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (prompt, self.warning, self.field, note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(380)
        self._pin = ""

    def _warning(self, request: PinRequest) -> str:
        if request.final_try:
            return self.tr("Last try: one more wrong PIN locks the token.")
        if request.attempts_remaining is not None:
            return self.tr("{count} tries left.").format(count=request.attempts_remaining)
        if request.count_low:
            return self.tr("Wrong PINs were entered before: the token may lock soon.")
        return ""

    def accept(self) -> None:
        """Keep the PIN for one :meth:`take_pin` and clear the field."""
        self._pin = self.field.text()
        self.field.clear()
        super().accept()

    def reject(self) -> None:
        """Cancel: nothing is kept."""
        self.field.clear()
        super().reject()

    def take_pin(self) -> str:
        """The PIN typed, once."""
        pin, self._pin = self._pin, ""
        return pin


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
