"""Compliance dialogs (pytest-qt, offscreen): agreements, consent page, notices, SMS code, face
check, expiry banner — against a real vault and a real platform on 127.0.0.1."""

from __future__ import annotations

import datetime as dt

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from app.compliance import agreements, consent, expiry
from app.compliance.consent import ConsentGate
from app.compliance.intent import FACE, PIN, SMS, IntentPolicy
from tests.compliance.conftest import make_cert
from tests.compliance.live_platform import LivePlatform

pytestmark = pytest.mark.gui
SIGNER, DOC = "5" * 64, "d" * 64


@pytest.fixture
def jobs(qapp):
    from ui.jobs import JobRunner

    runner = JobRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def platform_vault(vault, tmp_path):
    from app.sync.device import register
    from app.sync.transport import Endpoint

    server = LivePlatform(tmp_path / "platform")  # the real platform (server/) on 127.0.0.1
    try:
        server.add_signer(SIGNER)
        register(vault, Endpoint(server.url), server.enrolment_token)
        yield vault, server
    finally:
        server.stop()


def test_agreements_continue_only_with_all_three_ticks(qtbot, english, vault, jobs):
    from ui.compliance.agreements_dialog import AgreementsDialog

    texts = agreements.load()
    dialog = AgreementsDialog(texts, "en", vault=vault, jobs=jobs)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not any(b.isChecked() for b in dialog.boxes.values())  # nothing pre-ticked
    assert not dialog.analytics.isChecked()
    assert "Service Agreement" in dialog.text.toPlainText()
    dialog.list.setCurrentRow(2)
    assert "Digital Certificate Usage Agreement" in dialog.text.toPlainText()
    for kind in agreements.REQUIRED[:2]:
        dialog.boxes[kind].click()
        assert not dialog.continue_button.isEnabled()
    dialog.boxes[agreements.CERTIFICATE].click()
    assert dialog.continue_button.isEnabled()
    dialog.boxes[agreements.PRIVACY].click()  # unticking disables it again
    assert not dialog.continue_button.isEnabled()
    dialog.continue_button.click()
    assert consent.history(vault) == []
    dialog.boxes[agreements.PRIVACY].click()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.continue_button.click()
    gate = ConsentGate.load(vault, texts)
    assert gate.may_sign and not gate.allows("analytics")  # optional stays off


def test_consent_page_withdraw_stops_signing(qtbot, english, vault, jobs):
    from ui.compliance.consent_page import ConsentPage

    texts = agreements.load()
    consent.accept_required(vault, texts, "en", dict.fromkeys(agreements.REQUIRED, True))
    page = ConsentPage(vault, jobs, texts, "en")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10_000)
    assert "accepted" in page.status.text()
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.withdraw(agreements.PRIVACY)
    qtbot.waitUntil(lambda: "stopped" in page.status.text(), timeout=10_000)
    assert not ConsentGate.load(vault, texts).may_sign


def test_notices_and_expiry_banner(qtbot, english):
    from ui.compliance import notice_dialog
    from ui.compliance.expiry_banner import ExpiryBanner

    now = dt.datetime.now(dt.UTC)
    old = make_cert(now - dt.timedelta(days=400), now - dt.timedelta(days=2), "Old Seal")
    soon = make_cert(now - dt.timedelta(days=300), now + dt.timedelta(days=9), "Soon Seal")
    fine = make_cert(now - dt.timedelta(days=1), now + dt.timedelta(days=300), "Fine Seal")
    assert [c.label for c in expiry.offerable([old, soon, fine])] == ["Soon Seal", "Fine Seal"]
    banner = ExpiryBanner()
    qtbot.addWidget(banner)
    banner.set_standings(expiry.flag([old, soon, fine], 30))
    assert banner.isVisibleTo(banner.parentWidget() or banner) or not banner.isHidden()
    text = banner.label.text()
    assert "Old Seal expired" in text and "Soon Seal expires" in text and "Fine" not in text
    banner.set_standings(expiry.flag([fine], 30))
    assert banner.isHidden()
    d = notice_dialog.before_use(None, "Soon Seal", "c" * 64, [("合同.pdf", DOC)])
    qtbot.addWidget(d)
    d.open()
    assert "will now sign" in d.message.text() and DOC in d.details.toPlainText()
    with qtbot.waitSignal(d.rejected):
        d.findChild(QPushButton, "noticeReject").click()


def test_sms_dialog_wrong_then_right_code(qtbot, english, platform_vault, jobs):
    from app.compliance.platform import intent_services
    from ui.compliance.sms_dialog import SmsCodeDialog

    vault, server = platform_vault
    with intent_services(vault, SIGNER) as services:
        dialog = SmsCodeDialog(services.sms, DOC, jobs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.challenge is not None, timeout=10_000)
        assert "138****5678" in dialog.info.text()
        assert "5 tries left" in dialog.tries.text() and "Code valid for 4:5" in dialog.expiry.text()
        assert not dialog.resend.isEnabled() and "Resend in" in dialog.resend.text()
        right = server.code_for(dialog.challenge.challenge_id)
        qtbot.keyClicks(dialog.code, f"{(int(right) + 1) % 10**6:06d}")
        dialog.confirm.click()
        qtbot.waitUntil(lambda: "4 tries left" in dialog.tries.text() and not dialog.busy,
                        timeout=10_000)
        assert "wrong" in dialog.error.text() and dialog.code.text() == ""
        qtbot.keyClicks(dialog.code, "12a")  # the validator keeps digits only
        assert dialog.code.text() == "12" and not dialog.confirm.isEnabled()
        dialog.code.clear()
        qtbot.keyClicks(dialog.code, right)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.confirm.click()
        assert dialog.intent is not None and dialog.intent.method == SMS


def test_sms_dialog_closed_challenge_asks_for_a_new_code(qtbot, english, platform_vault, jobs):
    from app.compliance.platform import intent_services
    from ui.compliance.sms_dialog import SmsCodeDialog

    vault, server = platform_vault
    with intent_services(vault, SIGNER) as services, intent_services(vault, SIGNER) as other:
        dialog = SmsCodeDialog(services.sms, DOC, jobs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.challenge is not None, timeout=10_000)
        first = dialog.challenge
        right = server.code_for(first.challenge_id)
        other.sms.verify(first, right)  # used elsewhere meanwhile (another window)
        qtbot.keyClicks(dialog.code, right)
        dialog.confirm.click()
        qtbot.waitUntil(lambda: "closed" in dialog.error.text() and not dialog.busy,
                        timeout=10_000)
        assert dialog.challenge is None and dialog.resend.isEnabled()
        dialog.resend.click()
        qtbot.waitUntil(lambda: dialog.challenge is not None, timeout=10_000)
        assert dialog.challenge.challenge_id != first.challenge_id
        assert len(server.messages()) == 2


def test_refusing_face_consent_leaves_sms_and_pin(qtbot, english, vault):
    from ui.compliance.face_dialog import FaceConsentDialog

    dialog = FaceConsentDialog(agreements.load()[agreements.BIOMETRIC], "en")
    qtbot.addWidget(dialog)
    dialog.open()
    assert "not keep" in dialog.findChild(object, "faceConsentText").toPlainText() or \
        "discarded" in dialog.findChild(object, "faceConsentText").toPlainText()
    with qtbot.waitSignal(dialog.rejected):
        dialog.findChild(QPushButton, "faceOther").click()
    policy = IntentPolicy.parse("face|sms|pin")
    assert policy.usable_steps(online=True, camera=True, refused=frozenset({FACE})) == (
        (SMS, PIN),)


def test_camera_missing_gives_a_clear_message(qtbot, english, platform_vault, jobs):
    from app.compliance.platform import intent_services
    from ui.compliance.face_dialog import OTHER_METHOD, FaceCaptureDialog

    vault, _ = platform_vault
    with intent_services(vault, SIGNER) as services:
        dialog = FaceCaptureDialog(services.face, DOC, "c" * 64, jobs)  # no camera here
        qtbot.addWidget(dialog)
        dialog.open()
        assert dialog.camera_missing is not None
        assert "camera" in dialog.error.text() and "SMS code" in dialog.prompt.text()
        assert not dialog.take.isEnabled()
        with qtbot.waitSignal(dialog.finished) as finished:
            dialog.findChild(QPushButton, "faceOther").click()
        assert finished.args == [OTHER_METHOD]


def _face_image(cx: int) -> QImage:
    from tests.compliance.test_platform_intent import _face_frame

    rgb = cv2.cvtColor(_face_frame(cx), cv2.COLOR_BGR2RGB)
    h, w, _ = rgb.shape
    return QImage(np.ascontiguousarray(rgb).data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def test_face_capture_with_liveness_prompt(qtbot, english, platform_vault, jobs):
    from app.compliance.platform import intent_services
    from ui.compliance.camera import FrameSource
    from ui.compliance.face_dialog import FaceCaptureDialog

    vault, server = platform_vault

    class Frames(FrameSource):  # a camera that shows the frames it is given
        def start(self) -> None:
            self.show(300)

        def show(self, cx: int) -> None:
            QTimer.singleShot(0, lambda: self.frame.emit(_face_image(cx)))

    frames = Frames()
    with intent_services(vault, SIGNER) as services:
        dialog = FaceCaptureDialog(services.face, DOC, "e" * 64, jobs, source=frames)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(lambda: dialog.take.isEnabled(), timeout=5_000)
        dialog.take.click()
        assert "turn your head" in dialog.prompt.text()
        dialog.take.click()  # same position: no movement
        qtbot.waitUntil(lambda: "movement" in dialog.error.text(), timeout=10_000)
        assert server.faces.seen == []  # nothing was sent
        dialog.take.click()
        frames.show(360)
        qtbot.waitUntil(lambda: dialog.latest is not None and not dialog.busy, timeout=5_000)
        qtbot.wait(50)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.take.click()
        assert dialog.intent is not None and dialog.intent.method == FACE
        assert server.face_consent_refs() == ["e" * 64]
        assert len(server.faces.seen) == 1
