"""Company data for signing on a company's behalf: the legal representative and the agent, and
the authorisation letter (授权书) the company signs.

The people's names and resident ID numbers are collected in their own fields with the purpose
stated (:data:`PURPOSE`), validated (GB 11643 for ID numbers, GB 32100 for the company's unified
social credit code), and kept only through the vault's personal-data API (SM4-GCM per field,
:mod:`app.vault.personal`), attached to the archived letter.  The letter is laid out from the
versioned template in ``resources/agreements/authorisation_letter`` (CJK font, pymupdf Story);
the company signs it with the normal signing core; :func:`register_letter` then archives the
signed letter and records who was authorised.
"""

from __future__ import annotations

import datetime as dt
import html
import string
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.atomic import atomic_output
from app.compliance.agreements import AgreementSet
from app.compliance.agreements import load as load_agreements
from app.evidence.events import utc_now
from app.evidence.page import story_pdf
from app.vault import personal
from crypto import errors
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault.vault import ArchiveResult, Vault

LETTER = "authorisation_letter"
PURPOSE = "authorisation_letter"  # the one purpose these fields are collected for
_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CSS = """
@font-face { font-family: cjk; src: url(cjk.otf); }
* { font-family: cjk; font-size: 11pt; line-height: 1.6; }
h1 { font-size: 20pt; text-align: center; margin-bottom: 4pt; }
p.sub { text-align: center; color: #555; font-size: 9pt; }
td { padding: 3pt 8pt 3pt 0; }
td.k { color: #444; width: 190pt; }
p.scope { margin-left: 24pt; font-weight: bold; }
p.sign { text-align: right; margin-top: 18pt; }
"""


def validate_credit_code(text: str) -> str:
    """The 18-character unified social credit code, normalised; PersonalDataInvalid if bad."""
    value = "".join(text.split()).upper()
    kind = Text("unified social credit code")
    if len(value) != 18 or any(c not in _CODE_CHARS for c in value):
        raise errors.PersonalDataInvalid(
            kind=kind, detail=Text("it must have 18 digits or capital letters"))
    total = sum(_CODE_CHARS.index(c) * w for c, w in zip(value[:17], _CODE_WEIGHTS, strict=True))
    if _CODE_CHARS[(31 - total % 31) % 31] != value[17]:
        raise errors.PersonalDataInvalid(
            kind=kind, detail=Text("the check character does not match"))
    return value


@dataclass(frozen=True)
class Authorisation:
    """What the letter says: who authorises whom, for what, until when."""

    company: str
    credit_code: str
    legal_rep_name: str
    legal_rep_id: str
    agent_name: str
    agent_id: str
    scope: str
    valid_from: dt.date
    valid_until: dt.date
    letter_id: str = ""

    def validated(self) -> Authorisation:
        """A copy with every field checked and normalised (PersonalDataInvalid / UsageError)."""
        if not self.company.strip() or not self.scope.strip():
            raise errors.UsageError(
                detail=Text("the company and the matters authorised are needed"))
        if self.valid_until < self.valid_from:
            raise errors.UsageError(detail=Text("the authorisation ends before it begins"))
        return Authorisation(
            company=" ".join(self.company.split()),
            credit_code=validate_credit_code(self.credit_code),
            legal_rep_name=personal.validate_person_name(self.legal_rep_name),
            legal_rep_id=personal.validate_resident_id(self.legal_rep_id),
            agent_name=personal.validate_person_name(self.agent_name),
            agent_id=personal.validate_resident_id(self.agent_id),
            scope=self.scope.strip(),
            valid_from=self.valid_from,
            valid_until=self.valid_until,
            letter_id=self.letter_id or uuid.uuid4().hex[:16].upper(),
        )


def letter_html(auth: Authorisation, language: str,
                agreements: AgreementSet | None = None) -> tuple[str, str]:
    """(template version, HTML) of the letter for ``auth`` (already validated)."""
    version, template = (agreements or load_agreements()).template(LETTER, language)
    values = {
        "letter_id": auth.letter_id, "company": auth.company, "credit_code": auth.credit_code,
        "legal_rep_name": auth.legal_rep_name, "legal_rep_id": auth.legal_rep_id,
        "agent_name": auth.agent_name, "agent_id": auth.agent_id, "scope": auth.scope,
        "valid_from": auth.valid_from.isoformat(), "valid_until": auth.valid_until.isoformat(),
        "date": dt.date.today().isoformat(),
    }
    escaped = {k: html.escape(v).replace("\n", "<br/>") for k, v in values.items()}
    return version, string.Template(template).substitute(escaped)


def write_letter(auth: Authorisation, target: Path, language: str = "zh_CN", *,
                 overwrite: bool = False) -> Authorisation:
    """Validate ``auth`` and write the unsigned letter PDF atomically; returns what it says."""
    checked = auth.validated()
    _, content = letter_html(checked, language)
    pdf = story_pdf(content, CSS)
    with atomic_output(target, overwrite=overwrite) as fh:
        fh.write(pdf)
    return checked


@dataclass(frozen=True)
class LetterRecord:
    """An archived, signed letter and who it authorises (names and IDs masked)."""

    id: str
    document_id: str
    company: str
    legal_representative: str
    agent: str
    valid_from: str
    valid_until: str

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form (masked)."""
        return dict(self.__dict__)


def register_letter(vault: Vault, signed: Path, auth: Authorisation, *,
                    level: str, intent: str, template_version: str) -> LetterRecord:
    """Archive the signed letter with the people's data (encrypted) and the record of who was
    authorised: one transaction, so all of it is kept or none of it.

    Registering the same letter again (a run interrupted after the commit) changes nothing;
    a letter id already used for another document is refused."""
    from app.vault.importing import archive_signed

    checked = auth.validated()  # every field checked before anything is written
    people = (("legal_rep_name", personal.PERSON_NAME, checked.legal_rep_name),
              ("legal_rep_id", personal.RESIDENT_ID, checked.legal_rep_id),
              ("agent_name", personal.PERSON_NAME, checked.agent_name),
              ("agent_id", personal.RESIDENT_ID, checked.agent_id))

    def link(conn: Any, result: ArchiveResult) -> None:
        doc = result.record.id
        found = conn.execute("SELECT document_id FROM authorisations WHERE id = ?",
                             (checked.letter_id,)).fetchone()
        if found is not None:
            if found[0] == doc:
                return  # registered already
            raise errors.UsageError(detail=Text(
                "the authorisation letter {id} is already registered for another document",
                id=checked.letter_id))
        ids = {name: personal.insert_field(conn, vault.actor, doc, kind, value)
               for name, kind, value in people}
        conn.execute(
            "INSERT INTO authorisations (id, document_id, company, credit_code, "
            "template_version, purpose, valid_from, valid_until, legal_rep_name, legal_rep_id, "
            "agent_name, agent_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (checked.letter_id, doc, checked.company, checked.credit_code, template_version,
             PURPOSE, checked.valid_from.isoformat(), checked.valid_until.isoformat(),
             ids["legal_rep_name"], ids["legal_rep_id"], ids["agent_name"], ids["agent_id"],
             utc_now()))

    archive_signed(vault, signed, source_sha256=None, level=level, intent=intent, tsa_url=None,
                   on_commit=link)
    return letters(vault, checked.letter_id)[0]


def letters(vault: Vault, letter_id: str | None = None) -> list[LetterRecord]:
    """The registered letters (people shown masked), oldest first."""
    rows = vault.db.call(lambda conn: conn.execute(
        "SELECT id, document_id, company, valid_from, valid_until, legal_rep_name, agent_name "
        "FROM authorisations WHERE ? IS NULL OR id = ? ORDER BY created_at",
        (letter_id, letter_id)).fetchall())
    out = []
    for rid, doc, company, start, end, rep_field, agent_field in rows:
        fields = {f.id: f for f in personal.fields_for(vault, doc)}
        out.append(LetterRecord(rid, doc, company, _masked(fields, rep_field),
                                _masked(fields, agent_field), start, end))
    return out


def _masked(fields: dict[str, personal.PersonalField], record: str) -> str:
    found = fields.get(record)
    return found.masked if found is not None else "—"
