"""Fixtures of the platform tests: real uvicorn on 127.0.0.1 over HTTPS (test CA) or loopback
HTTP, on SQLite always and on PostgreSQL when Debian's postgresql is installed (required in CI)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from server.platform import Platform
from server.settings import Settings
from tests.server.harness import PgCluster, ServerThread, TestCa, find_initdb, make_test_ca


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> TestCa:
    return make_test_ca(tmp_path_factory.mktemp("platform-ca"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    initdb = find_initdb()
    if initdb is None:
        message = "PostgreSQL (Debian package postgresql) is not installed"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    cluster = PgCluster(initdb).start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'platform.db'}"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'platform.db'}"


MakeServer = Callable[..., ServerThread]


@pytest.fixture
def make_server(tmp_path: Path, test_ca: TestCa) -> Iterator[MakeServer]:
    """Start platforms: ``make_server(db_url, tls=True, **settings)``; all stopped afterwards."""
    started: list[ServerThread] = []

    def make(db_url: str, tls: bool = True, **overrides: Any) -> ServerThread:
        overrides.setdefault("log_key_path", tmp_path / "log-key.pem")
        overrides.setdefault("sms_outbox", tmp_path / "sms-outbox.jsonl")
        platform = Platform(Settings(db_url=db_url, **overrides))
        server = ServerThread(platform, test_ca if tls else None).__enter__()
        started.append(server)
        return server

    yield make
    for server in started:
        server.__exit__(None, None, None)
        server.platform.close()
