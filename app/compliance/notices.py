"""Certificate lifecycle notices, each recorded as evidence when the person is told.

before issuance → issued → (before use → intent checked → after use)* → renewal, and the expiry
warnings in between.  Events carry certificate and document fingerprints, counts and times —
never names, file names or content.  Once-only notices (the expiry warning at a threshold, a
renewal notice) are marked in ``notice_marks`` in the same transaction, so a warning shown at
every start is recorded once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from app.compliance import event_types as ev
from app.compliance.expiry import CertificateStanding
from app.evidence import chain
from app.evidence.events import Event, EventDraft, utc_now

if TYPE_CHECKING:
    from app.vault.vault import Vault

STORAGES = ("pkcs11", "skf", "soft")
# the answers to the renewal notice: agreed in advance (the expiry notice), put off to the next
# signing, agreed at a signing, declined.  Only "deferred" asks again (at the next signing).
RENEWAL_CONSENT = ("advance", "deferred", "at_signing", "declined")
RENEWAL_AGREED = ("advance", "at_signing")


def _append(vault: Vault, drafts: Sequence[EventDraft]) -> list[Event]:
    return vault.db.transaction(lambda conn: chain.append_many(conn, drafts))


def before_issuance(vault: Vault, request_sha256: str, *, agreement_accepted: bool,
                    identity_consistent: bool, intent_method: str) -> Event:
    """Before applying for a certificate: agreement, identity consistency and intent checked."""
    data = {"request_sha256": request_sha256, "agreement_accepted": agreement_accepted,
            "identity_consistent": identity_consistent, "intent_method": intent_method}
    return _append(vault, [EventDraft(ev.BEFORE_ISSUANCE, data)])[0]


def issued(vault: Vault, certificate_sha256: str, *, storage: str, where: str,
           not_after: dt.datetime) -> Event:
    """On issuance: when, and where the certificate is kept (token serial or "this computer")."""
    if storage not in STORAGES:
        raise ValueError(storage)
    data = {"certificate_sha256": certificate_sha256, "storage": storage, "where": where,
            "not_after": not_after.strftime("%Y-%m-%dT%H:%M:%SZ")}
    return _append(vault, [EventDraft(ev.ISSUED, data)])[0]


def before_use(vault: Vault, certificate_sha256: str, document_sha256s: Sequence[str],
               batch: str | None = None, *, batch_size: int | None = None) -> list[Event]:
    """"Your certificate will now sign <document>": one event per document (``batch_size``:
    the whole batch's, when only some of its documents are signed now)."""
    size = len(document_sha256s) if batch_size is None else batch_size
    drafts = [EventDraft(ev.BEFORE_USE, _use_data(certificate_sha256, d, batch, size))
              for d in document_sha256s]
    return _append(vault, drafts)


def after_use(vault: Vault, certificate_sha256: str,
              signed: Sequence[tuple[str, str, str | None]], batch: str | None = None,
              *, batch_size: int | None = None) -> list[Event]:
    """Signed successfully: (source SHA-256, signed SHA-256, vault document id) per file.

    Once per signed file: a resumed run that finds a file already signed (and noticed) adds
    nothing."""

    def commit(conn: Any) -> list[Event]:
        out = []
        for source, output, document_id in signed:
            if not _mark_once(conn, certificate_sha256, ev.AFTER_USE, output):
                continue
            data = _use_data(certificate_sha256, source, batch,
                             len(signed) if batch_size is None else batch_size)
            data["signed_sha256"] = output
            out.append(chain.append(conn, EventDraft(ev.AFTER_USE, data, document_id)))
        return out

    return vault.db.transaction(commit)


def _use_data(cert: str, document: str, batch: str | None, count: int) -> dict[str, Any]:
    data: dict[str, Any] = {"certificate_sha256": cert, "document_sha256": document}
    if batch is not None:
        data["batch"] = batch
        data["batch_size"] = count
    return data


def _mark_once(conn: Any, cert: str, notice: str, mark: str) -> bool:
    cursor = conn.execute(
        "INSERT OR IGNORE INTO notice_marks (certificate_sha256, notice, mark, at) "
        "VALUES (?, ?, ?, ?)", (cert, notice, mark, utc_now()))
    return int(cursor.rowcount) == 1


def expiry_warnings(vault: Vault, standings: Sequence[CertificateStanding],
                    warning_days: int) -> list[Event]:
    """Record a warning for each expiring or expired certificate, once per state and threshold."""

    def commit(conn: Any) -> list[Event]:
        out = []
        for s in standings:
            if s.state not in ("expiring", "expired"):
                continue
            mark = f"{s.state}:{warning_days}"
            if not _mark_once(conn, s.certificate_sha256, ev.EXPIRY_WARNING, mark):
                continue
            data = {**s.to_json(), "warning_days": warning_days}
            out.append(chain.append(conn, EventDraft(ev.EXPIRY_WARNING, data)))
        return out

    return vault.db.transaction(commit)


def renewal(vault: Vault, certificate_sha256: str, *, consent: str,
            not_after: dt.datetime) -> Event | None:
    """The renewal notice with the person's answer (recorded once per answer)."""
    if consent not in RENEWAL_CONSENT:
        raise ValueError(consent)

    def commit(conn: Any) -> Event | None:
        if not _mark_once(conn, certificate_sha256, ev.RENEWAL, consent):
            return None
        data = {"certificate_sha256": certificate_sha256, "consent": consent,
                "not_after": not_after.strftime("%Y-%m-%dT%H:%M:%SZ")}
        return chain.append(conn, EventDraft(ev.RENEWAL, data))

    return vault.db.transaction(commit)


def renewal_answer(vault: Vault, certificate_sha256: str) -> str | None:
    """The newest renewal answer recorded for a certificate (None: never asked).  An answer
    given in the same instant as a deferral wins over it."""
    row = vault.db.call(lambda conn: conn.execute(
        "SELECT mark FROM notice_marks WHERE certificate_sha256 = ? AND notice = ? "
        "ORDER BY at DESC, mark = 'deferred' LIMIT 1",
        (certificate_sha256, ev.RENEWAL)).fetchone())
    return None if row is None else str(row[0])


def renewal_due(vault: Vault, standing: CertificateStanding) -> bool:
    """Ask about renewal now: the certificate expires within the warning days and the person
    has not answered yet, or put the answer off to this signing."""
    return (standing.state == "expiring"
            and renewal_answer(vault, standing.certificate_sha256) in (None, "deferred"))


def event_data(event: Event) -> Mapping[str, Any]:
    """The ``data`` member of an event's body."""
    import json

    body: dict[str, Any] = json.loads(event.body)
    return dict(body.get("data", {}))
