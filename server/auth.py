"""Signed requests (PROTOCOL.md): device id, date, nonce and an ECDSA P-256 signature.

The signed text is ``"sealdesk-request-v1\\n" METHOD "\\n" PATH_WITH_QUERY "\\n" DATE "\\n"
NONCE "\\n" sha256hex(BODY)``.  Nonces are kept in the database (so stateless app servers
behind a load balancer share the replay cache) for twice the date window, then purged.

Device keys are cached in memory (a device's key and organisation never change), but whether a
device is revoked is not: the nonce of each request is stored only if its device is not revoked,
in one statement, so a revocation holds on every app server from the moment it is committed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import threading
from collections import OrderedDict

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Double, String, delete, exists, literal, select
from sqlalchemy.exc import IntegrityError

from server import tables as t
from server.db import Database
from server.errors import ApiError
from server.orgs import Device
from server.settings import Settings
from server.timefmt import parse_time

NONCE = re.compile(r"[0-9a-f]{32}")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
PURGE_EVERY = 60.0


def signed_text(method: str, target: str, date: str, nonce: str, body: bytes) -> bytes:
    """The bytes a device signs for one request."""
    digest = hashlib.sha256(body).hexdigest()
    return f"sealdesk-request-v1\n{method}\n{target}\n{date}\n{nonce}\n{digest}".encode()


def _unauthorised(code: str, detail: str) -> ApiError:
    return ApiError(401, code, detail)


class Authenticator:
    """Checks signed requests against registered devices."""

    def __init__(self, db: Database, settings: Settings, cache_size: int = 4096) -> None:
        self.db = db
        self.settings = settings
        self._keys: OrderedDict[str, tuple[str, ec.EllipticCurvePublicKey]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._last_purge = 0.0

    def verify(
        self,
        method: str,
        target: str,
        device_id: str | None,
        date: str | None,
        nonce: str | None,
        signature: str | None,
        body: bytes,
    ) -> Device:
        """The device that signed this request, or 401."""
        if not (device_id and date and nonce and signature):
            raise _unauthorised("unauthenticated", "a signed request is required")
        now = self.settings.clock()
        when = parse_time(date)
        if when is None or abs(now - when) > self.settings.request_window:
            raise _unauthorised("stale_request", "the request date is outside the allowed window")
        if not NONCE.fullmatch(nonce):
            raise _unauthorised("unauthenticated", "the nonce must be 32 lowercase hex characters")
        if not UUID.fullmatch(device_id):
            raise _unauthorised("unknown_device", "unknown device")
        org_id, key = self._device(device_id)
        try:
            der = base64.b64decode(signature, validate=True)
            signed = signed_text(method, target, date, nonce, body)
            key.verify(der, signed, ec.ECDSA(hashes.SHA256()))
        except (binascii.Error, InvalidSignature, ValueError) as exc:
            raise _unauthorised("bad_signature", "the request signature does not verify") from exc
        self._remember(device_id, nonce, now)
        return Device(device_id, org_id)

    def _device(self, device_id: str) -> tuple[str, ec.EllipticCurvePublicKey]:
        with self._lock:
            hit = self._keys.get(device_id)
            if hit is not None:
                self._keys.move_to_end(device_id)
                return hit
        with self.db.read() as conn:
            row = conn.execute(
                select(t.devices.c.org_id, t.devices.c.public_key).where(
                    t.devices.c.device_id == device_id
                )
            ).first()
        if row is None:
            raise _unauthorised("unknown_device", "unknown device")
        key = serialization.load_der_public_key(bytes(row.public_key))
        assert isinstance(key, ec.EllipticCurvePublicKey)
        with self._lock:
            self._keys[device_id] = (row.org_id, key)
            while len(self._keys) > self._cache_size:
                self._keys.popitem(last=False)
        return row.org_id, key

    def _remember(self, device_id: str, nonce: str, now: float) -> None:
        purge = False
        with self._lock:
            if now - self._last_purge > PURGE_EVERY:
                self._last_purge, purge = now, True
        try:
            with self.db.write() as conn:
                if purge:  # a nonce older than two windows can no longer pass the date check
                    horizon = now - 2 * self.settings.request_window
                    conn.execute(delete(t.nonces).where(t.nonces.c.seen_at < horizon))
                active = exists().where(
                    (t.devices.c.device_id == device_id) & t.devices.c.revoked_at.is_(None)
                )
                row = select(
                    literal(device_id, String), literal(nonce, String), literal(now, Double)
                ).where(active)
                stored = conn.execute(
                    t.nonces.insert().from_select(["device_id", "nonce", "seen_at"], row)
                    .returning(t.nonces.c.nonce)
                ).first()
        except IntegrityError as exc:
            raise _unauthorised("replayed_request", "this request was seen before") from exc
        if stored is None:
            raise _unauthorised("device_revoked", "this device has been revoked")
