"""Text search: the find bar, and a search that runs page by page on the render thread.

The document is searched in chunks of :data:`CHUNK` pages at low priority, so pages on screen
still render first; the first hit is shown as soon as it is found, the count grows as the
search goes on.  Hits are rectangles in points, as displayed (page rotation applied).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ui.pdf_view.render_process import PageHits, Rect, search_pages
from ui.pdf_view.renderer import PRIORITY_SEARCH, RenderService

CHUNK = 20


class TextSearch(QObject):
    """The hits of one search in one document, and which one is selected."""

    changed = Signal()  # hits added or another hit selected
    finished = Signal()

    def __init__(self, renderer: RenderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._doc_id = 0
        self._pages = 0
        self._generation = 0
        self.text = ""
        self.hits: list[tuple[int, Rect]] = []
        self.by_page: dict[int, list[Rect]] = {}
        self.current = -1
        self.running = False
        self._start_page = 0

    def set_document(self, doc_id: int, page_count: int) -> None:
        self._doc_id, self._pages = doc_id, page_count
        self.clear()

    def start(self, text: str, from_page: int = 0) -> None:
        """Search for ``text``; the first hit at or after ``from_page`` gets selected."""
        self.clear()
        self.text = text.strip()
        if not self.text or not self._pages:
            return
        self.running = True
        self._start_page = from_page
        self._chunk(self._generation, 0)

    def clear(self) -> None:
        self._generation += 1
        self.text = ""
        self.hits, self.by_page, self.current, self.running = [], {}, -1, False
        self.changed.emit()

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) hit, wrapping around."""
        if self.hits:
            self.current = (self.current + direction) % len(self.hits)
            self.changed.emit()

    @property
    def selected(self) -> tuple[int, Rect] | None:
        return self.hits[self.current] if 0 <= self.current < len(self.hits) else None

    def _chunk(self, generation: int, start: int) -> None:
        text = self.text
        self._renderer.call(
            self._doc_id, search_pages, (text, start, start + CHUNK), self,
            lambda hits: self._found(generation, start, hits), priority=PRIORITY_SEARCH)

    def _found(self, generation: int, start: int, hits: PageHits) -> None:
        if generation != self._generation:
            return  # a newer search replaced this one
        for page, rects in hits:
            self.by_page[page] = rects
            self.hits += [(page, r) for r in rects]
        if self.current < 0:
            self.current = next((i for i, (p, _) in enumerate(self.hits)
                                 if p >= self._start_page), -1)
        following = start + CHUNK
        if following < self._pages:
            self._chunk(generation, following)
        else:
            self.running = False
            if self.current < 0 and self.hits:
                self.current = 0  # nothing after the start page: wrap to the first hit
            self.finished.emit()
        self.changed.emit()


class SearchBar(QWidget):
    """Find in document: Enter for the next hit, Shift+Enter for the previous, Esc to close."""

    searchRequested = Signal(str)
    stepRequested = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchText")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.previous = _button(self, "▲")
        self.next = _button(self, "▼")
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.close_button = _button(self, "✕")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.edit, self.previous, self.next, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.edit.setMinimumWidth(240)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(lambda: self.searchRequested.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _: self._debounce.start())
        self.previous.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.next.clicked.connect(lambda: self.stepRequested.emit(1))
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next.setToolTip(self.tr("Next match (F3)"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))

    def show_status(self, search: TextSearch) -> None:
        """"3 of 17", "Searching…" or "No matches"."""
        if not search.text:
            text = ""
        elif search.hits:
            text = self.tr("{current} of {total}").format(
                current=search.current + 1, total=len(search.hits))
            if search.running:
                text += " …"
        else:
            text = self.tr("Searching…") if search.running else self.tr("No matches")
        self.status.setText(text)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self._debounce.stop()
                    self.searchRequested.emit(self.edit.text())
                else:
                    back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                    self.stepRequested.emit(-1 if back else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _button(parent: QWidget, text: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setAutoRaise(True)
    return button
