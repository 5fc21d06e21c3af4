"""SMS one-time codes bound to (signer, document fingerprint).

Codes are 6 digits from :mod:`secrets`, kept only as a keyed hash bound to their challenge,
valid for ``sms_code_ttl`` seconds with ``sms_attempts`` tries in all (a resend replaces the
code but not the count), a resend cool-down, and sliding-window send limits per signer and per
device.  Delivery goes through an :class:`SmsGateway`; :class:`FileGateway` is the development
one (``--sms-outbox FILE``).
"""

from __future__ import annotations

import hmac
import json
import math
import os
import secrets
import threading
import uuid
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, func, select, update

from server import tables as t
from server.db import Database
from server.errors import ApiError, not_found
from server.intent import attest
from server.keys import LogKey
from server.orgs import Device
from server.settings import Settings
from server.timefmt import format_time


class SmsGateway(Protocol):
    """Delivers one code to one phone (a real provider plugs in here)."""

    def send(self, phone: str, code: str, challenge_id: str) -> None: ...


class FileGateway:
    """Development gateway: appends ``{"phone", "code", "challenge_id", "at"}`` lines to a file."""

    def __init__(self, path: Path, clock: Any) -> None:
        self.path = path
        self.clock = clock
        self._lock = threading.Lock()

    def send(self, phone: str, code: str, challenge_id: str) -> None:
        line = json.dumps(
            {"phone": phone, "code": code, "challenge_id": challenge_id,
             "at": format_time(self.clock())}
        )
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, (line + "\n").encode("utf-8"))
            finally:
                os.close(fd)


def mask_phone(phone: str) -> str:
    """``+8613812345678`` → ``138****5678``: enough to recognise, not to use."""
    digits = phone[3:] if phone.startswith("+86") else phone.lstrip("+")
    if len(digits) < 8:
        return "*" * (len(digits) - 2) + digits[-2:]
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def _retry(seconds: float) -> int:
    return max(1, math.ceil(seconds))


class SmsChallenges:
    """Issue, resend and verify SMS challenges."""

    def __init__(
        self, db: Database, key: LogKey, settings: Settings, gateway: SmsGateway | None
    ) -> None:
        self.db = db
        self.key = key
        self.settings = settings
        self.gateway = gateway

    def _gateway(self) -> SmsGateway:
        if self.gateway is None:
            raise ApiError(503, "sms_unavailable", "this platform has no SMS gateway configured")
        return self.gateway

    def _check_rates(self, conn: Connection, device: Device, signer_id: str, now: float) -> None:
        s = self.settings
        since = now - s.sms_rate_window
        sends = t.sms_sends.c
        for where, limit in (
            ((sends.org_id == device.org_id) & (sends.signer_id == signer_id), s.sms_per_signer),
            (sends.device_id == device.device_id, s.sms_per_device),
        ):
            count, oldest = conn.execute(
                select(func.count(), func.min(sends.sent_at)).where(where & (sends.sent_at > since))
            ).one()
            if count >= limit:
                raise ApiError(429, "rate_limited", "too many codes were sent; try again later",
                               retry_after=_retry(oldest + s.sms_rate_window - now))

    def _send(self, conn: Connection, device: Device, signer_id: str, challenge_id: str,
              now: float) -> str:
        """Make, record and deliver a new code; its keyed hash."""
        phone = conn.execute(select(t.signers.c.phone).where(
            (t.signers.c.org_id == device.org_id) & (t.signers.c.signer_id == signer_id)
        )).scalar_one()
        code = f"{secrets.randbelow(10**6):06d}"
        conn.execute(t.sms_sends.insert().values(
            org_id=device.org_id, signer_id=signer_id, device_id=device.device_id, sent_at=now
        ))
        self._gateway().send(phone, code, challenge_id)
        return self.key.code_hash(challenge_id, code)

    def _answer(self, challenge_id: str, row: dict[str, Any], phone: str) -> dict[str, Any]:
        return {
            "challenge_id": challenge_id,
            "expires_at": format_time(row["expires_at"]),
            "resend_after": format_time(row["resend_after"]),
            "masked_phone": mask_phone(phone),
            "attempts_left": row["attempts_left"],
        }

    def create(self, device: Device, signer_id: str, document_sha256: str) -> dict[str, Any]:
        """A new challenge for a signer of the caller's organisation (a code is sent)."""
        self._gateway()
        now = self.settings.clock()
        with self.db.write() as conn:
            phone = conn.execute(select(t.signers.c.phone).where(
                (t.signers.c.org_id == device.org_id) & (t.signers.c.signer_id == signer_id)
            )).scalar_one_or_none()
            if phone is None:
                raise not_found("unknown_signer", "signer")
            self._check_rates(conn, device, signer_id, now)
            challenge_id = str(uuid.uuid4())
            row = {
                "challenge_id": challenge_id,
                "org_id": device.org_id,
                "device_id": device.device_id,
                "signer_id": signer_id,
                "document_sha256": document_sha256,
                "code_hash": self._send(conn, device, signer_id, challenge_id, now),
                "expires_at": now + self.settings.sms_code_ttl,
                "resend_after": now + self.settings.sms_resend_cooldown,
                "attempts_left": self.settings.sms_attempts,
                "state": "pending",
            }
            conn.execute(t.sms_challenges.insert().values(**row))
        return self._answer(challenge_id, row, phone)

    def _challenge(self, conn: Connection, device: Device, challenge_id: str) -> dict[str, Any]:
        c = t.sms_challenges.c
        found = conn.execute(
            select(t.sms_challenges).where(
                (c.challenge_id == challenge_id) & (c.org_id == device.org_id)
                & (c.device_id == device.device_id)
            ).with_for_update()
        ).mappings().first()
        if found is None:
            raise not_found("unknown_challenge", "challenge")
        if found["state"] == "verified":
            raise ApiError(409, "challenge_closed", "this challenge has already been verified")
        if found["attempts_left"] <= 0:
            raise ApiError(423, "too_many_attempts", "too many wrong codes; start a new challenge")
        return dict(found)

    def resend(self, device: Device, challenge_id: str) -> dict[str, Any]:
        """A new code for a pending challenge, after the cool-down."""
        self._gateway()
        now = self.settings.clock()
        with self.db.write() as conn:
            row = self._challenge(conn, device, challenge_id)
            if now < row["resend_after"]:
                raise ApiError(429, "resend_too_soon", "wait before asking for another code",
                               retry_after=_retry(row["resend_after"] - now))
            self._check_rates(conn, device, row["signer_id"], now)
            row["code_hash"] = self._send(conn, device, row["signer_id"], challenge_id, now)
            row["expires_at"] = now + self.settings.sms_code_ttl
            row["resend_after"] = now + self.settings.sms_resend_cooldown
            conn.execute(update(t.sms_challenges).where(
                t.sms_challenges.c.challenge_id == challenge_id
            ).values(code_hash=row["code_hash"], expires_at=row["expires_at"],
                     resend_after=row["resend_after"]))
            phone = conn.execute(select(t.signers.c.phone).where(
                (t.signers.c.org_id == device.org_id) & (t.signers.c.signer_id == row["signer_id"])
            )).scalar_one()
        return self._answer(challenge_id, row, phone)

    def verify(self, device: Device, challenge_id: str, code: str) -> dict[str, Any]:
        """Check a code: the attestation, or an error (a wrong code costs one attempt)."""
        now = self.settings.clock()
        wrong: int | None = None
        with self.db.write() as conn:
            row = self._challenge(conn, device, challenge_id)
            if now > row["expires_at"]:
                raise ApiError(410, "expired", "the code has expired; ask for a new one")
            expected = row["code_hash"]
            if not hmac.compare_digest(self.key.code_hash(challenge_id, code), expected):
                wrong = row["attempts_left"] - 1
                conn.execute(update(t.sms_challenges).where(
                    t.sms_challenges.c.challenge_id == challenge_id
                ).values(attempts_left=wrong))
            else:
                conn.execute(update(t.sms_challenges).where(
                    t.sms_challenges.c.challenge_id == challenge_id
                ).values(state="verified", code_hash="0" * 64))
                attestation = attest(
                    conn, self.key, device, challenge_id=challenge_id,
                    signer_id=row["signer_id"], document_sha256=row["document_sha256"],
                    method="sms", now=now,
                )
        if wrong is not None:  # committed: the attempt counts even though the answer is an error
            raise ApiError(400, "wrong_code", "the code is wrong", extra={"attempts_left": wrong})
        return {"verified": True, "attestation": attestation}
