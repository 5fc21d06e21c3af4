"""Frames for the face check: the camera through QtMultimedia (live preview), or — when
QtMultimedia or a camera is missing — CameraUnavailable with the reason.  Frames are QImages
kept only as long as the preview shows them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.compliance.errors import CameraUnavailable
from crypto.errors import Text


class FrameSource(QObject):
    """Something that shows frames: ``frame`` is emitted for each new one."""

    frame = Signal(QImage)

    def start(self) -> None:
        """Begin delivering frames."""

    def stop(self) -> None:
        """Stop; the source may be started again."""


class CameraSource(FrameSource):
    """The default camera through QtMultimedia (QCamera → QMediaCaptureSession → QVideoSink)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QMediaCaptureSession,
                QMediaDevices,
                QVideoSink,
            )
        except ImportError as exc:  # PySide6-Addons or the system's media libraries missing
            raise CameraUnavailable(detail=Text("the camera library could not be loaded")) from exc
        if not QMediaDevices.videoInputs():
            raise CameraUnavailable(detail=Text("no camera is connected"))
        self._camera: Any = QCamera(QMediaDevices.defaultVideoInput(), self)
        self._session: Any = QMediaCaptureSession(self)
        self._sink: Any = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera.errorOccurred.connect(self._error)
        self.error: str | None = None

    def _frame(self, frame: Any) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.frame.emit(image)

    def _error(self, _code: Any, text: str) -> None:
        self.error = text

    def start(self) -> None:
        self._camera.start()

    def stop(self) -> None:
        self._camera.stop()


def to_bgr(image: QImage) -> Any:
    """A QImage as a numpy BGR array (a copy: the QImage may go)."""
    import cv2
    import numpy as np

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = np.frombuffer(rgb.constBits(), np.uint8, count=stride * height)
    array = data.reshape(height, stride)[:, : width * 3].reshape(height, width, 3)
    return cv2.cvtColor(array, cv2.COLOR_RGB2BGR)
