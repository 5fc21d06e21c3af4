"""The demo/test PKI and its real HTTP services (TSA, OCSP, CRL, CA certificates) on 127.0.0.1.

Run with the fixtures plugin: ``pytest -p tests.fixtures.pki tests/net/test_pki_services.py``.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import http.client
import os
import stat
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from asn1crypto import tsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError
from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
from pyhanko.sign.validation.status import TimestampSignatureStatus
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    RevokedError,
)

from crypto.pki import (
    DEMO_P12_PASSWORD,
    LEAF_NAMES,
    TSA_POLICY_OID,
    Pki,
    PkiServer,
    TimeStampReply,
    generate_pki,
    ocsp_request_for,
)
from tests.conftest import require_tool

pytestmark = pytest.mark.net

DIGEST = hashlib.sha256(b"contract.pdf byte ranges").digest()


# --- helpers -----------------------------------------------------------------------------------


def request(
    method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    """One plain HTTP exchange: status, headers, body."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def basic_auth(user: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def timestamp(url: str, **kwargs: Any) -> Any:
    stamper = HTTPTimeStamper(url, **kwargs)
    return asyncio.run(stamper.async_timestamp(DIGEST, "sha256"))


def ts_query(nonce: int | None = 12345) -> bytes:
    fields: dict[str, Any] = {
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": DIGEST},
        "cert_req": True,
    }
    if nonce is not None:
        fields["nonce"] = nonce
    return bytes(tsp.TimeStampReq(fields).dump())


def validate(pki: Pki, name: str, **context: Any) -> Any:
    """Path validation of ``name`` against the root only, fetching through the services."""
    context.setdefault("allow_fetching", True)
    context.setdefault("revocation_mode", "require")

    async def run() -> Any:
        vc = ValidationContext(trust_roots=[pki.root.cert], **context)
        try:
            validator = CertificateValidator(pki[name].cert, validation_context=vc)
            return await validator.async_validate_usage({"non_repudiation"})
        finally:
            await vc.aclose()

    return asyncio.run(run())


def post_ocsp(server: PkiServer, der: bytes) -> ocsp.OCSPResponse:
    status, headers, body = request(
        "POST", server.ocsp_url, der, {"Content-Type": "application/ocsp-request"}
    )
    assert status == 200
    assert headers["Content-Type"] == "application/ocsp-response"
    return ocsp.load_der_ocsp_response(body)


def verify_responder_signature(response: ocsp.OCSPResponse, signer: x509.Certificate) -> None:
    public_key = signer.public_key()
    assert isinstance(public_key, rsa.RSAPublicKey)
    assert response.signature_hash_algorithm is not None
    public_key.verify(
        response.signature,
        response.tbs_response_bytes,
        padding.PKCS1v15(),
        response.signature_hash_algorithm,
    )


def raw_drop_check(url: str) -> None:
    """The connection closes without any answer."""
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        request("POST", url, ts_query(), {"Content-Type": "application/timestamp-query"})


# --- the generated PKI ---------------------------------------------------------------------------


def test_pki_shape(test_pki: Pki) -> None:
    assert set(test_pki.leaves) == set(LEAF_NAMES)
    root = test_pki.root.crypto_cert
    inter = test_pki.intermediate.crypto_cert
    assert root.public_key().key_size == 3072  # type: ignore[union-attr]
    assert inter.public_key().key_size == 2048  # type: ignore[union-attr]
    for ca in (root, inter):
        bc = ca.extensions.get_extension_for_class(x509.BasicConstraints)
        assert bc.critical and bc.value.ca
        ku = ca.extensions.get_extension_for_class(x509.KeyUsage)
        assert ku.critical and ku.value.key_cert_sign and ku.value.crl_sign
        ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        ca.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
    inter.verify_directly_issued_by(root)

    eku = test_pki.tsa.crypto_cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert eku.critical and list(eku.value) == [ExtendedKeyUsageOID.TIME_STAMPING]
    responder = test_pki.ocsp.crypto_cert
    assert (
        ExtendedKeyUsageOID.OCSP_SIGNING
        in responder.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    )
    responder.extensions.get_extension_for_class(x509.OCSPNoCheck)

    seal = test_pki["seal-rsa"].crypto_cert
    subject = {a.oid: a.value for a in seal.subject}
    assert subject == {
        NameOID.COUNTRY_NAME: "CN",
        NameOID.ORGANIZATION_NAME: "示例科技有限公司",
        NameOID.ORGANIZATIONAL_UNIT_NAME: "合同专用章",
        NameOID.COMMON_NAME: "示例科技有限公司",
        NameOID.SERIAL_NUMBER: "91110000MA01ABCD2Q",
    }
    assert test_pki["seal-ec"].crypto_cert.subject == seal.subject
    assert isinstance(test_pki["seal-ec"].key, ec.EllipticCurvePrivateKey)
    assert (
        test_pki["person-rsa"]
        .crypto_cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0]
        .value
        == "张三"
    )

    base = test_pki.base_url
    for name in LEAF_NAMES:
        cert = test_pki[name].crypto_cert
        cert.verify_directly_issued_by(inter)
        aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
        assert {d.access_location.value for d in aia} == {
            f"{base}/ocsp",
            f"{base}/certs/intermediate.crt",
        }
        cdp = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
        assert cdp[0].full_name[0].value == f"{base}/crl/intermediate.crl"
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        signing = name != "no-sign-usage"
        assert (usage.digital_signature, usage.content_commitment, usage.key_encipherment) == (
            signing,
            signing,
            not signing,
        )
        assert test_pki[name].chain[-1].dump() == test_pki.root.cert.dump()

    now = dt.datetime.now(dt.UTC)
    assert test_pki["expired"].crypto_cert.not_valid_after_utc < now
    assert test_pki["not-yet-valid"].crypto_cert.not_valid_before_utc > now
    assert test_pki.revoked_serials == {test_pki["revoked"].serial}


def test_generate_subset_and_company() -> None:
    pki = generate_pki("http://127.0.0.1:9/", company="测试公司", leaves=["seal-rsa"])
    assert list(pki.leaves) == ["seal-rsa"]
    assert pki.base_url == "http://127.0.0.1:9"
    org = pki["seal-rsa"].crypto_cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    assert org[0].value == "测试公司"
    assert pki.revoked_serials == frozenset()
    with pytest.raises(ValueError, match="unknown leaf"):
        generate_pki("http://127.0.0.1:9", leaves=["nope"])


def test_save_and_load(test_pki: Pki, pki_dir: Path) -> None:
    for name in ("seal-rsa", "tsa", "root"):
        assert stat.S_IMODE(os.stat(pki_dir / f"{name}.key").st_mode) == 0o600
        assert stat.S_IMODE(os.stat(pki_dir / f"{name}.p12").st_mode) == 0o600
        assert (pki_dir / f"{name}.der").read_bytes() == test_pki[name].cert_der()
    assert (pki_dir / "seal-rsa-chain.pem").read_bytes() == test_pki["seal-rsa"].chain_pem()

    key, cert, cas = pkcs12.load_key_and_certificates(
        (pki_dir / "seal-ec.p12").read_bytes(), DEMO_P12_PASSWORD
    )
    assert cert is not None and cert.public_bytes(serialization.Encoding.DER) == (
        test_pki["seal-ec"].cert_der()
    )
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert len(cas) == 2

    loaded = Pki.load(pki_dir)
    assert loaded.base_url == test_pki.base_url
    assert loaded.revocations == test_pki.revocations
    assert list(loaded.identities) == list(test_pki.identities)
    for name, identity in test_pki.identities.items():
        assert loaded[name].cert.dump() == identity.cert.dump()
        assert [c.dump() for c in loaded[name].chain] == [c.dump() for c in identity.chain]
        assert loaded[name].key_pem() == identity.key_pem()


# --- TSA ----------------------------------------------------------------------------------------


def test_tsa_token_validates(fresh_pki_server: PkiServer) -> None:
    pki = fresh_pki_server.pki
    token = timestamp(fresh_pki_server.tsa_url)
    assert fresh_pki_server.hits["tsa"] == 1

    signed_data = token["content"]
    embedded = {c.chosen.dump() for c in signed_data["certificates"]}
    assert embedded == {c.dump() for c in pki.tsa.chain}
    info = signed_data["encap_content_info"]["content"].parsed
    assert info["policy"].native == TSA_POLICY_OID
    assert abs(info["gen_time"].native - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)

    async def check() -> TimestampSignatureStatus:
        vc = ValidationContext(
            trust_roots=[pki.root.cert], allow_fetching=True, revocation_mode="require"
        )
        try:
            kwargs = await validate_tst_signed_data(signed_data, vc, lambda algo: DIGEST)
        finally:
            await vc.aclose()
        return TimestampSignatureStatus(**kwargs)

    status = asyncio.run(check())
    assert status.intact and status.valid and status.trusted
    assert fresh_pki_server.hits["ocsp"] >= 1  # the TSA certificate was checked online


def test_tsa_token_verifies_with_openssl(
    fresh_pki_server: PkiServer, pki_dir: Path, tmp_path: Path
) -> None:
    openssl = require_tool("openssl")
    status, headers, body = request(
        "POST",
        fresh_pki_server.tsa_url,
        ts_query(),
        {"Content-Type": "application/timestamp-query"},
    )
    assert (status, headers["Content-Type"]) == (200, "application/timestamp-reply")
    response = tmp_path / "reply.tsr"
    response.write_bytes(body)
    result = subprocess.run(
        [
            openssl,
            "ts",
            "-verify",
            "-in",
            str(response),
            "-digest",
            DIGEST.hex(),
            "-CAfile",
            str(pki_dir / "root.pem"),
            "-untrusted",
            str(pki_dir / "tsa-chain.pem"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Verification: OK" in result.stdout


def test_tsa_basic_auth(fresh_pki_server: PkiServer) -> None:
    fresh_pki_server.tsa_auth = ("stamp", "s3cret")
    with pytest.raises(TimestampRequestError):
        timestamp(fresh_pki_server.tsa_url)
    with pytest.raises(TimestampRequestError):
        timestamp(fresh_pki_server.tsa_url, headers=basic_auth("stamp", "wrong"))
    status, headers, _ = request(
        "POST",
        fresh_pki_server.tsa_url,
        ts_query(),
        {"Content-Type": "application/timestamp-query"},
    )
    assert status == 401 and headers["WWW-Authenticate"].startswith("Basic")

    # (pyHanko's auth= works too, but aiohttp deprecates what it does with it)
    token = timestamp(fresh_pki_server.tsa_url, headers=basic_auth("stamp", "s3cret"))
    assert (
        token["content"]["encap_content_info"]["content"]
        .parsed["message_imprint"]["hashed_message"]
        .native
        == DIGEST
    )
    assert fresh_pki_server.hits["tsa"] == 4


def test_tsa_rejects_bad_requests(fresh_pki_server: PkiServer) -> None:
    url = fresh_pki_server.tsa_url
    query = {"Content-Type": "application/timestamp-query"}
    status, _, _ = request("POST", url, ts_query(), {"Content-Type": "text/plain"})
    assert status == 415
    status, _, _ = request("GET", url)
    assert status == 405

    status, _, body = request("POST", url, b"not DER", query)
    reply = TimeStampReply.load(body)  # asn1crypto's TimeStampResp cannot parse rejections
    assert status == 200 and reply["status"]["status"].native == "rejection"
    assert reply["status"]["fail_info"].native == {"bad_data_format"}

    short = tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": {"algorithm": "sha256"},
                "hashed_message": b"\x00" * 20,
            },
        }
    ).dump()
    reply = TimeStampReply.load(request("POST", url, short, query)[2])
    assert reply["status"]["fail_info"].native == {"bad_data_format"}

    granted = tsp.TimeStampResp.load(request("POST", url, ts_query(nonce=987654321), query)[2])
    assert granted["status"]["status"].native == "granted"
    token_info = granted["time_stamp_token"]["content"]["encap_content_info"]["content"].parsed
    assert token_info["nonce"].native == 987654321


# --- OCSP ---------------------------------------------------------------------------------------


def test_ocsp_good_and_revoked(fresh_pki_server: PkiServer) -> None:
    pki = fresh_pki_server.pki
    responder = pki.ocsp.crypto_cert
    for name, expected in (("seal-rsa", ocsp.OCSPCertStatus.GOOD), ("revoked", None)):
        nonce = os.urandom(16)
        response = post_ocsp(fresh_pki_server, ocsp_request_for(pki, name, nonce=nonce))
        assert response.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL
        assert response.serial_number == pki[name].serial
        assert response.certificates == [responder]
        assert response.responder_key_hash == (
            x509.SubjectKeyIdentifier.from_public_key(responder.public_key()).digest
        )
        verify_responder_signature(response, responder)
        assert response.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce == nonce
        assert response.next_update_utc is not None
        assert response.this_update_utc <= dt.datetime.now(dt.UTC) < response.next_update_utc
        if expected is not None:
            assert response.certificate_status == expected
        else:
            assert response.certificate_status == ocsp.OCSPCertStatus.REVOKED
            revocation = pki.revocations[pki["revoked"].serial]
            assert response.revocation_time_utc == revocation.time
            assert response.revocation_reason == x509.ReasonFlags.key_compromise
    assert fresh_pki_server.hits["ocsp"] == 2


def test_ocsp_get_forms(fresh_pki_server: PkiServer) -> None:
    der = ocsp_request_for(fresh_pki_server.pki, "seal-ec")
    std = base64.b64encode(der).decode()
    url_safe = base64.urlsafe_b64encode(der).decode().rstrip("=")
    for encoded in (quote(std, safe=""), std, url_safe):
        status, headers, body = request("GET", f"{fresh_pki_server.ocsp_url}/{encoded}")
        assert status == 200, encoded
        assert ocsp.load_der_ocsp_response(body).certificate_status == ocsp.OCSPCertStatus.GOOD
    assert request("GET", f"{fresh_pki_server.ocsp_url}/%%%")[0] == 400


def test_ocsp_other_answers(fresh_pki_server: PkiServer) -> None:
    pki = fresh_pki_server.pki
    # the intermediate is answered by the root itself
    response = post_ocsp(fresh_pki_server, ocsp_request_for(pki, "intermediate"))
    assert response.certificate_status == ocsp.OCSPCertStatus.GOOD
    verify_responder_signature(response, pki.root.crypto_cert)

    # an unknown serial of a known CA: "unknown"
    inter = pki.intermediate.crypto_cert
    name_hash = hashlib.sha1(inter.subject.public_bytes()).digest()  # noqa: S324
    key_hash = x509.SubjectKeyIdentifier.from_public_key(inter.public_key()).digest
    unknown = ocsp.OCSPRequestBuilder().add_certificate_by_hash(
        name_hash, key_hash, 4242, hashes.SHA1()
    )
    response = post_ocsp(fresh_pki_server, unknown.build().public_bytes(serialization.Encoding.DER))
    assert response.certificate_status == ocsp.OCSPCertStatus.UNKNOWN

    # a foreign issuer: "unauthorized"; garbage: "malformedRequest"
    other = generate_pki("http://127.0.0.1:9", leaves=["seal-rsa"])
    response = post_ocsp(fresh_pki_server, ocsp_request_for(other, "seal-rsa"))
    assert response.response_status == ocsp.OCSPResponseStatus.UNAUTHORIZED
    response = post_ocsp(fresh_pki_server, b"\x30\x03\x02\x01\x01")
    assert response.response_status == ocsp.OCSPResponseStatus.MALFORMED_REQUEST


def test_openssl_ocsp_client(fresh_pki_server: PkiServer, pki_dir: Path) -> None:
    openssl = require_tool("openssl")
    for name, word in (("seal-rsa", "good"), ("revoked", "revoked")):
        result = subprocess.run(
            [
                openssl,
                "ocsp",
                "-url",
                fresh_pki_server.ocsp_url,
                "-issuer",
                str(pki_dir / "intermediate.pem"),
                "-cert",
                str(pki_dir / f"{name}.pem"),
                "-CAfile",
                str(pki_dir / "root.pem"),
                "-verify_other",
                str(pki_dir / "intermediate.pem"),
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Response verify OK" in result.stderr + result.stdout
        assert f"{name}.pem: {word}" in result.stdout


def test_runtime_issue_and_revoke(fresh_pki_server: PkiServer) -> None:
    pki = fresh_pki_server.pki
    token_key = ec.generate_private_key(ec.SECP256R1())
    identity = pki.issue("token-seal", public_key=token_key.public_key())
    assert identity.key is None
    assert validate(pki, "token-seal")
    pki.revoke("token-seal")
    with pytest.raises(RevokedError):
        validate(pki, "token-seal")
    crl = x509.load_der_x509_crl(request("GET", fresh_pki_server.crl_url())[2])
    assert crl.get_revoked_certificate_by_serial_number(identity.serial) is not None


# --- CRL and CA certificates ----------------------------------------------------------------------


def test_crls(fresh_pki_server: PkiServer) -> None:
    pki = fresh_pki_server.pki
    for ca in ("intermediate", "root"):
        status, headers, body = request("GET", fresh_pki_server.crl_url(ca))
        assert (status, headers["Content-Type"]) == (200, "application/pkix-crl")
        crl = x509.load_der_x509_crl(body)
        assert crl.is_signature_valid(pki.cas[ca].crypto_cert.public_key())  # type: ignore[arg-type]
        assert crl.issuer == pki.cas[ca].crypto_cert.subject
        assert crl.next_update_utc is not None
        assert crl.next_update_utc - dt.datetime.now(dt.UTC) > dt.timedelta(days=2)
        listed = {entry.serial_number for entry in crl}
        assert listed == (pki.revoked_serials if ca == "intermediate" else set())
    assert request("GET", f"{fresh_pki_server.base_url}/crl/tsa.crl")[0] == 404
    assert fresh_pki_server.hits["crl"] == 3


def test_ca_certificates(fresh_pki_server: PkiServer) -> None:
    for ca in ("root", "intermediate"):
        status, headers, body = request("GET", fresh_pki_server.ca_cert_url(ca))
        assert (status, headers["Content-Type"]) == (200, "application/pkix-cert")
        assert body == fresh_pki_server.pki[ca].cert_der()
    assert request("GET", f"{fresh_pki_server.base_url}/certs/seal-rsa.crt")[0] == 404
    assert request("GET", f"{fresh_pki_server.base_url}/nothing")[0] == 404
    assert fresh_pki_server.hits["other"] == 1
