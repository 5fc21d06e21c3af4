"""Seal-use requests in the desktop app with two people: a request signed on the SoftHSM token
(PIN dialog), approved with a soft certificate, a changed document refused, the approved ones
sealed and opened in the main window, the ledger exported; a rejection; request files."""

from __future__ import annotations

import zipfile

import pytest

from tests.custody.conftest import (  # noqa: F401 - people: the two people's keys (fixture)
    SEAL_NAME,
    people,
    register,
    requester_key,
)
from tests.fixtures.docs import make_batch, sha256
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.hsm,
              pytest.mark.qt_log_ignore("does not support raise")]  # offscreen Qt


@pytest.fixture
def custody(qtbot, window, softhsm, people, seal_png):  # noqa: F811
    """The custody window, its vault unlocked, with the company seal registered."""
    from app.preferences import Preferences
    from app.vault.vault import Vault, default_folder

    with Vault.create(default_folder(), passphrase=PASSPHRASE) as vault:
        register(vault, people, seal_png)
    window.prefs = Preferences(pkcs11_modules=(softhsm.module,))
    dlg = window.flows.custody.open_custody("requests")
    qtbot.waitUntil(lambda: dlg.bar.method == "passphrase", timeout=10_000)
    dlg.bar.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dlg.requests.listed, timeout=30_000):
        dlg.bar.unlock()
    qtbot.waitUntil(lambda: len(dlg.requests.seals) == 1, timeout=10_000)
    return dlg


def _choose(page, label: str) -> None:
    item = next(i for i in page.certificate_items() if i.data(0, 0x0100)[1].label == label)
    item.setSelected(True)


def _state(page) -> str:
    return page.table.item(page.table.currentRow(), 5).text()


def test_request_approve_apply_ledger(qtbot, window, custody, people, contract_template,  # noqa: F811
                                      tmp_path):
    page = custody.requests
    docs = make_batch(contract_template, tmp_path / "in", 2)
    before = [sha256(p) for p in docs]
    page.buttons["new"].click()
    new = page.dialog
    qtbot.waitUntil(lambda: not new.identity.scanning, timeout=20_000)
    new.add_paths(docs)
    qtbot.waitUntil(lambda: new.documents.rowCount() == 2, timeout=10_000)
    assert new.documents.item(0, 2).toolTip() == before[0]  # the fingerprints are shown
    new.purpose.setText("采购合同用印")
    _choose(new.identity, "person-rsa")  # the requester's key on token B
    new.action_button.click()
    qtbot.waitUntil(lambda: new.interaction.pin_dialog is not None, timeout=20_000)
    new.interaction.pin_dialog.field.setText(people.requester_pin)
    with qtbot.waitSignal(page.listed, timeout=30_000):
        new.interaction.pin_dialog.accept()
    assert page.table.rowCount() == 1 and _state(page) == "Waiting for a decision"
    request = page.selected_request()
    assert request.request.signer_sha256 == people.requester_sha256
    facts = page.details.facts.text()
    assert "采购合同用印" in facts and "盖章处" in facts and SEAL_NAME in facts
    assert page.details.documents.item(1, 2).text() == before[1]
    assert page.buttons["approve"].isEnabled() and not page.buttons["apply"].isEnabled()

    page.buttons["approve"].click()
    decide = page.dialog
    qtbot.waitUntil(lambda: not decide.identity.scanning, timeout=20_000)
    assert decide.details.documents.rowCount() == 2  # the approver sees the documents
    decide.identity.soft_radio.setChecked(True)
    decide.identity.soft_path.setText(str(people.approver_p12))
    decide.identity.soft_password.setText("pw")
    decide.reason.setText("同意")
    with qtbot.waitSignal(page.listed, timeout=30_000):
        decide.action_button.click()
    assert _state(page) == "Approved" and "同意" in page.details.facts.text()
    assert page.buttons["apply"].isEnabled() and not page.buttons["approve"].isEnabled()

    page.buttons["apply"].click()
    apply = page.dialog
    changed = tmp_path / "changed" / docs[0].name
    changed.parent.mkdir()
    changed.write_bytes(docs[0].read_bytes() + b"\n% changed after approval\n")
    apply.add_paths([changed, docs[1]])
    out = tmp_path / "out"
    apply.out_dir.setText(str(out))
    apply.password.setText("pw")
    apply.apply_button.click()
    qtbot.waitUntil(lambda: apply.job is None, timeout=30_000)
    assert "not one of the documents approved" in apply.status.text()
    assert apply.files.item(0, 1).text() == "Refused: changed, or not in the approval"
    assert apply.files.item(1, 1).text() == ""  # the unchanged one is not blamed
    assert not out.exists() or not list(out.iterdir())  # nothing was signed
    apply.paths = []
    apply.add_paths(docs)
    apply.password.setText("pw")
    with qtbot.waitSignal(apply.sealed, timeout=60_000) as sealed:
        apply.apply_button.click()
    assert [r.status for r in sealed.args[0]] == ["sealed", "sealed"]
    assert apply.password.text() == "" and "2 sealed" in apply.status.text()
    assert [sha256(p) for p in docs] == before  # inputs never changed
    apply.open_button.click()
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=10_000)
    assert {window.tabs.tabText(i) for i in range(2)} == {r.output.name for r in sealed.args[0]}
    qtbot.waitUntil(lambda: _state(page) == "Sealed", timeout=10_000)

    ledger = custody.ledger
    qtbot.waitUntil(lambda: ledger.table.rowCount() == 2, timeout=10_000)
    assert ledger.table.item(0, 3).text() == docs[0].name
    assert ledger.table.item(0, 6).text() and ledger.table.item(0, 7).text() == "B-B"
    ledger.seal.setCurrentIndex(1)  # one seal's ledger
    qtbot.waitUntil(lambda: ledger.table.rowCount() == 2, timeout=10_000)
    ledger.export_to(tmp_path / "ledger.csv", "csv")
    qtbot.waitUntil(lambda: "Exported" in ledger.message.text(), timeout=20_000)
    text = (tmp_path / "ledger.csv").read_bytes().decode("utf-8-sig")
    assert docs[0].name in text and "采购合同用印" in text
    ledger.message.clear()
    ledger.export_to(tmp_path / "ledger.pdf", "pdf")
    qtbot.waitUntil(lambda: "Exported" in ledger.message.text(), timeout=30_000)
    assert (tmp_path / "ledger.pdf").read_bytes().startswith(b"%PDF")

    page.export_to(tmp_path / "request.sealreq")
    qtbot.waitUntil(lambda: "Exported" in page.message.text(), timeout=10_000)
    names = zipfile.ZipFile(tmp_path / "request.sealreq").namelist()
    assert sorted(names) == ["decision.json", "request.json"]


def test_reject_needs_a_reason_and_cannot_be_sealed(qtbot, custody, people, contract):  # noqa: F811
    from app.custody.requests import create_request

    vault = custody.session.vault
    with requester_key(people) as key:
        create_request(vault, SEAL_NAME, [contract], "借款合同", {"kind": "cross_page",
                                                                  "size": 100}, key)
    page = custody.requests
    with qtbot.waitSignal(page.listed, timeout=10_000):
        page.reload()
    assert "Cross-page" in page.details.facts.text()
    page.buttons["reject"].click()
    decide = page.dialog
    qtbot.waitUntil(lambda: not decide.identity.scanning, timeout=20_000)
    decide.identity.soft_radio.setChecked(True)
    decide.identity.soft_path.setText(str(people.approver_p12))
    decide.identity.soft_password.setText("pw")
    decide.action_button.click()
    assert "reason" in decide.status.text() and decide.job is None  # nothing signed yet
    decide.reason.setText("金额不符")
    with qtbot.waitSignal(page.listed, timeout=30_000):
        decide.action_button.click()
    assert _state(page) == "Rejected" and "金额不符" in page.details.facts.text()
    assert not page.buttons["apply"].isEnabled() and not page.buttons["approve"].isEnabled()
    page.state_filter.setCurrentIndex(page.state_filter.findData("approved"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=10_000)


def test_request_file_from_a_colleague_is_imported_once(qtbot, custody, people, seal_png,  # noqa: F811
                                                         contract, tmp_path):
    from app.custody.requests import create_request
    from app.custody.transfer import export_request
    from app.vault import Vault

    colleague = tmp_path / "colleague-vault"
    with Vault.create(colleague, passphrase=PASSPHRASE) as other:
        register(other, people, seal_png)
        with requester_key(people) as key:
            req = create_request(other, SEAL_NAME, [contract], "技术服务合同",
                                 {"kind": "anchor", "text": "盖章处", "size": 120}, key)
        export_request(other, req.id, tmp_path / "from-colleague.sealreq")
    page = custody.requests
    with qtbot.waitSignal(page.listed, timeout=30_000):
        page.import_from(tmp_path / "from-colleague.sealreq")
    assert f"Imported request {req.id[:12]}." in page.message.text()
    assert page.table.rowCount() == 1 and page.selected_request().id == req.id
    assert "Received from a colleague" in page.details.facts.text()
    page.import_from(tmp_path / "from-colleague.sealreq")
    qtbot.waitUntil(lambda: "already imported" in page.message.text(), timeout=10_000)
    assert page.table.rowCount() == 1


def test_seal_on_the_token_asks_its_pin_when_applied(qtbot, window, custody, people, softhsm,  # noqa: F811
                                                      seal_png, contract, tmp_path):
    from app.custody.registry import KeySource, NewSeal, register_seal
    from app.custody.requests import create_request, decide_request
    from tests.custody.conftest import approver_key
    from tests.fixtures.softhsm import TOKEN_A

    vault = custody.session.vault
    seal = register_seal(vault, NewSeal(
        name="示例科技公章", kind="公章", image=seal_png,
        certificate=softhsm.entry("seal-rsa").cert,
        key_source=KeySource(pkcs11_uri=softhsm.uri(TOKEN_A, object="seal-rsa"),
                             modules=(softhsm.module,)),
        requesters=[people.requester_sha256], approvers=[people.approver_sha256]))
    with requester_key(people) as key:
        req = create_request(vault, seal.id, [contract], "公章用印",
                             {"kind": "rect", "page": 1, "rect": [300, 80, 420, 200]}, key)
    with approver_key(people) as key:
        decide_request(vault, req.id, key, approve=True, reason="")
    custody.seals.reload()
    page = custody.requests
    qtbot.waitUntil(lambda: len(page.seals) == 2, timeout=10_000)
    with qtbot.waitSignal(page.listed, timeout=10_000):
        page.reload(req.id)
    assert "rectangle" in page.details.facts.text()
    page.buttons["apply"].click()
    apply = page.dialog
    assert apply.password.isHidden()  # a token seal has no key-file password: the PIN is asked
    apply.add_paths([contract])
    apply.out_dir.setText(str(tmp_path / "out"))
    apply.apply_button.click()
    qtbot.waitUntil(lambda: apply.interaction.pin_dialog is not None, timeout=20_000)
    apply.interaction.pin_dialog.field.setText(softhsm.pins[TOKEN_A])
    with qtbot.waitSignal(apply.sealed, timeout=60_000) as sealed:
        apply.interaction.pin_dialog.accept()
    [result] = sealed.args[0]
    assert result.status == "sealed" and result.output.is_file()
