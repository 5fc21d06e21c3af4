"""The signing benchmark still runs end to end (a smoke run: no timings are asserted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_tool

pytestmark = [pytest.mark.hsm, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


def test_quick_benchmark_runs_and_verifies_every_output(tmp_path):
    for tool in ("softhsm2-util", "pdfsig", "certutil", "modutil"):
        require_tool(tool)
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "bench.sign_bench", "--quick", "--only", "batch,single",
         "--files", "6", "--sealdesk-key", "pkcs11"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    table = proc.stdout
    assert "| batch" in table and "SealDesk" in table and "pdfsig" in table
    assert "⚠" not in table.split("Ratios are")[0], "an output failed verification"
