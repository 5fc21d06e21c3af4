"""A device revoked by the platform operator: the sync stops with a clear error, nothing is
lost (the events stay queued), and ``sealdesk sync`` says so."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.evidence.events import EventDraft
from app.sync import state
from app.sync.errors import DeviceRevoked
from app.vault import Vault
from tests.fixtures.vault import PASSPHRASE
from tests.sync.conftest import make_engine

pytestmark = pytest.mark.net


def _device_id(vault: Vault) -> str:
    return str(vault.db.call(lambda conn: state.get(conn, state.DEVICE))["device_id"])


def test_a_revoked_device_stops_syncing_and_keeps_its_evidence(synced_vault, platform_server):
    synced_vault.append_events([EventDraft("certificate_used", {"n": i}) for i in range(3)])
    synced = synced_vault.chain_head()[0]
    assert make_engine(synced_vault).run_once().stored == synced
    platform_server.platform.revoke_device(_device_id(synced_vault))
    synced_vault.append_events([EventDraft("certificate_used", {"n": 3})])
    with pytest.raises(DeviceRevoked) as caught:
        make_engine(synced_vault).run_once()
    assert caught.value.code == "sync_device_revoked"
    assert platform_server.url in caught.value.render()
    current = state.sync_status(synced_vault)
    assert current.pending == 1 and current.receipts == synced
    assert current.last_error is not None and current.last_error["code"] == "sync_device_revoked"
    assert isinstance(state.error_of(current.last_error), DeviceRevoked)
    assert platform_server.leaves(synced_vault.org_id) == [
        f"{synced_vault.header.vault_id}:{seq}" for seq in range(1, synced + 1)]


def test_sync_command_reports_the_revocation(vault_dir, platform_server, monkeypatch, capsys):
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:
        v.append_events([EventDraft("certificate_used", {"n": 1})])
    _org_id, token = platform_server.new_org()
    monkeypatch.setenv("VPW", PASSPHRASE)
    monkeypatch.setenv("ENROL", token)
    common = ["--vault", str(vault_dir), "--passphrase-env", "VPW"]
    assert main(["sync", "register", "--platform", platform_server.url,
                 "--enrolment-token-env", "ENROL", *common]) == 0
    assert main(["sync", "--once", *common]) == 0
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        platform_server.platform.revoke_device(_device_id(v))
        v.append_events([EventDraft("certificate_used", {"n": 2})])
    capsys.readouterr()
    assert main(["sync", "--once", "--json", *common]) != 0
    out = capsys.readouterr()
    doc = json.loads(out.out or out.err)
    assert doc["error"]["code"] == "sync_device_revoked", doc
    assert main(["sync", "--once", *common]) != 0
    text = capsys.readouterr().err
    assert "revoked this computer's registration" in text and "evidence stays" in text
    assert main(["sync", "status", *common]) == 0
    assert "revoked this computer's registration" in capsys.readouterr().out
