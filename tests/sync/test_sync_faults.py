"""Faults between the vault and the platform, injected by a loopback proxy or done for real.

After each fault the sync recovers: every event is on the platform exactly once and every
stored receipt verifies.  Answers that do not verify are refused loudly and not stored.
"""

from __future__ import annotations

import time

import pytest

from app.sync import state
from app.sync.errors import PlatformBusy, ReceiptRejected
from app.sync.transport import RetryPolicy
from tests.sync.conftest import PlatformProcess, ThreadedPlatform, make_engine
from tests.sync.proxy import FaultProxy
from tests.sync.test_sync_e2e import add_events, assert_all_on_platform_once

pytestmark = pytest.mark.net


@pytest.fixture
def proxy(platform_server):
    p = FaultProxy(platform_server.port).start()
    try:
        yield p
    finally:
        p.stop()


def evidence_faults(proxy: FaultProxy) -> list[str]:
    return [fault for _, path, fault in proxy.seen if path == "/v1/evidence"]


@pytest.mark.parametrize(
    "faults",
    [("500", "500"), ("hang",), ("drop",), ("drop", "500", "hang"), ("replay",)],
    ids=["500s", "timeout-after-append", "dropped-mid-answer", "mixed", "answered-twice"],
)
def test_recovers_from_transport_faults(synced_vault, platform_server, proxy, faults):
    vault = synced_vault
    add_events(vault, 30)
    proxy.script(*faults)
    report = make_engine(vault, proxy.url, timeout=1.0).run_once()
    assert evidence_faults(proxy)[: len(faults)] == list(faults)
    assert report.pending == 0
    if faults[0] in ("hang", "drop", "replay"):  # the platform had appended: duplicates
        assert report.duplicates == report.sent
    assert_all_on_platform_once(vault, platform_server)


def test_retry_after_is_honoured(synced_vault, platform_server, proxy):
    add_events(synced_vault, 2)
    proxy.script("503")
    started = time.monotonic()
    make_engine(synced_vault, proxy.url).run_once()
    assert time.monotonic() - started >= 0.95  # Retry-After: 1, not the 20 ms back-off
    assert_all_on_platform_once(synced_vault, platform_server)


def test_giving_up_keeps_the_evidence_and_records_the_error(synced_vault, proxy):
    vault = synced_vault
    add_events(vault, 3)
    before = state.sync_status(vault).pending
    proxy.script(*["500"] * 3)
    engine = make_engine(vault, proxy.url, retry=RetryPolicy(attempts=3, base=0.01, cap=0.02))
    with pytest.raises(PlatformBusy):
        engine.run_once()
    current = state.sync_status(vault)
    assert current.pending == before and current.receipts == 0
    assert current.last_error["code"] == "sync_busy" and current.warning is None


@pytest.mark.parametrize(
    "fault, reason",
    [("tamper", "fingerprints"), ("badproof", "inclusion proof"), ("dup", "another event")],
)
def test_a_receipt_that_does_not_verify_is_refused_loudly(
    synced_vault, platform_server, proxy, fault, reason, caplog
):
    vault = synced_vault
    add_events(vault, 6)
    proxy.script(fault)
    with pytest.raises(ReceiptRejected, match=reason):
        make_engine(vault, proxy.url).run_once()
    assert "SYNC WARNING" in caplog.text
    current = state.sync_status(vault)
    assert current.warning is not None and current.warning["code"] == "sync_receipt_rejected"
    assert current.pending >= 1  # the refused receipt's event stays queued
    stored = vault.db.call(lambda c: [r[0] for r in c.execute("SELECT evidence_seq FROM receipts")])
    assert len(stored) == current.receipts < len(platform_server.leaves(vault.org_id))
    make_engine(vault, proxy.url).run_once()  # the next run sends it again: a duplicate
    assert_all_on_platform_once(vault, platform_server)
    assert state.sync_status(vault).warning is not None  # kept until the user acknowledges


def test_platform_restarted_in_the_middle_of_a_batch(vault, tmp_path):
    """The platform process appends a batch, is killed (-9) before its answer gets out, and
    comes back on the same database; meanwhile the client keeps retrying."""
    from app.sync.device import register
    from app.sync.transport import Endpoint
    from tests.sync.conftest import FAST

    layout = ThreadedPlatform(tmp_path / "platform")
    org_id, token = layout.new_org()
    server = PlatformProcess(layout).start()
    proxy = FaultProxy(layout.port).start()
    try:
        register(vault, Endpoint(proxy.url), token, retry=FAST)
        vault.org_id = org_id
        add_events(vault, 700)
        proxy.script("ok", "hold")  # second batch: appended, then the answer is held
        patient = RetryPolicy(attempts=40, base=0.05, cap=0.3)
        engine = make_engine(vault, proxy.url, retry=patient)
        import threading

        outcome: list[object] = []
        runner = threading.Thread(target=lambda: outcome.append(engine.run_once()))
        runner.start()
        assert proxy.holding.wait(20)
        server.kill()
        proxy.drop_held.set()
        proxy.release.set()  # the client sees the connection die, retries: nothing listens
        time.sleep(0.3)
        server.start()
        runner.join(30)
        assert outcome and outcome[0].pending == 0, outcome
        assert outcome[0].duplicates >= 1
        assert_all_on_platform_once(vault, layout)
    finally:
        proxy.stop()
        server.kill()


def test_a_forked_log_is_detected(synced_vault, platform_server, tmp_path):
    """A copy of the platform (same log key, same history) that then diverges: the client,
    pointed at it, finds its tree head inconsistent with the one it kept, and stores nothing."""
    import sqlite3

    from server.ledger import EventIn

    vault = synced_vault
    add_events(vault, 5)
    make_engine(vault).run_once()
    fork = ThreadedPlatform(tmp_path / "fork", log_key=platform_server.log_key)
    source = sqlite3.connect(platform_server.folder / "platform.db")
    target = sqlite3.connect(fork.folder / "platform.db")
    source.backup(target)
    source.close()
    target.close()
    # the original log goes on with our next event; the copy with a foreign one at that place
    add_events(vault, 1)
    make_engine(vault).run_once()
    fork.start()
    try:
        device = vault.db.call(lambda c: state.get(c, state.DEVICE))
        foreign = EventIn(f"{'f' * 32}:1", "a" * 64, "b" * 64, "certificate_used",
                          "2026-01-01T00:00:00Z")
        fork.platform.ledger.append(device["org_id"], device["device_id"], [foreign])
        add_events(vault, 2)
        receipts_before = state.sync_status(vault).receipts
        with pytest.raises(ReceiptRejected, match="forked"):
            make_engine(vault, fork.url).run_once()
        current = state.sync_status(vault)
        assert current.receipts == receipts_before and current.pending == 2
        assert current.warning is not None
    finally:
        fork.stop()


def test_another_log_is_refused(synced_vault, tmp_path):
    """A platform with another log key (the same organisation id would not even help)."""
    other = ThreadedPlatform(tmp_path / "other").start()
    try:
        _, token = other.new_org()
        from app.sync.device import register
        from app.sync.transport import Endpoint

        with pytest.raises(ReceiptRejected, match="another platform log"):
            register(synced_vault, Endpoint(other.url), token)
        add_events(synced_vault, 1)
        with pytest.raises(Exception) as info:  # our device is unknown there: refused (401)
            make_engine(synced_vault, other.url).run_once()
        assert getattr(info.value, "code", "") in ("sync_refused", "sync_receipt_rejected")
    finally:
        other.stop()
