"""SM2/SM3 (国密) PDF signatures end to end, each one checked by parts that are not ours.

Every signature made here is checked (see :func:`check_sm2_signature`) by

* the OpenSSL command line: ``openssl dgst -sm3 -verify SEAL_PUB -sigopt distid:1234567812345678``
  over the signed attributes extracted from the PDF;
* the pure-Python ``gmssl`` (a second SM2/SM3 implementation), over the same bytes, and for the
  document digest over the /ByteRange;
* pyHanko's validator with our SM2 SignatureValidator: integrity, signature and the SM2 chain.

poppler's pdfsig cannot verify SM2 signatures, so it is not asked.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from asn1crypto import cms, pem
from gmssl import sm3 as oracle_sm3
from pyhanko.pdf_utils.reader import PdfFileReader

from app.cli.main import main
from crypto import errors
from crypto.sm.oids import SM2_WITH_SM3, SM3
from tests.fixtures.docs import make_batch, sha256
from tests.fixtures.sm2pki import gmssl_verifies, openssl_verifies
from tests.fixtures.verify import pyhanko_verdicts

pytestmark = pytest.mark.net


@pytest.fixture(autouse=True)
def _password(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")


def _sm3(data: bytes) -> bytes:
    return bytes.fromhex(oracle_sm3.sm3_hash(list(data)))


def check_sm2_signature(pdf: Path, pki, tmp_path: Path) -> dict:
    """Check every SM2 fact of the (single) signature in ``pdf`` independently; return facts."""
    data = pdf.read_bytes()
    with open(pdf, "rb") as fh:
        [sig] = PdfFileReader(fh, strict=False).embedded_regular_signatures
        sub_filter = str(sig.sig_object["/SubFilter"])
        byte_range = list(sig.sig_object["/ByteRange"])
        signer_info = sig.signer_info
        signed = sig.signed_data
    assert sub_filter == "/adbe.pkcs7.detached"
    assert signer_info["digest_algorithm"]["algorithm"].dotted == SM3
    assert signer_info["signature_algorithm"]["algorithm"].dotted == SM2_WITH_SM3
    assert signer_info["signature_algorithm"]["parameters"].native is None
    assert [d["algorithm"].dotted for d in signed["digest_algorithms"]] == [SM3]
    attrs = {a["type"].native: a["values"][0] for a in signer_info["signed_attrs"]}
    # messageDigest = SM3 over the signed byte ranges (hashed by gmssl, not by us)
    a, b, c, d = byte_range
    assert attrs["message_digest"].native == _sm3(data[a:a + b] + data[c:c + d])
    # signing-certificate-v2 names the seal certificate by its SM3 hash
    seal = pki.cert("seal")
    [ess] = attrs["signing_certificate_v2"]["certs"]
    assert ess["hash_algorithm"]["algorithm"].dotted == SM3
    assert ess["cert_hash"].native == _sm3(seal.dump())
    assert attrs["content_type"].native == "data"
    # the signature over the DER signed attributes, by two implementations that are not ours
    signed_attrs = signer_info["signed_attrs"].untag().dump()
    signature = signer_info["signature"].native
    assert openssl_verifies(pki.openssl, pki.path("seal.pub.pem"), signed_attrs, signature,
                            tmp_path), "openssl dgst -sm3 -verify failed"
    point = seal.public_key["public_key"].native[1:]
    assert gmssl_verifies(point, signed_attrs, signature), "gmssl verify failed"
    return {"attrs": attrs, "signer_info": signer_info}


def sign(capsys, *args: str) -> tuple[int, dict, str]:
    code = main(["sign", *args, "--json"])
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


def test_sm2_p12_signs_with_a_seal_and_warns_about_adobe(sm2_pki, contract, seal_png, capsys,
                                                         tmp_path):
    before = sha256(contract)
    seal_file = tmp_path / "seal.png"
    seal_file.write_bytes(seal_png)
    out = tmp_path / "signed.pdf"
    code, doc, err = sign(capsys, str(contract), "-o", str(out), "--p12",
                          str(sm2_pki.path("seal.p12")), "--password-env", "P12PW",
                          "--level", "B-B", "--seal", str(seal_file), "--at-text", "盖章处")
    assert code == 0, doc
    assert sha256(contract) == before
    assert doc["signer"]["key"] == "sm2-256"
    [warning] = doc["signer"]["warnings"]
    assert warning["code"] == "sm2_not_verifiable_in_adobe_reader"
    assert "Adobe" in warning["message"] or "Adobe" in err
    assert "Adobe" in err  # the CLI says it too
    assert doc["files"][0]["page"] is not None
    check_sm2_signature(out, sm2_pki, tmp_path)
    [verdict] = pyhanko_verdicts(out, [sm2_pki.cert("root")])
    assert verdict.indication == "TOTAL-PASSED", verdict
    assert verdict.coverage == "ENTIRE_FILE"


@pytest.mark.parametrize("level", ["B-T", "B-LT", "B-LTA"])
def test_sm2_levels_with_the_rsa_timestamp_service(level, sm2_pki, contract, fresh_pki_server,
                                                   test_pki, capsys, tmp_path):
    out = tmp_path / "signed.pdf"
    tsa_root = tmp_path / "tsa-root.pem"
    tsa_root.write_bytes(pem.armor("CERTIFICATE", test_pki.root.cert.dump()))
    code, doc, _ = sign(capsys, str(contract), "-o", str(out), "--p12",
                        str(sm2_pki.path("seal.p12")), "--password-env", "P12PW",
                        "--level", level, "--tsa", fresh_pki_server.tsa_url,
                        "--trust", str(sm2_pki.path("root.pem")), "--trust", str(tsa_root))
    assert code == 0, doc
    facts = check_sm2_signature(out, sm2_pki, tmp_path)
    [token] = [a["values"][0] for a in facts["signer_info"]["unsigned_attrs"]
               if a["type"].native == "signature_time_stamp_token"]
    tst = token["content"]["encap_content_info"]["content"].parsed
    assert tst["message_imprint"]["hash_algorithm"]["algorithm"].dotted == SM3
    assert tst["message_imprint"]["hashed_message"].native == \
        _sm3(facts["signer_info"]["signature"].native)
    tsa_signer = token["content"]["signer_infos"][0]
    assert tsa_signer["signature_algorithm"].signature_algo.startswith("rsassa")
    [verdict] = pyhanko_verdicts(out, [sm2_pki.cert("root"), test_pki.root.cert])
    assert verdict.indication == "TOTAL-PASSED", verdict
    assert verdict.timestamp_time is not None
    # the level is really reached: a DSS from B-LT on, a document timestamp at B-LTA
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(out, "rb") as fh:
        reader = PdfFileReader(fh)
        has_dss = "/DSS" in reader.root
        stamps = [s for s in reader.embedded_signatures if s.sig_object.get("/Type") == "/DocTimeStamp"]
        assert has_dss == (level != "B-T")
        assert len(stamps) == (1 if level == "B-LTA" else 0)


def test_sm2_batch_on_worker_processes(sm2_pki, contract_template, capsys, tmp_path):
    files = make_batch(contract_template, tmp_path / "in", 8)
    out_dir = tmp_path / "out"
    code, doc, _ = sign(capsys, *map(str, files), "--out-dir", str(out_dir), "--p12",
                        str(sm2_pki.path("seal-gm.p12")), "--password-env", "P12PW",
                        "--level", "B-B", "--cross-page", "--seal",
                        str(_seal_image(tmp_path)))
    assert code == 0, doc
    assert doc["summary"] == {"signed": 8, "skipped": 0, "failed": 0}
    for f in files:
        check_sm2_signature(out_dir / f"{f.stem}.signed.pdf", sm2_pki, tmp_path)


def _seal_image(tmp_path: Path) -> Path:
    from crypto.seal.image import render_company_seal

    path = tmp_path / "seal.png"
    path.write_bytes(render_company_seal("示例科技有限公司", code="91110000MA01ABCD2Q"))
    return path


def test_sm2_pem_key_encrypted_with_sm4_and_a_chain_file(sm2_pki, contract, capsys, tmp_path):
    out = tmp_path / "signed.pdf"
    code, doc, _ = sign(capsys, str(contract), "-o", str(out),
                        "--key-pem", str(sm2_pki.path("seal.sm4.key")),
                        "--cert-pem", str(sm2_pki.path("seal.pem")),
                        "--chain", str(sm2_pki.path("inter.pem")),
                        "--password-env", "P12PW", "--level", "B-B",
                        "--page", "1", "--rect", "350,80,470,200")
    assert code == 0, doc
    check_sm2_signature(out, sm2_pki, tmp_path)
    with open(out, "rb") as fh:
        [sig] = PdfFileReader(fh, strict=False).embedded_regular_signatures
        embedded = {c.dump() for c in sig.other_embedded_certs}
    assert sm2_pki.cert("inter").dump() in embedded  # the chain travels with the signature


@pytest.mark.parametrize(
    ("args", "code_expected"),
    [
        (["--p12", "seal.p12", "--password-env", "WRONGPW"], "key_file"),
        (["--key-pem", "p256.key", "--cert-pem", "seal.pem"], "key_file"),
        (["--key-pem", "seal.key", "--cert-pem", "p256.pem"], "key_file"),
    ],
)
def test_bad_sm2_inputs_fail_clearly_and_write_nothing(args, code_expected, sm2_pki, contract,
                                                       capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("WRONGPW", "not-the-password")
    resolved = [str(sm2_pki.path(a)) if (sm2_pki.folder / a).exists() else a for a in args]
    out = tmp_path / "signed.pdf"
    code, doc, _ = sign(capsys, str(contract), "-o", str(out), *resolved, "--level", "B-B")
    assert code == 1
    assert doc["error"]["code"] == code_expected, doc
    assert doc["error"]["message"]
    assert not out.exists()
    assert not list(tmp_path.glob("*.part*")) and not list(tmp_path.glob(".*signed*"))


def test_a_wrong_sm2_key_is_caught_before_anything_is_written(sm2_pki, contract, tmp_path):
    """The post-sign check verifies SM2 too: a signer whose key is not the certificate's
    (a token returning garbage, a mixed-up file) produces no output."""
    from app.signing.filesign import sign_file
    from crypto.pades.engine import DocumentSigner
    from crypto.pades.options import SignatureLevel, SignOptions
    from crypto.sm.keys import load_private_key
    from crypto.sm.signer import Sm2Signer

    other_key = load_private_key(sm2_pki.path("inter.key").read_bytes(), None)
    signer = Sm2Signer(other_key, sm2_pki.cert("seal"), [sm2_pki.cert("inter")])
    doc_signer = DocumentSigner(signer, SignOptions(level=SignatureLevel.B_B))
    out = tmp_path / "signed.pdf"
    with pytest.raises(errors.VerificationFailed):
        asyncio.run(sign_file(doc_signer, contract, out, sm2_pki.cert("seal")))
    assert not out.exists()


def test_a_configured_signer_id_is_used_and_checked(sm2_pki, contract, tmp_path):
    from app.signing.filesign import sign_file
    from crypto.pades.engine import DocumentSigner
    from crypto.pades.options import SignatureLevel, SignOptions
    from crypto.sm.keys import load_private_key
    from crypto.sm.soft import Sm2SoftKeySession

    signer_id = b"ALICE123@YAHOO.COM"
    key = load_private_key(sm2_pki.path("seal.key").read_bytes(), None)
    session = Sm2SoftKeySession(key, sm2_pki.cert("seal"), [sm2_pki.cert("inter")], "seal",
                                signer_id=signer_id)
    [info] = session.certificates()
    doc_signer = DocumentSigner(session.signer(info), SignOptions(level=SignatureLevel.B_B))
    out = tmp_path / "signed.pdf"
    asyncio.run(sign_file(doc_signer, contract, out, info.certificate))  # post-check passed
    with open(out, "rb") as fh:
        [sig] = PdfFileReader(fh, strict=False).embedded_regular_signatures
        signer_info = sig.signer_info
    signed_attrs = signer_info["signed_attrs"].untag().dump()
    signature = signer_info["signature"].native
    pub = sm2_pki.path("seal.pub.pem")
    assert not openssl_verifies(sm2_pki.openssl, pub, signed_attrs, signature, tmp_path)
    import subprocess

    (tmp_path / "m").write_bytes(signed_attrs)
    (tmp_path / "s").write_bytes(signature)
    proc = subprocess.run([sm2_pki.openssl, "dgst", "-sm3", "-verify", str(pub), "-sigopt",
                           f"distid:{signer_id.decode()}", "-signature", str(tmp_path / "s"),
                           str(tmp_path / "m")], capture_output=True, text=True)
    assert "Verified OK" in proc.stdout


def test_rsa_signature_is_unchanged_by_sm2_support(seal_p12, contract, capsys, tmp_path):
    """RSA keys keep PAdES (ETSI.CAdES.detached, SHA-256) and get no SM2 warning."""
    out = tmp_path / "signed.pdf"
    code, doc, err = sign(capsys, str(contract), "-o", str(out), "--p12", str(seal_p12),
                          "--password-env", "P12PW", "--level", "B-B")
    assert code == 0, doc
    assert doc["signer"]["warnings"] == []
    assert "Adobe" not in err
    with open(out, "rb") as fh:
        [sig] = PdfFileReader(fh, strict=False).embedded_regular_signatures
        assert str(sig.sig_object["/SubFilter"]) == "/ETSI.CAdES.detached"
        assert sig.md_algorithm == "sha256"


def test_signed_attributes_are_cms(sm2_pki, contract, tmp_path):
    """(sanity) what the OpenSSL check verifies is the DER SET OF the signed attributes."""
    from crypto.pades.engine import DocumentSigner, sign_to_bytes
    from crypto.pades.options import SignatureLevel, SignOptions
    from crypto.tokens.soft import open_pkcs12

    session = open_pkcs12(sm2_pki.path("seal.p12"), b"pw")
    [info] = session.certificates()
    data = sign_to_bytes(DocumentSigner(session.signer(info),
                                        SignOptions(level=SignatureLevel.B_B)), contract)
    out = tmp_path / "signed.pdf"
    out.write_bytes(data)
    facts = check_sm2_signature(out, sm2_pki, tmp_path)
    again = cms.CMSAttributes.load(facts["signer_info"]["signed_attrs"].untag().dump())
    assert len(again) == len(facts["attrs"])
    assert pem.detect(sm2_pki.path("seal.pub.pem").read_bytes())
