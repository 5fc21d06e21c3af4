"""Seal-use requests through the platform: the organisation's custody mailbox.

When the vault is registered with a platform (``sealdesk sync register``), a request and,
later, its decision travel between colleagues' vaults through the platform instead of as a
request file: :func:`send_request` posts what a ``.sealreq`` file would hold (the canonical
signed envelopes, nothing more), :func:`fetch_requests` lists what the organisation's devices
posted since the vault's cursor and adds each entry through exactly the checks of
``request import`` (signatures, this vault's seal registry, replays, conflicts): the platform is
a carrier, never trusted.  The transport is the sync client's (:mod:`app.sync.transport`: the
vault's device key signs every request).

The cursor is kept in the vault (the sync state, per organisation and device) in the same
transaction as the entry it moves past, so an interrupted fetch resumes without loss; an entry
fetched twice is a replay and changes nothing.  An entry that fails the checks is reported and
skipped (``fetch --all`` reads everything again, e.g. once the missing seal is registered).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.custody.errors import (
    CustodyError,
    MailboxAnswerInvalid,
    MailboxConflict,
    NotShareable,
    RequestReplayed,
)
from app.custody.requests import SealRequest, get_request
from app.custody.signed import SignedObject
from app.custody.transfer import import_verified, verify_contents
from app.sync import state
from app.sync.device import load_config
from app.sync.transport import PlatformClient, PlatformRefusal, RetryPolicy
from crypto import errors, idscan
from crypto.errors import Text

if TYPE_CHECKING:
    import threading

    from app.sync.device import SyncConfig
    from app.vault import Vault

PATH = "/v1/custody/requests"
CURSOR = "custody_mailbox"  # sync state: {"org_id", "device_id", "cursor"}
PAGE = 100
_ID = re.compile(r"[0-9a-f]{32}")


# --- sending --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SendResult:
    """What the platform added (both False: it already held this)."""

    request: SealRequest
    request_added: bool
    decision_added: bool

    def to_json(self) -> dict[str, Any]:
        """The ``request send --json`` body."""
        return {"request": self.request.id, "state": self.request.state,
                "request_added": self.request_added, "decision_added": self.decision_added}


def holds_resident_id(obj: SignedObject) -> bool:
    """True when a signed object's content or signer certificate names a resident ID number
    (GB 11643, check digit valid): such an object is never sent to the platform."""
    return idscan.holds_resident_id([obj.payload, obj.certificate.subject.native])


def post_body(request: SealRequest) -> dict[str, str | None]:
    """What ``POST /v1/custody/requests`` carries: a request file's two entries, as text."""
    decision = request.decision
    return {"request": request.request.canonical.decode("utf-8"),
            "decision": None if decision is None else decision.canonical.decode("utf-8")}


def send_request(vault: Vault, ident: str, *, retry: RetryPolicy | None = None,
                 stop: threading.Event | None = None) -> SendResult:
    """Post a request (and its decision, once decided) to the organisation's mailbox."""
    request = get_request(vault, ident)
    for obj in (request.request, request.decision):
        if obj is not None and holds_resident_id(obj):
            raise NotShareable(ident=request.id[:12],
                               detail=Text("it contains a resident ID number"))
    config = load_config(vault)
    body = post_body(request)
    with PlatformClient(config.endpoint, config.credentials, retry=retry, stop=stop) as client:
        try:
            answer = client.post(PATH, body)
        except PlatformRefusal as exc:
            raise _refusal(exc, request) from None
    if not isinstance(answer, dict) or answer.get("id") != request.id or not all(
            isinstance(answer.get(k), bool) for k in ("request_added", "decision_added")):
        raise MailboxAnswerInvalid(detail=Text("the answer to a posted request is malformed"))
    return SendResult(request, answer["request_added"], answer["decision_added"])


def _refusal(exc: PlatformRefusal, request: SealRequest) -> errors.SealDeskError:
    code = exc.answer.error
    if code == "decision_conflict":
        return MailboxConflict(ident=request.id[:12], detail=Text("another decision"))
    if code == "request_conflict":
        return MailboxConflict(ident=request.id[:12],
                               detail=Text("another request with the same id"))
    if code == "personal_data":
        return NotShareable(ident=request.id[:12], detail=Text("it contains a resident ID number"))
    return exc


# --- fetching -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchedEntry:
    """One mailbox entry and what became of it here."""

    request_id: str
    outcome: str  # added | decision | unchanged | refused
    request: SealRequest | None = None
    error: errors.SealDeskError | None = None

    def to_json(self) -> dict[str, Any]:
        """Part of the ``request fetch --json`` body (the error is added by the front end)."""
        return {"request": self.request_id, "outcome": self.outcome,
                "state": self.request.state if self.request else None}


@dataclass
class FetchReport:
    """Every entry a fetch read, in the platform's order, and the cursor it ended at."""

    entries: list[FetchedEntry] = field(default_factory=list)
    cursor: int = 0

    def count(self, outcome: str) -> int:
        """How many entries ended with ``outcome``."""
        return sum(1 for e in self.entries if e.outcome == outcome)

    @property
    def refused(self) -> list[FetchedEntry]:
        """Entries that failed the checks (nothing of them was kept)."""
        return [e for e in self.entries if e.outcome == "refused"]


def _cursor_key(config: SyncConfig) -> dict[str, str]:
    return {"org_id": config.org_id, "device_id": config.credentials.device_id}


def saved_cursor(vault: Vault) -> int:
    """The cursor the next fetch starts at (0 before the first, or after re-registering)."""
    config = load_config(vault)
    kept = vault.db.call(lambda conn: state.get(conn, CURSOR))
    return _kept(kept, config)


def _kept(kept: Any, config: SyncConfig) -> int:
    if not isinstance(kept, dict) or {k: kept.get(k) for k in ("org_id", "device_id")} \
            != _cursor_key(config):
        return 0
    cursor = kept.get("cursor")
    return cursor if isinstance(cursor, int) and cursor >= 0 else 0


def fetch_requests(
    vault: Vault,
    *,
    from_start: bool = False,
    retry: RetryPolicy | None = None,
    stop: threading.Event | None = None,
) -> FetchReport:
    """Add what the organisation's mailbox holds past the vault's cursor (``from_start``: all
    of it again), each entry verified as ``request import`` verifies a request file."""
    config = load_config(vault)
    cursor = 0 if from_start else _kept(vault.db.call(lambda c: state.get(c, CURSOR)), config)
    report = FetchReport(cursor=cursor)
    with PlatformClient(config.endpoint, config.credentials, retry=retry, stop=stop) as client:
        while True:
            page = client.get(PATH, {"since": cursor, "limit": PAGE})
            entries, more = _page(page, cursor)
            for entry in entries:
                fetched = _take(vault, entry, config)
                cursor = report.cursor = int(entry["seq"])
                report.entries.append(fetched)
            if not more or not entries:
                return report


def _page(page: Any, since: int) -> tuple[list[dict[str, Any]], bool]:
    """The entries of one listing, checked for form and order."""
    if not isinstance(page, dict) or not isinstance(page.get("requests"), list) \
            or not isinstance(page.get("more"), bool):
        raise MailboxAnswerInvalid(detail=Text("it is not a list of requests"))
    last = since
    for entry in page["requests"]:
        if not (isinstance(entry, dict) and isinstance(entry.get("id"), str)
                and _ID.fullmatch(entry["id"]) and isinstance(entry.get("seq"), int)
                and not isinstance(entry["seq"], bool) and entry["seq"] > last
                and isinstance(entry.get("request"), str)
                and isinstance(entry.get("decision"), str | type(None))):
            raise MailboxAnswerInvalid(detail=Text("an entry is malformed or out of order"))
        last = entry["seq"]
    return list(page["requests"]), page["more"]


def _take(vault: Vault, entry: dict[str, Any], config: SyncConfig) -> FetchedEntry:
    """Import one entry; the cursor moves past it in the same transaction (or after a refusal)."""
    ident = str(entry["id"])
    moved = {**_cursor_key(config), "cursor": int(entry["seq"])}
    label = Text("the platform's copy of request {ident}", ident=ident[:12])

    def move(conn: Any) -> None:
        state.put(conn, CURSOR, moved)

    try:
        decision = entry["decision"]
        request, signed_decision = verify_contents(
            entry["request"].encode("utf-8"),
            None if decision is None else decision.encode("utf-8"), label)
        if request.payload.get("id") != ident:
            raise MailboxAnswerInvalid(detail=Text("an entry's id is not its request's"))
        result = import_verified(vault, request, signed_decision, label, also=move)
    except RequestReplayed:
        vault.db.transaction(move)
        return FetchedEntry(ident, "unchanged", get_request(vault, ident))
    except CustodyError as exc:
        vault.db.transaction(move)
        return FetchedEntry(ident, "refused", error=exc)
    outcome = "added" if result.request_added else "decision"
    return FetchedEntry(ident, outcome, result.request)
