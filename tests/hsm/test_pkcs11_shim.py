"""What SoftHSM cannot show, through the p11shim proxy module around it: PIN retry
counter and lock, PIN pad, removal during signing, per-signature PIN on every key.

Needs both plugins: ``-p tests.fixtures.softhsm -p tests.fixtures.p11shim``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from crypto.errors import Cancelled, PinIncorrect, PinLocked, TokenRemoved
from crypto.tokens.base import TokenInfo
from crypto.tokens.pkcs11 import Pkcs11Signer, close_module, open_session, scan_tokens
from tests.fixtures.softhsm import PINS, TOKEN_A, ScriptedUser, SoftHsm

pytestmark = pytest.mark.hsm


class Shim:
    """The shim module path and its control files for one test."""

    def __init__(self, path: str, control: Any) -> None:
        self.path = path
        self.control = control

    def token(self, label: str = TOKEN_A) -> TokenInfo | None:
        return next((t for t in scan_tokens([self.path]) if t.label == label), None)


@pytest.fixture
def shim(softhsm: SoftHsm, p11shim: Any, p11shim_control: Any) -> Iterator[Shim]:
    path = str(p11shim)
    close_module(path)  # C_Initialize must read this test's P11SHIM_* environment
    yield Shim(path, p11shim_control)
    close_module(path)


def _sign(signer: Pkcs11Signer, data: bytes) -> bytes:
    return asyncio.run(signer.async_sign_raw(data, "sha256"))


def _verify_ec(signer: Pkcs11Signer, signature: bytes, data: bytes) -> None:
    assert signer.signing_cert is not None
    public = x509.load_der_x509_certificate(signer.signing_cert.dump()).public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    public.verify(signature, data, ec.ECDSA(hashes.SHA256()))


# --- retry counter and lock ---------------------------------------------------------------


def test_locked_token_is_refused_before_any_prompt(shim: Shim) -> None:
    shim.control.max_tries = 3
    shim.control.tries_left = 0
    token = shim.token()
    assert token is not None and token.flags.pin_locked and token.state == "pin_locked"
    user = ScriptedUser()  # any prompt fails the test
    with pytest.raises(PinLocked):
        open_session(token, user)
    with pytest.raises(PinLocked):
        open_session(token, user, pin=PINS[TOKEN_A])  # not even an explicit PIN is tried
    assert user.requests == []


def test_tries_count_down_to_the_final_try_and_lock(shim: Shim) -> None:
    shim.control.max_tries = 3
    token = shim.token()
    assert token is not None
    with pytest.raises(PinIncorrect) as first:
        open_session(token, ScriptedUser("000000"))
    assert (first.value.attempts_remaining, first.value.final_try) == (None, False)
    assert shim.token().flags.pin_count_low  # type: ignore[union-attr]

    with pytest.raises(PinIncorrect) as second:
        open_session(token, ScriptedUser("000000"))
    assert (second.value.attempts_remaining, second.value.final_try) == (1, True)
    assert "1 attempt(s) left" in str(second.value)

    warned = ScriptedUser("000000")
    with pytest.raises(PinLocked):
        open_session(token, warned)
    [request] = warned.requests  # the prompt said it was the last try
    assert request.final_try and request.attempts_remaining == 1 and request.count_low
    assert shim.control.tries_left == 0


def test_right_pin_resets_the_counter(shim: Shim) -> None:
    shim.control.max_tries = 3
    shim.control.tries_left = 1
    token = shim.token()
    assert token is not None and token.flags.pin_final_try
    with open_session(token, ScriptedUser(PINS[TOKEN_A])):
        pass
    assert shim.control.tries_left == 3


# --- PIN pad --------------------------------------------------------------------------------


def test_pin_pad_login_never_prompts(shim: Shim) -> None:
    shim.control.pinpad = PINS[TOKEN_A]
    token = shim.token()
    assert token is not None and token.flags.protected_auth_path
    user = ScriptedUser()
    with open_session(token, user) as session:
        signer = session.signer(session.select("pkcs11:object=seal-ec"))
        _verify_ec(signer, _sign(signer, b"doc"), b"doc")
    assert user.requests == [] and any("PIN pad" in m for m in user.messages)


def test_pin_pad_cancel(shim: Shim) -> None:
    from tests.fixtures.p11shim import PINPAD_CANCEL

    shim.control.pinpad = PINPAD_CANCEL
    token = shim.token()
    assert token is not None
    with pytest.raises(Cancelled):
        open_session(token, ScriptedUser())


# --- context-specific login on every key -----------------------------------------------------


def test_every_signature_asks_when_the_token_says_so(shim: Shim) -> None:
    shim.control.always_authenticate = True
    token = shim.token()
    assert token is not None
    user = ScriptedUser(PINS[TOKEN_A], "000000", PINS[TOKEN_A])
    with open_session(token, user, pin=PINS[TOKEN_A]) as session:
        info = session.select("pkcs11:object=seal-rsa")
        assert info.always_authenticate  # read from CKA_ALWAYS_AUTHENTICATE, not assumed
        signer = session.signer(info)
        public = x509.load_der_x509_certificate(info.certificate.dump()).public_key()
        assert isinstance(public, rsa.RSAPublicKey)
        public.verify(_sign(signer, b"one"), b"one", padding.PKCS1v15(), hashes.SHA256())
        with pytest.raises(PinIncorrect):
            _sign(signer, b"two")
        public.verify(_sign(signer, b"two"), b"two", padding.PKCS1v15(), hashes.SHA256())
    assert [r.context_specific for r in user.requests] == [True, True, True]


def test_every_signature_on_the_pin_pad(shim: Shim) -> None:
    shim.control.always_authenticate = True
    shim.control.pinpad = PINS[TOKEN_A]
    token = shim.token()
    assert token is not None
    user = ScriptedUser()
    with open_session(token, user) as session:
        signer = session.signer(session.select("pkcs11:object=seal-ec"))
        for data in (b"one", b"two"):
            _verify_ec(signer, _sign(signer, data), data)
    assert user.requests == []
    assert sum("PIN pad" in m for m in user.messages) == 3  # login + one per signature


# --- removal --------------------------------------------------------------------------------


def test_token_pulled_out_during_signing(shim: Shim) -> None:
    token = shim.token()
    assert token is not None
    session = open_session(token, ScriptedUser(), pin=PINS[TOKEN_A])
    signer = session.signer(session.select("pkcs11:object=seal-ec"))
    _verify_ec(signer, _sign(signer, b"before"), b"before")
    shim.control.remove_on_next_sign()
    with pytest.raises(TokenRemoved):
        _sign(signer, b"during")
    assert shim.token() is None  # a scan no longer lists it
    with pytest.raises(TokenRemoved):
        _sign(signer, b"after")
    session.close()  # closing a session on a removed token does not raise

    shim.control.removed = False  # plugged back in: a new session, a new login
    user = ScriptedUser(PINS[TOKEN_A])
    with open_session(shim.token(), user) as again:  # type: ignore[arg-type]
        signer = again.signer(again.select("pkcs11:object=seal-ec"))
        _verify_ec(signer, _sign(signer, b"again"), b"again")
    assert len(user.requests) == 1


def test_calls_run_on_the_shim_thread(shim: Shim) -> None:
    import threading

    from crypto.tokens.pkcs11 import module_worker

    worker = module_worker(shim.path)
    assert worker.thread_name.startswith("pkcs11:p11shim-")
    assert worker.submit(lambda: threading.current_thread().name).result() == worker.thread_name


def test_listing_keys_on_a_pulled_out_token(shim: Shim) -> None:
    token = shim.token()
    assert token is not None
    session = open_session(token, ScriptedUser(), pin=PINS[TOKEN_A])
    shim.control.removed = True
    with pytest.raises(TokenRemoved):
        session.certificates()  # and no unraisable error from a half-started object search
    session.close()
