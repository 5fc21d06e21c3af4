"""A new seal-use request (用印申请): the documents (fingerprints shown), the seal, the purpose
and where the seal goes; signed with the requester's own key (token PIN or soft certificate)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.preferences import Preferences
from ui.custody.common import fill_table, read_only_table, words
from ui.custody.person_dialog import PersonDialog
from ui.presenter import message
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from app.custody.registry import Seal
    from app.custody.requests import SealRequest
    from app.custody.signed import ActingKey
    from app.vault.vault import Vault


def fingerprints(paths: list[Path]) -> list[tuple[Path, str, str, int]]:
    """(path, SHA-256, SM3, size) of each file (file work: run it in a job)."""
    from app.custody.requests import file_fingerprints

    return [(p, *file_fingerprints(p)) for p in paths]


def _create(vault: Vault, seal: str, paths: list[Path], purpose: str, rule: dict[str, Any],
            key: ActingKey) -> SealRequest:
    from app.custody.requests import create_request

    return create_request(vault, seal, paths, purpose, rule, key)


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class PlacementRule(QWidget):
    """Where the seal goes: centred on a text, a rectangle on a page, or across the pages."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("placementKind")
        self.kind.addItem(self.tr("Centred on a text"), "anchor")
        self.kind.addItem(self.tr("A rectangle on a page"), "rect")
        self.kind.addItem(self.tr("Cross-page seal (骑缝章)"), "cross_page")
        size = round(prefs.seal_size)
        self.anchor = QLineEdit(prefs.seal_anchor)
        self.anchor.setObjectName("placementAnchor")
        self.anchor_size = _spin(20, 600, size, " pt")
        self.page = _spin(1, 100000, 1)
        self.box = [_spin(0, 20000, v) for v in (400, 80, 520, 200)]
        self.cross_size = _spin(20, 600, size, " pt")
        self.stack = QStackedWidget()
        anchor = QWidget()
        form = QFormLayout(anchor)
        form.addRow(self.tr("Text"), self.anchor)
        form.addRow(self.tr("Size"), self.anchor_size)
        rect = QWidget()
        form = QFormLayout(rect)
        form.addRow(self.tr("Page"), self.page)
        corners = QHBoxLayout()
        for box in self.box:
            corners.addWidget(box)
        form.addRow(self.tr("x1, y1, x2, y2 (pt)"), corners)
        cross = QWidget()
        QFormLayout(cross).addRow(self.tr("Size"), self.cross_size)
        for page in (anchor, rect, cross):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.stack)
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)

    def rule(self) -> dict[str, Any]:
        """The rule as a request carries it (checked by the core)."""
        kind = self.kind.currentData()
        if kind == "anchor":
            return {"kind": "anchor", "text": self.anchor.text().strip(),
                    "size": self.anchor_size.value()}
        if kind == "rect":
            return {"kind": "rect", "page": self.page.value(),
                    "rect": [b.value() for b in self.box]}
        return {"kind": "cross_page", "size": self.cross_size.value()}


class NewRequestDialog(PersonDialog):
    """Ask for a seal: documents, seal, purpose, placement, signed by the requester."""

    def __init__(self, session: VaultSession, prefs: Preferences, seals: list[Seal],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, prefs, self.tr("Sign and create"),
                         self.tr("Your key (the request is signed with it)"), parent)
        self.setObjectName("newRequestDialog")
        self.setWindowTitle(self.tr("New seal-use request"))
        self.resize(1080, 700)
        self.paths: list[Path] = []
        self.rows: list[tuple[Path, str, str, int]] = []
        self.documents = read_only_table([self.tr("Document"), self.tr("Size"),
                                          self.tr("SHA-256"), self.tr("SM3")], "requestDocuments")
        self.documents.setColumnWidth(0, 200)
        self.documents.setColumnWidth(2, 180)
        add = QPushButton(self.tr("Add documents…"))
        add.setObjectName("addDocuments")
        remove = QPushButton(self.tr("Remove"))
        self.seal = QComboBox()
        self.seal.setObjectName("requestSeal")
        for s in seals:
            self.seal.addItem(f"{s.name} · {words().kind(s.kind)}", s.id)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("requestPurpose")
        self.purpose.setPlaceholderText(self.tr("e.g. 采购合同用印 (purchase contract)"))
        self.placement = PlacementRule(prefs)
        doc_buttons = QHBoxLayout()
        doc_buttons.addStretch(1)
        doc_buttons.addWidget(add)
        doc_buttons.addWidget(remove)
        form = QFormLayout()
        form.addRow(self.tr("Seal"), self.seal)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Placement"), self.placement)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Documents")))
        left.addWidget(self.documents, 1)
        left.addLayout(doc_buttons)
        left.addLayout(form)
        self.lay_out(left, (3, 2))
        add.clicked.connect(self._browse)
        remove.clicked.connect(self._remove)
        self.action_button.clicked.connect(self.submit)

    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Documents to seal"),
                                                str(Path.home()),
                                                self.tr("PDF documents (*.pdf)"))
        if names:
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        """Add documents; their fingerprints are computed in the background."""
        new = [p for p in paths if p not in self.paths]
        self.status.setText(self.tr("Reading the documents…"))
        self.session.jobs.run(self, lambda ctx: fingerprints(new), on_success=self._added,
                              on_failure=lambda exc: self.status.setText(message(exc)))

    def _added(self, found: list[tuple[Path, str, str, int]]) -> None:
        self.rows = self.rows + [f for f in found if f[0] not in self.paths]
        self.paths = [f[0] for f in self.rows]
        self._show_documents()
        self.status.clear()

    def _show_documents(self) -> None:
        rows = [[p.name, f"{size:,}", sha[:16] + "…", sm3[:16] + "…"]
                for p, sha, sm3, size in self.rows]
        tips = [[str(p), str(size), sha, sm3] for p, sha, sm3, size in self.rows]
        fill_table(self.documents, rows, tips)

    def _remove(self) -> None:
        rows = {i.row() for i in self.documents.selectedIndexes()}
        self.rows = [r for i, r in enumerate(self.rows) if i not in rows]
        self.paths = [f[0] for f in self.rows]
        self._show_documents()

    def submit(self) -> None:
        """Sign the request with the chosen key (a token asks for its PIN) and store it."""
        if not self.paths:
            self.status.setText(self.tr("Add the documents to be sealed."))
            return
        seal, paths, purpose = str(self.seal.currentData()), list(self.paths), \
            self.purpose.text().strip()
        rule = self.placement.rule()
        self.sign_with_key(lambda v, key: _create(v, seal, paths, purpose, rule, key),
                           self.tr("Signing the request…"))
