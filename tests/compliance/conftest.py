"""Compliance test fixtures: agreement texts, certificates with chosen validity, the real
platform (server/) on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.compliance.live_platform import LivePlatform

AGREEMENTS = Path(__file__).resolve().parents[2] / "resources" / "agreements"


@pytest.fixture
def agreement_copy(tmp_path: Path) -> Path:
    """A copy of the bundled texts that a test may change (a new version …)."""
    target = tmp_path / "agreements"
    shutil.copytree(AGREEMENTS, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def make_cert(not_before: dt.datetime, not_after: dt.datetime, name: str = "张三 Test Signer"):
    """A CertificateInfo for a fresh P-256 key with the given validity."""
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from crypto.tokens.base import CertificateInfo, signing_problem

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(not_before).not_valid_after(not_after)
            .sign(key, hashes.SHA256()))
    parsed = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    problem = signing_problem(parsed)
    return CertificateInfo(parsed, b"\x01", name, "ec", 256, hidden_reason=problem)


def short_lived_p12(path: Path, days_left: int, password: bytes = b"pw") -> Path:
    """A PKCS#12 file with a self-signed signing certificate that expires in ``days_left``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "示例科技 即将到期")])
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=False, crl_sign=False, encipher_only=False,
                          decipher_only=False)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=300))
            .not_valid_after(now + dt.timedelta(days=days_left))
            .add_extension(usage, critical=True)
            .sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"soon", key, cert, None, BestAvailableEncryption(password)))
    return path


@pytest.fixture
def cert_factory() -> Callable[..., object]:
    now = dt.datetime.now(dt.UTC)

    def factory(days_left: float = 365, days_old: float = 30, name: str = "张三 Test Signer"):
        return make_cert(now - dt.timedelta(days=days_old), now + dt.timedelta(days=days_left), name)

    return factory


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[LivePlatform]:
    server = LivePlatform(tmp_path / "platform")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def registered_vault(vault, platform: LivePlatform):
    """The ``vault`` fixture, registered as a device with the platform."""
    from app.sync.device import register
    from app.sync.transport import Endpoint

    register(vault, Endpoint(platform.url), platform.enrolment_token)
    return vault
