"""python-pkcs11 exceptions become SealDesk token errors where the backend ends.

The token state a module does not put in its return value (tries left, lock, presence) comes
from the fresh CK_TOKEN_INFO read the caller passes in; here that read is given as data.
Real-module paths (wrong PIN, closed session) are covered in test_pkcs11_tokens.py and
test_pkcs11_sign.py.
"""

from __future__ import annotations

import pkcs11.exceptions as p11
import pytest

from crypto.errors import (
    Cancelled,
    NoToken,
    PinIncorrect,
    PinInvalid,
    PinLocked,
    TokenError,
    TokenRemoved,
)
from crypto.tokens.base import TokenFlags
from crypto.tokens.pkcs11.errors import exception_for_rv, translate, translated

pytestmark = pytest.mark.unit


def test_wrong_pin_with_tries_left_unknown() -> None:
    error = translate(p11.PinIncorrect(), flags=lambda: TokenFlags(pin_count_low=True))
    assert isinstance(error, PinIncorrect)
    assert error.attempts_remaining is None and not error.final_try


def test_wrong_pin_before_the_last_try() -> None:
    error = translate(p11.PinIncorrect(), flags=lambda: TokenFlags(pin_final_try=True))
    assert isinstance(error, PinIncorrect)
    assert error.attempts_remaining == 1 and error.final_try
    assert "1 attempt(s) left" in str(error)


def test_wrong_pin_that_locked_the_token() -> None:
    assert isinstance(translate(p11.PinIncorrect(), flags=lambda: TokenFlags(pin_locked=True)),
                      PinLocked)


def test_a_failing_flag_read_does_not_hide_the_wrong_pin() -> None:
    def broken() -> TokenFlags:
        raise p11.DeviceRemoved()

    assert isinstance(translate(p11.PinIncorrect(), flags=broken), PinIncorrect)


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (p11.PinLocked(), PinLocked),
        (p11.PinLenRange(), PinInvalid),
        (p11.PinInvalid(), PinInvalid),
        (p11.DeviceRemoved(), TokenRemoved),
        (p11.TokenNotPresent(), TokenRemoved),
        (p11.SessionHandleInvalid(), TokenRemoved),
        (p11.SessionClosed(), TokenRemoved),
        (p11.NoSuchToken(), NoToken),
        (p11.FunctionCancelled(), Cancelled),  # cancel on a PIN pad
        (p11.MechanismInvalid(), TokenError),
    ],
)
def test_mapping(exc: p11.PKCS11Error, expected: type) -> None:
    assert type(translate(exc)) is expected


def test_device_error_is_removal_only_when_the_token_is_gone() -> None:
    assert isinstance(translate(p11.DeviceError(), present=lambda: False), TokenRemoved)
    still_there = translate(p11.DeviceError(), present=lambda: True)
    assert type(still_there) is TokenError
    assert "DeviceError" in str(still_there)


def test_other_exceptions_pass_through() -> None:
    error = ValueError("ours")
    assert translate(error) is error


def test_translated_block_raises_ours_with_the_cause() -> None:
    with pytest.raises(TokenRemoved) as info, translated():
        raise p11.DeviceRemoved()
    assert isinstance(info.value.__cause__, p11.DeviceRemoved)


def test_raw_return_values_share_the_mapping() -> None:
    assert type(translate(exception_for_rv(0xA0))) is PinIncorrect  # CKR_PIN_INCORRECT
    assert type(translate(exception_for_rv(0xA4))) is PinLocked
    assert type(translate(exception_for_rv(0x32))) is TokenRemoved
    unknown = translate(exception_for_rv(0x12345))
    assert type(unknown) is TokenError and "0x12345" in str(unknown)
