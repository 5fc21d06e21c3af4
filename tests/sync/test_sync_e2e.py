"""Evidence sync against the real platform on 127.0.0.1: batches, receipts, idempotency."""

from __future__ import annotations

import threading
import time

import pytest

from app.evidence.events import EventDraft
from app.sync import outbox, state
from app.sync.receipts import wire_event
from app.sync.stored import verify_stored
from app.sync.transport import DeviceCredentials, Endpoint, PlatformClient
from app.sync.worker import SyncWorker
from app.vault.client_key import client_identity
from tests.sync.conftest import FAST, make_engine
from tests.sync.proxy import FaultProxy

pytestmark = pytest.mark.net


def add_events(vault, n: int) -> None:
    vault.append_events([EventDraft("certificate_used", {"n": i}) for i in range(n)])


def event_ids(vault) -> list[str]:
    head = vault.chain_head()[0]
    return [f"{vault.header.vault_id}:{seq}" for seq in range(1, head + 1)]


def assert_all_on_platform_once(vault, platform_server) -> None:
    leaves = platform_server.leaves(vault.org_id)
    assert sorted(leaves) == sorted(event_ids(vault)), "each event exactly once"
    current = state.sync_status(vault)
    assert current.pending == 0 and current.receipts == len(leaves)
    check = verify_stored(vault)
    assert check.ok and check.checked == len(leaves), check.failed


def test_sync_in_batches_stores_verified_receipts(synced_vault, platform_server):
    vault = synced_vault
    add_events(vault, 1100)
    report = make_engine(vault).run_once()
    total = len(event_ids(vault))
    assert report.batches == 3 and report.sent == total and report.stored == total
    assert report.duplicates == 0 and report.pending == 0 and report.tree_size == total
    assert_all_on_platform_once(vault, platform_server)
    current = state.sync_status(vault)
    assert current.last_success is not None and current.last_error is None
    assert current.warning is None and current.tree_size == total
    # nothing new: nothing sent; one new event: sent alone, its tree head proven consistent
    assert make_engine(vault).run_once().sent == 0
    add_events(vault, 1)
    again = make_engine(vault).run_once()
    assert again.sent == 1 and again.stored == 1 and again.tree_size == total + 1
    assert_all_on_platform_once(vault, platform_server)


def test_resending_after_a_lost_answer_gives_duplicates_not_new_leaves(
    synced_vault, platform_server
):
    """A crash after the platform appended but before the receipts were stored: send again."""
    vault = synced_vault
    add_events(vault, 20)
    key, _ = vault.db.transaction(lambda c: client_identity(c, vault.header.vault_id))
    device = vault.db.call(lambda c: state.get(c, state.DEVICE))
    events = vault.db.call(lambda c: outbox.pending(c, 500))

    with PlatformClient(
        Endpoint(platform_server.url), DeviceCredentials(device["device_id"], key), retry=FAST
    ) as client:  # the "previous run": its answer never reached the vault
        body = {"events": [wire_event(vault.header.vault_id, e) for e in events]}
        client.post("/v1/evidence", body)
    report = make_engine(vault).run_once()
    assert report.sent == len(events) and report.duplicates == len(events)
    assert_all_on_platform_once(vault, platform_server)


def test_signing_is_never_blocked_by_a_slow_platform(synced_vault, platform_server):
    vault = synced_vault
    add_events(vault, 5)
    proxy = FaultProxy(platform_server.port).start()
    try:
        proxy.script("hold")
        engine = make_engine(vault, proxy.url)
        done: list[object] = []
        runner = threading.Thread(target=lambda: done.append(engine.run_once()))
        runner.start()
        assert proxy.holding.wait(10), "the batch should be at the platform"
        started = time.monotonic()
        add_events(vault, 3)  # "signing" while the sync waits for the platform
        assert time.monotonic() - started < 1.0
        proxy.release.set()
        runner.join(10)
        assert done and not runner.is_alive()
    finally:
        proxy.stop()
    make_engine(vault, platform_server.url).run_once()
    assert_all_on_platform_once(vault, platform_server)


def test_background_worker_syncs_after_a_nudge(synced_vault, platform_server):
    vault = synced_vault
    seen: list[state.SyncState] = []
    worker = SyncWorker(vault, interval=30.0, retry=FAST, on_state=seen.append)
    worker.start()
    try:
        add_events(vault, 4)
        worker.nudge()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and state.sync_status(vault).pending:
            time.sleep(0.05)
            worker.nudge()
    finally:
        worker.stop()
    assert seen and seen[-1].registered
    assert_all_on_platform_once(vault, platform_server)


def test_works_through_an_http_proxy_from_the_environment(
    synced_vault, platform_server, monkeypatch
):
    vault = synced_vault
    add_events(vault, 3)
    proxy = FaultProxy(platform_server.port).start()
    try:
        for var in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(var, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("http_proxy", proxy.url)
        make_engine(vault).run_once()
    finally:
        proxy.stop()
    assert proxy.proxied >= 1
    assert_all_on_platform_once(vault, platform_server)
