"""Read a token's certificates and private keys and pair them up (runs on the module thread).

A certificate is paired with the private key that has the same CKA_ID; tokens whose
middleware leaves CKA_ID empty are paired by CKA_LABEL instead.  CA certificates (and any
other certificate without a key) on the token become chain material.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from asn1crypto import x509
from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass
from pkcs11.attributes import AttributeMapper

from crypto.errors import Text
from crypto.tokens.base import CertificateInfo, signing_problem
from crypto.tokens.pkcs11.raw import decode_text

log = logging.getLogger(__name__)

_SM2_CURVES = {"sm2p256v1", "1.2.156.10197.1.301"}
_P11_KEY_TYPES = {KeyType.RSA: "rsa", KeyType.EC: "ec"}
_CHAIN_LIMIT = 8


class TolerantAttributes(AttributeMapper):
    """python-pkcs11's attribute decoding, made to survive vendor middleware: labels in GBK
    (or any bytes) and vendor-defined key types (SM2 keys) instead of exceptions."""

    def __init__(self) -> None:
        super().__init__()
        ulong = struct.Struct("L")  # CK_ULONG as the C compiler lays it out here
        self.attribute_types[Attribute.LABEL] = (
            lambda text: str(text).encode("utf-8"),
            lambda raw: decode_text(bytes(raw)),
        )
        self.attribute_types[Attribute.KEY_TYPE] = (
            lambda kind: ulong.pack(int(kind)),
            lambda raw: _key_type(ulong.unpack(raw)[0]),
        )


def _key_type(value: int) -> KeyType | int:
    try:
        return KeyType(value)
    except ValueError:
        return value  # vendor-defined (CKK_VENDOR_DEFINED and up), e.g. SM2 on Chinese tokens


@dataclass(frozen=True)
class KeyObject:
    """A private key object as found on the token (the python-pkcs11 object stays private)."""

    handle: Any  # pkcs11 PrivateKey, only to be used on the module thread
    key_id: bytes
    label: str
    key_type: str  # "rsa", "ec", else the CKK_ value (e.g. "0x80000001" for a vendor SM2)
    can_sign: bool
    always_authenticate: bool


@dataclass(frozen=True)
class CertificateObject:
    """A certificate object as found on the token."""

    certificate: x509.Certificate
    key_id: bytes
    label: str


def read_objects(session: Any) -> tuple[list[CertificateObject], list[KeyObject]]:
    """All X.509 certificates and private keys visible in this (logged-in) session."""
    certs: list[CertificateObject] = []
    query = {Attribute.CLASS: ObjectClass.CERTIFICATE,
             Attribute.CERTIFICATE_TYPE: CertificateType.X_509}
    for obj in session.get_objects(query):
        attrs = obj.get_attributes([Attribute.VALUE, Attribute.ID, Attribute.LABEL])
        der = attrs.get(Attribute.VALUE)
        if not der:
            continue
        try:
            cert = x509.Certificate.load(bytes(der))
            cert.native  # noqa: B018 - parse now, so a broken object is skipped here
        except (ValueError, TypeError) as exc:
            log.warning("skipping an unreadable certificate object on the token: %s", exc)
            continue
        certs.append(CertificateObject(cert, bytes(attrs.get(Attribute.ID, b"")),
                                       attrs.get(Attribute.LABEL, "")))
    keys: list[KeyObject] = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
        attrs = obj.get_attributes([Attribute.ID, Attribute.LABEL, Attribute.KEY_TYPE,
                                    Attribute.SIGN, Attribute.ALWAYS_AUTHENTICATE])
        kind = attrs.get(Attribute.KEY_TYPE)
        keys.append(KeyObject(
            handle=obj,
            key_id=bytes(attrs.get(Attribute.ID, b"")),
            label=attrs.get(Attribute.LABEL, ""),
            key_type=_P11_KEY_TYPES.get(kind) or _key_type_name(kind),
            can_sign=bool(attrs.get(Attribute.SIGN, True)),
            always_authenticate=bool(attrs.get(Attribute.ALWAYS_AUTHENTICATE, False)),
        ))
    return certs, keys


def pair_certificates(
    certs: list[CertificateObject], keys: list[KeyObject], sm2_key_type: str | None = None
) -> list[tuple[CertificateInfo, KeyObject | None]]:
    """One CertificateInfo per end-entity certificate (with its key, if any) plus its chain.

    SM2 certificates may sign only with a vendor profile, whose key type (``sm2_key_type``,
    e.g. ``"0x80000001"`` or ``"ec"``) their private key must have."""
    pool = [c.certificate for c in certs]
    result: list[tuple[CertificateInfo, KeyObject | None]] = []
    for obj in certs:
        key = _key_for(obj, keys)
        if key is None and obj.certificate.ca:
            continue  # a CA certificate: chain material, not something to sign with
        cert = obj.certificate
        key_type = certificate_key_type(cert)
        info = CertificateInfo(
            certificate=cert,
            key_id=obj.key_id,
            label=obj.label or (key.label if key else "") or _common_name(cert),
            key_type=key_type,
            key_bits=cert.public_key.bit_size,
            chain=build_chain(cert, pool),
            hidden_reason=_hidden_reason(cert, key_type, key, sm2_key_type),
            always_authenticate=bool(key and key.always_authenticate),
        )
        result.append((info, key))
    return result


def certificate_key_type(cert: x509.Certificate) -> str:
    """rsa, ec or sm2 (an EC key on the SM2 curve), else the algorithm's name."""
    algorithm = cert.public_key.algorithm
    if algorithm == "ec":
        curve = cert.public_key["algorithm"]["parameters"].chosen.native
        return "sm2" if str(curve) in _SM2_CURVES else "ec"
    return str(algorithm)


def build_chain(
    cert: x509.Certificate, pool: Iterable[x509.Certificate]
) -> tuple[x509.Certificate, ...]:
    """Issuers of ``cert`` found in ``pool``, nearest first, up to a self-signed root."""
    candidates = [c for c in pool if c.ca]
    chain: list[x509.Certificate] = []
    seen = {cert.dump()}
    current = cert
    while current.self_signed != "yes" and len(chain) < _CHAIN_LIMIT:
        issuer = _issuer_of(current, candidates)
        if issuer is None or issuer.dump() in seen:
            break
        seen.add(issuer.dump())
        chain.append(issuer)
        current = issuer
    return tuple(chain)


def _issuer_of(
    cert: x509.Certificate, candidates: list[x509.Certificate]
) -> x509.Certificate | None:
    named = [c for c in candidates if c.subject == cert.issuer and c.dump() != cert.dump()]
    aki = cert.authority_key_identifier
    for candidate in named:
        if aki is None or candidate.key_identifier in (None, aki):
            return candidate
    return None  # same name, other key: a different (e.g. renewed) CA


def _key_for(obj: CertificateObject, keys: list[KeyObject]) -> KeyObject | None:
    if obj.key_id:
        for key in keys:
            if key.key_id == obj.key_id:
                return key
        return None
    if obj.label:  # middleware that leaves CKA_ID empty pairs objects by label
        for key in keys:
            if not key.key_id and key.label == obj.label:
                return key
    return None


def _hidden_reason(
    cert: x509.Certificate, key_type: str, key: KeyObject | None, sm2_key_type: str | None
) -> Text | None:
    if key is None:
        return Text("no private key")
    if not key.can_sign:
        return Text("the private key is not allowed to sign")
    if key_type == "sm2":
        if sm2_key_type is None:
            return Text("SM2 keys on PKCS#11 tokens need the vendor's profile (--sm2-profile)")
        if key.key_type != sm2_key_type:
            return Text("the private key's type {kind} is not the profile's {expected}",
                        kind=key.key_type, expected=sm2_key_type)
        return signing_problem(cert)
    if key_type not in ("rsa", "ec"):
        return Text("unsupported key type {kind}", kind=key_type)
    if key.key_type != key_type:
        return Text("the private key does not match the certificate")
    return signing_problem(cert)


def _key_type_name(kind: object) -> str:
    if isinstance(kind, KeyType):
        return kind.name.lower()
    return f"{kind:#x}" if isinstance(kind, int) else str(kind)


def _common_name(cert: x509.Certificate) -> str:
    native = cert.subject.native
    return str(native.get("common_name") or native.get("organization_name") or "")
