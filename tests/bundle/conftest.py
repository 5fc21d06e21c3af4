"""The bundle under test: built once per session by installer/build.py (or reused when fresh),
and run with a clean environment whose PATH holds no Python."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installer" / "build.py"
BUILD_TIMEOUT = 900  # seconds; a cold build takes about one minute on two cores
RUN_TIMEOUT = 240


@dataclass(frozen=True)
class Bundle:
    """The built bundle and a way to run its executable like a user would."""

    executable: Path
    home: Path  # HOME and SEALDESK_HOME of every run
    bin_dir: Path  # the only folder on PATH: empty, so no Python can be found

    def env(self, **extra: str) -> dict[str, str]:
        """A clean environment: no PYTHON*, no VIRTUAL_ENV, a PATH without Python."""
        return {"PATH": str(self.bin_dir), "HOME": str(self.home),
                "SEALDESK_HOME": str(self.home / "sealdesk"), "LANG": "C.UTF-8",
                "SEALDESK_LANG": "en", "QT_QPA_PLATFORM": "offscreen", **extra}

    def run(self, *args: str, cwd: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
        """Run the bundled ``sealdesk`` with ``args``; output captured as text."""
        return subprocess.run([str(self.executable), *args], cwd=cwd, env=self.env(**extra_env),
                              capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)


def _require_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    message = "PyInstaller is not installed (pip install -e '.[bundle]')"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """Build the bundle for this OS unless a fresh one is in dist/ (``make bundle`` made it)."""
    _require_pyinstaller()
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(BUILD), "--if-stale"], cwd=ROOT,
                          capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False)
    if done.returncode != 0:
        pytest.fail(f"bundle build failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}")
    sys.path.insert(0, str(BUILD.parent))
    try:
        from build import executable
    finally:
        sys.path.remove(str(BUILD.parent))
    print(f"\nbundle ready in {time.monotonic() - started:.0f} s\n{done.stdout}")
    home = tmp_path_factory.mktemp("bundle-home")
    bin_dir = tmp_path_factory.mktemp("bundle-bin")
    bundle = Bundle(executable(), home, bin_dir)
    assert shutil.which("python3", path=str(bin_dir)) is None
    assert shutil.which("python", path=str(bin_dir)) is None
    return bundle


@pytest.fixture
def run_bundle(bundle: Bundle, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """``run_bundle(*args, **env)``: the bundled sealdesk in a private working folder."""
    work = tmp_path / "work"
    work.mkdir()

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return bundle.run(*args, cwd=work, **env)

    return run
