"""A second RSA signature after the SM2 one, for readers outside China (issue 8).

``sealdesk sign --p12 SM2 --also-p12 RSA`` signs each output twice in one run: the SM2 seal
first, then an invisible RSA approval signature.  Checked by parts that are not ours where
they exist: poppler's pdfsig verifies the RSA signature (it cannot verify SM2), OpenSSL the SM2
one; our review engine passes both.  A failing second signature leaves no output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from asn1crypto import pem
from pyhanko.pdf_utils.reader import PdfFileReader

from app.cli.main import main
from crypto.sm.oids import SM2_WITH_SM3
from tests.fixtures.docs import make_batch, sha256
from tests.fixtures.sm2pki import openssl_verifies, with_sm2_crls
from tests.fixtures.verify import is_doc_timestamp, pdfsig_report

pytestmark = pytest.mark.net


@pytest.fixture(autouse=True)
def _passwords(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    monkeypatch.setenv("RSAPW", "pw")


def _sign(capsys, *args: str) -> tuple[int, dict]:
    code = main(["sign", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _both(sm2_pki, seal_p12) -> list[str]:
    return ["--p12", str(sm2_pki.path("seal.p12")), "--password-env", "P12PW",
            "--also-p12", str(seal_p12), "--also-password-env", "RSAPW"]


def _signatures(pdf: Path) -> list[tuple[str, str, str, bytes, bytes]]:
    """(field, subfilter, signature algorithm OID, DER signed attributes, value) per signature."""
    with open(pdf, "rb") as fh:
        out = []
        for sig in PdfFileReader(fh, strict=False).embedded_regular_signatures:
            info = sig.signer_info
            out.append((sig.field_name, str(sig.sig_object["/SubFilter"]),
                        info["signature_algorithm"]["algorithm"].dotted,
                        info["signed_attrs"].untag().dump(), info["signature"].native))
        return out


def _trust_files(sm2_pki, test_pki, tmp_path: Path) -> list[str]:
    rsa_root = tmp_path / "rsa-root.pem"
    rsa_root.write_bytes(pem.armor("CERTIFICATE", test_pki.root.cert.dump()))
    return ["--trust", str(sm2_pki.path("root.pem")), "--trust", str(rsa_root)]


def _review(pdfs: list[Path], trust: list[str], capsys) -> tuple[int, list[dict]]:
    """``sealdesk verify --offline``: the files carry every CRL (see with_sm2_crls)."""
    code = main(["verify", *map(str, pdfs), *trust, "--no-system-trust", "--offline",
                 "--lang", "en", "--json"])
    return code, json.loads(capsys.readouterr().out)["files"]


def _check_pair(pdf: Path, sm2_pki, tmp_path: Path) -> None:
    """SM2 first (checked by OpenSSL), RSA second and invisible (checked by pdfsig)."""
    (sm2_field, sm2_filter, sm2_oid, attrs, value), (rsa_field, rsa_filter, rsa_oid, *_) = \
        _signatures(pdf)
    assert (sm2_filter, sm2_oid) == ("/adbe.pkcs7.detached", SM2_WITH_SM3)
    assert openssl_verifies(sm2_pki.openssl, sm2_pki.path("seal.pub.pem"), attrs, value,
                            tmp_path)
    assert rsa_filter == "/ETSI.CAdES.detached" and rsa_oid.startswith("1.2.840.113549")
    assert rsa_field != sm2_field
    reports = [r for r in pdfsig_report(pdf) if not is_doc_timestamp(r)]
    assert len(reports) == 2, reports
    by_field = {r.get("Signature Field Name"): r for r in reports}
    assert by_field[rsa_field]["Signature Validation"] == "Signature is Valid.", reports
    assert by_field[sm2_field]["Signature Validation"] != "Signature is Valid."  # poppler: no SM2


@pytest.mark.parametrize(("level", "reviewed"), [("B-T", {"B-T", "B-LT"}),
                                               ("B-LTA", {"B-LT", "B-LTA"})])
def test_sm2_seal_then_rsa_signature_on_one_file(level, reviewed, sm2_pki, seal_p12, test_pki,
                                                 contract, fresh_pki_server, capsys, tmp_path):
    before = sha256(contract)
    out = tmp_path / "signed.pdf"
    code, doc = _sign(capsys, str(contract), "-o", str(out), *_both(sm2_pki, seal_p12),
                      "--level", level, "--tsa", fresh_pki_server.tsa_url,
                      *_trust_files(sm2_pki, test_pki, tmp_path), "--seal-text", "示例科技有限公司", "--at-text", "盖章处")
    assert code == 0, doc
    assert sha256(contract) == before
    assert doc["signer"]["key"] == "sm2-256"
    assert doc["second_signer"]["key"].startswith("rsa-")
    assert doc["files"][0]["page"] is not None  # the SM2 seal is the visible one
    _check_pair(out, sm2_pki, tmp_path)
    with open(out, "rb") as fh:  # the RSA signature's field has no visible widget
        reader = PdfFileReader(fh, strict=False)
        second = reader.embedded_regular_signatures[1]
        rect = [float(v) for v in second.sig_field.get("/Rect", [0, 0, 0, 0])]
        assert rect[2] - rect[0] == 0 and rect[3] - rect[1] == 0
        assert second.sig_object.get("/M") is not None
    code, [report] = _review([with_sm2_crls(sm2_pki, out, test_pki)],
                             _trust_files(sm2_pki, test_pki, tmp_path), capsys)
    assert code == 0, json.dumps(report, indent=1, ensure_ascii=False)
    sm2_sig, rsa_sig = [s for s in report["signatures"] if s["kind"] == "signature"]
    stamps = [s for s in report["signatures"] if s["kind"] == "doc_timestamp"]
    # each signature reaches the level: at B-LTA the SM2 one gets its DSS and archive timestamp,
    # then the second signature its own (the last one covers both)
    assert len(stamps) == (2 if level == "B-LTA" else 0)
    assert all(s["indication"] == "TOTAL-PASSED" for s in stamps), stamps
    assert (sm2_sig["algorithm"], rsa_sig["algorithm"]) == ("sm3_sm2", "sha256_rsa")
    for sig in (sm2_sig, rsa_sig):
        assert sig["indication"] == "TOTAL-PASSED", sig
        assert sig["pades_level"] in reviewed, sig
        assert sig["timestamp_time"], sig
    if level == "B-LTA":
        assert rsa_sig["pades_level"] == "B-LTA", rsa_sig


def test_a_batch_of_three_gets_both_signatures(sm2_pki, seal_p12, test_pki, contract_template,
                                               capsys, tmp_path):
    files = make_batch(contract_template, tmp_path / "in", 3)
    out_dir = tmp_path / "out"
    code, doc = _sign(capsys, *map(str, files), "--out-dir", str(out_dir),
                      *_both(sm2_pki, seal_p12), "--level", "B-B")
    assert code == 0, doc
    assert doc["summary"] == {"signed": 3, "skipped": 0, "failed": 0}
    outputs = [out_dir / f"{f.stem}.signed.pdf" for f in files]
    for pdf in outputs:
        _check_pair(pdf, sm2_pki, tmp_path)
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(p.name for p in outputs)
    code, reports = _review([with_sm2_crls(sm2_pki, p, test_pki) for p in outputs],
                            _trust_files(sm2_pki, test_pki, tmp_path), capsys)
    assert code == 0, reports
    assert all(len(r["signatures"]) == 2 for r in reports)


def test_a_failing_second_signature_leaves_no_output(sm2_pki, test_pki, contract_template,
                                                     tmp_path):
    """The second signer signs with another key than its certificate's (a confused token):
    the post-sign check refuses it, so no file gets the SM2 signature alone, and neither the
    SM2-only intermediate nor anything else is left behind."""
    from app.signing.batch import BatchSigner, FileJob
    from app.signing.filesign import SecondSignature
    from crypto.pades.engine import DocumentSigner
    from crypto.pades.options import SignatureLevel, SignOptions
    from crypto.tokens.soft import SoftKeySigner, open_pkcs12

    files = make_batch(contract_template, tmp_path / "in", 2)
    before = [sha256(f) for f in files]
    session = open_pkcs12(sm2_pki.path("seal.p12"), b"pw")
    [info] = session.certificates()
    options = SignOptions(level=SignatureLevel.B_B)
    seal, person = test_pki["seal-rsa"], test_pki["person-rsa"]
    confused = SoftKeySigner(person.key, seal.cert, seal.chain[1:])
    second = SecondSignature(DocumentSigner(confused, options), seal.cert)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    results = BatchSigner(DocumentSigner(session.signer(info), options), info,
                          second=second).run([FileJob(f, out_dir / f.name) for f in files])
    assert [r.status for r in results] == ["failed", "failed"]
    assert {r.error.code for r in results} == {"verification_failed"}
    assert list(out_dir.iterdir()) == []  # no output, no .part
    assert [sha256(f) for f in files] == before


def test_a_big_batch_signs_twice_on_worker_processes(sm2_pki, seal_p12, contract_template,
                                                     capsys, tmp_path):
    """8 files: worker processes prepare both signatures, the keys stay in this process."""
    files = make_batch(contract_template, tmp_path / "in", 8)
    out_dir = tmp_path / "out"
    code, doc = _sign(capsys, *map(str, files), "--out-dir", str(out_dir),
                      *_both(sm2_pki, seal_p12), "--level", "B-B", "--page", "1",
                      "--rect", "350,80,470,200")
    assert code == 0, doc
    assert doc["summary"] == {"signed": 8, "skipped": 0, "failed": 0}
    for f in files:
        _check_pair(out_dir / f"{f.stem}.signed.pdf", sm2_pki, tmp_path)


def test_an_sm2_key_cannot_make_the_second_signature(sm2_pki, contract, capsys, tmp_path):
    out = tmp_path / "signed.pdf"
    code, doc = _sign(capsys, str(contract), "-o", str(out), "--p12",
                      str(sm2_pki.path("seal.p12")), "--password-env", "P12PW",
                      "--also-p12", str(sm2_pki.path("seal.p12")), "--also-password-env",
                      "P12PW", "--level", "B-B")
    assert code == 1
    assert doc["error"]["code"] == "second_signature_key", doc
    assert not out.exists()


def test_docmdp_1_allows_no_second_signature(sm2_pki, seal_p12, contract, capsys, tmp_path):
    out = tmp_path / "signed.pdf"
    code, doc = _sign(capsys, str(contract), "-o", str(out), *_both(sm2_pki, seal_p12),
                      "--level", "B-B", "--certify", "1")
    assert code == 1
    assert doc["error"]["code"] == "second_signature_not_allowed", doc
    assert not out.exists()
