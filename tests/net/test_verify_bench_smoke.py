"""The archive-verification benchmark still runs end to end (a smoke run: no timings asserted).

`python -m bench.verify_bench --quick` builds (or reuses) a 12-file signed archive, verifies it
with SealDesk, a pdfsig loop and a pyHanko loop, checks every verdict, and reviews the hostile
corpus; it exits non-zero when a verdict is wrong or a hostile file passes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_tool

pytestmark = [pytest.mark.net, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(900)
def test_quick_verify_benchmark_runs(tmp_path: Path) -> None:
    for name in ("pdfsig", "certutil"):
        require_tool(name)
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "bench.verify_bench", "--quick", "--runs", "1"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=850,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = proc.stdout
    for row in ("| SealDesk |", "| pdfsig (poppler) |", "| pyHanko CLI (sign validate) |"):
        assert row in out
    assert "12/12" in out  # every verdict of every tool checked and right
    corpus = re.search(r"^\| (\d+) \| (\d+) \| (\d+) \| (\d+) \|", out, re.MULTILINE)
    assert corpus is not None, out[-2000:]
    samples, hostile, legit, false_valid = map(int, corpus.groups())
    assert samples == hostile + legit > 0 and false_valid == 0
    saved = re.search(r"JSON: (\S+);", out)
    assert saved is not None
    doc = json.loads(Path(saved.group(1)).read_text(encoding="utf-8"))
    assert doc["schema"] == "sealdesk.bench.verify/1"
    assert [t["tool"] for t in doc["tools"]] == ["sealdesk", "pdfsig", "pyhanko"]
    assert doc["corpus"]["false_valid"] == []
