"""The sign flow with the policy "token PIN and an SMS code": the code comes from the real
platform (server/, on 127.0.0.1), is typed into the SMS dialog, and both checks land in the
evidence chain bound to the document and the signer's certificate."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.hsm, pytest.mark.net]


def _code(outbox: Path) -> str:
    return json.loads(outbox.read_text(encoding="utf-8").splitlines()[-1])["code"]


def _dialog(qtbot, services, softhsm, contract, tmp_path, server, policy):
    """A sign dialog on a vault registered with the platform, agreements accepted."""
    from app.preferences import Preferences
    from tests.gui.conftest import platform_vault_for
    from ui.sign.dialog import SignDialog
    from ui.vault.session import VaultSession

    cert = next(e for e in softhsm.entries if e.label == "seal-rsa").cert
    signer = platform_vault_for(server, cert.dump())
    session = VaultSession(services.jobs)
    prefs = Preferences(pkcs11_modules=(softhsm.module,), level="B-B", intent_policy=policy)
    dlg = SignDialog(services.jobs, prefs, contract, session=session)
    qtbot.addWidget(dlg)
    (tmp_path / "out").mkdir()
    dlg.output.setText(str(tmp_path / "out" / "signed.pdf"))
    qtbot.waitUntil(lambda: not dlg.identity.scanning and not dlg.archive.isHidden(),
                    timeout=20_000)
    next(i for i in dlg.identity.certificate_items()
         if i.data(0, 0x0100)[1].label == "seal-rsa").setSelected(True)
    dlg._go(2)
    dlg.placement.radios["none"].setChecked(True)
    dlg.vault_passphrase.setText(PASSPHRASE)
    return dlg, session, signer


def _finish_with_pin(qtbot, dlg, softhsm):
    qtbot.waitUntil(lambda: dlg.interaction.pin_dialog is not None, timeout=30_000)
    dlg.interaction.pin_dialog.field.setText(softhsm.pins["SealDesk Test A"])
    dlg.interaction.pin_dialog.accept()
    qtbot.waitUntil(lambda: dlg.findChild(QMessageBox, "tokenQuestion") is not None,
                    timeout=20_000)
    with qtbot.waitSignal(dlg.signed, timeout=60_000):
        dlg.findChild(QMessageBox, "tokenQuestion").button(QMessageBox.StandardButton.Yes).click()


def _checked(session):
    from app.evidence.chain import iter_events

    events = [json.loads(e.body) for e in session.vault.db.call(lambda c: list(iter_events(c)))]
    return [e["data"] for e in events if e["type"] == "intent.checked"]


def test_refusing_the_face_check_falls_back_to_the_sms_code(qtbot, services, english, softhsm,
                                                            contract, tmp_path, platform_server):
    from PySide6.QtWidgets import QPushButton

    server, outbox = platform_server
    dlg, session, _signer = _dialog(qtbot, services, softhsm, contract, tmp_path, server,
                                    "pin+face|sms")
    dlg.next.click()
    qtbot.waitUntil(lambda: dlg.intent_checks.dialog is not None, timeout=30_000)
    face = dlg.intent_checks.dialog
    assert face.objectName() == "faceConsentDialog"  # asked every time, before any picture
    face.findChild(QPushButton, "faceOther").click()  # no: another method
    qtbot.waitUntil(lambda: getattr(dlg.intent_checks.dialog, "objectName", lambda: "")()
                    == "smsCodeDialog", timeout=30_000)
    sms = dlg.intent_checks.dialog
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    sms.code.setText(_code(outbox))
    sms.confirm.click()
    _finish_with_pin(qtbot, dlg, softhsm)
    assert {c["method"] for c in _checked(session)} == {"pin", "sms"}
    session.lock()


def test_pin_and_sms_code_are_both_recorded(qtbot, services, english, softhsm, contract,
                                            tmp_path, platform_server):
    server, outbox = platform_server
    dlg, session, signer = _dialog(qtbot, services, softhsm, contract, tmp_path, server,
                                   "pin+sms")
    dlg.next.click()
    qtbot.waitUntil(lambda: dlg.intent_checks.dialog is not None, timeout=30_000)
    sms = dlg.intent_checks.dialog
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    sms.code.setText("000000" if _code(outbox) != "000000" else "111111")
    sms.confirm.click()  # a wrong code: tries left shown, the dialog stays
    qtbot.waitUntil(lambda: sms.error.text() != "", timeout=20_000)
    assert sms.isVisible() and dlg.interaction.pin_dialog is None
    sms.code.setText(_code(outbox))
    sms.confirm.click()
    _finish_with_pin(qtbot, dlg, softhsm)
    checked = _checked(session)
    source = hashlib.sha256(contract.read_bytes()).hexdigest()
    assert {c["method"] for c in checked} == {"pin", "sms"}
    assert all(c["document_sha256"] == source and c["certificate_sha256"] == signer
               for c in checked)
    assert [c for c in checked if c["method"] == "sms"][0]["attestation_sha256"]
    session.lock()


def test_face_check_with_its_own_consent_then_pin(qtbot, services, english, softhsm, contract,
                                                  tmp_path, platform_server):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from tests.gui.test_compliance_dialogs import _face_image
    from ui.compliance.camera import FrameSource

    class Frames(FrameSource):  # a camera that shows the frames it is given
        def start(self) -> None:
            self.show(300)

        def show(self, cx: int) -> None:
            QTimer.singleShot(0, lambda: self.frame.emit(_face_image(cx)))

    server, _outbox = platform_server
    dlg, session, signer = _dialog(qtbot, services, softhsm, contract, tmp_path, server,
                                   "pin+face")
    frames = Frames()
    dlg.intent_checks.frame_source = frames
    dlg.next.click()
    qtbot.waitUntil(lambda: dlg.intent_checks.dialog is not None, timeout=30_000)
    dlg.intent_checks.dialog.findChild(QPushButton, "faceAgree").click()
    qtbot.waitUntil(lambda: getattr(dlg.intent_checks.dialog, "objectName", lambda: "")()
                    == "faceCaptureDialog", timeout=30_000)
    capture = dlg.intent_checks.dialog
    qtbot.waitUntil(lambda: capture.take.isEnabled(), timeout=5_000)
    capture.take.click()  # first picture, then "turn your head"
    frames.show(360)
    qtbot.waitUntil(lambda: capture.latest is not None and not capture.busy, timeout=5_000)
    qtbot.wait(50)
    capture.take.click()
    _finish_with_pin(qtbot, dlg, softhsm)
    checked = _checked(session)
    assert {c["method"] for c in checked} == {"pin", "face"}
    face = [c for c in checked if c["method"] == "face"][0]
    assert face["certificate_sha256"] == signer and face["attestation_sha256"]
    events = [json.loads(e.body) for e in session.vault.db.call(
        lambda c: list(__import__("app.evidence.chain", fromlist=["x"]).iter_events(c)))]
    assert any(e["type"] == "consent.given" and e["data"].get("kind") == "biometric"
               for e in events)  # a consent for this one check
    session.lock()
