"""Signing with soft certificates at every PAdES level, checked by pyHanko and pdfsig."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from tests.fixtures.docs import sha256
from tests.fixtures.verify import assert_pdfsig_valid, pyhanko_verdicts

pytestmark = pytest.mark.net


@pytest.fixture(scope="module")
def ec_p12(test_pki, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "seal-ec.p12"
    path.write_bytes(test_pki["seal-ec"].to_pkcs12(b"pw"))
    return path


@pytest.fixture(autouse=True)
def _p12_password(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")


def sign(capsys, *args: str) -> tuple[int, dict]:
    code = main(["sign", *args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


@pytest.mark.parametrize("level", ["B-B", "B-T", "B-LT", "B-LTA"])
def test_each_level_validates(level, contract, seal_p12, pki_server, test_pki, capsys, tmp_path):
    before = sha256(contract)
    out = tmp_path / "signed.pdf"
    code, doc = sign(
        capsys, str(contract), "-o", str(out), "--p12", str(seal_p12), "--password-env", "P12PW",
        "--level", level, "--tsa", pki_server.tsa_url,
    )
    assert code == 0, doc
    assert doc["files"][0]["status"] == "signed"
    assert sha256(contract) == before, "the input must never change"
    [verdict] = pyhanko_verdicts(out, [test_pki.root.cert], online=True)
    assert verdict.indication == "TOTAL-PASSED", verdict
    assert (verdict.timestamp_time is None) == (level == "B-B")
    assert_pdfsig_valid(out)


@pytest.mark.parametrize("level", ["B-LT", "B-LTA"])
def test_lt_levels_validate_offline(level, contract, seal_p12, fresh_pki_server, test_pki, capsys, tmp_path):
    out = tmp_path / "signed.pdf"
    code, doc = sign(
        capsys, str(contract), "-o", str(out), "--p12", str(seal_p12), "--password-env", "P12PW",
        "--level", level, "--tsa", fresh_pki_server.tsa_url,
    )
    assert code == 0, doc
    fresh_pki_server.reset()
    for endpoint in ("tsa", "ocsp", "crl", "certs"):
        fresh_pki_server.set_down(endpoint, "drop")
    [verdict] = pyhanko_verdicts(out, [test_pki.root.cert], online=False)
    assert verdict.indication == "TOTAL-PASSED", verdict
    assert sum(fresh_pki_server.hits.values()) == 0


def test_ecdsa_key_signs(contract, ec_p12, pki_server, test_pki, capsys, tmp_path):
    out = tmp_path / "signed.pdf"
    code, doc = sign(
        capsys, str(contract), "-o", str(out), "--p12", str(ec_p12), "--password-env", "P12PW",
        "--level", "B-T", "--tsa", pki_server.tsa_url,
    )
    assert code == 0, doc
    [verdict] = pyhanko_verdicts(out, [test_pki.root.cert], online=True)
    assert verdict.indication == "TOTAL-PASSED"
    assert_pdfsig_valid(out)


def test_rsa_pss(contract, seal_p12, test_pki, capsys, tmp_path):
    out = tmp_path / "signed.pdf"
    code, doc = sign(
        capsys, str(contract), "-o", str(out), "--p12", str(seal_p12), "--password-env", "P12PW",
        "--level", "B-B", "--pss",
    )
    assert code == 0, doc
    [verdict] = pyhanko_verdicts(out, [test_pki.root.cert], online=True)
    assert verdict.indication == "TOTAL-PASSED"
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(out, "rb") as fh:
        sig = PdfFileReader(fh).embedded_signatures[0]
        assert sig.signer_info["signature_algorithm"]["algorithm"].native == "rsassa_pss"


def test_pem_key_and_chain(contract, pki_dir, test_pki, tmp_path, capsys):
    leaf = test_pki["seal-rsa"]
    key = tmp_path / "k.pem"
    key.write_bytes(leaf.key_pem())
    cert = tmp_path / "c.pem"
    cert.write_bytes(leaf.cert_pem())
    chain = tmp_path / "chain.pem"
    chain.write_bytes(leaf.chain_pem())
    out = tmp_path / "signed.pdf"
    code, doc = sign(
        capsys, str(contract), "-o", str(out), "--key-pem", str(key), "--cert-pem", str(cert),
        "--chain", str(chain), "--level", "B-B",
    )
    assert code == 0, doc
    [verdict] = pyhanko_verdicts(out, [test_pki.root.cert])
    assert verdict.indication == "TOTAL-PASSED"


def test_tsa_with_basic_auth(contract, seal_p12, fresh_pki_server, capsys, tmp_path, monkeypatch):
    fresh_pki_server.tsa_auth = ("alice", "s3cret")
    out = tmp_path / "signed.pdf"
    base = [str(contract), "-o", str(out), "--p12", str(seal_p12), "--password-env", "P12PW",
            "--level", "B-T", "--tsa", fresh_pki_server.tsa_url]
    code, doc = sign(capsys, *base)
    assert code == 1
    assert doc["files"][0]["error"]["code"] == "tsa_unavailable"
    assert not out.exists()
    monkeypatch.setenv("TSAPW", "s3cret")
    code, doc = sign(capsys, *base, "--tsa-user", "alice", "--tsa-password-env", "TSAPW")
    assert code == 0, doc


def test_ltv_added_later_and_archive_refreshed(contract, seal_p12, fresh_pki_server, test_pki, capsys, tmp_path):
    bt = tmp_path / "bt.pdf"
    code, _ = sign(capsys, str(contract), "-o", str(bt), "--p12", str(seal_p12), "--password-env",
                   "P12PW", "--level", "B-T", "--tsa", fresh_pki_server.tsa_url)
    assert code == 0
    lt = tmp_path / "lt.pdf"
    assert main(["ltv", str(bt), "-o", str(lt), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["signatures"] == ["Seal1"]
    lta = tmp_path / "lta.pdf"
    assert main(["ltv", str(lt), "-o", str(lta), "--archive-timestamp", "--tsa",
                 fresh_pki_server.tsa_url, "--json"]) == 0
    capsys.readouterr()
    lta2 = tmp_path / "lta2.pdf"
    assert main(["ltv", str(lta), "-o", str(lta2), "--archive-timestamp", "--tsa",
                 fresh_pki_server.tsa_url]) == 0
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(lta2, "rb") as fh:
        assert len(PdfFileReader(fh).embedded_timestamp_signatures) == 2
    for f in (lt, lta, lta2):
        assert f.read_bytes().startswith(bt.read_bytes())  # incremental: nothing rewritten
    fresh_pki_server.reset()
    for endpoint in ("tsa", "ocsp", "crl", "certs"):
        fresh_pki_server.set_down(endpoint, "drop")
    for f in (lt, lta2):
        [verdict] = pyhanko_verdicts(f, [test_pki.root.cert], online=False)
        assert verdict.indication == "TOTAL-PASSED", (f.name, verdict)
        assert verdict.modification_level in ("NONE", "LTA_UPDATES")
    assert sum(fresh_pki_server.hits.values()) == 0


def test_ltv_on_unsigned_file_is_refused(contract, tmp_path, capsys):
    assert main(["ltv", str(contract), "-o", str(tmp_path / "x.pdf"), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "signing_error"
    assert not (tmp_path / "x.pdf").exists()


def test_missing_intermediates_are_fetched_and_embedded(contract, fresh_pki_server, test_pki, tmp_path, capsys):
    """A key that comes with only its own certificate (as many USB keys do) still yields a
    signature that carries its chain, so it validates offline."""
    leaf = test_pki["seal-rsa"]
    key, cert = tmp_path / "k.pem", tmp_path / "c.pem"
    key.write_bytes(leaf.key_pem())
    cert.write_bytes(leaf.cert_pem())
    out = tmp_path / "signed.pdf"
    code, doc = sign(capsys, str(contract), "-o", str(out), "--key-pem", str(key), "--cert-pem",
                     str(cert), "--level", "B-T", "--tsa", fresh_pki_server.tsa_url)
    assert code == 0, doc
    assert fresh_pki_server.hits["certs"] >= 1
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(out, "rb") as fh:
        sig = PdfFileReader(fh).embedded_signatures[0]
        ders = [c.chosen.dump() for c in sig.signed_data["certificates"]]
    assert ders.count(leaf.cert.dump()) == 1, "the signer's certificate is embedded once"
    assert test_pki.intermediate.cert.dump() in ders
    fresh_pki_server.set_down("*", "drop")
    [verdict] = pyhanko_verdicts(out, [test_pki.root.cert], online=False)
    assert verdict.indication == "TOTAL-PASSED", verdict
