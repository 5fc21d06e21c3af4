"""The signature panel follows the review engine: valid is green only for an unchanged document,
a changed one is amber with its changes listed, a manipulated or broken one is red; the signed
version opens in its own tab; the report can be exported."""

from __future__ import annotations

import pymupdf
import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from crypto.review.model import Indication, Integrity
from crypto.review.revisions import signed_revision_bytes
from tests.gui.conftest import open_and_wait
from ui.verdict import COLOURS, Tone

pytestmark = [pytest.mark.gui, pytest.mark.net]


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_a_valid_unchanged_document_is_green(qtbot, window, trusting, review_samples) -> None:
    tab = open_and_wait(qtbot, window, review_samples["legit_bb"])
    assert tab.report.integrity is Integrity.UNCHANGED
    assert [s.indication for s in tab.report.signatures] == [Indication.TOTAL_PASSED]
    assert tab.verdict.isVisible() and tab.verdict.tone is Tone.GOOD
    assert tab.panel.isVisible() and tab.panel.tone is Tone.GOOD
    [card] = tab.panel.cards
    assert card.tone is Tone.GOOD
    text = _texts(tab.panel)
    assert "Valid (TOTAL-PASSED)" in text and "Unchanged (UNCHANGED)" in text
    assert window.acts.export_report.isEnabled()


def test_a_document_changed_after_signing_is_never_plain_green(qtbot, window, trusting,
                                                              review_samples) -> None:
    tab = open_and_wait(qtbot, window, review_samples["legit_p2_fill"])
    report = tab.report
    assert report.integrity is Integrity.CHANGED
    assert report.changes
    assert tab.verdict.tone is Tone.WARNING and tab.panel.tone is Tone.WARNING
    assert all(card.tone is not Tone.GOOD for card in tab.panel.cards)
    valid = [c for c, s in zip(tab.panel.cards, report.signatures, strict=True)
             if s.indication is Indication.TOTAL_PASSED]
    assert valid and "The signature itself is valid, but the document was changed" in _texts(
        valid[0])
    items = tab.panel.findChildren(QLabel, "changeItem")
    assert len(items) == len(report.changes)
    assert "changed after signing" in tab.verdict.text.text()


def test_a_manipulated_document_is_red_with_the_forbidden_change(qtbot, window, trusting,
                                                               review_samples) -> None:
    tab = open_and_wait(qtbot, window, review_samples["eaa_p2_freetext"])
    assert tab.report.integrity is Integrity.MANIPULATED
    assert tab.verdict.tone is Tone.BAD and tab.panel.tone is Tone.BAD
    assert tab.verdict.text.text().startswith("Do not rely on this document")
    items = tab.panel.findChildren(QLabel, "forbiddenChangeItem")
    assert items and "not allowed · drawn over signed content" in items[0].text()


def test_a_permitted_change_drawn_over_signed_content_is_red(qtbot, window, trusting,
                                                             review_samples) -> None:
    """Evil Annotation on a P3 certification: the letter of DocMDP allows the annotation, but it
    paints over what the certifier saw, so the reader gets the bad tone, not amber."""
    tab = open_and_wait(qtbot, window, review_samples["eaa_p3_freetext"])
    report = tab.report
    assert report.integrity is Integrity.CHANGED and report.covers_signed_content
    assert tab.verdict.tone is Tone.BAD and tab.panel.tone is Tone.BAD
    assert "drawn over content the signer saw" in tab.verdict.text.text()
    assert tab.verdict.text.text().startswith("Do not rely on this document")
    [item] = tab.panel.findChildren(QLabel, "coveringChangeItem")
    assert "drawn over signed content" in item.text() and "FreeText" in item.text()
    assert "what is displayed is not what was signed" in _texts(tab.panel)
    assert "The changes are allowed ones" not in _texts(tab.panel)
    assert item.toolTip()
    assert COLOURS[Tone.BAD][0].name() in item.styleSheet()
    assert all(card.tone is not Tone.GOOD for card in tab.panel.cards)


def test_a_broken_signature_is_red(qtbot, window, trusting, review_samples) -> None:
    tab = open_and_wait(qtbot, window, review_samples["bitflip_content"])
    assert tab.report.integrity is Integrity.BROKEN
    assert tab.verdict.tone is Tone.BAD
    assert [c.tone for c in tab.panel.cards] == [Tone.BAD]


def test_an_untrusted_signer_is_not_green(qtbot, window, services, review_samples) -> None:
    tab = open_and_wait(qtbot, window, review_samples["legit_bb"])  # test root not trusted
    assert tab.report.signatures[0].indication is Indication.INDETERMINATE
    assert tab.verdict.tone is Tone.WARNING
    assert "could not be confirmed" in tab.verdict.text.text()


def test_an_unsigned_document_has_no_verdict_bar(qtbot, window, trusting, review_samples) -> None:
    tab = open_and_wait(qtbot, window, review_samples["legit_unsigned"])
    assert tab.report.integrity is Integrity.NONE
    assert not tab.verdict.isVisible() and not tab.panel.isVisible()


def test_show_signed_version_opens_the_revision_in_a_new_tab(qtbot, window, trusting,
                                                            review_samples) -> None:
    path = review_samples["legit_p2_fill"]
    tab = open_and_wait(qtbot, window, path)
    first = tab.report.signatures[0]
    card = tab.panel.cards[0]
    with qtbot.waitSignal(window.documentAdded, timeout=20_000) as added:
        card.showSignedVersion.emit(card.field)
    signed_tab = added.args[0]
    qtbot.waitUntil(lambda: signed_tab.info is not None, timeout=20_000)
    assert window.tabs.count() == 2 and window.current_tab() is signed_tab
    assert signed_tab.path is None and signed_tab.note.isVisible()
    assert first.field in signed_tab.note.text()
    expected = pymupdf.open(stream=signed_revision_bytes(path, first.field), filetype="pdf")
    assert signed_tab.info.page_count == expected.page_count
    assert not window.acts.review_again.isEnabled()


def test_export_report_writes_a_pdf(qtbot, window, trusting, review_samples, tmp_path,
                                    monkeypatch) -> None:
    tab = open_and_wait(qtbot, window, review_samples["legit_p2_fill"])
    out = tmp_path / "报告.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(tab.message, timeout=30_000) as saved:
        window.acts.export_report.trigger()
    assert str(out) in saved.args[0]
    text = "".join(page.get_text() for page in pymupdf.open(out))
    assert "Signature verification report" in text


def test_check_again_reviews_anew(qtbot, window, trusting, review_samples) -> None:
    tab = open_and_wait(qtbot, window, review_samples["legit_bb"])
    first = tab.report
    with qtbot.waitSignal(tab.reviewed, timeout=60_000):
        window.acts.review_again.trigger()
    assert tab.report is not first and tab.report.integrity is Integrity.UNCHANGED


def test_compare_pages_side_by_side_and_overlay(qtbot, window, trusting, review_samples) -> None:
    tab = open_and_wait(qtbot, window, review_samples["eaa_p2_freetext"])
    card = tab.panel.cards[0]
    card.comparePages.emit(card.field)
    dialog = tab.compare_dialog
    with qtbot.waitSignal(dialog.compared, timeout=60_000) as done:
        pass
    diff = done.args[0]
    assert diff.differs and dialog.pages.count() == len(diff.pages) >= 1
    assert "differ from what the signer saw" in dialog.summary.text()
    assert not dialog.signed_image.pixmap().isNull() and not dialog.current_image.pixmap().isNull()
    assert dialog.signed_image.pixmap().toImage() != dialog.current_image.pixmap().toImage()
    dialog.overlay.setChecked(True)
    assert dialog.current_image.isHidden() and not dialog.signed_image.pixmap().isNull()
    dialog.accept()


def test_compare_pages_of_an_unchanged_document_finds_nothing(qtbot, services, english,
                                                              review_samples) -> None:
    import pymupdf

    from ui.compare import CompareDialog

    path = review_samples["legit_bb"]
    with pymupdf.open(path) as doc:
        field = next(w.field_name for page in doc for w in page.widgets()
                     if w.field_type_string == "Signature")
    dialog = CompareDialog(services.jobs, path, field)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.compared, timeout=60_000) as done:
        pass
    assert not done.args[0].differs and dialog.pages.count() == 0
    assert "No visual difference" in dialog.summary.text()
