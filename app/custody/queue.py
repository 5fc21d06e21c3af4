"""The offline signing queue: B-B signatures made without a network, upgraded later.

A document sealed offline is archived at PAdES B-B and queued (in the same transaction).  When
a timestamp service and the revocation sources are reachable, :func:`run_queue` adds what
``sealdesk ltv --archive-timestamp`` adds — validation data (DSS) and a document timestamp over
it — and archives the result as a new version of the document in one transaction with a
``queue.upgraded`` event and the entry's ``done`` state.  A failure leaves the entry ``failed``
with its reason and the time of the next attempt (backing off).

Crash safety: the original stays archived and is only ever read; the upgraded copy is built in
a private work folder and becomes part of the vault in one transaction together with the queue
state, so a kill at any point leaves either the old state (a rerun redoes the upgrade from the
original) or the finished one (a rerun has nothing to do) — never a duplicate.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import logging
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asn1crypto import x509

from app.custody import event_types
from app.custody.errors import QueueUpgradeFailed
from app.evidence.events import EventDraft, utc_now
from crypto import errors
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault import Vault
    from app.vault.vault import ArchiveResult
    from crypto.pades.options import TsaConfig

log = logging.getLogger(__name__)

RETRY_FIRST = 60  # seconds before the first retry; doubled each time up to RETRY_MAX
RETRY_MAX = 3600
_COLUMNS = (
    "id, document_id, state, attempts, last_error, next_attempt, added_at, done_at, "
    "upgraded_document_id"
)


@dataclass(frozen=True)
class QueueEntry:
    """One queued document and where it stands."""

    id: int
    document_id: str
    state: str  # pending | failed | done
    attempts: int
    last_error: dict[str, Any] | None
    next_attempt: str
    added_at: str
    done_at: str | None
    upgraded_document_id: str | None

    def error(self) -> errors.SealDeskError | None:
        """The last failure, rebuilt so a front end can show it in the user's language."""
        if not self.last_error:
            return None
        portable = self.last_error.get("portable")
        if not portable:
            return None
        return errors.from_portable(tuple(portable))

    def to_json(self) -> dict[str, Any]:
        """The stable ``queue status --json`` entry."""
        return {
            "id": self.id,
            "document_id": self.document_id,
            "state": self.state,
            "attempts": self.attempts,
            "error": None if not self.last_error else
            {k: self.last_error[k] for k in ("code", "message") if k in self.last_error},
            "next_attempt": None if self.state == "done" else self.next_attempt,
            "added_at": self.added_at,
            "done_at": self.done_at,
            "upgraded_document_id": self.upgraded_document_id,
        }


@dataclass(frozen=True)
class UpgradeConfig:
    """What an upgrade needs from outside: a timestamp service and extra trust anchors."""

    tsa: TsaConfig
    trust: tuple[x509.Certificate, ...] = ()


@dataclass
class QueueOutcome:
    """What one :func:`run_queue` did to one entry."""

    entry: QueueEntry
    status: str  # upgraded | failed
    error: errors.SealDeskError | None = field(default=None, repr=False)


def _row(row: Sequence[Any]) -> QueueEntry:
    return QueueEntry(int(row[0]), row[1], row[2], int(row[3]),
                      json.loads(row[4]) if row[4] else None, row[5], row[6], row[7], row[8])


def enqueue(conn: Any, document_id: str) -> None:
    """Queue a B-B document (inside the caller's transaction; a second call changes nothing)."""
    now = utc_now()
    cur = conn.execute(
        "INSERT OR IGNORE INTO custody_queue (document_id, state, attempts, next_attempt, "
        "added_at) VALUES (?, 'pending', 0, ?, ?)",
        (document_id, now, now),
    )
    if cur.rowcount:
        from app.evidence import chain

        chain.append(conn, EventDraft(event_types.QUEUE_ADDED, {"level": "B-B"}, document_id))


def queue_entries(vault: Vault, state: str | None = None) -> list[QueueEntry]:
    """Queue entries, oldest first (optionally in one state)."""
    where, params = ("WHERE state = ?", (state,)) if state else ("", ())
    rows = vault.db.call(lambda conn: conn.execute(
        f"SELECT {_COLUMNS} FROM custody_queue {where} ORDER BY id", params  # noqa: S608
    ).fetchall())
    return [_row(r) for r in rows]


def queue_summary(vault: Vault) -> dict[str, int]:
    """How many entries are pending, failed and done (for a status bar)."""
    counts = {"pending": 0, "failed": 0, "done": 0}
    for state, n in vault.db.call(lambda conn: conn.execute(
            "SELECT state, COUNT(*) FROM custody_queue GROUP BY state").fetchall()):
        counts[state] = int(n)
    return counts


def due_entries(vault: Vault, *, force: bool = False, now: str | None = None) -> list[QueueEntry]:
    """Entries to try now: pending or failed, and (unless ``force``) due."""
    when = now or utc_now()
    return [e for e in queue_entries(vault) if e.state != "done"
            and (force or e.next_attempt <= when)]


def run_queue(
    vault: Vault,
    config: UpgradeConfig,
    *,
    force: bool = False,
    progress: Callable[[QueueOutcome], None] | None = None,
) -> list[QueueOutcome]:
    """Try every due entry once (the GUI calls this periodically; the CLI on ``queue run``)."""
    outcomes = []
    for entry in due_entries(vault, force=force):
        outcome = upgrade_entry(vault, entry, config)
        outcomes.append(outcome)
        if progress is not None:
            progress(outcome)
    return outcomes


def upgrade_entry(vault: Vault, entry: QueueEntry, config: UpgradeConfig) -> QueueOutcome:
    """Upgrade one entry, recording success or the failure with its next attempt."""
    try:
        with tempfile.TemporaryDirectory(prefix="sealdesk-queue-") as tmp:
            upgraded = Path(tmp) / "upgraded.pdf"
            original = b"".join(vault.read_document(entry.document_id))
            timestamp = _upgrade(original, upgraded, config)
            done = _archive_upgrade(vault, entry, upgraded, timestamp)
        return QueueOutcome(done, "upgraded")
    except errors.SealDeskError as exc:
        if exc.kind == "bug":
            log.error("queue entry %d failed", entry.id, exc_info=exc)
        return QueueOutcome(_record_failure(vault, entry, exc), "failed", exc)


def _upgrade(original: bytes, target: Path, config: UpgradeConfig) -> dict[str, Any]:
    """DSS + document timestamp over ``original`` into ``target``; refuse a partial result."""
    from app.atomic import atomic_output
    from crypto.pades.ltv import add_ltv
    from crypto.pades.timestamper import HttpxTimeStamper

    stamper = HttpxTimeStamper(config.tsa)
    try:
        with atomic_output(target) as out:
            asyncio.run(add_ltv(io.BytesIO(original), out, trust=config.trust,
                                timestamper=stamper, archive=True))
    finally:
        stamper.close()
    return check_upgraded(target.read_bytes(), config.tsa.url)


def check_upgraded(data: bytes, tsa_url: str) -> dict[str, Any]:
    """Confirm the DSS holds revocation data for every signer's chain (soft-fail fetching may
    have left it out) and a document timestamp follows; returns the timestamp's facts."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from crypto.review.levels import LevelAssessor

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    sigs = reader.embedded_signatures
    stamps = [s for s in sigs if s.sig_object.get("/Type") == "/DocTimeStamp"]
    if not stamps:
        raise QueueUpgradeFailed(ident="", detail=Text("no document timestamp was added"))
    dss = LevelAssessor(reader).dss(reader.xrefs.total_revisions - 1)
    for sig in sigs:
        if sig in stamps:
            continue
        for cert in _chain_below_root(sig.signer_cert, sig.other_embedded_certs):
            if not dss.covers(cert):
                raise errors.RevocationUnavailable(
                    subject=str(cert.subject.human_friendly),
                    detail=Text("no OCSP response or CRL could be fetched"),
                )
    tst = stamps[-1].signed_data["encap_content_info"]["content"].parsed
    when = tst["gen_time"].native.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"time": when, "url": tsa_url}


def _chain_below_root(
    leaf: x509.Certificate, others: Sequence[x509.Certificate]
) -> list[x509.Certificate]:
    chain: list[x509.Certificate] = []
    cert: x509.Certificate | None = leaf
    while cert is not None and cert.subject != cert.issuer and len(chain) < 8:
        chain.append(cert)
        issuer = cert.issuer
        cert = next((c for c in others if c.subject == issuer), None)
    return chain


def _archive_upgrade(
    vault: Vault, entry: QueueEntry, upgraded: Path, timestamp: dict[str, Any]
) -> QueueEntry:
    from app.vault.documents import NewDocument
    from app.vault.importing import read_signers, signed_at

    original = vault.document(entry.document_id)
    signers = read_signers(upgraded)
    data = {"queue": entry.id, "previous_document": original.id,
            "previous_sha256": original.sha256, "level": "B-LTA", "timestamp": timestamp}
    doc = NewDocument(name=original.name, origin="sign", signed_at=signed_at(signers) or
                      original.signed_at, signers=signers, source_sha256=original.sha256)

    def mark_done(conn: Any, archived: ArchiveResult) -> None:
        cur = conn.execute(
            "UPDATE custody_queue SET state = 'done', done_at = ?, upgraded_document_id = ?, "
            "last_error = NULL, attempts = attempts + 1 WHERE id = ? AND state != 'done'",
            (utc_now(), archived.record.id, entry.id),
        )
        if not cur.rowcount:  # another run finished it first: keep nothing of this one
            raise errors.InternalError()

    vault.archive_file(upgraded, doc, [EventDraft(event_types.QUEUE_UPGRADED, data)],
                       on_commit=mark_done)
    return _reload(vault, entry.id)


def _record_failure(vault: Vault, entry: QueueEntry, exc: errors.SealDeskError) -> QueueEntry:
    attempts = entry.attempts + 1
    delay = min(RETRY_MAX, RETRY_FIRST * 2 ** (attempts - 1))
    when = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=delay)).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ")
    error = {"code": exc.code, "message": exc.render(), "portable": list(errors.to_portable(exc))}

    def update(conn: Any) -> None:
        conn.execute(
            "UPDATE custody_queue SET state = 'failed', attempts = ?, last_error = ?, "
            "next_attempt = ? WHERE id = ? AND state != 'done'",
            (attempts, json.dumps(error, ensure_ascii=False), when, entry.id),
        )

    vault.db.transaction(update)
    return _reload(vault, entry.id)


def _reload(vault: Vault, entry_id: int) -> QueueEntry:
    row = vault.db.call(lambda conn: conn.execute(
        f"SELECT {_COLUMNS} FROM custody_queue WHERE id = ?", (entry_id,)  # noqa: S608
    ).fetchone())
    return _row(row)
