"""Background sync for a running app (the GUI): one thread, woken by new evidence or a timer.

The worker never raises: every outcome ends in the vault's sync state, which the status bar
reads with :func:`app.sync.state.sync_status` (or receives through ``on_state``).  After a
failure it waits longer each time (exponential, with jitter, up to ``max_delay``); a receipt
that did not verify makes it wait the longest, since the platform's answers are in doubt, and so
does a revoked device (only the operator can change that).
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.sync.engine import EvidenceSync
from app.sync.errors import DeviceRevoked, PlatformNotConfigured, ReceiptRejected
from app.sync.state import SyncState, sync_status
from app.sync.transport import RetryPolicy
from crypto import errors

if TYPE_CHECKING:
    from app.vault.vault import Vault

log = logging.getLogger(__name__)

THREAD_NAME = "sealdesk-sync"


class SyncWorker:
    """Runs :class:`EvidenceSync` in the background until stopped."""

    def __init__(
        self,
        vault: Vault,
        *,
        interval: float = 60.0,
        max_delay: float = 900.0,
        retry: RetryPolicy | None = None,
        on_state: Callable[[SyncState], None] | None = None,
    ) -> None:
        self.interval = interval
        self.max_delay = max_delay
        self.on_state = on_state
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._engine = EvidenceSync(vault, retry=retry, stop=self._stop)
        self._vault = vault
        self._failures = 0
        self._thread = threading.Thread(target=self._loop, name=THREAD_NAME, daemon=True)

    def start(self) -> None:
        """Start the thread (a first run begins at once)."""
        self._wake.set()
        self._thread.start()

    def nudge(self) -> None:
        """Run soon: new evidence was written (call after signing; returns at once)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the current request (a retry wait ends at once)."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self._next_delay())
            self._wake.clear()
            if self._stop.is_set():
                return
            try:
                self._engine.run_once()
                self._failures = 0
            except errors.Cancelled:
                return
            except PlatformNotConfigured:
                self._failures = 0
            except (ReceiptRejected, DeviceRevoked):
                self._failures = 64  # the longest wait: the platform's answers are in doubt
            except errors.SealDeskError as exc:
                self._failures += 1
                log.info("background sync failed: %s", exc)
            except Exception:  # our bug: keep the app alive, keep the trace
                self._failures += 1
                log.exception("background sync crashed")
            self._report()

    def _next_delay(self) -> float:
        if self._failures == 0:
            return self.interval
        ceiling = min(self.max_delay, self.interval * 2 ** min(self._failures, 16))
        return secrets.SystemRandom().uniform(ceiling / 2, ceiling)

    def _report(self) -> None:
        if self.on_state is None:
            return
        try:
            self.on_state(sync_status(self._vault))
        except errors.SealDeskError:  # the vault was locked or closed meanwhile
            log.info("sync state not available", exc_info=True)
