"""The GUI's one place where errors become sentences (the CLI's twin is app/cli/present.py).

Templates of :class:`crypto.errors.SealDeskError` and :class:`crypto.errors.Text` parameters are
translated with Qt (context ``"errors"``, the same catalog as the CLI), then filled in.  What the
user can act on is shown as it is; our bugs get a generic sentence and their trace goes to the
log; a cancel is silent.  Message boxes are window-modal and never block the caller (``open``,
not ``exec``), so a job's callback returns at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crypto import errors

log = logging.getLogger("sealdesk.ui")


def _translate(template: str) -> str:
    return QCoreApplication.translate("errors", template)


def as_error(exc: BaseException) -> errors.SealDeskError:
    """Our error for any exception: SealDeskErrors as they are, anything else as a bug."""
    if isinstance(exc, errors.SealDeskError):
        return exc
    return errors.InternalError()


def message(exc: BaseException) -> str:
    """The sentence for an error in the current language (what happened, then what to do)."""
    return as_error(exc).render(_translate)


def is_silent(exc: BaseException) -> bool:
    """A cancel is never reported."""
    return isinstance(exc, errors.Cancelled)


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
    """Tell the user about ``exc`` (log the trace when it is our bug); returns the box shown."""
    if is_silent(exc):
        return None
    error = as_error(exc)
    if error.kind == "bug":
        log.error("internal error", exc_info=exc)
    else:
        log.info("user error %s: %s", error.code, error)
    box = QMessageBox(
        QMessageBox.Icon.Critical if error.kind == "bug" else QMessageBox.Icon.Warning,
        app_title(), message(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.setProperty("errorCode", error.code)
    if parent is None:
        box.show()
    else:
        box.open()
    return box


def app_title() -> str:
    """The application's name as window titles show it."""
    return QCoreApplication.translate("ui", "SealDesk")


def cancel_text() -> str:
    """The label of Cancel buttons."""
    return QCoreApplication.translate("ui", "Cancel")
