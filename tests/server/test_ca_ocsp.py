"""The reference CA's OCSP responder on the real platform (uvicorn on 127.0.0.1): OpenSSL's
``openssl ocsp`` client against it (good, revoked after ``sealdesk-platform cert revoke``,
unknown, another issuer), the response's fields checked with cryptography, the GET form with
its URL encodings, and what malformed, oversized or foreign requests are answered."""

from __future__ import annotations

import base64
import re
import secrets
import subprocess
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from asn1crypto import algos as asn1_algos
from asn1crypto import ocsp as asn1_ocsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509 import ocsp
from cryptography.x509.oid import AuthorityInformationAccessOID

from server.main import main as platform_main
from server.ocsp import MAX_REQUEST, request_from_url
from tests.conftest import require_tool
from tests.server import test_ca_revocation as revocation_tests
from tests.server.harness import ServerThread
from tests.server.test_ca_revocation import SIGNER, issue, make_other_ca, serial_hex
from tests.server.test_ledger_api import enrol

pytestmark = pytest.mark.net
ca_platform = revocation_tests.ca_platform  # a platform with a clock, on SQLite and PostgreSQL
OCSP = "/v1/ca/ocsp"


def ocsp_request(cert: x509.Certificate, issuer: x509.Certificate,
                 algorithm: hashes.HashAlgorithm | None = None, nonce: bytes | None = None
                 ) -> bytes:
    builder = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, algorithm or hashes.SHA1())  # noqa: S303
    if nonce is not None:
        builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
    return builder.build().public_bytes(serialization.Encoding.DER)


def post(server: ServerThread, der: bytes) -> ocsp.OCSPResponse:
    r = server.http().post(OCSP, content=der,  # no device headers: public
                           headers={"Content-Type": "application/ocsp-request"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/ocsp-response"
    assert r.headers["cache-control"] == "no-store"
    return ocsp.load_der_ocsp_response(r.content)


def check_signed_by(resp: ocsp.OCSPResponse, ca: x509.Certificate) -> None:
    """Signed by the CA key itself, ECDSA-SHA256, the responder named by the CA's key hash."""
    assert resp.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL
    public = ca.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    assert isinstance(resp.signature_hash_algorithm, hashes.SHA256)
    public.verify(resp.signature, resp.tbs_response_bytes, ec.ECDSA(hashes.SHA256()))
    assert resp.responder_key_hash == x509.SubjectKeyIdentifier.from_public_key(public).digest
    assert resp.responder_name is None


def openssl_ocsp(openssl: str, url: str, ca: Path, *target: str, issuer: Path | None = None,
                 respout: Path | None = None) -> subprocess.CompletedProcess[str]:
    args = [openssl, "ocsp", "-issuer", str(issuer or ca), *target, "-url", url + OCSP,
            "-CAfile", str(ca), "-resp_text"]
    if respout is not None:
        args += ["-respout", str(respout)]
    return subprocess.run(args, capture_output=True, text=True, timeout=30)


def test_openssl_ocsp_client_sees_good_then_revoked_and_unknown(make_server, sqlite_url,
                                                                tmp_path, capsys):
    openssl = require_tool("openssl")
    log_key = tmp_path / "log-key.pem"
    server = make_server(sqlite_url, tls=False, log_key_path=log_key)
    client = enrol(server)
    server.platform.add_signer(client.org_id, SIGNER, "+8613812345678")
    cert = issue(server, client, tmp_path / "sms-outbox.jsonl")
    ca_cert = server.platform.issuance.ca.certificate
    aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    assert [d.access_location.value for d in aia
            if d.access_method == AuthorityInformationAccessOID.OCSP] == [server.base_url + OCSP]
    ca = tmp_path / "ca.pem"
    ca.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    leaf = tmp_path / "leaf.pem"
    leaf.write_bytes(cert.public_bytes(serialization.Encoding.PEM))

    # good, with OpenSSL's nonce (echoed: no "WARNING: no nonce") and a SHA-1 CertID
    saved = tmp_path / "good.der"
    good = openssl_ocsp(openssl, server.base_url, ca, "-cert", str(leaf), respout=saved)
    assert good.returncode == 0, good
    assert "Response verify OK" in good.stderr and "WARNING" not in good.stderr, good
    assert f"{leaf}: good" in good.stdout and "Next Update:" in good.stdout, good
    assert "OCSP Nonce" in good.stdout and "Hash Algorithm: sha1" in good.stdout, good
    resp = ocsp.load_der_ocsp_response(saved.read_bytes())
    check_signed_by(resp, ca_cert)
    assert resp.certificate_status == ocsp.OCSPCertStatus.GOOD
    assert resp.serial_number == cert.serial_number
    # a SHA-256 CertID is answered in kind
    sha256 = openssl_ocsp(openssl, server.base_url, ca, "-sha256", "-cert", str(leaf))
    assert "Response verify OK" in sha256.stderr and f"{leaf}: good" in sha256.stdout, sha256
    assert "Hash Algorithm: sha256" in sha256.stdout, sha256

    assert platform_main(["cert", "revoke", "--serial", serial_hex(cert), "--reason",
                          "keyCompromise", "--db", sqlite_url, "--log-key", str(log_key)]) == 0
    capsys.readouterr()
    revoked = openssl_ocsp(openssl, server.base_url, ca, "-cert", str(leaf), respout=saved)
    assert "Response verify OK" in revoked.stderr, revoked
    assert f"{leaf}: revoked" in revoked.stdout and "Reason: keyCompromise" in revoked.stdout
    assert "Revocation Time:" in revoked.stdout, revoked
    resp = ocsp.load_der_ocsp_response(saved.read_bytes())
    assert resp.certificate_status == ocsp.OCSPCertStatus.REVOKED
    listed = server.platform.revocations.list_certificates()[0]
    assert resp.revocation_time_utc is not None
    assert resp.revocation_time_utc.timestamp() == int(listed["revoked_at"])
    assert resp.revocation_reason == x509.ReasonFlags.key_compromise

    # a serial the CA never issued
    unknown = openssl_ocsp(openssl, server.base_url, ca, "-serial", "0x1234abcd")
    assert "Response verify OK" in unknown.stderr and ": unknown" in unknown.stdout, unknown
    # a CertID naming another CA (same name, other key): not this responder's to answer
    other = tmp_path / "other-ca.pem"
    other.write_bytes(make_other_ca())
    foreign = openssl_ocsp(openssl, server.base_url, ca, "-cert", str(leaf), issuer=other)
    assert "unauthorized" in (foreign.stdout + foreign.stderr), foreign
    assert "Response verify OK" not in foreign.stderr, foreign


def test_response_fields_follow_the_crl(ca_platform):
    server, client, clock, outbox = ca_platform
    ca = server.platform.issuance.ca.certificate
    cert = issue(server, client, outbox)
    other = issue(server, client, outbox, "李四")
    nonce = secrets.token_bytes(32)
    for algorithm in (hashes.SHA1(), hashes.SHA256(), hashes.SHA512()):  # noqa: S303
        resp = post(server, ocsp_request(cert, ca, algorithm, nonce))
        check_signed_by(resp, ca)
        assert resp.certificate_status == ocsp.OCSPCertStatus.GOOD
        assert resp.hash_algorithm.name == algorithm.name
        assert resp.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce == nonce
        assert resp.certificates == []
    crl = x509.load_der_x509_crl(server.http().get("/v1/ca/crl").content)
    assert abs(resp.this_update_utc.timestamp() - clock()) < 2
    assert resp.next_update_utc == crl.next_update_utc  # never beyond the CRL saying the same
    without = post(server, ocsp_request(cert, ca))
    assert len(without.extensions) == 0  # no nonce asked, none given

    clock.advance(7200)  # the CRL is re-signed when due; the OCSP answer follows it
    later = post(server, ocsp_request(cert, ca))
    crl = x509.load_der_x509_crl(server.http().get("/v1/ca/crl").content)
    assert later.next_update_utc == crl.next_update_utc > resp.next_update_utc

    server.platform.revocations.revoke(serial_hex(cert))  # unspecified: no reason given
    resp = post(server, ocsp_request(cert, ca, hashes.SHA256()))
    assert resp.certificate_status == ocsp.OCSPCertStatus.REVOKED
    assert resp.revocation_reason is None and resp.revocation_time_utc is not None
    # revoking one leaves the others good
    assert post(server, ocsp_request(other, ca)).certificate_status == ocsp.OCSPCertStatus.GOOD


def _get(server: ServerThread, path: str) -> httpx.Response:
    r = server.http().get(path)
    assert r.status_code == 200 and r.headers["content-type"] == "application/ocsp-response"
    return r


def test_get_form_with_its_url_encodings(make_server, sqlite_url, tmp_path):
    server = make_server(sqlite_url)
    client = enrol(server)
    server.platform.add_signer(client.org_id, SIGNER, "+8613812345678")
    cert = issue(server, client, tmp_path / "sms-outbox.jsonl")
    ca = server.platform.issuance.ca.certificate
    der, attempt = b"", 0
    while not all(c in base64.b64encode(der).decode() for c in "+/="):  # all three to encode
        attempt += 1
        nonce = secrets.token_bytes(16 + attempt % 3)  # some lengths need no padding
        der = ocsp_request(cert, ca, nonce=nonce)
    standard = base64.b64encode(der).decode()
    url_safe = base64.urlsafe_b64encode(der).decode().rstrip("=")
    for encoded in (quote(standard, safe=""), url_safe, quote(standard, safe="/+"),
                    standard.replace("+", "%2B").replace("=", "%3D")):
        r = _get(server, f"{OCSP}/{encoded}")
        resp = ocsp.load_der_ocsp_response(r.content)
        check_signed_by(resp, ca)
        assert resp.certificate_status == ocsp.OCSPCertStatus.GOOD
        assert resp.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce == nonce
        assert r.headers["cache-control"] == "no-store"  # answers with a nonce are one-off
    plain = ocsp_request(cert, ca)  # no nonce: an HTTP cache may keep it while the CRL holds
    r = _get(server, f"{OCSP}/{quote(base64.b64encode(plain).decode(), safe='')}")
    max_age = int(re.fullmatch(r"public, max-age=(\d+)", r.headers["cache-control"])[1])
    assert 3500 < max_age <= 3600
    server.platform.revocations.revoke(serial_hex(cert), "superseded")
    r = _get(server, f"{OCSP}/{base64.urlsafe_b64encode(plain).decode()}")
    resp = ocsp.load_der_ocsp_response(r.content)
    assert resp.certificate_status == ocsp.OCSPCertStatus.REVOKED
    assert resp.revocation_reason == x509.ReasonFlags.superseded


def _status(r: httpx.Response) -> ocsp.OCSPResponseStatus:
    assert r.status_code == 200 and r.headers["content-type"] == "application/ocsp-response"
    assert r.headers["cache-control"] == "no-store"
    return ocsp.load_der_ocsp_response(r.content).response_status


def _two_requests(cert: x509.Certificate, ca: x509.Certificate) -> bytes:
    one = asn1_ocsp.OCSPRequest.load(ocsp_request(cert, ca))
    single = one["tbs_request"]["request_list"][0]
    return asn1_ocsp.OCSPRequest({"tbs_request": asn1_ocsp.TBSRequest({
        "request_list": asn1_ocsp.Requests([single, single])})}).dump()


def _with_hash(der: bytes, algorithm: str) -> bytes:
    return _with_cert_id(der, "hash_algorithm",
                         asn1_algos.DigestAlgorithm({"algorithm": algorithm}))


def _with_cert_id(der: bytes, field: str, value: object) -> bytes:
    request = asn1_ocsp.OCSPRequest.load(der)
    request["tbs_request"]["request_list"][0]["req_cert"][field] = value
    return request.dump(force=True)


def test_malformed_foreign_and_oversized_requests(make_server, sqlite_url, tmp_path):
    server = make_server(sqlite_url)
    client = enrol(server)
    server.platform.add_signer(client.org_id, SIGNER, "+8613812345678")
    cert = issue(server, client, tmp_path / "sms-outbox.jsonl")
    ca = server.platform.issuance.ca.certificate
    http = server.http()
    malformed, unauthorized = (ocsp.OCSPResponseStatus.MALFORMED_REQUEST,
                               ocsp.OCSPResponseStatus.UNAUTHORIZED)

    def posted(body: bytes) -> ocsp.OCSPResponseStatus:
        return _status(http.post(OCSP, content=body,
                                 headers={"Content-Type": "application/ocsp-request"}))

    assert posted(b"") == malformed
    assert posted(b"not an OCSP request") == malformed
    assert posted(ocsp_request(cert, ca)[:-3]) == malformed
    assert posted(_two_requests(cert, ca)) == malformed  # RFC 5019: one certificate a request
    assert posted(ocsp_request(cert, ca, nonce=b"\x01" * 129)) == malformed  # RFC 9654
    assert posted(ocsp_request(cert, ca, nonce=b"\x01" * 128)) == ocsp.OCSPResponseStatus.SUCCESSFUL
    # another CA: a certificate with our serial, issued by a stranger of the same name
    other_ca = x509.load_pem_x509_certificate(make_other_ca())
    assert posted(ocsp_request(cert, other_ca)) == unauthorized
    assert posted(ocsp_request(cert, other_ca, hashes.SHA256())) == unauthorized
    # a CertID hash the responder cannot compute cannot be matched to this CA
    assert posted(_with_hash(ocsp_request(cert, ca), "md5")) == unauthorized
    assert posted(_with_hash(ocsp_request(cert, ca), "sha3_256")) == unauthorized
    # serials: a negative one is malformed, one longer than any this CA makes is unknown
    assert posted(_with_cert_id(ocsp_request(cert, ca), "serial_number", -5)) == malformed
    huge = http.post(OCSP, content=_with_cert_id(ocsp_request(cert, ca), "serial_number",
                                                 cert.serial_number << 200))
    assert ocsp.load_der_ocsp_response(huge.content).certificate_status == \
        ocsp.OCSPCertStatus.UNKNOWN

    # the body limit: refused before anything parses it
    r = http.post(OCSP, content=b"\x30" * (MAX_REQUEST + 1),
                  headers={"Content-Type": "application/ocsp-request"})
    assert r.status_code == 413 and r.json()["error"] == "body_too_large"

    good = base64.b64encode(ocsp_request(cert, ca, nonce=b"n" * 16)).decode()
    assert _status(http.get(f"{OCSP}/{quote(good, safe='')}")) == \
        ocsp.OCSPResponseStatus.SUCCESSFUL
    for bad in ("", "!!!!", quote("MIIB*A==", safe=""), good[:-5],
                good.replace("/", "_", 1) + "-" if "/" in good else good + "_+",  # mixed alphabets
                "A" * (MAX_REQUEST * 2)):
        assert _status(http.get(f"{OCSP}/{bad}")) == malformed, bad
    # no route takes a request with a query in place of the path
    assert http.get(OCSP).status_code in (404, 405)


def test_request_from_url():
    der = bytes(range(256)) * 2
    standard = base64.b64encode(der).decode()
    assert request_from_url(standard) == der
    assert request_from_url(standard.rstrip("=")) == der
    assert request_from_url(base64.urlsafe_b64encode(der).decode().rstrip("=")) == der
    assert request_from_url(standard.replace("+", " ")) == der  # a form decoder's space
    for bad in ("", "A", "AB=C", "AB===", "A-B+", "Zm9v\n", "Zm9v%2F"):
        assert request_from_url(bad) is None, bad
    assert request_from_url("A" * (MAX_REQUEST // 3 * 4 + 8)) is None
