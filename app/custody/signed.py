"""Signed objects: canonical JSON signed by the acting person's key, verifiable offline.

An envelope (``sealdesk.custody.signed/1``) is::

    {"schema": "sealdesk.custody.signed/1",
     "payload": {...},                         # what was signed, as canonical JSON (RFC 8785)
     "signature": {"algorithm": "<base64 DER SignedDigestAlgorithm>",
                   "digest": "sha256" | "sm3",
                   "certificate": "<base64 DER X.509>",
                   "value": "<base64 signature>"}}

The signature is over ``canonical_json(payload)``; the signer's certificate travels inside, so
anyone can verify the envelope without a network.  Whether that certificate may act is the
seal registry's decision (certificates are pinned there by SHA-256), not this module's.  The
object's fingerprint is the SHA-256 of the canonical envelope; evidence events carry it.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import algos, x509
from pyhanko_certvalidator.sig_validate import SignatureValidationContext

from app.custody.errors import SignedObjectInvalid
from app.evidence.events import canonical_json
from app.identity import IdentitySpec, open_identity
from crypto.errors import Text
from crypto.tokens.base import CertificateInfo, Interaction, KeySession

SCHEMA = "sealdesk.custody.signed/1"


def certificate_sha256(cert: x509.Certificate) -> str:
    """SHA-256 of a certificate's DER: how the registry names people and seals."""
    return hashlib.sha256(cert.dump()).hexdigest()


@dataclass(frozen=True)
class SignedObject:
    """A verified (or just made) envelope and what it says."""

    envelope: dict[str, Any]
    certificate: x509.Certificate

    @property
    def payload(self) -> dict[str, Any]:
        """The signed content."""
        payload: dict[str, Any] = self.envelope["payload"]
        return payload

    @property
    def canonical(self) -> bytes:
        """The envelope's canonical bytes (what files and the vault keep)."""
        return canonical_json(self.envelope)

    @property
    def sha256(self) -> str:
        """The object's fingerprint (SHA-256 of the canonical envelope)."""
        return hashlib.sha256(self.canonical).hexdigest()

    @property
    def signer_sha256(self) -> str:
        """SHA-256 of the signer's certificate."""
        return certificate_sha256(self.certificate)

    @property
    def signer_subject(self) -> str:
        """The signer's name as the certificate gives it."""
        return str(self.certificate.subject.human_friendly)

    @property
    def signer_name(self) -> str:
        """The signer's common name (the whole subject when it has none)."""
        return common_name(self.certificate)


def common_name(cert: x509.Certificate) -> str:
    """A certificate's common name, else its whole subject."""
    name = cert.subject.native.get("common_name")
    return str(name) if name else str(cert.subject.human_friendly)


@dataclass
class ActingKey:
    """One person's open key (token or soft certificate) that signs custody objects."""

    session: KeySession
    cert: CertificateInfo
    _signer: Any = field(default=None, repr=False)

    @property
    def certificate_sha256(self) -> str:
        """SHA-256 of the acting certificate."""
        return certificate_sha256(self.cert.certificate)

    @property
    def subject(self) -> str:
        """The acting person's name."""
        return self.cert.subject

    def sign(self, payload: Mapping[str, Any]) -> SignedObject:
        """Sign ``payload`` (canonical JSON) and wrap it in an envelope with the certificate."""
        data = canonical_json(dict(payload))
        digest = "sm3" if self.cert.key_type == "sm2" else "sha256"
        if self._signer is None:
            self._signer = self.session.signer(self.cert)
        mechanism = self._signer.get_signature_mechanism_for_digest(digest)
        raw = asyncio.run(self._signer.async_sign_raw(data, digest))
        envelope = {
            "schema": SCHEMA,
            "payload": dict(payload),
            "signature": {
                "algorithm": _b64(mechanism.dump()),
                "digest": digest,
                "certificate": _b64(self.cert.certificate.dump()),
                "value": _b64(raw),
            },
        }
        return SignedObject(envelope, self.cert.certificate)

    def close(self) -> None:
        """Log out / release the key source."""
        self.session.close()


@contextlib.contextmanager
def acting_key(spec: IdentitySpec, interaction: Interaction) -> Iterator[ActingKey]:
    """Open the key a person signs requests or decisions with (one login), closed afterwards."""
    session, cert = open_identity(spec, interaction)
    key = ActingKey(session, cert)
    try:
        yield key
    finally:
        key.close()


def verify_envelope(envelope: Any, kind: Text) -> SignedObject:
    """Check an envelope's form and signature (offline); ``kind`` names it in errors."""
    if not isinstance(envelope, dict) or envelope.get("schema") != SCHEMA:
        raise SignedObjectInvalid(kind=kind, detail=Text("it is not a SealDesk signed object"))
    payload, sig = envelope.get("payload"), envelope.get("signature")
    if not isinstance(payload, dict) or not isinstance(sig, dict):
        raise SignedObjectInvalid(kind=kind, detail=Text("its payload or signature is missing"))
    if set(envelope) != {"schema", "payload", "signature"}:
        raise SignedObjectInvalid(kind=kind, detail=Text("it has unexpected fields"))
    try:
        cert = x509.Certificate.load(_unb64(sig["certificate"]))
        cert.public_key.dump()  # parse now: a damaged certificate fails here
        mechanism = algos.SignedDigestAlgorithm.load(_unb64(sig["algorithm"]))
        mechanism.native  # noqa: B018 - parse now
        value = _unb64(sig["value"])
        digest = sig["digest"]
        data = canonical_json(payload)
    except (KeyError, TypeError, ValueError) as exc:
        raise SignedObjectInvalid(kind=kind, detail=Text("it is malformed")) from exc
    if digest not in ("sha256", "sm3"):
        raise SignedObjectInvalid(kind=kind, detail=Text("its digest algorithm is not allowed"))
    from crypto.sm.validation import signature_validator

    try:
        signature_validator().validate_signature(
            value, data, cert.public_key, mechanism, SignatureValidationContext(digest)
        )
    except Exception as exc:  # InvalidSignature, AlgorithmNotSupported, parse errors
        raise SignedObjectInvalid(
            kind=kind, detail=Text("the signature does not match its content")
        ) from exc
    return SignedObject(envelope, cert)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise ValueError(str(exc)) from exc
