"""The offline signing queue in the status bar: how many sealed documents wait for their
timestamp (pending / failed / done), "run now", and a background run every few minutes while
the app's vault is unlocked.  Runs go to their own pool (they wait on the network), never
overlap, and never touch the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.preferences import Preferences
from ui.presenter import message
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from app.custody.queue import QueueOutcome, UpgradeConfig
    from app.vault.vault import Vault

log = logging.getLogger(__name__)
QUEUE_POOL = "custody-queue"
RUN_EVERY_MS = 5 * 60_000


def upgrade_config(prefs: Preferences) -> UpgradeConfig | None:
    """The timestamp service and trust anchors from the settings (None: no service set)."""
    if prefs.tsa_url is None:
        return None
    from app.custody.queue import UpgradeConfig
    from crypto.pades.options import TsaConfig
    from crypto.tokens.soft import load_certificates

    trust = tuple(c for p in prefs.trust_anchors for c in load_certificates(Path(p)))
    return UpgradeConfig(TsaConfig(url=prefs.tsa_url), trust)


def run_and_count(vault: Vault, prefs: Preferences, force: bool) -> tuple[
        list[QueueOutcome] | None, dict[str, int]]:
    """Run the due entries (None: no timestamp service set) and count the queue afterwards."""
    from app.custody.queue import queue_summary, run_queue

    config = upgrade_config(prefs)
    outcomes = None if config is None else run_queue(vault, config, force=force)
    return outcomes, queue_summary(vault)


class QueueMonitor(QObject):
    """Counts the queue and runs it now and then while the vault is unlocked."""

    summaryChanged = Signal(object)  # dict pending/failed/done, or None when locked
    ran = Signal(list)  # the QueueOutcomes of a run
    said = Signal(str)  # a sentence for the user after a run they asked for

    def __init__(self, session: VaultSession, prefs: Callable[[], Preferences],
                 parent: QObject | None = None, interval_ms: int = RUN_EVERY_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.summary: dict[str, int] | None = None
        self.running = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(lambda: self.run(manual=False))
        session.unlocked.connect(self._unlocked)
        session.locked.connect(self._locked)
        if session.is_unlocked:
            self._unlocked()

    def _unlocked(self) -> None:
        self.timer.start()
        self.refresh()

    def _locked(self) -> None:
        self.timer.stop()
        self.summary = None
        self.summaryChanged.emit(None)

    def refresh(self) -> None:
        """Count the queue again (in the background)."""
        vault = self.session.vault
        if vault is None:
            return
        def count(ctx: object) -> dict[str, int]:
            from app.custody.queue import queue_summary

            return queue_summary(vault)

        self.session.jobs.run(self, count, pool=QUEUE_POOL,
                              on_success=lambda counts: self._counted(vault, counts),
                              on_failure=lambda exc: log.warning("queue count failed: %s", exc))

    def _counted(self, vault: Vault, counts: dict[str, int]) -> None:
        if self.session.vault is vault:
            self.summary = counts
            self.summaryChanged.emit(counts)

    def run(self, manual: bool = True) -> None:
        """Try the due entries (all of them when ``manual``); a running run is not doubled."""
        vault = self.session.vault
        if vault is None or self.running:
            return
        prefs = self.prefs()
        if prefs.tsa_url is None and not manual:
            return
        self.running = True

        def done(result: tuple[list[QueueOutcome] | None, dict[str, int]]) -> None:
            self.running = False
            outcomes, counts = result
            self._counted(vault, counts)
            if outcomes is None:
                self.said.emit(self.tr("No timestamp service is set: choose one in Settings → "
                                       "Signing, then run the queue again."))
                return
            self.ran.emit(outcomes)
            if manual:
                upgraded = sum(o.status == "upgraded" for o in outcomes)
                text = self.tr("Queue: {upgraded} upgraded, {failed} not yet.").format(
                    upgraded=upgraded, failed=len(outcomes) - upgraded)
                failures = [o.error for o in outcomes if o.error is not None]
                self.said.emit(text + (" " + message(failures[0]) if failures else ""))

        def failed(exc: BaseException) -> None:
            self.running = False
            log.warning("queue run failed: %s", exc)
            if manual:
                self.said.emit(message(exc))

        self.session.jobs.run(self, lambda ctx: run_and_count(vault, prefs, manual),
                              on_success=done, on_failure=failed,
                              on_cancel=lambda: setattr(self, "running", False), pool=QUEUE_POOL)


class QueueStatus(QToolButton):
    """The queue's counts in the status bar, with "run now" (hidden while the vault is locked)."""

    def __init__(self, monitor: QueueMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueStatus")
        self.monitor = monitor
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.run_action = QAction(self)
        self.run_action.setObjectName("actionQueueRun")
        self.run_action.triggered.connect(lambda: monitor.run(manual=True))
        menu.addAction(self.run_action)
        self.setMenu(menu)
        monitor.summaryChanged.connect(self._show)
        self._counts: dict[str, Any] | None = monitor.summary
        self.retranslate()

    def _show(self, counts: dict[str, int] | None) -> None:
        self._counts = counts
        self.retranslate()

    def retranslate(self) -> None:
        self.run_action.setText(self.tr("Add timestamps now"))
        counts = self._counts
        self.setVisible(counts is not None)
        if counts is None:
            return
        self.setText(self.tr("Timestamps: {pending} waiting, {failed} failed, {done} done").format(
            **counts))
        self.setToolTip(self.tr("Documents sealed offline (B-B) get their timestamp and "
                                "validation data once the timestamp service answers; SealDesk "
                                "tries every 5 minutes while the vault is unlocked."))
        self.setStyleSheet("QToolButton { color: #b06000; }" if counts.get("failed") else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
