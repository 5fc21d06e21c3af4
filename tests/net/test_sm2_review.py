"""Reviewing SM2 signatures made with another signer ID than 1234567812345678 (issue 8).

``sealdesk sign --sm2-signer-id X`` makes a signature only a verifier told about X can check:
``sealdesk verify`` fails it without ``--sm2-signer-id X`` and passes it with the option, and
says which ID it verified with.  OpenSSL (``-sigopt distid:X``) checks the signature
independently.  The SM2 PKI has no CRL URLs, so the signed files get its CRLs in a DSS (an
LTA-style update) to be reviewable offline to TOTAL-PASSED.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from app.cli.main import main
from tests.fixtures.sm2pki import openssl_verifies, with_sm2_crls

pytestmark = pytest.mark.net

SIGNER_ID = "ALICE123@YAHOO.COM"


@pytest.fixture(autouse=True)
def _password(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")


def _sign(pki, contract: Path, out: Path, capsys, *extra: str) -> None:
    code = main(["sign", str(contract), "-o", str(out), "--p12", str(pki.path("seal.p12")),
                 "--password-env", "P12PW", "--level", "B-B", "--json", *extra])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc


def _verify(pki, pdf: Path, capsys, *extra: str) -> tuple[int, dict]:
    code = main(["verify", str(pdf), "--trust", str(pki.path("root.pem")), "--offline",
                 "--no-system-trust", "--lang", "en", "--json", *extra])
    doc = json.loads(capsys.readouterr().out)
    [file] = doc["files"]
    return code, file


def _signature_bytes(pdf: Path) -> tuple[bytes, bytes]:
    with open(pdf, "rb") as fh:
        [sig] = PdfFileReader(fh, strict=False).embedded_regular_signatures
        info = sig.signer_info
        return info["signed_attrs"].untag().dump(), info["signature"].native


def test_a_signature_with_another_signer_id_passes_only_with_that_id(sm2_pki, contract,
                                                                     capsys, tmp_path):
    signed = tmp_path / "signed.pdf"
    _sign(sm2_pki, contract, signed, capsys, "--sm2-signer-id", SIGNER_ID)
    # independently: OpenSSL verifies it with distid SIGNER_ID, not with the default one
    attrs, value = _signature_bytes(signed)
    pub = sm2_pki.path("seal.pub.pem")
    assert openssl_verifies(sm2_pki.openssl, pub, attrs, value, tmp_path, SIGNER_ID)
    assert not openssl_verifies(sm2_pki.openssl, pub, attrs, value, tmp_path)
    pdf = with_sm2_crls(sm2_pki, signed)

    code, file = _verify(sm2_pki, pdf, capsys)
    assert code == 1
    [sig] = file["signatures"]
    assert (sig["indication"], sig["sub_indication"]) == ("TOTAL-FAILED", "SIG_CRYPTO_FAILURE")
    assert sig["sm2_signer_id"] is None

    code, file = _verify(sm2_pki, pdf, capsys, "--sm2-signer-id", "someone-else",
                         "--sm2-signer-id", SIGNER_ID)
    assert code == 0, file
    [sig] = file["signatures"]
    assert sig["indication"] == "TOTAL-PASSED", sig
    assert sig["algorithm"] == "sm3_sm2"
    assert sig["sm2_signer_id"] == SIGNER_ID
    assert any(SIGNER_ID in reason for reason in sig["reasons"][:2]), sig["reasons"]
    assert file["integrity"] == "UNCHANGED"


def test_a_default_id_signature_names_no_other_id(sm2_pki, contract, capsys, tmp_path):
    signed = tmp_path / "signed.pdf"
    _sign(sm2_pki, contract, signed, capsys)
    code, file = _verify(sm2_pki, with_sm2_crls(sm2_pki, signed), capsys,
                         "--sm2-signer-id", SIGNER_ID)
    assert code == 0, file
    [sig] = file["signatures"]
    assert sig["indication"] == "TOTAL-PASSED"
    assert sig["sm2_signer_id"] is None
    assert not any(SIGNER_ID in reason for reason in sig["reasons"])


def test_a_bad_signer_id_is_a_usage_error(sm2_pki, contract, capsys):
    code = main(["verify", str(contract), "--sm2-signer-id", "x" * 8192, "--json"])
    assert code == 2
    assert "8191" in capsys.readouterr().out
