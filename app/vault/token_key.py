"""A vault key wrapped to a USB-key certificate: the vault opens with the token and its PIN.

The database key is 32 random bytes (SQLCipher raw key, no KDF).  ``vault.json`` keeps only
the key *wrapped* to the certificate, the certificate's SHA-256 fingerprint and which token and
key to ask (a PKCS#11 URI without any PIN) — never a secret:

* RSA: RSA-OAEP (SHA-256, MGF1-SHA-256, no label) to the certificate's public key, opened by
  the token's C_Decrypt (CKM_RSA_PKCS_OAEP).  Only a token whose mechanism list lacks OAEP gets
  PKCS#1 v1.5 (CKM_RSA_PKCS), and the user is told so when the vault is set up.
* EC: ECDH.  The host makes an ephemeral key on the certificate's curve; the KEK is
  HKDF-SHA256(shared x, info = format | vault id | certificate fingerprint); the vault key is
  sealed with AES-256-GCM under the KEK (the same info as associated data).  Opening, the token
  derives the same shared secret with C_DeriveKey(CKM_ECDH1_DERIVE).

Every token operation goes through the token session (its module thread); the PIN is asked
once per opening through the Interaction and never retried by us.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.vault.errors import TokenKeyMismatch, TokenUnwrapFailed
from crypto.errors import Text
from crypto.tokens.base import (
    UNWRAP_ECDH,
    UNWRAP_RSA_OAEP_SHA1,
    UNWRAP_RSA_OAEP_SHA256,
    UNWRAP_RSA_PKCS1,
    CertificateInfo,
    Interaction,
    UnwrapSession,
)
from crypto.tokens.notice import Notice
from crypto.tokens.pkcs11.mechanism_errors import MechanismMissing

SCHEME_ECDH = "ecdh-hkdf-sha256-aes256gcm"
SCHEMES = (UNWRAP_RSA_OAEP_SHA256, UNWRAP_RSA_OAEP_SHA1, UNWRAP_RSA_PKCS1, SCHEME_ECDH)
_RSA_ORDER = (UNWRAP_RSA_OAEP_SHA256, UNWRAP_RSA_OAEP_SHA1, UNWRAP_RSA_PKCS1)
_INFO = b"sealdesk.vault-token/1|"
KEY_SIZE = 32


@dataclass(frozen=True)
class TokenKeyRef:
    """The header's ``token`` entry: which key to ask and the wrapped vault key (no secret)."""

    uri: str  # PKCS#11 URI of the token and key (module-path, token, serial, id) — no PIN
    token_label: str
    token_serial: str
    key_label: str
    key_id: str  # hex CKA_ID
    cert_sha256: str
    scheme: str
    wrapped: bytes
    ephemeral: bytes | None = None  # EC: the host's ephemeral public point (uncompressed)

    def to_json(self) -> dict[str, Any]:
        """The header's JSON form."""
        doc: dict[str, Any] = {
            "uri": self.uri,
            "token_label": self.token_label,
            "token_serial": self.token_serial,
            "key_label": self.key_label,
            "key_id": self.key_id,
            "cert_sha256": self.cert_sha256,
            "scheme": self.scheme,
            "wrapped": base64.b64encode(self.wrapped).decode("ascii"),
        }
        if self.ephemeral is not None:
            doc["ephemeral"] = base64.b64encode(self.ephemeral).decode("ascii")
        return doc

    @staticmethod
    def from_json(doc: Any) -> TokenKeyRef:
        """Parse the header entry (ValueError when it is malformed)."""
        if not isinstance(doc, dict) or doc.get("scheme") not in SCHEMES:
            raise ValueError("token entry")
        ephemeral = doc.get("ephemeral")
        return TokenKeyRef(
            uri=str(doc["uri"]),
            token_label=str(doc.get("token_label", "")),
            token_serial=str(doc.get("token_serial", "")),
            key_label=str(doc.get("key_label", "")),
            key_id=str(doc.get("key_id", "")),
            cert_sha256=str(doc["cert_sha256"]),
            scheme=str(doc["scheme"]),
            wrapped=base64.b64decode(doc["wrapped"], validate=True),
            ephemeral=base64.b64decode(ephemeral, validate=True) if ephemeral else None,
        )


def fingerprint(cert: CertificateInfo) -> str:
    """SHA-256 of the certificate's DER, hex."""
    return hashlib.sha256(cert.certificate.dump()).hexdigest()


def candidate_schemes(key_type: str, offered: frozenset[str]) -> list[str]:
    """Schemes to try for a key, best first: RSA-OAEP with SHA-256, then with SHA-1 (tokens
    that refuse SHA-256 parameters), PKCS#1 v1.5 only when the token has no OAEP; ECDH for EC."""
    if key_type == "rsa":
        found = [s for s in _RSA_ORDER if s in offered]
        if UNWRAP_RSA_OAEP_SHA256 in found:
            found = [s for s in found if s != UNWRAP_RSA_PKCS1]  # OAEP offered: never v1.5
        if found:
            return found
        raise MechanismMissing(mechanism=Text("CKM_RSA_PKCS_OAEP"), purpose=_PURPOSE)
    if key_type == "ec":
        if UNWRAP_ECDH in offered:
            return [SCHEME_ECDH]
        raise MechanismMissing(mechanism=Text("CKM_ECDH1_DERIVE"), purpose=_PURPOSE)
    raise MechanismMissing(mechanism=key_type.upper(), purpose=_PURPOSE)


_PURPOSE = Text("to unlock the vault")


def wrap_key(
    session: UnwrapSession,
    cert: CertificateInfo,
    key: bytes,
    vault_id: str,
    uri: str,
    token: tuple[str, str],
    interaction: Interaction,
) -> TokenKeyRef:
    """Wrap ``key`` to ``cert`` and prove at once that the token opens it again (the first
    scheme the token really performs; the user is told when it is not the preferred one)."""
    candidates = candidate_schemes(cert.key_type, session.unwrap_schemes(cert))
    for scheme in candidates:
        ref = _wrap(cert, key, vault_id, uri, token, scheme)
        try:
            opened = unwrap_key(session, cert, ref, vault_id)
        except MechanismMissing:
            if scheme == candidates[-1]:
                raise
            continue  # the token refuses these parameters: the next scheme
        if opened != key:
            raise TokenUnwrapFailed(label=token[0])
        if scheme == UNWRAP_RSA_OAEP_SHA1:
            interaction.notify(Notice(
                "The token {label} refuses RSA-OAEP with SHA-256; the vault key is wrapped "
                "with RSA-OAEP with SHA-1 instead.", label=token[0]))
        elif scheme == UNWRAP_RSA_PKCS1:
            interaction.notify(Notice(
                "The token {label} does not offer RSA-OAEP; the vault key is wrapped with "
                "RSA PKCS#1 v1.5 instead.", label=token[0]))
        return ref
    raise TokenUnwrapFailed(label=token[0])  # pragma: no cover - candidates is never empty


def _wrap(
    cert: CertificateInfo, key: bytes, vault_id: str, uri: str, token: tuple[str, str],
    scheme: str,
) -> TokenKeyRef:
    public = _public_key(cert)
    ephemeral: bytes | None = None
    if scheme == SCHEME_ECDH:
        assert isinstance(public, ec.EllipticCurvePublicKey)
        host = ec.generate_private_key(public.curve)
        ephemeral = host.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        info = _info(vault_id, fingerprint(cert))
        nonce = os.urandom(12)
        kek = _kek(host.exchange(ec.ECDH(), public), info)
        wrapped = nonce + AESGCM(kek).encrypt(nonce, key, info)
    else:
        assert isinstance(public, rsa.RSAPublicKey)
        wrapped = public.encrypt(key, _rsa_padding(scheme))
    return TokenKeyRef(
        uri=uri, token_label=token[0], token_serial=token[1], key_label=cert.label,
        key_id=cert.key_id.hex(), cert_sha256=fingerprint(cert), scheme=scheme,
        wrapped=wrapped, ephemeral=ephemeral,
    )


def unwrap_key(
    session: UnwrapSession, cert: CertificateInfo, ref: TokenKeyRef, vault_id: str
) -> bytes:
    """The vault key, opened by the token's private key."""
    if ref.scheme == SCHEME_ECDH:
        if ref.ephemeral is None or len(ref.wrapped) < 12 + 16:
            raise TokenUnwrapFailed(label=ref.token_label)
        shared = session.derive_ecdh(cert, ref.ephemeral)
        info = _info(vault_id, ref.cert_sha256)
        try:
            key = AESGCM(_kek(shared, info)).decrypt(ref.wrapped[:12], ref.wrapped[12:], info)
        except InvalidTag:
            raise TokenUnwrapFailed(label=ref.token_label) from None
    else:
        key = session.decrypt(cert, ref.wrapped, ref.scheme)
    if len(key) != KEY_SIZE:
        raise TokenUnwrapFailed(label=ref.token_label)
    return key


def find_certificate(certs: Sequence[CertificateInfo], ref: TokenKeyRef) -> CertificateInfo:
    """The token certificate the vault key is wrapped to (by fingerprint)."""
    for cert in certs:
        if fingerprint(cert) == ref.cert_sha256:
            return cert
    raise TokenKeyMismatch(label=ref.token_label, fingerprint=ref.cert_sha256[:16])


def _public_key(cert: CertificateInfo) -> Any:
    return serialization.load_der_public_key(cert.certificate.public_key.dump())


def _rsa_padding(scheme: str) -> padding.AsymmetricPadding:
    if scheme == UNWRAP_RSA_PKCS1:
        return padding.PKCS1v15()
    digest = hashes.SHA256() if scheme == UNWRAP_RSA_OAEP_SHA256 else hashes.SHA1()  # noqa: S303
    return padding.OAEP(mgf=padding.MGF1(digest), algorithm=digest, label=None)


def _info(vault_id: str, cert_sha256: str) -> bytes:
    return _INFO + vault_id.encode() + b"|" + cert_sha256.encode()


def _kek(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def choose_certificate(certs: Sequence[CertificateInfo], uri: str) -> CertificateInfo:
    """The one RSA or EC certificate with a private key that ``uri`` names (signing-usable
    or not: an encryption certificate is the natural choice)."""
    from crypto.errors import KeyNotFound, template_of

    fits = [c for c in certs if c.key_type in ("rsa", "ec")
            and template_of(c.hidden_reason or "") != "no private key"]
    if len(fits) == 1:
        return fits[0]
    if not fits:
        raise KeyNotFound(selector=uri)
    names = ", ".join(f"{c.label!r}" for c in fits)
    raise KeyNotFound(
        selector=uri, names=names,
        what="Several keys match {selector}: {names}.",
        todo="Name one with object=<label> or id=<hex> in the PKCS#11 URI.",
    )


def stored_uri(session: Any, cert: CertificateInfo) -> str:
    """The URI the header keeps: module, token and key, never a PIN."""
    import dataclasses

    from crypto.tokens.pkcs11 import token_uri

    uri = token_uri(session.token).with_object(label=cert.label or None, key_id=cert.key_id)
    return str(dataclasses.replace(uri, module_path=session.token.module_path))
