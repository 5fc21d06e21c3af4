"""Send and fetch seal-use requests through the platform (the organisation's mailbox), for the
requests page.  The two buttons show only while the app's vault is registered with a platform;
the network work runs on its own worker thread (never the GUI thread, never the vault pool, so
the vault stays usable meanwhile), and what it did or why it failed comes back as a sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from ui.presenter import message
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from app.custody.mailbox import FetchReport, SendResult
    from app.vault.vault import Vault

POOL = "custody-platform"


class PlatformActions(QObject):
    """The "Send to the platform" and "Fetch from the platform" actions of the requests page."""

    said = Signal(str)  # what happened, in the user's language
    added = Signal(str)  # requests changed here: reload, select this id ("" for none)
    finished = Signal()  # a send or fetch ended, well or not (tests)

    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.registered = False
        self.busy = False
        self._request: str | None = None
        self.send_button = QPushButton(self.tr("Send to the platform"))
        self.send_button.setObjectName("request_send")
        self.send_button.setToolTip(self.tr(
            "Send the selected request (or its decision) to your colleagues through the "
            "platform"))
        self.fetch_button = QPushButton(self.tr("Fetch from the platform"))
        self.fetch_button.setObjectName("request_fetch")
        self.fetch_button.setToolTip(self.tr(
            "Fetch your colleagues' requests and decisions; each is verified before it is kept"))
        self.send_button.clicked.connect(self.send)
        self.fetch_button.clicked.connect(self.fetch)
        session.unlocked.connect(self.check)
        session.locked.connect(lambda: self._registered(False))
        session.syncChanged.connect(lambda state: self._registered(bool(state.registered)))
        self._show()
        if session.is_unlocked:
            self.check()

    def check(self) -> None:
        """Find out (in the background) whether the vault is registered with a platform."""
        def work(vault: Vault) -> bool:
            from app.sync.state import sync_status

            return sync_status(vault).registered

        self.session.call(self, work, on_success=self._registered,
                          on_failure=lambda exc: self._registered(False))

    def _registered(self, registered: bool) -> None:
        self.registered = registered and self.session.is_unlocked
        self._show()

    def select(self, request_id: str | None) -> None:
        """The request the send action would send."""
        self._request = request_id
        self._show()

    def _show(self) -> None:
        for button in (self.send_button, self.fetch_button):
            button.setVisible(self.registered)
        self.fetch_button.setEnabled(self.registered and not self.busy)
        self.send_button.setEnabled(self.registered and not self.busy
                                    and self._request is not None)

    def _run(self, work: Any, done: Any) -> None:
        vault = self.session.vault
        if vault is None or self.busy:
            return
        self.busy = True
        self._show()
        self.session.touched()
        self.session.jobs.run(self, lambda ctx: work(vault), on_success=done,
                              on_failure=self._failed, pool=POOL)

    def send(self) -> None:
        """Post the selected request (with its decision once decided)."""
        ident = self._request
        if ident is None:
            return

        def work(vault: Vault) -> SendResult:
            from app.custody.mailbox import send_request

            return send_request(vault, ident)

        self._run(work, self._sent)

    def _sent(self, result: SendResult) -> None:
        ident = result.request.id[:12]
        if result.request_added and result.decision_added:
            text = self.tr("Sent request {id} and its decision to the platform.")
        elif result.request_added:
            text = self.tr("Sent request {id} to the platform.")
        elif result.decision_added:
            text = self.tr("Sent the decision on request {id} to the platform.")
        else:
            text = self.tr("The platform already holds request {id} as it is here.")
        self._end(text.format(id=ident))

    def fetch(self) -> None:
        """Fetch what colleagues sent since the last fetch (each entry verified)."""
        def work(vault: Vault) -> FetchReport:
            from app.custody.mailbox import fetch_requests

            return fetch_requests(vault)

        self._run(work, self._fetched)

    def _fetched(self, report: FetchReport) -> None:
        text = self.tr("Fetched {added} new requests and {decisions} new decisions.").format(
            added=report.count("added"), decisions=report.count("decision"))
        if not report.entries:
            text = self.tr("Nothing new on the platform.")
        refused = report.refused
        if refused and refused[0].error is not None:
            text += " " + self.tr("{count} refused; request {id}: {message}").format(
                count=len(refused), id=refused[0].request_id[:12],
                message=message(refused[0].error))
        changed = [e for e in report.entries if e.outcome in ("added", "decision")]
        if changed:
            self.added.emit(changed[-1].request_id)
        self._end(text)

    def _end(self, text: str) -> None:
        self.busy = False
        self._show()
        self.said.emit(text)
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._end(message(exc))
