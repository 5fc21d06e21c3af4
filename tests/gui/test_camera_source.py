"""The face check's camera path with the real QtMultimedia (pytest-qt, offscreen).

* No camera on this machine: the real QMediaDevices says so, CameraSource raises
  CameraUnavailable("no camera is connected"), the face dialog says it clearly, and the sign
  flow goes on with the SMS code and the token PIN.
* Frames through the real pipeline without a device: pictures become QVideoFrames in a
  QVideoFrameInput → QMediaCaptureSession → QVideoSink → FrameSource.frame → to_bgr → the
  local one-face detector (the dialog's preview path minus the camera).
* The camera lost while the dialog is open (Qt's camera error, the device list changing).
* QtMultimedia that cannot be loaded: simulated by making its import fail (the only way to
  have it missing once it is installed).

These tests skip, with the reason, only when QtMultimedia cannot be loaded at all (run
``.ci/sysdeps.sh``: it installs libpulse0 and the libraries Qt's FFmpeg backend opens).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from app.compliance import face
from app.compliance.errors import CameraUnavailable
from app.compliance.intent import FACE
from tests.compliance.test_platform_intent import _face_frame
from tests.gui import test_compliance_dialogs as dialog_tests
from tests.gui.test_compliance_dialogs import DOC, SIGNER, _face_image
from tests.gui.test_sign_sms import _checked, _code, _finish_with_pin
from tests.gui.test_sign_sms import _dialog as _sign_dialog

jobs = dialog_tests.jobs  # fixtures shared with those tests
platform_vault = dialog_tests.platform_vault
pytestmark = pytest.mark.gui
# The offscreen platform has no GPU: Qt converts video frames on the CPU and says so once.
CPU_CONVERSION = pytest.mark.qt_log_ignore(r"No RHI backend\. Using CPU conversion")


def _qtmultimedia() -> Any:
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except ImportError as exc:
        pytest.skip(f"QtMultimedia cannot be loaded here ({exc}); .ci/sysdeps.sh installs "
                    "the system libraries it needs")


@pytest.fixture
def qtm(qapp: object) -> Any:
    return _qtmultimedia()


@pytest.fixture
def no_camera(qtm: Any) -> Any:
    if qtm.QMediaDevices.videoInputs():
        pytest.skip("a camera is connected to this machine")
    return qtm


def _two_faces() -> QImage:
    rgb = cv2.cvtColor(_face_frame(0, faces=2), cv2.COLOR_BGR2RGB)
    h, w, _ = rgb.shape
    return QImage(np.ascontiguousarray(rgb).data, w, h, 3 * w,
                  QImage.Format.Format_RGB888).copy()


def _feed(qtbot: Any) -> Any:
    from ui.compliance.camera import PictureFeed

    try:
        feed = PictureFeed()
    except CameraUnavailable as exc:
        pytest.skip(f"no QVideoFrameInput here: {exc}")
    feed.start()
    return feed


def _show(qtbot: Any, feed: Any, image: QImage) -> QImage:
    """Send ``image`` through the capture session; the QImage the sink hands over."""
    with qtbot.waitSignal(feed.frame, timeout=5_000) as got:
        if not feed.show(image):  # the session was not ready: it says when it is
            with qtbot.waitSignal(feed.input.readyToSendVideoFrame, timeout=5_000):
                pass
            assert feed.show(image)
    return got.args[0]


# --- no camera ---------------------------------------------------------------------------------

def test_no_camera_is_reported_by_the_real_device_list(no_camera):
    from ui.compliance.camera import CameraSource

    assert no_camera.QMediaDevices.videoInputs() == []
    assert no_camera.QMediaDevices.defaultVideoInput().isNull()
    with pytest.raises(CameraUnavailable) as err:
        CameraSource()
    assert err.value.params["detail"] == "no camera is connected"


def test_face_dialog_without_a_camera(qtbot, english, no_camera, platform_vault, jobs):
    from app.compliance.platform import intent_services
    from ui.compliance.face_dialog import OTHER_METHOD, FaceCaptureDialog

    vault, server = platform_vault
    with intent_services(vault, SIGNER) as services:
        dialog = FaceCaptureDialog(services.face, DOC, "c" * 64, jobs)  # the real CameraSource
        qtbot.addWidget(dialog)
        dialog.open()
        assert dialog.camera_missing is not None
        assert dialog.camera_missing.params["detail"] == "no camera is connected"
        assert dialog.error.text() == ("No camera can be used on this computer (no camera is "
                                       "connected). Connect a camera, or confirm your intent "
                                       "with the SMS code or the token PIN.")
        assert "SMS code" in dialog.prompt.text() and "token PIN" in dialog.prompt.text()
        assert dialog.preview.text() == "No camera"
        assert not dialog.take.isEnabled()
        other = dialog.findChild(QPushButton, "faceOther")
        assert other.isEnabled()
        with qtbot.waitSignal(dialog.finished) as finished:
            other.click()
        assert finished.args == [OTHER_METHOD]
    assert server.faces.seen == []


def test_face_dialog_in_chinese_without_a_camera(qtbot, no_camera, platform_vault, jobs):
    from app.compliance.platform import intent_services
    from ui import i18n
    from ui.compliance.camera import CameraSource
    from ui.compliance.face_dialog import FaceCaptureDialog

    vault, _ = platform_vault
    i18n.install("zh_CN")
    try:
        with intent_services(vault, SIGNER) as services:
            dialog = FaceCaptureDialog(services.face, DOC, "c" * 64, jobs)
            qtbot.addWidget(dialog)
            assert "没有连接摄像头" in dialog.error.text() and "摄像头" in dialog.preview.text()
            lost = FaceCaptureDialog(services.face, DOC, "c" * 64, jobs,
                                     source=CameraSource(device=no_camera.QCameraDevice()))
            qtbot.addWidget(lost)
            assert "摄像头停止工作" in lost.error.text()
    finally:
        i18n.install("en")


def test_qtmultimedia_that_cannot_load_is_reported(qtbot, english, monkeypatch, qapp):
    """Simulated: once QtMultimedia loads, only a failing import can stand for it missing."""
    from ui.compliance.camera import CameraSource, PictureFeed
    from ui.compliance.face_dialog import FaceCaptureDialog

    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import → ImportError
    for source in (CameraSource, PictureFeed):
        with pytest.raises(CameraUnavailable) as err:
            source()
        assert err.value.params["detail"] == "the camera library could not be loaded"
        assert isinstance(err.value.__cause__, ImportError)
    dialog = FaceCaptureDialog(None, DOC, "c" * 64, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert "camera library could not be loaded" in dialog.error.text()
    assert not dialog.take.isEnabled()


@pytest.mark.hsm
@pytest.mark.net
def test_sign_flow_without_a_camera_goes_on_with_the_sms_code(qtbot, services, english, no_camera,
                                                              softhsm, contract, tmp_path,
                                                              platform_server):
    """Policy "PIN and (face or SMS)", the face check agreed to, no camera: the real
    CameraSource finds none, the person picks another method, the SMS code and PIN sign."""
    server, outbox = platform_server
    dlg, session, _signer = _sign_dialog(qtbot, services, softhsm, contract, tmp_path, server,
                                         "pin+face|sms")
    assert dlg.intent_checks.frame_source is None  # the real camera path
    dlg.next.click()
    qtbot.waitUntil(lambda: dlg.intent_checks.dialog is not None, timeout=30_000)
    dlg.intent_checks.dialog.findChild(QPushButton, "faceAgree").click()
    qtbot.waitUntil(lambda: _open_dialog(dlg) == "faceCaptureDialog", timeout=30_000)
    capture = dlg.intent_checks.dialog
    assert capture.camera_missing is not None and not capture.take.isEnabled()
    assert "no camera is connected" in capture.error.text()
    capture.findChild(QPushButton, "faceOther").click()
    qtbot.waitUntil(lambda: _open_dialog(dlg) == "smsCodeDialog", timeout=30_000)
    sms = dlg.intent_checks.dialog
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    sms.code.setText(_code(outbox))
    sms.confirm.click()
    _finish_with_pin(qtbot, dlg, softhsm)
    assert {c["method"] for c in _checked(session)} == {"pin", "sms"}
    session.lock()


def _open_dialog(sign_dialog: Any) -> str:
    return str(getattr(sign_dialog.intent_checks.dialog, "objectName", lambda: "")())


# --- frames through the real capture pipeline --------------------------------------------------

@CPU_CONVERSION
def test_frames_flow_from_the_capture_session_to_the_face_detector(qtbot, qtm):
    from ui.compliance.camera import to_bgr

    feed = _feed(qtbot)
    image = _show(qtbot, feed, _face_image(320))
    assert (image.width(), image.height()) == (640, 480)
    picture = to_bgr(image)
    assert picture.shape == (480, 640, 3)
    sent = _face_frame(320)
    assert float(np.mean(cv2.absdiff(picture, sent))) < 2.0  # the same picture came out
    box = face.one_face(picture)
    assert abs(box.x + box.w / 2 - 320) < 20
    assert len(face.find_faces(to_bgr(_show(qtbot, feed, _two_faces())))) == 2
    face.check_liveness(picture, to_bgr(_show(qtbot, feed, _face_image(380))))
    feed.stop()
    assert not feed.show(_face_image(320))  # a stopped source sends nothing


@CPU_CONVERSION
def test_face_dialog_preview_through_the_capture_session(qtbot, english, qtm, platform_vault,
                                                         jobs):
    from app.compliance.platform import intent_services
    from ui.compliance.face_dialog import FaceCaptureDialog

    vault, server = platform_vault
    feed = _feed(qtbot)
    feed.stop()  # the dialog starts it
    with intent_services(vault, SIGNER) as services:
        dialog = FaceCaptureDialog(services.face, DOC, "f" * 64, jobs, source=feed)
        qtbot.addWidget(dialog)
        dialog.open()
        assert feed.running and dialog.camera_missing is None
        _show(qtbot, feed, _two_faces())
        assert not dialog.preview.pixmap().isNull() and dialog.take.isEnabled()
        dialog.take.click()
        dialog.take.click()
        qtbot.waitUntil(lambda: "exactly one face" in dialog.error.text() and not dialog.busy,
                        timeout=10_000)
        assert server.faces.seen == []  # the local check stopped it: nothing was sent
        _show(qtbot, feed, _face_image(300))
        dialog.take.click()
        assert "turn your head" in dialog.prompt.text()
        _show(qtbot, feed, _face_image(360))
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.take.click()
        assert dialog.intent is not None and dialog.intent.method == FACE
        assert not feed.running  # stopped with the dialog
    assert server.face_consent_refs() == ["f" * 64]
    assert len(server.faces.seen) == 1


# --- the camera lost while the dialog is open --------------------------------------------------

def test_camera_failing_at_start_ends_in_no_camera(qtbot, english, no_camera, platform_vault,
                                                   jobs):
    """A QCamera on a device that is not there: Qt's own camera error, at start."""
    from app.compliance.platform import intent_services
    from ui.compliance.camera import CameraSource
    from ui.compliance.face_dialog import OTHER_METHOD, FaceCaptureDialog

    vault, _ = platform_vault
    source = CameraSource(device=no_camera.QCameraDevice())
    with intent_services(vault, SIGNER) as services:
        with qtbot.waitSignal(source.lost) as lost:
            dialog = FaceCaptureDialog(services.face, DOC, "c" * 64, jobs, source=source)
        qtbot.addWidget(dialog)
        assert lost.args[0] is dialog.camera_missing is source.gone
        assert "the camera stopped working" in dialog.error.text()
        assert "SMS code" in dialog.prompt.text() and not dialog.take.isEnabled()
        with qtbot.waitSignal(dialog.finished) as finished:
            dialog.findChild(QPushButton, "faceOther").click()
        assert finished.args == [OTHER_METHOD]


def test_camera_error_and_unplugging_are_reported_once(qtbot, no_camera):
    """Qt's signals emitted by the test (no device to unplug here); what the source does with
    them uses the real device list and the real QCamera."""
    from ui.compliance.camera import CameraSource

    unplugged = CameraSource(device=no_camera.QCameraDevice())
    with qtbot.waitSignal(unplugged.lost) as lost:
        unplugged.devices.videoInputsChanged.emit()  # the device is not in the real list
    assert lost.args[0].params["detail"] == "the camera was disconnected"
    with qtbot.assertNotEmitted(unplugged.lost):
        unplugged.camera.errorOccurred.emit(no_camera.QCamera.Error.CameraError, "gone")
        unplugged.start()  # a lost camera does not start again
    failing = CameraSource(device=no_camera.QCameraDevice())
    with qtbot.assertNotEmitted(failing.lost):
        failing.camera.errorOccurred.emit(no_camera.QCamera.Error.NoError, "")
    with qtbot.waitSignal(failing.lost) as lost:
        failing.camera.errorOccurred.emit(no_camera.QCamera.Error.CameraError, "USB reset")
    assert lost.args[0].params["detail"] == "the camera stopped working: USB reset"
    assert not failing.camera.isActive()


def test_camera_permission_is_asked_before_the_camera_starts(qtbot, no_camera, qapp):
    """Qt's own permission check (granted at once here; macOS asks the person): the camera
    starts only when granted; a denial ends in the "no camera" path with what to do."""
    from PySide6.QtCore import QCameraPermission, Qt

    from ui.compliance.camera import CameraSource

    assert qapp.checkPermission(QCameraPermission()) == Qt.PermissionStatus.Granted
    source = CameraSource(device=no_camera.QCameraDevice())
    started: list[int] = []
    source._with_permission(lambda: started.append(1))
    assert started == [1]
    denied = CameraSource(device=no_camera.QCameraDevice())
    with qtbot.waitSignal(denied.lost) as lost:
        denied._denied()
    assert "privacy settings" in lost.args[0].params["detail"]
    assert not denied.camera.isActive()


@CPU_CONVERSION
def test_camera_lost_during_the_preview(qtbot, english, qtm, platform_vault, jobs):
    """Frames flow through the real pipeline, the first picture is taken, then the source
    reports the camera gone (emitted by the test): the no-camera message, nothing half-done."""
    from app.compliance.platform import intent_services
    from crypto.errors import Text
    from ui.compliance.face_dialog import OTHER_METHOD, FaceCaptureDialog

    vault, server = platform_vault
    feed = _feed(qtbot)
    with intent_services(vault, SIGNER) as services:
        dialog = FaceCaptureDialog(services.face, DOC, "c" * 64, jobs, source=feed)
        qtbot.addWidget(dialog)
        dialog.open()
        _show(qtbot, feed, _face_image(300))
        dialog.take.click()
        assert dialog.first is not None
        feed.lost.emit(CameraUnavailable(detail=Text("the camera was disconnected")))
        assert dialog.first is None and dialog.latest is None
        assert "the camera was disconnected" in dialog.error.text()
        assert "SMS code" in dialog.prompt.text() and dialog.preview.text() == "No camera"
        _show(qtbot, feed, _face_image(360))  # a late frame changes nothing
        assert dialog.latest is None and not dialog.take.isEnabled()
        with qtbot.waitSignal(dialog.finished) as finished:
            dialog.findChild(QPushButton, "faceOther").click()
        assert finished.args == [OTHER_METHOD]
    assert server.faces.seen == []
