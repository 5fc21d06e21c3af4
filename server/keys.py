"""The platform's log key: ECDSA P-256, made on first start into a key file (0600).

It signs tree heads and intent attestations; ``log_id`` is the SHA-256 of its SPKI DER.  A
second key, for the keyed hashes of SMS codes, is derived from it (HKDF), so app servers that
share the database need to share this one file and nothing else.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto.jcs import canonical_json


class LogKey:
    """The log key with what the platform does with it."""

    def __init__(self, key: ec.EllipticCurvePrivateKey) -> None:
        if not isinstance(key.curve, ec.SECP256R1):
            raise ValueError("the log key must be an ECDSA P-256 key")
        self._key = key
        self.private_key = key
        self.spki = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.log_id = hashlib.sha256(self.spki).hexdigest()
        self.public_pem = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")
        secret = key.private_numbers().private_value.to_bytes(32, "big")
        self._code_key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"sealdesk-platform sms code v1"
        ).derive(secret)

    def sign(self, fields: dict[str, object]) -> str:
        """Base64 DER ECDSA-P256-SHA256 signature over the canonical JSON of ``fields``."""
        der = self._key.sign(canonical_json(fields), ec.ECDSA(hashes.SHA256()))
        return base64.b64encode(der).decode("ascii")

    def code_hash(self, challenge_id: str, code: str) -> str:
        """The keyed hash an SMS code is stored as (bound to its challenge)."""
        message = f"{challenge_id}:{code}".encode("ascii")
        return hmac.new(self._code_key, message, hashlib.sha256).hexdigest()


def load_or_create(path: Path) -> LogKey:
    """The log key in ``path``; a new one is written there (0600) when there is none."""
    if not path.exists():
        _create(path)
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("the log key file does not hold an EC private key")
    return LogKey(key)


def _create(path: Path) -> None:
    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_once(path, pem, 0o600)


def write_once(path: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to a new file ``path`` whole (another process's first copy wins)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):  # another process made one first: use it
            os.link(temp, path)
    finally:
        temp.unlink(missing_ok=True)
