"""Personal data in the vault: field-wise SM4-GCM, a keyed blind index, masked display.

Only what a signing needs is collected: the 18-digit resident identity number
(居民身份证号码, GB 11643-1999) of a signer, validated (digits, date of birth, ISO 7064
MOD 11-2 check digit) before it is stored, and the names of a company's legal representative
and agent for its authorisation letter (app.compliance.company).

* **Encryption**: SM4-GCM (128-bit key ``personal_key`` from the encrypted ``meta`` table,
  96-bit random nonce, 128-bit tag) through ``cryptography``'s ``algorithms.SM4`` +
  ``modes.GCM`` (OpenSSL).  The associated data binds the record's identity —
  ``sealdesk.personal/1|<record id>|<kind>|<document id>`` — so a ciphertext moved to another
  row or document does not decrypt.
* **Lookup**: ``blind_index = HMAC-SM3(index_key, kind || 0x00 || normalized value)``; equal
  numbers give equal indexes, and without ``index_key`` (inside the encrypted database) the
  index cannot be brute-forced over the small space of valid ID numbers.
* **Display**: masked (first 4 and last 4 characters: ``1101**********123X``).
* **Erasure**: rows are deleted with ``secure_delete`` on (and with the document when it is
  destroyed); an erasure event records how many fields, never which values.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.evidence import chain
from app.evidence.events import EventDraft, utc_now
from app.vault import audit, documents
from crypto import errors
from crypto.errors import Text
from crypto.idscan import check_character

if TYPE_CHECKING:
    from app.vault.vault import Vault

RESIDENT_ID = "resident_id"
PERSON_NAME = "person_name"  # a legal representative's or agent's name (issue 6)
KINDS = (RESIDENT_ID, PERSON_NAME)
MAX_NAME = 64
_AAD = "sealdesk.personal/1|{record}|{kind}|{document}"


def resident_id_check_digit(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits (ISO 7064 MOD 11-2)."""
    return check_character(first17)


def validate_resident_id(text: str) -> str:
    """The normalized 18-character resident ID, or PersonalDataInvalid saying what is wrong."""
    value = "".join(text.split()).upper()
    kind = Text("resident ID number")
    if len(value) != 18:
        raise errors.PersonalDataInvalid(kind=kind, detail=Text("it must have 18 characters"))
    if not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
        raise errors.PersonalDataInvalid(
            kind=kind, detail=Text("only digits and a final X are allowed")
        )
    try:
        born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise errors.PersonalDataInvalid(
            kind=kind, detail=Text("the date of birth is not a date")
        ) from None
    if not dt.date(1900, 1, 1) <= born <= dt.date.today():
        raise errors.PersonalDataInvalid(
            kind=kind, detail=Text("the date of birth is out of range")
        )
    if resident_id_check_digit(value[:17]) != value[17]:
        raise errors.PersonalDataInvalid(kind=kind, detail=Text("the check digit does not match"))
    return value


def validate_person_name(text: str) -> str:
    """A person's name with surrounding spaces removed; PersonalDataInvalid when unusable."""
    value = " ".join(text.split())
    kind = Text("name")
    if not value or len(value) > MAX_NAME:
        raise errors.PersonalDataInvalid(kind=kind, detail=Text("it must have 1 to 64 characters"))
    if any(not (c.isalpha() or c in " ·.-'") for c in value):
        raise errors.PersonalDataInvalid(kind=kind, detail=Text("only letters are allowed"))
    return value


def mask(value: str) -> str:
    """Show the first and last four characters only."""
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def _normalize(kind: str, value: str) -> str:
    if kind == RESIDENT_ID:
        return validate_resident_id(value)
    if kind == PERSON_NAME:
        return validate_person_name(value)
    raise errors.InternalError()


def _secret(conn: Any, name: str) -> bytes:
    row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise errors.VaultTampered(detail=Text("the vault secret {name} is missing", name=name))
    return bytes(row[0])


def blind_index(index_key: bytes, kind: str, normalized: str) -> bytes:
    """HMAC-SM3 over the kind and the normalized value."""
    mac = hmac.HMAC(index_key, hashes.SM3())
    mac.update(kind.encode() + b"\x00" + normalized.encode())
    return mac.finalize()


def sm4_gcm_encrypt(key: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """SM4-GCM: ciphertext || 16-byte tag."""
    enc = Cipher(algorithms.SM4(key), modes.GCM(nonce)).encryptor()
    enc.authenticate_additional_data(aad)
    return enc.update(plaintext) + enc.finalize() + enc.tag


def sm4_gcm_decrypt(key: bytes, nonce: bytes, data: bytes, aad: bytes) -> bytes:
    """Inverse of :func:`sm4_gcm_encrypt`; InvalidTag on any alteration."""
    dec = Cipher(algorithms.SM4(key), modes.GCM(nonce, data[-16:])).decryptor()
    dec.authenticate_additional_data(aad)
    return dec.update(data[:-16]) + dec.finalize()


@dataclass(frozen=True)
class PersonalField:
    """A decrypted personal data field (kept in memory only as long as needed)."""

    id: str
    document_id: str | None
    kind: str
    value: str

    @property
    def masked(self) -> str:
        """The value for listings."""
        return mask(self.value)


def add_field(vault: Vault, document_id: str, kind: str, value: str) -> str:
    """Store one personal data field for a document; returns the record id."""
    return str(vault.db.transaction(
        lambda conn: insert_field(conn, vault.actor, document_id, kind, value)))


def insert_field(conn: Any, actor: str, document_id: str, kind: str, value: str) -> str:
    """:func:`add_field` inside the caller's transaction (a feature's rows commit together with
    the fields, or none do); returns the record id."""
    from app.vault.destroy import require_active

    normalized = _normalize(kind, value)
    record = uuid.uuid4().hex
    require_active(documents.get(conn, document_id))
    aad = _AAD.format(record=record, kind=kind, document=document_id).encode()
    nonce = os.urandom(12)
    data = sm4_gcm_encrypt(_secret(conn, "personal_key"), nonce, normalized.encode(), aad)
    index = blind_index(_secret(conn, "index_key"), kind, normalized)
    conn.execute(
        "INSERT INTO personal (id, document_id, kind, nonce, ciphertext, blind_index, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (record, document_id, kind, nonce, data, index, utc_now()),
    )
    audit.record(conn, actor, "personal_add", document_id)
    return record


def fields_for(vault: Vault, document_id: str) -> list[PersonalField]:
    """The decrypted personal data of one document."""

    def read(conn: Any) -> list[PersonalField]:
        key = _secret(conn, "personal_key")
        rows = conn.execute(
            "SELECT id, document_id, kind, nonce, ciphertext FROM personal "
            "WHERE document_id = ? ORDER BY created_at, id",
            (document_id,),
        ).fetchall()
        out = []
        for rid, doc, kind, nonce, data in rows:
            aad = _AAD.format(record=rid, kind=kind, document=doc or "").encode()
            try:
                value = sm4_gcm_decrypt(key, bytes(nonce), bytes(data), aad).decode()
            except (InvalidTag, ValueError):
                raise errors.VaultTampered(
                    detail=Text("personal data record {id} does not decrypt", id=rid)
                ) from None
            out.append(PersonalField(rid, doc, kind, value))
        return out

    return vault.db.call(read)


def find_documents(vault: Vault, kind: str, value: str) -> list[str]:
    """Ids of documents holding this value, through the blind index (audited)."""
    normalized = _normalize(kind, value)

    def lookup(conn: Any) -> list[str]:
        index = blind_index(_secret(conn, "index_key"), kind, normalized)
        rows = conn.execute(
            "SELECT DISTINCT document_id FROM personal WHERE blind_index = ? AND kind = ?",
            (index, kind),
        ).fetchall()
        audit.record(conn, vault.actor, "personal_lookup", None)
        return sorted(r[0] for r in rows if r[0])

    return vault.db.transaction(lookup)


def erase_fields(vault: Vault, document_id: str, reason: str) -> int:
    """Erase a document's personal data (keeping the document); chains an erasure event."""

    def commit(conn: Any) -> int:
        count = int(
            conn.execute("DELETE FROM personal WHERE document_id = ?", (document_id,)).rowcount
        )
        data = {"fields": count, "reason": reason}
        chain.append(conn, EventDraft("personal_data_erased", data, document_id))
        audit.record(conn, vault.actor, "personal_erase", document_id)
        conn.execute(
            "INSERT OR REPLACE INTO meta (name, value) VALUES ('vacuum_pending', ?)", (b"1",)
        )
        return count

    count = vault.db.transaction(commit)
    from app.vault.destroy import vacuum

    vacuum(vault)
    return count
