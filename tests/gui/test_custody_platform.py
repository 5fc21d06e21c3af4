"""Seal-use requests through the platform in the desktop app: the app's vault and a colleague's
vault registered in one organisation of the real platform (127.0.0.1); fetch and send run off
the GUI thread, a refusal reaches the page as a sentence, and nothing shows while unregistered."""

from __future__ import annotations

import threading

import pytest

from tests.custody.conftest import (  # noqa: F401 - people: the two people's keys (fixture)
    SEAL_NAME,
    approver_key,
    people,
    register,
    requester_key,
)
from tests.custody.test_mailbox import PLACEMENT, enrol
from tests.custody.test_mailbox import platform as platform  # noqa: F401 - fixture
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.hsm, pytest.mark.net,
              pytest.mark.qt_log_ignore("does not support raise")]  # offscreen Qt


def _open(qtbot, window, softhsm):
    from app.preferences import Preferences

    window.prefs = Preferences(pkcs11_modules=(softhsm.module,))
    dlg = window.flows.custody.open_custody("requests")
    qtbot.waitUntil(lambda: dlg.bar.method == "passphrase", timeout=10_000)
    dlg.bar.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dlg.requests.listed, timeout=30_000):
        dlg.bar.unlock()
    qtbot.waitUntil(lambda: len(dlg.requests.seals) == 1, timeout=10_000)
    return dlg


def test_fetch_and_send_through_the_platform(qtbot, window, softhsm, people, seal_png,  # noqa: F811
                                             contract, tmp_path, platform, monkeypatch):  # noqa: F811
    from app.custody import mailbox
    from app.custody.mailbox import fetch_requests, send_request
    from app.custody.requests import create_request, decide_request, get_request
    from app.vault.vault import Vault, default_folder

    server, org = platform
    with Vault.create(default_folder(), passphrase=PASSPHRASE) as vault:
        register(vault, people, seal_png)
        enrol(vault, server, org)
    colleague = Vault.create(tmp_path / "colleague", passphrase=PASSPHRASE)
    try:
        register(colleague, people, seal_png)
        enrol(colleague, server, org)
        with requester_key(people) as key:
            req = create_request(colleague, SEAL_NAME, [contract], "销售合同", PLACEMENT, key)
        send_request(colleague, req.id)

        threads: list[str] = []
        real_fetch = mailbox.fetch_requests

        def fetch_on(*args, **kw):  # the real fetch, noting the thread it runs on
            threads.append(threading.current_thread().name)
            return real_fetch(*args, **kw)

        monkeypatch.setattr(mailbox, "fetch_requests", fetch_on)
        dlg = _open(qtbot, window, softhsm)
        page = dlg.requests
        actions = page.platform
        qtbot.waitUntil(lambda: actions.registered, timeout=10_000)
        assert actions.fetch_button.isVisible() and actions.send_button.isVisible()
        assert not actions.send_button.isEnabled()  # nothing selected yet
        with qtbot.waitSignal(page.listed, timeout=30_000):
            actions.fetch_button.click()
        assert threads and threads[0] != threading.main_thread().name
        assert page.table.rowCount() == 1 and page.selected_request().id == req.id
        assert "1 new requests" in page.message.text()
        with qtbot.waitSignal(actions.finished, timeout=30_000):
            actions.fetch_button.click()
        assert page.message.text() == "Nothing new on the platform."
        assert page.table.rowCount() == 1

        with approver_key(people) as key:  # the approver decides in the app's vault
            decide_request(page.session.vault, req.id, key, approve=True, reason="同意盖章")
        with qtbot.waitSignal(page.listed, timeout=20_000):
            page.reload(req.id)
        assert actions.send_button.isEnabled()
        with qtbot.waitSignal(actions.finished, timeout=30_000):
            actions.send_button.click()
        assert page.message.text() == \
            f"Sent the decision on request {req.id[:12]} to the platform."
        assert [e.outcome for e in fetch_requests(colleague).entries] == ["decision"]
        assert get_request(colleague, req.id).state == "approved"

        # the operator revokes the app's device: the refusal is told, nothing changes
        device = server.platform.list_devices(org)[0]["device_id"]
        server.platform.revoke_device(device)
        with qtbot.waitSignal(actions.finished, timeout=30_000):
            actions.fetch_button.click()
        assert "revoked" in page.message.text()
        assert actions.fetch_button.isEnabled()
        page.session.lock()
        qtbot.waitUntil(lambda: not actions.fetch_button.isVisibleTo(dlg), timeout=10_000)
    finally:
        colleague.close()


def test_no_platform_actions_without_a_registration(qtbot, window, softhsm, people,  # noqa: F811
                                                    seal_png):
    from app.vault.vault import Vault, default_folder

    with Vault.create(default_folder(), passphrase=PASSPHRASE) as vault:
        register(vault, people, seal_png)
    dlg = _open(qtbot, window, softhsm)
    qtbot.wait(200)  # the registration check has answered
    actions = dlg.requests.platform
    assert not actions.registered
    assert not actions.fetch_button.isVisibleTo(dlg) and not actions.send_button.isVisibleTo(dlg)
