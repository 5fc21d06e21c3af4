"""The GUI's side of the Interaction protocol (crypto.tokens.base): PIN prompts and messages.

Token code calls :meth:`QtInteraction.ask_pin` on a worker (or token) thread and waits there
for the answer; the PIN dialog opens on the GUI thread, which never waits (after Electrum's
hardware-wallet handler: a signal to the GUI, an event back to the worker).  A cancelled job,
or the dialog's owner going away, answers the waiting thread with "cancelled" so that it never
hangs.  The PIN is handed over in memory only, once; nothing keeps or logs it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from crypto.tokens.base import PinRequest
from crypto.tokens.notice import render_notice
from ui.jobs import JobRunner
from ui.sign.pin_dialog import PinDialog

WAIT_SLICE_S = 0.1


class _Answer:
    """One question's answer, handed from the GUI thread to the waiting worker."""

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.value: Any = None

    def give(self, value: Any) -> None:
        if not self.ready.is_set():
            self.value = value
            self.ready.set()


class QtInteraction(QObject):
    """Interaction for token sessions opened by GUI jobs (create it on the GUI thread)."""

    noticed = Signal(str)  # a translated message for the user (shown by the owner, not modal)

    def __init__(self, owner: QWidget, jobs: JobRunner,
                 cancelled: Callable[[], bool] = lambda: False) -> None:
        super().__init__(owner)
        self._owner = owner
        self._jobs = jobs
        self.cancelled = cancelled
        self.pin_dialog: PinDialog | None = None  # the open one (tests type into it)
        self.dialog: QDialog | None = None  # the open question dialog (ask_dialog; tests)

    # --- called on worker threads -------------------------------------------------------------

    def ask_pin(self, request: PinRequest) -> str | None:
        """Show the PIN dialog on the GUI thread and wait for it; None when cancelled."""
        answer = _Answer()
        self._jobs.post_to_gui(lambda: self._open_pin_dialog(request, answer))
        value = self._wait(answer)
        return value if isinstance(value, str) and value else None

    def notify(self, message: str) -> None:
        """Pass a device message to the owner (e.g. "enter the PIN on the PIN pad")."""
        text = render_notice(message, _token_text)
        self._jobs.post_to_gui(lambda: self._emit_notice(text))

    def confirm(self, question: str) -> bool:
        """Ask yes/no on the GUI thread and wait for the answer."""
        answer = _Answer()
        text = render_notice(question, _token_text)
        self._jobs.post_to_gui(lambda: self._open_question(text, answer))
        return self._wait(answer) is True

    def ask_dialog(self, make: Callable[[QWidget], QDialog]) -> bool | None:
        """Open the dialog ``make(owner)`` builds on the GUI thread and wait: True when it was
        accepted, False when rejected, None when the job was cancelled meanwhile."""
        answer = _Answer()
        self._jobs.post_to_gui(lambda: self._open_dialog(make, answer))
        value = self._wait(answer)
        return value if isinstance(value, bool) else None

    def _wait(self, answer: _Answer) -> Any:
        while not answer.ready.wait(WAIT_SLICE_S):
            if self.cancelled() or not shiboken6.isValid(self):
                answer.give(None)
                self._jobs.post_to_gui(self._close_dialogs)
        return answer.value

    # --- on the GUI thread --------------------------------------------------------------------

    def _emit_notice(self, text: str) -> None:
        if shiboken6.isValid(self):
            self.noticed.emit(text)

    def _open_pin_dialog(self, request: PinRequest, answer: _Answer) -> None:
        if not shiboken6.isValid(self) or answer.ready.is_set():
            answer.give(None)
            return
        dialog = PinDialog(request, self._owner)
        self.pin_dialog = dialog

        def done(result: int) -> None:
            pin = dialog.take_pin() if result == PinDialog.DialogCode.Accepted else None
            answer.give(pin)
            self.pin_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _open_question(self, text: str, answer: _Answer) -> None:
        if not shiboken6.isValid(self):
            answer.give(False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.applicationName(), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self._owner)
        box.setObjectName("tokenQuestion")
        box.finished.connect(
            lambda result: answer.give(result == QMessageBox.StandardButton.Yes))
        box.finished.connect(box.deleteLater)
        box.open()

    def _open_dialog(self, make: Callable[[QWidget], QDialog], answer: _Answer) -> None:
        if not shiboken6.isValid(self) or answer.ready.is_set():
            answer.give(None)
            return
        dialog = make(self._owner)
        self.dialog = dialog

        def done(result: int) -> None:
            answer.give(result == QDialog.DialogCode.Accepted)
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _close_dialogs(self) -> None:
        for dialog in (self.pin_dialog, self.dialog):
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.reject()


def _token_text(template: str) -> str:
    return QCoreApplication.translate("tokens", template)
