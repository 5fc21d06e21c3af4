"""`sealdesk sign --vault DIR`: every signed file archived with its evidence, one transaction each."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.evidence import chain
from app.vault import Vault
from tests.fixtures.docs import make_batch, sha256
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.net


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    monkeypatch.setenv("VPW", PASSPHRASE)


@pytest.fixture
def vault_cli(vault_dir, capsys):
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    # signing needs the three agreements accepted, each explicitly (issue 6)
    agree = [a for kind in ("service_agreement", "privacy_policy", "certificate_usage")
             for a in ("--i-agree", kind)]
    assert main(["consent", "accept", *agree, "--vault", str(vault_dir),
                 "--passphrase-env", "VPW", "--json"]) == 0
    capsys.readouterr()
    return ["--vault", str(vault_dir), "--vault-passphrase-env", "VPW"]


def test_signed_batch_is_archived_with_evidence(contract_template, seal_p12, pki_server,
                                                tmp_path, capsys, vault_dir, vault_cli):
    files = make_batch(contract_template, tmp_path / "in", 3)
    out_dir = tmp_path / "out"
    code = main(["sign", *map(str, files), "--out-dir", str(out_dir), "--p12", str(seal_p12),
                 "--password-env", "P12PW", "--level", "B-T", "--tsa", pki_server.tsa_url,
                 "--json", *vault_cli])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    archived = doc["vault"]["archived"]
    assert len(archived) == 3 and all(a["created"] for a in archived)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        records = {r.id: r for r in v.list_documents()}
        for entry, f in zip(archived, files):
            out = out_dir / f"{f.stem}.signed.pdf"
            rec = records[entry["id"]]
            assert rec.sha256 == sha256(out) and rec.origin == "sign"
            assert b"".join(v.read_document(rec.id)) == out.read_bytes()
            assert rec.signed_at and rec.signers[0]["timestamp"]["time"]
            events = v.events_for(rec.id)
            assert [e.type for e in events] == [
                "contract_added", "intent_checked", "certificate_used", "signature_applied",
                "cert.notice.after_use"]  # issue 6: the after-use notice names the document
            body = events[0].to_json()["body"]
            assert body["data"]["source_sha256"] == sha256(f)
            applied = events[3].to_json()["body"]["data"]
            assert applied["level"] == "B-T" and applied["timestamp"]["url"] == pki_server.tsa_url
            assert events[1].to_json()["body"]["data"]["method"] == "key_file_password"
        assert v.db.call(chain.verify).ok
    # the same signed file added by hand is recognised, not stored twice
    out0 = out_dir / f"{files[0].stem}.signed.pdf"
    assert main(["vault", "add", str(out0), "--vault", str(vault_dir), "--passphrase-env", "VPW",
                 "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["created"] is False and again["document"]["id"] == archived[0]["id"]


def test_wrong_vault_passphrase_signs_nothing(contract, seal_p12, tmp_path, capsys, monkeypatch,
                                              vault_cli):
    monkeypatch.setenv("VPW", "wrong")
    out = tmp_path / "signed.pdf"
    code = main(["sign", str(contract), "-o", str(out), "--p12", str(seal_p12),
                 "--password-env", "P12PW", "--level", "B-B", "--json", *vault_cli])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1 and doc["error"]["code"] == "vault_wrong_key"
    assert not out.exists()


def test_failed_file_is_not_archived(contract, seal_p12, tmp_path, capsys, vault_dir, vault_cli):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nnot really")
    out_dir = tmp_path / "out"
    code = main(["sign", str(contract), str(bad), "--out-dir", str(out_dir), "--p12",
                 str(seal_p12), "--password-env", "P12PW", "--level", "B-B", *vault_cli])
    captured = capsys.readouterr()
    assert code == 1
    assert "archived" in captured.out
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        [rec] = v.list_documents()
        assert rec.name == "contract.signed.pdf"
