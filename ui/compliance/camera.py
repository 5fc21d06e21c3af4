"""Frames for the face check.  Every real source is a QtMultimedia capture session whose
QVideoSink hands each frame over as a QImage (kept only as long as the preview shows it):

* :class:`CameraSource`: the camera (QCamera → QMediaCaptureSession → QVideoSink);
* :class:`PictureFeed`: pictures given by the caller through a QVideoFrameInput (Qt ≥ 6.8) into
  the same session and sink — the preview path without a device (tests, demonstrations).

QtMultimedia missing (PySide6-Addons or a system library such as libpulse), no camera, or the
camera unplugged or failing while in use: CameraUnavailable with the reason, raised when the
source is made, or sent through :attr:`FrameSource.lost` once it runs."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.compliance.errors import CameraUnavailable
from crypto.errors import Text

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QCamera, QCameraDevice, QVideoFrame


class FrameSource(QObject):
    """Something that shows frames: ``frame`` is emitted for each new one, ``lost`` (with a
    CameraUnavailable) once when no more will come."""

    frame = Signal(QImage)
    lost = Signal(object)

    def start(self) -> None:
        """Begin delivering frames."""

    def stop(self) -> None:
        """Stop; the source may be started again."""


def multimedia() -> Any:
    """The QtMultimedia module, or CameraUnavailable when it cannot be loaded."""
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except ImportError as exc:  # PySide6-Addons or the system's media libraries missing
        raise CameraUnavailable(detail=Text("the camera library could not be loaded")) from exc


class CaptureSource(FrameSource):
    """A QMediaCaptureSession showing its video through a QVideoSink; subclasses attach the
    input (a camera or a frame input) to :attr:`session`."""

    def __init__(self, parent: QObject | None = None) -> None:
        qtm = multimedia()
        super().__init__(parent)
        self.qtm = qtm
        self.session = qtm.QMediaCaptureSession(self)
        self.sink = qtm.QVideoSink(self)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)

    def _frame(self, frame: QVideoFrame) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.frame.emit(image)


class CameraSource(CaptureSource):
    """A camera (the system's default unless ``device`` names one).  Unplugging it or a camera
    error ends in :attr:`lost`, with the same CameraUnavailable as "no camera"."""

    def __init__(self, parent: QObject | None = None, *,
                 device: QCameraDevice | None = None) -> None:
        qtm = multimedia()
        if device is None:
            if not qtm.QMediaDevices.videoInputs():
                raise CameraUnavailable(detail=Text("no camera is connected"))
            device = qtm.QMediaDevices.defaultVideoInput()
        super().__init__(parent)
        self.device = device
        self.gone: CameraUnavailable | None = None
        self.camera: QCamera = qtm.QCamera(device, self)
        self.session.setCamera(self.camera)
        self.camera.errorOccurred.connect(self._error)
        self.devices = qtm.QMediaDevices(self)
        self.devices.videoInputsChanged.connect(self._inputs_changed)

    def _error(self, code: QCamera.Error, text: str) -> None:
        if code != self.qtm.QCamera.Error.NoError:
            self._lose(Text("the camera stopped working: {reason}", reason=text))

    def _inputs_changed(self) -> None:
        if self.device not in self.qtm.QMediaDevices.videoInputs():
            self._lose(Text("the camera was disconnected"))

    def _lose(self, detail: Text) -> None:
        if self.gone is not None:
            return
        self.gone = CameraUnavailable(detail=detail)
        self.camera.stop()
        self.lost.emit(self.gone)

    def start(self) -> None:
        if self.gone is not None:
            return
        if self.camera.error() != self.qtm.QCamera.Error.NoError:  # failed before we listened
            self._error(self.camera.error(), self.camera.errorString())
            return
        self._with_permission(self.camera.start)

    def _with_permission(self, start: Callable[[], None]) -> None:
        """macOS (and other systems that ask): the person allows the camera first; a denial
        ends in :attr:`lost` with what to do.  Where nothing is asked it is granted at once."""
        from PySide6.QtCore import QCameraPermission, QCoreApplication, Qt

        app = QCoreApplication.instance()
        if app is None:
            start()
            return
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Granted:
            start()
        elif status == Qt.PermissionStatus.Denied:
            self._denied()
        else:
            def answered(result: QCameraPermission) -> None:
                if app.checkPermission(result) == Qt.PermissionStatus.Granted:
                    if self.gone is None:
                        start()
                else:
                    self._denied()

            app.requestPermission(permission, self, answered)

    def _denied(self) -> None:
        self._lose(Text("SealDesk may not use the camera: allow it in the system's privacy "
                        "settings"))

    def stop(self) -> None:
        self.camera.stop()


class PictureFeed(CaptureSource):
    """Pictures sent by :meth:`show` as video frames into the capture session (QVideoFrameInput):
    everything the camera's frames go through, without a device."""

    def __init__(self, parent: QObject | None = None) -> None:
        if not hasattr(multimedia(), "QVideoFrameInput"):  # Qt < 6.8
            raise CameraUnavailable(detail=Text("the camera library is too old"))
        super().__init__(parent)
        self.input = self.qtm.QVideoFrameInput(self)
        self.session.setVideoFrameInput(self.input)
        self.running = False

    def show(self, image: QImage) -> bool:
        """Send one picture; False when stopped or the session cannot take a frame now (it
        emits ``input.readyToSendVideoFrame`` when it can)."""
        if not self.running:
            return False
        return bool(self.input.sendVideoFrame(self.qtm.QVideoFrame(image)))

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False


def to_bgr(image: QImage) -> Any:
    """A QImage as a numpy BGR array (a copy: the QImage may go)."""
    import cv2
    import numpy as np

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = np.frombuffer(rgb.constBits(), np.uint8, count=stride * height)
    array = data.reshape(height, stride)[:, : width * 3].reshape(height, width, 3)
    return cv2.cvtColor(array, cv2.COLOR_RGB2BGR)
