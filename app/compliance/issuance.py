"""Applying for a certificate from the platform's CA (PROTOCOL.md, "Certificate issuance").

A new EC P-256 key and a PKCS#10 request with the applicant's name are made on this computer;
the SMS check is bound to the SHA-256 of the request's DER; the platform answers with the
certificate and its chain, which are kept with the key in a password-protected PKCS#12 file.
The key never leaves this computer.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.atomic import atomic_output
from app.compliance import errors as cerr
from crypto.errors import Text

if TYPE_CHECKING:
    from app.compliance.sms import SmsIntent


@dataclass(frozen=True)
class Application:
    """A key and the certificate request made for it."""

    key: ec.EllipticCurvePrivateKey
    csr_der: bytes

    @property
    def request_sha256(self) -> str:
        """The fingerprint the SMS check and the evidence are bound to."""
        return hashlib.sha256(self.csr_der).hexdigest()


@dataclass(frozen=True)
class Issued:
    """The platform's answer."""

    certificate: x509.Certificate
    chain: list[x509.Certificate]

    @property
    def sha256(self) -> str:
        """SHA-256 of the certificate's DER (its id in the evidence)."""
        return hashlib.sha256(self.certificate.public_bytes(serialization.Encoding.DER)
                              ).hexdigest()


def new_application(name: str) -> Application:
    """A new EC P-256 key and a PKCS#10 request with ``name`` as the common name."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
           .sign(key, hashes.SHA256()))
    return Application(key, csr.public_bytes(serialization.Encoding.DER))


def request_certificate(sms: SmsIntent, application: Application, challenge_id: str) -> Issued:
    """Ask the platform to issue, after the SMS check ``challenge_id`` was verified."""
    answer = sms.post("/v1/certificates", {
        "csr": base64.b64encode(application.csr_der).decode("ascii"),
        "signer_id": sms.signer_id, "intent": challenge_id})
    try:
        cert = x509.load_der_x509_certificate(base64.b64decode(answer["certificate"],
                                                               validate=True))
        chain = [x509.load_der_x509_certificate(base64.b64decode(c, validate=True))
                 for c in answer["chain"]]
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise cerr.PlatformRefused(detail=Text("the certificate answer is not valid")) from None
    if cert.public_key() != application.key.public_key():
        raise cerr.PlatformRefused(detail=Text("the certificate is not for the new key"))
    return Issued(cert, chain)


def write_pkcs12(target: Path, application: Application, issued: Issued, password: str,
                 name: str) -> None:
    """Key, certificate and chain in a PKCS#12 file (AES), written atomically."""
    blob = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), application.key, issued.certificate, issued.chain,
        serialization.BestAvailableEncryption(password.encode("utf-8")))
    with atomic_output(target) as out:
        out.write(blob)


def not_after(issued: Issued) -> dt.datetime:
    """The end of the certificate's validity (UTC)."""
    return issued.certificate.not_valid_after_utc
