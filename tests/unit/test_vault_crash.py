"""kill -9 at random moments during signing+archiving, big archives and destruction: the vault
always opens, the chain always verifies, nothing is half archived, orphans are cleaned up.

``SEALDESK_SOAK_ITERATIONS`` sets how many kills (default 10, a few seconds each)."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.vault import Vault
from app.vault.check import check_vault
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.unit, pytest.mark.slow]

ITERATIONS = int(os.environ.get("SEALDESK_SOAK_ITERATIONS", "10"))
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(args: list[str], rng: random.Random, env: dict[str, str]) -> list[str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.fixtures.vault_soak", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            cwd=ROOT, env=env)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.05, 1.5))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return out.split()


def test_vault_survives_kill_9(contract_template, seal_p12, tmp_path):
    vault_dir = tmp_path / "vault"
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:  # `sign --vault` needs consent
        from app.compliance import agreements, consent

        consent.give(v, agreements.load().required, "en")
    env = dict(os.environ, VPW=PASSPHRASE, P12PW="pw",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    seed = int(os.environ.get("SEALDESK_SOAK_SEED", str(random.randrange(1 << 30))))
    rng = random.Random(seed)
    completed = recovered = 0
    for n in range(ITERATIONS):
        done = run_and_kill(
            [str(vault_dir), str(contract_template), str(seal_p12), str(tmp_path / "work"),
             str(seed + n)], rng, env)
        completed += len(done) // 2
        orphans_before = len(list((vault_dir / "blobs").iterdir()))
        with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:  # recovery runs here
            recovered += orphans_before - len(list(v.blobs.folder.iterdir()))
            report = check_vault(v)
            assert report.ok, (f"seed {seed}, kill {n}", report.to_json())
            assert not list(v.blobs.folder.glob(".*.part"))
            for rec in v.list_documents():
                digest = hashlib.sha256()
                for chunk in v.read_document(rec.id):
                    digest.update(chunk)
                assert digest.hexdigest() == rec.sha256
                types = [e.type for e in v.events_for(rec.id)]
                if rec.origin == "sign":  # archived with all its events, or not at all
                    assert types[:4] == ["contract_added", "intent_checked",
                                         "certificate_used", "signature_applied"], types
    assert completed > 0, "no operation ever finished: the kills came too early to mean much"
    print(f"soak: seed {seed}, {ITERATIONS} kills, {completed} operations completed, "
          f"{recovered} orphan/unfinished blobs cleaned up")
