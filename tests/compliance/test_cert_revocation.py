"""A certificate issued by the real platform (``sealdesk cert apply``, server/ on 127.0.0.1)
signs at PAdES B-LT with revocation data fetched from the platform's CRL, and `sealdesk verify`
finds it valid; once the operator revokes it (``sealdesk-platform cert revoke``) no new
signature with it is ever reviewed as valid.  OpenSSL checks the CRL, pdfsig the signature."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from app.cli.main import main
from server.main import main as platform_main
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

    lt = tmp_path / "lt.pdf"
    doc = _sign(contract, lt, p12, "B-LT", pki_server.tsa_url, ca, tsa_root, capsys=capsys)
    assert doc["files"][0]["status"] == "signed", doc
    with open(lt, "rb") as fh:  # the platform's CRL is in the document security store
        dss = PdfFileReader(fh).root["/DSS"]
        crls = [x509.load_der_x509_crl(c.get_object().data) for c in dss["/CRLs"]]
    assert any(c.issuer == live.platform.issuance.ca.certificate.subject for c in crls)
    code, sig = _verify(lt, ca, tsa_root, capsys=capsys)
    assert (code, sig["indication"], sig["sub_indication"]) == (0, "TOTAL-PASSED", None), sig
    # B-LT: everything needed is in the file, so it stays valid with the network off
    code, sig = _verify(lt, ca, tsa_root, capsys=capsys, offline=True)
    assert (code, sig["indication"]) == (0, "TOTAL-PASSED"), sig
    assert_pdfsig_valid(lt, count=1)

    _revoke(live, cert.serial_number, "keyCompromise")
    crl_der = tmp_path / "ca.crl"
    crl_der.write_bytes(live.platform.revocations.current_crl().der)
    check = subprocess.run([require_tool("openssl"), "crl", "-inform", "DER", "-in",
                            str(crl_der), "-CAfile", str(ca), "-noout"],
                           capture_output=True, text=True, timeout=30)
    assert check.returncode == 0 and "verify OK" in check.stderr, check

    # signing at B-LT gathers the CRL, finds the certificate revoked and refuses
    refused = tmp_path / "refused.pdf"
    doc = _sign(contract, refused, p12, "B-LT", pki_server.tsa_url, ca, tsa_root, capsys=capsys)
    assert doc["files"][0]["status"] == "failed", doc
    assert doc["files"][0]["error"]["code"] == "certificate_revoked", doc
    assert not refused.exists()
    # a level that gathers nothing still signs, and the review finds it revoked
    bt = tmp_path / "bt.pdf"
    doc = _sign(contract, bt, p12, "B-T", pki_server.tsa_url, ca, tsa_root, capsys=capsys)
    assert doc["files"][0]["status"] == "signed", doc
    code, sig = _verify(bt, ca, tsa_root, capsys=capsys)
    assert code != 0 and sig["indication"] != "TOTAL-PASSED", sig
    assert (sig["indication"], sig["sub_indication"]) == ("TOTAL-FAILED", "REVOKED"), sig
    # the B-LT signature made before the revocation keeps its proof: the CRL embedded then
    # (still within its validity) says "good" at the signature's timestamp
    code, sig = _verify(lt, ca, tsa_root, capsys=capsys, offline=True)
    assert (code, sig["indication"]) == (0, "TOTAL-PASSED"), sig
