"""Vault core: a real SQLCipher file — create, unlock, wrong key, keyring, migrations, executor."""

from __future__ import annotations

import threading
import time

import pytest

from app.vault import Vault, schema
from app.vault.connection import THREAD_NAME, VaultConnection, sqlcipher_driver
from app.vault.documents import NewDocument
from crypto import errors
from tests.fixtures.vault import PASSPHRASE, files_state

pytestmark = pytest.mark.unit


def test_created_vault_is_encrypted_and_reopens(vault_dir, tmp_path):
    src = tmp_path / "contract.pdf"
    src.write_bytes(b"%PDF-1.7\n" + "甲方 乙方 SECRET-CONTRACT-TEXT".encode() * 1000)
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:
        doc = v.archive_file(src, NewDocument(name=src.name, origin="import")).record
    raw = (vault_dir / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3"), "the database must be encrypted"
    assert b"contract.pdf" not in raw and b"CREATE TABLE" not in raw
    assert b"SECRET-CONTRACT-TEXT" not in (vault_dir / "blobs" / f"{doc.id}.sdv").read_bytes()
    assert oct((vault_dir).stat().st_mode & 0o777) == "0o700"
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        [listed] = v.list_documents()
        assert listed.name == "contract.pdf" and listed.sha256 == doc.sha256
        assert b"".join(v.read_document(doc.id)) == src.read_bytes()


def test_wrong_passphrase_is_clear_and_changes_nothing(vault_dir):
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    before = files_state(vault_dir)
    with pytest.raises(errors.VaultWrongKey) as info:
        Vault.open(vault_dir, passphrase="not the passphrase")
    assert info.value.code == "vault_wrong_key"
    assert "Wrong passphrase or damaged vault" in str(info.value)
    assert files_state(vault_dir) == before
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()  # and the vault still opens


def test_passphrase_needed_and_missing_vault(vault_dir, tmp_path):
    with pytest.raises(errors.VaultNotFound):
        Vault.open(tmp_path / "nowhere", passphrase=PASSPHRASE)
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    with pytest.raises(errors.VaultLocked):
        Vault.open(vault_dir)
    with pytest.raises(errors.VaultExists):
        Vault.create(vault_dir, passphrase="other")


def test_keyring_vault_opens_without_passphrase(vault_dir, memory_keyring):
    with Vault.create(vault_dir, use_keyring=True) as v:
        vault_id = v.header.vault_id
    [(service, user)] = memory_keyring.entries
    assert user == vault_id and len(bytes.fromhex(memory_keyring.entries[service, user])) == 32
    with Vault.open(vault_dir) as v:
        assert v.header.unlock == "keyring"
    memory_keyring.entries[service, user] = "00" * 32  # another key: wrong key, clearly
    with pytest.raises(errors.VaultWrongKey):
        Vault.open(vault_dir)
    memory_keyring.entries.clear()
    with pytest.raises(errors.VaultKeySourceError):
        Vault.open(vault_dir)


def test_second_process_is_refused_while_open(vault):
    with pytest.raises(errors.VaultBusy):
        Vault.open(vault.folder, passphrase=PASSPHRASE)


def test_change_passphrase(vault_dir):
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:
        v.change_passphrase("新的口令 new")
    with pytest.raises(errors.VaultWrongKey):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    with Vault.open(vault_dir, passphrase="新的口令 new") as v:
        assert v.chain_head()[0] == 1


def test_every_call_runs_on_the_vault_thread(vault):
    names = {vault.db.call(lambda conn: threading.current_thread().name) for _ in range(3)}
    assert names == {THREAD_NAME}
    futures = [vault.db.submit(lambda conn: threading.current_thread().name) for _ in range(20)]
    assert {f.result() for f in futures} == {THREAD_NAME}


def test_transaction_rolls_back_on_error(vault):
    def half(conn):
        conn.execute("INSERT INTO meta (name, value) VALUES ('x', x'00')")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        vault.db.transaction(half)
    assert vault.db.call(lambda c: c.execute("SELECT 1 FROM meta WHERE name='x'").fetchone()) is None


def test_idle_vault_locks_itself(vault_dir):
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    v = Vault.open(vault_dir, passphrase=PASSPHRASE, idle_timeout=0.2)
    try:
        assert v.chain_head()[0] == 1
        deadline = time.monotonic() + 5
        while not v.locked and time.monotonic() < deadline:
            time.sleep(0.05)
        assert v.locked
        with pytest.raises(errors.VaultLocked):
            v.list_documents()
        with pytest.raises(errors.VaultLocked):
            v.unlock()  # the passphrase is asked again
        with pytest.raises(errors.VaultWrongKey):
            v.unlock("wrong")
        v.unlock(PASSPHRASE)
        assert v.chain_head()[0] == 1
    finally:
        v.close()


def test_migrations_upgrade_an_old_vault_and_refuse_a_newer_one(tmp_path):
    path = tmp_path / "old.db"
    conn = VaultConnection(path, "k")
    try:
        assert conn.call(lambda c: schema.migrate(c, str(path), schema.MIGRATIONS[:1])) == 1
        conn.call(lambda c: c.execute("INSERT INTO meta VALUES ('kept', x'01')"))
        assert conn.call(lambda c: schema.migrate(c, str(path))) == schema.LATEST
        tables = conn.call(
            lambda c: {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        )
        assert "receipts" in tables
        assert conn.call(lambda c: c.execute("SELECT value FROM meta WHERE name='kept'").fetchone())
        conn.call(lambda c: c.execute(f"PRAGMA user_version = {schema.LATEST + 1}"))
        with pytest.raises(errors.VaultTooNew):
            conn.call(lambda c: schema.migrate(c, str(path)))
    finally:
        conn.close()


def test_append_only_tables_refuse_edits(vault):
    for sql in ("UPDATE evidence SET type = 'x'", "DELETE FROM evidence", "DELETE FROM audit"):
        with pytest.raises(errors.InternalError):
            vault.db.call(lambda c, sql=sql: c.execute(sql))


def test_plain_sqlite_driver_runs_the_same_code(tmp_path):
    import sqlite3

    conn = VaultConnection(tmp_path / "plain.db", None, driver=sqlite3)
    try:
        assert conn.call(lambda c: schema.migrate(c, "plain")) == schema.LATEST
    finally:
        conn.close()
    assert (tmp_path / "plain.db").read_bytes().startswith(b"SQLite format 3")
    assert sqlcipher_driver().sqlite_version


def test_every_operation_is_audited(vault_dir, tmp_path):
    from app.vault import audit
    from app.vault.destroy import destroy_document

    src = tmp_path / "a.pdf"
    src.write_bytes(b"%PDF-1.7 a")
    with Vault.create(vault_dir, passphrase=PASSPHRASE, actor="alice@pc (test)") as v:
        doc = v.archive_file(src, NewDocument(name="a.pdf", origin="import")).record
        b"".join(v.read_document(doc.id))
    with Vault.open(vault_dir, passphrase=PASSPHRASE, actor="bob@pc (test)") as v:
        destroy_document(v, doc.id, "done")
        rows = v.db.call(audit.entries)
    assert [(r.actor.split("@")[0], r.action, r.target) for r in rows] == [
        ("alice", "init", v.header.vault_id), ("alice", "add", doc.id), ("alice", "read", doc.id),
        ("bob", "unlock", v.header.vault_id), ("bob", "destroy", doc.id)]
    assert all(r.outcome == "ok" and r.at.endswith("Z") for r in rows)
