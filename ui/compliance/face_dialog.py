"""The face check: a separate consent every time (purpose, the picture is not kept, another
method may be chosen), then a live preview, a simple liveness prompt (look, then turn your head
slightly), a local one-face check and the platform's answer.  No camera: a clear message and
the way back to the other methods."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.compliance.agreements import Agreement
from app.compliance.errors import CameraUnavailable
from app.compliance.face import FaceIntent
from app.compliance.intent import IntentResult
from ui import presenter
from ui.compliance.camera import CameraSource, FrameSource, to_bgr
from ui.jobs import JobRunner

OTHER_METHOD = 2  # the dialog's result when the person chose another method


class FaceConsentDialog(QDialog):
    """Asked before every face check: Agree, or use another method (never blocks signing)."""

    def __init__(self, agreement: Agreement, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faceConsentDialog")
        self.setWindowTitle(self.tr("Face check: your consent"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(600, 420)
        text = QTextBrowser()
        text.setObjectName("faceConsentText")
        text.setMarkdown(agreement.text(language))
        buttons = QDialogButtonBox()
        agree = buttons.addButton(self.tr("I agree: take the pictures"),
                                  QDialogButtonBox.ButtonRole.AcceptRole)
        agree.setObjectName("faceAgree")
        other = buttons.addButton(self.tr("Use another method"),
                                  QDialogButtonBox.ButtonRole.RejectRole)
        other.setObjectName("faceOther")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)


class FaceCaptureDialog(QDialog):
    """Preview, two pictures with a prompt between them, local checks, the platform's answer."""

    def __init__(self, face: FaceIntent, document_sha256: str, consent_ref: str,
                 jobs: JobRunner, parent: QWidget | None = None, *,
                 source: FrameSource | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faceCaptureDialog")
        self.setWindowTitle(self.tr("Face check"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.face, self.document_sha256, self.consent_ref = face, document_sha256, consent_ref
        self.jobs = jobs
        self.intent: IntentResult | None = None
        self.latest: QImage | None = None
        self.first: Any = None
        self.busy = False
        self.preview = QLabel()
        self.preview.setObjectName("facePreview")
        self.preview.setFixedSize(480, 360)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #202020; color: #eeeeee")
        self.prompt = QLabel()
        self.prompt.setObjectName("facePrompt")
        self.prompt.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("faceError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox()
        self.take = self.buttons.addButton(self.tr("Take picture"),
                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.take.setObjectName("faceTake")
        self.take.clicked.connect(self._take)
        other = self.buttons.addButton(self.tr("Use another method"),
                                       QDialogButtonBox.ButtonRole.RejectRole)
        other.setObjectName("faceOther")
        other.clicked.connect(lambda: self.done(OTHER_METHOD))
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.prompt)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.camera_missing: CameraUnavailable | None = None
        try:
            self.source = source if source is not None else CameraSource(self)
        except CameraUnavailable as exc:
            self.camera_missing = exc
            self.source = FrameSource(self)
        self.source.frame.connect(self._frame)
        self.source.lost.connect(self._camera_lost)  # unplugged or failing while open
        if self.camera_missing is not None:
            self._show_camera_missing(self.camera_missing)
        else:
            self.prompt.setText(self.tr("Look straight at the camera, alone and in good light, "
                                        "then take the first picture."))
            self.source.start()
        self._update()

    def _camera_lost(self, exc: CameraUnavailable) -> None:
        self.camera_missing = exc
        self.latest = self.first = None
        self._show_camera_missing(exc)
        self._update()

    def _show_camera_missing(self, exc: CameraUnavailable) -> None:
        """The way out when there is no camera (any more): a clear message, other methods."""
        self.preview.setText(self.tr("No camera"))
        self.prompt.setText(self.tr("The face check needs a camera. Please choose another "
                                    "method: the SMS code or the token PIN."))
        self.error.setText(presenter.message(exc))

    def _frame(self, image: QImage) -> None:
        if self.camera_missing is not None:
            return
        self.latest = image
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self._update()

    def _update(self) -> None:
        self.take.setEnabled(self.camera_missing is None and self.latest is not None
                             and not self.busy)

    def _take(self) -> None:
        if self.latest is None or self.busy:
            return
        picture = to_bgr(self.latest)
        if self.first is None:
            self.first = picture
            self.error.clear()
            self.prompt.setText(self.tr("Now turn your head slightly to one side, then take "
                                        "the second picture."))
            return
        first, self.first = self.first, None
        self.busy = True
        self.prompt.setText(self.tr("Checking…"))
        self._update()
        face, doc, ref = self.face, self.document_sha256, self.consent_ref
        pictures = [first, picture]  # the job's only references, dropped as it runs

        def verify(_ctx: object) -> IntentResult:
            a, b = pictures
            pictures.clear()
            return face.verify(a, b, doc, ref)

        self.jobs.run(self, verify, on_success=self._verified, on_failure=self._failed)

    def _verified(self, result: IntentResult) -> None:
        self.busy = False
        self.intent = result
        self.source.stop()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if self.camera_missing is not None:  # the camera went while the pictures were checked
            self._update()
            return
        self.error.setText(presenter.message(exc))
        self.prompt.setText(self.tr("Look straight at the camera, alone and in good light, "
                                    "then take the first picture."))
        self._update()

    def done(self, result: int) -> None:  # noqa: D102 - QDialog override: stop the camera
        self.source.stop()
        super().done(result)
