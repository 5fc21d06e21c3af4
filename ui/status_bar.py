"""The status bar: page position, the token state (inserted / PIN tries low / locked), sync."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.token_status import TokenStatus
from ui.jobs import Job, JobRunner

if TYPE_CHECKING:
    from app.sync.state import SyncState

log = logging.getLogger(__name__)

TOKEN_POLL_MS = 15_000


class TokenMonitor(QObject):
    """Scans for tokens now and every :data:`TOKEN_POLL_MS` on the ``tokens`` pool."""

    changed = Signal(object)  # TokenStatus

    def __init__(self, jobs: JobRunner, scan: Callable[[], TokenStatus],
                 parent: QObject | None = None, interval_ms: int = TOKEN_POLL_MS) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._scan = scan
        self._job: Job[TokenStatus] | None = None
        self.status: TokenStatus | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Scan again unless a scan is still running (a slow driver never piles up scans)."""
        if self._job is not None:
            return
        scan = self._scan
        self._job = self._jobs.run(self, lambda ctx: scan(), on_success=self._scanned,
                                   on_failure=self._scan_failed, pool="tokens")

    def _scanned(self, status: TokenStatus) -> None:
        self._job = None
        if status != self.status:
            self.status = status
            self.changed.emit(status)

    def _scan_failed(self, exc: BaseException) -> None:
        self._job = None
        log.warning("token scan failed: %s", exc)


class StatusBar(QStatusBar):
    """Messages on the left; page, token and sync state on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = QLabel(self)
        self.page.setObjectName("pageStatus")
        self.token = QLabel(self)
        self.token.setObjectName("tokenStatus")
        self.sync = QLabel(self)
        self.sync.setObjectName("syncStatus")
        for label in (self.page, self.token, self.sync):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self.token.hide()  # shown once a token monitor reports
        self._page: tuple[int, int] | None = None
        self._token: TokenStatus | None = None
        self._sync: SyncState | None = None
        self.retranslate()

    def set_page(self, current: int | None, total: int = 0) -> None:
        """``current`` 0-based; None when no document is shown."""
        self._page = None if current is None else (current, total)
        self._show_page()

    def set_token_status(self, status: TokenStatus) -> None:
        self._token = status
        self.token.show()
        self._show_token()

    def set_sync_state(self, state: SyncState) -> None:
        """The background sync's state (while the vault is unlocked)."""
        self._sync = state
        self._show_sync()

    def clear_sync_state(self) -> None:
        """The vault was locked: sync paused."""
        self._sync = None
        self._show_sync()

    def _show_sync(self) -> None:
        state = self._sync
        style = ""
        if state is None or not state.registered:
            self.sync.setText(self.tr("Sync: not set up"))
            self.sync.setToolTip(self.tr("No e-signing platform is configured, or the vault is "
                                         "locked: nothing leaves this computer."))
        elif state.warning is not None:
            self.sync.setText(self.tr("Sync: WARNING"))
            self.sync.setToolTip(str(state.warning.get("message", "")))
            style = "QLabel { color: #c62828; font-weight: bold; }"
        elif state.pending:
            self.sync.setText(self.tr("Sync: {count} waiting").format(count=state.pending))
            error = state.last_error.get("message", "") if state.last_error else ""
            self.sync.setToolTip(error or self.tr("Evidence fingerprints wait to be sent."))
        else:
            self.sync.setText(self.tr("Sync: up to date"))
            self.sync.setToolTip(self.tr("Every evidence fingerprint has a verified receipt "
                                         "from {platform}.").format(platform=state.platform))
        self.sync.setStyleSheet(style)

    def _show_page(self) -> None:
        if self._page is None:
            self.page.clear()
        else:
            current, total = self._page
            self.page.setText(self.tr("Page {current} of {total}").format(
                current=current + 1, total=total))

    def _show_token(self) -> None:
        status = self._token
        if status is None:
            self.token.setText(self.tr("Looking for security tokens…"))
            self.token.setStyleSheet("")
            return
        label = status.worst_label
        texts = {
            "none": self.tr("No security token"),
            "ok": (self.tr("Token: {label}").format(label=label) if status.count == 1
                   else self.tr("{count} tokens inserted").format(count=status.count)),
            "pin_count_low": self.tr("Token {label}: PIN tries low").format(label=label),
            "pin_final_try": self.tr("Token {label}: last PIN try").format(label=label),
            "pin_locked": self.tr("Token {label}: PIN locked").format(label=label),
        }
        self.token.setText(texts.get(status.state, status.state))
        risky = status.state not in ("none", "ok")
        self.token.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }" if risky else "")
        self.token.setToolTip(", ".join(status.labels))

    def retranslate(self) -> None:
        self._show_page()
        self._show_token()
        self._show_sync()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
