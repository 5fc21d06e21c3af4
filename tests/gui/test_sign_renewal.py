"""Renewal consent at the next signing (issue 6): a certificate that expires within the
configured warning days asks "do you agree that it is renewed?" once the key is open and before
"your certificate will now sign …"; the answer lands in the evidence chain before the before-use
notice, declining still signs, and an answered certificate is not asked again."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.compliance.conftest import short_lived_p12
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui]


@pytest.fixture
def signing(qtbot, services, english, contract, tmp_path):
    """A sign dialog maker: a vault with the agreements accepted, a soft certificate expiring in
    5 days, 30 warning days, the signed copy kept in the vault."""
    from app.compliance import agreements, consent
    from app.preferences import Preferences
    from app.vault.vault import Vault, default_folder
    from ui.sign.dialog import SignDialog
    from ui.vault.session import VaultSession

    with Vault.create(default_folder(), passphrase=PASSPHRASE) as vault:
        consent.accept_required(vault, agreements.load(), "en",
                                dict.fromkeys(agreements.REQUIRED, True))
    p12 = short_lived_p12(tmp_path / "soon.p12", 5)
    session = VaultSession(services.jobs)
    prefs = Preferences(level="B-B", expiry_warning_days=30)
    made = []

    def make(name: str):
        dlg = SignDialog(services.jobs, prefs, contract, session=session)
        qtbot.addWidget(dlg)
        dlg.output.setText(str(tmp_path / name))
        qtbot.waitUntil(lambda: not dlg.identity.scanning and not dlg.archive.isHidden(),
                        timeout=20_000)
        dlg.identity.soft_radio.setChecked(True)
        dlg.identity.soft_path.setText(str(p12))
        dlg.identity.soft_password.setText("pw")
        dlg._go(1)
        dlg.placement.radios["none"].setChecked(True)
        dlg._go(2)
        dlg.vault_passphrase.setText(PASSPHRASE)
        made.append(dlg)
        return dlg

    yield make, session
    for dlg in made:
        dlg.reject()
    session.lock()


def _types_and_consents(session):
    from app.evidence.chain import iter_events

    events = [json.loads(e.body) for e in session.vault.db.call(lambda c: list(iter_events(c)))]
    types = [e["type"] for e in events]
    consents = [e["data"]["consent"] for e in events if e["type"] == "cert.notice.renewal"]
    return types, consents


def _confirm_use(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.findChild(QMessageBox, "tokenQuestion") is not None,
                    timeout=20_000)
    with qtbot.waitSignal(dlg.signed, timeout=60_000):
        dlg.findChild(QMessageBox, "tokenQuestion").button(QMessageBox.StandardButton.Yes).click()


def test_renewal_consent_is_asked_at_signing_then_not_again(qtbot, signing):
    make, session = signing
    first = make("first.pdf")
    first.sign()
    qtbot.waitUntil(lambda: first.interaction.dialog is not None, timeout=30_000)
    notice = first.interaction.dialog
    assert notice.objectName() == "notice_renewal_at_signing"
    text = notice.message.text()
    assert "示例科技 即将到期" in text and "4 days left" in text
    assert first.findChild(QMessageBox, "tokenQuestion") is None  # renewal first, then "will sign"
    notice.findChild(QPushButton, "noticeAccept").click()
    _confirm_use(qtbot, first)
    types, consents = _types_and_consents(session)
    assert consents == ["at_signing"]
    assert types.index("cert.notice.renewal") < types.index("cert.notice.before_use")

    second = make("second.pdf")  # answered: signs without asking again
    second.sign()
    _confirm_use(qtbot, second)
    assert second.interaction.dialog is None
    types, consents = _types_and_consents(session)
    assert consents == ["at_signing"] and types.count("cert.notice.after_use") == 2


def test_declining_renewal_still_signs(qtbot, signing, tmp_path):
    make, session = signing
    dlg = make("declined.pdf")
    dlg.sign()
    qtbot.waitUntil(lambda: dlg.interaction.dialog is not None, timeout=30_000)
    dlg.interaction.dialog.findChild(QPushButton, "noticeReject").click()
    _confirm_use(qtbot, dlg)
    assert (tmp_path / "declined.pdf").exists()
    assert _types_and_consents(session)[1] == ["declined"]


def test_cancelling_while_asked_signs_nothing_and_records_no_answer(qtbot, signing, tmp_path):
    make, session = signing
    dlg = make("cancelled.pdf")
    dlg.sign()
    qtbot.waitUntil(lambda: dlg.interaction.dialog is not None, timeout=30_000)
    dlg.job.cancel()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=30_000)
    assert not (tmp_path / "cancelled.pdf").exists()
    types, consents = _types_and_consents(session)
    assert consents == [] and "cert.notice.before_use" not in types


def test_closing_the_question_is_no_answer_and_asks_again(qtbot, signing):
    """Esc / the window's close button is not "decline" (found in review): nothing is
    recorded, the signing goes on, and the next signing asks again."""
    make, session = signing
    first = make("closed.pdf")
    first.sign()
    qtbot.waitUntil(lambda: first.interaction.dialog is not None, timeout=30_000)
    first.interaction.dialog.reject()  # as Esc does
    _confirm_use(qtbot, first)
    assert _types_and_consents(session)[1] == []
    second = make("again.pdf")
    second.sign()
    qtbot.waitUntil(lambda: second.interaction.dialog is not None, timeout=30_000)
    second.interaction.dialog.findChild(QPushButton, "noticeReject").click()
    _confirm_use(qtbot, second)
    assert _types_and_consents(session)[1] == ["declined"]
