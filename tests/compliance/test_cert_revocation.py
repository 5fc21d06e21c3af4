"""A certificate issued by the real platform (``sealdesk cert apply``, server/ on 127.0.0.1)
signs at PAdES B-LT with revocation data from the platform: its OCSP responder's answer (what
pyHanko asks first), or its CRL while the responder is busy; `sealdesk verify` finds it valid.
Once the operator revokes it (``sealdesk-platform cert revoke``) the responder says so, and no
new signature with it is ever reviewed as valid.  OpenSSL checks the CRL, pdfsig the
signature."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import ocsp

from app.cli.main import main
from server.main import main as platform_main
from server.ocsp import OcspAnswer
from tests.compliance import test_cert_apply as apply_flow
from tests.compliance.live_platform import LivePlatform
from tests.compliance.test_cert_apply import _accept, _apply, _CodeFromOutbox
from tests.conftest import require_tool
from tests.fixtures.verify import assert_pdfsig_valid

pytestmark = pytest.mark.net
# the `sealdesk cert apply` flow of that test: a live platform and a vault registered with it
live = apply_flow.live
registered_vault = apply_flow.registered_vault


def _pem(path: Path, cert: x509.Certificate) -> Path:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def _sign(contract: Path, out: Path, p12: Path, level: str, tsa: str, *trust: Path,
          capsys) -> dict:
    args = ["sign", str(contract), "-o", str(out), "--p12", str(p12), "--password-env", "P12PW",
            "--level", level, "--tsa", tsa, "--json"]
    for t in trust:
        args += ["--trust", str(t)]
    capsys.readouterr()
    code = main(args)
    doc = json.loads(capsys.readouterr().out)
    assert (code == 0) == (doc["files"][0]["status"] == "signed"), doc
    return doc


def _verify(pdf: Path, *trust: Path, capsys, offline: bool = False) -> tuple[int, dict]:
    args = ["verify", str(pdf), "--no-system-trust", "--json", "--lang", "en"]
    for t in trust:
        args += ["--trust", str(t)]
    if offline:
        args.append("--offline")
    capsys.readouterr()
    code = main(args)
    return code, json.loads(capsys.readouterr().out)["files"][0]["signatures"][0]


def _platform_ocsp(pdf: Path, platform: LivePlatform, serial: int) -> ocsp.OCSPResponse:
    """The OCSP response of the platform's CA about ``serial`` in the document security store."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    key_hash = x509.SubjectKeyIdentifier.from_public_key(
        platform.platform.issuance.ca.key.public_key()).digest
    with open(pdf, "rb") as fh:
        dss = PdfFileReader(fh).root["/DSS"]
        answers = [ocsp.load_der_ocsp_response(o.get_object().data) for o in dss["/OCSPs"]]
    ours = [a for a in answers if a.responder_key_hash == key_hash and a.serial_number == serial]
    assert len(ours) == 1, answers
    return ours[0]


class _Responder:
    """Listens to the platform's OCSP responder (the real one answers) and can make it answer
    ``tryLater``, as an overloaded responder does (RFC 6960 §2.3)."""

    def __init__(self, platform: LivePlatform, monkeypatch) -> None:
        real = platform.platform.ocsp.respond
        self.statuses: list[ocsp.OCSPCertStatus] = []
        self.down = False

        def respond(der: bytes) -> OcspAnswer:
            if self.down:
                busy = ocsp.OCSPResponseStatus.TRY_LATER
                return OcspAnswer(ocsp.OCSPResponseBuilder.build_unsuccessful(busy).public_bytes(
                    serialization.Encoding.DER), busy, None)
            answer = real(der)
            if answer.status == ocsp.OCSPResponseStatus.SUCCESSFUL:
                self.statuses.append(ocsp.load_der_ocsp_response(answer.der).certificate_status)
            return answer

        monkeypatch.setattr(platform.platform.ocsp, "respond", respond)


def _revoke(platform: LivePlatform, serial: int, reason: str) -> None:
    settings = platform.platform.settings
    assert platform_main(["cert", "revoke", "--serial", format(serial, "x"), "--reason", reason,
                          "--db", settings.db_url, "--log-key", str(settings.log_key_path)]) == 0


def test_an_issued_certificate_signs_b_lt_valid_until_revoked(
        live, registered_vault, tmp_path, capsys, monkeypatch, contract, pki_server, test_pki):
    from pyhanko.pdf_utils.reader import PdfFileReader

    _accept(registered_vault)
    _CodeFromOutbox(live, monkeypatch)
    p12 = tmp_path / "me.p12"
    assert _apply(registered_vault, p12) == 0
    loaded = pkcs12.load_pkcs12(p12.read_bytes(), b"secret-pw")
    assert loaded.cert is not None
    cert = loaded.cert.certificate
    points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    assert points[0].full_name is not None
    assert points[0].full_name[0].value == f"{live.url}/v1/ca/crl"
    ca = _pem(tmp_path / "platform-ca.pem", live.platform.issuance.ca.certificate)
    tsa_root = _pem(tmp_path / "tsa-root.pem", x509.load_der_x509_certificate(test_pki.root.cert.dump()))

    aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    assert f"{live.url}/v1/ca/ocsp" in [d.access_location.value for d in aia]

    responder = _Responder(live, monkeypatch)
    lt = tmp_path / "lt.pdf"
    doc = _sign(contract, lt, p12, "B-LT", pki_server.tsa_url, ca, tsa_root, capsys=capsys)
    assert doc["files"][0]["status"] == "signed", doc
    # pyHanko prefers OCSP: the platform's answer ("good", signed by the CA) is in the DSS
    assert responder.statuses and set(responder.statuses) == {ocsp.OCSPCertStatus.GOOD}
    answer = _platform_ocsp(lt, live, cert.serial_number)
    assert answer.certificate_status == ocsp.OCSPCertStatus.GOOD
    code, sig = _verify(lt, ca, tsa_root, capsys=capsys)
    assert (code, sig["indication"], sig["sub_indication"]) == (0, "TOTAL-PASSED", None), sig
    # B-LT: everything needed is in the file, so it stays valid with the network off
    code, sig = _verify(lt, ca, tsa_root, capsys=capsys, offline=True)
    assert (code, sig["indication"]) == (0, "TOTAL-PASSED"), sig
    assert_pdfsig_valid(lt, count=1)

    # while the responder is busy the CRL serves instead: it is what the DSS then holds
    responder.down = True
    lt_crl = tmp_path / "lt-crl.pdf"
    doc = _sign(contract, lt_crl, p12, "B-LT", pki_server.tsa_url, ca, tsa_root, capsys=capsys)
    assert doc["files"][0]["status"] == "signed", doc
    with open(lt_crl, "rb") as fh:
        dss = PdfFileReader(fh).root["/DSS"]
        crls = [x509.load_der_x509_crl(c.get_object().data) for c in dss["/CRLs"]]
    assert any(c.issuer == live.platform.issuance.ca.certificate.subject for c in crls)
    code, sig = _verify(lt_crl, ca, tsa_root, capsys=capsys, offline=True)
    assert (code, sig["indication"]) == (0, "TOTAL-PASSED"), sig
    responder.down = False

    _revoke(live, cert.serial_number, "keyCompromise")
    crl_der = tmp_path / "ca.crl"
    crl_der.write_bytes(live.platform.revocations.current_crl().der)
    check = subprocess.run([require_tool("openssl"), "crl", "-inform", "DER", "-in",
                            str(crl_der), "-CAfile", str(ca), "-noout"],
                           capture_output=True, text=True, timeout=30)
    assert check.returncode == 0 and "verify OK" in check.stderr, check

    # signing at B-LT asks the responder, is told "revoked" and refuses
    responder.statuses.clear()
    refused = tmp_path / "refused.pdf"
    doc = _sign(contract, refused, p12, "B-LT", pki_server.tsa_url, ca, tsa_root, capsys=capsys)
    assert doc["files"][0]["status"] == "failed", doc
    assert doc["files"][0]["error"]["code"] == "certificate_revoked", doc
    assert not refused.exists()
    assert ocsp.OCSPCertStatus.REVOKED in responder.statuses
    # a level that gathers nothing still signs, and the review finds it revoked
    bt = tmp_path / "bt.pdf"
    doc = _sign(contract, bt, p12, "B-T", pki_server.tsa_url, ca, tsa_root, capsys=capsys)
    assert doc["files"][0]["status"] == "signed", doc
    code, sig = _verify(bt, ca, tsa_root, capsys=capsys)
    assert code != 0 and sig["indication"] != "TOTAL-PASSED", sig
    assert (sig["indication"], sig["sub_indication"]) == ("TOTAL-FAILED", "REVOKED"), sig
    # the B-LT signature made before the revocation keeps its proof: the OCSP response embedded
    # then (still within its validity) says "good" at the signature's timestamp
    for earlier in (lt, lt_crl):
        code, sig = _verify(earlier, ca, tsa_root, capsys=capsys, offline=True)
        assert (code, sig["indication"]) == (0, "TOTAL-PASSED"), sig
