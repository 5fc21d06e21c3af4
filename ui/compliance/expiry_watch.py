"""The expiry watch of the main window: certificates on the inserted tokens, read without a PIN.

When the tokens may have changed (the token monitor's report, a modest timer, new settings) the
certificates are read on the ``tokens`` pool — each token call on its module's own thread, never
on the GUI thread — and judged against the configured warning days; the expiring and expired
ones go to the :class:`~ui.compliance.expiry_banner.ExpiryBanner`.  While the vault is unlocked
each warning is recorded as evidence (once per certificate, state and threshold, which
``app.compliance.notices`` enforces), and the banner offers the advance renewal notice for an
expiring certificate nobody has answered about yet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QWidget

from ui import presenter
from ui.compliance import notice_dialog
from ui.compliance.expiry_banner import ExpiryBanner
from ui.jobs import Job, JobContext, JobRunner
from ui.signature_panel import common_name
from ui.vault.session import POOL as VAULT_POOL
from ui.vault.session import VaultSession

if TYPE_CHECKING:  # app.compliance loads the token layer and pyHanko: on the workers, not here
    from app.compliance.expiry import CertificateStanding
    from app.evidence.events import Event
    from app.vault.vault import Vault
    from crypto.tokens.base import CertificateInfo

log = logging.getLogger(__name__)

RECHECK_MS = 10 * 60_000  # tokens may change unseen (same labels): look again this often
WATCHED = ("expiring", "expired")  # what the banner is about (unusable for other reasons: no)
ANSWERS = {"noticeAccept": "advance", "noticeReject": "deferred"}  # renewal button → consent

Reader = Callable[[tuple[str, ...], JobContext], "list[CertificateInfo]"]


def read_certificates(modules: tuple[str, ...], ctx: JobContext) -> list[CertificateInfo]:
    """Every end-entity certificate the inserted tokens show without a PIN (worker thread)."""
    from ui.sign.identity import scan_identities

    scan = scan_identities(modules, ctx)
    for problem in scan.problems:
        log.info("expiry watch: cannot look for tokens: %s", problem)
    for token in scan.tokens:
        if token.problem:
            log.info("expiry watch: cannot list the certificates of %s: %s",
                     token.token.label, token.problem)
    return [cert for token in scan.tokens for cert in token.certificates]


def judge(certs: Sequence[CertificateInfo], warning_days: int) -> list[CertificateStanding]:
    """The expiring and expired certificates, each once (a certificate on two tokens too)."""
    from app.compliance.expiry import certificate_sha256, flag

    unique = {certificate_sha256(c): c for c in certs}
    return [s for s in flag(list(unique.values()), warning_days) if s.state in WATCHED]


def renewal_offered(vault: Vault, standing: CertificateStanding) -> bool:
    """The banner asks about renewal: expiring soon and never answered (an answer put off to
    the next signing is asked there, not here)."""
    from app.compliance import notices

    return (standing.state == "expiring"
            and notices.renewal_answer(vault, standing.certificate_sha256) is None)


class ExpiryWatch(QObject):
    """Reads, judges, shows, records; one read at a time (a slow driver never piles them up)."""

    checked = Signal(object)  # list[CertificateStanding], after each read
    recorded = Signal(object)  # list[Event]: the warnings recorded by one vault pass
    renewalRecorded = Signal(str, str)  # certificate SHA-256, consent

    def __init__(self, jobs: JobRunner, session: VaultSession, banner: ExpiryBanner,
                 modules: tuple[str, ...], warning_days: int, parent: QWidget,
                 interval_ms: int = RECHECK_MS) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._session = session
        self._window = parent
        self.banner = banner
        self.modules = modules
        self.warning_days = warning_days
        self.read: Reader = read_certificates
        self.standings: list[CertificateStanding] | None = None  # None: not read yet
        self._judged_days = warning_days
        self.renewable: set[str] = set()
        self.dialog: notice_dialog.CertificateNoticeDialog | None = None
        self._job: Job[Any] | None = None
        self._again = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        session.unlocked.connect(self._record)
        session.locked.connect(self._locked)
        banner.renewRequested.connect(self.ask_renewal)

    def configure(self, modules: tuple[str, ...], warning_days: int) -> None:
        """New drivers or warning days from the settings: read again when they changed."""
        if (modules, warning_days) != (self.modules, self.warning_days):
            self.modules, self.warning_days = modules, warning_days
            self.refresh()

    # --- reading the tokens -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the certificates again (after the running read, if one is running)."""
        if self._job is not None:
            self._again = True
            return
        modules, days, read = self.modules, self.warning_days, self.read

        def work(ctx: JobContext) -> tuple[list[CertificateStanding], int]:
            return judge(read(modules, ctx), days), days

        self._job = self._jobs.run(self, work, on_success=self._read_done,
                                   on_failure=self._read_failed, pool="tokens")

    def _read_done(self, result: tuple[list[CertificateStanding], int]) -> None:
        self._job = None
        self.standings, self._judged_days = result
        self._show()
        self.checked.emit(self.standings)
        self._record()
        self._read_next()

    def _read_failed(self, exc: BaseException) -> None:
        self._job = None
        log.warning("expiry watch: reading the tokens failed: %s", exc)
        self._read_next()

    def _read_next(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _show(self) -> None:
        self.banner.set_standings(self.standings or [], self.renewable)

    # --- the vault: warnings as evidence, renewal answers --------------------------------------

    def _record(self) -> None:
        """While unlocked: record the warnings and learn which renewals to offer."""
        vault = self._session.vault
        standings, days = self.standings, self._judged_days
        if vault is None or not standings:
            self.renewable = set()
            self._show()
            return

        def work(ctx: JobContext) -> tuple[list[Event], set[str]]:
            from app.compliance import notices

            events = notices.expiry_warnings(vault, standings, days)
            return events, {s.certificate_sha256 for s in standings
                            if renewal_offered(vault, s)}

        def done(result: tuple[list[Event], set[str]]) -> None:
            if self._session.vault is not vault:  # locked meanwhile
                return
            events, self.renewable = result
            self._show()
            if events and self._session.sync is not None:
                self._session.sync.nudge()  # not touched(): a watch must not keep it unlocked
            self.recorded.emit(events)

        # straight on the vault thread, not session.call: a background check is not "use"
        self._jobs.run(self, work, on_success=done, on_failure=self._vault_failed,
                       pool=VAULT_POOL)

    def _vault_failed(self, exc: BaseException) -> None:
        log.warning("expiry watch: recording the warnings failed: %s", exc)

    def _locked(self) -> None:
        self.renewable = set()
        self._show()

    # --- the advance renewal notice -----------------------------------------------------------

    def ask_renewal(self, standing: CertificateStanding) -> None:
        """The renewal notice for ``standing``: agree now ("advance") or at the next signing
        ("deferred"); closing it answers nothing."""
        if self._session.vault is None or self.dialog is not None:
            return
        dialog = notice_dialog.renewal(self._window, common_name(standing.subject),
                                       standing.not_after.date().isoformat(), standing.days_left)
        answer: list[str] = []

        def clicked(button: QAbstractButton) -> None:
            if button.objectName() in ANSWERS:
                answer.append(ANSWERS[button.objectName()])

        dialog.buttons.clicked.connect(clicked)
        dialog.finished.connect(lambda _code: self._answered(dialog, standing, answer))
        self.dialog = dialog
        dialog.open()

    def _answered(self, dialog: QWidget, standing: CertificateStanding,
                  answer: list[str]) -> None:
        self.dialog = None
        dialog.deleteLater()
        if not answer:
            return
        consent, sha = answer[0], standing.certificate_sha256

        def done(event: Event | None) -> None:
            self.renewable.discard(sha)
            self._show()
            self._session.touched()
            self.renewalRecorded.emit(sha, consent)

        def record(vault: Vault) -> Event | None:
            from app.compliance import notices

            return notices.renewal(vault, sha, consent=consent, not_after=standing.not_after)

        job = self._session.call(self, record, on_success=done, on_failure=self._renew_failed)
        if job is None:  # locked while the notice was open: nothing recorded, asked again later
            log.info("expiry watch: the vault locked before the renewal answer was recorded")

    def _renew_failed(self, exc: BaseException) -> None:
        presenter.show_error(self._window, exc)
