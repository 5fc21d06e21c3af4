"""The face check: a local look for exactly one face, a simple liveness test, the platform's
verifier, and nothing kept.

* One face: OpenCV's bundled Haar cascade (``cv2.data.haarcascades``, no network model) must
  find exactly one face in each picture before anything is sent.
* Liveness: two pictures, the second taken after the prompt "turn your head slightly"; the face
  must be found in both and must have moved (its box shifted or the face region changed).
* The picture sent is a JPEG of at most 2 MiB (PROTOCOL.md); the request names the consent
  event (``consent_ref``) given for this check.  Pictures live only in memory and the caller
  drops them as soon as the answer arrives (:meth:`FaceIntent.verify` clears its buffers).

OpenCV and numpy come with the ``face`` extra; without them :func:`available` is False and the
face check is simply not offered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.compliance import errors as cerr
from app.compliance.attestation import verify_attestation
from app.compliance.intent import FACE, IntentResult
from app.sync.errors import PlatformBusy, PlatformRefused, PlatformUnreachable
from crypto.errors import Text

if TYPE_CHECKING:
    from app.sync.receipts import LogKey
    from app.sync.transport import PlatformClient

MAX_IMAGE = 2 * 1024 * 1024
MAX_SIDE = 640
MIN_FACE = 64
MOVE_FRACTION = 0.08  # the face box moved by 8 % of its width …
CHANGE_LEVEL = 12.0  # … or the face region changed this much (mean absolute difference)


def available() -> bool:
    """True when OpenCV (the face extra) can be loaded."""
    try:
        import cv2  # noqa: F401
    except ImportError:
        return False
    return True


_cascade: Any = None


def _detector() -> Any:
    global _cascade
    if _cascade is None:
        import cv2

        _cascade = cv2.CascadeClassifier(
            cv2.data.haarcascades + "haarcascade_frontalface_default.xml")  # type: ignore[attr-defined]
        if _cascade.empty():
            raise cerr.CameraUnavailable(detail=Text("the face detector could not be loaded"))
    return _cascade


def _gray(image: Any) -> Any:
    import cv2

    if image.ndim == 2:
        return image
    code = cv2.COLOR_BGRA2GRAY if image.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(image, code)


@dataclass(frozen=True)
class FaceBox:
    """Where the face is in a picture (pixels)."""

    x: int
    y: int
    w: int
    h: int


def find_faces(image: Any) -> list[FaceBox]:
    """Every face the Haar cascade finds in a BGR(A) or grey picture."""
    gray = _gray(image)
    found = _detector().detectMultiScale(gray, scaleFactor=1.1, minNeighbors=5,
                                         minSize=(MIN_FACE, MIN_FACE))
    return [FaceBox(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


def one_face(image: Any) -> FaceBox:
    """The one face in the picture, or FaceNotFound saying how many there are."""
    faces = find_faces(image)
    if len(faces) != 1:
        raise cerr.FaceNotFound(count=len(faces))
    return faces[0]


def moved(first: Any, second: Any) -> bool:
    """Liveness: one face in each picture, and it moved or changed between them."""
    import cv2
    import numpy as np

    a, b = one_face(first), one_face(second)
    shift = max(abs(a.x - b.x), abs(a.y - b.y), abs(a.w - b.w))
    if shift >= MOVE_FRACTION * a.w:
        return True
    crop_a = _gray(first)[a.y:a.y + a.h, a.x:a.x + a.w]
    crop_b = cv2.resize(_gray(second)[b.y:b.y + b.h, b.x:b.x + b.w], (a.w, a.h))
    return float(np.mean(cv2.absdiff(crop_a, crop_b))) >= CHANGE_LEVEL


def check_liveness(first: Any, second: Any) -> None:
    """Raise LivenessNotShown unless the face moved between the two pictures."""
    if not moved(first, second):
        raise cerr.LivenessNotShown()


def to_jpeg(image: Any) -> bytearray:
    """The picture as a JPEG of at most 2 MiB (scaled down to 640 pixels on its long side)."""
    import cv2

    height, width = image.shape[:2]
    scale = min(1.0, MAX_SIDE / max(height, width))
    if scale < 1.0:
        image = cv2.resize(image, (int(width * scale), int(height * scale)))
    for quality in (90, 75, 60):
        ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        if ok and len(data) <= MAX_IMAGE:
            return bytearray(data.tobytes())
    raise cerr.FaceNotFound(count=0)  # pragma: no cover - 640 px never makes 2 MiB


class FaceIntent:
    """One signer's face checks against one platform."""

    def __init__(self, client: PlatformClient, log_key: LogKey, signer_id: str) -> None:
        self.client = client
        self.log_key = log_key
        self.signer_id = signer_id

    def verify(self, first: Any, second: Any, document_sha256: str,
               consent_ref: str) -> IntentResult:
        """Local checks, then the platform's verifier; the picture is dropped afterwards."""
        import base64

        check_liveness(first, second)
        jpeg = to_jpeg(second)
        try:
            doc = {"signer_id": self.signer_id, "document_sha256": document_sha256,
                   "consent_ref": consent_ref,
                   "image": base64.b64encode(bytes(jpeg)).decode("ascii")}
            try:
                answer = self.client.post("/v1/intent/face", doc)
            finally:
                doc.clear()
        except PlatformRefused as exc:
            code = str(exc.params.get("error", "-"))
            if code == "unknown_signer":
                raise cerr.UnknownSigner() from None
            raise cerr.PlatformRefused(detail=code) from None
        except (PlatformBusy, PlatformUnreachable) as exc:
            raise cerr.PlatformUnavailable(url=self.client.endpoint.url,
                                           detail=exc.params.get("detail", "")) from None
        finally:
            jpeg[:] = b"\0" * len(jpeg)  # the picture is not kept (best effort in memory)
        if not isinstance(answer, dict) or answer.get("verified") is not True:
            raise cerr.FaceNotVerified()
        digest = verify_attestation(answer.get("attestation"), self.log_key, method=FACE,
                                    signer_id=self.signer_id, document_sha256=document_sha256)
        return IntentResult(FACE, attestation_sha256=digest)
