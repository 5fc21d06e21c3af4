"""Vault keys: how a vault is unlocked, and how document keys are wrapped.

Two layers:

1. **Database key** — opens the SQLCipher file.  Either a passphrase, stretched by SQLCipher's
   own KDF (PBKDF2-HMAC-SHA512, 256,000 iterations in SQLCipher 4), or 32 random bytes kept in
   the OS keyring (``keyring``; service ``SealDesk vault``, user = the vault's id) and given to
   SQLCipher raw.  Which one a vault uses is written in its plain ``vault.json`` header (no
   secrets there: format, id, unlock method).
2. **Vault key** — 32 random bytes stored in the ``meta`` table, so they exist only inside the
   encrypted database.  Every document has its own random AES-256 key, wrapped with the vault key
   by AES-256-GCM with the document id as associated data (a wrapped key copied onto another
   row does not open).  Destroying the wrapped key destroys the document (crypto-shredding).

Passphrases are never logged or written anywhere; the keyring key is read when needed.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.atomic import atomic_output
from app.vault.token_key import TokenKeyRef
from crypto import errors
from crypto.errors import Text

HEADER_NAME = "vault.json"
HEADER_FORMAT = "sealdesk.vault/1"
KEYRING_SERVICE = "SealDesk vault"
UNLOCK_METHODS = ("passphrase", "keyring", "token")
PENDING_SUFFIX = ".next"  # keyring entry of a key being rotated in (app.vault.rekey)
_WRAP_AAD = b"sealdesk.dockey/1|"
KEYRING_NAME = Text("the system keyring")


@dataclass(frozen=True)
class VaultHeader:
    """The plain header beside the database: how to unlock it (never a secret)."""

    vault_id: str
    unlock: str
    created: str
    token: TokenKeyRef | None = None  # unlock == "token": the wrapped key and which key to ask
    pending: KeySource | None = None  # a key rotation in progress (app.vault.rekey)

    def to_json(self) -> dict[str, Any]:
        """The header's JSON form."""
        doc: dict[str, Any] = {
            "format": HEADER_FORMAT,
            "id": self.vault_id,
            "unlock": self.unlock,
            "created": self.created,
        }
        if self.token is not None:
            doc["token"] = self.token.to_json()
        if self.pending is not None:
            doc["pending"] = self.pending.to_json()
        return doc

    @property
    def source(self) -> KeySource:
        """How the vault opens now."""
        return KeySource(self.unlock, self.token)

    @staticmethod
    def new(unlock: str, created: str) -> VaultHeader:
        """A header for a new vault with a fresh random id."""
        if unlock not in UNLOCK_METHODS:
            raise errors.InternalError()
        return VaultHeader(vault_id=uuid.uuid4().hex, unlock=unlock, created=created)


def read_header(folder: Path) -> VaultHeader:
    """The header of the vault in ``folder`` (VaultNotFound when there is none)."""
    path = folder / HEADER_NAME
    try:
        doc = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise errors.VaultNotFound(path=str(folder)) from None
    except (OSError, ValueError) as exc:
        raise errors.VaultError(
            path=str(folder), detail=Text("{name}: {error}", name=HEADER_NAME, error=str(exc))
        ) from exc
    fmt = doc.get("format") if isinstance(doc, dict) else None
    if fmt != HEADER_FORMAT:
        if isinstance(fmt, str) and fmt.startswith("sealdesk.vault/"):
            raise errors.VaultTooNew(path=str(folder), version=fmt)
        raise errors.VaultError(
            path=str(folder), detail=Text("{name} is not a vault header", name=HEADER_NAME)
        )
    try:
        current = KeySource.from_json(doc)
        pending = KeySource.from_json(doc["pending"]) if doc.get("pending") else None
    except (KeyError, TypeError, ValueError) as exc:
        raise errors.VaultError(
            path=str(folder),
            detail=Text("unknown unlock method {method}", method=str(doc.get("unlock"))),
        ) from exc
    return VaultHeader(vault_id=str(doc["id"]), unlock=current.unlock,
                       created=str(doc["created"]), token=current.token, pending=pending)


@dataclass(frozen=True)
class KeySource:
    """Where a database key comes from: a passphrase, the keyring, or a token (no secret)."""

    unlock: str
    token: TokenKeyRef | None = None

    def to_json(self) -> dict[str, Any]:
        """``{"unlock": ..., "token": {...}}``."""
        doc: dict[str, Any] = {"unlock": self.unlock}
        if self.token is not None:
            doc["token"] = self.token.to_json()
        return doc

    @staticmethod
    def from_json(doc: Any) -> KeySource:
        """Parse (ValueError when malformed or unknown)."""
        unlock = doc.get("unlock") if isinstance(doc, dict) else None
        if unlock not in UNLOCK_METHODS:
            raise ValueError("unlock")
        token = TokenKeyRef.from_json(doc["token"]) if unlock == "token" else None
        return KeySource(str(unlock), token)


def write_header(folder: Path, header: VaultHeader) -> None:
    """Write (or replace) the header atomically."""
    data = json.dumps(header.to_json(), indent=2).encode() + b"\n"
    with atomic_output(folder / HEADER_NAME, overwrite=True) as fh:
        fh.write(data)


# --- the OS keyring ---------------------------------------------------------------------------


def keyring_store(vault_id: str, key: bytes) -> None:
    """Keep a raw database key in the OS keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, vault_id, key.hex())
    except KeyringError as exc:
        raise errors.VaultKeySourceError(source=KEYRING_NAME, detail=str(exc)) from exc


def keyring_load(vault_id: str) -> bytes:
    """The raw database key from the OS keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(KEYRING_SERVICE, vault_id)
    except KeyringError as exc:
        raise errors.VaultKeySourceError(source=KEYRING_NAME, detail=str(exc)) from exc
    if value is None:
        raise errors.VaultKeySourceError(
            source=KEYRING_NAME, detail=Text("no entry for vault {id}", id=vault_id)
        )
    try:
        key = bytes.fromhex(value)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise errors.VaultKeySourceError(
            source=KEYRING_NAME, detail=Text("the stored key is malformed")
        )
    return key


def keyring_forget(vault_id: str) -> None:
    """Remove a vault's key from the OS keyring (best effort)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, vault_id)
    except (PasswordDeleteError, KeyringError):
        pass


def random_key() -> bytes:
    """32 random bytes from the OS."""
    return os.urandom(32)


# --- document keys ----------------------------------------------------------------------------


def wrap_document_key(vault_key: bytes, document_id: str, document_key: bytes) -> bytes:
    """``nonce || AES-256-GCM(vault key, document key, aad=document id)``."""
    nonce = os.urandom(12)
    aad = _WRAP_AAD + document_id.encode()
    return nonce + AESGCM(vault_key).encrypt(nonce, document_key, aad)


def unwrap_document_key(vault_key: bytes, document_id: str, wrapped: bytes) -> bytes:
    """The document key; VaultTampered when the wrapped key was altered or moved."""
    aad = _WRAP_AAD + document_id.encode()
    try:
        return AESGCM(vault_key).decrypt(wrapped[:12], wrapped[12:], aad)
    except (InvalidTag, ValueError) as exc:
        raise errors.VaultTampered(
            detail=Text("the key of document {id} does not unwrap", id=document_id)
        ) from exc
