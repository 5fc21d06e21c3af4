"""Batch signing with the vault (issue 6): one SMS check from the real platform covers the
reviewed list (bound to the SHA-256 over it), "your certificate will now sign these N documents"
lists every fingerprint, and each signed copy is archived with before-use, intent (PIN and SMS)
and after-use evidence naming the batch.  Without consent nothing is signed; a "no" at the
before-use notice signs nothing."""

from __future__ import annotations

import hashlib
import json

import pytest
from PySide6.QtWidgets import QPushButton

from tests.fixtures.vault import PASSPHRASE
from tests.gui.test_sign_sms import _code

pytestmark = [pytest.mark.gui, pytest.mark.hsm, pytest.mark.net]


def _vault(server, softhsm, *, consented: bool = True):
    from tests.gui.conftest import platform_vault_for

    cert = next(e for e in softhsm.entries if e.label == "seal-rsa").cert
    return platform_vault_for(server, cert.dump(), consented=consented)


def _batch(qtbot, services, softhsm, files, tmp_path, policy):
    from app.preferences import Preferences
    from tests.gui.test_sign_flow import _choose_seal_rsa
    from ui.sign.batch import BatchDialog
    from ui.vault.session import VaultSession

    session = VaultSession(services.jobs)
    prefs = Preferences(pkcs11_modules=(softhsm.module,), level="B-B", intent_policy=policy)
    dlg = BatchDialog(services.jobs, prefs, session=session)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.identity.scanning, timeout=20_000)
    dlg.add_paths(files)
    qtbot.waitUntil(lambda: len(dlg.facts) == len(files), timeout=20_000)
    dlg.next.click()
    _choose_seal_rsa(dlg)
    dlg.next.click()
    dlg.rule.setCurrentIndex(dlg.rule.findData("none"))
    dlg.out_dir.setText(str(tmp_path / "out"))
    dlg.confirm.setChecked(True)
    qtbot.waitUntil(lambda: not dlg.vault_box.check.isHidden(), timeout=20_000)
    dlg.vault_box.passphrase.setText(PASSPHRASE)
    return dlg, session


def _pin(qtbot, dlg, softhsm):
    qtbot.waitUntil(lambda: dlg.interaction.pin_dialog is not None, timeout=30_000)
    dlg.interaction.pin_dialog.field.setText(softhsm.pins["SealDesk Test A"])
    dlg.interaction.pin_dialog.accept()


def _events(session):
    from app.evidence.chain import iter_events

    return [json.loads(e.body) for e in session.vault.db.call(lambda c: list(iter_events(c)))]


def test_one_sms_check_covers_the_reviewed_batch(qtbot, services, english, softhsm,
                                                 contract_template, tmp_path, platform_server):
    from app.compliance.intent import batch_id
    from tests.fixtures.docs import make_batch

    server, outbox = platform_server
    signer = _vault(server, softhsm)
    files = make_batch(contract_template, tmp_path / "in", 3)
    hashes = [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
    dlg, session = _batch(qtbot, services, softhsm, files, tmp_path, "pin+sms")
    dlg.next.click()
    qtbot.waitUntil(lambda: dlg.intent_checks.dialog is not None, timeout=30_000)
    sms = dlg.intent_checks.dialog
    assert sms.objectName() == "smsCodeDialog"
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    sms.code.setText(_code(outbox))
    sms.confirm.click()
    _pin(qtbot, dlg, softhsm)  # one login for the batch
    qtbot.waitUntil(lambda: dlg.interaction.dialog is not None, timeout=30_000)
    notice = dlg.interaction.dialog
    assert notice.objectName() == "notice_before_use"
    listed = notice.details.toPlainText()
    assert all(f.name in listed for f in files) and all(h in listed for h in hashes)
    assert "3 document" in notice.message.text()
    notice.findChild(QPushButton, "noticeAccept").click()
    qtbot.waitUntil(lambda: dlg.job is None and "kept in the vault" in dlg.status.text(),
                    timeout=120_000)
    assert "3 signed" in dlg.status.text() and "3 kept in the vault" in dlg.status.text()
    assert len(session.vault.list_documents()) == 3
    events = _events(session)
    batch = batch_id(hashes)
    before = [e["data"] for e in events if e["type"] == "cert.notice.before_use"]
    assert [d["document_sha256"] for d in before] == hashes
    checked = [e["data"] for e in events if e["type"] == "intent.checked"]
    assert sorted(d["method"] for d in checked) == ["pin"] * 3 + ["sms"] * 3
    assert all(d["batch"] == batch and d["certificate_sha256"] == signer for d in checked)
    sms_checks = [d for d in checked if d["method"] == "sms"]
    assert len({d["attestation_sha256"] for d in sms_checks}) == 1  # one check for the list
    assert sorted(d["document_sha256"] for d in sms_checks) == sorted(hashes)
    after = [e["data"] for e in events if e["type"] == "cert.notice.after_use"]
    assert sorted(d["document_sha256"] for d in after) == sorted(hashes)
    assert {d["batch"] for d in after} == {batch}
    stored = {d.sha256 for d in session.vault.list_documents()}
    assert {d["signed_sha256"] for d in after} == stored
    session.lock()


def test_no_at_the_before_use_notice_signs_nothing(qtbot, services, english, softhsm,
                                                   contract_template, tmp_path, platform_server):
    from tests.fixtures.docs import make_batch

    server, _ = platform_server
    _vault(server, softhsm)
    files = make_batch(contract_template, tmp_path / "in", 2)
    dlg, session = _batch(qtbot, services, softhsm, files, tmp_path, "pin")
    dlg.next.click()
    _pin(qtbot, dlg, softhsm)
    qtbot.waitUntil(lambda: dlg.interaction.dialog is not None, timeout=30_000)
    dlg.interaction.dialog.findChild(QPushButton, "noticeReject").click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=60_000)
    assert not list((tmp_path / "out").glob("*.pdf")) if (tmp_path / "out").exists() else True
    types = [e["type"] for e in _events(session)]
    assert "cert.notice.before_use" not in types and "cert.notice.after_use" not in types
    assert session.vault.list_documents() == []
    session.lock()


def test_batch_without_consent_asks_for_the_agreements_first(qtbot, services, english, softhsm,
                                                             contract_template, tmp_path,
                                                             platform_server):
    """The agreements come before the SMS check: no code is sent to someone who has not
    agreed (found in review: the code used to be sent first)."""
    from tests.fixtures.docs import make_batch

    server, outbox = platform_server
    _vault(server, softhsm, consented=False)
    files = make_batch(contract_template, tmp_path / "in", 2)
    dlg, session = _batch(qtbot, services, softhsm, files, tmp_path, "pin+sms")
    dlg.next.click()
    qtbot.waitUntil(lambda: getattr(dlg.vault_box, "agreements_dialog", None) is not None,
                    timeout=30_000)
    assert dlg.intent_checks.dialog is None and not outbox.exists()  # no code was sent
    assert dlg.interaction.pin_dialog is None  # refused before any login
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    agreements = dlg.vault_box.agreements_dialog
    for box in agreements.boxes.values():
        box.setChecked(True)
    agreements.continue_button.click()  # accepted: the batch starts again, with the code
    qtbot.waitUntil(lambda: dlg.intent_checks.dialog is not None, timeout=30_000)
    sms = dlg.intent_checks.dialog
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    sms.code.setText(_code(outbox))
    sms.confirm.click()
    _pin(qtbot, dlg, softhsm)
    qtbot.waitUntil(lambda: dlg.interaction.dialog is not None, timeout=30_000)
    dlg.interaction.dialog.findChild(QPushButton, "noticeAccept").click()
    qtbot.waitUntil(lambda: dlg.job is None and "kept in the vault" in dlg.status.text(),
                    timeout=120_000)
    assert len(session.vault.list_documents()) == 2
    session.lock()


def test_a_file_changed_after_review_stops_the_batch(qtbot, services, english, softhsm,
                                                     contract_template, tmp_path,
                                                     platform_server):
    from tests.fixtures.docs import make_batch

    server, _ = platform_server
    _vault(server, softhsm)
    files = make_batch(contract_template, tmp_path / "in", 2)
    dlg, session = _batch(qtbot, services, softhsm, files, tmp_path, "pin")
    files[1].write_bytes(files[1].read_bytes() + b"\n% changed after the review\n")
    dlg.next.click()
    _pin(qtbot, dlg, softhsm)
    qtbot.waitUntil(lambda: dlg.job is None and "changed after you reviewed" in
                    dlg.status.text(), timeout=60_000)
    assert dlg.interaction.dialog is None  # never asked "will now sign"
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.pdf"))
    assert session.vault.list_documents() == []
    session.lock()
