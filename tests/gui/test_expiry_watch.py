"""The expiry watch of the main window, against real SoftHSM tokens and a real vault: the banner
(expired first and red, expiring yellow, hidden when nothing is flagged, Dismiss until something
changes), the configured warning days, the warnings recorded once, the advance renewal notice,
and the tokens read off the GUI thread."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtWidgets import QPushButton

from tests.fixtures.softhsm import (
    TOKEN_A,
    TOKEN_B,
    KeyEntry,
    _asn1,
    _certificate,
    build_softhsm,
    find_softhsm_module,
)
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.hsm,
              pytest.mark.qt_log_ignore("does not support raise")]  # offscreen Qt, modal dialogs

WAIT = 30_000


def _entry(label: str, days_left: int, key_id: bytes, token: str = TOKEN_A,
           key: ec.EllipticCurvePrivateKey | None = None) -> KeyEntry:
    """A self-issued P-256 signing certificate valid until ``days_left`` days from now."""
    now = dt.datetime.now(dt.UTC)
    key = key or ec.generate_private_key(ec.SECP256R1())
    cert = _certificate(f"到期测试 {label}", key, key, None, now,
                        validity=(now - dt.timedelta(days=300), now + dt.timedelta(days=days_left,
                                                                                 hours=12)))
    return KeyEntry(label, key_id, key, _asn1(cert), token=token)


@pytest.fixture
def tokens(tmp_path: Path) -> Iterator[Callable[..., str]]:
    """Builds private SoftHSM tokens holding the given entries; the previous set-up (the
    session's ``softhsm``, if any) comes back afterwards."""
    module = find_softhsm_module()
    if module is None:
        pytest.skip("SoftHSM is not installed")
    from crypto.tokens.pkcs11 import close_module

    previous = os.environ.get("SOFTHSM2_CONF")

    def build(*entries: KeyEntry) -> str:
        return build_softhsm(tmp_path / "hsm", module, entries).module

    yield build
    close_module(module)  # the next user loads it again with its own configuration
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous


def _mixed() -> list[KeyEntry]:
    """Token A: expiring in 5 days, expired, fine; token B: the same expiring certificate."""
    soon = _entry("expiring", 5, b"\x11")
    return [soon, _entry("expired", -3, b"\x12"), _entry("fine", 300, b"\x13"),
            KeyEntry(soon.label, soon.key_id, soon.key, soon.cert, token=TOKEN_B)]


def _window(qtbot, services, module: str, days: int = 30):
    from app.preferences import Preferences
    from app.token_status import token_status
    from ui.main_window import MainWindow

    services.token_scan = lambda: token_status((module,))
    win = MainWindow(services, Preferences(pkcs11_modules=(module,), expiry_warning_days=days))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _check(qtbot, win) -> list:
    with qtbot.waitSignal(win.expiry.checked, timeout=WAIT) as checked:
        win.expiry.refresh()
    return checked.args[0]


def _unlock(qtbot, win) -> list:
    """Unlock the window's vault (created here); the warnings its first pass recorded."""
    from app.vault.vault import Vault, default_folder
    from tests.fixtures.softhsm import ScriptedUser

    Vault.create(default_folder(), passphrase=PASSPHRASE).close()
    failures: list[BaseException] = []
    with qtbot.waitSignal(win.expiry.recorded, timeout=WAIT) as recorded:
        win.vault_session.unlock(PASSPHRASE, ScriptedUser(), win, lambda: None, failures.append)
    assert not failures
    return recorded.args[0]


def _warnings_in_chain(win) -> list:
    from app.compliance import event_types as ev
    from app.evidence import chain

    vault = win.vault_session.vault
    return vault.db.call(lambda conn: [e for e in chain.iter_events(conn)
                                       if e.type == ev.EXPIRY_WARNING])


def test_banner_from_the_tokens_expired_first_in_red_read_off_the_gui_thread(
        qtbot, services, english, tokens):
    from ui.compliance.expiry_banner import EXPIRED_COLOUR
    from ui.compliance.expiry_watch import read_certificates

    module = tokens(*_mixed())
    win = _window(qtbot, services, module)
    threads: list[str] = []

    def recording(modules, ctx):
        threads.append(threading.current_thread().name)
        return read_certificates(modules, ctx)

    win.expiry.read = recording
    banner = win.expiry_banner
    assert banner.isHidden()  # nothing read yet
    # the first check comes from the token monitor's first report, not from the test
    qtbot.waitUntil(lambda: win.expiry.standings is not None, timeout=WAIT)
    assert threads and all(t != threading.main_thread().name for t in threads)
    assert threads[0].startswith("sealdesk-tokens")
    assert [s.state for s in win.expiry.standings] == ["expired", "expiring"]  # once each
    assert banner.isVisible() and banner.colour == EXPIRED_COLOUR
    assert EXPIRED_COLOUR in banner.styleSheet()
    assert banner.geometry().bottom() < win.stack.geometry().top()  # above the tabs
    lines = banner.label.text().splitlines()
    assert "到期测试 expired expired on" in lines[0] and "cannot sign" in lines[0]
    assert "到期测试 expiring expires on" in lines[1] and "(5 days left)" in lines[1]
    assert "fine" not in banner.label.text() and "Common Name" not in banner.label.text()
    assert banner.renew.isHidden()  # the vault is locked: no renewal offer


def test_expiring_only_is_yellow_nothing_flagged_hides_and_the_days_are_honoured(
        qtbot, services, english, tokens):
    from app.preferences import Preferences
    from ui.compliance.expiry_banner import EXPIRING_COLOUR

    module = tokens(_entry("expiring", 5, b"\x21"), _entry("fine", 40, b"\x22"))
    win = _window(qtbot, services, module, days=30)
    banner = win.expiry_banner
    assert [s.state for s in _check(qtbot, win)] == ["expiring"]
    assert banner.isVisible() and banner.colour == EXPIRING_COLOUR
    # Settings: 60 days → the 40-day certificate is expiring too
    with qtbot.waitSignal(win.expiry.checked, timeout=WAIT) as checked:
        win.apply_preferences(Preferences(pkcs11_modules=(module,), expiry_warning_days=60))
    assert sorted(s.days_left for s in checked.args[0]) == [5, 40]
    assert "40 days left" in banner.label.text()
    # 3 days → nothing is flagged: hidden
    with qtbot.waitSignal(win.expiry.checked, timeout=WAIT) as checked:
        win.apply_preferences(Preferences(pkcs11_modules=(module,), expiry_warning_days=3))
    assert checked.args[0] == [] and banner.isHidden()


def test_dismiss_hides_until_something_changes(qtbot, services, english, tokens):
    from app.preferences import Preferences

    module = tokens(*_mixed())
    win = _window(qtbot, services, module)
    banner = win.expiry_banner
    _check(qtbot, win)
    assert banner.isVisible()
    banner.findChild(QPushButton, "expiryDismiss").click()
    assert banner.isHidden()
    _check(qtbot, win)  # the same certificates in the same states: stays hidden
    assert banner.isHidden() and banner.dismissed
    with qtbot.waitSignal(win.expiry.checked, timeout=WAIT):  # one drops out: still hidden
        win.apply_preferences(Preferences(pkcs11_modules=(module,), expiry_warning_days=2))
    assert banner.isHidden()
    with qtbot.waitSignal(win.expiry.checked, timeout=WAIT):  # a new one is flagged: shown
        win.apply_preferences(Preferences(pkcs11_modules=(module,), expiry_warning_days=365))
    assert banner.isVisible() and not banner.dismissed
    assert "fine expires on" in banner.label.text() and "expiring expires" in banner.label.text()


def test_warnings_recorded_once_when_the_vault_unlocks(qtbot, services, english, tokens):
    module = tokens(*_mixed())
    win = _window(qtbot, services, module)
    _check(qtbot, win)
    recorded = _unlock(qtbot, win)
    assert sorted(e.type for e in recorded) == ["cert.expiry_warning"] * 2
    used = win.vault_session.last_used
    with qtbot.waitSignal(win.expiry.recorded, timeout=WAIT) as again:
        win.expiry.refresh()  # the next check, still unlocked
    assert again.args[0] == []
    assert win.vault_session.last_used == used  # a background check never delays the idle lock
    warnings = _warnings_in_chain(win)
    assert len(warnings) == 2
    bodies = b"".join(e.body for e in warnings)
    assert b'"warning_days":30' in bodies and "到期测试".encode() not in bodies  # no names


@pytest.mark.parametrize(("button", "consent"), [("noticeAccept", "advance"),
                                                 ("noticeReject", "deferred")])
def test_renew_from_the_banner_records_the_answer(qtbot, services, english, tokens, button,
                                                  consent):
    from app.compliance import notices

    module = tokens(*_mixed())
    win = _window(qtbot, services, module)
    banner = win.expiry_banner
    _check(qtbot, win)
    _unlock(qtbot, win)
    assert banner.renew.isVisible()
    target = banner.renew_target
    assert target is not None and target.state == "expiring"
    # closing the notice answers nothing: Renew stays on offer
    banner.renew.click()
    win.expiry.dialog.reject()
    qtbot.waitUntil(lambda: win.expiry.dialog is None)
    assert banner.renew.isVisible()
    banner.renew.click()
    dialog = win.expiry.dialog
    assert dialog is not None and "(5 days left)" in dialog.message.text()
    with qtbot.waitSignal(win.expiry.renewalRecorded, timeout=WAIT) as done:
        dialog.findChild(QPushButton, button).click()
    assert done.args == [target.certificate_sha256, consent]
    vault = win.vault_session.vault
    assert notices.renewal_answer(vault, target.certificate_sha256) == consent
    assert banner.renew.isHidden() and "expiring expires on" in banner.label.text()
    # the sign flow asks again only after "deferred"
    assert notices.renewal_due(vault, target) is (consent == "deferred")
    with qtbot.waitSignal(win.expiry.recorded, timeout=WAIT):
        win.expiry.refresh()
    assert banner.renew.isHidden()  # a later check does not offer it again
    renewals = vault.db.call(lambda conn: conn.execute(
        "SELECT COUNT(*) FROM evidence WHERE type = 'cert.notice.renewal'").fetchone()[0])
    assert renewals == 1
    win.vault_session.lock()
    assert banner.renew.isHidden() and banner.isVisible()
