"""Shared test set-up: isolated home, offscreen Qt, and system tools that must exist in CI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.pki",
    "tests.fixtures.docs",
    "tests.fixtures.softhsm",
    "tests.fixtures.p11shim",
    "tests.fixtures.vault",
    "tests.fixtures.sm2pki",
    "tests.fixtures.skfsim",
]


def require_tool(name: str) -> str:
    """Path of a system tool; skip when missing locally, fail when missing in CI (CI=true)."""
    path = shutil.which(name)
    if path:
        return path
    message = f"system tool {name!r} is not installed (make test installs it when run as root)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests never touch the real home directory: SEALDESK_HOME points into a temp dir."""
    home = tmp_path_factory.mktemp("sealdesk-home")
    monkeypatch.setenv("SEALDESK_HOME", str(home))
    return home
