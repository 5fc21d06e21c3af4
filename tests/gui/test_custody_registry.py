"""Seal custody in the desktop app: the vault bar, the seal registry and registering seals
(image check and preview, a soft-certificate seal and a token seal, requesters and approvers)."""

from __future__ import annotations

import io

import pytest
import shiboken6

from tests.custody.conftest import people  # noqa: F401 - the two people's keys (fixture)
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.hsm,
              pytest.mark.qt_log_ignore("does not support raise")]  # offscreen Qt


@pytest.fixture
def custody(qtbot, window, softhsm):
    """The custody window of a main window whose vault exists (locked)."""
    from app.preferences import Preferences
    from app.vault.vault import Vault, default_folder

    Vault.create(default_folder(), passphrase=PASSPHRASE).close()
    window.prefs = Preferences(pkcs11_modules=(softhsm.module,))
    dlg = window.flows.custody.open_custody("seals")
    qtbot.waitUntil(lambda: dlg.bar.method == "passphrase", timeout=10_000)
    return dlg


def unlock(qtbot, dlg, passphrase: str = PASSPHRASE) -> None:
    dlg.bar.passphrase.setText(passphrase)
    with qtbot.waitSignal(dlg.seals.listed, timeout=30_000):
        dlg.bar.unlock()


def test_tools_menu_opens_custody_and_the_bar_unlocks(qtbot, window, custody):
    from PySide6.QtWidgets import QLabel

    tools = [a.objectName() for a in window.acts.menus["tools"].actions()]
    assert {"actionSeals", "actionSealRequests", "actionSealLedger", "actionQueueRun"} <= set(tools)
    assert "locked" in custody.bar.state.text().lower()
    assert not custody.seals.add_button.isEnabled()
    custody.bar.passphrase.setText("wrong")
    with qtbot.waitSignal(custody.bar.failed, timeout=30_000) as failed:
        custody.bar.unlock()
    assert "passphrase" in failed.args[0].lower() and custody.bar.passphrase.text() == ""
    unlock(qtbot, custody)
    assert custody.session is window.vault_session and custody.session.is_unlocked
    assert custody.seals.table.rowCount() == 0 and custody.seals.add_button.isEnabled()
    assert "No seals" in custody.seals.message.text()
    window.acts.seal_ledger.trigger()  # the same window, another page
    assert window.flows.custody.custody_window is custody
    assert custody.tabs.currentWidget() is custody.ledger
    # the queue counter shows in the status bar while the vault is unlocked
    status = window.flows.custody.queue_status
    qtbot.waitUntil(lambda: status.isVisible(), timeout=10_000)
    assert "0 waiting" in status.text()
    custody.bar.lock_button.click()
    assert not status.isVisible() and not custody.session.is_unlocked
    assert isinstance(custody.bar.state, QLabel) and "locked" in custody.bar.state.text().lower()


def test_every_seal_kind_has_words(qapp):
    from app.custody.registry import SEAL_KINDS
    from ui.custody.common import words

    assert tuple(words().kinds()) == SEAL_KINDS  # the GUI never imports the registry itself


def _opaque_png() -> bytes:
    from PIL import Image, ImageDraw

    buf = io.BytesIO()
    image = Image.new("RGB", (300, 300), (255, 255, 255))
    ImageDraw.Draw(image).ellipse((20, 20, 280, 280), outline=(200, 0, 0), width=12)
    image.save(buf, "PNG")
    return buf.getvalue()


def _add_dialog(qtbot, custody):
    custody.seals.add_seal()
    dlg = custody.seals.add_dialog
    qtbot.waitUntil(lambda: not dlg.identity.scanning, timeout=20_000)
    return dlg


def test_register_seals_soft_and_token(qtbot, custody, people, seal_png, test_pki,  # noqa: F811
                                       tmp_path):
    from app.custody.registry import list_seals

    unlock(qtbot, custody)
    dlg = _add_dialog(qtbot, custody)
    # an image on white paper is refused with the core's reason, and cannot be registered
    white = tmp_path / "white.png"
    white.write_bytes(_opaque_png())
    dlg.set_image(white)
    qtbot.waitUntil(lambda: "transparent" in dlg.image_note.text(), timeout=10_000)
    assert dlg.image_data is None and dlg.preview.png is None
    dlg.register()
    assert "image" in dlg.status.text()
    image = tmp_path / "seal.png"
    image.write_bytes(seal_png)
    dlg.set_image(image)
    qtbot.waitUntil(lambda: dlg.image_data is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not dlg.preview.pixmap().isNull(), timeout=10_000)
    assert "stamped" in dlg.image_note.text()
    dlg.name.setText("示例科技合同专用章")
    dlg.kind.setCurrentIndex(dlg.kind.findData("合同专用章"))
    dlg.identity.soft_radio.setChecked(True)
    dlg.identity.soft_path.setText(str(people.seal_p12))
    dlg.identity.soft_password.setText("pw")
    dlg.requesters.add(people.requester_sha256.upper())
    approver_cert = tmp_path / "approver.pem"
    approver_cert.write_bytes(test_pki["seal-ec"].cert_pem())
    dlg.approvers.add(str(approver_cert))
    qtbot.waitUntil(lambda: bool(dlg.requesters.fingerprints() and dlg.approvers.fingerprints()),
                    timeout=10_000)
    assert dlg.requesters.fingerprints() == [people.requester_sha256]
    assert dlg.approvers.fingerprints() == [people.approver_sha256]
    assert people.approver_sha256[:16] in dlg.approvers.list.item(0).text()
    dlg.use_until.setChecked(True)
    with qtbot.waitSignal(custody.seals.listed, timeout=30_000):
        dlg.register_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg), timeout=5_000)  # closed, secrets gone
    table = custody.seals.table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(6)]
    assert cells[0] == "示例科技合同专用章" and "Contract seal" in cells[1]
    assert cells[3] == "1 / 1" and cells[5] == "In use"
    qtbot.waitUntil(lambda: not custody.seals.preview.pixmap().isNull(), timeout=10_000)
    [seal] = custody.session.vault and list_seals(custody.session.vault)
    assert custody.seals.preview.png == seal.image_png  # shown exactly as stamped
    assert seal.key_source.p12 == str(people.seal_p12.resolve()) and seal.valid_until

    # a second seal bound to a certificate on the token (read without a PIN)
    dlg = _add_dialog(qtbot, custody)
    dlg.set_image(image)
    dlg.name.setText("示例科技公章")
    item = next(i for i in dlg.identity.certificate_items()
                if i.data(0, 0x0100)[1].label == "seal-rsa")
    item.setSelected(True)
    dlg.requesters.add(people.requester_sha256)
    dlg.approvers.add(people.approver_sha256)
    qtbot.waitUntil(lambda: dlg.image_data is not None and bool(dlg.approvers.fingerprints()),
                    timeout=10_000)
    with qtbot.waitSignal(custody.seals.listed, timeout=30_000):
        dlg.register_button.click()
    assert custody.seals.table.rowCount() == 2
    token_seal = next(s for s in custody.seals.seals if s.name == "示例科技公章")
    assert token_seal.key_source.pkcs11_uri.startswith("pkcs11:")
    # the same name again: the core's refusal is shown in the dialog, nothing is added
    dlg = _add_dialog(qtbot, custody)
    dlg.set_image(image)
    dlg.name.setText("示例科技公章")
    dlg.identity.soft_radio.setChecked(True)
    dlg.identity.soft_path.setText(str(people.seal_p12))
    dlg.identity.soft_password.setText("pw")
    dlg.requesters.add(people.requester_sha256)
    dlg.approvers.add(people.approver_sha256)
    qtbot.waitUntil(lambda: dlg.image_data is not None and bool(dlg.approvers.fingerprints()),
                    timeout=10_000)
    dlg.register_button.click()
    qtbot.waitUntil(lambda: "already registered" in dlg.status.text(), timeout=20_000)
    assert dlg.isVisible()
    dlg.reject()

