"""`sealdesk sync` without a platform: status, refused addresses, not registered."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.vault import Vault
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.unit


@pytest.fixture
def sync_cli(monkeypatch, vault_dir, capsys):
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    monkeypatch.setenv("VPW", PASSPHRASE)
    monkeypatch.setenv("ENROL", "not-a-real-token")

    def run(*argv, expect=0):
        code = main(["sync", *argv, "--vault", str(vault_dir), "--passphrase-env", "VPW"])
        out = capsys.readouterr()
        assert code == expect, out
        return out

    return run


def test_status_of_a_fresh_vault(sync_cli):
    doc = json.loads(sync_cli("status", "--json").out)["state"]
    assert doc["device_id"] is None and doc["pending"] == 1 and doc["receipts"] == 0
    text = sync_cli("status").out
    assert "sealdesk sync register" in text and "1" in text


def test_plain_http_to_another_host_is_refused(sync_cli):
    out = sync_cli(
        "register", "--platform", "http://platform.example.cn", "--enrolment-token-env", "ENROL",
        "--json", expect=1,
    ).out
    error = json.loads(out)["error"]
    assert error["code"] == "sync_insecure_url" and "https://" in error["message"]


def test_sync_before_registering_says_what_to_do(sync_cli, capsys):
    err = sync_cli("--once", expect=1).err
    assert "sealdesk sync register" in err


def test_sync_messages_in_chinese(sync_cli, monkeypatch):
    monkeypatch.setenv("SEALDESK_LANG", "zh_CN")
    out = sync_cli(
        "register", "--platform", "http://10.1.2.3", "--enrolment-token-env", "ENROL", expect=1
    )
    assert "https://" in out.err and any("\u4e00" <= c <= "\u9fff" for c in out.err)
