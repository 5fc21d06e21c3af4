"""The authorisation letter's fields (授权书) and its preview.

Each person's name and resident ID number has its own field; ID numbers are hidden like
passwords (with a Show toggle); the purpose is stated above the fields.  Every field is checked
as it is typed (:func:`app.compliance.company.field_problems`, the same rules as the CLI) and
its error is shown right below it.  The preview is the unsigned letter's first page, laid out
and rendered with pymupdf on a worker thread (the GUI thread only shows the PNG), with the ID
numbers masked while their fields hide them.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.compliance import company
from crypto import errors
from ui.jobs import JobRunner
from ui.presenter import message

if TYPE_CHECKING:
    from app.compliance.company import Authorisation

PREVIEW_DELAY_MS = 350
PREVIEW_WIDTH_PX = 460
ERROR_STYLE = "color: #b00020"


def render_first_page(auth: Authorisation, language: str, width_px: int) -> bytes:
    """The unsigned letter's first page as PNG, ``width_px`` wide (worker thread)."""
    import pymupdf

    _, pdf = company.letter_pdf(auth, language)
    with pymupdf.open("pdf", pdf) as doc:
        page = doc[0]
        zoom = width_px / page.rect.width
        return bytes(page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("png"))


class SecretField(QWidget):
    """A line edit hidden like a password, with a Show toggle (resident ID numbers)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(32)
        self.show_button = QToolButton()
        self.show_button.setObjectName(f"{name}Show")
        self.show_button.setCheckable(True)
        self.show_button.setText(self.tr("Show"))
        self.show_button.toggled.connect(self._shown)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)

    def _shown(self, shown: bool) -> None:
        normal, hidden = QLineEdit.EchoMode.Normal, QLineEdit.EchoMode.Password
        self.edit.setEchoMode(normal if shown else hidden)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))


class LetterForm(QWidget):
    """The letter's fields, each with its error beside it, and the preview."""

    changed = Signal()

    def __init__(self, jobs: JobRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterForm")
        self.jobs, self.language = jobs, language
        self.letter_id = ""  # fixed once the fields first make a valid letter
        self.touched: set[str] = set()
        self._generation = 0
        self.purpose = QLabel(self.tr(
            "Purpose: the names and resident ID numbers of the legal representative and the "
            "agent are collected only for this authorisation letter. They are kept encrypted in "
            "the vault with the signed letter, shown masked, and used for nothing else."))
        self.purpose.setObjectName("letterPurpose")
        self.purpose.setWordWrap(True)
        self.purpose.setStyleSheet("background: #eef4fb; padding: 6px; border-radius: 4px;")
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name in ("company", "credit_code", "legal_rep_name", "agent_name"):
            self.edits[name] = QLineEdit()
            self.edits[name].setObjectName(name)
        self.edits["credit_code"].setMaxLength(24)
        self.secrets = {name: SecretField(name) for name in company.ID_FIELDS}
        for name, secret in self.secrets.items():
            self.edits[name] = secret.edit
            secret.show_button.toggled.connect(self._changed)
        self.scope = QPlainTextEdit()
        self.scope.setObjectName("scope")
        self.scope.setFixedHeight(64)
        self.scope.setPlaceholderText(self.tr("e.g. to sign purchase contracts and their "
                                              "supplements on behalf of the company"))
        today = QDate.currentDate()
        self.valid_from = self._date_edit("valid_from", today)
        self.valid_until = self._date_edit("valid_until", today.addYears(1).addDays(-1))
        for name in company.FIELDS:
            label = QLabel()
            label.setObjectName(f"{name}Error")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            self.errors[name] = label
        groups = QVBoxLayout()
        groups.addWidget(self.purpose)
        groups.addWidget(self._group(self.tr("Company"), [
            (self.tr("Company name"), "company", self.edits["company"]),
            (self.tr("Unified social credit code"), "credit_code", self.edits["credit_code"])]))
        groups.addWidget(self._group(self.tr("Legal representative"), [
            (self.tr("Name"), "legal_rep_name", self.edits["legal_rep_name"]),
            (self.tr("Resident ID number"), "legal_rep_id", self.secrets["legal_rep_id"])]))
        groups.addWidget(self._group(self.tr("Agent"), [
            (self.tr("Name"), "agent_name", self.edits["agent_name"]),
            (self.tr("Resident ID number"), "agent_id", self.secrets["agent_id"])]))
        groups.addWidget(self._group(self.tr("Authorisation"), [
            (self.tr("Matters authorised"), "scope", self.scope),
            (self.tr("Valid from"), "valid_from", self.valid_from),
            (self.tr("Valid until"), "valid_until", self.valid_until)]))
        groups.addStretch(1)
        self.preview = QLabel()
        self.preview.setObjectName("letterPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview.setWordWrap(True)
        self.preview.setMinimumWidth(PREVIEW_WIDTH_PX)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH_PX + 24)
        row = QHBoxLayout(self)
        row.addLayout(groups, 1)
        row.addWidget(scroll)
        self.rendered = False  # the preview shows the letter as the fields are now (tests)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render)
        for name, edit in self.edits.items():
            edit.textEdited.connect(lambda _text, n=name: self._touch(n))
            edit.textChanged.connect(self._changed)
        self.scope.textChanged.connect(lambda: self._touch("scope"))
        for name, date in (("valid_from", self.valid_from), ("valid_until", self.valid_until)):
            date.dateChanged.connect(lambda _d, n=name: self._touch(n))
        self._changed()

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for text, name, widget in rows:
            form.addRow(text, widget)
            form.addRow("", self.errors[name])
        return box

    # --- values and checks --------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """The fields as typed (dates as dates)."""
        values: dict[str, object] = {name: edit.text() for name, edit in self.edits.items()}
        values["scope"] = self.scope.toPlainText()
        values["valid_from"] = self.valid_from.date().toPython()
        values["valid_until"] = self.valid_until.date().toPython()
        return values

    def problems(self) -> dict[str, errors.SealDeskError]:
        """Each field's problem (none: {})."""
        return company.field_problems(self.values())

    def authorisation(self) -> Authorisation:
        """What the letter says, validated, with this form's letter id."""
        auth = company.authorisation_from(self.values(), self.letter_id)
        self.letter_id = auth.letter_id
        return auth

    def show_all_errors(self) -> None:
        """Show every field's error, typed or not (e.g. after Next was pressed)."""
        self.touched.update(company.FIELDS)
        self._changed()

    def _touch(self, name: str) -> None:
        self.touched.add(name)
        self._changed()

    def _changed(self) -> None:
        problems = self.problems()
        for name, label in self.errors.items():
            problem = problems.get(name) if name in self.touched else None
            label.setText(message(problem) if problem is not None else "")
            label.setVisible(problem is not None)
        self.rendered = False
        self._generation += 1
        if problems:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("The preview appears once every field is valid."))
        else:
            self._timer.start()
        self.changed.emit()

    # --- preview ------------------------------------------------------------------------------

    def _render(self) -> None:
        """Lay out and render the letter in the background; an ID number hidden in its field
        is masked in the preview too (the signed letter has it in full)."""
        from app.vault.personal import mask

        try:
            auth = self.authorisation()
        except errors.SealDeskError:
            return
        def shown(name: str, value: str) -> str:
            hidden = self.secrets[name].edit.echoMode() == QLineEdit.EchoMode.Password
            return mask(value) if hidden else value

        auth = dataclasses.replace(auth, legal_rep_id=shown("legal_rep_id", auth.legal_rep_id),
                                   agent_id=shown("agent_id", auth.agent_id))
        generation, language = self._generation, self.language
        self.jobs.run(self, lambda ctx: render_first_page(auth, language, PREVIEW_WIDTH_PX),
                      on_success=lambda png: self._show_page(generation, png),
                      on_failure=self._preview_failed)

    def _show_page(self, generation: int, png: bytes) -> None:
        if generation != self._generation:
            return  # the fields changed meanwhile: a newer preview is coming
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap)
        self.rendered = True

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview.setText(message(exc))

    def set_enabled(self, enabled: bool) -> None:
        """Lock the fields while signing (and after)."""
        for widget in (*self.secrets.values(), self.scope, self.valid_from, self.valid_until,
                       *(self.edits[n] for n in ("company", "credit_code", "legal_rep_name",
                                                 "agent_name"))):
            widget.setEnabled(enabled)

    def forget_people(self) -> None:
        """Clear the people's ID numbers from the form (the dialog is closing)."""
        for secret in self.secrets.values():
            secret.edit.clear()
