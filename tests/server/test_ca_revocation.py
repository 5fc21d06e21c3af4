"""The reference CA's revocation data on the real platform (uvicorn on 127.0.0.1): the CRL and
CA-certificate routes, the URLs in issued certificates, revocation by the operator (library and
``sealdesk-platform cert``), CRL numbering and re-signing, OpenSSL's view of the CRL, the v5
migration."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtensionOID, NameOID
from sqlalchemy import text

from server import migrations, revocation
from server.main import REASON_NAMES
from server.main import main as platform_main
from server.platform import Platform
from server.settings import Settings
from tests.conftest import require_tool
from tests.server.harness import DeviceClient, ServerThread
from tests.server.test_ledger_api import enrol
from tests.server.test_sms import Clock, last_code

pytestmark = pytest.mark.net
SIGNER = "a" * 64


def issue(server: ServerThread, client: DeviceClient, outbox: Path, name: str = "张三",
          host: str | None = None) -> x509.Certificate:
    """A certificate through the protocol: CSR, SMS check bound to it, ``POST /v1/certificates``."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
           .sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER))
    r = client.call("POST", "/v1/intent/sms", {"signer_id": SIGNER,
                                                "document_sha256": hashlib.sha256(csr).hexdigest()})
    assert r.status_code == 201, r.text
    cid = r.json()["challenge_id"]
    r = client.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": last_code(outbox, cid)})
    assert r.status_code == 200, r.text
    request = client.prepare("POST", "/v1/certificates", {
        "csr": base64.b64encode(csr).decode(), "signer_id": SIGNER, "intent": cid})
    if host is not None:  # not covered by the request signature
        request.headers["Host"] = host
    r = client.http.send(request)
    assert r.status_code == 201, r.text
    return x509.load_der_x509_certificate(base64.b64decode(r.json()["certificate"]))


def serial_hex(cert: x509.Certificate) -> str:
    return format(cert.serial_number, "x")


def fetch_crl(server: ServerThread) -> x509.CertificateRevocationList:
    r = server.http().get("/v1/ca/crl")  # no device headers: public
    assert r.status_code == 200 and r.headers["content-type"] == "application/pkix-crl"
    return x509.load_der_x509_crl(r.content)


def crl_number(crl: x509.CertificateRevocationList) -> int:
    return int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)


@pytest.fixture
def ca_platform(make_server, tmp_path, db_url):
    clock = Clock()
    server = make_server(db_url, clock=clock)
    client = enrol(server)
    server.platform.add_signer(client.org_id, SIGNER, "+8613812345678")
    return server, client, clock, tmp_path / "sms-outbox.jsonl"


def test_issued_certificates_name_the_crl_which_lists_revocations(ca_platform):
    server, client, clock, outbox = ca_platform
    ca = server.platform.issuance.ca.certificate
    r = server.http().get("/v1/ca/certificate")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pkix-cert"
    assert x509.load_der_x509_certificate(r.content) == ca
    assert "max-age" in r.headers["cache-control"]

    cert = issue(server, client, outbox)
    cdp = cert.extensions.get_extension_for_oid(ExtensionOID.CRL_DISTRIBUTION_POINTS).value
    assert [n.value for p in cdp for n in p.full_name] == [server.base_url + "/v1/ca/crl"]
    aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    assert [(d.access_method, d.access_location.value) for d in aia] == [
        (AuthorityInformationAccessOID.OCSP, server.base_url + "/v1/ca/ocsp"),
        (AuthorityInformationAccessOID.CA_ISSUERS, server.base_url + "/v1/ca/certificate")]

    empty = fetch_crl(server)
    assert empty.is_signature_valid(ca.public_key()) and empty.issuer == ca.subject
    assert len(empty) == 0 and crl_number(empty) == 1
    assert empty.next_update_utc - empty.last_update_utc == dt.timedelta(days=1)
    aki = empty.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    assert aki.key_identifier == x509.SubjectKeyIdentifier.from_public_key(
        ca.public_key()).digest
    assert crl_number(fetch_crl(server)) == 1  # kept, not re-signed per request

    other = issue(server, client, outbox, "李四")
    with pytest.raises(ValueError, match="reason"):
        server.platform.revocations.revoke(serial_hex(cert), "certificateHold")
    with pytest.raises(ValueError, match="no certificate"):
        server.platform.revocations.revoke("ab" * 10)
    with pytest.raises(ValueError, match="hexadecimal"):
        server.platform.revocations.revoke("not-hex")
    typed = ":".join(f"{b:02X}" for b in cert.serial_number.to_bytes(20, "big"))  # as OpenSSL
    listed = server.platform.revocations.revoke(typed, "keyCompromise")
    assert listed["serial"] == serial_hex(cert) and listed["reason"] == "keyCompromise"
    first_time = listed["revoked_at"]
    clock.advance(5)
    again = server.platform.revocations.revoke(serial_hex(cert), "superseded")
    assert (again["revoked_at"], again["reason"]) == (first_time, "keyCompromise")

    crl = fetch_crl(server)
    assert crl_number(crl) == 2 and crl.is_signature_valid(ca.public_key())
    entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
    assert entry is not None and len(crl) == 1
    assert entry.extensions.get_extension_for_class(x509.CRLReason).value.reason == \
        x509.ReasonFlags.key_compromise
    assert abs(entry.revocation_date_utc.timestamp() - first_time) < 1
    assert crl.get_revoked_certificate_by_serial_number(other.serial_number) is None

    server.platform.revocations.revoke(serial_hex(other))  # unspecified: no reason extension
    crl = fetch_crl(server)
    assert crl_number(crl) == 3 and len(crl) == 2
    entry = crl.get_revoked_certificate_by_serial_number(other.serial_number)
    assert entry is not None and len(entry.extensions) == 0

    clock.advance(revocation.CRL_REISSUE + 1)  # an hour later a fresh CRL, same content
    later = fetch_crl(server)
    assert crl_number(later) == 4 and len(later) == 2
    assert later.last_update_utc > crl.last_update_utc


def test_listing_is_per_organisation_and_keeps_no_subject(make_server, sqlite_url, tmp_path):
    server = make_server(sqlite_url)
    outbox = tmp_path / "sms-outbox.jsonl"
    a, b = enrol(server), enrol(server)
    for c in (a, b):
        server.platform.add_signer(c.org_id, SIGNER, "+8613812345678")
    cert_a, cert_b = issue(server, a, outbox, "Alice"), issue(server, b, outbox, "Bob")
    revocations = server.platform.revocations
    assert [c["serial"] for c in revocations.list_certificates(a.org_id)] == [serial_hex(cert_a)]
    assert {c["serial"] for c in revocations.list_certificates()} == {
        serial_hex(cert_a), serial_hex(cert_b)}
    assert revocations.list_certificates("0" * 36) == []
    row = revocations.list_certificates(b.org_id)[0]
    assert set(row) == {"serial", "certificate_sha256", "org_id", "device_id", "signer_id",
                        "issued_at", "revoked_at", "reason"}
    assert row["certificate_sha256"] == hashlib.sha256(
        cert_b.public_bytes(serialization.Encoding.DER)).hexdigest()
    assert row["revoked_at"] is None and "Bob" not in repr(row)


def test_public_url_setting_and_the_listen_address(make_server, sqlite_url, tmp_path, capsys):
    with pytest.raises(ValueError, match="public URL"):
        Settings(db_url=sqlite_url, log_key_path=tmp_path / "k.pem", public_url="ftp://x")
    for bad in ("https://ca.example/", "https://ca.example/?a=1", "https://u@ca.example",
                "https://ca.example:port", "https://ca.example?", "https://ca example.cn",
                "https://ca.example/sealdesk ", "https://ca.example/\n", "https://ca.example/签章",
                "https://" + "长" * 70 + ".cn"):  # the last: no IDNA form (label too long)
        with pytest.raises(ValueError, match="public URL"):
            Settings(db_url=sqlite_url, log_key_path=tmp_path / "k.pem", public_url=bad)
    # checked when the settings load: `serve` refuses with the reason, before listening
    assert platform_main(["serve", "--db", sqlite_url, "--log-key", str(tmp_path / "k.pem"),
                          "--public-url", "https://签章 平台.cn"]) == 2
    assert "spaces" in capsys.readouterr().err
    # a Unicode host is written in its IDNA form: what certificates can carry
    server = make_server(sqlite_url, tls=False, public_url="http://PKI.签章平台.cn/sealdesk")
    assert server.platform.settings.public_url == "http://pki.xn--kpr97vz3wbsa.cn/sealdesk"
    client = enrol(server)
    server.platform.add_signer(client.org_id, SIGNER, "+8613812345678")
    cert = issue(server, client, tmp_path / "sms-outbox.jsonl")
    cdp = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    assert cdp[0].full_name[0].value == "http://pki.xn--kpr97vz3wbsa.cn/sealdesk/v1/ca/crl"
    aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    assert [a.access_location.value for a in aia] == [
        "http://pki.xn--kpr97vz3wbsa.cn/sealdesk" + p for p in ("/v1/ca/ocsp", "/v1/ca/certificate")]
    # without a public URL: the address the request arrived on, never the Host header
    plain = make_server(sqlite_url, tls=False, log_key_path=tmp_path / "second" / "k.pem")
    client = enrol(plain)
    plain.platform.add_signer(client.org_id, SIGNER, "+8613812345678")
    cert = issue(plain, client, tmp_path / "sms-outbox.jsonl", host="evil.example")
    cdp = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    assert cdp[0].full_name[0].value == plain.base_url + "/v1/ca/crl"
    assert plain.base_url.startswith("http://127.0.0.1:")

    from server.main import _listen_url, _parser

    def listen(*argv: str) -> str | None:
        return _listen_url(_parser().parse_args(["serve", *argv]))

    assert listen("--port", "9000") == "http://127.0.0.1:9000"
    assert listen("--host", "::1", "--port", "9000") == "http://[::1]:9000"
    assert listen("--host", "0.0.0.0", "--tls-cert", "c", "--tls-key", "k") is None  # noqa: S104
    assert listen("--host", "sign.example", "--tls-cert", "c", "--tls-key", "k") == \
        "https://sign.example:8443"


def test_operator_cli_revokes_and_openssl_verifies_the_crl(make_server, sqlite_url, tmp_path,
                                                          capsys):
    openssl = require_tool("openssl")
    log_key = tmp_path / "log-key.pem"
    server = make_server(sqlite_url, tls=False, log_key_path=log_key)
    client = enrol(server)
    server.platform.add_signer(client.org_id, SIGNER, "+8613812345678")
    cert = issue(server, client, tmp_path / "sms-outbox.jsonl")
    common = ["--db", sqlite_url, "--log-key", str(log_key)]
    assert sorted(REASON_NAMES) == sorted(revocation.REASONS)

    assert platform_main(["cert", "list", "--json", *common]) == 0
    assert '"revoked_at": null' in capsys.readouterr().out
    assert platform_main(["cert", "revoke", "--serial", "ff", *common]) == 2
    assert "no certificate" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        platform_main(["cert", "revoke", "--serial", serial_hex(cert), "--reason", "hold",
                       *common])
    capsys.readouterr()
    assert platform_main(["cert", "revoke", "--serial", serial_hex(cert).upper(), "--reason",
                          "keyCompromise", *common]) == 0
    assert platform_main(["cert", "list", "--org", client.org_id, *common]) == 0
    out = capsys.readouterr().out
    assert serial_hex(cert) in out and "(keyCompromise)" in out

    # the running server (another Platform on the same database) serves the new CRL
    r = server.http().get("/v1/ca/crl")
    crl_file, ca_file = tmp_path / "ca.crl", tmp_path / "ca.pem"
    crl_file.write_bytes(r.content)
    ca_file.write_bytes(server.platform.issuance.ca.certificate.public_bytes(
        serialization.Encoding.PEM))
    check = subprocess.run([openssl, "crl", "-inform", "DER", "-in", str(crl_file), "-CAfile",
                            str(ca_file), "-noout", "-text"], capture_output=True, text=True,
                           timeout=30)
    assert check.returncode == 0 and "verify OK" in check.stderr, check
    serials = [int(x, 16) for x in re.findall(r"Serial Number: ([0-9A-F]+)", check.stdout)]
    assert serials == [cert.serial_number]
    assert "Key Compromise" in check.stdout and "X509v3 CRL Number" in check.stdout
    # a CRL signed by another key fails OpenSSL's check (the check can fail)
    stranger = tmp_path / "stranger.pem"
    stranger.write_bytes(make_other_ca())
    bad = subprocess.run([openssl, "crl", "-inform", "DER", "-in", str(crl_file), "-CAfile",
                          str(stranger), "-noout"], capture_output=True, text=True, timeout=30)
    assert "verify OK" not in bad.stderr


def make_other_ca() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "SealDesk Reference Platform CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


def test_a_version_4_database_gets_the_revocation_tables(sqlite_url, tmp_path):
    settings = Settings(db_url=sqlite_url, log_key_path=tmp_path / "k.pem")
    first = Platform(settings)
    with first.db.write() as conn:
        conn.execute(text("DROP TABLE certificate_revocations"))
        conn.execute(text("DROP TABLE ca_crls"))
        conn.execute(text("DELETE FROM schema_version"))
        conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (4, 0)"))
    first.close()
    again = Platform(settings)
    try:
        with again.db.read() as conn:
            assert migrations.current_version(conn) == migrations.LATEST == 5
        assert crl_number(x509.load_der_x509_crl(again.revocations.current_crl().der)) == 1
    finally:
        again.close()
    # another CA on the same database (the operator changed --ca-key): its own CRL at once
    other = Platform(Settings(db_url=sqlite_url, log_key_path=tmp_path / "other" / "k.pem"))
    try:
        crl = x509.load_der_x509_crl(other.revocations.current_crl().der)
        assert crl_number(crl) == 2
        assert crl.is_signature_valid(other.issuance.ca.certificate.public_key())
    finally:
        other.close()
