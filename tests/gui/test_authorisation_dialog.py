"""Tools → Authorisation letter (授权书): fields checked as they are typed (the error beside the
field, Next and Sign disabled), ID numbers hidden with a Show toggle, the preview rendered off
the GUI thread; signed with a soft seal certificate and registered in a real vault (people
masked in the dialog, encrypted in the vault)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QLineEdit, QMessageBox

from app.compliance import agreements, company, consent
from app.vault import Vault
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.net]
REP_ID = "11010519491231002X"
AGENT_ID = "440524198001010013"


@pytest.fixture
def session(services, vault_dir: Path, request):
    """The app's vault session over a vault whose agreements were accepted (except for tests
    named ``…without_consent…``)."""
    from ui.vault.session import VaultSession

    with Vault.create(vault_dir, passphrase=PASSPHRASE) as vault:
        if "without_consent" not in request.node.name:
            consent.accept_required(vault, agreements.load(), "en",
                                    dict.fromkeys(agreements.REQUIRED, True))
    made = VaultSession(services.jobs, folder=vault_dir)
    yield made
    made.lock()


def _dialog(qtbot, session, *, deleted_on_close=False):
    from app.preferences import Preferences
    from ui.compliance.authorisation_dialog import AuthorisationDialog

    dlg = AuthorisationDialog(session, Preferences(level="B-B"))
    if deleted_on_close:
        dlg.finished.connect(dlg.deleteLater)  # as ui/flows.py does (then qtbot cannot close it)
    else:
        qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.identity.scanning, timeout=20_000)
    return dlg


def _fill(dlg, **changes):
    form = dlg.form
    values = {"company": "北京示例科技有限公司", "credit_code": "91110108MA01ABCD4P",
              "legal_rep_name": "王大明", "legal_rep_id": REP_ID, "agent_name": "李小红",
              "agent_id": AGENT_ID, **changes}
    for name, value in values.items():
        form.edits[name].setText(value)
        form.edits[name].textEdited.emit(value)  # as if typed
    form.scope.setPlainText("代表本公司签署采购合同及相关补充协议")


def test_fields_checked_as_typed(qtbot, session, english):
    dlg = _dialog(qtbot, session)
    form = dlg.form
    assert not dlg.next_button.isEnabled()  # empty
    assert all(label.isHidden() for label in form.errors.values())  # nothing typed: no noise
    assert "only for this authorisation letter" in form.purpose.text()
    agent_id = form.edits["agent_id"]
    assert agent_id.echoMode() == QLineEdit.EchoMode.Password  # hidden like a password
    form.secrets["agent_id"].show_button.setChecked(True)
    assert agent_id.echoMode() == QLineEdit.EchoMode.Normal
    _fill(dlg, agent_id=AGENT_ID[:-1] + "4")  # wrong check digit
    error = form.errors["agent_id"]
    assert error.isVisible() and "agent's resident ID number" in error.text()
    assert "check digit" in error.text()
    assert [n for n, label in form.errors.items() if label.isVisible()] == ["agent_id"]
    assert not dlg.next_button.isEnabled()
    dlg.go(1)
    assert not dlg.sign_button.isEnabled()  # a bad field stops signing on the last step too
    dlg.go(0)
    form.valid_until.setDate(form.valid_from.date().addDays(-1))
    assert "before the first day" in form.errors["valid_until"].text()
    form.valid_until.setDate(form.valid_from.date().addDays(30))
    agent_id.setText(AGENT_ID)
    assert not error.isVisible() and dlg.next_button.isEnabled()
    qtbot.waitUntil(lambda: form.rendered, timeout=20_000)  # the letter's first page
    assert not form.preview.pixmap().isNull() and form.preview.pixmap().width() > 300


def _ready_to_sign(qtbot, session, seal_p12, out, *, deleted_on_close=False):
    dlg = _dialog(qtbot, session, deleted_on_close=deleted_on_close)
    _fill(dlg)
    dlg.next_button.click()
    assert dlg.pages.currentIndex() == 1
    dlg.identity.soft_radio.setChecked(True)
    dlg.identity.soft_path.setText(str(seal_p12))
    dlg.identity.soft_password.setText("pw")
    dlg.output.setText(str(out))
    assert not dlg.sign_button.isEnabled() and "Unlock the vault" in dlg.status.text()
    dlg.bar.passphrase.setText(PASSPHRASE)
    dlg.bar.unlock()
    qtbot.waitUntil(lambda: dlg.sign_button.isEnabled(), timeout=20_000)
    return dlg


def _question(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.findChild(QMessageBox, "tokenQuestion") is not None,
                    timeout=30_000)
    return dlg.findChild(QMessageBox, "tokenQuestion")


def test_letter_signed_with_p12_and_registered(qtbot, session, english, seal_p12, tmp_path):
    out = tmp_path / "授权书.pdf"
    dlg = _ready_to_sign(qtbot, session, seal_p12, out)
    dlg.sign_button.click()
    question = _question(qtbot, dlg)
    assert "authorisation letter" in question.text()
    with qtbot.waitSignal(dlg.registered, timeout=60_000):
        question.button(QMessageBox.StandardButton.Yes).click()
    done = dlg.letter
    [record] = company.letters(session.vault)
    assert record.id == done.record.id and record.agent == "***"
    assert out.exists() and not company.draft_path(out).exists()
    shown = dlg.summary.text()
    assert dlg.pages.currentWidget() is dlg.summary
    assert record.id in shown and str(out) in shown and AGENT_ID not in shown
    assert "4405**********0013" in shown and "1101**********002X" in shown  # masked
    assert not dlg.sign_button.isVisible() and dlg.cancel.text() == "Close"
    dlg.reject()
    assert dlg.form.edits["agent_id"].text() == ""  # ID numbers leave the form on close


def _idle(qtbot, session, dlg=None):
    """Every job done (the dialog's, and the workers that remove a draft)."""
    qtbot.waitUntil(lambda: session.jobs.active == 0 and (dlg is None or not dlg.preparing),
                    timeout=30_000)


def test_cancel_at_once_leaves_no_draft_when_the_dialog_goes(qtbot, session, english,
                                                              seal_p12, tmp_path):
    out = tmp_path / "授权书.pdf"
    dlg = _ready_to_sign(qtbot, session, seal_p12, out, deleted_on_close=True)
    dlg.sign_button.click()  # the draft (with the ID numbers) is being written…
    dlg.cancel.click()  # …and the person cancels at once
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg), timeout=10_000)
    _idle(qtbot, session)
    assert not company.draft_path(out).exists() and not out.exists()
    assert list(tmp_path.glob("*.pdf")) == [] and company.letters(session.vault) == []


def test_cancel_at_once_starts_nothing_when_the_dialog_stays(qtbot, session, english,
                                                              seal_p12, tmp_path):
    out = tmp_path / "授权书.pdf"
    dlg = _ready_to_sign(qtbot, session, seal_p12, out)
    dlg.sign_button.click()
    dlg.reject()
    _idle(qtbot, session, dlg)  # before the fix the signing job started and asked
    assert dlg.job is None and dlg.findChild(QMessageBox, "tokenQuestion") is None
    assert not company.draft_path(out).exists() and not out.exists()
    assert "Cancelled" in dlg.status.text() and company.letters(session.vault) == []


def test_registration_failing_after_signing_says_where_the_copy_is(qtbot, session, english,
                                                                    seal_p12, tmp_path,
                                                                    monkeypatch):
    out = tmp_path / "授权书.pdf"
    real = company.register_letter

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(company, "register_letter", disk_full)  # signed, then the disk fills
    dlg = _ready_to_sign(qtbot, session, seal_p12, out)
    dlg.sign_button.click()
    question = _question(qtbot, dlg)
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    cert = pkcs12.load_pkcs12(seal_p12.read_bytes(), b"pw").cert.certificate
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert f"Your certificate {cn} will now sign" in question.text()  # the name, as elsewhere
    assert "Common Name" not in question.text()
    question.button(QMessageBox.StandardButton.Yes).click()
    draft = company.draft_path(out)
    qtbot.waitUntil(lambda: "unsigned copy" in dlg.status.text(), timeout=60_000)
    assert str(draft) in dlg.status.text() and draft.exists() and out.exists()
    monkeypatch.setattr(company, "register_letter", real)
    with qtbot.waitSignal(dlg.registered, timeout=60_000):
        dlg.sign_button.click()  # resumed: registered, not signed again
    assert not dlg.letter.signed and not draft.exists()
    assert [r.id for r in company.letters(session.vault)] == [dlg.letter.record.id]


def test_letter_without_consent_asks_for_it_first(qtbot, session, english, seal_p12, tmp_path):
    out = tmp_path / "授权书.pdf"
    dlg = _ready_to_sign(qtbot, session, seal_p12, out)
    dlg.sign_button.click()
    qtbot.waitUntil(lambda: dlg.agreements_dialog is not None, timeout=30_000)
    assert "agree" in dlg.status.text()
    assert not out.exists() and not company.draft_path(out).exists()  # nothing written
    assert company.letters(session.vault) == []
    agreements_dialog = dlg.agreements_dialog
    for kind in agreements.REQUIRED:
        agreements_dialog.boxes[kind].click()
    agreements_dialog.continue_button.click()  # consent recorded, then signed again
    with qtbot.waitSignal(dlg.registered, timeout=60_000):
        _question(qtbot, dlg).button(QMessageBox.StandardButton.Yes).click()
    assert [r.id for r in company.letters(session.vault)] == [dlg.letter.record.id]


def test_tools_menu_opens_the_dialog(qtbot, window):
    from ui.compliance.authorisation_dialog import AuthorisationDialog

    tools = window.acts.menus["tools"]
    assert window.acts.authorisation in tools.actions()
    assert window.acts.authorisation.text() == "Authorisation &Letter…"
    window.acts.authorisation.trigger()
    dialog = window.flows.last_dialog
    assert isinstance(dialog, AuthorisationDialog) and dialog.isVisible()
    assert dialog.session is window.vault_session  # the app's one vault session
    qtbot.waitUntil(lambda: not dialog.identity.scanning, timeout=20_000)
    dialog.reject()


def _sms_policy_dialog(qtbot, services, vault_dir, platform_server, seal_p12):
    """A vault registered with the platform, the signer (the seal_p12 certificate) known there,
    the policy "PIN (key password) and an SMS code"."""
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    from app.preferences import Preferences
    from tests.gui.conftest import platform_vault_for
    from ui.compliance.authorisation_dialog import AuthorisationDialog
    from ui.vault.session import VaultSession

    server, outbox = platform_server
    cert = pkcs12.load_pkcs12(seal_p12.read_bytes(), b"pw").cert.certificate
    signer = platform_vault_for(server, cert.public_bytes(Encoding.DER), vault_dir)
    session = VaultSession(services.jobs, folder=vault_dir)
    dlg = AuthorisationDialog(session, Preferences(level="B-B", intent_policy="pin+sms"))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.identity.scanning, timeout=20_000)
    _fill(dlg)
    dlg.next_button.click()
    dlg.identity.soft_radio.setChecked(True)
    dlg.identity.soft_path.setText(str(seal_p12))
    dlg.identity.soft_password.setText("pw")
    dlg.bar.passphrase.setText(PASSPHRASE)
    dlg.bar.unlock()
    return dlg, session, signer, outbox


def _sms_asked(qtbot, dlg, out):
    """Sign pressed: the SMS dialog once it is open."""
    dlg.output.setText(str(out))
    qtbot.waitUntil(lambda: dlg.sign_button.isEnabled(), timeout=20_000)
    dlg.sign_button.click()
    qtbot.waitUntil(lambda: dlg.intent_checks.dialog is not None, timeout=30_000)
    return dlg.intent_checks.dialog


def test_the_signing_policy_sms_check_is_bound_to_the_letter(qtbot, services, english,
                                                             vault_dir, platform_server,
                                                             seal_p12, tmp_path):
    import hashlib
    import json

    from app.evidence.chain import iter_events
    from tests.gui.test_sign_sms import _code

    dlg, session, signer, outbox = _sms_policy_dialog(qtbot, services, vault_dir,
                                                      platform_server, seal_p12)
    out = tmp_path / "授权书.pdf"
    sms = _sms_asked(qtbot, dlg, out)
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    draft = company.draft_path(out)
    assert draft.exists() and sms.document_sha256 == hashlib.sha256(
        draft.read_bytes()).hexdigest()
    sms.code.setText(_code(outbox))
    sms.confirm.click()
    question = _question(qtbot, dlg)
    with qtbot.waitSignal(dlg.registered, timeout=60_000):
        question.button(QMessageBox.StandardButton.Yes).click()
    events = [json.loads(e.body) for e in session.vault.db.call(lambda c: list(iter_events(c)))]
    checked = [e["data"] for e in events if e["type"] == "intent.checked"]
    assert sorted(d["method"] for d in checked) == ["key_file_password", "sms"]
    assert all(d["certificate_sha256"] == signer for d in checked)
    assert len({d["document_sha256"] for d in checked}) == 1  # the letter signed
    assert len(company.letters(session.vault)) == 1
    session.lock()


def test_leaving_the_sms_check_signs_nothing_and_leaves_no_draft(qtbot, services, english,
                                                                 vault_dir, platform_server,
                                                                 seal_p12, tmp_path):
    from PySide6.QtWidgets import QPushButton

    dlg, session, _signer, _outbox = _sms_policy_dialog(qtbot, services, vault_dir,
                                                        platform_server, seal_p12)
    out = tmp_path / "授权书.pdf"
    sms = _sms_asked(qtbot, dlg, out)
    sms.reject()  # no code: no other method is left in this step
    qtbot.waitUntil(lambda: not company.draft_path(out).exists(), timeout=20_000)
    qtbot.waitUntil(lambda: dlg.sign_button.isEnabled(), timeout=20_000)
    assert not out.exists() and company.letters(session.vault) == []
    assert "intent check" in dlg.status.text()
    assert dlg.findChild(QPushButton, "noticeAccept") is None
    session.lock()


def test_cancel_during_the_sms_check_starts_nothing_and_leaves_no_draft(
        qtbot, services, english, vault_dir, platform_server, seal_p12, tmp_path):
    from ui.compliance.sms_dialog import SmsCodeDialog

    dlg, session, _signer, outbox = _sms_policy_dialog(qtbot, services, vault_dir,
                                                       platform_server, seal_p12)
    out = tmp_path / "授权书.pdf"
    sms = _sms_asked(qtbot, dlg, out)
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    assert company.draft_path(out).exists()
    dlg.reject()  # the app closes the dialog while the code is asked
    _idle(qtbot, session, dlg)
    qtbot.waitUntil(lambda: not shiboken6.isValid(sms), timeout=10_000)  # the check went too
    assert not [w for w in dlg.findChildren(SmsCodeDialog) if w.isVisible()]
    assert not company.draft_path(out).exists() and not out.exists()
    assert dlg.findChild(QMessageBox, "tokenQuestion") is None and dlg.job is None
    assert "Cancelled" in dlg.status.text() and company.letters(session.vault) == []
    session.lock()
