"""`sealdesk sync` end to end: register, sync, status; and the client killed (-9) mid-sync."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from app.cli.main import main
from app.evidence.events import EventDraft
from app.sync import state
from app.sync.stored import verify_stored
from app.vault import Vault
from crypto import errors
from tests.fixtures.vault import PASSPHRASE
from tests.sync.conftest import ROOT
from tests.sync.proxy import FaultProxy

pytestmark = pytest.mark.net


@pytest.fixture
def registered(vault_dir, platform_server, monkeypatch, capsys):
    """A closed vault with events, registered through the CLI; returns (run, org_id)."""
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:
        v.append_events([EventDraft("certificate_used", {"n": i}) for i in range(1200)])
    org_id, token = platform_server.new_org()
    monkeypatch.setenv("VPW", PASSPHRASE)
    monkeypatch.setenv("ENROL", token)

    def run(*argv, expect=0):
        code = main(["sync", *argv, "--vault", str(vault_dir), "--passphrase-env", "VPW"])
        out = capsys.readouterr()
        assert code == expect, out
        return out

    doc = json.loads(
        run("register", "--platform", platform_server.url, "--enrolment-token-env", "ENROL",
            "--json").out
    )["registration"]
    assert doc["org_id"] == org_id and len(doc["log_id"]) == 64
    return run, org_id


def check_vault(vault_dir, platform_server, org_id) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        head = v.chain_head()[0]
        ids = [f"{v.header.vault_id}:{seq}" for seq in range(1, head + 1)]
        assert sorted(platform_server.leaves(org_id)) == sorted(ids), "each event exactly once"
        current = state.sync_status(v)
        assert current.pending == 0 and current.receipts == head
        check = verify_stored(v)
        assert check.ok and check.checked == head, check.failed


def test_register_sync_and_status(registered, platform_server, vault_dir):
    run, org_id = registered
    doc = json.loads(run("--once", "--json").out)
    assert doc["report"]["batches"] == 3 and doc["state"]["pending"] == 0
    assert doc["state"]["receipts"] == doc["report"]["stored"]
    text = run("status").out
    assert platform_server.url in text and "0" in text
    check_vault(vault_dir, platform_server, org_id)


def test_client_killed_during_sync_then_rerun(registered, platform_server, vault_dir):
    """kill -9 while the platform's answer to the second batch is in flight; the rerun gets
    duplicates for that batch and everything ends on the platform exactly once."""
    run, org_id = registered
    proxy = FaultProxy(platform_server.port).start()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VPW": PASSPHRASE}
    try:
        proxy.script("ok", "hold")
        child = subprocess.Popen(
            [sys.executable, "-m", "app.cli.main", "sync", "--once", "--vault", str(vault_dir),
             "--passphrase-env", "VPW", "--platform", proxy.url],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        assert proxy.holding.wait(30), child.stderr.read() if child.poll() is not None else ""
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert child.returncode == -signal.SIGKILL
        proxy.release.set()
        with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
            left = state.sync_status(v).pending
        assert 0 < left < 1201  # batch 1 stored; batch 2 appended on the platform, not stored
        started = time.monotonic()
        doc = json.loads(run("--once", "--json", "--platform", platform_server.url).out)
        assert time.monotonic() - started < 20
        assert doc["report"]["duplicates"] >= 500 and doc["state"]["pending"] == 0
    finally:
        proxy.stop()
    check_vault(vault_dir, platform_server, org_id)


def test_continuous_sync_lets_go_of_the_vault_between_runs(registered, platform_server, vault_dir):
    """`sealdesk sync` without --once: a run, then the vault is free for others (signing in
    another process) until the next run, which sends what they added."""
    run, org_id = registered
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VPW": PASSPHRASE}
    child = subprocess.Popen(
        [sys.executable, "-m", "app.cli.main", "sync", "--json", "--interval", "1",
         "--vault", str(vault_dir), "--passphrase-env", "VPW"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first = json.loads(child.stdout.readline())
        assert first["report"]["sent"] == 1202 and first["state"]["pending"] == 0
        deadline = time.monotonic() + 10
        while True:  # between runs the vault opens here (the child holds it only while working)
            try:
                with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
                    v.append_events([EventDraft("certificate_used", {"late": 1})])
                break
            except errors.VaultBusy:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        second = json.loads(child.stdout.readline())
        while second["report"]["sent"] == 0:  # a run may have started before the append
            second = json.loads(child.stdout.readline())
        assert second["report"]["sent"] == 1 and second["state"]["pending"] == 0
    finally:
        child.send_signal(signal.SIGINT)
        child.wait(10)
    assert child.returncode == 130
    check_vault(vault_dir, platform_server, org_id)
