"""The p11shim proxy module, driven through python-pkcs11 across a real module boundary."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pkcs11
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from pkcs11 import Attribute, KeyType, Mechanism, ObjectClass, SlotFlag, TokenFlag
from pkcs11.types import SignMixin

from tests.conftest import require_tool
from tests.fixtures.p11shim import PINPAD_CANCEL, ShimControl, build_p11shim

# Harmless once conftest lists it too: pytest registers a plugin module once.
if TYPE_CHECKING:
    from pkcs11._pkcs11 import lib as Library

pytestmark = pytest.mark.hsm

LABEL = "T"
USER_PIN = "123456"
SO_PIN = "12345678"
WRONG_PIN = "000000"
DATA = b"SealDesk p11shim test document"
SIGN = Mechanism.SHA256_RSA_PKCS  # multi-part capable; SoftHSM 2.6 has no CKM_ECDSA_SHA256
PIN_FLAGS = TokenFlag.USER_PIN_COUNT_LOW | TokenFlag.USER_PIN_FINAL_TRY | TokenFlag.USER_PIN_LOCKED


@pytest.fixture
def softhsm_conf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh SoftHSM2 token "T" in tmp_path, selected through SOFTHSM2_CONF."""
    util = require_tool("softhsm2-util")
    tokens = tmp_path / "tokens"
    tokens.mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    subprocess.run(  # noqa: S603
        [util, "--init-token", "--free", "--label", LABEL, "--pin", USER_PIN, "--so-pin", SO_PIN],
        check=True,
        capture_output=True,
    )
    return conf


@pytest.fixture
def shim(p11shim: Path, p11shim_control: ShimControl, softhsm_conf: Path) -> Iterator[Library]:
    """The shim as python-pkcs11 sees it, initialised with this test's environment."""
    lib = pkcs11.lib(str(p11shim))
    lib.reinitialize()  # python-pkcs11 keeps one instance per path: re-read the environment
    yield lib
    lib.finalize()


@pytest.fixture
def token(shim: Library) -> pkcs11.Token:
    return shim.get_token(token_label=LABEL)


@pytest.fixture
def key_pair(token: pkcs11.Token) -> None:
    """An RSA key pair labelled "seal" on the token."""
    with token.open(rw=True, user_pin=USER_PIN) as session:
        session.generate_keypair(KeyType.RSA, 2048, store=True, label="seal")


def seal_key(session: pkcs11.Session) -> SignMixin:
    """The private half of the "seal" key pair."""
    key = session.get_key(object_class=ObjectClass.PRIVATE_KEY, label="seal")
    return cast(SignMixin, key)


def pin_flags(shim: Library) -> TokenFlag:
    """The token's PIN flags, read afresh (python-pkcs11 caches Token.flags)."""
    return shim.get_token(token_label=LABEL).flags & PIN_FLAGS


def sign_and_verify(
    session: pkcs11.Session, *, pin: str | None = None, multipart: bool = False
) -> None:
    """Sign DATA with the "seal" key through the shim; verify with an independent library."""
    private = seal_key(session)
    public = session.get_key(object_class=ObjectClass.PUBLIC_KEY, label="seal")
    payload = iter([DATA[:7], DATA[7:]]) if multipart else DATA  # C_SignUpdate x2 + C_SignFinal
    signature = private.sign(payload, mechanism=SIGN, pin=pin)
    numbers = rsa.RSAPublicNumbers(
        int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
        int.from_bytes(public[Attribute.MODULUS], "big"),
    )
    numbers.public_key().verify(signature, DATA, padding.PKCS1v15(), hashes.SHA256())


# -- the module itself -------------------------------------------------------------------


def test_identifies_itself_and_forwards_to_softhsm(
    shim: Library, token: pkcs11.Token, key_pair: None
) -> None:
    assert "p11shim" in shim.library_description
    assert shim.manufacturer_id == "SoftHSM"
    assert pin_flags(shim) == 0
    with token.open(user_pin=USER_PIN) as session:
        sign_and_verify(session)


def test_build_is_cached_by_source_hash(p11shim: Path) -> None:
    before = p11shim.stat().st_mtime_ns
    assert build_p11shim(p11shim.parent) == p11shim
    assert p11shim.stat().st_mtime_ns == before


def test_call_log_has_function_names_and_no_pin(
    token: pkcs11.Token, p11shim_control: ShimControl
) -> None:
    p11shim_control.clear_calls()
    with token.open(user_pin=USER_PIN):
        pass
    calls = p11shim_control.calls()
    assert calls == ["C_OpenSession", "C_Login", "C_Logout", "C_CloseSession"]
    assert USER_PIN not in (p11shim_control.state_dir / "calls.log").read_text()


# -- PIN retry counter ----------------------------------------------------------------------


def test_without_max_tries_there_is_no_counter(
    shim: Library, token: pkcs11.Token, p11shim_control: ShimControl
) -> None:
    for _ in range(4):
        with pytest.raises(pkcs11.PinIncorrect):
            token.open(user_pin=WRONG_PIN)
    assert p11shim_control.tries_left is None
    # SoftHSM itself raises COUNT_LOW after a wrong PIN, but never counts down or locks.
    assert not pin_flags(shim) & (TokenFlag.USER_PIN_FINAL_TRY | TokenFlag.USER_PIN_LOCKED)
    with token.open(user_pin=USER_PIN):
        pass


def test_wrong_pins_count_down_with_flags_then_lock(
    shim: Library, token: pkcs11.Token, p11shim_control: ShimControl
) -> None:
    p11shim_control.max_tries = 3
    assert pin_flags(shim) == 0

    with pytest.raises(pkcs11.PinIncorrect):
        token.open(user_pin=WRONG_PIN)
    assert p11shim_control.tries_left == 2
    assert pin_flags(shim) == TokenFlag.USER_PIN_COUNT_LOW

    with pytest.raises(pkcs11.PinIncorrect):
        token.open(user_pin=WRONG_PIN)
    assert p11shim_control.tries_left == 1
    assert pin_flags(shim) == TokenFlag.USER_PIN_COUNT_LOW | TokenFlag.USER_PIN_FINAL_TRY

    with pytest.raises(pkcs11.PinIncorrect):
        token.open(user_pin=WRONG_PIN)
    assert p11shim_control.tries_left == 0
    assert pin_flags(shim) == TokenFlag.USER_PIN_COUNT_LOW | TokenFlag.USER_PIN_LOCKED

    with pytest.raises(pkcs11.PinLocked):
        token.open(user_pin=USER_PIN)


def test_correct_pin_resets_the_counter(
    shim: Library, token: pkcs11.Token, p11shim_control: ShimControl
) -> None:
    p11shim_control.max_tries = 3
    with pytest.raises(pkcs11.PinIncorrect):
        token.open(user_pin=WRONG_PIN)
    with token.open(user_pin=USER_PIN):
        pass
    assert p11shim_control.tries_left == 3
    assert pin_flags(shim) == 0


def test_counter_persists_across_processes(
    shim: Library, p11shim: Path, p11shim_control: ShimControl
) -> None:
    p11shim_control.max_tries = 3
    tool = require_tool("pkcs11-tool")
    other = subprocess.run(  # noqa: S603 - another process enters a wrong PIN
        [
            tool,
            "--module",
            str(p11shim),
            "--token-label",
            LABEL,
            "--login",
            "--pin",
            WRONG_PIN,
            "--list-objects",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert other.returncode != 0
    assert "CKR_PIN_INCORRECT" in other.stderr + other.stdout
    assert p11shim_control.tries_left == 2
    assert pin_flags(shim) == TokenFlag.USER_PIN_COUNT_LOW


def test_so_init_pin_unblocks_the_user_pin(
    shim: Library, token: pkcs11.Token, p11shim_control: ShimControl
) -> None:
    p11shim_control.max_tries = 3
    # Locked.  (A failed open() leaks a read-only session, and SO login needs none open.)
    p11shim_control.tries_left = 0
    assert pin_flags(shim) & TokenFlag.USER_PIN_LOCKED
    with token.open(rw=True, so_pin=SO_PIN) as so_session:
        so_session.init_pin("654321")
    assert p11shim_control.tries_left == 3
    with token.open(user_pin="654321"):
        pass


# -- removal --------------------------------------------------------------------------------


def test_removed_token_is_gone_until_plugged_back(
    shim: Library, token: pkcs11.Token, p11shim_control: ShimControl
) -> None:
    session = token.open(user_pin=USER_PIN)
    p11shim_control.removed = True

    assert list(shim.get_slots(token_present=True)) == []
    with pytest.raises(pkcs11.NoSuchToken):
        shim.get_token(token_label=LABEL)
    slot = next(s for s in shim.get_slots(token_present=False) if s.slot_id == token.slot.slot_id)
    assert not slot.flags & SlotFlag.TOKEN_PRESENT
    with pytest.raises(pkcs11.TokenNotPresent):
        slot.get_token()
    with pytest.raises(pkcs11.TokenNotPresent):
        token.open()
    with pytest.raises(pkcs11.DeviceRemoved):
        session.generate_random(128)
    with pytest.raises(pkcs11.DeviceRemoved):
        session.close()

    p11shim_control.removed = False  # plugged back in: the old session died with the removal
    with pytest.raises(pkcs11.SessionHandleInvalid):
        session.generate_random(128)
    with shim.get_token(token_label=LABEL).open(user_pin=USER_PIN) as fresh:
        assert len(fresh.generate_random(128)) == 16


def test_token_pulled_out_during_signature(
    shim: Library, token: pkcs11.Token, key_pair: None, p11shim_control: ShimControl
) -> None:
    session = token.open(user_pin=USER_PIN)
    private = seal_key(session)
    p11shim_control.remove_on_next_sign()

    with pytest.raises(pkcs11.DeviceRemoved):
        private.sign(DATA, mechanism=SIGN)
    assert p11shim_control.removed
    assert not (p11shim_control.state_dir / "remove_on_sign").exists()
    assert list(shim.get_slots(token_present=True)) == []

    p11shim_control.removed = False  # one-shot: signing works after re-insertion
    with shim.get_token(token_label=LABEL).open(user_pin=USER_PIN) as fresh:
        sign_and_verify(fresh)


# -- PIN pad ----------------------------------------------------------------------------------


def test_pinpad_login_without_pin(
    shim: Library, key_pair: None, p11shim_control: ShimControl
) -> None:
    p11shim_control.pinpad = USER_PIN
    token = shim.get_token(token_label=LABEL)
    assert token.flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH
    with token.open(user_pin=pkcs11.PROTECTED_AUTH) as session:
        sign_and_verify(session)


def test_pinpad_cancel_is_not_a_wrong_pin(shim: Library, p11shim_control: ShimControl) -> None:
    p11shim_control.max_tries = 3
    p11shim_control.pinpad = PINPAD_CANCEL
    with pytest.raises(pkcs11.FunctionCancelled):
        shim.get_token(token_label=LABEL).open(user_pin=pkcs11.PROTECTED_AUTH)
    assert p11shim_control.tries_left == 3


def test_wrong_pin_on_the_pad_counts(shim: Library, p11shim_control: ShimControl) -> None:
    p11shim_control.max_tries = 3
    p11shim_control.pinpad = WRONG_PIN
    with pytest.raises(pkcs11.PinIncorrect):
        shim.get_token(token_label=LABEL).open(user_pin=pkcs11.PROTECTED_AUTH)
    assert p11shim_control.tries_left == 2


def test_no_pinpad_flag_by_default(shim: Library) -> None:
    assert not shim.get_token(token_label=LABEL).flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH


# -- context-specific login (CKA_ALWAYS_AUTHENTICATE) ----------------------------------------------


def test_always_authenticate_key_wants_the_pin_for_each_signature(
    token: pkcs11.Token, key_pair: None, p11shim_control: ShimControl
) -> None:
    p11shim_control.max_tries = 3
    p11shim_control.always_authenticate = True
    with token.open(user_pin=USER_PIN) as session:
        private = seal_key(session)
        assert private[Attribute.ALWAYS_AUTHENTICATE] is True

        with pytest.raises(pkcs11.UserNotLoggedIn):
            private.sign(DATA, mechanism=SIGN)
        with pytest.raises(pkcs11.PinIncorrect):
            private.sign(DATA, mechanism=SIGN, pin=WRONG_PIN)
        assert p11shim_control.tries_left == 2

        p11shim_control.clear_calls()
        sign_and_verify(session, pin=USER_PIN)
        calls = p11shim_control.calls()
        start = calls.index("C_SignInit")
        assert calls[start : start + 3] == ["C_SignInit", "C_Login", "C_Sign"]
        assert p11shim_control.tries_left == 3

        with pytest.raises(pkcs11.UserNotLoggedIn):  # the login covered one signature only
            private.sign(DATA, mechanism=SIGN)
        sign_and_verify(session, pin=USER_PIN, multipart=True)
        with pytest.raises(pkcs11.UserNotLoggedIn):
            private.sign(iter([DATA]), mechanism=SIGN)


def test_context_login_needs_a_pending_signature(
    token: pkcs11.Token, p11shim_control: ShimControl
) -> None:
    p11shim_control.always_authenticate = True
    with token.open(user_pin=USER_PIN) as session, pytest.raises(pkcs11.OperationNotInitialized):
        session.reaffirm_credentials(USER_PIN)


def test_wrong_context_pins_lock_the_token(
    shim: Library, token: pkcs11.Token, key_pair: None, p11shim_control: ShimControl
) -> None:
    p11shim_control.max_tries = 3
    p11shim_control.always_authenticate = True
    with token.open(user_pin=USER_PIN) as session:
        private = seal_key(session)
        for _ in range(3):
            with pytest.raises(pkcs11.PinIncorrect):
                private.sign(DATA, mechanism=SIGN, pin=WRONG_PIN)
        with pytest.raises(pkcs11.PinLocked):
            private.sign(DATA, mechanism=SIGN, pin=USER_PIN)
    assert pin_flags(shim) & TokenFlag.USER_PIN_LOCKED


def test_keys_really_always_authenticate_count_wrong_pins_too(
    token: pkcs11.Token, p11shim_control: ShimControl
) -> None:
    p11shim_control.max_tries = 3  # the always_authenticate control stays off: SoftHSM checks
    with token.open(rw=True, user_pin=USER_PIN) as session:
        _, private = session.generate_keypair(
            KeyType.RSA, 2048, store=False, private_template={Attribute.ALWAYS_AUTHENTICATE: True}
        )
        signer = cast(SignMixin, private)
        with pytest.raises(pkcs11.PinIncorrect):
            signer.sign(DATA, mechanism=SIGN, pin=WRONG_PIN)
        assert p11shim_control.tries_left == 2
        assert len(signer.sign(DATA, mechanism=SIGN, pin=USER_PIN)) == 256
        assert p11shim_control.tries_left == 3


def test_ordinary_keys_sign_without_context_login(token: pkcs11.Token, key_pair: None) -> None:
    with token.open(user_pin=USER_PIN) as session:
        private = seal_key(session)
        assert private[Attribute.ALWAYS_AUTHENTICATE] is False
        sign_and_verify(session)


# -- isolation from direct SoftHSM users ------------------------------------------------------

_ISOLATION_PROBE = """
import os, sys, pkcs11
shim, direct_conf, shim_conf = sys.argv[1:]
os.environ["SOFTHSM2_CONF"] = direct_conf
direct = pkcs11.lib("/usr/lib/softhsm/libsofthsm2.so")  # as another test would
assert direct.get_token(token_label="OTHER")
os.environ["SOFTHSM2_CONF"] = shim_conf
through_shim = pkcs11.lib(shim)
print(sorted(t.label for t in through_shim.get_tokens() if t.label))
"""


def test_shim_gets_its_own_softhsm_instance(
    p11shim: Path, p11shim_control: ShimControl, softhsm_conf: Path, tmp_path: Path
) -> None:
    util = require_tool("softhsm2-util")
    (tmp_path / "other").mkdir()
    other_conf = tmp_path / "other.conf"
    other_conf.write_text(
        f"directories.tokendir = {tmp_path / 'other'}\nobjectstore.backend = file\n"
    )
    subprocess.run(  # noqa: S603
        [util, "--init-token", "--free", "--label", "OTHER", "--pin", USER_PIN, "--so-pin", SO_PIN],
        check=True,
        capture_output=True,
        env={**os.environ, "SOFTHSM2_CONF": str(other_conf)},
    )
    probe = subprocess.run(  # noqa: S603
        [sys.executable, "-c", _ISOLATION_PROBE, str(p11shim), str(other_conf), str(softhsm_conf)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "['T']"
