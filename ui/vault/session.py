"""The app's one open vault: unlocked once, shared by every window, locked on request or idle.

A vault is held open by one process at a time (an OS lock), so the browser, the sign dialog,
seal custody and the background sync all use this session instead of opening their own.  Every
call runs on the ``vault`` pool; while the vault is unlocked, evidence sync runs in the
background (when the vault is registered with a platform) and reports to the status bar.
The vault locks itself after ``idle_minutes`` without use.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ui.jobs import Job, JobRunner

if TYPE_CHECKING:
    from app.sync.state import SyncState
    from app.sync.worker import SyncWorker
    from app.vault.vault import Vault
    from crypto.tokens.base import Interaction

log = logging.getLogger(__name__)
T = TypeVar("T")
POOL = "vault"
IDLE_MINUTES = 15


class VaultSession(QObject):
    """The unlocked vault of this app (or none)."""

    unlocked = Signal()
    locked = Signal()
    syncChanged = Signal(object)  # SyncState, on the GUI thread

    def __init__(self, jobs: JobRunner, parent: QObject | None = None,
                 folder: Path | None = None, idle_minutes: int = IDLE_MINUTES) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._folder = folder
        self.vault: Vault | None = None
        self.sync: SyncWorker | None = None
        self.last_used = time.monotonic()
        self.idle_minutes = idle_minutes
        self._idle = QTimer(self, interval=30_000)
        self._idle.timeout.connect(self._check_idle)

    @property
    def folder(self) -> Path:
        """Where the vault lives (the data folder's vault unless given)."""
        if self._folder is None:
            from app.vault.vault import default_folder

            self._folder = default_folder()
        return self._folder

    def unlock_method(self) -> str | None:
        """How the vault unlocks (passphrase / keyring / token); None: no vault there.  Reads
        a file: call it off the GUI thread."""
        from app.vault.keys import read_header

        try:
            return read_header(self.folder).unlock
        except Exception:  # noqa: BLE001 - no vault, or an unreadable header: shown as "no vault"
            return None

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None

    def unlock(self, passphrase: str | None, interaction: Interaction, owner: QObject,
               on_done: Callable[[], None], on_failure: Callable[[BaseException], None]) -> None:
        """Open the vault in the background (a token vault asks for the PIN via interaction)."""
        if self.vault is not None:
            on_done()
            return
        folder = self.folder

        def work(ctx: object) -> Vault:
            from app.vault.vault import Vault

            return Vault.open(folder, passphrase=passphrase, interaction=interaction, actor="gui")

        def done(vault: Vault) -> None:
            self.vault = vault
            self.last_used = time.monotonic()
            self._idle.start()
            self._start_sync(vault)
            self.unlocked.emit()
            on_done()

        self.jobs.run(owner, work, on_success=done, on_failure=on_failure, pool=POOL)

    def call(self, owner: QObject, work: Callable[[Vault], T], *,
             on_success: Callable[[T], None] | None = None,
             on_failure: Callable[[BaseException], None] | None = None,
             label: str | None = None) -> Job[T] | None:
        """Run ``work(vault)`` on the vault thread (nothing happens while locked)."""
        vault = self.vault
        if vault is None:
            return None
        self.last_used = time.monotonic()
        return self.jobs.run(owner, lambda ctx: work(vault), on_success=on_success,
                             on_failure=on_failure, label=label, pool=POOL)

    def touched(self) -> None:
        """New evidence was written (e.g. a signature archived): sync soon, stay unlocked."""
        self.last_used = time.monotonic()
        if self.sync is not None:
            self.sync.nudge()

    def lock(self) -> None:
        """Close the vault: its key leaves memory with the connection."""
        vault, sync = self.vault, self.sync
        self.vault = self.sync = None
        self._idle.stop()
        if vault is None:
            return

        def close(ctx: object) -> None:
            if sync is not None:
                sync.stop()
            vault.close()

        self.jobs.run(None, close, pool=POOL)
        self.locked.emit()

    def _check_idle(self) -> None:
        if self.vault is not None and self.idle_minutes > 0 and \
                time.monotonic() - self.last_used > self.idle_minutes * 60:
            log.info("vault locked after %d idle minutes", self.idle_minutes)
            self.lock()

    # --- background sync ----------------------------------------------------------------------

    def _start_sync(self, vault: Vault) -> None:
        def start(ctx: object) -> tuple[SyncState, SyncWorker | None]:
            from app.sync.state import sync_status
            from app.sync.worker import SyncWorker

            state = sync_status(vault)
            if not state.registered:
                return state, None
            worker = SyncWorker(vault, on_state=self._state_from_thread)
            worker.start()
            return state, worker

        def started(result: tuple[SyncState, SyncWorker | None]) -> None:
            state, worker = result
            if self.vault is not vault:  # locked meanwhile
                if worker is not None:
                    self.jobs.run(None, lambda ctx: worker.stop(), pool="sync-stop")
                return
            self.sync = worker
            self.syncChanged.emit(state)

        self.jobs.run(self, start, on_success=started, pool=POOL)

    def _state_from_thread(self, state: Any) -> None:
        self.jobs.post_to_gui(lambda: self.syncChanged.emit(state))


def session_of(widget: QWidget | None) -> VaultSession | None:
    """The session of the main window a widget belongs to (None outside the app)."""
    while widget is not None:
        session = getattr(widget, "vault_session", None)
        if isinstance(session, VaultSession):
            return session
        widget = widget.parentWidget()
    return None
