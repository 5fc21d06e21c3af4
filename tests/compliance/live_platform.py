"""The real platform (``server/``) for the compliance tests: uvicorn on 127.0.0.1 over plain
HTTP (loopback), SQLite, one organisation; SMS codes read back from the development gateway's
outbox file; the development face provider, which also notes what it was asked (never the
image); and a clock the test can move (code expiry, resend cool-down)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select

from server import tables
from server.face import DevelopmentFaceProvider
from server.platform import Platform
from server.settings import Settings
from tests.server.harness import ServerThread

PHONE = "+8613812345678"


class Clock:
    """The platform's clock: the real time plus an offset the test moves forward."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


class WatchedFaceProvider(DevelopmentFaceProvider):
    """The development provider; ``seen`` lists (signer, image size, verdict) per call."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, int, bool]] = []

    def verify(self, image: bytes, signer_id: str) -> bool:
        verdict = super().verify(image, signer_id)
        self.seen.append((signer_id, len(image), verdict))
        return verdict


class LivePlatform:
    """One platform process in a thread; ``stop()`` may be called early (unreachable tests)."""

    def __init__(self, folder: Path, **settings: Any) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.clock = Clock()
        self.outbox = folder / "sms-outbox.jsonl"
        self.faces = WatchedFaceProvider()
        # the tests move the platform's clock past a code's 5 minutes: requests signed with the
        # real time must still be accepted then (the date window is tested in tests/server)
        settings.setdefault("request_window", 900)
        self.platform = Platform(
            Settings(db_url=f"sqlite:///{folder / 'platform.db'}",
                     log_key_path=folder / "log-key.pem", sms_outbox=self.outbox,
                     clock=self.clock, **settings),
            face_provider=self.faces,
        )
        self.server = ServerThread(self.platform).__enter__()
        self.url = self.server.base_url
        self.org_id, self.enrolment_token = self.platform.create_org("示例科技有限公司")
        self._stopped = False

    def add_signer(self, signer_id: str, phone: str = PHONE) -> None:
        self.platform.add_signer(self.org_id, signer_id, phone)

    def new_token(self) -> str:
        """Another one-time enrolment token (a token enrols one device)."""
        return self.platform.issue_token(self.org_id)

    def messages(self, challenge_id: str | None = None) -> list[dict[str, str]]:
        """What the development gateway "sent", oldest first."""
        if not self.outbox.exists():
            return []
        lines = [json.loads(x) for x in self.outbox.read_text(encoding="utf-8").splitlines()]
        return [m for m in lines if challenge_id is None or m["challenge_id"] == challenge_id]

    def code_for(self, challenge_id: str) -> str:
        """The latest code sent for a challenge."""
        return self.messages(challenge_id)[-1]["code"]

    def issued_count(self) -> int:
        """How many certificates the platform's CA issued."""
        from sqlalchemy import func

        with self.platform.db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(tables.certificates))
                       .scalar())

    def face_consent_refs(self) -> list[str]:
        """The consent references of the face attestations the platform signed."""
        a = tables.attestations.c
        with self.platform.db.read() as conn:
            rows = conn.execute(select(a.consent_ref).where(a.method == "face")).all()
        return [str(r[0]) for r in rows]

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.server.__exit__(None, None, None)
        self.platform.close()


@contextmanager
def serving(folder: Path, *signers: str) -> Iterator[LivePlatform]:
    """A platform with ``signers`` registered (default phone), stopped at the end."""
    platform = LivePlatform(folder)
    try:
        for signer in signers:
            platform.add_signer(signer)
        yield platform
    finally:
        platform.stop()
