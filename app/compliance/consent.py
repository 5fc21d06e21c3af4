"""Consents: given to one version of a text, recorded in the vault, withdrawable; and the gate
every processing asks before it runs.

Signing needs the three required texts (service agreement, privacy policy, certificate usage
agreement) accepted in their current version; each must be ticked by the person — nothing is
assumed.  Optional processing (analytics) runs only with its own consent, and refusing it never
blocks signing.  A face check needs a separate consent every time (:func:`give_once`), whose
event fingerprint is the ``consent_ref`` the platform's face verifier asks for.  Each consent
and each withdrawal is a ``consent.given`` / ``consent.withdrawn`` event in the same transaction
as its row; the events hold kind, version, language and text hash, never who the person is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.compliance import agreements as texts
from app.compliance.agreements import Agreement, AgreementSet
from app.compliance.errors import ConsentRequired, PurposeNotAgreed
from app.compliance.event_types import CONSENT_GIVEN, CONSENT_WITHDRAWN
from app.evidence import chain
from app.evidence.events import Event, EventDraft
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault.vault import Vault

_COLUMNS = "id, kind, version, language, sha256, given_at, withdrawn_at, event_seq"
_PURPOSE_TEXT = {"analytics": Text("usage statistics"), "face_check": Text("the face check")}
PURPOSES = {  # processing → the consent it depends on
    "signing": texts.REQUIRED,
    "face_check": (texts.BIOMETRIC,),
    "analytics": (texts.ANALYTICS,),
}


@dataclass(frozen=True)
class ConsentRecord:
    """One consent as kept in the vault."""

    id: int
    kind: str
    version: str
    language: str
    sha256: str
    given_at: str
    withdrawn_at: str | None
    event_seq: int

    @property
    def active(self) -> bool:
        """Not withdrawn."""
        return self.withdrawn_at is None

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form (reports, ``--json``)."""
        return {
            "kind": self.kind,
            "version": self.version,
            "language": self.language,
            "sha256": self.sha256,
            "given_at": self.given_at,
            "withdrawn_at": self.withdrawn_at,
            "event_seq": self.event_seq,
        }


def _record(row: Sequence[Any]) -> ConsentRecord:
    return ConsentRecord(int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]),
                         str(row[5]), row[6], int(row[7]))


def history(vault: Vault) -> list[ConsentRecord]:
    """Every consent ever given in this vault, oldest first."""
    rows = vault.db.call(
        lambda conn: conn.execute(f"SELECT {_COLUMNS} FROM consents ORDER BY id").fetchall()  # noqa: S608
    )
    return [_record(r) for r in rows]


def _insert(conn: Any, agreement: Agreement, language: str, scope: str,
            extra: Mapping[str, Any]) -> tuple[ConsentRecord, Event]:
    shown = agreement.shown_language(language)
    data = {"kind": agreement.kind, "version": agreement.version, "language": shown,
            "sha256": agreement.sha256(language), "scope": scope, **extra}
    event = chain.append(conn, EventDraft(CONSENT_GIVEN, data))
    withdrawn = event.at if scope == "once" else None  # a one-time consent is used up at once
    cursor = conn.execute(
        "INSERT INTO consents (kind, version, language, sha256, given_at, withdrawn_at, "
        "event_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (agreement.kind, agreement.version, shown, data["sha256"], event.at, withdrawn,
         event.seq),
    )
    record = ConsentRecord(int(cursor.lastrowid), agreement.kind, agreement.version, shown,
                           data["sha256"], event.at, withdrawn, event.seq)
    return record, event


def give(vault: Vault, agreements: Sequence[Agreement], language: str) -> list[ConsentRecord]:
    """Record consent to these texts as shown in ``language`` (one transaction)."""

    def commit(conn: Any) -> list[ConsentRecord]:
        return [_insert(conn, a, language, "standing", {})[0] for a in agreements]

    return vault.db.transaction(commit)


def accept_required(vault: Vault, agreement_set: AgreementSet, language: str,
                    ticked: Mapping[str, bool]) -> list[ConsentRecord]:
    """Record the three required consents, only when every one was actively ticked."""
    missing = [a for a in agreement_set.required if ticked.get(a.kind) is not True]
    if missing:
        raise ConsentRequired(action=Text("continue"), agreements=_names(missing, language))
    return give(vault, agreement_set.required, language)


def give_once(vault: Vault, agreement: Agreement, language: str,
              document_sha256s: Sequence[str]) -> Event:
    """A consent for one check only (the face check): its event's SHA-256 is the consent_ref."""

    def commit(conn: Any) -> Event:
        extra = {"documents": list(document_sha256s)}
        return _insert(conn, agreement, language, "once", extra)[1]

    return vault.db.transaction(commit)


def withdraw(vault: Vault, kind: str) -> list[ConsentRecord]:
    """Withdraw every active consent of ``kind``; one ``consent.withdrawn`` event each."""

    def commit(conn: Any) -> list[ConsentRecord]:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM consents WHERE kind = ? AND withdrawn_at IS NULL "  # noqa: S608
            "ORDER BY id", (kind,)).fetchall()
        out = []
        for row in rows:
            record = _record(row)
            data = {"kind": kind, "version": record.version, "consent_event": record.event_seq}
            event = chain.append(conn, EventDraft(CONSENT_WITHDRAWN, data))
            conn.execute("UPDATE consents SET withdrawn_at = ? WHERE id = ?",
                         (event.at, record.id))
            out.append(ConsentRecord(record.id, kind, record.version, record.language,
                                     record.sha256, record.given_at, event.at, record.event_seq))
        return out

    return vault.db.transaction(commit)


def _names(missing: Sequence[Agreement], language: str) -> str:
    return "、".join(a.title(language) for a in missing) if language != "en" else ", ".join(
        a.title(language) for a in missing)


@dataclass(frozen=True)
class ConsentGate:
    """What the person agreed to, as processing asks it: "may I sign?", "may I count usage?"."""

    agreements: AgreementSet
    active: Mapping[str, ConsentRecord]  # newest active consent per kind

    @classmethod
    def load(cls, vault: Vault, agreement_set: AgreementSet | None = None) -> ConsentGate:
        """The gate for the consents in ``vault`` against the current texts."""
        active: dict[str, ConsentRecord] = {}
        for record in history(vault):
            if record.active:
                active[record.kind] = record
        return cls(agreement_set or texts.load(), active)

    def current(self, kind: str) -> bool:
        """True when an active consent names the current version and text of ``kind``."""
        record = self.active.get(kind)
        return record is not None and self.agreements[kind].matches(record.version,
                                                                     record.sha256)

    @property
    def pending(self) -> list[Agreement]:
        """Required texts still to be accepted (first use, a new version, or withdrawn)."""
        return [a for a in self.agreements.required if not self.current(a.kind)]

    @property
    def may_sign(self) -> bool:
        """True when all three required texts are accepted in their current version."""
        return not self.pending

    def allows(self, purpose: str) -> bool:
        """True when every consent ``purpose`` depends on is given (unknown purposes: no)."""
        needed = PURPOSES.get(purpose)
        if needed is None:
            return False
        if purpose == "face_check":
            return True  # asked before every check (give_once); nothing standing to withdraw
        return all(self.current(kind) for kind in needed)

    def require_signing(self, language: str = "zh_CN") -> None:
        """Raise ConsentRequired unless signing may go ahead."""
        if self.pending:
            raise ConsentRequired(action=Text("sign"),
                                  agreements=_names(self.pending, language))

    def require(self, purpose: str) -> None:
        """Raise PurposeNotAgreed unless ``purpose`` may run."""
        if purpose == "signing":
            self.require_signing()
        elif not self.allows(purpose):
            raise PurposeNotAgreed(purpose=_PURPOSE_TEXT.get(purpose, purpose))
