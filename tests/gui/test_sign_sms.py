"""The sign flow with the policy "token PIN and an SMS code": the code comes from the real
platform (server/, on 127.0.0.1), is typed into the SMS dialog, and both checks land in the
evidence chain bound to the document and the signer's certificate."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.hsm, pytest.mark.net]


@pytest.fixture
def platform_server(tmp_path):
    from server.platform import Platform
    from server.settings import Settings
    from tests.server.harness import ServerThread

    platform = Platform(Settings(db_url=f"sqlite:///{tmp_path / 'platform.db'}",
                                 log_key_path=tmp_path / "log-key.pem",
                                 sms_outbox=tmp_path / "sms.jsonl"))
    server = ServerThread(platform).__enter__()
    yield server, tmp_path / "sms.jsonl"
    server.__exit__(None, None, None)
    platform.close()


def _code(outbox: Path) -> str:
    return json.loads(outbox.read_text(encoding="utf-8").splitlines()[-1])["code"]


def test_pin_and_sms_code_are_both_recorded(qtbot, services, english, softhsm, contract,
                                            tmp_path, platform_server):
    from app.compliance import agreements, consent
    from app.compliance.agreements import REQUIRED
    from app.preferences import Preferences
    from app.sync.device import register
    from app.sync.transport import Endpoint
    from app.vault.vault import Vault, default_folder
    from ui.sign.dialog import SignDialog
    from ui.vault.session import VaultSession

    server, outbox = platform_server
    org, _ = server.platform.create_org("示例科技")
    cert = next(e for e in softhsm.entries if e.label == "seal-rsa").cert
    signer = hashlib.sha256(cert.dump()).hexdigest()
    server.platform.add_signer(org, signer, "+8613800138000")
    with Vault.create(default_folder(), passphrase=PASSPHRASE) as vault:
        register(vault, Endpoint(server.base_url), server.platform.issue_token(org))
        texts = agreements.load()
        consent.accept_required(vault, texts, "en", {k: True for k in REQUIRED})

    session = VaultSession(services.jobs)
    prefs = Preferences(pkcs11_modules=(softhsm.module,), level="B-B", intent_policy="pin+sms")
    dlg = SignDialog(services.jobs, prefs, contract, session=session)
    qtbot.addWidget(dlg)
    (tmp_path / "out").mkdir()
    dlg.output.setText(str(tmp_path / "out" / "signed.pdf"))
    qtbot.waitUntil(lambda: not dlg.identity.scanning and not dlg.archive.isHidden(),
                    timeout=20_000)
    next(i for i in dlg.identity.certificate_items()
         if i.data(0, 0x0100)[1].label == "seal-rsa").setSelected(True)
    dlg._go(2)
    dlg.placement.radios["none"].setChecked(True)
    dlg.vault_passphrase.setText(PASSPHRASE)
    dlg.next.click()
    qtbot.waitUntil(lambda: dlg.intent_checks.dialog is not None, timeout=30_000)
    sms = dlg.intent_checks.dialog
    qtbot.waitUntil(lambda: sms.challenge is not None, timeout=20_000)
    sms.code.setText("000000" if _code(outbox) != "000000" else "111111")
    sms.confirm.click()  # a wrong code: tries left shown, the dialog stays
    qtbot.waitUntil(lambda: sms.error.text() != "", timeout=20_000)
    assert sms.isVisible() and dlg.interaction.pin_dialog is None
    sms.code.setText(_code(outbox))
    sms.confirm.click()
    qtbot.waitUntil(lambda: dlg.interaction.pin_dialog is not None, timeout=30_000)
    dlg.interaction.pin_dialog.field.setText(softhsm.pins["SealDesk Test A"])
    dlg.interaction.pin_dialog.accept()
    qtbot.waitUntil(lambda: dlg.findChild(QMessageBox, "tokenQuestion") is not None,
                    timeout=20_000)
    with qtbot.waitSignal(dlg.signed, timeout=60_000):
        dlg.findChild(QMessageBox, "tokenQuestion").button(QMessageBox.StandardButton.Yes).click()
    vault = session.vault
    events = [json.loads(e.body) for e in vault.db.call(lambda c: list(
        __import__("app.evidence.chain", fromlist=["iter_events"]).iter_events(c)))]
    checked = [e["data"] for e in events if e["type"] == "intent.checked"]
    source = hashlib.sha256(contract.read_bytes()).hexdigest()
    assert {c["method"] for c in checked} == {"pin", "sms"}
    assert all(c["document_sha256"] == source and c["certificate_sha256"] == signer
               for c in checked)
    assert [c for c in checked if c["method"] == "sms"][0]["attestation_sha256"]
    session.lock()
