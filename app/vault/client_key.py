"""The vault's client key: the identity that signs evidence pages issued by this SealDesk.

An ECDSA P-256 key with a self-signed certificate (``CN=SealDesk client <vault id>``), made on
first use and kept in the encrypted ``meta`` table like every other vault secret.  Its birth is
chained as a ``device_registered`` event carrying the certificate's SHA-256, so a page signed
by it can be tied to this vault's chain.  (When the e-signing platform certifies devices, the
platform-issued certificate replaces the self-signed one; the key stays.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.evidence import chain
from app.evidence.events import EventDraft

VALIDITY_YEARS = 10


def _get(conn: Any, name: str) -> bytes | None:
    row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    return None if row is None else bytes(row[0])


def client_identity(
    conn: Any, vault_id: str
) -> tuple[ec.EllipticCurvePrivateKey, asn1_x509.Certificate]:
    """The client key and certificate, created (and registered in the chain) on first use.

    Must run inside a transaction: creating the key and its event commit together.
    """
    key_der, cert_der = _get(conn, "client_key"), _get(conn, "client_cert")
    if key_der is None or cert_der is None:
        key_der, cert_der = _new_identity(vault_id)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('client_key', ?)", (key_der,))
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('client_cert', ?)", (cert_der,))
        cert = asn1_x509.Certificate.load(cert_der)
        data = {
            "certificate_sha256": hashlib.sha256(cert_der).hexdigest(),
            "subject": str(cert.subject.human_friendly),
            "key": "ecdsa-p256",
            "purpose": "evidence pages",
        }
        chain.append(conn, EventDraft("device_registered", data))
    key = serialization.load_der_private_key(key_der, password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return key, asn1_x509.Certificate.load(cert_der)


def _new_identity(vault_id: str) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"SealDesk client {vault_id[:16]}"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "SealDesk"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * VALIDITY_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return key_der, cert.public_bytes(serialization.Encoding.DER)
