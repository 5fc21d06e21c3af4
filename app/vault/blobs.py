"""Encrypted document blobs beside the database: chunked AES-256-GCM, one key per document.

File ``blobs/<document id>.sdv``::

    header  = "SDVBLOB1" (8) | document id (16, UUID bytes) | chunk size (4, BE)
              | nonce prefix (7, random) | reserved (1, zero)                      -- 36 bytes
    chunk i = AES-256-GCM(key, nonce_i, plaintext_i, aad_i)   (ciphertext || 16-byte tag)
    nonce_i = prefix (7) | i (4, BE) | final (1: 0x01 on the last chunk, else 0x00)
    aad_i   = header | i (4, BE) | final (1)

Every chunk but the last holds exactly ``chunk size`` plaintext bytes; an empty document is one
empty final chunk.  Binding the index and the final flag into nonce and associated data (the
STREAM construction) makes reordering, dropping, truncating and appending chunks fail
authentication; binding the header ties the file to its document.  Keys are random per document,
so the nonces never repeat under one key.

Writes go to a temp file in ``blobs/`` that becomes the blob atomically; a crash leaves at most a
``.*.part`` file, or a complete blob whose database row never committed (an orphan).  Both are
swept when the vault opens (:meth:`BlobStore.sweep`).
"""

from __future__ import annotations

import hashlib
import os
import struct
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.atomic import _fsync_dir, atomic_output
from app.paths import ensure_private_dir
from crypto import errors
from crypto.errors import Text

MAGIC = b"SDVBLOB1"
HEADER_SIZE = 36
TAG_SIZE = 16
CHUNK_SIZE = 1 << 20
SUFFIX = ".sdv"


@dataclass(frozen=True)
class BlobDigest:
    """What was stored: plaintext size and fingerprints."""

    size: int
    sha256: str
    sm3: str


def _header(document_id: str, chunk_size: int, prefix: bytes) -> bytes:
    return MAGIC + uuid.UUID(hex=document_id).bytes + struct.pack(">I", chunk_size) + prefix + b"\0"


def _nonce_aad(header: bytes, index: int, final: bool) -> tuple[bytes, bytes]:
    tail = struct.pack(">IB", index, 1 if final else 0)
    return header[28:35] + tail, header + tail


class BlobStore:
    """The folder of encrypted blobs of one vault."""

    def __init__(self, folder: Path, chunk_size: int = CHUNK_SIZE) -> None:
        self.folder = ensure_private_dir(Path(folder))
        self.chunk_size = chunk_size

    def path(self, document_id: str) -> Path:
        """Where a document's blob lives."""
        return self.folder / f"{uuid.UUID(hex=document_id).hex}{SUFFIX}"

    def write(self, document_id: str, key: bytes, source: BinaryIO) -> BlobDigest:
        """Encrypt ``source`` into the document's blob; returns the plaintext's fingerprints."""
        header = _header(document_id, self.chunk_size, os.urandom(7))
        aead = AESGCM(key)
        sha256, sm3 = hashlib.sha256(), hashlib.new("sm3")
        size = 0
        # SM3 (software, the slowest step) runs beside SHA-256 + encryption: hashlib releases
        # the GIL on large updates, so archiving is bound by the slowest hash, not the sum.
        with ThreadPoolExecutor(1, thread_name_prefix="sealdesk-sm3") as side, atomic_output(
            self.path(document_id)
        ) as out:
            out.write(header)
            chunk = source.read(self.chunk_size)
            index = 0
            while True:
                pending = side.submit(sm3.update, chunk)
                ahead = source.read(self.chunk_size) if len(chunk) == self.chunk_size else b""
                final = not ahead
                sha256.update(chunk)
                size += len(chunk)
                nonce, aad = _nonce_aad(header, index, final)
                out.write(aead.encrypt(nonce, chunk, aad))
                pending.result()
                if final:
                    break
                chunk, index = ahead, index + 1
        return BlobDigest(size=size, sha256=sha256.hexdigest(), sm3=sm3.hexdigest())

    def read(self, document_id: str, key: bytes) -> Iterator[bytes]:
        """The document's plaintext, chunk by chunk; VaultTampered on any alteration."""
        path = self.path(document_id)
        try:
            fh = open(path, "rb")  # noqa: SIM115 - closed in the generator's finally
        except FileNotFoundError:
            raise errors.VaultTampered(
                detail=Text("the blob of document {id} is missing", id=document_id)
            ) from None
        return self._decrypt(fh, document_id, key)

    def _decrypt(self, fh: BinaryIO, document_id: str, key: bytes) -> Iterator[bytes]:
        try:
            header = fh.read(HEADER_SIZE)
            expected_id = uuid.UUID(hex=document_id).bytes
            if len(header) != HEADER_SIZE or header[:8] != MAGIC or header[8:24] != expected_id:
                raise self._tampered(document_id, Text("bad header"))
            (chunk_size,) = struct.unpack(">I", header[24:28])
            if not 0 < chunk_size <= 1 << 26:
                raise self._tampered(document_id, Text("bad chunk size"))
            aead = AESGCM(key)
            step = chunk_size + TAG_SIZE
            block = fh.read(step)
            index = 0
            while True:
                ahead = fh.read(step) if len(block) == step else b""
                final = not ahead
                nonce, aad = _nonce_aad(header, index, final)
                try:
                    yield aead.decrypt(nonce, block, aad)
                except InvalidTag:
                    raise self._tampered(
                        document_id, Text("chunk {index} fails authentication", index=index)
                    ) from None
                if final:
                    return
                block, index = ahead, index + 1
        finally:
            fh.close()

    @staticmethod
    def _tampered(document_id: str, what: Text) -> errors.VaultTampered:
        return errors.VaultTampered(
            detail=Text("blob of document {id}: {what}", id=document_id, what=what)
        )

    def exists(self, document_id: str) -> bool:
        """Whether the document's blob file is present."""
        return self.path(document_id).exists()

    def document_ids(self) -> set[str]:
        """Ids of every complete blob in the folder."""
        found = set()
        for p in self.folder.glob(f"*{SUFFIX}"):
            try:
                found.add(uuid.UUID(hex=p.stem).hex)
            except ValueError:
                continue
        return found

    def shred(self, document_id: str) -> bool:
        """Overwrite the blob with random bytes, sync, unlink (best effort on SSDs and
        copy-on-write filesystems, where old blocks may survive; the key is gone anyway)."""
        path = self.path(document_id)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return False
        noise = os.urandom(min(size, CHUNK_SIZE) or 1)
        try:
            with open(path, "r+b") as fh:
                left = size
                while left > 0:
                    n = min(left, len(noise))
                    fh.write(noise[:n])
                    left -= n
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            pass  # unlinking still removes the name; the ciphertext is keyless
        path.unlink(missing_ok=True)
        _fsync_dir(self.folder)
        return True

    def sweep(self, keep: set[str]) -> list[str]:
        """Remove temp files and shred blobs whose document is not in ``keep``; returns them."""
        for stale in self.folder.glob(".*.part"):
            stale.unlink(missing_ok=True)
        removed = sorted(self.document_ids() - keep)
        for document_id in removed:
            self.shred(document_id)
        return removed
