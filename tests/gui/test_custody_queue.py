"""The offline signing queue in the status bar: counts while the vault is unlocked, "run now"
without a timestamp service, with the service down (failed, shown), then up (upgraded), and the
periodic run that only ticks while the vault is unlocked."""

from __future__ import annotations

import dataclasses

import pytest

from tests.custody.conftest import (  # noqa: F401 - people: the two people's keys (fixture)
    SEAL_NAME,
    approver_key,
    people,
    register,
    requester_key,
)
from tests.fixtures.softhsm import ScriptedUser
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.hsm, pytest.mark.net,
              pytest.mark.qt_log_ignore("does not support raise")]  # offscreen Qt


@pytest.fixture
def sealed_vault(people, seal_png, contract, tmp_path):  # noqa: F811
    """The app's vault with one document sealed offline (B-B, queued)."""
    from app.custody.apply import apply_seal
    from app.custody.requests import create_request, decide_request
    from app.vault.vault import Vault, default_folder

    with Vault.create(default_folder(), passphrase=PASSPHRASE) as vault:
        register(vault, people, seal_png)
        with requester_key(people) as key:
            req = create_request(vault, SEAL_NAME, [contract], "离线用印",
                                 {"kind": "anchor", "text": "盖章处", "size": 120}, key)
        with approver_key(people) as key:
            decide_request(vault, req.id, key, approve=True, reason="")
        [sealed] = apply_seal(vault, req.id, [contract], tmp_path / "out", ScriptedUser(),
                              password=b"pw")
    assert sealed.status == "sealed"
    return sealed


def test_queue_status_run_now_and_periodic(qtbot, window, sealed_vault, fresh_pki_server):
    flows = window.flows.custody
    custody = flows.open_custody("requests")
    status, monitor = flows.queue_status, flows.monitor
    assert not status.isVisible() and not monitor.timer.isActive()  # locked: nothing runs
    window.acts.queue_run.trigger()  # asks to unlock first
    assert "Unlock the vault" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: custody.bar.method == "passphrase", timeout=10_000)
    custody.bar.passphrase.setText(PASSPHRASE)
    custody.bar.unlock()
    qtbot.waitUntil(lambda: status.isVisible(), timeout=30_000)
    assert status.text() == "Timestamps: 1 waiting, 0 failed, 0 done"
    assert monitor.timer.isActive() and monitor.timer.interval() == 5 * 60_000

    with qtbot.waitSignal(monitor.said, timeout=30_000) as said:
        window.acts.queue_run.trigger()  # no timestamp service set yet
    assert "No timestamp service" in said.args[0]

    window.prefs = dataclasses.replace(window.prefs, tsa_url=fresh_pki_server.tsa_url)
    fresh_pki_server.set_down("*", "drop")
    with qtbot.waitSignal(monitor.ran, timeout=60_000) as ran:
        status.run_action.trigger()
    [outcome] = ran.args[0]
    assert outcome.status == "failed"
    qtbot.waitUntil(lambda: "1 failed" in status.text(), timeout=10_000)
    assert "b06000" in status.styleSheet()
    assert "timestamp" in window.statusBar().currentMessage().lower()

    fresh_pki_server.set_up("*")
    monitor.run(manual=False)  # the periodic run: only what is due (retried later)
    qtbot.waitUntil(lambda: not monitor.running, timeout=30_000)
    assert "1 failed" in status.text()
    with qtbot.waitSignal(monitor.ran, timeout=120_000) as ran:
        monitor.run(manual=True)
    assert [o.status for o in ran.args[0]] == ["upgraded"], [o.error for o in ran.args[0]]
    qtbot.waitUntil(lambda: status.text() == "Timestamps: 0 waiting, 0 failed, 1 done",
                    timeout=10_000)

    custody.bar.lock_button.click()
    assert not monitor.timer.isActive() and not status.isVisible()
