"""The vault: a folder with an encrypted database, a blob store and a plain header.

Folder layout::

    vault.json   how to unlock (passphrase | keyring), the vault id — no secrets
    vault.db     SQLCipher 4 database (+ -wal/-shm while open)
    vault.lock   held with an exclusive OS lock while a process has the vault open
    blobs/       <document id>.sdv, chunked AES-256-GCM (app.vault.blobs)

One process at a time: the OS lock makes a second opener fail with VaultBusy instead of
racing the orphan sweep.  Opening recovers from any crash: a destruction interrupted after its
commit is finished (blob shredded, pages vacuumed), temp files and orphan blobs are shredded.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.evidence import chain
from app.evidence.events import Event, EventDraft, utc_now
from app.paths import data_home, ensure_private_dir
from app.vault import audit, documents, keys, schema
from app.vault.blobs import BlobStore
from app.vault.connection import VaultConnection
from app.vault.unlock import Unlocker
from crypto import errors
from crypto.errors import Text
from crypto.tokens.base import Interaction

DB_NAME = "vault.db"
LOCK_NAME = "vault.lock"
BLOBS_NAME = "blobs"
SECRETS = {"vault_key": 32, "personal_key": 16, "index_key": 32}


def default_folder() -> Path:
    """``data_home()/vault`` (SEALDESK_HOME overrides data_home)."""
    return data_home() / "vault"


class _FolderLock:
    """An exclusive, non-blocking OS lock on ``vault.lock`` (released on close or death)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fh: IO[bytes] | None = open(self.path, "a+b")  # noqa: SIM115 - held open
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(self._fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._fh.close()
            self._fh = None
            raise errors.VaultBusy(path=str(folder)) from None

    def release(self) -> None:
        """Give the lock up."""
        if self._fh is not None:
            self._fh.close()  # closing drops flock / msvcrt locks
            self._fh = None


def _connect(
    folder: Path, header: keys.VaultHeader, unlocker: Unlocker, idle_timeout: float | None
) -> tuple[VaultConnection, keys.VaultHeader]:
    """Open the database with the current key or, during a key rotation, the pending one;
    then finish or drop the rotation (app.vault.rekey)."""
    from app.vault.rekey import settle

    db = folder / DB_NAME
    try:
        key = unlocker.key(folder, header, header.source)
        conn = VaultConnection(db, key, idle_timeout=idle_timeout)
        used_pending = False
    except (errors.VaultWrongKey, errors.VaultKeySourceError, errors.VaultLocked) as first:
        if header.pending is None:
            raise
        try:
            key = unlocker.key(folder, header, header.pending, pending=True)
            conn = VaultConnection(db, key, idle_timeout=idle_timeout)
        except errors.SealDeskError:
            raise first from None
        used_pending = True
    try:
        if header.pending is not None:  # an interrupted rotation: the WAL may hold the rekey
            from app.vault.rekey import checkpoint

            conn.call(checkpoint)
        return conn, settle(folder, header, used_pending, key)
    except BaseException:
        conn.close()
        raise


class Vault:
    """An open vault; every database call goes through its serial executor."""

    def __init__(
        self,
        folder: Path,
        header: keys.VaultHeader,
        conn: VaultConnection,
        lock: _FolderLock,
        actor: str,
    ) -> None:
        self.folder = folder
        self.header = header
        self.db = conn
        self.blobs = BlobStore(folder / BLOBS_NAME)
        self.actor = actor
        self.idle_timeout = conn.idle_timeout
        self._lock = lock

    # --- opening and closing ----------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        passphrase: str | None = None,
        use_keyring: bool = False,
        token_uri: str | None = None,
        unlocker: Unlocker | None = None,
        actor: str | None = None,
    ) -> Vault:
        """Make a new vault in ``folder``: passphrase (SQLCipher KDF), a keyring key, or a key
        wrapped to the USB-key certificate ``token_uri`` names (PIN through ``unlocker``)."""
        folder = Path(folder)
        if (folder / DB_NAME).exists():
            raise errors.VaultExists(path=str(folder))
        if [use_keyring, passphrase is not None, token_uri is not None].count(True) != 1:
            raise errors.InternalError()
        ensure_private_dir(folder)
        lock = _FolderLock(folder)
        try:
            method = "keyring" if use_keyring else "token" if token_uri else "passphrase"
            header = keys.VaultHeader.new(method, utc_now())
            key: str | bytes
            if use_keyring:
                key = keys.random_key()
                keys.keyring_store(header.vault_id, key)
            elif token_uri is not None:
                from app.vault.rekey import new_token_source

                key = keys.random_key()
                with unlocker or Unlocker() as opener:
                    source = new_token_source(opener, token_uri, header.vault_id, key)
                header = dataclasses.replace(header, token=source.token)
            else:
                assert passphrase is not None
                key = passphrase
            conn = VaultConnection(folder / DB_NAME, key)
            vault = cls(folder, header, conn, lock, actor or audit.current_actor())
            vault._prepare(created=True)
            keys.write_header(folder, header)
            return vault
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        passphrase: str | None = None,
        idle_timeout: float | None = None,
        actor: str | None = None,
        recover: bool = True,
        interaction: Interaction | None = None,
        pin: str | None = None,
        modules: Sequence[str] = (),
    ) -> Vault:
        """Unlock an existing vault (wrong key: VaultWrongKey, and nothing is changed).

        A token vault asks for the PIN through ``interaction`` (once; never retried) unless
        ``pin`` is given.

        ``recover=False`` (for ``vault check``) reads nothing but the key check before the
        caller asks, so a damaged page is reported by the check rather than failing the open.
        """
        folder = Path(folder)
        header = keys.read_header(folder)
        if not (folder / DB_NAME).is_file():
            raise errors.VaultNotFound(path=str(folder))
        lock = _FolderLock(folder)
        try:
            with Unlocker(passphrase, interaction, pin, tuple(modules)) as unlocker:
                conn, header = _connect(folder, header, unlocker, idle_timeout)
            vault = cls(folder, header, conn, lock, actor or audit.current_actor())
            try:
                if recover or vault.db.call(schema.version) != schema.LATEST:
                    vault._prepare(created=False)
            except BaseException:
                conn.close()
                raise
            return vault
        except BaseException:
            lock.release()
            raise

    def _prepare(self, created: bool) -> None:
        path = str(self.folder)
        self.db.call(lambda conn: schema.migrate(conn, path))

        def secrets_and_events(conn: Any) -> None:
            for name, size in SECRETS.items():
                conn.execute(
                    "INSERT OR IGNORE INTO meta (name, value) VALUES (?, ?)",
                    (name, os.urandom(size)),
                )
            if created:
                data = {"vault": self.header.vault_id, "unlock": self.header.unlock}
                chain.append(conn, EventDraft("vault_created", data))
            audit.record(conn, self.actor, "init" if created else "unlock", self.header.vault_id)

        self.db.transaction(secrets_and_events)
        if not created:
            self.recover()

    def recover(self) -> list[str]:
        """Finish interrupted work: shred orphan blobs, run a pending vacuum."""
        keep = self.db.call(documents.active_ids)
        removed = self.blobs.sweep(keep)
        if self.db.call(_vacuum_pending):
            from app.vault.destroy import vacuum

            vacuum(self)
        if removed:
            self.db.transaction(
                lambda conn: audit.record(conn, self.actor, "recover", f"{len(removed)} blobs")
            )
        return removed

    def close(self) -> None:
        """Close the database and release the folder."""
        self.db.close()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def locked(self) -> bool:
        """True after the idle timeout closed the connection."""
        return self.db.locked

    def unlock(
        self,
        passphrase: str | None = None,
        *,
        interaction: Interaction | None = None,
        pin: str | None = None,
    ) -> None:
        """Open the connection again after an idle lock (the passphrase or PIN asked again)."""
        if not self.db.locked:
            return
        self.db.close()
        with Unlocker(passphrase, interaction, pin) as unlocker:
            self.db, self.header = _connect(self.folder, self.header, unlocker, self.idle_timeout)

    def rekey(
        self,
        *,
        interaction: Interaction | None = None,
        pin: str | None = None,
        to_keyring: bool = False,
        token_uri: str | None = None,
        modules: Sequence[str] = (),
    ) -> keys.KeySource:
        """Rotate the database key of a keyring or token vault (or move a vault to the keyring
        or a token), crash-safely: see app.vault.rekey."""
        from app.vault.rekey import rekey

        with Unlocker(None, interaction, pin, tuple(modules)) as unlocker:
            return rekey(self, unlocker, to_keyring=to_keyring, token_uri=token_uri)

    # --- documents --------------------------------------------------------------------------

    def archive_file(
        self,
        source: Path,
        doc: documents.NewDocument,
        drafts: Sequence[EventDraft] = (),
        on_commit: Callable[[Any, ArchiveResult], None] | None = None,
    ) -> ArchiveResult:
        """Encrypt ``source`` into the vault with its evidence events, all or nothing.

        A file whose SHA-256 is already archived (and not destroyed) is not stored twice: the
        existing record comes back with ``created=False`` and no events are written.
        ``on_commit(conn, result)`` runs inside the same transaction (also for a file archived
        already), so a feature's own rows commit together with the document or not at all.
        """
        document_id = documents.new_document_id()
        key = os.urandom(32)
        try:
            with open(source, "rb") as fh:
                digest = self.blobs.write(document_id, key, fh)
        except OSError as exc:
            raise errors.InputError(path=str(source)) from exc

        def commit(conn: Any) -> ArchiveResult:
            existing = documents.by_sha256(conn, digest.sha256)
            if existing is not None:
                result = ArchiveResult(existing, [], created=False)
            else:
                record, events = documents.insert_archived(
                    conn, document_id, key, digest, doc, drafts, self.actor
                )
                result = ArchiveResult(record, events, created=True)
            if on_commit is not None:
                on_commit(conn, result)
            return result

        try:
            result = self.db.transaction(commit)
        except BaseException:
            self.blobs.shred(document_id)
            raise
        if not result.created:
            self.blobs.shred(document_id)
        return result

    def list_documents(self, include_destroyed: bool = False) -> list[documents.DocumentRecord]:
        """Archived documents, oldest first."""
        return self.db.call(lambda conn: documents.listing(conn, include_destroyed))

    def document(self, ident: str) -> documents.DocumentRecord:
        """A document by id or unique id prefix."""
        return self.db.call(lambda conn: documents.resolve(conn, ident))

    def read_document(self, document_id: str) -> Iterator[bytes]:
        """The plaintext of an active document, chunk by chunk (audited)."""

        def key_and_audit(conn: Any) -> bytes:
            key = documents.document_key(conn, document_id)
            audit.record(conn, self.actor, "read", document_id)
            return key

        key = self.db.transaction(key_and_audit)
        return self.blobs.read(document_id, key)

    def events_for(self, document_id: str) -> list[Event]:
        """Evidence events about one document, oldest first."""
        return self.db.call(lambda conn: chain.events_for(conn, document_id))

    def append_events(self, drafts: Sequence[EventDraft]) -> list[Event]:
        """Append events not tied to archiving (registration, consent, certificates)."""
        return self.db.transaction(lambda conn: chain.append_many(conn, drafts))

    def chain_head(self) -> tuple[int, str]:
        """Sequence number and SHA-256 of the newest evidence event."""
        return self.db.call(chain.head)

    # --- passphrase -------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the database under a new passphrase (SQLCipher rekey, all or nothing)."""
        from app.vault.connection import rekey_pragma

        if self.header.unlock != "passphrase":
            raise errors.VaultKeySourceError(
                source=keys.KEYRING_NAME, detail=Text("this vault has no passphrase")
            )
        if not new_passphrase:
            raise errors.UsageError(detail=Text("the new passphrase is empty"))

        def rekey(conn: Any) -> None:
            from app.vault.rekey import checkpoint

            conn.execute(rekey_pragma(new_passphrase))
            checkpoint(conn)
            conn.execute("BEGIN IMMEDIATE")
            audit.record(conn, self.actor, "rekey", self.header.vault_id)
            conn.execute("COMMIT")

        self.db.call(rekey)


@dataclass(frozen=True)
class ArchiveResult:
    """A document archived (or found already archived) and the events written for it."""

    record: documents.DocumentRecord
    events: list[Event]
    created: bool


def _vacuum_pending(conn: Any) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE name = 'vacuum_pending'").fetchone()
    return row is not None
