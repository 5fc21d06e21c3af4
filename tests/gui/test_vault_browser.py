"""Sign into the vault from the sign dialog, then the vault browser: unlock (wrong passphrase
first), search, evidence timeline, open, export, destroy with confirmation, lock."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.hsm]


@pytest.fixture
def signed_into_vault(qtbot, services, english, softhsm, contract, tmp_path):
    from app.preferences import Preferences
    from app.vault.vault import Vault, default_folder
    from ui.sign.dialog import SignDialog

    Vault.create(default_folder(), passphrase=PASSPHRASE).close()
    from ui.vault.session import VaultSession

    session = VaultSession(services.jobs)
    dlg = SignDialog(services.jobs, Preferences(pkcs11_modules=(softhsm.module,), level="B-B"),
                     contract, session=session)
    qtbot.addWidget(dlg)
    (tmp_path / "out").mkdir()
    dlg.output.setText(str(tmp_path / "out" / "合同.signed.pdf"))
    qtbot.waitUntil(lambda: not dlg.identity.scanning and not dlg.archive.isHidden(),
                    timeout=20_000)
    assert dlg.archive.isChecked() and not dlg.vault_passphrase.isHidden()
    item = next(i for i in dlg.identity.certificate_items() if i.data(0, 0x0100)[1].label == "seal-ec")
    item.setSelected(True)
    dlg._go(2)
    dlg.placement.radios["none"].setChecked(True)
    dlg.vault_passphrase.setText(PASSPHRASE)
    dlg.next.click()
    # first signing with this vault: the three agreements must be read and ticked
    qtbot.waitUntil(lambda: getattr(dlg, "agreements_dialog", None) is not None, timeout=30_000)
    agreements = dlg.agreements_dialog
    assert not agreements.continue_button.isEnabled()
    for box in agreements.boxes.values():
        assert not box.isChecked()  # nothing pre-ticked
        box.setChecked(True)
    agreements.continue_button.click()
    qtbot.waitUntil(lambda: dlg.interaction.pin_dialog is not None, timeout=20_000)
    dlg.interaction.pin_dialog.field.setText(softhsm.pins["SealDesk Test A"])
    dlg.interaction.pin_dialog.accept()
    # before use: "your certificate … will now sign …" — confirmed
    qtbot.waitUntil(lambda: dlg.findChild(QMessageBox, "tokenQuestion") is not None,
                    timeout=20_000)
    question = dlg.findChild(QMessageBox, "tokenQuestion")
    assert "will now sign" in question.text() and "contract.pdf" in question.text()
    with qtbot.waitSignal(dlg.signed, timeout=60_000) as blocker:
        question.button(QMessageBox.StandardButton.Yes).click()
    assert dlg.vault_passphrase.text() == ""  # secrets dropped
    assert session.is_unlocked  # unlocked once for the app
    session.lock()
    qtbot.waitUntil(lambda: _lock_released(), timeout=10_000)
    return blocker.args[0]


def _lock_released() -> bool:
    import fcntl

    from app.vault.vault import default_folder

    with open(default_folder() / "vault.lock", "a+b") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return True


def test_vault_browser_flow(qtbot, services, signed_into_vault, tmp_path):
    from ui.vault.browser import VaultDialog
    from ui.vault.session import VaultSession

    dlg = VaultDialog(services.jobs, VaultSession(services.jobs))
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.passphrase.isHidden() and "Locked" in dlg.state.text()
    dlg.passphrase.setText("wrong")
    dlg.unlock()
    qtbot.waitUntil(lambda: dlg.message.text() != "", timeout=30_000)
    assert "passphrase" in dlg.message.text().lower() and dlg.vault is None
    dlg.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dlg.unlocked, timeout=30_000):
        dlg.unlock()
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 0).text() == "合同.signed.pdf"
    dlg.search_text.setText("no such party")
    assert dlg.table.rowCount() == 0
    dlg.search_text.setText(signed_into_vault.output_sha256[:8])
    assert dlg.table.rowCount() == 1
    dlg.table.selectRow(0)
    qtbot.waitUntil(lambda: dlg.timeline.count() >= 3, timeout=20_000)
    kinds = " ".join(dlg.timeline.item(i).text() for i in range(dlg.timeline.count()))
    assert "contract_added" in kinds and "signature_applied" in kinds
    assert "cert.notice.after_use" in kinds
    with qtbot.waitSignal(dlg.openRequested, timeout=20_000) as opened:
        dlg.open_selected()
    assert opened.args[0] == Path(signed_into_vault.output).read_bytes()
    out = tmp_path / "export.zip"
    dlg.export_to(out)
    qtbot.waitUntil(lambda: "Exported" in dlg.message.text(), timeout=30_000)
    assert any(n.endswith(".pdf") for n in zipfile.ZipFile(out).namelist())
    dlg.destroy_record(dlg.selected_record(), "retention period over")
    qtbot.waitUntil(lambda: "destroyed" in dlg.message.text(), timeout=30_000)
    dlg.state_filter.setCurrentIndex(dlg.state_filter.findData("destroyed"))
    dlg.search_text.clear()
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 4).text() == "Destroyed"
    dlg.lock()
    assert dlg.vault is None and dlg.table.rowCount() == 0
