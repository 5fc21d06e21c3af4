"""kill -9 during `sealdesk queue run`: the original signed file is never lost, a rerun finishes
the upgrade, and nothing is archived twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.custody.conftest import register
from tests.custody.test_queue import sealed_offline
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.hsm, pytest.mark.net]


def _queue_run(vault_dir, tsa_url, *extra):
    env = {**os.environ, "VP": PASSPHRASE}
    cmd = [sys.executable, "-m", "app.cli.main", "queue", "run", "--vault", str(vault_dir),
           "--passphrase-env", "VP", "--tsa", tsa_url, "--force", "--json", *extra]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _state(vault_dir):
    from app.custody.queue import queue_entries
    from app.evidence import chain
    from app.vault import Vault

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.db.call(chain.verify).ok
        docs = v.list_documents()
        return queue_entries(v), {d.id: d for d in docs}, v


def _original_intact(vault_dir, document_id, sha):
    import hashlib

    from app.vault import Vault

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        data = b"".join(v.read_document(document_id))
    assert hashlib.sha256(data).hexdigest() == sha


def test_kill_during_upgrade_then_rerun(vault_dir, people, seal_png, contract, fresh_pki_server,
                                        tmp_path):
    from app.vault import Vault

    v = Vault.create(vault_dir, passphrase=PASSPHRASE)
    try:
        register(v, people, seal_png)
        fresh_pki_server.set_down("*", "drop")
        [sealed] = sealed_offline(v, people, [contract], tmp_path / "out")
        original_sha = v.document(sealed.document_id).sha256
    finally:
        v.close()
    fresh_pki_server.set_up("*")
    fresh_pki_server.set_down("tsa", "hang")  # the upgrade stops inside the TSA request
    proc = _queue_run(vault_dir, fresh_pki_server.tsa_url)
    deadline = time.monotonic() + 60
    while fresh_pki_server.hits.get("tsa", 0) == 0:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the upgrade never reached the TSA"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    fresh_pki_server.set_up("tsa")
    entries, docs, _ = _state(vault_dir)
    assert [e.state for e in entries] == ["pending"]
    assert list(docs) == [sealed.document_id], "nothing half-archived"
    _original_intact(vault_dir, sealed.document_id, original_sha)

    # kills just after the TSA answered (checking, archiving, committing): each leaves the
    # old state or the finished one, never a half-archived version
    for delay in (0.0, 0.1, 0.25):
        seen = fresh_pki_server.hits.get("tsa", 0)
        proc = _queue_run(vault_dir, fresh_pki_server.tsa_url)
        while fresh_pki_server.hits.get("tsa", 0) == seen and proc.poll() is None:
            time.sleep(0.005)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        entries, docs, _ = _state(vault_dir)
        assert entries[0].state in ("pending", "done")
        assert len(docs) == (2 if entries[0].state == "done" else 1)
        _original_intact(vault_dir, sealed.document_id, original_sha)
        if entries[0].state == "done":
            break

    proc = _queue_run(vault_dir, fresh_pki_server.tsa_url)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, (stdout, stderr)
    entries, docs, _ = _state(vault_dir)
    assert [e.state for e in entries] == ["done"]
    assert len(docs) == 2, "exactly one upgraded version, no duplicates"
    assert entries[0].upgraded_document_id in docs
    _original_intact(vault_dir, sealed.document_id, original_sha)
