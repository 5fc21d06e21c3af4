"""The SM2 benchmark still runs end to end (a smoke run: no timings are asserted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_tool

pytestmark = [pytest.mark.net, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


def test_quick_sm2_benchmark_runs(tmp_path):
    require_tool("openssl")
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "bench.sm2_bench", "--quick", "--runs", "1", "--docs", "4"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for row in ("| sign, ops/s", "| verify, ops/s", "| batch of 4 contracts"):
        assert row in proc.stdout
