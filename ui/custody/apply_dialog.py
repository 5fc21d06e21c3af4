"""Applying a seal (用印): the custodian picks the approved documents, the core refuses any that
changed since the approval, signs the rest with the seal's key (PIN or key-file password) and
the signed copies can be opened in the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.custody.common import SIGN_POOL, SealPreview, fill_table, read_only_table
from ui.jobs import Job
from ui.presenter import message
from ui.sign.interaction import QtInteraction
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from app.custody.apply import SealedFile
    from app.custody.registry import Seal
    from app.custody.requests import SealRequest


class ApplyDialog(QDialog):
    """Seal the approved documents of one request."""

    sealed = Signal(list)  # the SealedFile results
    openRequested = Signal(list)  # paths of the signed copies

    def __init__(self, session: VaultSession, request: SealRequest, seal: Seal,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applyDialog")
        self.setWindowTitle(self.tr("Apply the seal"))
        self.resize(940, 600)
        self.session = session
        self.request = request
        self.seal = seal
        self.paths: list[Path] = []
        self.results: list[SealedFile] = []
        self.job: Job[Any] | None = None
        self.interaction = QtInteraction(self, session.jobs, lambda: self.job is not None
                                         and self.job.cancelled)
        preview = SealPreview(session.jobs, 110)
        preview.show_png(seal.image_png)
        names = "、".join(d["name"] for d in request.documents)
        intro = QLabel(self.tr("Seal {seal} on the documents approved by request {id}: {names}. "
                               "Only these files, unchanged, can be sealed.").format(
            seal=seal.name, id=request.id[:12], names=names))
        intro.setWordWrap(True)
        self.files = read_only_table([self.tr("File"), self.tr("Result"),
                                      self.tr("Signed copy")], "applyFiles")
        self.files.setColumnWidth(0, 300)
        self.files.setColumnWidth(1, 260)
        add = QPushButton(self.tr("Add files…"))
        add.setObjectName("applyAddFiles")
        self.out_dir = QLineEdit()
        self.out_dir.setObjectName("applyOutDir")
        browse = QPushButton(self.tr("Browse…"))
        self.password = QLineEdit()
        self.password.setObjectName("applyPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        source = seal.key_source
        self.password.setVisible(source.pkcs11_uri is None)
        self.status = QLabel()
        self.status.setObjectName("applyStatus")
        self.status.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Seal"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open the signed copies"))
        self.open_button.setObjectName("openSigned")
        self.open_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        top = QHBoxLayout()
        top.addWidget(preview)
        top.addWidget(intro, 1)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_dir, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Save the signed copies in"), out_row)
        if source.pkcs11_uri is None:
            form.addRow(self.tr("Password of the seal's key file"), self.password)
        else:
            form.addRow(QLabel(self.tr("The seal's USB key asks for its PIN when you seal.")))
        file_buttons = QHBoxLayout()
        file_buttons.addStretch(1)
        file_buttons.addWidget(add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addLayout(form)
        layout.addLayout(buttons)
        add.clicked.connect(self._browse)
        browse.clicked.connect(self._browse_out)
        close.clicked.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.open_button.clicked.connect(self.open_signed)
        self.interaction.noticed.connect(self.status.setText)

    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Approved documents"),
                                                str(Path.home()), self.tr("PDF documents (*.pdf)"))
        if names:
            self.add_paths([Path(n) for n in names])

    def _browse_out(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the signed copies"),
                                                self.out_dir.text() or str(Path.home()))
        if name:
            self.out_dir.setText(name)

    def add_paths(self, paths: list[Path]) -> None:
        """The files to seal (checked against the approval when sealing)."""
        self.paths += [p for p in paths if p not in self.paths]
        if not self.out_dir.text() and self.paths:
            self.out_dir.setText(str(self.paths[0].parent / "sealed"))
        self._show([])

    def _show(self, results: list[SealedFile], refused: Path | None = None) -> None:
        by_source = {r.source: r for r in results}
        rows, tips = [], []
        for p in self.paths:
            r = by_source.get(p)
            result = self._result_text(r) if r else ""
            if p == refused:
                result = self.tr("Refused: changed, or not in the approval")
            out = str(r.output) if r and r.status != "failed" else ""
            rows.append([p.name, result, Path(out).name if out else ""])
            tips.append([str(p), result, out])
        fill_table(self.files, rows, tips)
        if refused is not None and refused in self.paths:
            item = self.files.item(self.paths.index(refused), 1)
            if item is not None:
                item.setForeground(QBrush(QColor("#c62828")))

    def _result_text(self, result: SealedFile) -> str:
        if result.status == "sealed":
            return self.tr("Sealed (B-B, queued for the timestamp)")
        if result.status == "skipped":
            return self.tr("Sealed by an earlier run")
        return message(result.error) if result.error else self.tr("Not sealed")

    def apply(self) -> None:
        """Seal the files (the core refuses any file that is not an approved document)."""
        vault = self.session.vault
        if vault is None or self.job is not None:
            return
        if not self.paths:
            self.status.setText(self.tr("Add the approved documents."))
            return
        if not self.out_dir.text().strip():
            self.status.setText(self.tr("Choose where the signed copies go."))
            return
        ident, files, out = self.request.id, list(self.paths), Path(self.out_dir.text().strip())
        password = self.password.text().encode() or None
        self.password.clear()
        interaction = self.interaction
        self.apply_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Sealing…"))
        def work(ctx: object) -> list[SealedFile]:
            from app.custody.apply import apply_seal

            return apply_seal(vault, ident, files, out, interaction, password=password)

        self.job = self.session.jobs.run(
            self, work,
            on_success=self._done, on_failure=self._failed, on_cancel=self._cancelled,
            cancellable=True, pool=SIGN_POOL)

    def _finished(self) -> None:
        self.job = None
        self.apply_button.setEnabled(True)

    def _done(self, results: list[SealedFile]) -> None:
        self._finished()
        self.session.touched()
        self.results = results
        self._show(results)
        done = [r for r in results if r.status != "failed"]
        failed = len(results) - len(done)
        self.status.setText(self.tr("{done} sealed, {failed} not sealed.").format(
            done=len(done), failed=failed))
        self.open_button.setEnabled(bool(done))
        self.sealed.emit(results)

    def _failed(self, exc: BaseException) -> None:
        from app.custody.errors import DocumentNotApproved

        self._finished()
        self.status.setStyleSheet("QLabel { color: #c62828; }")
        self.status.setText(message(exc))
        if isinstance(exc, DocumentNotApproved):
            self._show([], Path(str(exc.params.get("path", ""))))

    def _cancelled(self) -> None:
        self._finished()
        self.status.setText(self.tr("Cancelled: nothing was sealed."))

    def open_signed(self) -> None:
        """Open the signed copies in the main window."""
        paths = [r.output for r in self.results if r.status != "failed"]
        if paths:
            self.openRequested.emit(paths)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Closing cancels sealing that waits for the PIN."""
        if self.job is not None:
            self.job.cancel()
        self.password.clear()
        super().done(result)
