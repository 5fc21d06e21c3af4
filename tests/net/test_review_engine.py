"""The review engine on legitimate files from our signer, and on the classic ways to break them.

Signed samples are made once per module with ``sealdesk sign`` / ``sealdesk ltv`` against the
test PKI's real TSA/OCSP/CRL services on 127.0.0.1; damaged and manipulated variants are
derived from them byte by byte.  Reviews run through ``review_file`` (a worker process with a
time limit), exactly as the CLI and the GUI use it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from app.cli.main import main
from crypto.review.engine import review_file, review_files
from crypto.review.model import FileReport, Indication, Integrity, ReviewOptions, SubIndication

pytestmark = pytest.mark.net

PW_ENV = "SEALDESK_REVIEW_TEST_P12PW"


@contextmanager
def _env(**values: str) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("review")


@pytest.fixture(scope="module")
def keys(test_pki, work) -> dict[str, Path]:
    out = {}
    for name in ("seal-rsa", "person-rsa", "revoked", "seal-ec"):
        out[name] = work / f"{name}.p12"
        out[name].write_bytes(test_pki[name].to_pkcs12(b"pw"))
    return out


def sign(src: Path, out: Path, key: Path, *extra: str, level: str = "B-B",
         tsa: str | None = None) -> Path:
    args = ["sign", str(src), "-o", str(out), "--p12", str(key), "--password-env", PW_ENV,
            "--level", level, "--overwrite", *extra]
    if tsa:
        args += ["--tsa", tsa]
    with _env(**{PW_ENV: "pw", "SEALDESK_HOME": str(out.parent / ".home")}):
        assert main(args) == 0, args
    return out


@pytest.fixture(scope="module")
def levels(contract_template, keys, pki_server, work) -> dict[str, Path]:
    """The contract signed once at each PAdES level."""
    return {level: sign(contract_template, work / f"{level}.pdf", keys["seal-rsa"], level=level,
                        tsa=pki_server.tsa_url)
            for level in ("B-B", "B-T", "B-LT", "B-LTA")}


@pytest.fixture(scope="module")
def form_contract(contract_template, work) -> Path:
    """The contract with a text field "amount" = "100" (made with pymupdf, before signing)."""
    import pymupdf

    doc = pymupdf.open(contract_template)
    widget = pymupdf.Widget()
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_name = "amount"
    widget.field_value = "100"
    widget.rect = pymupdf.Rect(100, 100, 250, 130)
    doc[0].add_widget(widget)
    out = work / "form.pdf"
    doc.save(out)
    return out


def options(test_pki, **kw) -> ReviewOptions:
    base = {"trust_roots": (test_pki.root.cert.dump(),), "system_trust": False,
            "visual": False, "lang": "en"}
    base.update(kw)
    return ReviewOptions(**base)


def review(path: Path, test_pki, **kw) -> FileReport:
    report = review_file(path, options(test_pki, **kw))
    assert report.path == str(path)
    return report


def fill_field(src: Path, dst: Path, name: str, value: str) -> Path:
    """Fill a text field the way a form filler does: new /V and a new appearance stream."""
    with open(src, "rb") as fh:
        w = IncrementalPdfFileWriter(fh, strict=False)
        for ref in w.root["/AcroForm"]["/Fields"]:
            fld = ref.get_object()
            if fld["/T"] == name:
                break
        fld["/V"] = generic.pdf_string(value)
        x1, y1, x2, y2 = (float(v) for v in fld["/Rect"])
        ap = generic.StreamObject(
            {generic.pdf_name("/Type"): generic.pdf_name("/XObject"),
             generic.pdf_name("/Subtype"): generic.pdf_name("/Form"),
             generic.pdf_name("/BBox"): generic.ArrayObject(
                 [generic.FloatObject(0), generic.FloatObject(0),
                  generic.FloatObject(x2 - x1), generic.FloatObject(y2 - y1)])},
            stream_data=b"/Tx BMC EMC")
        fld["/AP"] = generic.DictionaryObject({generic.pdf_name("/N"): w.add_object(ap)})
        w.update_container(fld)
        buf = io.BytesIO()
        w.write(buf)
    dst.write_bytes(buf.getvalue())
    return dst


def add_update(src: Path, dst: Path, change) -> Path:
    """Append one incremental update made by ``change(writer)``."""
    with open(src, "rb") as fh:
        w = IncrementalPdfFileWriter(fh, strict=False)
        change(w)
        buf = io.BytesIO()
        w.write(buf)
    dst.write_bytes(buf.getvalue())
    return dst


def only(report: FileReport):
    assert len(report.signatures) == 1, report
    return report.signatures[0]


# --- legitimate files -------------------------------------------------------------------------


@pytest.mark.parametrize("level", ["B-B", "B-T", "B-LT", "B-LTA"])
def test_each_level_passes_unchanged(level, levels, test_pki):
    report = review(levels[level], test_pki)
    assert report.integrity is Integrity.UNCHANGED, report
    assert report.passed and report.error is None and report.changes == []
    sig = [s for s in report.signatures if s.kind == "signature"][0]
    assert sig.indication is Indication.TOTAL_PASSED, sig.reasons
    assert sig.pades_level == level
    assert sig.intact and sig.crypto_valid and sig.trusted and sig.revocation == "good"
    assert sig.algorithm == "sha256_rsa"
    assert sig.signer is not None and "示例科技有限公司" in sig.signer.subject
    assert sig.modification_level == ("NONE" if level in ("B-B", "B-T") else "LTA_UPDATES")
    assert (sig.timestamp_time is None) == (level == "B-B")
    if level == "B-LTA":
        [stamp] = [s for s in report.signatures if s.kind == "doc_timestamp"]
        assert stamp.indication is Indication.TOTAL_PASSED, stamp.reasons


def test_three_signatures_earlier_ones_changed(contract_template, keys, work, test_pki, seal_png):
    seal = work / "seal.png"
    seal.write_bytes(seal_png)
    one = sign(contract_template, work / "s1.pdf", keys["seal-rsa"], "--seal", str(seal),
               "--page", "1", "--rect", "400,80,520,200")
    two = sign(one, work / "s2.pdf", keys["person-rsa"], "--seal-text", "张三", "--page", "2",
               "--rect", "80,80,260,140")
    three = sign(two, work / "s3.pdf", keys["seal-ec"], "--seal", str(seal), "--cross-page")
    report = review(three, test_pki)
    assert report.integrity is Integrity.CHANGED and report.passed, report
    assert [s.indication for s in report.signatures] == [Indication.TOTAL_PASSED] * 3
    assert [s.modification_level for s in report.signatures] == ["ANNOTATIONS", "ANNOTATIONS",
                                                                 "NONE"]
    assert report.signatures[2].algorithm == "sha256_ecdsa"
    details = [(c.revision, c.detail) for c in report.changes]
    assert (3, 'signature "Seal2" added') in details
    assert (4, 'signature "Seal3" added') in details
    assert (4, "page 2: annotation added (Stamp)") in details  # the cross-page seal's strips
    assert all(c.allowed for c in report.changes)


def test_certified_form_filling_is_changed(form_contract, keys, work, test_pki):
    certified = sign(form_contract, work / "cert2.pdf", keys["seal-rsa"], "--certify", "2")
    filled = fill_field(certified, work / "cert2-filled.pdf", "amount", "900")
    report = review(filled, test_pki)
    assert report.integrity is Integrity.CHANGED, report
    sig = only(report)
    assert sig.indication is Indication.TOTAL_PASSED, sig.reasons
    assert sig.docmdp == 2 and sig.modification_level == "FORM_FILLING"
    assert [c.detail for c in report.changes] == ['field "amount": "100" → "900"']
    countersigned = sign(filled, work / "cert2-counter.pdf", keys["person-rsa"], "--seal-text",
                         "张三", "--page", "2", "--rect", "80,80,260,140")
    report = review(countersigned, test_pki)
    assert report.integrity is Integrity.CHANGED and report.passed, report


def test_certified_no_changes_then_changed_is_manipulated(form_contract, keys, work, test_pki):
    certified = sign(form_contract, work / "cert1.pdf", keys["seal-rsa"], "--certify", "1")
    assert review(certified, test_pki).integrity is Integrity.UNCHANGED
    filled = fill_field(certified, work / "cert1-filled.pdf", "amount", "900")
    report = review(filled, test_pki)
    assert report.integrity is Integrity.MANIPULATED, report
    sig = only(report)
    assert sig.indication is Indication.TOTAL_FAILED
    assert sig.sub_indication is SubIndication.SIG_CONSTRAINTS_FAILURE
    assert any("permission level 1" in r for r in sig.reasons), sig.reasons
    assert not report.changes[0].allowed


def test_annotation_after_approval_is_listed(levels, work, test_pki):
    def add_note(w):
        page = w.root["/Pages"]["/Kids"][0].get_object()
        note = w.add_object(generic.DictionaryObject({
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/FreeText"),
            generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v)
                                                            for v in (300, 300, 500, 340)]),
            generic.pdf_name("/Contents"): generic.pdf_string("Amount: 900"),
        }))
        annots = page["/Annots"]
        annots.append(note)
        w.update_container(page)

    report = review(add_update(levels["B-B"], work / "note.pdf", add_note), test_pki)
    assert report.integrity is Integrity.CHANGED, report
    assert [c.detail for c in report.changes] == ["page 1: annotation added (FreeText)"]
    assert only(report).modification_level == "ANNOTATIONS"


def test_lta_refreshed_file_is_unchanged(levels, work, test_pki, pki_server):
    lt = work / "refreshed-lt.pdf"
    lta = work / "refreshed-lta.pdf"
    lta2 = work / "refreshed-lta2.pdf"
    with _env(SEALDESK_HOME=str(work / ".home")):
        assert main(["ltv", str(levels["B-T"]), "-o", str(lt), "--overwrite"]) == 0
        for src, dst in ((lt, lta), (lta, lta2)):
            assert main(["ltv", str(src), "-o", str(dst), "--archive-timestamp", "--tsa",
                         pki_server.tsa_url, "--overwrite"]) == 0
    report = review(lta2, test_pki)
    assert report.integrity is Integrity.UNCHANGED and report.passed, report
    sig = report.signatures[0]
    assert sig.modification_level == "LTA_UPDATES" and sig.pades_level == "B-LTA"
    assert [s.kind for s in report.signatures] == ["signature", "doc_timestamp", "doc_timestamp"]


# --- trust, revocation, expiry ----------------------------------------------------------------


def test_untrusted_root_is_indeterminate(levels, test_pki):
    report = review(levels["B-T"], test_pki, trust_roots=())
    sig = only(report)
    assert sig.indication is Indication.INDETERMINATE
    assert sig.sub_indication is SubIndication.NO_CERTIFICATE_CHAIN_FOUND
    assert not sig.trusted and not report.passed
    assert report.integrity is Integrity.UNCHANGED


def test_revoked_signer(contract_template, keys, work, test_pki, pki_server):
    bt = sign(contract_template, work / "revoked-bt.pdf", keys["revoked"], level="B-T",
              tsa=pki_server.tsa_url)
    sig = only(review(bt, test_pki))
    assert (sig.indication, sig.sub_indication) == (Indication.TOTAL_FAILED, SubIndication.REVOKED)
    assert sig.revocation == "revoked"
    bb = sign(contract_template, work / "revoked-bb.pdf", keys["revoked"])
    sig = only(review(bb, test_pki))
    assert (sig.indication, sig.sub_indication) == (Indication.INDETERMINATE,
                                                    SubIndication.REVOKED_NO_POE)


def test_revoked_after_the_timestamp_still_passes(contract_template, fresh_pki_server, work):
    pki = fresh_pki_server.pki
    leaf = pki.issue("revoked-later")
    key = work / "revoked-later.p12"
    key.write_bytes(leaf.to_pkcs12(b"pw"))
    signed = sign(contract_template, work / "revoked-later.pdf", key, level="B-T",
                  tsa=fresh_pki_server.tsa_url)
    time.sleep(1.1)
    pki.revoke("revoked-later", when=dt.datetime.now(dt.UTC))
    report = review(signed, pki)
    sig = only(report)
    assert sig.indication is Indication.TOTAL_PASSED, sig.reasons
    assert any("after the signature's timestamp" in r for r in sig.reasons), sig.reasons


def test_expired_certificate_without_proof_of_existence(contract_template, test_pki, work):
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    leaf = test_pki["expired"]
    signer = signers.SimpleSigner(
        signing_cert=leaf.cert, signing_key=leaf.key_info(),
        cert_registry=SimpleCertificateStore.from_certs(list(leaf.chain)))
    out = work / "expired.pdf"
    with open(contract_template, "rb") as fh:
        w = IncrementalPdfFileWriter(fh)
        buf = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Old"), signer=signer)
    out.write_bytes(buf.getvalue())
    sig = only(review(out, test_pki))
    assert sig.indication is Indication.INDETERMINATE
    assert sig.sub_indication is SubIndication.OUT_OF_BOUNDS_NO_POE


# --- damage and manipulation ------------------------------------------------------------------


def test_bit_flip_in_signed_bytes_is_broken(levels, work, test_pki):
    data = bytearray(levels["B-B"].read_bytes())
    at = data.index(b"stream", 2000) + 20
    data[at] ^= 0x01
    flipped = work / "flipped.pdf"
    flipped.write_bytes(bytes(data))
    report = review(flipped, test_pki)
    assert report.integrity is Integrity.BROKEN
    sig = only(report)
    assert (sig.indication, sig.sub_indication) == (Indication.TOTAL_FAILED,
                                                    SubIndication.HASH_FAILURE)
    assert not sig.intact


@pytest.mark.parametrize("tail", [b"\n1 0 obj\n<< /Evil true >>\nendobj\n", b"\n" + b"X" * 5000],
                         ids=["object", "5kB"])
def test_garbage_after_eof_is_manipulated(levels, work, test_pki, tail):
    bad = work / "garbage.pdf"
    bad.write_bytes(levels["B-T"].read_bytes() + tail)
    report = review(bad, test_pki)
    assert report.integrity is Integrity.MANIPULATED, report
    sig = only(report)
    assert sig.indication is Indication.TOTAL_FAILED
    assert any("clean incremental update" in r for r in sig.reasons)


def test_page_content_added_after_signing_is_manipulated(levels, work, test_pki):
    def overwrite(w):
        page = w.root["/Pages"]["/Kids"][0].get_object()
        extra = w.add_object(generic.StreamObject(stream_data=b"BT 100 700 Td (PAY 900) Tj ET"))
        page["/Contents"] = generic.ArrayObject([page.raw_get("/Contents"), extra])
        w.update_container(page)

    report = review(add_update(levels["B-T"], work / "isa.pdf", overwrite), test_pki)
    assert report.integrity is Integrity.MANIPULATED
    assert only(report).indication is Indication.TOTAL_FAILED
    assert any(c.detail == "page 1: /Contents changed" and not c.allowed for c in report.changes)


def test_xref_redirect_into_signed_bytes_is_manipulated(levels, work, test_pki):
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = levels["B-B"].read_bytes()
    with open(levels["B-B"], "rb") as fh:
        r = PdfFileReader(fh)
        other = r.xrefs.get_historical_ref(generic.Reference(5, 0), 0)
        size = r.xrefs.get_xref_container_info(r.xrefs.total_revisions - 1).size
        prev = r.last_startxref
    update = (b"xref\n4 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root 1 0 R /Prev %d >>\n"
              b"startxref\n%d\n%%%%EOF\n" % (other, size, prev, len(data) + 1))
    bad = work / "redirect.pdf"
    bad.write_bytes(data + b"\n" + update)
    assert review(bad, test_pki).integrity is Integrity.MANIPULATED


@pytest.mark.parametrize("cut", ["half", "tail"])
def test_truncated_file_is_an_error(levels, work, test_pki, cut):
    data = levels["B-T"].read_bytes()
    bad = work / "truncated.pdf"
    bad.write_bytes(data[: len(data) // 2] if cut == "half" else data[:-100])
    report = review(bad, test_pki)
    assert report.integrity in (Integrity.ERROR, Integrity.BROKEN)
    assert report.integrity is not Integrity.ERROR or "damaged or truncated" in report.error


def test_not_a_pdf_and_unsigned(work, contract_template, test_pki):
    junk = work / "junk.pdf"
    junk.write_bytes(b"just some text\n" * 50)
    report = review(junk, test_pki)
    assert report.integrity is Integrity.ERROR and report.error == "This is not a PDF file."
    assert review(contract_template, test_pki).integrity is Integrity.NONE
    assert not review(contract_template, test_pki).passed
    zh = review_file(junk, options(test_pki, lang="zh"))
    assert zh.error == "这不是 PDF 文件。"


def test_encrypted_without_password_is_an_error(contract_template, keys, work, test_pki):
    import pymupdf

    doc = pymupdf.open(contract_template)
    locked = work / "locked.pdf"
    doc.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="open-sesame",
             owner_pw="owner")
    signed = work / "locked-signed.pdf"
    with _env(DOCPW="open-sesame"):
        sign(locked, signed, keys["seal-rsa"], "--pdf-password-env", "DOCPW")
    report = review(signed, test_pki)
    assert report.integrity is Integrity.ERROR
    assert "password" in report.error


def test_time_limit_stops_a_slow_file(levels, work, test_pki):
    def many_annotations(w):
        page = w.root["/Pages"]["/Kids"][0].get_object()
        annots = page["/Annots"]
        for _ in range(6000):
            annots.append(w.add_object(generic.DictionaryObject({
                generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
                generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
                generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(0)] * 4)})))
        w.update_container(page)

    slow = add_update(levels["B-B"], work / "slow.pdf", many_annotations)
    started = time.monotonic()
    report = review(slow, test_pki, time_limit=0.5)
    assert time.monotonic() - started < 10
    assert report.integrity is Integrity.ERROR
    assert "longer than 0.5 seconds" in report.error
    assert review(levels["B-B"], test_pki).integrity is Integrity.UNCHANGED  # worker replaced


# --- offline, archives, CLI -------------------------------------------------------------------


def test_offline_makes_no_request(levels, fresh_pki_server):
    pki = fresh_pki_server.pki
    fresh_pki_server.reset()
    lt = review(levels["B-LT"], pki, offline=True)
    assert lt.passed, lt
    bt = only(review(levels["B-T"], pki, offline=True))
    assert (bt.indication, bt.sub_indication) == (Indication.INDETERMINATE, SubIndication.TRY_LATER)
    assert bt.revocation == "unknown"
    assert any("offline" in r for r in bt.reasons)
    assert sum(fresh_pki_server.hits.values()) == 0


def test_review_files_keeps_order(levels, test_pki, contract_template):
    paths = [levels["B-T"], contract_template, levels["B-LT"]]
    reports = review_files(paths, options(test_pki), jobs=2)
    assert [r.path for r in reports] == [str(p) for p in paths]
    assert [r.integrity for r in reports] == [Integrity.UNCHANGED, Integrity.NONE,
                                              Integrity.UNCHANGED]


def verify(*args: str) -> int:
    """``sealdesk verify`` (through main() once it is wired there)."""
    from app.cli import main as cli_main

    parser = cli_main.build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    if "verify" in commands:
        return main(["verify", *args])
    import argparse

    from app.cli.present import report_error
    from app.cli.verify_cmd import add_verify_parser, run_verify
    from crypto import errors

    p = argparse.ArgumentParser(prog="sealdesk")
    add_verify_parser(p.add_subparsers(dest="command"))
    ns = p.parse_args(["verify", *args])
    try:
        return run_verify(ns)
    except errors.UsageError as exc:
        report_error(exc, json_mode=ns.json)
        return 2
    except errors.SealDeskError as exc:
        report_error(exc, json_mode=ns.json)
        return 1


@pytest.fixture(scope="module")
def root_pem(test_pki, work) -> Path:
    path = work / "root.pem"
    path.write_bytes(test_pki.root.cert_pem())
    return path


def test_cli_exit_codes_and_json(levels, root_pem, work, capsys, contract_template):
    folder = work / "archive"
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    for name, src in (("a.pdf", levels["B-T"]), ("sub/b.PDF", levels["B-LT"])):
        (folder / name).write_bytes(src.read_bytes())
    (folder / "notes.txt").write_text("not a pdf")
    base = ["--trust", str(root_pem), "--no-system-trust", "--lang", "en"]
    assert verify(str(folder), *base, "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "sealdesk.verify/1"
    assert [Path(f["path"]).name for f in doc["files"]] == ["a.pdf", "b.PDF"]
    entry = doc["files"][0]
    assert set(entry) >= {"path", "sha256", "integrity", "error", "changes",
                          "visual_difference", "signatures"}
    sig = entry["signatures"][0]
    assert set(sig) >= {"field", "kind", "indication", "sub_indication", "intact", "crypto_valid",
                        "trusted", "revocation", "coverage", "modification_level", "docmdp",
                        "pades_level", "algorithm", "signer", "signing_time", "timestamp_time"}
    assert set(sig["signer"]) == {"subject", "issuer", "serial", "not_after"}
    assert (sig["indication"], sig["pades_level"]) == ("TOTAL-PASSED", "B-T")
    assert verify(str(folder), str(contract_template), *base) == 1  # unsigned: NONE
    out = capsys.readouterr().out
    assert "1 not passed" in out and "NONE" in out
    assert verify(str(levels["B-T"]), "--no-system-trust", "--lang", "en") == 1  # untrusted
    capsys.readouterr()
    assert verify(str(work / "missing.pdf"), *base) == 2
    assert "does not exist" in capsys.readouterr().err
    assert verify(str(levels["B-T"]), *base, "--jobs", "0") == 2


def test_expired_certificate_with_archive_timestamp_passes(contract_template, fresh_pki_server,
                                                           work):
    """B-LTA keeps proof that the signature predates expiry: ETSI past validation passes."""
    pki = fresh_pki_server.pki
    now = dt.datetime.now(dt.UTC)
    leaf = pki.issue("short-lived", not_before=now - dt.timedelta(hours=1),
                     not_after=now + dt.timedelta(seconds=4))
    key = work / "short-lived.p12"
    key.write_bytes(leaf.to_pkcs12(b"pw"))
    signed = sign(contract_template, work / "short-lived.pdf", key, level="B-LTA",
                  tsa=fresh_pki_server.tsa_url)
    time.sleep(max(0.0, (leaf.cert.not_valid_after - dt.datetime.now(dt.UTC)).total_seconds())
               + 1.0)
    sig = review(signed, pki).signatures[0]
    assert sig.indication is Indication.TOTAL_PASSED, sig.reasons
    assert any("archived in the document" in r for r in sig.reasons), sig.reasons


def _pyhanko_sign(src: Path, out: Path, leaf, **spec) -> Path:
    """Sign with pyHanko directly (for what our CLI refuses or does not offer)."""
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(
        signing_cert=leaf.cert, signing_key=leaf.key_info(),
        cert_registry=SimpleCertificateStore.from_certs(list(leaf.chain)))
    name = spec.pop("field_name", "Lock")
    with open(src, "rb") as fh:
        w = IncrementalPdfFileWriter(fh)
        buf = signers.sign_pdf(
            w, signers.PdfSignatureMetadata(field_name=name), signer=signer,
            new_field_spec=fields.SigFieldSpec(sig_field_name=name, **spec))
    out.write_bytes(buf.getvalue())
    return out


def test_field_locked_by_fieldmdp_then_changed(form_contract, test_pki, work):
    from pyhanko.sign.fields import FieldMDPAction, FieldMDPSpec

    locked = _pyhanko_sign(form_contract, work / "locked-field.pdf", test_pki["seal-rsa"],
                           field_mdp_spec=FieldMDPSpec(FieldMDPAction.INCLUDE, fields=["amount"]))
    assert review(locked, test_pki).passed
    report = review(fill_field(locked, work / "locked-filled.pdf", "amount", "900"), test_pki)
    assert report.integrity is Integrity.MANIPULATED, report
    sig = only(report)
    assert sig.sub_indication is SubIndication.SIG_CONSTRAINTS_FAILURE
    assert any('"amount" was locked' in r for r in sig.reasons), sig.reasons


def test_certificate_without_signing_key_usage(contract_template, test_pki, work):
    signed = _pyhanko_sign(contract_template, work / "no-usage.pdf", test_pki["no-sign-usage"],
                           field_name="Usage")
    sig = only(review(signed, test_pki))
    assert (sig.indication, sig.sub_indication) == (Indication.INDETERMINATE,
                                                    SubIndication.CHAIN_CONSTRAINTS_FAILURE)
    assert any("key usage" in r for r in sig.reasons), sig.reasons


def test_cli_report_and_revisions(levels, root_pem, work, capsys, form_contract, keys):
    certified = sign(form_contract, work / "cli-cert.pdf", keys["seal-rsa"], "--certify", "2")
    filled = fill_field(certified, work / "cli-filled.pdf", "amount", "900")
    out_pdf, out_dir = work / "report.pdf", work / "revisions"
    code = verify(str(filled), str(levels["B-B"]), "--trust", str(root_pem), "--no-system-trust",
                  "--lang", "zh", "--report", str(out_pdf), "--extract-revisions", str(out_dir))
    text = capsys.readouterr().out
    assert code == 1, text  # the certifier saw "100": "900" is drawn over signed content
    assert "✘ CHANGED" in text and '字段“amount”：“100” → “900”' in text and "覆盖在第 1 页" in text
    assert out_pdf.read_bytes().startswith(b"%PDF-")
    extracted = sorted(p.name for p in out_dir.rglob("*.pdf"))
    assert len(extracted) == 2, extracted  # one signed revision per file
