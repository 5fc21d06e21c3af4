"""Destruction: after it, nothing of the document or its personal data is left in any file —
not in the raw files, and not in the database pages decrypted with the vault's own key."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.evidence import chain
from app.vault import Vault, documents
from app.vault.destroy import destroy_document
from app.vault.documents import NewDocument
from app.vault.personal import RESIDENT_ID, add_field, fields_for, find_documents
from crypto import errors

pytestmark = pytest.mark.unit

PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: IV (16) + HMAC-SHA512 (64) per page
ID_NUMBER = "11010519491231002X"
NAME = "合同-张三-SECRETNAME.pdf"


def decrypt_pages(data: bytes, key: bytes, offset: int = 0, stride: int = PAGE) -> bytes:
    """Every page of a SQLCipher 4 file (raw key) decrypted: the test's independent oracle."""
    out = []
    for start in range(offset, len(data) - PAGE + 1, stride):
        page = data[start : start + PAGE]
        first = start == offset and offset == 0
        body = page[16 : PAGE - RESERVE] if first else page[: PAGE - RESERVE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(dec.update(body) + dec.finalize())
    return b"".join(out)


def readable_bytes(folder, key: bytes) -> bytes:
    """Raw bytes of every file in the vault, plus the decrypted pages of the DB and its WAL."""
    parts = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file():
            continue
        data = p.read_bytes()
        parts.append(data)
        if p.name == "vault.db":
            parts.append(decrypt_pages(data, key))
        elif p.name == "vault.db-wal" and len(data) > 32:
            parts.append(decrypt_pages(data, key, offset=32 + 24, stride=PAGE + 24))
    return b"\n".join(parts)


@pytest.fixture
def shredding_setup(vault_dir, tmp_path, memory_keyring):
    plain = b"%PDF-1.7\n" + b"CONTRACT-PLAINTEXT-MARKER " * 5000
    src = tmp_path / NAME
    src.write_bytes(plain)
    v = Vault.create(vault_dir, use_keyring=True)
    raw_key = bytes.fromhex(next(iter(memory_keyring.entries.values())))
    doc = v.archive_file(src, NewDocument(name=NAME, origin="import")).record
    add_field(v, doc.id, RESIDENT_ID, ID_NUMBER)
    secrets = v.db.call(lambda c: {
        "document key": documents.document_key(c, doc.id),
        "wrapped key": bytes(c.execute("SELECT wrapped_key FROM documents").fetchone()[0]),
        "personal ciphertext": bytes(c.execute("SELECT ciphertext FROM personal").fetchone()[0]),
    })
    secrets["blob ciphertext"] = v.blobs.path(doc.id).read_bytes()[1000:1064]
    secrets["plaintext"] = b"CONTRACT-PLAINTEXT-MARKER"
    secrets["ID number"] = ID_NUMBER.encode()
    secrets["name"] = b"SECRETNAME"
    try:
        yield v, doc, raw_key, secrets
    finally:
        v.close()


def test_scanner_sees_live_secrets(shredding_setup, vault_dir):
    v, doc, key, secrets = shredding_setup
    seen = readable_bytes(vault_dir, key)
    # proves the oracle can find them: otherwise the test below could never fail
    for what in ("wrapped key", "personal ciphertext", "blob ciphertext", "name"):
        assert secrets[what] in seen, what


def test_nothing_survives_destruction(shredding_setup, vault_dir):
    v, doc, key, secrets = shredding_setup
    done = destroy_document(v, doc.id[:8], "数据主体要求删除 (request 42)")
    assert done.personal_erased == 1 and done.blob_shredded
    for phase in ("open", "closed"):
        if phase == "closed":
            v.close()
        seen = readable_bytes(vault_dir, key)
        for what, needle in secrets.items():
            assert needle not in seen, f"{what} is still readable ({phase})"
    v2 = Vault.open(vault_dir)
    try:
        with pytest.raises(errors.VaultDocumentDestroyed):
            v2.read_document(doc.id)
        assert v2.list_documents() == []
        [tomb] = v2.list_documents(include_destroyed=True)
        assert tomb.destroyed and tomb.name == "" and tomb.sha256 == doc.sha256
        assert fields_for(v2, doc.id) == [] and find_documents(v2, RESIDENT_ID, ID_NUMBER) == []
        events = v2.events_for(doc.id)
        assert [e.type for e in events] == ["contract_added", "destroyed"]
        data = events[-1].to_json()["body"]["data"]
        assert data["reason"].startswith("数据主体要求删除") and data["sha256"] == doc.sha256
        assert b"SECRETNAME" not in events[-1].body
        assert v2.db.call(chain.verify).ok
    finally:
        v2.close()


def test_destroying_twice_or_unknown_is_refused(vault, tmp_path):
    src = tmp_path / "a.pdf"
    src.write_bytes(b"%PDF-1.7 a")
    doc = vault.archive_file(src, NewDocument(name="a.pdf", origin="import")).record
    with pytest.raises(errors.UsageError):
        destroy_document(vault, doc.id, "   ")
    destroy_document(vault, doc.id, "retention period over")
    with pytest.raises(errors.VaultDocumentDestroyed):
        destroy_document(vault, doc.id, "again")
    with pytest.raises(errors.VaultDocumentNotFound):
        destroy_document(vault, "ffffffff", "nothing")


def test_interrupted_destruction_is_finished_on_open(vault_dir, tmp_path):
    src = tmp_path / "a.pdf"
    src.write_bytes(b"%PDF-1.7 " + b"x" * 5000)
    from tests.fixtures.vault import PASSPHRASE

    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:
        doc = v.archive_file(src, NewDocument(name="a.pdf", origin="import")).record
        # step 1 committed, then "killed": blob not shredded, vacuum still pending
        import app.vault.destroy as destroy

        original_shred, original_vacuum = v.blobs.shred, destroy.vacuum
        v.blobs.shred = lambda _id: False
        destroy.vacuum = lambda _v: None
        try:
            destroy.destroy_document(v, doc.id, "test")
        finally:
            v.blobs.shred, destroy.vacuum = original_shred, original_vacuum
        assert v.blobs.exists(doc.id)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert not v.blobs.exists(doc.id)
        assert v.db.call(lambda c: c.execute(
            "SELECT 1 FROM meta WHERE name = 'vacuum_pending'").fetchone()) is None
