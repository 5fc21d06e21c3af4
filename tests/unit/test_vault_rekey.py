"""Key rotation of keyring vaults (crash-safe: SIGKILL at every step of a rotation leaves a vault
that opens with the old or the new key) and the hash-chained audit log (schema V6)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.vault import Vault, audit, schema
from app.vault.check import check_vault
from app.vault.connection import VaultConnection
from app.vault.documents import NewDocument
from app.vault.errors import RekeyNotPossible
from app.vault.token_key import candidate_schemes
from crypto.tokens.pkcs11.mechanism_errors import MechanismMissing
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[2]


class FileKeyring(KeyringBackend):
    """A keyring in a JSON file named by $TEST_KEYRING (shared with a child process)."""

    priority = 1  # type: ignore[assignment]

    def _load(self) -> dict[str, str]:
        path = Path(os.environ["TEST_KEYRING"])
        return json.loads(path.read_text()) if path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        path = Path(os.environ["TEST_KEYRING"])
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}|{username}", None)
        self._save(data)


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.core._keyring_backend
    backend = FileKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = previous


# The child: open the vault, then rotate its key with SIGKILL right after the Nth call of one
# step (module attributes patched, so the real code runs up to that point).
CHILD = """
import os, signal, sys
import keyring
from tests.unit.test_vault_rekey import FileKeyring
keyring.set_keyring(FileKeyring())
from app.vault import Vault, audit, keys
folder, target, name, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
owner = audit if name == "record" else keys
real = getattr(owner, name)
calls = []
def killer(*args, **kwargs):
    if name == "record":  # dies before the audit row: the rekey pragma ran already
        calls.append(1)
        if len(calls) == nth:
            os.kill(os.getpid(), signal.SIGKILL)
    result = real(*args, **kwargs)
    calls.append(1)
    if name != "record" and len(calls) == nth:
        os.kill(os.getpid(), signal.SIGKILL)
    return result
with Vault.open(folder) as v:
    setattr(owner, name, killer)
    v.rekey(to_keyring=True)
print("finished")
"""

KILL_POINTS = [
    ("write_header", 1),  # header names the pending key, not stored yet
    ("keyring_store", 1),  # pending key stored
    ("record", 1),  # SQLCipher rekey committed, nothing promoted yet
    ("keyring_store", 2),  # new key is the main entry, the pending one still there
    ("keyring_forget", 1),  # pending entry forgotten, header still names it
    ("write_header", 2),  # all done
]


@pytest.mark.parametrize(("name", "nth"), KILL_POINTS)
def test_killed_keyring_rotation_leaves_an_openable_vault(
    file_keyring: Any, vault_dir: Path, tmp_path: Path, name: str, nth: int
) -> None:
    src = tmp_path / "c.pdf"
    src.write_bytes(b"%PDF-1.7\n rotation " * 50)
    with Vault.create(vault_dir, use_keyring=True) as v:
        doc = v.archive_file(src, NewDocument(name="c.pdf", origin="import")).record
        old = file_keyring.get_password("SealDesk vault", v.header.vault_id)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-c", CHILD, str(vault_dir), "keyring", name, str(nth)],
        env=env, capture_output=True, text=True, timeout=60, cwd=ROOT,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    with Vault.open(vault_dir) as v:  # old or new key, and the rotation settled
        assert v.header.pending is None
        assert b"".join(v.read_document(doc.id)) == src.read_bytes()
        assert check_vault(v).ok
        vault_id = v.header.vault_id
    entries = file_keyring._load()
    assert list(entries) == [f"SealDesk vault|{vault_id}"]  # no pending entry left behind
    rotated = entries[f"SealDesk vault|{vault_id}"] != old
    assert rotated == ((name, nth) not in {("write_header", 1), ("keyring_store", 1)})


def test_keyring_rotation_changes_the_key(memory_keyring: Any, vault_dir: Path) -> None:
    with Vault.create(vault_dir, use_keyring=True) as v:
        before = dict(memory_keyring.entries)
        source = v.rekey()
        assert source.unlock == "keyring"
    after = dict(memory_keyring.entries)
    assert after.keys() == before.keys() and after != before
    [(_, old_hex)] = before.items()
    with pytest.raises(Exception, match="Wrong passphrase or damaged vault"):
        VaultConnection(vault_dir / "vault.db", bytes.fromhex(old_hex)).close()
    with Vault.open(vault_dir) as v:
        rows = v.db.call(audit.entries)
        assert [r.action for r in rows if r.action == "rekey"] == ["rekey"]


def test_passphrase_vault_is_not_rekeyed_silently(vault: Vault) -> None:
    with pytest.raises(RekeyNotPossible):
        vault.rekey()
    assert vault.header.pending is None


def test_passphrase_vault_moves_to_the_keyring(memory_keyring: Any, vault_dir: Path) -> None:
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        v.rekey(to_keyring=True)
    with Vault.open(vault_dir) as v:  # no passphrase any more
        assert v.header.unlock == "keyring"


def test_rsa_scheme_order() -> None:
    every = frozenset({"rsa-oaep-sha256", "rsa-oaep-sha1", "rsa-pkcs1v15"})
    assert candidate_schemes("rsa", every) == ["rsa-oaep-sha256", "rsa-oaep-sha1"]
    assert candidate_schemes("rsa", frozenset({"rsa-pkcs1v15"})) == ["rsa-pkcs1v15"]
    assert candidate_schemes("ec", frozenset({"ecdh"})) == ["ecdh-hkdf-sha256-aes256gcm"]
    with pytest.raises(MechanismMissing):
        candidate_schemes("ec", frozenset())


# --- the audit chain ---------------------------------------------------------------------


def _tamper(vault: Vault, sql: str) -> None:
    def edit(conn: Any) -> None:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute(sql)

    vault.db.call(edit)


@pytest.mark.parametrize(("sql", "seq", "reason"), [
    ("UPDATE audit SET actor = 'someone else' WHERE seq = 2", 2, "hash does not match"),
    ("DELETE FROM audit WHERE seq = 2", 2, "missing"),
    ("UPDATE audit SET prev = hash WHERE seq = 3", 3, "prev does not name"),
])
def test_check_names_the_first_broken_audit_link(
    vault: Vault, tmp_path: Path, sql: str, seq: int, reason: str
) -> None:
    for i in range(3):
        src = tmp_path / f"{i}.pdf"
        src.write_bytes(b"%PDF-1.7\n" + bytes([i]) * 100)
        vault.archive_file(src, NewDocument(name=src.name, origin="import"))
    assert vault.db.call(audit.verify) is None and check_vault(vault).ok
    _tamper(vault, sql)
    report = check_vault(vault).to_json()
    assert not report["ok"] and report["audit"]["broken"]["seq"] == seq
    assert reason in report["audit"]["broken"]["reason"]
    assert report["chain"]["ok"]  # the evidence chain is a separate walk


def test_v6_migration_chains_existing_rows(vault_dir: Path) -> None:
    conn = VaultConnection(vault_dir.parent / "old.db", PASSPHRASE)
    try:
        conn.call(lambda c: schema.migrate(c, "old", schema.MIGRATIONS[:5]))
        for action in ("init", "unlock", "check"):
            conn.call(lambda c, a=action: c.execute(
                "INSERT INTO audit (at, actor, action, target, outcome) "
                "VALUES ('2026-01-01T00:00:00Z', 'u@h (cli)', ?, NULL, 'ok')", (a,)))
        assert conn.call(lambda c: schema.migrate(c, "old")) == 6
        assert conn.call(schema.version) == schema.LATEST == 6
        assert conn.call(audit.verify) is None
        conn.call(lambda c: audit.record(c, "u@h (cli)", "unlock"))
        rows = conn.call(lambda c: c.execute("SELECT seq, prev, hash FROM audit").fetchall())
        assert [r[0] for r in rows] == [1, 2, 3, 4] and rows[0][1] == "0" * 64
        assert all(rows[i][1] == rows[i - 1][2] for i in range(1, 4))
        with pytest.raises(Exception) as info:  # the trigger refuses (an InternalError for us)
            conn.call(lambda c: c.execute("UPDATE audit SET actor = 'x'"))
        assert "append-only" in str(info.value.__cause__)
    finally:
        conn.close()
