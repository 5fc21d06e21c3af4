"""The vault benchmark still runs end to end (a tiny workload; no timings are asserted)."""

from __future__ import annotations

import pytest

from bench import vault_bench

pytestmark = [pytest.mark.unit, pytest.mark.slow]


def test_vault_benchmark_runs(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(vault_bench, "DATA_DIR", tmp_path)
    assert vault_bench.main(["--events", "3000", "--archive-mb", "2", "--runs", "1"]) == 0
    table = capsys.readouterr().out
    for row in ("unlock, passphrase", "archive 2 MB", "append 3,000 events", "lookup by contract"):
        assert row in table
    assert list(tmp_path.glob("vault-*.json"))
