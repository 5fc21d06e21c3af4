"""Organisations, enrolment tokens (stored hashed), devices and signers."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Connection, select, update

from server import tables as t
from server.errors import ApiError
from server.timefmt import format_time

PHONE = re.compile(r"\+[1-9][0-9]{6,14}")  # E.164
SIGNER_ID = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Device:
    """An authenticated caller."""

    device_id: str
    org_id: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_org(conn: Connection, name: str, now: float) -> str:
    """A new organisation (its log is made by the ledger); its id."""
    name = name.strip()
    if not 0 < len(name) <= 200:
        raise ValueError("an organisation name has 1 to 200 characters")
    org_id = str(uuid.uuid4())
    conn.execute(t.orgs.insert().values(org_id=org_id, name=name, created_at=now))
    return org_id


def issue_token(conn: Connection, org_id: str, now: float) -> str:
    """A one-time enrolment token for ``org_id`` (shown once; only its hash is kept)."""
    if conn.execute(select(t.orgs.c.org_id).where(t.orgs.c.org_id == org_id)).first() is None:
        raise ValueError("no such organisation")
    token = "sdet_" + secrets.token_urlsafe(32)
    conn.execute(
        t.enrolment_tokens.insert().values(
            token_hash=_token_hash(token), org_id=org_id, created_at=now
        )
    )
    return token


def add_signer(conn: Connection, org_id: str, signer_id: str, phone: str, now: float) -> None:
    """Register (or re-register with a new phone) a signer of ``org_id``."""
    if not SIGNER_ID.fullmatch(signer_id):
        raise ValueError("a signer id is 64 lowercase hex characters (SHA-256 of the certificate)")
    if not PHONE.fullmatch(phone):
        raise ValueError("a phone number is in E.164 form, e.g. +8613812345678")
    if conn.execute(select(t.orgs.c.org_id).where(t.orgs.c.org_id == org_id)).first() is None:
        raise ValueError("no such organisation")
    key = (t.signers.c.org_id == org_id) & (t.signers.c.signer_id == signer_id)
    if conn.execute(select(t.signers.c.signer_id).where(key)).first() is None:
        conn.execute(
            t.signers.insert().values(
                org_id=org_id, signer_id=signer_id, phone=phone, created_at=now
            )
        )
    else:
        conn.execute(update(t.signers).where(key).values(phone=phone))


def device_key(certificate_b64: str) -> tuple[str, bytes]:
    """SHA-256 of a device certificate and its P-256 SPKI DER; 422 when it is not one."""
    try:
        der = base64.b64decode(certificate_b64, validate=True)
        cert = x509.load_der_x509_certificate(der)
        key = cert.public_key()
    except (binascii.Error, ValueError) as exc:
        raise ApiError(422, "invalid_certificate", "not a base64 DER X.509 certificate") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        raise ApiError(422, "invalid_certificate", "the certificate key is not ECDSA P-256")
    spki = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest(), spki


def register_device(
    conn: Connection, token: str, certificate_b64: str, label: str, now: float
) -> Device:
    """Enrol a device with a one-time token; the same certificate again gets the same ids."""
    cert_sha256, spki = device_key(certificate_b64)
    row = conn.execute(
        select(t.enrolment_tokens).where(t.enrolment_tokens.c.token_hash == _token_hash(token))
        .with_for_update()
    ).first()
    if row is None:
        raise ApiError(401, "invalid_enrolment_token", "unknown enrolment token")
    known = conn.execute(
        select(t.devices.c.device_id, t.devices.c.org_id, t.devices.c.revoked_at).where(
            t.devices.c.cert_sha256 == cert_sha256
        )
    ).first()
    if known is not None:
        if known.org_id != row.org_id:
            raise ApiError(409, "device_conflict", "this certificate is enrolled elsewhere")
        if known.revoked_at is not None:  # a revoked key stays revoked: no token lifts it
            raise ApiError(401, "device_revoked", "this device has been revoked")
        return Device(known.device_id, known.org_id)
    if row.used_by is not None:
        raise ApiError(401, "invalid_enrolment_token", "this enrolment token has been used")
    revoked_key = conn.execute(select(t.devices.c.device_id).where(
        (t.devices.c.public_key == spki) & t.devices.c.revoked_at.is_not(None)
    ).limit(1)).first()
    if revoked_key is not None:  # the same key in a new certificate: still revoked
        raise ApiError(401, "device_revoked", "this device key has been revoked")
    device_id = str(uuid.uuid4())
    conn.execute(
        t.devices.insert().values(
            device_id=device_id,
            org_id=row.org_id,
            cert_sha256=cert_sha256,
            public_key=spki,
            label=label,
            created_at=now,
        )
    )
    conn.execute(
        update(t.enrolment_tokens)
        .where(t.enrolment_tokens.c.token_hash == row.token_hash)
        .values(used_by=device_id)
    )
    return Device(device_id, row.org_id)


def revoke_device(conn: Connection, device_id: str, now: float) -> dict[str, Any]:
    """Revoke a device (from now on every signed request of it is refused); its listing.

    Revoking again keeps the first revocation time.
    """
    key = t.devices.c.device_id == device_id
    if conn.execute(select(t.devices.c.device_id).where(key).with_for_update()).first() is None:
        raise ValueError("no such device")
    conn.execute(update(t.devices).where(key & t.devices.c.revoked_at.is_(None))
                 .values(revoked_at=now))
    return _listing(conn, key)[0]


def list_devices(conn: Connection, org_id: str) -> list[dict[str, Any]]:
    """The devices of an organisation, oldest first (ids, labels, certificate hashes, times)."""
    if conn.execute(select(t.orgs.c.org_id).where(t.orgs.c.org_id == org_id)).first() is None:
        raise ValueError("no such organisation")
    return _listing(conn, t.devices.c.org_id == org_id)


def _listing(conn: Connection, where: Any) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(t.devices.c.device_id, t.devices.c.org_id, t.devices.c.label,
               t.devices.c.cert_sha256, t.devices.c.created_at, t.devices.c.revoked_at)
        .where(where).order_by(t.devices.c.created_at, t.devices.c.device_id)
    )
    return [
        {
            "device_id": r.device_id,
            "org_id": r.org_id,
            "label": r.label,
            "certificate_sha256": r.cert_sha256,
            "enrolled_at": format_time(r.created_at),
            "revoked_at": None if r.revoked_at is None else format_time(r.revoked_at),
        }
        for r in rows
    ]
