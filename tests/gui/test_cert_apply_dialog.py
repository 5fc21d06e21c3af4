"""Tools → Apply for a certificate, against the real platform (server/, 127.0.0.1, SQLite): the
agreements when consent is missing, the before-issuance notice, the SMS code from the platform's
outbox, the issued notice; the PKCS#12 file opens with its password and both notices are in the
vault's evidence chain, in order.  A wrong code, a cancel at the SMS step and a vault that is not
registered with a platform issue nothing and write nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from app.compliance import agreements, consent
from app.compliance.issuance import utc_text
from app.evidence import chain
from app.sync.device import register
from app.sync.transport import Endpoint
from app.vault import Vault
from tests.compliance.live_platform import LivePlatform, serving
from tests.compliance.test_cert_apply import SIGNER
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.net]
FILE_PASSWORD = "secret-pw-1"


@pytest.fixture
def live(tmp_path: Path):
    with serving(tmp_path / "platform", SIGNER) as platform:
        yield platform


@pytest.fixture
def session(services, vault_dir: Path):
    from ui.vault.session import VaultSession

    made = VaultSession(services.jobs, folder=vault_dir)
    yield made
    made.lock()


def _make_vault(folder: Path, live: LivePlatform | None, accepted: bool) -> None:
    with Vault.create(folder, passphrase=PASSPHRASE) as vault:
        if live is not None:
            register(vault, Endpoint(live.url), live.new_token())
        if accepted:
            consent.accept_required(vault, agreements.load(), "en",
                                    dict.fromkeys(agreements.REQUIRED, True))


def _dialog(qtbot, session, tmp_path: Path, live: LivePlatform | None, *, accepted: bool = True):
    """A new vault (registered with ``live``, agreements accepted or not); the dialog, the
    vault unlocked through its bar, the form filled in; and where the file goes."""
    from ui.compliance.cert_apply_dialog import CertApplyDialog

    _make_vault(session.folder, live, accepted)
    out = tmp_path / "me.p12"
    dlg = CertApplyDialog(session)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.apply_button.isEnabled()  # locked: nothing can start
    dlg.bar.passphrase.setText(PASSPHRASE)
    dlg.bar.unlock()
    qtbot.waitUntil(lambda: session.is_unlocked and dlg.registered is not None, timeout=20_000)
    dlg.name.setText("张三")
    dlg.signer.setText(SIGNER)
    dlg.output.setText(str(out))
    dlg.password.setText(FILE_PASSWORD)
    dlg.repeat.setText(FILE_PASSWORD[:-1])
    assert not dlg.apply_button.isEnabled() and dlg.hint.text()  # the passwords differ
    dlg.repeat.setText(FILE_PASSWORD)
    if live is not None:
        qtbot.waitUntil(dlg.apply_button.isEnabled, timeout=20_000)
    return dlg, out


def _step(qtbot, dlg, name: str):
    qtbot.waitUntil(lambda: dlg.step is not None and dlg.step.objectName() == name,
                    timeout=20_000)
    return dlg.step


def _to_sms(qtbot, dlg):
    """Apply, accept the before-issuance notice; the SMS dialog once its code was sent."""
    dlg.apply_button.click()
    notice = _step(qtbot, dlg, "notice_before_issuance")
    notice.findChild(QPushButton, "noticeAccept").click()
    sms = _step(qtbot, dlg, "smsCodeDialog")
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    return sms


def _events(session) -> list[dict]:
    return [json.loads(e.body)
            for e in session.vault.db.call(lambda c: list(chain.iter_events(c)))]


def _notices(session) -> list[str]:
    return [e["type"] for e in _events(session) if e["type"].startswith("cert.notice")]


def _nothing_left(out: Path, live: LivePlatform, session) -> None:
    assert not out.exists() and not list(out.parent.glob(f".{out.name}*"))
    assert live.issued_count() == 0
    assert _notices(session) == []


def test_whole_flow_from_the_agreements_to_the_issued_notice(qtbot, services, english, live,
                                                             session, tmp_path):
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    dlg, out = _dialog(qtbot, session, tmp_path, live, accepted=False)
    dlg.apply_button.click()  # no consent yet: the agreements come first, nothing is sent
    agreed = _step(qtbot, dlg, "agreementsDialog")
    assert live.messages() == []
    for box in agreed.boxes.values():
        box.setChecked(True)
    agreed.continue_button.click()
    notice = _step(qtbot, dlg, "notice_before_issuance")
    assert live.messages() == []  # the notice comes before the code
    notice.findChild(QPushButton, "noticeAccept").click()
    sms = _step(qtbot, dlg, "smsCodeDialog")
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    sms.code.setText(live.code_for(sms.challenge.challenge_id))
    with qtbot.waitSignal(dlg.applied, timeout=30_000) as blocker:
        sms.confirm.click()
    stored = blocker.args[0]
    issued = _step(qtbot, dlg, "notice_issued")
    assert str(out) in issued.message.text()
    assert stored.certificate_sha256 in issued.details.toPlainText()
    assert utc_text(stored.issued) in issued.details.toPlainText()  # when
    assert str(out) in dlg.status.text() and not dlg.apply_button.isVisible()
    assert dlg.password.text() == "" and dlg.repeat.text() == ""  # secrets dropped

    loaded = pkcs12.load_pkcs12(out.read_bytes(), FILE_PASSWORD.encode())
    assert loaded.cert is not None and loaded.key is not None
    cert = loaded.cert.certificate
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "张三"
    assert cert.issuer == live.platform.issuance.ca.certificate.subject
    assert live.issued_count() == 1

    events = _events(session)
    types = [e["type"] for e in events]
    assert _notices(session) == ["cert.notice.before_issuance", "cert.notice.issued"]
    assert types.index("consent.given") < types.index("cert.notice.before_issuance")
    after = next(e for e in events if e["type"] == "cert.notice.issued")["data"]
    assert after["certificate_sha256"] == stored.certificate_sha256
    assert after["storage"] == "soft" and after["where"] == "this computer"
    assert "张三" not in json.dumps(events, ensure_ascii=False)
    issued.findChild(QPushButton, "noticeAccept").click()
    qtbot.waitUntil(lambda: dlg.step is None)

    # trusting the platform's CA in reviews: the person's choice, with its fingerprint shown
    from cryptography.hazmat.primitives import serialization
    from PySide6.QtWidgets import QMessageBox

    ca = live.platform.issuance.ca.certificate
    assert dlg.trust.isVisible() and stored.ca_sha256 == hashlib.sha256(
        ca.public_bytes(serialization.Encoding.DER)).hexdigest()
    dlg.trust.click()
    question = _step(qtbot, dlg, "certTrustQuestion")
    assert stored.ca_sha256 in question.text()
    with qtbot.waitSignal(dlg.trustCa, timeout=20_000) as trusted:
        question.button(QMessageBox.StandardButton.Yes).click()
    pem = trusted.args[0]
    assert pem.read_bytes() == ca.public_bytes(serialization.Encoding.PEM)
    assert not dlg.trust.isEnabled() and str(pem) in dlg.status.text()

    with qtbot.waitSignal(dlg.signWith) as chosen:  # use it right away
        dlg.sign_with.click()
    assert chosen.args == [out] and not dlg.isVisible()


def test_a_wrong_code_issues_nothing(qtbot, services, english, live, session,
                                     tmp_path):
    dlg, out = _dialog(qtbot, session, tmp_path, live)
    sms = _to_sms(qtbot, dlg)
    right = live.code_for(sms.challenge.challenge_id)
    sms.code.setText(f"{(int(right) + 1) % 10**6:06d}")
    sms.confirm.click()
    qtbot.waitUntil(lambda: sms.error.text() != "", timeout=20_000)
    assert sms.isVisible() and "4" in sms.tries.text()  # tries left, as the platform says
    _nothing_left(out, live, session)
    sms.findChild(QPushButton, "smsOther").click()  # the dialog's Cancel
    qtbot.waitUntil(lambda: dlg.step is None and not dlg.busy)
    assert "Cancelled" in dlg.status.text() and dlg.applying is None
    _nothing_left(out, live, session)


def test_cancel_at_the_sms_step_leaves_nothing(qtbot, services, english, live, session,
                                               tmp_path):
    dlg, out = _dialog(qtbot, session, tmp_path, live)
    sms = _to_sms(qtbot, dlg)
    sms.code.setText(live.code_for(sms.challenge.challenge_id))
    sms.confirm.click()  # the right code is on its way to the platform …
    dlg.cancel.click()  # … when the main dialog's Cancel is pressed
    assert not dlg.isVisible() and not sms.isVisible()
    assert dlg.applying is None and dlg.password.text() == ""
    qtbot.wait(1000)  # the check's answer comes back meanwhile: it must not go on
    assert dlg.step is None and dlg.job is None
    _nothing_left(out, live, session)


def test_a_vault_without_a_platform_says_so_and_sends_nothing(qtbot, services, english,
                                                              session, tmp_path):
    dlg, out = _dialog(qtbot, session, tmp_path, None)
    qtbot.waitUntil(lambda: dlg.registered is False, timeout=20_000)
    assert "not registered" in dlg.status.text()
    assert not dlg.apply_button.isEnabled()
    dlg.apply()  # even when pressed anyway: nothing starts
    assert dlg.step is None and not dlg.busy and not out.exists()
    assert _notices(session) == []


def test_an_unreachable_platform_is_said_before_any_notice(qtbot, services, english, live,
                                                           session, tmp_path):
    dlg, out = _dialog(qtbot, session, tmp_path, live)
    live.stop()  # offline
    dlg.apply_button.click()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=30_000)
    assert "could not be reached" in dlg.status.text() and dlg.step is None
    assert dlg.applying is None and not out.exists() and _notices(session) == []
    assert dlg.apply_button.isEnabled()  # try again once online


def test_a_cancel_counts_only_until_the_platform_issues(live, vault_dir, tmp_path):
    """The issuing step, cancelled before the platform is asked: nothing issued, no file; a
    cancel that comes once the platform has issued (the SMS check used up) discards nothing:
    the certificate is stored and the issued notice recorded."""
    from app.compliance.issuance import CertificateApplication
    from crypto import errors
    from ui.compliance.cert_apply_dialog import issue_and_store

    def cancel_at(n: int):
        asked = []

        def cancelled() -> bool:  # the n-th look at the cancel flag finds it set
            asked.append(1)
            return len(asked) >= n
        return cancelled, asked

    _make_vault(vault_dir, live, accepted=True)
    out = tmp_path / "me.p12"
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        def verified():
            applying = CertificateApplication.begin(vault, "张三", SIGNER, "en")
            challenge = applying.sms.start(applying.request_sha256)
            return applying, applying.sms.verify(challenge,
                                                 live.code_for(challenge.challenge_id))[0]

        applying, intent = verified()
        cancelled, _ = cancel_at(2)  # after the before-issuance notice, before the platform
        with pytest.raises(errors.Cancelled):
            issue_and_store(applying, intent, out, FILE_PASSWORD, cancelled)
        assert live.issued_count() == 0 and applying.issued is None and not out.exists()
        applying, intent = verified()
        cancelled, asked = cancel_at(3)  # set from the moment the platform is asked
        stored = issue_and_store(applying, intent, out, FILE_PASSWORD, cancelled)
        assert len(asked) == 2  # never asked again once the platform was asked to issue
        types = [json.loads(e.body)["type"] for e in vault.db.call(
            lambda c: list(chain.iter_events(c)))]
    assert live.issued_count() == 1 and out.exists() and stored.path == out.resolve()
    assert [t for t in types if t.startswith("cert.notice")] == [
        "cert.notice.before_issuance", "cert.notice.before_issuance", "cert.notice.issued"]


def _hold(monkeypatch, method: str, *, after: bool):
    """``CertificateApplication.<method>`` waits (before or after the real call) until the
    test lets it go: the person's Cancel lands at that moment.  Returns (reached, release,
    the applications seen)."""
    import threading

    from app.compliance.issuance import CertificateApplication

    real = getattr(CertificateApplication, method)
    reached, release, seen = threading.Event(), threading.Event(), []

    def held(self, *args):
        seen.append(self)
        if not after:
            reached.set()
            release.wait(20)
        result = real(self, *args)
        if after:
            reached.set()
            release.wait(20)
        return result

    monkeypatch.setattr(CertificateApplication, method, held)
    return reached, release, seen


def test_cancel_once_issued_stores_the_certificate_and_says_so(qtbot, services, english, live,
                                                               session, tmp_path, monkeypatch):
    dlg, out = _dialog(qtbot, session, tmp_path, live)
    reached, release, _ = _hold(monkeypatch, "issue", after=True)
    sms = _to_sms(qtbot, dlg)
    sms.code.setText(live.code_for(sms.challenge.challenge_id))
    sms.confirm.click()
    qtbot.waitUntil(reached.is_set, timeout=20_000)  # the platform has issued …
    dlg.cancel.click()  # … when the person cancels
    assert dlg.isVisible() and "Cancelling" in dlg.status.text()  # open until it is known
    with qtbot.waitSignal(dlg.applied, timeout=30_000):
        release.set()
    _step(qtbot, dlg, "notice_issued")
    assert "already issued" in dlg.status.text() and str(out) in dlg.status.text()
    assert out.exists() and live.issued_count() == 1
    assert _notices(session) == ["cert.notice.before_issuance", "cert.notice.issued"]


def test_cancel_before_the_platform_issues_closes_with_nothing_issued(qtbot, services, english,
                                                                     live, session, tmp_path,
                                                                     monkeypatch):
    dlg, out = _dialog(qtbot, session, tmp_path, live)
    reached, release, _ = _hold(monkeypatch, "confirmed", after=False)
    sms = _to_sms(qtbot, dlg)
    sms.code.setText(live.code_for(sms.challenge.challenge_id))
    sms.confirm.click()
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    dlg.cancel.click()
    release.set()
    qtbot.waitUntil(lambda: not dlg.isVisible() and dlg.job is None, timeout=20_000)
    assert "Cancelled" in dlg.status.text() and dlg.stored is None
    assert not out.exists() and live.issued_count() == 0


def test_cancel_while_preparing_opens_nothing_and_closes_the_connection(
        qtbot, services, english, live, session, tmp_path, monkeypatch):
    dlg, out = _dialog(qtbot, session, tmp_path, live)
    reached, release, seen = _hold(monkeypatch, "reach", after=True)
    dlg.apply_button.click()
    qtbot.waitUntil(reached.is_set, timeout=20_000)  # connected, key and request made …
    dlg.cancel.click()  # … when the person cancels
    assert not dlg.isVisible() and dlg.beginning is None
    release.set()
    qtbot.waitUntil(lambda: session.jobs.active == 0, timeout=20_000)
    [applying] = seen
    assert applying.services.client._http.is_closed  # the platform connection
    assert dlg.step is None and dlg.applying is None  # no notice after the cancel
    _nothing_left(out, live, session)


def test_the_tools_menu_opens_it_and_the_new_file_signs_right_away(qtbot, window, contract, tmp_path,
                                                                   seal_p12):
    from tests.gui.conftest import open_and_wait
    from ui.compliance.cert_apply_dialog import CertApplyDialog
    from ui.sign.dialog import SignDialog

    assert window.acts.cert_apply in window.acts.menus["tools"].actions()
    window.acts.cert_apply.trigger()
    dlg = window.flows.last_dialog
    assert isinstance(dlg, CertApplyDialog) and dlg.isVisible()
    assert dlg.session is window.vault_session
    dlg.reject()
    open_and_wait(qtbot, window, contract, reviewed=False)
    window.acts.cert_apply.trigger()
    window.flows.last_dialog.trustCa.emit(tmp_path / "ca.pem")  # "Trust the platform's CA"
    assert str(tmp_path / "ca.pem") in window.prefs.trust_anchors  # reviews trust it now
    window.flows.last_dialog.signWith.emit(seal_p12)  # as its "Sign a document with it…"
    signing = window.flows.last_dialog
    assert isinstance(signing, SignDialog) and signing.document == contract
    assert signing.identity.soft_radio.isChecked()
    assert signing.identity.soft_path.text() == str(seal_p12)
    signing.reject()
