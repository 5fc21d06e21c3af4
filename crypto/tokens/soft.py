"""Soft certificates: PKCS#12 (.p12/.pfx) files and PEM key + certificate + chain."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from asn1crypto import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers import Signer
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from crypto.errors import KeyFileError, Text
from crypto.tokens.base import CertificateInfo, KeySession, signing_problem
from crypto.tokens.mechanisms import chain_store, dummy_signature

SignableKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


class SoftKeySigner(Signer):
    """pyHanko signer over an in-memory key; the key is parsed once, not per signature."""

    def __init__(
        self,
        key: SignableKey,
        cert: x509.Certificate,
        chain: Sequence[x509.Certificate],
        *,
        use_pss: bool = False,
    ) -> None:
        self._key = key
        super().__init__(
            signing_cert=cert,
            cert_registry=chain_store(cert, chain),
            signature_mechanism=None,
            prefer_pss=use_pss,
        )

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        """Sign ``data`` (hashing it here) with the soft key."""
        mech = self.get_signature_mechanism_for_digest(digest_algorithm)
        if dry_run:
            return dummy_signature(self.signing_cert, mech)
        return sign_with_key(self._key, data, mech)


def sign_with_key(key: SignableKey, data: bytes, mech: object) -> bytes:
    """One raw signature in the encoding CMS expects (PKCS#1 v1.5, PSS or DER ECDSA)."""
    algo = mech["algorithm"].native  # type: ignore[index]
    if isinstance(key, rsa.RSAPrivateKey):
        if algo == "rsassa_pss":
            params = mech["parameters"]  # type: ignore[index]
            md = get_pyca_cryptography_hash(params["hash_algorithm"]["algorithm"].native)
            pss = padding.PSS(mgf=padding.MGF1(md), salt_length=params["salt_length"].native)
            return key.sign(data, pss, md)
        md = get_pyca_cryptography_hash(mech.hash_algo)  # type: ignore[attr-defined]
        return key.sign(data, padding.PKCS1v15(), md)
    md = get_pyca_cryptography_hash(mech.hash_algo)  # type: ignore[attr-defined]
    return key.sign(data, ec.ECDSA(md))


class SoftKeySession:
    """A soft certificate opened from a file; implements the KeySession protocol."""

    def __init__(
        self,
        key: SignableKey,
        cert: x509.Certificate,
        chain: Sequence[x509.Certificate],
        label: str,
    ) -> None:
        self._key = key
        self._cert = cert
        self._chain = tuple(chain)
        self._label = label

    def certificates(self) -> Sequence[CertificateInfo]:
        """The one certificate of this file, with why it may not sign (if so)."""
        if isinstance(self._key, rsa.RSAPrivateKey):
            key_type, bits = "rsa", self._key.key_size
        else:
            key_type, bits = "ec", self._key.curve.key_size
        key_id = hashlib.sha1(self._cert.public_key.dump(), usedforsecurity=False).digest()
        return [
            CertificateInfo(
                certificate=self._cert,
                key_id=key_id,
                label=self._label,
                key_type=key_type,
                key_bits=bits,
                chain=self._chain,
                hidden_reason=signing_problem(self._cert),
            )
        ]

    def signer(self, cert: CertificateInfo, *, use_pss: bool = False) -> Signer:
        """A pyHanko signer for this file's key (with ``cert``'s chain, which may be extended)."""
        return SoftKeySigner(self._key, self._cert, cert.chain, use_pss=use_pss)

    def close(self) -> None:
        """Nothing to release; the key object is dropped with the session."""


def _as_asn1(cert: object) -> x509.Certificate:
    der = cert.public_bytes(serialization.Encoding.DER)  # type: ignore[attr-defined]
    return x509.Certificate.load(der)


def _check_key(key: PrivateKeyTypes | None, path: Path) -> SignableKey:
    if key is None:
        raise KeyFileError(path=str(path), detail=Text("no private key in the file"))
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        kind = type(key).__name__
        raise KeyFileError(path=str(path), detail=Text("unsupported key type {kind}", kind=kind))
    return key


def _key_matches(key: SignableKey, cert: x509.Certificate) -> bool:
    pub = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return bool(pub == cert.public_key.dump())


def open_pkcs12(path: Path, password: bytes | None) -> KeySession:
    """Open a PKCS#12 file; a wrong password is a KeyFileError that says so.

    A file holding an SM2 key (which ``cryptography`` refuses) opens as an SM2 session.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(path=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except UnsupportedAlgorithm:
        from crypto.sm.soft import open_sm2_pkcs12

        return open_sm2_pkcs12(path, data, password)
    except ValueError as exc:
        detail = (
            Text("wrong password or damaged file")
            if "password" in str(exc).lower() or password
            else str(exc)
        )
        raise KeyFileError(path=str(path), detail=detail) from exc
    signable = _check_key(key, path)
    if cert is None:
        raise KeyFileError(path=str(path), detail=Text("no certificate in the file"))
    asn_cert = _as_asn1(cert)
    chain = [_as_asn1(c) for c in extra]
    return SoftKeySession(signable, asn_cert, chain, label=path.name)


def open_pem(
    key_path: Path, cert_path: Path, chain_paths: Sequence[Path] = (), password: bytes | None = None
) -> KeySession:
    """Open a PEM (or DER) private key with its certificate and optional chain files.

    An SM2 key (which ``cryptography`` refuses) opens as an SM2 session.
    """
    try:
        key_data = key_path.read_bytes()
    except OSError as exc:
        raise KeyFileError(path=str(key_path), detail=exc.strerror or str(exc)) from exc
    certs = load_certificates(cert_path)
    chain: list[x509.Certificate] = []
    for p in chain_paths:
        chain.extend(load_certificates(p))
    try:
        if b"-----BEGIN" in key_data:
            key = serialization.load_pem_private_key(key_data, password)
        else:
            key = serialization.load_der_private_key(key_data, password)
    except (UnsupportedAlgorithm, ValueError, TypeError) as exc:
        from crypto.sm.keys import looks_like_sm2

        if isinstance(exc, UnsupportedAlgorithm) or looks_like_sm2(key_data):
            from crypto.sm.soft import open_sm2_pem

            return open_sm2_pem(key_path, key_data, certs, cert_path, chain, password)
        raise KeyFileError(path=str(key_path), detail=str(exc).split("\n")[0]) from exc
    signable = _check_key(key, key_path)
    # the leaf is the certificate matching the key; anything else in the file is chain
    leaf = next((c for c in certs if _key_matches(signable, c)), None)
    if leaf is None:
        raise KeyFileError(
            path=str(cert_path), detail=Text("no certificate matches the private key")
        )
    chain = [c for c in certs if c is not leaf] + chain
    return SoftKeySession(signable, leaf, chain, label=cert_path.name)


def load_certificates(path: Path) -> list[x509.Certificate]:
    """All certificates in a PEM or DER file."""
    from asn1crypto import pem

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(path=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        if pem.detect(data):
            return [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
        return [x509.Certificate.load(data)]
    except ValueError as exc:
        raise KeyFileError(path=str(path), detail=Text("not a certificate file")) from exc


__all__ = ["SoftKeySession", "SoftKeySigner", "load_certificates", "open_pem", "open_pkcs12"]
