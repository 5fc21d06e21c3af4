"""SM2 soft certificates: a PKCS#12 file or a PEM/DER key with its certificate.

``crypto.tokens.soft`` opens every soft key with ``cryptography`` first; a file that library
refuses because of the SM2 curve comes here (``open_sm2_pkcs12`` / ``open_sm2_pem``), and the
result is a :class:`Sm2SoftKeySession`, a ``KeySession`` like any other, whose signer is an
:class:`~crypto.sm.signer.Sm2Signer`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from asn1crypto import x509
from pyhanko.sign.signers import Signer

from crypto.errors import KeyFileError, Text
from crypto.sm import sm2
from crypto.sm.keys import KeyProblem, Sm2PrivateKey, load_private_key
from crypto.sm.pkcs12 import read_pkcs12
from crypto.sm.signer import Sm2Signer
from crypto.tokens.base import CertificateInfo, signing_problem


class Sm2SoftKeySession:
    """An SM2 key from a file and its certificate; implements the KeySession protocol."""

    def __init__(
        self,
        key: Sm2PrivateKey,
        cert: x509.Certificate,
        chain: Sequence[x509.Certificate],
        label: str,
        *,
        signer_id: bytes = sm2.DEFAULT_SIGNER_ID,
    ) -> None:
        self._key: Sm2PrivateKey | None = key
        self._cert = cert
        self._chain = tuple(chain)
        self._label = label
        self.signer_id = signer_id

    def certificates(self) -> Sequence[CertificateInfo]:
        """The one certificate of this file, with why it may not sign (if so)."""
        key_id = hashlib.sha1(self._cert.public_key.dump(), usedforsecurity=False).digest()
        return [
            CertificateInfo(
                certificate=self._cert,
                key_id=key_id,
                label=self._label,
                key_type="sm2",
                key_bits=256,
                chain=self._chain,
                hidden_reason=signing_problem(self._cert),
            )
        ]

    def signer(self, cert: CertificateInfo, *, use_pss: bool = False) -> Signer:
        """An ``Sm2Signer`` for this file's key (``use_pss`` does not apply to SM2)."""
        if self._key is None:
            raise KeyFileError(path=self._label, detail=Text("the key file was closed"))
        return Sm2Signer(self._key, self._cert, cert.chain, signer_id=self.signer_id)

    def close(self) -> None:
        """Drop the key (signers already made keep their reference until they go)."""
        self._key = None


def open_sm2_pkcs12(path: Path, data: bytes, password: bytes | None) -> Sm2SoftKeySession:
    """The SM2 key and certificates of a PKCS#12 file (already read into ``data``)."""
    try:
        contents = read_pkcs12(data, password)
    except KeyProblem as exc:
        raise KeyFileError(path=str(path), detail=exc.detail) from exc
    leaf = _leaf(contents.key, contents.certificates, path)
    chain = [c for c in contents.certificates if c is not leaf]
    return Sm2SoftKeySession(contents.key, leaf, chain, label=path.name)


def open_sm2_pem(
    key_path: Path,
    key_data: bytes,
    certs: Sequence[x509.Certificate],
    cert_path: Path,
    chain: Sequence[x509.Certificate] = (),
    password: bytes | None = None,
) -> Sm2SoftKeySession:
    """An SM2 key file with its certificate(s): the leaf is the one matching the key."""
    try:
        key = load_private_key(key_data, password)
    except KeyProblem as exc:
        raise KeyFileError(path=str(key_path), detail=exc.detail) from exc
    leaf = _leaf(key, certs, cert_path)
    rest = [c for c in certs if c is not leaf] + list(chain)
    return Sm2SoftKeySession(key, leaf, rest, label=cert_path.name)


def _leaf(key: Sm2PrivateKey, certs: Sequence[x509.Certificate], path: Path) -> x509.Certificate:
    for cert in certs:
        if key.matches(cert):
            return cert
    if not certs:
        raise KeyFileError(path=str(path), detail=Text("no certificate in the file"))
    raise KeyFileError(path=str(path), detail=Text("no certificate matches the private key"))


__all__ = ["Sm2SoftKeySession", "open_sm2_pem", "open_sm2_pkcs12"]
