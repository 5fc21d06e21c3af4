"""Certification, several signatures on one file, existing fields, encrypted and PDF/A inputs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pymupdf
import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields

from app.cli.main import main
from tests.fixtures.docs import sha256
from tests.fixtures.verify import assert_pdfsig_valid, pyhanko_verdicts

pytestmark = pytest.mark.net


@pytest.fixture(scope="module")
def keys(test_pki, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("keys")
    out = {}
    for name in ("seal-rsa", "person-rsa", "seal-ec"):
        out[name] = folder / f"{name}.p12"
        out[name].write_bytes(test_pki[name].to_pkcs12(b"pw"))
    return out


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    monkeypatch.setenv("DOCPW", "open-sesame")


def sign(capsys, src: Path, out: Path, key: Path, *extra: str) -> dict:
    code = main(["sign", str(src), "-o", str(out), "--p12", str(key), "--password-env", "P12PW",
                 "--level", "B-B", "--json", *extra])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    return doc


@pytest.mark.parametrize("level", [1, 2, 3])
def test_certification_levels(level, contract, keys, test_pki, capsys, tmp_path):
    out = tmp_path / "certified.pdf"
    sign(capsys, contract, out, keys["seal-rsa"], "--certify", str(level))
    with open(out, "rb") as fh:
        r = PdfFileReader(fh)
        sig = r.embedded_signatures[0]
        assert sig.docmdp_level == fields.MDPPerm(level)
    [v] = pyhanko_verdicts(out, [test_pki.root.cert])
    assert v.indication == "TOTAL-PASSED"
    assert_pdfsig_valid(out, count=1)


def test_three_signatures_keep_earlier_ones_valid(contract, keys, test_pki, capsys, tmp_path, seal_png):
    seal = tmp_path / "seal.png"
    seal.write_bytes(seal_png)
    one, two, three = (tmp_path / f"{n}.pdf" for n in ("one", "two", "three"))
    sign(capsys, contract, one, keys["seal-rsa"], "--seal", str(seal), "--page", "1",
         "--rect", "400,80,520,200")
    sign(capsys, one, two, keys["person-rsa"], "--seal-text", "张三 %(ts)s", "--page", "2",
         "--rect", "80,80,260,140")
    sign(capsys, two, three, keys["seal-ec"], "--seal", str(seal), "--at-text", "盖章处")
    verdicts = pyhanko_verdicts(three, [test_pki.root.cert])
    assert len(verdicts) == 3
    for v in verdicts:
        assert v.intact and v.crypto_valid and v.trusted, v
    # the earlier signatures see only signature fields added after them
    assert verdicts[0].modification_level in ("FORM_FILLING", "NONE", "LTA_UPDATES")
    assert_pdfsig_valid(three, count=3)


def test_certified_no_changes_refuses_second_signature(contract, keys, capsys, tmp_path):
    one = tmp_path / "one.pdf"
    sign(capsys, contract, one, keys["seal-rsa"], "--certify", "1")
    code = main(["sign", str(one), "-o", str(tmp_path / "two.pdf"), "--p12", str(keys["person-rsa"]),
                 "--password-env", "P12PW", "--level", "B-B", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1
    assert doc["files"][0]["error"]["code"] == "signing_error"
    assert not (tmp_path / "two.pdf").exists()


def test_sign_into_existing_empty_field(contract, keys, test_pki, capsys, tmp_path):
    prepared = tmp_path / "with-field.pdf"
    with open(contract, "rb") as fh:
        w = IncrementalPdfFileWriter(fh)
        fields.append_signature_field(
            w, fields.SigFieldSpec(sig_field_name="甲方签章", on_page=1, box=(350, 100, 500, 250))
        )
        buf = io.BytesIO()
        w.write(buf)
    prepared.write_bytes(buf.getvalue())
    out = tmp_path / "signed.pdf"
    doc = sign(capsys, prepared, out, keys["seal-rsa"], "--field", "甲方签章")
    assert doc["files"][0]["field"] == "甲方签章"
    [v] = pyhanko_verdicts(out, [test_pki.root.cert])
    assert v.field == "甲方签章" and v.indication == "TOTAL-PASSED"
    # signing the same field again is refused
    code = main(["sign", str(out), "-o", str(tmp_path / "again.pdf"), "--p12", str(keys["seal-rsa"]),
                 "--password-env", "P12PW", "--level", "B-B", "--field", "甲方签章", "--json"])
    assert code == 1
    assert json.loads(capsys.readouterr().out)["files"][0]["error"]["code"] == "field_error"


@pytest.mark.parametrize("method", [pymupdf.PDF_ENCRYPT_AES_256, pymupdf.PDF_ENCRYPT_AES_128])
def test_encrypted_input(method, contract, keys, test_pki, capsys, tmp_path):
    enc = tmp_path / "encrypted.pdf"
    doc = pymupdf.open(contract)
    doc.save(enc, encryption=method, user_pw="open-sesame", owner_pw="owner-pw")
    before = sha256(enc)
    out = tmp_path / "signed.pdf"
    # without the password: a clear error
    code = main(["sign", str(enc), "-o", str(out), "--p12", str(keys["seal-rsa"]),
                 "--password-env", "P12PW", "--level", "B-B", "--json"])
    err = json.loads(capsys.readouterr().out)["files"][0]["error"]
    assert code == 1 and err["code"] == "encrypted_pdf"
    sign(capsys, enc, out, keys["seal-rsa"], "--pdf-password-env", "DOCPW")
    assert sha256(enc) == before
    opened = pymupdf.open(out)
    assert opened.needs_pass and opened.authenticate("open-sesame")
    assert "盖章处" in opened[-1].get_text()
    with open(out, "rb") as fh:
        r = PdfFileReader(fh)
        r.decrypt("open-sesame")
        assert len(r.embedded_signatures) == 1


def test_pdfa_input_keeps_its_identity(keys, capsys, tmp_path, contract):
    """A PDF/A file stays PDF/A-declared and intact: the signature is an incremental update."""
    src = tmp_path / "pdfa.pdf"
    doc = pymupdf.open(contract)
    xmp = (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"
    )
    doc.set_xml_metadata(xmp)
    doc.save(src)
    out = tmp_path / "signed.pdf"
    sign(capsys, src, out, keys["seal-rsa"])
    signed = out.read_bytes()
    assert signed.startswith(src.read_bytes())
    assert b"pdfaid:part>2<" in signed
    assert_pdfsig_valid(out, count=1)


@pytest.mark.parametrize(
    "save_options",
    [
        {"garbage": 4, "deflate": True, "use_objstms": 1},  # object + xref streams
        {"garbage": 1, "clean": True},
        {"incremental": False, "expand": 255},  # everything uncompressed
    ],
    ids=["objstms", "clean", "expanded"],
)
def test_producer_variants_sign_and_verify(save_options, contract, keys, test_pki, capsys, tmp_path, seal_png):
    src = tmp_path / "variant.pdf"
    doc = pymupdf.open(contract)
    doc.save(src, **save_options)
    seal = tmp_path / "seal.png"
    seal.write_bytes(seal_png)
    out = tmp_path / "signed.pdf"
    sign(capsys, src, out, keys["seal-rsa"], "--seal", str(seal), "--at-text", "盖章处")
    [v] = pyhanko_verdicts(out, [test_pki.root.cert])
    assert v.indication == "TOTAL-PASSED"
    assert_pdfsig_valid(out, count=1)


def test_minimal_handwritten_pdf(keys, test_pki, capsys, tmp_path):
    """A tiny PDF 1.4 with a classic xref table, as old producers write them."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    src = tmp_path / "minimal.pdf"
    src.write_bytes(bytes(out))
    signed = tmp_path / "signed.pdf"
    sign(capsys, src, signed, keys["seal-rsa"], "--page", "1", "--rect", "400,100,520,220",
         "--seal-text", "%(signer)s")
    [v] = pyhanko_verdicts(signed, [test_pki.root.cert])
    assert v.indication == "TOTAL-PASSED"
    assert_pdfsig_valid(signed, count=1)
