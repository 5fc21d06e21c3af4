"""`sealdesk sign --vault` follows the signing policy of the settings, as the desktop app does:
with "pin+sms" the platform (server/, on 127.0.0.1) sends a code bound to the document (or the
batch's list), the code is taken from --sms-code-env or the prompt, and both checks land in the
evidence chain; a wrong code signs nothing; a policy only a face check satisfies, or a vault
without a platform, is refused before any key is opened."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

from app.cli.main import main
from app.compliance import agreements, consent
from app.compliance.intent import batch_id
from app.evidence import chain
from app.vault import Vault
from tests.compliance.live_platform import LivePlatform, serving
from tests.compliance.test_cert_apply import _CodeFromOutbox
from tests.fixtures.docs import make_batch, sha256
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.net


def _signer(p12: Path) -> str:
    cert = pkcs12.load_pkcs12(p12.read_bytes(), b"pw").cert.certificate
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


@pytest.fixture
def live(tmp_path: Path, seal_p12: Path):
    with serving(tmp_path / "platform", _signer(seal_p12)) as platform:
        yield platform


def _policy(text: str) -> None:
    from app import preferences

    preferences.save(preferences.Preferences(intent_policy=text))


def _vault(vault_dir: Path, live: LivePlatform | None, monkeypatch) -> None:
    from app.sync.device import register
    from app.sync.transport import Endpoint

    monkeypatch.setenv("VPW", PASSPHRASE)
    monkeypatch.setenv("P12PW", "pw")
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as vault:
        if live is not None:
            register(vault, Endpoint(live.url), live.new_token())
        consent.accept_required(vault, agreements.load(), "en",
                                dict.fromkeys(agreements.REQUIRED, True))


def _sign(files, out: Path, seal_p12: Path, vault_dir: Path, *extra: str) -> int:
    return main(["sign", *map(str, files), "--out-dir", str(out), "--p12", str(seal_p12),
                 "--password-env", "P12PW", "--level", "B-B", "--vault", str(vault_dir),
                 "--vault-passphrase-env", "VPW", "--sms-code-env", "SMSCODE", *extra])


def _checked(vault_dir: Path) -> list[dict]:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        events = v.db.call(lambda c: list(chain.iter_events(c)))
    return [json.loads(e.body)["data"] for e in events if e.type == "intent.checked"]


def test_pin_and_sms_policy_on_the_command_line(live, seal_p12, contract_template, tmp_path,
                                                vault_dir, monkeypatch, capsys):
    _policy("pin+sms")
    _vault(vault_dir, live, monkeypatch)
    _CodeFromOutbox(live, monkeypatch)
    files = make_batch(contract_template, tmp_path / "in", 2)
    assert _sign(files, tmp_path / "out", seal_p12, vault_dir, "--json") == 0
    doc = json.loads(capsys.readouterr().out)  # stdout stays JSON (the SMS notice: stderr)
    assert [f["status"] for f in doc["files"]] == ["signed", "signed"]
    hashes = [sha256(f) for f in files]
    assert len(live.messages()) == 1  # one code for the whole reviewed list
    checked = _checked(vault_dir)
    assert sorted(d["method"] for d in checked) == ["key_file_password"] * 2 + ["sms"] * 2
    sms = [d for d in checked if d["method"] == "sms"]
    assert sorted(d["document_sha256"] for d in sms) == sorted(hashes)
    assert all(d["certificate_sha256"] == _signer(seal_p12) and d["attestation_sha256"]
               for d in sms)
    assert {d["batch"] for d in checked} == {batch_id(hashes)}


def test_a_wrong_code_signs_nothing(live, seal_p12, contract, tmp_path, vault_dir, monkeypatch,
                                    capsys):
    _policy("pin+sms")
    _vault(vault_dir, live, monkeypatch)
    _CodeFromOutbox(live, monkeypatch, wrong=True)
    out = tmp_path / "out"
    assert _sign([contract], out, seal_p12, vault_dir, "--json") == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "sms_wrong_code"
    assert not out.exists() or not list(out.glob("*.pdf"))
    assert [d["method"] for d in _checked(vault_dir)] == []


@pytest.mark.parametrize("policy, code", [("pin+face", "intent_not_checked"),
                                          ("pin+sms", "sync_not_configured")])
def test_refused_before_any_key_is_opened(policy, code, seal_p12, contract, tmp_path,
                                          vault_dir, monkeypatch, capsys):
    _policy(policy)
    _vault(vault_dir, None, monkeypatch)  # no platform
    monkeypatch.setenv("P12PW", "wrong password: never tried")
    out = tmp_path / "out"
    assert _sign([contract], out, seal_p12, vault_dir, "--json") == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == code
    assert not out.exists() or not list(out.glob("*.pdf"))
