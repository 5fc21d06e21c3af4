"""The document's XMP stream rewritten in place after signing (pyHanko does so in the DSS
revision of an ECDSA B-LT signature) is validation maintenance — unless that stream is also
drawn as page content, which is then a change to what was signed (crypto/review/changes.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from app.cli.main import main
from crypto.review.engine import review_file
from crypto.review.model import Indication, Integrity, ReviewOptions

pytestmark = pytest.mark.net
XMP = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
       b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description rdf:about=""/></rdf:RDF></x:xmpmeta><?xpacket end="r"?>')


def _options(test_pki) -> ReviewOptions:
    return ReviewOptions(trust_roots=(test_pki.root.cert.dump(),), system_trust=False,
                         visual=False, lang="en")


def _sign(src: Path, out: Path, p12: Path, level: str, tsa: str | None = None) -> Path:
    args = ["sign", str(src), "-o", str(out), "--p12", str(p12), "--password-env", "P12PW",
            "--level", level, *(["--tsa", tsa] if tsa else [])]
    assert main(args) == 0
    return out


def test_an_ecdsa_b_lt_signature_is_unchanged(contract, pki_server, test_pki, tmp_path,
                                              monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    p12 = tmp_path / "ec.p12"
    p12.write_bytes(test_pki["seal-ec"].to_pkcs12(b"pw"))
    signed = _sign(contract, tmp_path / "lt.pdf", p12, "B-LT", pki_server.tsa_url)
    report = review_file(signed, _options(test_pki))
    assert report.integrity is Integrity.UNCHANGED and report.changes == [], report.changes
    sig = report.signatures[0]
    assert (sig.indication, sig.modification_level) == (Indication.TOTAL_PASSED, "LTA_UPDATES")


def _write(src: Path, dst: Path, change) -> None:  # type: ignore[no-untyped-def]
    with open(src, "rb") as fh:
        w = IncrementalPdfFileWriter(fh, strict=False)
        w._update_meta = lambda: None  # type: ignore[method-assign]  # keep our XMP as it is
        change(w)
        with open(dst, "wb") as out:
            w.write(out)


def test_a_metadata_stream_drawn_as_content_is_not_maintenance(contract, seal_p12, test_pki,
                                                               tmp_path, monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    refs: list[generic.Reference] = []

    def dual_use(w: IncrementalPdfFileWriter) -> None:
        stream = generic.StreamObject({generic.NameObject("/Type"): generic.NameObject("/Metadata"),
                                       generic.NameObject("/Subtype"): generic.NameObject("/XML")},
                                      stream_data=XMP)
        ref = w.add_object(stream)
        refs.append(ref.reference)
        w.root[generic.NameObject("/Metadata")] = ref
        w.update_root()
        page_ref = w.find_page_for_modification(0)[0]
        page = page_ref.get_object()
        contents = page.raw_get("/Contents")
        old = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
        page[generic.NameObject("/Contents")] = generic.ArrayObject([*old, ref])
        w.update_container(page)

    prepared = tmp_path / "dual.pdf"
    _write(contract, prepared, dual_use)
    signed = _sign(prepared, tmp_path / "signed.pdf", seal_p12, "B-B")
    assert review_file(signed, _options(test_pki)).integrity is Integrity.UNCHANGED

    def repaint(w: IncrementalPdfFileWriter) -> None:
        ref = generic.IndirectObject(refs[0].idnum, refs[0].generation, w)
        stream = ref.get_object()
        assert isinstance(stream, generic.StreamObject)
        stream._data = b"q 0 0 1 rg 0 0 2000 2000 re f Q"  # the whole page painted over
        stream._encoded_data = None
        w.mark_update(ref)

    tampered = tmp_path / "tampered.pdf"
    _write(signed, tampered, repaint)
    report = review_file(tampered, _options(test_pki))
    assert report.integrity is not Integrity.UNCHANGED, report
    assert any(not c.allowed for c in report.changes), report.changes
    assert report.signatures[0].indication is not Indication.TOTAL_PASSED


def _xmp_saying(text: str) -> bytes:
    return XMP.replace(b'<rdf:Description rdf:about=""/>',
                       b'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                       b"<dc:description>" + text.encode() + b"</dc:description>"
                       b"</rdf:Description>")


def _catalog_attachment(w: IncrementalPdfFileWriter, ref: Any) -> None:
    """The XMP stream is also the catalog's embedded file (a direct /Names tree)."""
    n = generic.NameObject
    spec = generic.DictionaryObject({
        n("/Type"): n("/Filespec"), n("/F"): generic.TextStringObject("appendix.xml"),
        n("/UF"): generic.TextStringObject("appendix.xml"),
        n("/EF"): generic.DictionaryObject({n("/F"): ref})})
    w.root[n("/Names")] = generic.DictionaryObject({n("/EmbeddedFiles"): generic.DictionaryObject(
        {n("/Names"): generic.ArrayObject([generic.TextStringObject("appendix.xml"), spec])})})


def _catalog_as_page(w: IncrementalPdfFileWriter, ref: Any) -> None:
    """The catalog is also a page of the page tree, drawn by the XMP stream."""
    n = generic.NameObject
    w.root[n("/Contents")] = ref
    w.root[n("/MediaBox")] = generic.ArrayObject([generic.NumberObject(x)
                                                  for x in (0, 0, 595, 842)])
    pages = w.root["/Pages"]
    pages[n("/Kids")].append(generic.IndirectObject(w.root_ref.idnum, w.root_ref.generation, w))
    pages[n("/Count")] = generic.NumberObject(int(pages["/Count"]) + 1)
    w.update_container(pages)


@pytest.mark.parametrize("use", [_catalog_attachment, _catalog_as_page])
@pytest.mark.parametrize("new_data", ["xmp", "content"])
def test_an_xmp_stream_the_catalog_also_uses_is_not_maintenance(
        contract, seal_p12, test_pki, tmp_path, monkeypatch, use, new_data):
    """Found in review: the catalog's other entries were not searched for the XMP stream, so a
    prepared document could change an attachment or a page after signing unnoticed."""
    monkeypatch.setenv("P12PW", "pw")
    refs: list[generic.Reference] = []

    def prepare(w: IncrementalPdfFileWriter) -> None:
        n = generic.NameObject
        stream = generic.StreamObject({n("/Type"): n("/Metadata"), n("/Subtype"): n("/XML")},
                                      stream_data=_xmp_saying("the price is 100 CNY"))
        ref = w.add_object(stream)
        refs.append(ref.reference)
        w.root[n("/Metadata")] = ref
        use(w, ref)
        w.update_root()

    prepared = tmp_path / "prepared.pdf"
    _write(contract, prepared, prepare)
    signed = _sign(prepared, tmp_path / "signed.pdf", seal_p12, "B-B")
    assert review_file(signed, _options(test_pki)).integrity is Integrity.UNCHANGED
    data = (_xmp_saying("the price is 1,000,000 CNY") if new_data == "xmp"
            else b"q 0 0 1 rg 0 0 595 842 re f Q")

    def rewrite(w: IncrementalPdfFileWriter) -> None:
        ref = generic.IndirectObject(refs[0].idnum, refs[0].generation, w)
        stream = ref.get_object()
        stream._data = data
        stream._encoded_data = None
        w.mark_update(ref)

    tampered = tmp_path / "tampered.pdf"
    _write(signed, tampered, rewrite)
    report = review_file(tampered, _options(test_pki))
    assert report.integrity is Integrity.MANIPULATED, report.changes
    assert report.signatures[0].indication is not Indication.TOTAL_PASSED


@pytest.mark.parametrize("xmp", [
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><foo/></x:xmpmeta>',  # no rdf:RDF
    "not xml at all <<<",
])
@pytest.mark.parametrize("key", ["seal-ec", "seal-rsa"])
def test_broken_xmp_from_another_producer_signs_and_stays_as_it_was(
        contract, pki_server, test_pki, tmp_path, monkeypatch, xmp, key):
    import pymupdf

    monkeypatch.setenv("P12PW", "pw")
    p12 = tmp_path / "key.p12"
    p12.write_bytes(test_pki[key].to_pkcs12(b"pw"))
    with pymupdf.open(contract) as doc:
        doc.set_xml_metadata(xmp)
        doc.save(tmp_path / "broken-xmp.pdf")
    source = (tmp_path / "broken-xmp.pdf").read_bytes()
    signed = _sign(tmp_path / "broken-xmp.pdf", tmp_path / "lt.pdf", p12, "B-LT",
                   pki_server.tsa_url)
    assert signed.read_bytes().startswith(source)  # an incremental update, input untouched
    with pymupdf.open(signed) as doc:
        assert doc.get_xml_metadata() == xmp  # left exactly as it was
    report = review_file(signed, _options(test_pki))
    assert report.integrity is Integrity.UNCHANGED, report.changes
    assert report.signatures[0].indication is Indication.TOTAL_PASSED


GBK_XMP = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
           'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>采购合同</dc:title>'
           '</rdf:Description></rdf:RDF></x:xmpmeta>').encode("gbk")


@pytest.mark.parametrize("xmp", [GBK_XMP, b"not xml at all <<<"], ids=["gbk", "garbage"])
def test_unreadable_xmp_signs_at_b_lta_and_extends_with_ltv(contract, pki_server, test_pki,
                                                             tmp_path, monkeypatch, xmp):
    """Found in review: XMP that is not UTF-8 still crashed signing, and ``sealdesk ltv`` (the
    custody queue's upgrade too) failed on any unreadable XMP."""
    monkeypatch.setenv("P12PW", "pw")
    p12 = tmp_path / "ec.p12"
    p12.write_bytes(test_pki["seal-ec"].to_pkcs12(b"pw"))
    n = generic.NameObject

    def put_xmp(w: IncrementalPdfFileWriter) -> None:
        stream = generic.StreamObject({n("/Type"): n("/Metadata"), n("/Subtype"): n("/XML")},
                                      stream_data=xmp)
        w.root[n("/Metadata")] = w.add_object(stream)
        w.update_root()

    source = tmp_path / "xmp.pdf"
    _write(contract, source, put_xmp)
    lta = _sign(source, tmp_path / "lta.pdf", p12, "B-LTA", pki_server.tsa_url)
    signed = _sign(source, tmp_path / "bb.pdf", p12, "B-B")
    root = tmp_path / "root.der"
    root.write_bytes(test_pki.root.cert.dump())
    assert main(["ltv", str(signed), "-o", str(tmp_path / "ltv.pdf"), "--archive-timestamp",
                 "--tsa", pki_server.tsa_url, "--trust", str(root)]) == 0
    for pdf in (lta, tmp_path / "ltv.pdf"):
        report = review_file(pdf, _options(test_pki))
        assert report.integrity is Integrity.UNCHANGED, report.changes
        assert report.signatures[0].indication is Indication.TOTAL_PASSED
        import pymupdf

        with pymupdf.open(pdf) as doc:  # left exactly as it was
            xref = doc.pdf_catalog()
            meta = doc.xref_get_key(xref, "Metadata")[1].split()[0]
            assert doc.xref_stream(int(meta)) == xmp


def test_pyhanko_builds_our_writer_for_dss_and_timestamps():
    from pyhanko.sign.signers import pdf_signer
    from pyhanko.sign.validation import dss

    from crypto.pades.pdfopen import UpdateWriter

    assert dss.IncrementalPdfFileWriter is UpdateWriter
    assert pdf_signer.IncrementalPdfFileWriter is UpdateWriter
