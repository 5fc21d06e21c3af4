"""Settings (saved and applied, language switch) and the diagnostics view; the main window's
Sign / Vault / Settings / Diagnostics actions open their dialogs."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_settings_edit_and_save(qtbot, services, english, tmp_path):
    from app.preferences import Preferences
    from ui.settings import SettingsDialog

    prefs = Preferences(tsa_url="http://127.0.0.1:1/tsa", level="B-T")
    dlg = SettingsDialog(prefs, services.jobs)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.found.text() != "", timeout=20_000)
    dlg.tsa.setText("https://tsa.example.com/tsr")
    dlg.level.setCurrentIndex(dlg.level.findData("B-LT"))
    dlg.modules.add_path("/opt/vendor/libp11.so")
    dlg.anchor.setText("乙方盖章")
    dlg.expiry.setValue(45)
    dlg.platform.setText("not a url")
    with qtbot.waitSignal(dlg.saved) as saved:
        dlg.save()
    new = saved.args[0]
    assert new.tsa_url == "https://tsa.example.com/tsr" and new.level == "B-LT"
    assert new.pkcs11_modules == ("/opt/vendor/libp11.so",) and new.seal_anchor == "乙方盖章"
    assert new.expiry_warning_days == 45
    assert new.platform_url is None  # validated like the file: a bad URL is dropped


def test_language_switch_from_settings(qtbot, window):
    from app.preferences import Preferences
    from ui import i18n

    window.apply_preferences(Preferences(language="zh_CN"))
    try:
        assert i18n.current_language() == "zh_CN"
        qtbot.waitUntil(lambda: window.acts.sign.text().startswith("签"), timeout=5_000)
    finally:
        window.apply_preferences(Preferences(language="en"))
    qtbot.waitUntil(lambda: window.acts.sign.text() == "&Sign…", timeout=5_000)


def test_doctor_view_shows_every_check(qtbot, services, english):
    from app.preferences import Preferences
    from ui.doctor import DoctorDialog

    dlg = DoctorDialog(services.jobs, Preferences())
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.reported, timeout=120_000) as got:
        pass
    report = got.args[0]
    assert dlg.table.rowCount() == len(report.checks) >= 10
    titles = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())]
    assert "PKCS#11 drivers" in titles and "Vault" in titles
    assert dlg.summary.text()


@pytest.mark.parametrize("action", ["settings", "doctor", "vault"])
def test_menu_actions_open_dialogs(qtbot, window, action):
    getattr(window.acts, action).trigger()
    dialog = window.flows.last_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_status_bar_shows_the_sync_state(qtbot, window):
    from app.sync.state import SyncState

    status = window.status

    def state(**kw):
        base = dict(platform="https://p.example", device_id="d", pending=0, receipts=3,
                    tree_size=3, last_success=None, last_error=None, warning=None)
        return SyncState(**{**base, **kw})

    status.set_sync_state(state())
    assert status.sync.text() == "Sync: up to date"
    status.set_sync_state(state(pending=4, last_error={"message": "platform down"}))
    assert status.sync.text() == "Sync: 4 waiting" and "platform down" in status.sync.toolTip()
    status.set_sync_state(state(warning={"message": "inconsistent tree head"}))
    assert status.sync.text() == "Sync: WARNING" and "c62828" in status.sync.styleSheet()
    status.clear_sync_state()
    assert status.sync.text() == "Sync: not set up"
