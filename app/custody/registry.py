"""The seal registry: the company's seals, what they look like, whose key they are bound to,
who may request and approve their use, and when they are valid.

A seal's id is derived from its name and bound certificate, so the same seal registered in two
vaults has the same id and request files name it the same way everywhere.  Its image is stored
exactly as it will be stamped (the checked RGBA PNG), so a screen that shows it shows the seal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asn1crypto import pem, x509

from app.custody import event_types
from app.custody.errors import NotAllowed, SealExists, SealInvalid, SealNotFound, SealNotValid
from app.custody.signed import certificate_sha256
from app.evidence import chain
from app.evidence.events import EventDraft, canonical_json, utc_now
from app.identity import IdentitySpec
from crypto.errors import SealImageError, Text
from crypto.tokens.base import signing_problem

if TYPE_CHECKING:
    from app.vault import Vault

#: Seal kinds (stable: stored and exported as they are).
SEAL_KINDS = (
    "公章", "合同专用章", "财务专用章", "法人章", "发票专用章", "人事专用章", "业务专用章"
)
MAX_IMAGE_BYTES = 2 << 20
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_COLUMNS = (
    "id, name, kind, image, image_sha256, certificate, certificate_sha256, key_source, "
    "requesters, approvers, valid_from, valid_until, added_at"
)


@dataclass(frozen=True)
class KeySource:
    """Where the seal's private key lives: a PKCS#11 URI, or a soft certificate file."""

    pkcs11_uri: str | None = None
    modules: tuple[str, ...] = ()
    p12: str | None = None
    key_pem: str | None = None
    cert_pem: str | None = None

    def __post_init__(self) -> None:
        if sum(x is not None for x in (self.pkcs11_uri, self.p12, self.key_pem)) != 1:
            raise SealInvalid(detail=Text("name exactly one key: a PKCS#11 URI or a key file"))
        if self.key_pem is not None and self.cert_pem is None:
            raise SealInvalid(detail=Text("a PEM key needs its PEM certificate"))

    def to_json(self) -> dict[str, Any]:
        """Stored form (no secrets: PINs and passwords are asked when the seal is used)."""
        doc: dict[str, Any] = {"modules": list(self.modules)}
        for name in ("pkcs11_uri", "p12", "key_pem", "cert_pem"):
            if getattr(self, name) is not None:
                doc[name] = getattr(self, name)
        return doc

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> KeySource:
        """Read the stored form back."""
        return cls(
            pkcs11_uri=doc.get("pkcs11_uri"),
            modules=tuple(doc.get("modules", ())),
            p12=doc.get("p12"),
            key_pem=doc.get("key_pem"),
            cert_pem=doc.get("cert_pem"),
        )

    def identity(self, *, pin: str | None = None, password: bytes | None = None) -> IdentitySpec:
        """The signing identity to open (secrets given by the caller, never stored)."""
        return IdentitySpec(
            pkcs11_uri=self.pkcs11_uri,
            modules=self.modules,
            p12=Path(self.p12) if self.p12 else None,
            key_pem=Path(self.key_pem) if self.key_pem else None,
            cert_pem=Path(self.cert_pem) if self.cert_pem else None,
            pin=pin,
            password=password,
        )


@dataclass(frozen=True)
class NewSeal:
    """What the administrator gives to register a seal."""

    name: str
    kind: str
    image: bytes  # PNG with a transparent background
    certificate: x509.Certificate
    key_source: KeySource
    requesters: Sequence[str]  # certificate SHA-256 of who may request
    approvers: Sequence[str]  # certificate SHA-256 of who may approve
    valid_from: str | None = None  # YYYY-MM-DD, inclusive
    valid_until: str | None = None


@dataclass(frozen=True)
class Seal:
    """A registered seal."""

    id: str
    name: str
    kind: str
    image_png: bytes = field(repr=False)
    image_sha256: str
    certificate: x509.Certificate = field(repr=False)
    certificate_sha256: str
    key_source: KeySource
    requesters: tuple[str, ...]
    approvers: tuple[str, ...]
    valid_from: str | None
    valid_until: str | None
    added_at: str

    @property
    def subject(self) -> str:
        """The bound certificate's subject."""
        return str(self.certificate.subject.human_friendly)

    def to_json(self) -> dict[str, Any]:
        """The stable ``seal list/show --json`` entry (the image as its fingerprint)."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "image_sha256": self.image_sha256,
            "certificate_sha256": self.certificate_sha256,
            "certificate_subject": self.subject,
            "key_source": self.key_source.to_json(),
            "requesters": list(self.requesters),
            "approvers": list(self.approvers),
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "added_at": self.added_at,
        }

    def validity_problem(self, today: dt.date | None = None) -> Text | None:
        """Why the seal may not be used today (None: it may)."""
        day = (today or dt.datetime.now(dt.UTC).date()).isoformat()
        if self.valid_from and day < self.valid_from:
            return Text("valid only from {date}", date=self.valid_from)
        if self.valid_until and day > self.valid_until:
            return Text("valid only until {date}", date=self.valid_until)
        return None

    def require_valid(self) -> None:
        """Refuse a seal outside its validity."""
        problem = self.validity_problem()
        if problem is not None:
            raise SealNotValid(name=self.name, detail=problem)

    def require_role(self, role: str, cert_sha256: str, subject: str) -> None:
        """Refuse a person the registry does not allow to ``role`` ("request" | "approve")."""
        allowed = self.requesters if role == "request" else self.approvers
        if cert_sha256 not in allowed:
            action = Text("request its use") if role == "request" else Text("approve its use")
            raise NotAllowed(subject=subject, action=action, name=self.name)


def seal_id(name: str, cert_sha256: str) -> str:
    """The seal's id: the same in every vault for the same name and certificate."""
    digest = hashlib.sha256(canonical_json({"name": name, "certificate": cert_sha256}))
    return digest.hexdigest()[:20]


def check_image(data: bytes) -> bytes:
    """The seal image as it will be stamped: a PNG with real transparency, within limits."""
    from crypto.seal.image import check_seal_image

    if len(data) > MAX_IMAGE_BYTES:
        raise SealInvalid(
            detail=Text("the image has {size} bytes; at most {limit} are allowed",
                        size=len(data), limit=MAX_IMAGE_BYTES)
        )
    if not data.startswith(_PNG_MAGIC):
        raise SealInvalid(detail=Text("the image is not a PNG file"))
    try:
        checked = check_seal_image(data)
    except SealImageError as exc:
        raise SealInvalid(detail=Text("the image cannot be used ({reason})",
                                      reason=exc.params.get("detail", ""))) from exc
    if checked.converted:
        raise SealInvalid(
            detail=Text("the image has no transparent background (white paper is not accepted)")
        )
    return checked.png


def load_certificate(path: Path) -> x509.Certificate:
    """One certificate from a PEM or DER file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SealInvalid(detail=Text("cannot read {path}", path=str(path))) from exc
    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        cert = x509.Certificate.load(data)
        cert.subject.native  # noqa: B018 - parse now
    except (ValueError, TypeError) as exc:
        raise SealInvalid(detail=Text("{path} is not a certificate", path=str(path))) from exc
    return cert


def person_fingerprint(value: str) -> str:
    """A person given as a certificate SHA-256 (64 hex digits) or a certificate file."""
    text = value.strip().lower().replace(":", "")
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return text
    return certificate_sha256(load_certificate(Path(value)))


def _check_new(new: NewSeal) -> tuple[bytes, str]:
    if not new.name.strip():
        raise SealInvalid(detail=Text("the seal has no name"))
    if new.kind not in SEAL_KINDS:
        raise SealInvalid(
            detail=Text("unknown kind {kind} (one of {kinds})", kind=new.kind,
                        kinds="、".join(SEAL_KINDS))
        )
    if not new.approvers or not new.requesters:
        raise SealInvalid(detail=Text("name at least one requester and one approver"))
    for day in (new.valid_from, new.valid_until):
        if day is not None:
            try:
                dt.date.fromisoformat(day)
            except ValueError as exc:
                raise SealInvalid(detail=Text("{day} is not a date (YYYY-MM-DD)", day=day)) from exc
    if new.valid_from and new.valid_until and new.valid_until < new.valid_from:
        raise SealInvalid(detail=Text("the validity ends before it starts"))
    problem = signing_problem(new.certificate)
    if problem is not None:
        raise SealInvalid(
            detail=Text("the bound certificate cannot sign: {reason}", reason=problem)
        )
    return check_image(new.image), certificate_sha256(new.certificate)


def register_seal(vault: Vault, new: NewSeal) -> Seal:
    """Add a seal to the registry, with a ``seal.registered`` event (one transaction)."""
    image, cert_sha = _check_new(new)
    ident = seal_id(new.name, cert_sha)
    image_sha = hashlib.sha256(image).hexdigest()
    people = (sorted(set(new.requesters)), sorted(set(new.approvers)))

    def insert(conn: Any) -> Seal:
        row = conn.execute("SELECT id FROM custody_seals WHERE id = ? OR name = ?",
                           (ident, new.name)).fetchone()
        if row is not None:
            raise SealExists(name=new.name, ident=row[0])
        conn.execute(
            f"INSERT INTO custody_seals ({_COLUMNS}) VALUES "  # noqa: S608
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ident, new.name, new.kind, image, image_sha, new.certificate.dump(), cert_sha,
             json.dumps(new.key_source.to_json()), json.dumps(people[0]), json.dumps(people[1]),
             new.valid_from, new.valid_until, utc_now()),
        )
        data = {"seal": ident, "certificate_sha256": cert_sha, "image_sha256": image_sha,
                "requesters": people[0], "approvers": people[1]}
        chain.append(conn, EventDraft(event_types.SEAL_REGISTERED, data))
        return _get(conn, ident)

    return vault.db.transaction(insert)


def _seal(row: Sequence[Any]) -> Seal:
    return Seal(
        id=row[0], name=row[1], kind=row[2], image_png=bytes(row[3]), image_sha256=row[4],
        certificate=x509.Certificate.load(bytes(row[5])), certificate_sha256=row[6],
        key_source=KeySource.from_json(json.loads(row[7])),
        requesters=tuple(json.loads(row[8])), approvers=tuple(json.loads(row[9])),
        valid_from=row[10], valid_until=row[11], added_at=row[12],
    )


def _get(conn: Any, ident: str) -> Seal:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM custody_seals WHERE id = ?", (ident,)  # noqa: S608
    ).fetchone()
    if row is None:
        raise SealNotFound(ident=ident)
    return _seal(row)


def find_seal(conn: Any, ident: str) -> Seal:
    """A seal by id, unique id prefix (4+ characters) or exact name (on the vault thread)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM custody_seals WHERE name = ? OR id = ?",  # noqa: S608
        (ident, ident),
    ).fetchall()
    if not rows and len(ident) >= 4:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM custody_seals WHERE id >= ? AND id < ? LIMIT 2",  # noqa: S608
            (ident.lower(), ident.lower() + "g"),
        ).fetchall()
    if len(rows) != 1:
        raise SealNotFound(ident=ident)
    return _seal(rows[0])


def get_seal(vault: Vault, ident: str) -> Seal:
    """A seal by id, unique id prefix or exact name."""
    return vault.db.call(lambda conn: find_seal(conn, ident))


def list_seals(vault: Vault) -> list[Seal]:
    """Every registered seal, by name."""
    rows = vault.db.call(
        lambda conn: conn.execute(
            f"SELECT {_COLUMNS} FROM custody_seals ORDER BY name, id"  # noqa: S608
        ).fetchall()
    )
    return [_seal(r) for r in rows]
