"""The blob format: chunked AES-256-GCM that detects truncation, reordering and edits."""

from __future__ import annotations

import hashlib
import io
import os
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.vault.blobs import HEADER_SIZE, TAG_SIZE, BlobStore
from crypto import errors

pytestmark = pytest.mark.unit

CHUNK = 64


def new_id() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def store(tmp_path) -> BlobStore:
    return BlobStore(tmp_path / "blobs", chunk_size=CHUNK)


def read_all(store: BlobStore, doc: str, key: bytes) -> bytes:
    return b"".join(store.read(doc, key))


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5])
def test_round_trip_and_fingerprints(store, size):
    data, doc, key = os.urandom(size), new_id(), os.urandom(32)
    digest = store.write(doc, key, io.BytesIO(data))
    assert digest.size == size and digest.sha256 == hashlib.sha256(data).hexdigest()
    assert digest.sm3 == hashlib.new("sm3", data).hexdigest()
    assert read_all(store, doc, key) == data
    chunks = max(1, -(-size // CHUNK))
    assert store.path(doc).stat().st_size == HEADER_SIZE + size + chunks * TAG_SIZE


@settings(max_examples=30, deadline=None)
@given(data=st.binary(max_size=5 * CHUNK))
def test_round_trip_any_content(tmp_path_factory, data):
    store = BlobStore(tmp_path_factory.mktemp("b"), chunk_size=CHUNK)
    doc, key = new_id(), os.urandom(32)
    store.write(doc, key, io.BytesIO(data))
    assert read_all(store, doc, key) == data


def tamper_cases():
    step = CHUNK + TAG_SIZE

    def truncate_last_chunk(b):
        return b[: HEADER_SIZE + 3 * step]

    def truncate_mid_chunk(b):
        return b[:-7]

    def swap_chunks(b):
        body = b[HEADER_SIZE:]
        return b[:HEADER_SIZE] + body[step : 2 * step] + body[:step] + body[2 * step :]

    def append_chunk(b):
        return b + b[HEADER_SIZE : HEADER_SIZE + step]

    def flip_bit(b):
        i = HEADER_SIZE + step + 10
        return b[:i] + bytes([b[i] ^ 1]) + b[i + 1 :]

    def flip_header(b):
        return b[:30] + bytes([b[30] ^ 1]) + b[31:]

    return [truncate_last_chunk, truncate_mid_chunk, swap_chunks, append_chunk, flip_bit, flip_header]


@pytest.mark.parametrize("tamper", tamper_cases(), ids=lambda f: f.__name__)
def test_any_alteration_is_detected(store, tamper):
    doc, key = new_id(), os.urandom(32)
    store.write(doc, key, io.BytesIO(os.urandom(3 * CHUNK + 20)))
    path = store.path(doc)
    path.write_bytes(tamper(path.read_bytes()))
    with pytest.raises(errors.VaultTampered):
        read_all(store, doc, key)


def test_blob_is_bound_to_its_document_and_key(store):
    a, b, key = new_id(), new_id(), os.urandom(32)
    store.write(a, key, io.BytesIO(b"document A"))
    store.write(b, key, io.BytesIO(b"document B"))
    store.path(b).write_bytes(store.path(a).read_bytes())  # A's blob under B's name
    with pytest.raises(errors.VaultTampered):
        read_all(store, b, key)
    with pytest.raises(errors.VaultTampered):
        read_all(store, a, os.urandom(32))
    store.path(a).unlink()
    with pytest.raises(errors.VaultTampered):
        read_all(store, a, key)


def test_sweep_removes_temp_files_and_orphans(store):
    keep, orphan = new_id(), new_id()
    for doc in (keep, orphan):
        store.write(doc, os.urandom(32), io.BytesIO(b"x" * 100))
    (store.folder / f".{orphan}.sdv.abc.part").write_bytes(b"half")
    assert store.sweep({keep}) == [orphan]
    assert sorted(p.name for p in store.folder.iterdir()) == [f"{keep}.sdv"]
