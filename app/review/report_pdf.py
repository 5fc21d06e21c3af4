"""The human-readable review report: an A4 PDF in Chinese or English.

A title page (date, tool version, files by verdict, colour legend, the file list), then one
section per file: path, SHA-256, the integrity verdict as a coloured bar, each signature (signer,
certificate, times, level, algorithm, verdict in words with its reasons), the changes after
signing, and thumbnails of the pages that look different from what was signed.

``thumbnails`` maps a FileReport's ``path`` to its crypto.review.visual.VisualDiff (or the list of
PageDiff): its changed pages are shown signed vs displayed, the change outlined in red.

Colours: green only for a file that is UNCHANGED with every signature TOTAL-PASSED and no visual
difference; red for MANIPULATED, BROKEN, any TOTAL-FAILED signature, or a change drawn over
content a signer saw (``Change.covers_signed``: permitted by the letter of the signature, but what
is displayed is not what was signed); grey for NONE and ERROR; amber for everything else
(CHANGED, INDETERMINATE).  A changed document is never plain green.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from app import __version__
from app.atomic import atomic_output
from app.review.layout import BLACK, LEADING, MARGIN_X, MUTED, Color, ReportCanvas
from app.review.report_text import DOCMDP, WORDS, Words
from crypto.review.model import FileReport, Indication, Integrity, SignatureReport
from crypto.review.visual import PageDiff, VisualDiff

GREEN: Color = (0.18, 0.49, 0.2)
AMBER: Color = (0.77, 0.45, 0.0)
RED: Color = (0.78, 0.16, 0.16)
GREY: Color = (0.45, 0.45, 0.45)
THUMBNAIL_HEIGHT = 300.0
DETAIL_HEIGHT = 70.0

Thumbnails = Mapping[str, VisualDiff | Sequence[PageDiff]]


def write_report(
    reports: list[FileReport],
    out: Path,
    lang: str = "zh",
    thumbnails: Thumbnails | None = None,
    *,
    generated: datetime | None = None,
) -> None:
    """Write the PDF report on ``reports`` to ``out`` (atomically; ``lang``: "zh" or "en")."""
    words = Words(lang)
    canvas = ReportCanvas()
    _title_page(canvas, words, reports, generated or datetime.now().astimezone())
    pictures = thumbnails or {}
    for index, report in enumerate(reports, start=1):
        canvas.new_page()
        _file_section(canvas, words, report, index, len(reports), pictures.get(report.path))
    data = canvas.finish(lambda page, pages: words(
        "SealDesk {version} · Signature verification report · page {page} of {pages}",
        version=__version__, page=page, pages=pages))
    with atomic_output(Path(out), overwrite=True) as fh:
        fh.write(data)


def file_colour(report: FileReport) -> Color:
    """The verdict colour of a file (see the module docstring for the rule)."""
    if report.integrity in (Integrity.NONE, Integrity.ERROR):
        return GREY
    indications = {s.indication for s in report.signatures}
    if report.integrity in (Integrity.MANIPULATED, Integrity.BROKEN):
        return RED
    if Indication.TOTAL_FAILED in indications or report.covers_signed_content:
        return RED
    if (report.integrity is Integrity.UNCHANGED and indications == {Indication.TOTAL_PASSED}
            and not report.visual_difference):
        return GREEN
    return AMBER


def signature_colour(signature: SignatureReport, file: Color) -> Color:
    """A signature's colour: a valid signature is green only inside a green file."""
    if signature.indication is Indication.TOTAL_FAILED:
        return RED
    if signature.indication is Indication.INDETERMINATE:
        return AMBER
    return GREEN if file == GREEN else AMBER


def _title_page(canvas: ReportCanvas, words: Words, reports: list[FileReport],
                generated: datetime) -> None:
    canvas.space(40)
    canvas.text(words("Signature verification report"), size=22, bold=True)
    canvas.space(14)
    canvas.field(words("Generated"), generated.isoformat(sep=" ", timespec="seconds"))
    canvas.field(words("Tool"), f"SealDesk {__version__}")
    canvas.field(words("Files"), str(len(reports)))
    canvas.space(6)
    canvas.heading(words("Files by integrity verdict"))
    for verdict in Integrity:
        count = sum(1 for r in reports if r.integrity is verdict)
        _chip_line(canvas, _verdict_colour(verdict),
                   words.coded(words.integrity(verdict), verdict.value),
                   words("{count} file(s)", count=count))
        covered = sum(1 for r in reports if r.integrity is verdict and r.covers_signed_content)
        if verdict is Integrity.CHANGED and covered:
            _chip_line(canvas, RED, words("of which a change is drawn over signed content"),
                       words("{count} file(s)", count=covered))
    passed = sum(1 for r in reports if r.passed)
    canvas.space(4)
    canvas.text(words("Passed (every signature valid, document unchanged or changed only as "
                      "allowed): {passed} of {total}", passed=passed, total=len(reports)))
    canvas.heading(words("Signatures by verdict"))
    signatures = [s for r in reports for s in r.signatures]
    for indication, colour in ((Indication.TOTAL_PASSED, GREEN),
                               (Indication.INDETERMINATE, AMBER), (Indication.TOTAL_FAILED, RED)):
        count = sum(1 for s in signatures if s.indication is indication)
        _chip_line(canvas, colour, words.coded(words.indication(indication), indication.value),
                   words("{count} signature(s)", count=count))
    canvas.heading(words("Colours"))
    for colour, meaning in (
        (GREEN, "green: unchanged and every signature valid"),
        (AMBER, "amber: changed after signing, or a signature is indeterminate"),
        (RED, "red: manipulated, broken, a signature is invalid, or a change is drawn over "
              "signed content"),
        (GREY, "grey: not signed, or could not be checked"),
    ):
        _chip_line(canvas, colour, words(meaning), "")
    canvas.heading(words("File list"))
    if not reports:
        canvas.text(words("No files."))
    for index, report in enumerate(reports, start=1):
        _chip_line(canvas, file_colour(report), f"{index}. {Path(report.path).name}",
                   words.integrity(report.integrity))


def _chip_line(canvas: ReportCanvas, colour: Color, label: str, value: str) -> None:
    """A coloured square, a label and a value at the right (one entry of a summary)."""
    canvas.ensure(16)
    canvas.space(2)
    top = canvas.y
    canvas.text(label, x=MARGIN_X + 16, limit=canvas.width - 166)
    first_line = top + 9.5 * LEADING
    canvas.y, bottom = first_line, canvas.y
    canvas.chip(MARGIN_X + 2, colour)
    if value:
        canvas.put(MARGIN_X + canvas.width - 140, first_line - 2.85, value, size=9.5)
    canvas.y = max(bottom, first_line)


def _file_section(canvas: ReportCanvas, words: Words, report: FileReport, index: int,
                  total: int, visual: VisualDiff | Sequence[PageDiff] | None) -> None:
    colour = file_colour(report)
    name = Path(report.path).name or report.path
    canvas.text(words("File {index} of {total}: {name}", index=index, total=total, name=name),
                size=14, bold=True)
    canvas.space(4)
    verdict = words.coded(words.integrity(report.integrity), report.integrity.value)
    canvas.bar(words("Integrity: {verdict}", verdict=verdict), colour,
               note=words.file_note(report))
    canvas.space(4)
    canvas.field(words("Path"), report.path)
    canvas.field("SHA-256", report.sha256)
    if report.revisions:
        canvas.field(words("Revisions"), str(report.revisions))
    canvas.field(words("Visual comparison"), _visual_summary(words, report, visual))
    if report.error:
        canvas.field(words("Error"), words.error_text(report.error), color=RED)
    if report.signatures:
        canvas.heading(words("Signatures ({count})", count=len(report.signatures)), keep=120)
        for number, signature in enumerate(report.signatures, start=1):
            _signature(canvas, words, signature, number, colour)
    if report.changes:
        canvas.heading(words("Changes after signing ({count})", count=len(report.changes)))
        for change in report.changes:
            line = words("Revision {revision} · {kind} · {detail} · {allowed}",
                         revision=change.revision, kind=words(WORDS[change.kind.value]),
                         detail=words.error_text(change.detail),
                         allowed=words.change_status(change))
            plain = change.allowed and not change.covers_signed
            canvas.text("· " + line, indent=8, color=BLACK if plain else RED)
    _visual_section(canvas, words, visual)


def _signature(canvas: ReportCanvas, words: Words, sig: SignatureReport, number: int,
               file: Color) -> None:
    canvas.space(6)
    canvas.ensure(80)
    canvas.text(words("{kind} {number}: {field}", kind=words(WORDS.get(sig.kind, sig.kind)),
                      number=number, field=sig.field), size=10.5, bold=True)
    verdict = words.coded(words.indication(sig.indication), sig.indication.value)
    if sig.sub_indication is not None:
        verdict += " · " + words.coded(words.sub_indication(sig.sub_indication),
                                       sig.sub_indication.value)
    canvas.bar(verdict, signature_colour(sig, file), size=9.5)
    signer = sig.signer
    rows = [
        ("Signer", signer.subject if signer else "—"),
        ("Issuer", signer.issuer if signer else "—"),
        ("Certificate serial", signer.serial if signer else "—"),
        ("Certificate valid until", signer.not_after if signer else "—"),
        ("Signing time (claimed)", sig.signing_time or "—"),
        ("Timestamp time", sig.timestamp_time or "—"),
        ("PAdES level", sig.pades_level or "—"),
        ("Algorithm", sig.algorithm or "—"),
        ("Covers", words(WORDS.get(sig.coverage, sig.coverage))),
        ("Changes after it", words(WORDS.get(sig.modification_level, sig.modification_level))),
        ("Revocation", words(WORDS.get(sig.revocation, sig.revocation))),
        ("Checks", words("digest {intact}, signature value {crypto}, chain to a trusted root "
                         "{trusted}", intact=_yes(words, sig.intact),
                         crypto=_yes(words, sig.crypto_valid), trusted=_yes(words, sig.trusted))),
    ]
    if sig.docmdp is not None:
        rows.append(("Certification", words(DOCMDP.get(sig.docmdp, str(sig.docmdp)))))
    if sig.revision:
        rows.append(("Revision", str(sig.revision)))
    for label, value in rows:
        canvas.field(words(label), value)
    if sig.reasons:
        canvas.text(words("Reasons"), size=9, color=MUTED)
        for reason in sig.reasons:
            canvas.text("· " + words.error_text(reason), size=9, indent=8)


def _yes(words: Words, value: bool) -> str:
    return words("passed") if value else words("failed")


def _visual_summary(words: Words, report: FileReport,
                    visual: VisualDiff | Sequence[PageDiff] | None) -> str:
    if isinstance(visual, VisualDiff):
        pages = visual.differing_pages
        differs: bool | None = visual.differs
    else:
        pages, differs = report.differing_pages, report.visual_difference
    if differs is None:
        return words("not compared")
    if not differs:
        return words("no difference from what was signed")
    if not pages:
        return words("differs from what was signed")
    return words("differs from what was signed on page(s) {pages}", pages=words.pages(pages))


def _visual_section(canvas: ReportCanvas, words: Words,
                    visual: VisualDiff | Sequence[PageDiff] | None) -> None:
    if visual is None:
        return
    diffs = visual.pages if isinstance(visual, VisualDiff) else list(visual)
    notes = visual.annotations if isinstance(visual, VisualDiff) else []
    skipped = visual.skipped if isinstance(visual, VisualDiff) else []
    if not diffs and not notes and not skipped:
        return
    first = THUMBNAIL_HEIGHT + 40 if any(d.signed_png or d.current_png for d in diffs) else 30
    canvas.heading(words("Visual differences"), keep=first)
    if skipped:
        canvas.text(words("{count} page(s) were not compared (page limit): {pages}",
                          count=len(skipped), pages=words.pages(skipped)), color=AMBER)
    for note in notes:
        canvas.text("· " + words.annotation(note), size=9, indent=8, color=MUTED)
    for diff in diffs:
        where = (words("Page {page}", page=diff.page) if diff.page is not None
                 else words("Signed page {page}", page=diff.signed_page))
        canvas.space(6)
        canvas.ensure(THUMBNAIL_HEIGHT + 40)
        kind = words(WORDS.get(diff.kind, diff.kind))
        canvas.text(words("{where}: {kind}", where=where, kind=kind), bold=True)
        canvas.images([(words(title), png) for title, png in (
            ("As signed", diff.signed_png), ("As displayed now", diff.current_png)) if png],
            height=THUMBNAIL_HEIGHT)
        canvas.images([(words(title), png) for title, png in (
            ("As signed (enlarged)", diff.signed_detail),
            ("As displayed now (enlarged)", diff.current_detail)) if png], height=DETAIL_HEIGHT)


def _verdict_colour(verdict: Integrity) -> Color:
    return {Integrity.UNCHANGED: GREEN, Integrity.CHANGED: AMBER, Integrity.MANIPULATED: RED,
            Integrity.BROKEN: RED}.get(verdict, GREY)
