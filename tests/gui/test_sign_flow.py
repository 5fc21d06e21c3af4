"""The sign flow end to end with the SoftHSM token: choose the certificate, place the seal,
sign with the PIN dialog (wrong PIN, then the right one), cancel at each step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItem

pytestmark = [pytest.mark.gui, pytest.mark.hsm]


@pytest.fixture
def dialog(qtbot, services, english, softhsm, contract, tmp_path):
    from app.preferences import Preferences
    from ui.sign.dialog import SignDialog

    prefs = Preferences(pkcs11_modules=(softhsm.module,), level="B-B")
    dlg = SignDialog(services.jobs, prefs, contract)
    (tmp_path / "out").mkdir()
    dlg.output.setText(str(tmp_path / "out" / "signed.pdf"))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.identity.scanning, timeout=20_000)
    return dlg


def _item(dlg, label: str) -> QTreeWidgetItem:
    for item in dlg.identity.certificate_items():
        _token, cert = item.data(0, 0x0100)
        if cert.label == label:
            return item
    raise AssertionError(f"no certificate {label}: {[i.text(0) for i in dlg.identity.certificate_items()]}")


def _choose_seal_rsa(dlg) -> None:
    item = _item(dlg, "seal-rsa")
    dlg.identity.tree.setCurrentItem(item)
    item.setSelected(True)


def test_certificates_listed_without_pin_and_unusable_ones_greyed(dialog):
    labels = {i.data(0, 0x0100)[1].label: i for i in dialog.identity.certificate_items()}
    assert {"seal-rsa", "seal-ec", "expired"} <= set(labels)
    from PySide6.QtCore import Qt

    assert labels["seal-rsa"].flags() & Qt.ItemFlag.ItemIsSelectable
    assert not labels["expired"].flags() & Qt.ItemFlag.ItemIsSelectable  # never offered
    assert "expired" in labels["expired"].text(3).lower()
    assert not dialog.next.isEnabled()  # nothing chosen yet
    _choose_seal_rsa(dialog)
    assert dialog.next.isEnabled()


def _pin_dialog(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.interaction.pin_dialog is not None, timeout=20_000)
    return dlg.interaction.pin_dialog


def test_wrong_pin_then_right_pin_signs_with_the_placed_seal(qtbot, dialog, softhsm, contract):
    import pymupdf

    from tests.fixtures.docs import sha256

    before = sha256(contract)
    _choose_seal_rsa(dialog)
    dialog.next.click()
    qtbot.waitUntil(lambda: not dialog.placement.page_item.pixmap().isNull(), timeout=20_000)
    dialog.placement.seal.setPos(100, 100)
    dialog.next.click()
    assert dialog.next.text() == "Sign"
    dialog.next.click()
    pin = _pin_dialog(qtbot, dialog)
    pin.field.setText("000000")
    pin.accept()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert "PIN" in dialog.status.text()
    assert not Path(dialog.output.text()).exists()
    dialog.next.click()  # the user presses Sign again: a fresh PIN prompt, never a retry
    pin = _pin_dialog(qtbot, dialog)
    assert pin.warning.isVisible() or pin.warning.text() == ""
    pin.field.setText(softhsm.pins["SealDesk Test A"])
    with qtbot.waitSignal(dialog.signed, timeout=60_000) as blocker:
        pin.accept()
    result = blocker.args[0]
    out = Path(dialog.output.text())
    assert result.status == "signed" and result.output == out and out.exists()
    assert sha256(contract) == before  # the input is never modified
    with pymupdf.open(out) as doc:
        found = [(page.number, w.rect) for page in doc for w in page.widgets()
                 if w.field_type_string == "Signature"]
        assert len(found) == 1
        # the seal is where it was dragged: (100, 100) px at 1.5 px/pt on the last page
        number, rect = found[0]
        assert abs(rect.x0 - 100 / 1.5) < 1 and abs(rect.y0 - 100 / 1.5) < 1
        assert number == doc.page_count - 1
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no staging left


def test_cancel_in_the_pin_dialog_leaves_nothing(qtbot, dialog):
    _choose_seal_rsa(dialog)
    dialog._go(2)
    dialog.placement.radios["none"].setChecked(True)
    dialog.next.click()
    pin = _pin_dialog(qtbot, dialog)
    pin.reject()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "Cancelled" in dialog.status.text()
    out = Path(dialog.output.text())
    assert list(out.parent.iterdir()) == []


def test_closing_the_dialog_while_the_pin_is_asked_cancels(qtbot, dialog):
    _choose_seal_rsa(dialog)
    dialog._go(2)
    dialog.placement.radios["none"].setChecked(True)
    dialog.next.click()
    _pin_dialog(qtbot, dialog)
    job = dialog.job
    dialog.reject()
    qtbot.waitUntil(lambda: dialog.interaction.pin_dialog is None, timeout=20_000)
    qtbot.waitUntil(lambda: job not in dialog.jobs._jobs, timeout=20_000)
    assert list(Path(dialog.output.text()).parent.iterdir()) == []


def test_text_anchor_found_and_used(qtbot, dialog):
    dialog._go(1)
    qtbot.waitUntil(lambda: not dialog.placement.page_item.pixmap().isNull(), timeout=20_000)
    dialog.placement.anchor.setText("盖章处")
    dialog.placement.find_anchor()
    qtbot.waitUntil(lambda: "Found on page" in dialog.placement.info.text(), timeout=20_000)
    choice = dialog.placement.choice()
    assert choice.mode == "anchor" and choice.anchor == "盖章处"


def test_batch_of_ten_one_login_stop_and_resume(qtbot, services, english, softhsm,
                                                 contract_template, tmp_path):
    from app.preferences import Preferences
    from tests.fixtures.docs import make_batch
    from ui.sign.batch import BatchDialog

    files = make_batch(contract_template, tmp_path / "in", 10)
    prefs = Preferences(pkcs11_modules=(softhsm.module,), level="B-B")

    def run_batch() -> BatchDialog:
        dlg = BatchDialog(services.jobs, prefs)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitUntil(lambda: not dlg.identity.scanning, timeout=20_000)
        dlg.add_paths(files)
        qtbot.waitUntil(lambda: len(dlg.facts) == 10, timeout=20_000)
        assert all(f.pages and len(f.sha256) == 64 for f in dlg.facts)
        dlg.next.click()
        _choose_seal_rsa(dlg)
        dlg.next.click()
        dlg.out_dir.setText(str(tmp_path / "out"))
        assert not dlg.next.isEnabled()  # the one confirmation is required
        dlg.confirm.setChecked(True)
        assert dlg.next.isEnabled() and "10" in dlg.next.text()
        dlg.next.click()
        qtbot.waitUntil(lambda: dlg.interaction.pin_dialog is not None, timeout=20_000)
        pin = dlg.interaction.pin_dialog
        pin.field.setText(softhsm.pins["SealDesk Test A"])
        pin.accept()  # one login for the whole batch
        return dlg

    first = run_batch()
    first.fileDone.connect(lambda result: first.job is not None and first.job.cancel())
    qtbot.waitUntil(lambda: first.job is None, timeout=120_000)
    assert "Stopped" in first.status.text()
    done = len(list((tmp_path / "out").glob("*.signed.pdf")))
    assert 1 <= done < 10
    again = run_batch()  # the same batch again: only what is missing is signed
    qtbot.waitUntil(lambda: again.job is None, timeout=120_000)
    text = again.status.text()
    assert f"{10 - done} signed, {done} already signed, 0 not signed" in text, text
    assert len(list((tmp_path / "out").glob("*.signed.pdf"))) == 10


def test_cross_page_preview_shows_this_pages_strip(qtbot, dialog):
    dialog._go(1)
    page = dialog.placement
    qtbot.waitUntil(lambda: not page.page_item.pixmap().isNull(), timeout=20_000)
    page.radios["cross"].setChecked(True)
    assert page.strip.isVisible() and not page.seal.isVisible()
    rect = page.strip.rect()
    side = page.size_spin.value() * 1.5
    assert abs(rect.width() - side / page.page_count) < 0.5 and abs(rect.height() - side) < 0.5
    assert abs(rect.right() - page.seal.bounds.right()) < 0.5
    assert not page.is_complete()  # a cross-page seal needs an image
