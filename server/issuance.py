"""The reference platform's issuing CA and ``POST /v1/certificates`` (PROTOCOL.md,
"Certificate issuance").

The CA is an ECDSA P-256 key with a self-signed certificate, made on first start next to the
log key (key file 0600) or loaded from configured PEM files.  A certificate is issued only for a
well-signed PKCS#10 request of a signer registered in the caller's organisation, after an SMS
challenge for that signer and the request's SHA-256 was verified; each challenge issues once.
Only the certificate's SHA-256 and serial are kept (with ids and the time), never the subject.
Each certificate names the platform's CRL, OCSP responder and CA certificate URLs
(:mod:`server.revocation`, :mod:`server.ocsp`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID
from sqlalchemy import select

from server import tables as t
from server.db import Database
from server.errors import ApiError, not_found
from server.keys import load_or_create, write_once
from server.orgs import Device
from server.settings import Settings

VALIDITY = dt.timedelta(days=365)
CA_VALIDITY = dt.timedelta(days=10 * 365)
CRL_PATH = "/v1/ca/crl"  # named in every issued certificate (PROTOCOL.md, "Certificate revocation")
CA_CERT_PATH = "/v1/ca/certificate"
OCSP_PATH = "/v1/ca/ocsp"  # the CA's OCSP responder (server/ocsp.py), also in every certificate


class IssuingCa:
    """The CA key and certificate."""

    def __init__(self, key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate) -> None:
        self.key = key
        self.certificate = certificate
        self.der = certificate.public_bytes(serialization.Encoding.DER)


def load_ca(key_path: Path, cert_path: Path, name: str = "SealDesk Reference Platform CA"
            ) -> IssuingCa:
    """The CA in these files; a new one (key 0600) when there is no key file yet."""
    key = load_or_create(key_path).private_key
    if not cert_path.exists():
        write_once(cert_path, _self_signed(key, name).public_bytes(serialization.Encoding.PEM),
                   0o644)
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    if cert.public_key() != key.public_key():
        raise ValueError("the CA certificate does not belong to the CA key")
    return IssuingCa(key, cert)


def _self_signed(key: ec.EllipticCurvePrivateKey, name: str) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + CA_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )


def _csr(csr_b64: str) -> tuple[x509.CertificateSigningRequest, bytes]:
    try:
        der = base64.b64decode(csr_b64, validate=True)
        csr = x509.load_der_x509_csr(der)
    except (binascii.Error, ValueError):
        raise ApiError(422, "invalid_csr", "the certificate request is not a PKCS#10 DER") from None
    try:
        valid = csr.is_signature_valid
    except (InvalidSignature, ValueError, TypeError):
        valid = False
    if not valid:
        raise ApiError(422, "invalid_csr", "the certificate request's signature is not valid")
    key = csr.public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
        raise ApiError(422, "invalid_csr", "the certificate request's key type is not accepted")
    if not csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME):
        raise ApiError(422, "invalid_csr", "the certificate request has no common name")
    return csr, der


class Issuance:
    """Issue end-entity certificates for verified applicants."""

    def __init__(self, db: Database, ca: IssuingCa, settings: Settings) -> None:
        self.db = db
        self.ca = ca
        self.settings = settings

    def issue(self, device: Device, csr_b64: str, signer_id: str, intent: str,
              base_url: str) -> dict[str, Any]:
        """Check the request, the signer and the verified SMS intent; the new certificate.

        ``base_url``: where relying parties reach this platform (``Settings.public_url``, else
        the address the request arrived on); the certificate's CRL, OCSP and CA-certificate URLs.
        """
        csr, der = _csr(csr_b64)
        request_sha256 = hashlib.sha256(der).hexdigest()
        now = self.settings.clock()
        with self.db.write() as conn:
            signer = conn.execute(select(t.signers.c.signer_id).where(
                (t.signers.c.org_id == device.org_id) & (t.signers.c.signer_id == signer_id)
            )).scalar_one_or_none()
            if signer is None:
                raise not_found("unknown_signer", "signer")
            c = t.sms_challenges.c
            verified = conn.execute(select(c.challenge_id).where(
                (c.challenge_id == intent) & (c.org_id == device.org_id)
                & (c.signer_id == signer_id) & (c.document_sha256 == request_sha256)
                & (c.state == "verified")
            )).scalar_one_or_none()
            if verified is None:
                raise ApiError(403, "intent_not_verified",
                               "no verified SMS check of this signer for this request")
            used = conn.execute(select(t.certificates.c.serial).where(
                t.certificates.c.challenge_id == intent)).scalar_one_or_none()
            if used is not None:
                raise ApiError(409, "intent_used",
                               "this SMS check has already issued a certificate")
            cert = self._sign(csr, now, base_url)
            cert_der = cert.public_bytes(serialization.Encoding.DER)
            conn.execute(t.certificates.insert().values(
                serial=format(cert.serial_number, "x"),
                certificate_sha256=hashlib.sha256(cert_der).hexdigest(),
                org_id=device.org_id, device_id=device.device_id, signer_id=signer_id,
                challenge_id=intent, issued_at=now,
            ))
        return {"certificate": base64.b64encode(cert_der).decode("ascii"),
                "chain": [base64.b64encode(self.ca.der).decode("ascii")]}

    def _sign(self, csr: x509.CertificateSigningRequest, now: float, base_url: str
              ) -> x509.Certificate:
        start = dt.datetime.fromtimestamp(now, dt.UTC)
        cn = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
        public = csr.public_key()
        assert isinstance(public, ec.EllipticCurvePublicKey | rsa.RSAPublicKey)
        ca_public = self.ca.key.public_key()
        return (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, str(cn))]))
            .issuer_name(self.ca.certificate.subject).public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(start - dt.timedelta(minutes=5)).not_valid_after(start + VALIDITY)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False,
                crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_public),
                           critical=False)
            .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
                full_name=[x509.UniformResourceIdentifier(base_url + CRL_PATH)],
                relative_name=None, reasons=None, crl_issuer=None)]), critical=False)
            .add_extension(x509.AuthorityInformationAccess([
                x509.AccessDescription(AuthorityInformationAccessOID.OCSP,
                                       x509.UniformResourceIdentifier(base_url + OCSP_PATH)),
                x509.AccessDescription(AuthorityInformationAccessOID.CA_ISSUERS,
                                       x509.UniformResourceIdentifier(base_url + CA_CERT_PATH)),
            ]), critical=False)
            .sign(self.ca.key, hashes.SHA256())
        )
