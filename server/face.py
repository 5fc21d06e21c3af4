"""The face check: the image goes to a pluggable provider and is never stored or logged."""

from __future__ import annotations

import base64
import binascii
import io
import uuid
from typing import Any, Protocol

from PIL import Image
from sqlalchemy import select

from server import tables as t
from server.db import Database
from server.errors import ApiError, not_found
from server.intent import attest
from server.keys import LogKey
from server.orgs import Device
from server.settings import Settings

MAX_IMAGE = 2 * 1024 * 1024
MAX_PIXELS = 40_000_000  # refuse decompression bombs before decoding


class FaceProvider(Protocol):
    """Decides whether an image shows the signer (a real liveness/face service plugs in here)."""

    def verify(self, image: bytes, signer_id: str) -> bool: ...


class DevelopmentFaceProvider:
    """Verified for any decodable JPEG of at least 64×64 pixels (development only)."""

    def verify(self, image: bytes, signer_id: str) -> bool:
        try:
            with Image.open(io.BytesIO(image)) as picture:
                if picture.format != "JPEG":
                    return False
                width, height = picture.size
                if width < 64 or height < 64 or width * height > MAX_PIXELS:
                    return False
                picture.load()
        except (OSError, ValueError, Image.DecompressionBombError):
            return False
        return True


class FaceChecks:
    """``POST /v1/intent/face``."""

    def __init__(
        self, db: Database, key: LogKey, settings: Settings, provider: FaceProvider
    ) -> None:
        self.db = db
        self.key = key
        self.settings = settings
        self.provider = provider

    def check(
        self, device: Device, signer_id: str, document_sha256: str, consent_ref: str, image_b64: str
    ) -> dict[str, Any]:
        """Ask the provider; sign an attestation when it says yes.  The image is dropped here."""
        try:
            image = base64.b64decode(image_b64, validate=True)
        except binascii.Error as exc:
            raise ApiError(422, "invalid_request", "the image is not base64") from exc
        if len(image) > MAX_IMAGE:
            raise ApiError(422, "invalid_request", "the image is larger than 2 MiB")
        with self.db.read() as conn:
            known = conn.execute(select(t.signers.c.signer_id).where(
                (t.signers.c.org_id == device.org_id) & (t.signers.c.signer_id == signer_id)
            )).first()
        if known is None:
            raise not_found("unknown_signer", "signer")
        verified = self.provider.verify(image, signer_id)
        del image
        if not verified:
            return {"verified": False, "attestation": None}
        with self.db.write() as conn:
            attestation = attest(
                conn, self.key, device, challenge_id=str(uuid.uuid4()), signer_id=signer_id,
                document_sha256=document_sha256, method="face", now=self.settings.clock(),
                consent_ref=consent_ref,
            )
        return {"verified": True, "attestation": attestation}
