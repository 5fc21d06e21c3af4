"""Key rotation for keyring and token vaults, safe against a crash at any moment.

A rotation never leaves the vault without a working key.  Both keys are kept until SQLCipher's
rekey has committed:

1. a new random key becomes *pending*: the header's ``pending`` entry names it (wrapped to
   the token, or "keyring": then it is stored under ``<vault id>.next`` right after the header
   is replaced atomically); the current key stays where it was;
2. ``PRAGMA rekey`` re-encrypts every page in one transaction (old key or new, never a mix);
3. the pending key is promoted: keyring entry and header rewritten, the old key forgotten.

Opening a vault with a ``pending`` entry (:func:`settle`) tries the current key first and the
pending one if the current does not open the database: the first means step 2 never
committed, so the pending key is dropped; the second that it did, so step 3 is finished.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.vault import audit, keys
from app.vault.connection import rekey_pragma
from app.vault.errors import RekeyNotPossible
from app.vault.token_key import choose_certificate, stored_uri, wrap_key
from app.vault.unlock import Unlocker
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault.vault import Vault


def new_token_source(
    unlocker: Unlocker, uri: str, vault_id: str, key: bytes
) -> keys.KeySource:
    """``key`` wrapped to the certificate ``uri`` names (the token proves it can unwrap it)."""
    session = unlocker.session(uri)
    cert = choose_certificate(session.certificates(), uri)
    token = (session.token.label, session.token.serial)
    ref = wrap_key(session, cert, key, vault_id, stored_uri(session, cert), token,
                   unlocker.prompt)
    return keys.KeySource("token", ref)


def rekey(
    vault: Vault, unlocker: Unlocker, *, to_keyring: bool = False, token_uri: str | None = None
) -> keys.KeySource:
    """A new random database key, in the keyring or wrapped to a token (default: the vault's
    current kind).  Returns the new key source."""
    header = vault.header
    target = "keyring" if to_keyring else "token" if token_uri else header.unlock
    if target == "passphrase":
        raise RekeyNotPossible(path=str(vault.folder),
                               detail=Text("a passphrase vault changes its passphrase"))
    if target == "token" and token_uri is None:
        assert header.token is not None
        token_uri = header.token.uri
    new_key = keys.random_key()
    if target == "keyring":
        pending = keys.KeySource("keyring")
    else:
        assert token_uri is not None
        pending = new_token_source(unlocker, token_uri, header.vault_id, new_key)
    staged = dataclasses.replace(header, pending=pending)
    keys.write_header(vault.folder, staged)  # a crash from here on is settled when opening
    vault.header = staged
    if target == "keyring":  # after the header, so that no entry is left unknown
        keys.keyring_store(header.vault_id + keys.PENDING_SUFFIX, new_key)

    def apply(conn: Any) -> None:
        conn.execute(rekey_pragma(new_key))
        checkpoint(conn)
        conn.execute("BEGIN IMMEDIATE")
        audit.record(conn, vault.actor, "rekey", f"{header.unlock}->{target}")
        conn.execute("COMMIT")

    vault.db.call(apply)
    vault.header = promote(vault.folder, staged, new_key)
    return vault.header.source


def checkpoint(conn: Any) -> None:
    """Copy the WAL into the database file: after a rekey, until this is done, the file's pages
    are still under the old key (``cipher_integrity_check`` reads the file, not the WAL)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def promote(folder: Path, header: keys.VaultHeader, new_key: bytes) -> keys.VaultHeader:
    """The pending key opened the database: make it the vault's key, forget the old one."""
    pending = header.pending
    assert pending is not None
    vault_id = header.vault_id
    # keyring entries first, header last: until the header drops ``pending`` an opening
    # settles again, so no key is ever left behind in the keyring
    if pending.unlock == "keyring":
        keys.keyring_store(vault_id, new_key)
        keys.keyring_forget(vault_id + keys.PENDING_SUFFIX)
    elif header.unlock == "keyring":
        keys.keyring_forget(vault_id)  # the vault leaves the keyring
    done = dataclasses.replace(header, unlock=pending.unlock, token=pending.token, pending=None)
    keys.write_header(folder, done)
    return done


def abandon(folder: Path, header: keys.VaultHeader) -> keys.VaultHeader:
    """The current key still opens the database: the rotation never committed; drop it."""
    pending = header.pending
    assert pending is not None
    done = dataclasses.replace(header, pending=None)
    keys.write_header(folder, done)
    if pending.unlock == "keyring":
        keys.keyring_forget(header.vault_id + keys.PENDING_SUFFIX)
    return done


def settle(
    folder: Path, header: keys.VaultHeader, used_pending: bool, key: str | bytes
) -> keys.VaultHeader:
    """Finish or drop an interrupted rotation after the vault opened (no-op without one)."""
    if header.pending is None:
        return header
    if used_pending:
        assert isinstance(key, bytes)
        return promote(folder, header, key)
    return abandon(folder, header)
