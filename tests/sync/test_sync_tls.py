"""HTTPS to the real platform with a test CA: verification always on, optional key pinning."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.evidence.events import EventDraft
from app.sync import state
from app.sync.device import register
from app.sync.errors import PlatformPinMismatch, PlatformTlsError
from app.sync.transport import Endpoint
from tests.sync.conftest import FAST, ThreadedPlatform, make_engine

pytestmark = pytest.mark.net


def _cert(subject, issuer, key, signer, *, ca: bool, san=None):
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if san:
        builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
    return builder.sign(signer, hashes.SHA256())


@pytest.fixture(scope="module")
def tls_platform(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _cert("SealDesk test CA", "SealDesk test CA", ca_key, ca_key, ca=True)
    leaf = _cert("127.0.0.1", "SealDesk test CA", leaf_key, ca_key, ca=False,
                 san=[x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
    (folder / "cert.pem").write_bytes(leaf.public_bytes(pem))
    (folder / "key.pem").write_bytes(leaf_key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    spki = leaf_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    server = ThreadedPlatform(folder / "platform").start(
        tls=(folder / "cert.pem", folder / "key.pem"))
    server.ca_file = str(folder / "ca.pem")
    server.pin = hashlib.sha256(spki).hexdigest()
    try:
        yield server
    finally:
        server.stop()


def https(server) -> str:
    return f"https://127.0.0.1:{server.port}"


def test_https_with_the_platform_ca_and_the_right_pin(vault, tls_platform):
    _, token = tls_platform.new_org()
    endpoint = Endpoint(https(tls_platform), tls_platform.ca_file, tls_platform.pin)
    register(vault, endpoint, token, retry=FAST)
    vault.append_events([EventDraft("certificate_used", {"n": 1})])
    report = make_engine(vault).run_once()
    assert report.stored == report.sent == 3 and state.sync_status(vault).pending == 0


def test_an_unknown_ca_is_refused(vault, tls_platform):
    _, token = tls_platform.new_org()
    with pytest.raises(PlatformTlsError) as info:
        register(vault, Endpoint(https(tls_platform)), token, retry=FAST)
    assert info.value.code == "sync_tls"
    assert state.sync_status(vault).device_id is None


def test_a_wrong_pin_is_refused(vault, tls_platform):
    _, token = tls_platform.new_org()
    endpoint = Endpoint(https(tls_platform), tls_platform.ca_file, "ab" * 32)
    with pytest.raises(PlatformPinMismatch):
        register(vault, endpoint, token, retry=FAST)
    assert state.sync_status(vault).device_id is None
