"""The PDF review report: both languages, verdict colours, wrapping, thumbnails, atomic output."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pymupdf
import pytest

from app.review import write_report
from app.review.layout import MARGIN_X, PAGE, wrap
from app.review.report_pdf import AMBER, GREEN, GREY, RED, file_colour
from crypto.errors import Text
from crypto.review.model import (
    Change,
    ChangeKind,
    FileReport,
    Indication,
    Integrity,
    SignatureReport,
    Signer,
    SubIndication,
)
from crypto.review.revisions import signed_revision_bytes
from crypto.review.visual import compare_revision
from tests.conftest import require_tool
from tests.net.test_review_visual import AMOUNT, field_names, retext, sign

pytestmark = pytest.mark.net

SIGNER = Signer(
    subject="CN=示例科技有限公司, O=示例科技有限公司, C=CN, serialNumber=91110000MA01ABCD2Q",
    issuer="CN=SealDesk Demo Issuing CA, O=SealDesk Demo, C=CN",
    serial="0x5f3a9c0d1e2b7a6c4d8e9f00112233445566",
    not_after="2027-11-28T18:38:00+00:00",
)
LONG_PATH = ("/srv/legal/archive/2024/" + "a_very_long_folder_name_without_any_spaces" * 4
             + "/销售合同-第001号-示例科技有限公司与上海示范贸易有限公司.pdf")
WHEN = datetime(2026, 11, 28, 18, 45, tzinfo=UTC)


def valid(field: str = "Seal1", **changes) -> SignatureReport:
    values = dict(
        field=field, kind="signature", indication=Indication.TOTAL_PASSED, intact=True,
        crypto_valid=True, trusted=True, revocation="good", coverage="ENTIRE_FILE",
        modification_level="NONE", pades_level="B-T", algorithm="sha256_rsa", signer=SIGNER,
        signing_time="2026-11-28T18:38:01+00:00", timestamp_time="2026-11-28T18:38:02+00:00",
        revision=2,
    )
    values.update(changes)
    return SignatureReport(**values)


def sample_reports(forged: str = "/docs/forged.pdf") -> list[FileReport]:
    return [
        FileReport(path="/docs/good.pdf", sha256="ab" * 32, integrity=Integrity.UNCHANGED,
                   visual_difference=False, signatures=[valid()], revisions=2),
        FileReport(path=forged, sha256="cd" * 32, integrity=Integrity.MANIPULATED,
                   visual_difference=True, differing_pages=[1], revisions=3,
                   changes=[Change(3, ChangeKind.PAGE, "page 1: content replaced", False)],
                   signatures=[valid(indication=Indication.TOTAL_FAILED, intact=False,
                                     sub_indication=SubIndication.HASH_FAILURE,
                                     reasons=["The signed bytes were altered."])]),
        FileReport(path=LONG_PATH, sha256="ef" * 32, integrity=Integrity.CHANGED,
                   visual_difference=False, revisions=3,
                   changes=[Change(3, ChangeKind.FORM_FIELD, 'field "amount": "100" → "900"')],
                   signatures=[valid(), valid(
                       "Signature2", indication=Indication.INDETERMINATE, trusted=False,
                       sub_indication=SubIndication.NO_CERTIFICATE_CHAIN_FOUND, docmdp=2,
                       coverage="ENTIRE_REVISION", modification_level="FORM_FILLING",
                       reasons=[Text("no trust anchor for {subject}", subject="CN=Example")])]),
        FileReport(path="/docs/plain.pdf", sha256="01" * 32, integrity=Integrity.NONE),
        FileReport(path="/docs/huge.pdf", sha256="23" * 32, integrity=Integrity.ERROR,
                   error="Time limit of 60 s reached."),
    ]


def report_text(path: Path) -> str:
    return "\n".join(page.get_text() for page in pymupdf.open(path))


@pytest.mark.parametrize(("lang", "words"), [
    ("zh", ["签名验证报告", "未更改", "被篡改", "签署后有更改", "未签名", "无法检查", "有效",
            "无效", "无法确定", "签名所覆盖的内容已被改动", "找不到通往受信任根证书的证书链",
            "签名人", "证书序列号", "认证签名：允许填写表单和签名", "第 1 页与签署时的显示不同"]),
    ("en", ["Signature verification report", "Unchanged", "Manipulated",
            "Changed after signing", "Not signed", "Could not be checked", "Valid", "Invalid",
            "Indeterminate", "the signed content was altered",
            "no chain to a trusted root certificate", "Signer", "Certificate serial",
            "certified: form filling and signing allowed", "differs from what was signed"]),
])
def test_report_has_the_verdicts_in_words(lang, words, tmp_path):
    out = tmp_path / f"report-{lang}.pdf"
    write_report(sample_reports(), out, lang=lang, generated=WHEN)
    text = report_text(out)
    for word in words:
        assert word in text, word
    for code in ("TOTAL-PASSED", "TOTAL-FAILED", "INDETERMINATE", "HASH_FAILURE",
                 "MANIPULATED", "0x5f3a9c0d1e2b7a6c4d8e9f00112233445566", "ab" * 32,
                 "2026-11-28T18:38:02+00:00", "sha256_rsa", "B-T", "no trust anchor for"):
        assert code in text, code
    assert "?" not in text and "\ufffd" not in text  # every character drawn
    doc = pymupdf.open(out)
    assert doc.page_count >= 1 + 5  # title page, then at least a page per file
    assert "SealDesk 0.1.0" in doc[0].get_text()
    fonts = {f[3] for page in doc for f in page.get_fonts()}
    assert any("Noto Sans CJK SC" in name for name in fonts), fonts
    assert not list(tmp_path.glob(".*.part"))


def test_verdict_colours():
    good, forged, changed, plain, failed = sample_reports()
    assert file_colour(good) == GREEN
    assert file_colour(forged) == RED
    assert file_colour(changed) == AMBER  # CHANGED is never green, even with valid signatures
    assert file_colour(plain) == GREY and file_colour(failed) == GREY
    changed.integrity = Integrity.UNCHANGED  # an INDETERMINATE signature keeps it amber
    assert file_colour(changed) == AMBER
    good.visual_difference = True  # a visual difference is never green
    assert file_colour(good) == AMBER
    good.visual_difference = False
    good.signatures.append(valid(indication=Indication.TOTAL_FAILED))
    assert file_colour(good) == RED


def test_verdict_bars_are_drawn_in_their_colours(tmp_path):
    out = tmp_path / "report.pdf"
    write_report(sample_reports(), out, lang="en", generated=WHEN)
    doc = pymupdf.open(out)
    fills = [{tuple(round(c, 2) for c in d["fill"]) for d in page.get_drawings() if d.get("fill")}
             for page in doc]
    assert tuple(round(c, 2) for c in GREEN) in fills[1]  # the unchanged file
    assert tuple(round(c, 2) for c in RED) in fills[2]  # the manipulated one
    assert tuple(round(c, 2) for c in GREEN) not in fills[2]


def test_long_paths_and_hashes_stay_inside_the_page(tmp_path):
    out = tmp_path / "report.pdf"
    write_report(sample_reports(), out, lang="zh", generated=WHEN)
    right = PAGE.width - MARGIN_X + 1
    for page in pymupdf.open(out):
        for x0, _, x1, _, text, *_ in page.get_text("words"):
            assert x0 >= MARGIN_X - 1 and x1 <= right, (page.number, text, x1)
    text = report_text(out).replace("\n", "")
    assert LONG_PATH in text  # broken over lines, nothing lost
    assert wrap("x" * 400, 9, 100)[0] == "x" * len(wrap("x" * 400, 9, 100)[0])


def test_thumbnails_of_a_changed_page(contract, seal_p12, tmp_path, monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    signed = sign(contract, tmp_path / "signed.pdf", seal_p12)
    data = signed.read_bytes()
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(retext(data, 0, AMOUNT, "900,000.00"))
    visual = compare_revision(forged, signed_revision_bytes(forged, field_names(data)[0]))
    reports = sample_reports(str(forged))
    out = tmp_path / "report.pdf"
    write_report(reports, out, lang="zh", thumbnails={str(forged): visual}, generated=WHEN)
    doc = pymupdf.open(out)
    with_images = [p.number for p in doc if p.get_images()]
    assert with_images and all(n >= 2 for n in with_images)
    text = report_text(out)
    assert "签署时" in text and "当前显示" in text and "第 1 页：内容不同" in text
    images = sum(len(doc[n].get_images()) for n in with_images)
    assert images == 4  # signed and displayed page, signed and displayed detail


def test_report_renders_with_poppler_and_replaces_atomically(tmp_path):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    write_report(sample_reports(), out, lang="zh", generated=WHEN)
    assert out.read_bytes().startswith(b"%PDF")
    tool = require_tool("pdftoppm")
    proc = subprocess.run([tool, "-r", "30", "-png", str(out), str(tmp_path / "page")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and not proc.stderr, proc.stderr
    assert len(list(tmp_path.glob("page-*.png"))) == pymupdf.open(out).page_count


def test_empty_report(tmp_path):
    out = tmp_path / "empty.pdf"
    write_report([], out, lang="en", generated=WHEN)
    assert "No files." in report_text(out)


def covered_report() -> FileReport:
    """A permitted annotation drawn over what the certifier saw (Evil Annotation on P3)."""
    return FileReport(
        path="/docs/evil-annotation.pdf", sha256="45" * 32, integrity=Integrity.CHANGED,
        visual_difference=True, differing_pages=[1], revisions=3,
        changes=[Change(3, ChangeKind.ANNOTATION, "page 1: annotation added (FreeText)",
                        covers_signed=True),
                 Change(3, ChangeKind.FORM_FIELD, 'field "note": "" → "ok"')],
        signatures=[valid(docmdp=3, coverage="ENTIRE_REVISION", modification_level="ANNOTATIONS")])


@pytest.mark.parametrize(("lang", "status", "note"), [
    ("en", "drawn over signed content", "a change is drawn over content the signer saw"),
    ("zh", "覆盖已签署的内容", "有更改覆盖在签署人所见的内容之上"),
])
def test_a_change_drawn_over_signed_content_is_red_and_never_called_allowed(
        lang, status, note, tmp_path):
    report = covered_report()
    assert file_colour(report) == RED  # permitted by DocMDP 3, still not what was signed
    out = tmp_path / "covered.pdf"
    write_report([report], out, lang=lang, generated=WHEN)
    doc = pymupdf.open(out)
    text = doc[1].get_text().replace("\n", "")
    assert note in text
    allowed = "allowed" if lang == "en" else "允许"
    covered_line = next(line for line in doc[1].get_text().splitlines() if status in line)
    assert allowed not in covered_line.replace(status, "")
    red = tuple(round(c, 2) for c in RED)
    spans = [s for block in doc[1].get_text("dict")["blocks"] for line in block.get("lines", [])
             for s in line["spans"]]
    colour = {s["text"]: tuple(round(c / 255, 2) for c in (
        s["color"] >> 16 & 255, s["color"] >> 8 & 255, s["color"] & 255)) for s in spans}
    assert any(status in t and c == red for t, c in colour.items()), colour
    plain = next(t for t in colour if '"note"' in t or "“note”" in t)
    assert colour[plain] != red  # the plain form-filling change stays black
    bars = [d for d in doc[1].get_drawings() if d.get("fill")]
    assert tuple(round(c, 2) for c in bars[0]["fill"]) == red  # the file's verdict bar
    legend = " ".join(report_text(out).split()).replace("， ", "，").replace("、 ", "、")
    assert ("or a change is drawn over signed content" if lang == "en"
            else "有更改覆盖已签署的内容") in legend
    assert ("of which a change is drawn over signed content 1 file(s)" if lang == "en"
            else "其中有更改覆盖已签署的内容 1 个文件") in legend  # title page count


def test_cli_summary_marks_a_change_drawn_over_signed_content(capsys):
    from app.cli.verify_cmd import print_summary

    report = covered_report()
    assert not report.passed  # permitted by DocMDP 3, yet not what the certifier saw
    print_summary([report])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("✘ CHANGED")
    [covered] = [line for line in out if "FreeText" in line]
    assert covered.endswith(" (drawn over signed content)"), covered
    [plain] = [line for line in out if '"note"' in line]
    assert "drawn over" not in plain and "not allowed" not in plain
