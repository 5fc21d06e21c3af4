"""One open document: thumbnails, pages, find bar, verdict bar and signature panel.

A document opened from a file is reviewed as soon as its pages are known (off the GUI thread);
a signed version opened from a signature is shown with a note saying what it is.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from crypto.review.model import FileReport, Integrity
from ui import presenter
from ui import review as review_glue
from ui.i18n import current_language
from ui.jobs import Job
from ui.pdf_view.renderer import DocumentInfo
from ui.pdf_view.search import SearchBar, TextSearch
from ui.pdf_view.thumbnails import ThumbnailList
from ui.pdf_view.view import PdfView
from ui.services import Services
from ui.signature_panel import SignaturePanel
from ui.verdict import VerdictBar

log = logging.getLogger(__name__)


class DocumentTab(QWidget):
    """A tab of the main window."""

    opened = Signal()  # pages known, first page requested
    failed = Signal(object)  # the exception: the window closes the tab and presents it
    reviewed = Signal()  # a new report (or a failed review)
    signedVersionReady = Signal(bytes, str, str)  # PDF bytes, tab title, note
    message = Signal(str)  # for the status bar

    def __init__(self, services: Services, source: Path | bytes, name: str,
                 note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentTab")
        self.services = services
        self.path = source if isinstance(source, Path) else None
        self.name = name
        self.info: DocumentInfo | None = None
        self.report: FileReport | None = None
        self._review_job: Job[FileReport] | None = None
        self.note = QLabel(note, self)
        self.note.setObjectName("documentNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { background: #e3f2fd; color: #0d47a1; padding: 6px; }")
        self.note.setVisible(bool(note))
        self.verdict = VerdictBar(self)
        self.verdict.hide()
        self.view = PdfView(services.renderer, self)
        self.thumbnails = ThumbnailList(services.renderer, self)
        self.search = TextSearch(services.renderer, self)
        self.search_bar = SearchBar(self)
        self.search_bar.hide()
        self.panel = SignaturePanel(self)
        self.panel.hide()
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.search_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.thumbnails)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.note)
        layout.addWidget(self.verdict)
        layout.addWidget(self.splitter, 1)
        self._connect()
        self.doc_id = services.renderer.open(source, name, self, self._opened, self._open_failed)

    def _connect(self) -> None:
        self.thumbnails.pageActivated.connect(lambda page: self.view.goto_page(page))
        self.view.currentPageChanged.connect(self.thumbnails.select_page)
        self.search_bar.searchRequested.connect(
            lambda text: self.search.start(text, self.view.current_page))
        self.search_bar.stepRequested.connect(self.search.step)
        self.search_bar.closed.connect(self._search_closed)
        self.search.changed.connect(self._search_changed)
        self.verdict.panelRequested.connect(lambda: self.set_panel_visible(
            not self.panel.isVisible()))
        self.panel.showSignedVersion.connect(self.open_signed_version)
        self.panel.comparePages.connect(self.compare_pages)
        self.panel.exportRequested.connect(self.export_report)

    # --- opening and reviewing ---------------------------------------------------------------

    def _opened(self, info: DocumentInfo) -> None:
        self.info = info
        self.view.set_document(info)
        self.thumbnails.set_document(info)
        self.balance()
        self.search.set_document(info.doc_id, info.page_count)
        self.opened.emit()
        if self.path is not None:
            self.start_review()

    def _open_failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)

    def start_review(self) -> None:
        """Review the file (again, e.g. in another language); the panel says it is checking."""
        if self.path is None:
            return
        if self._review_job is not None:
            self._review_job.cancel()
        path, settings, language = self.path, self.services.review, current_language()
        self.verdict.show_checking()
        self.panel.show_checking()
        self._review_job = self.services.jobs.run(
            self, lambda ctx: review_glue.review(path, settings, language),
            on_success=self._show_report, on_failure=self._review_failed)

    def _show_report(self, report: FileReport) -> None:
        self._review_job = None
        self.report = report
        self.verdict.show_report(report)
        self.panel.show_report(report)
        if report.integrity is not Integrity.NONE:
            self.set_panel_visible(True)
        else:
            self.set_panel_visible(False)
        self.reviewed.emit()

    def _review_failed(self, exc: BaseException) -> None:
        self._review_job = None
        self.verdict.hide()
        self.panel.show_failed(presenter.message(exc))
        self.reviewed.emit()
        presenter.show_error(self.window(), exc)

    def set_panel_visible(self, visible: bool) -> None:
        if visible == self.panel.isHidden():
            self.panel.setVisible(visible)
            self.balance()

    def balance(self) -> None:
        """Thumbnails at their width, the signature panel at 380 pixels, the pages the rest."""
        total = max(sum(self.splitter.sizes()), self.splitter.width())
        side = self.thumbnails.minimumWidth() if self.thumbnails.isVisibleTo(self) else 0
        panel = 380 if self.panel.isVisibleTo(self) else 0
        self.splitter.setSizes([side, max(200, total - side - panel), panel])

    # --- actions ------------------------------------------------------------------------------

    def open_signed_version(self, field: str) -> None:
        """Cut out the revision ``field`` covers and open it in a new tab."""
        if self.path is None:
            return
        path, name = self.path, self.name
        title = self.tr("{name} — as signed ({field})").format(name=name, field=field)
        note = self.tr("This is the document exactly as the signature {field} covers it: the "
                       "version its signer saw. Later changes are not shown here.").format(
                           field=field)
        self.services.jobs.run(
            self, lambda ctx: review_glue.signed_version(path, field),
            on_success=lambda data: self.signedVersionReady.emit(data, title, note),
            label=self.tr("Extracting the signed version…"))

    def compare_pages(self, field: str) -> None:
        """Side by side / overlay: the pages that differ from what ``field``'s signer saw."""
        if self.path is None:
            return
        from ui.compare import CompareDialog

        dialog = CompareDialog(self.services.jobs, self.path, field, self)
        dialog.finished.connect(dialog.deleteLater)
        self.compare_dialog = dialog
        dialog.open()

    def export_report(self) -> None:
        """Save the review as a PDF report (asks where)."""
        if self.report is None or self.path is None:
            return
        suggested = str(self.path.with_name(self.path.stem + ".review.pdf"))
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Export review report"), suggested,
                                             self.tr("PDF documents (*.pdf)"))
        if not out:
            return
        report, source, language = self.report, self.path, current_language()
        target = Path(out)
        self.services.jobs.run(
            self, lambda ctx: review_glue.export_report(report, source, target, language),
            on_success=lambda written: self.message.emit(
                self.tr("Report saved: {path}").format(path=str(written))),
            label=self.tr("Writing the report…"))

    def find_text(self) -> None:
        self.search_bar.open_bar()

    def find_step(self, direction: int) -> None:
        if not self.search_bar.isVisible():
            self.search_bar.open_bar()
        elif self.search.hits:
            self.search.step(direction)

    def _search_changed(self) -> None:
        self.search_bar.show_status(self.search)
        selected = self.search.selected
        self.view.set_matches(self.search.by_page, selected)
        if selected is not None:
            self.view.show_rect(*selected)

    def _search_closed(self) -> None:
        self.search.clear()
        self.view.setFocus()

    def close_document(self) -> None:
        """Stop the work for this document and release it."""
        if self._review_job is not None:
            self._review_job.cancel()
        self.search.clear()
        self.services.renderer.close(self.doc_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.report is not None:
            self.start_review()  # the engine's reasons come in the new language
        super().changeEvent(event)
