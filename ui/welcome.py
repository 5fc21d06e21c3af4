"""What the window shows with no document open: how to open one, and the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    """The empty state of the main window."""

    openRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("welcomeOpen")
        self.open_button.clicked.connect(self.openRequested)
        self.recent_title = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("welcomeRecent")
        self.recent.itemActivated.connect(lambda item: self.recentChosen.emit(item.data(
            Qt.ItemDataRole.UserRole)))
        self.recent.itemClicked.connect(lambda item: self.recentChosen.emit(item.data(
            Qt.ItemDataRole.UserRole)))
        self.recent.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.recent_title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.recent, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self._files: tuple[str, ...] = ()
        self.retranslate()

    def set_recent(self, files: tuple[str, ...]) -> None:
        self._files = files
        self.recent.clear()
        for name in files:
            item = QListWidgetItem(f"{Path(name).name}    —    {Path(name).parent}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            self.recent.addItem(item)
        self.recent.setMinimumWidth(min(640, max(360, self.recent.sizeHintForColumn(0) + 40)))
        rows = max(1, len(files))
        self.recent.setFixedHeight(rows * max(18, self.recent.sizeHintForRow(0)) + 8)
        self.recent_title.setVisible(bool(files))
        self.recent.setVisible(bool(files))

    def retranslate(self) -> None:
        self.title.setText(self.tr("SealDesk 签章台"))
        self.hint.setText(self.tr("Open a PDF to read it and check its signatures. You can also "
                                  "drop PDF files onto this window."))
        self.open_button.setText(self.tr("Open a PDF…"))
        self.recent_title.setText(self.tr("Recent documents"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
