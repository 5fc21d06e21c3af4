"""The real platform (server/) on 127.0.0.1 for the sync tests, in a thread or a process.

* :class:`ThreadedPlatform`: ``server.api.create_app`` under uvicorn in a thread of the test
  process (fast to start; stopped and started again on the same database and port).
* :class:`PlatformProcess`: ``python -m server.main serve`` as a real process (kill -9 it).
* ``platform_server`` (module): a threaded platform on SQLite; ``new_org()`` makes an
  organisation (its own Merkle log) and returns its enrolment token.
* ``synced_vault``: the ``vault`` fixture registered with a fresh organisation.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sync.device import register
from app.sync.engine import EvidenceSync
from app.sync.transport import Endpoint, RetryPolicy

FAST = RetryPolicy(attempts=6, base=0.02, cap=0.2)
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on port {port}")


class ThreadedPlatform:
    """The platform app under uvicorn in a thread; the same database and port across restarts."""

    def __init__(self, folder: Path, port: int | None = None, log_key: Path | None = None):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.db_url = f"sqlite:///{folder / 'platform.db'}"
        self.log_key = log_key or folder / "log-key.pem"
        self.port = port or free_port()
        self.platform = None
        self._server = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, tls: tuple[Path, Path] | None = None) -> ThreadedPlatform:
        import uvicorn

        from server.api import create_app
        from server.platform import Platform
        from server.settings import Settings

        self.platform = Platform(Settings(db_url=self.db_url, log_key_path=self.log_key))
        config = uvicorn.Config(
            create_app(self.platform), host="127.0.0.1", port=self.port, log_level="error",
            lifespan="off", ssl_certfile=str(tls[0]) if tls else None,
            ssl_keyfile=str(tls[1]) if tls else None,
        )
        self._server = uvicorn.Server(config)
        self._server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the platform did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True
        if self._thread is not None:
            self._thread.join(10)
        if self.platform is not None:
            self.platform.close()
        self._server = self._thread = self.platform = None

    def new_org(self, name: str = "org") -> tuple[str, str]:
        """A new organisation (own log) and a one-time enrolment token for it."""
        from server.platform import Platform
        from server.settings import Settings

        if self.platform is not None:
            return self.platform.create_org(name)
        operator = Platform(Settings(db_url=self.db_url, log_key_path=self.log_key))
        try:
            return operator.create_org(name)
        finally:
            operator.close()

    def leaves(self, org_id: str) -> list[str]:
        """Every event id in an organisation's log, in leaf order (read from the database)."""
        import sqlite3

        db = sqlite3.connect(self.folder / "platform.db")
        try:
            rows = db.execute(
                "SELECT event_id FROM leaves WHERE org_id = ? ORDER BY leaf_index", (org_id,)
            ).fetchall()
        finally:
            db.close()
        return [r[0] for r in rows]


class PlatformProcess:
    """``python -m server.main serve`` on a fixed port: started, killed, started again."""

    def __init__(self, platform: ThreadedPlatform):
        self.db_url, self.log_key, self.port = platform.db_url, platform.log_key, platform.port
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> PlatformProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.main", "serve", "--db", self.db_url, "--log-key",
             str(self.log_key), "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error"],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        wait_for_port(self.port)
        return self

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture(scope="module")
def platform_server(tmp_path_factory) -> Iterator[ThreadedPlatform]:
    server = ThreadedPlatform(tmp_path_factory.mktemp("platform")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def synced_vault(vault, platform_server):
    """The ``vault`` registered with a fresh organisation of ``platform_server``."""
    org_id, token = platform_server.new_org()
    register(vault, Endpoint(platform_server.url), token, retry=FAST)
    vault.org_id = org_id  # for the tests: which log to look at
    return vault


def make_engine(vault, url: str | None = None, **kwargs) -> EvidenceSync:
    endpoint = Endpoint(url) if url else None
    kwargs.setdefault("retry", FAST)
    kwargs.setdefault("timeout", 5.0)
    return EvidenceSync(vault, endpoint=endpoint, **kwargs)
