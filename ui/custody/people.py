"""Who may request or approve a seal's use: people named by certificate file or fingerprint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.custody.common import ROLE
from ui.jobs import JobRunner
from ui.presenter import message


def describe_certificate(value: str) -> tuple[str, str]:
    """(SHA-256, who) for a certificate file or a fingerprint (file work: run it in a job)."""
    from app.custody.registry import load_certificate, person_fingerprint
    from app.custody.signed import common_name

    sha = person_fingerprint(value)
    if sha == value.strip().lower().replace(":", ""):
        return sha, ""
    return sha, common_name(load_certificate(Path(value)))


class PeopleList(QWidget):
    """A list of certificate fingerprints, added from certificate files or typed in."""

    changed = Signal()

    def __init__(self, jobs: JobRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.list = QListWidget()
        self.list.setMinimumHeight(60)
        self.list.setMaximumHeight(110)
        self.note = QLabel()
        self.note.setWordWrap(True)
        add_file = QPushButton(self.tr("Certificate file…"))
        add_file.setObjectName("addCertificate")
        add_print = QPushButton(self.tr("Fingerprint…"))
        add_print.setObjectName("addFingerprint")
        remove = QPushButton(self.tr("Remove"))
        buttons = QVBoxLayout()
        for b in (add_file, add_print, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addLayout(row)
        layout.addWidget(self.note)
        add_file.clicked.connect(self._add_file)
        add_print.clicked.connect(self._add_print)
        remove.clicked.connect(self._remove)

    def _add_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate"), str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if name:
            self.add(name)

    def _add_print(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Fingerprint"),
                                        self.tr("SHA-256 of the person's certificate "
                                                "(64 hexadecimal digits):"))
        if ok and text.strip():
            self.add(text.strip())

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def add(self, value: str) -> None:
        """Add a person given as a certificate file or a SHA-256 (checked in the background)."""
        self.note.clear()
        self.jobs.run(self, lambda ctx: describe_certificate(value), on_success=self._added,
                      on_failure=lambda exc: self.note.setText(message(exc)))

    def _added(self, found: tuple[str, str]) -> None:
        sha, who = found
        if sha in self.fingerprints():
            return
        item = QListWidgetItem(f"{who} — {sha[:16]}…" if who else f"{sha[:16]}…")
        item.setToolTip(sha)
        item.setData(ROLE, sha)
        self.list.addItem(item)
        self.changed.emit()

    def fingerprints(self) -> list[str]:
        """The people's certificate SHA-256s, in the order added."""
        return [str(self.list.item(i).data(ROLE)) for i in range(self.list.count())]
