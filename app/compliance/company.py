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

import dataclasses
import datetime as dt
import hashlib
import hmac
import html
import json
import string
import uuid
from collections.abc import Mapping
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
    from app.compliance.recording import SigningRecord
    from app.signing.runner import SigningRun
    from app.vault.vault import ArchiveResult, Vault
    from crypto.tokens.base import Interaction

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


# --- the letter's fields one by one: errors name the field (the CLI says which one; the GUI
# shows each beside its field) ---------------------------------------------------------------

FIELDS = ("company", "credit_code", "legal_rep_name", "legal_rep_id", "agent_name", "agent_id",
          "scope", "valid_from", "valid_until")
ID_FIELDS = ("legal_rep_id", "agent_id")  # never on a command line; hidden while typed
DATE_FIELDS = ("valid_from", "valid_until")
MAX_COMPANY = 100
MAX_SCOPE = 2000


def field_label(name: str) -> Text:
    """What a field is, in words (errors and prompts)."""
    labels = {
        "company": Text("company name"),
        "credit_code": Text("unified social credit code"),
        "legal_rep_name": Text("legal representative's name"),
        "legal_rep_id": Text("legal representative's resident ID number"),
        "agent_name": Text("agent's name"),
        "agent_id": Text("agent's resident ID number"),
        "scope": Text("matters authorised"),
        "valid_from": Text("first day of validity"),
        "valid_until": Text("last day of validity"),
    }
    return labels[name]


def check_field(name: str, value: object) -> str | dt.date:
    """One field, normalised; :class:`LetterFieldInvalid` naming the field when it is not."""
    from app.compliance.errors import LetterFieldInvalid

    def invalid(detail: Text) -> LetterFieldInvalid:
        return LetterFieldInvalid(name, kind=field_label(name), detail=detail)

    if value is None or (isinstance(value, str) and not value.strip()):
        raise invalid(Text("it is missing"))
    if name in DATE_FIELDS:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise invalid(Text("write the date as YYYY-MM-DD")) from None
    if not isinstance(value, str):
        raise invalid(Text("it must be text (in quotes in a JSON file)"))
    try:
        if name in ID_FIELDS:
            return personal.validate_resident_id(value)
        if name in ("legal_rep_name", "agent_name"):
            return personal.validate_person_name(value)
        if name == "credit_code":
            return validate_credit_code(value)
    except errors.PersonalDataInvalid as exc:  # the same reason, said of this field
        raise invalid(exc.params["detail"]) from None
    if name in ("company", "scope"):
        text = " ".join(value.split()) if name == "company" else value.strip()
        limit = MAX_COMPANY if name == "company" else MAX_SCOPE
        if len(text) > limit:
            raise invalid(Text("it is longer than {n} characters", n=limit))
        return text
    raise KeyError(name)


def field_problems(values: Mapping[str, object]) -> dict[str, errors.SealDeskError]:
    """Every field's problem (none: {}), the end of validity checked against its start."""
    checked: dict[str, object] = {}
    problems: dict[str, errors.SealDeskError] = {}
    for name in FIELDS:
        try:
            checked[name] = check_field(name, values.get(name))
        except errors.SealDeskError as exc:
            problems[name] = exc
    start, end = checked.get("valid_from"), checked.get("valid_until")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        from app.compliance.errors import LetterFieldInvalid

        last = DATE_FIELDS[1]
        problems[last] = LetterFieldInvalid(last, kind=field_label(last),
                                            detail=Text("it is before the first day of validity"))
    return problems


def authorisation_from(values: Mapping[str, object], letter_id: str = "") -> Authorisation:
    """The letter's contents from its fields (strings, or dates for the dates), validated;
    the first field in :data:`FIELDS` order that is missing or not valid is the error."""
    problems = field_problems(values)
    for name in FIELDS:
        if name in problems:
            raise problems[name]
    checked = {name: check_field(name, values[name]) for name in FIELDS}
    return Authorisation(**checked, letter_id=letter_id).validated()  # type: ignore[arg-type]


# --- signing the letter: start or resume, sign with the signing core, register ---------------

STAMP = "sealdesk.authorisation-letter/1"  # in the letter PDF's Keywords: which letter it is


@dataclass(frozen=True)
class LetterStamp:
    """What SealDesk wrote into a letter's metadata: its id, template version, and a digest
    of what it says (to recognise the same letter when an interrupted run is repeated)."""

    letter_id: str
    template_version: str
    digest: str


def _digest(auth: Authorisation, language: str) -> str:
    said = {name: str(getattr(auth, name)) for name in FIELDS}
    said.update(letter_id=auth.letter_id, language=language)
    return hashlib.sha256(json.dumps(said, sort_keys=True).encode()).hexdigest()


def letter_pdf(auth: Authorisation, language: str) -> tuple[str, bytes]:
    """(template version, PDF) of the unsigned letter for ``auth`` (validated), stamped."""
    import pymupdf

    version, content = letter_html(auth, language)
    stamp = {"schema": STAMP, "letter_id": auth.letter_id, "template_version": version,
             "digest": _digest(auth, language)}
    doc = pymupdf.open("pdf", story_pdf(content, CSS))
    try:
        doc.set_metadata({"keywords": json.dumps(stamp, sort_keys=True)})
        return version, bytes(doc.tobytes(garbage=3, deflate=True))
    finally:
        doc.close()


def read_stamp(path: Path) -> LetterStamp | None:
    """The stamp of a letter SealDesk wrote (None: another PDF, or unreadable)."""
    import pymupdf

    try:
        with pymupdf.open(path) as doc:
            keywords = (doc.metadata or {}).get("keywords") or ""
        data = json.loads(keywords)
        if data.get("schema") != STAMP:
            return None
        return LetterStamp(str(data["letter_id"]), str(data["template_version"]),
                           str(data["digest"]))
    except Exception:  # noqa: BLE001 - not a PDF, no stamp, a stamp not ours: not our letter
        return None


def _same_letter(auth: Authorisation, language: str, stamp: LetterStamp | None) -> bool:
    if stamp is None:
        return False
    ours = dataclasses.replace(auth, letter_id=stamp.letter_id)
    return hmac.compare_digest(_digest(ours, language), stamp.digest)


def draft_path(output: Path) -> Path:
    """Where the unsigned letter waits for its signature (beside the signed one; removed once
    the letter is registered)."""
    return output.with_name(f"{output.stem}.unsigned.pdf")


@dataclass(frozen=True)
class LetterPlan:
    """One letter to sign and register: what it says (with its id), the unsigned draft, the
    signed output, and whether an earlier run signed it already (only registering is left)."""

    auth: Authorisation
    draft: Path
    output: Path
    template_version: str
    signed_before: bool


def plan_letter(auth: Authorisation, output: Path, language: str, *,
                overwrite: bool = False) -> LetterPlan:
    """Start, or resume an interrupted run for the same details: the letter already signed
    into ``output`` is registered as it is; a draft of the same letter is signed again; else a
    new draft is written (atomically).  Another file at ``output`` (or an unsigned PDF at the
    draft's place that SealDesk did not write) is refused unless ``overwrite``."""
    from app.vault.importing import read_signers

    checked = auth.validated()
    draft = draft_path(output)
    if output.exists():
        found = read_stamp(output)
        if _same_letter(checked, language, found) and read_signers(output):
            assert found is not None
            return LetterPlan(dataclasses.replace(checked, letter_id=found.letter_id), draft,
                              output, found.template_version, signed_before=True)
        if not overwrite:
            raise errors.OutputExists(path=str(output))
    if draft.exists():
        found = read_stamp(draft)
        if _same_letter(checked, language, found):
            assert found is not None
            return LetterPlan(dataclasses.replace(checked, letter_id=found.letter_id), draft,
                              output, found.template_version, signed_before=False)
        if found is None and not overwrite:
            raise errors.OutputExists(path=str(draft))
    version, pdf = letter_pdf(checked, language)
    with atomic_output(draft, overwrite=True) as fh:
        fh.write(pdf)
    return LetterPlan(checked, draft, output, version, signed_before=False)


@dataclass(frozen=True)
class SignedLetter:
    """The outcome: the registered letter (people masked), where the signed copy is, whether
    this run signed it and whether this run registered it (False: an earlier run had)."""

    record: LetterRecord
    output: Path
    signed: bool
    registered: bool

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form (masked)."""
        return {"letter": self.record.to_json(), "output": str(self.output),
                "signed": self.signed, "registered": self.registered}


def sign_and_register(vault: Vault, plan: LetterPlan, run: SigningRun, interaction: Interaction,
                      record: SigningRecord | None, *, intent: str) -> SignedLetter:
    """Sign the draft with the signing core (``run``: the identity, options, a cancel check;
    ``record``: the lifecycle notices, its consent gate already passed), register the signed
    letter (:func:`register_letter`), record the after-use notice, remove the draft (also
    when the signing fails or is cancelled).

    Repeating it after an interruption signs nothing twice and registers once."""
    from app.compliance import notices
    from app.compliance.recording import file_sha256
    from app.signing.batch import FileJob
    from app.vault.importing import read_signers

    used: tuple[str, str] | None = None
    if not plan.signed_before:
        if record is not None:
            run.on_open = record.opened
        try:
            [result] = run.execute([FileJob(plan.draft, plan.output)], interaction)
            if result.status == "failed":
                raise result.error or errors.InternalError()
        except BaseException:  # not signed: no unsigned copy of the people's data is left
            plan.draft.unlink(missing_ok=True)
            raise
        if result.source_sha256:
            used = (result.source_sha256, result.output_sha256 or file_sha256(plan.output))
    elif plan.draft.exists():  # signed before the interruption, not registered (or noticed)
        used = (file_sha256(plan.draft), file_sha256(plan.output))
    registered = not letters(vault, plan.auth.letter_id)
    letter = register_letter(vault, plan.output, plan.auth, level=run.options.level.value,
                             intent=intent, template_version=plan.template_version)
    if used is not None:
        done = [(used[0], used[1], letter.document_id)]
        if record is not None and record.certificate_sha256 is not None:
            record.finish(done)
        elif plan.signed_before:  # after use, for the certificate that signed it (once)
            signers = read_signers(plan.output)
            notices.after_use(vault, signers[-1]["certificate_sha256"], done)
    plan.draft.unlink(missing_ok=True)
    return SignedLetter(letter, plan.output, signed=not plan.signed_before,
                        registered=registered)
