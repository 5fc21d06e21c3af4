"""Where the PKCS#11 backend ends: python-pkcs11 exceptions become SealDesk token errors.

Nothing above this package sees a ``pkcs11`` exception.  The caller passes what we know
about the token's state (fresh CK_TOKEN_INFO flags, whether it is still present), because a
module says "CKR_PIN_INCORRECT" without saying how many tries are left.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pkcs11.exceptions as p11

from crypto.errors import (
    Cancelled,
    ModuleNotFound,
    NoToken,
    PinIncorrect,
    PinInvalid,
    PinLocked,
    SealDeskError,
    Text,
    TokenError,
    TokenRemoved,
)
from crypto.tokens.base import TokenFlags
from crypto.tokens.pkcs11.binfmt import load_problem

# exceptions meaning our session (or the whole device) is gone
_GONE = (p11.DeviceRemoved, p11.TokenNotPresent, p11.SessionHandleInvalid, p11.SessionClosed)

# CK_RV values the raw C_Login / C_GetTokenInfo path returns -> python-pkcs11 exception types
RV_EXCEPTIONS: dict[int, type[p11.PKCS11Error]] = {
    0x30: p11.DeviceError,
    0x31: p11.DeviceMemory,
    0x32: p11.DeviceRemoved,
    0x50: p11.FunctionCancelled,
    0x54: p11.FunctionNotSupported,
    0x7: p11.ArgumentsBad,
    0xA0: p11.PinIncorrect,
    0xA1: p11.PinInvalid,
    0xA2: p11.PinLenRange,
    0xA3: p11.PinExpired,
    0xA4: p11.PinLocked,
    0xB0: p11.SessionClosed,
    0xB3: p11.SessionHandleInvalid,
    0xE0: p11.TokenNotPresent,
    0xE1: p11.TokenNotRecognised,
    0x100: p11.UserAlreadyLoggedIn,
    0x101: p11.UserNotLoggedIn,
    0x102: p11.UserPinNotInitialized,
    0x104: p11.AnotherUserAlreadyLoggedIn,
    0x105: p11.UserTooManyTypes,
    0x6: p11.FunctionFailed,
    0x5: p11.GeneralError,
}


def exception_for_rv(rv: int) -> p11.PKCS11Error:
    """The python-pkcs11 exception for a CK_RV, so raw calls share the one translation."""
    kind = RV_EXCEPTIONS.get(rv)
    if kind is None:
        return p11.PKCS11Error(f"CK_RV {rv:#x}")
    return kind()


def translate(
    exc: BaseException,
    *,
    flags: Callable[[], TokenFlags | None] | None = None,
    present: Callable[[], bool] | None = None,
) -> BaseException:
    """The SealDesk error for a python-pkcs11 exception (others are returned unchanged).

    ``flags`` reads CK_TOKEN_INFO again (after a failed login the counters have moved);
    ``present`` says whether the token is still in its slot (after a device error).
    """
    if isinstance(exc, SealDeskError) or not isinstance(exc, p11.PKCS11Error):
        return exc
    if isinstance(exc, p11.PinIncorrect):
        state = _safe(flags)
        if state is not None and state.pin_locked:
            return PinLocked()
        final = state is not None and state.pin_final_try
        return PinIncorrect(attempts_remaining=1 if final else None, final_try=final)
    if isinstance(exc, p11.PinLocked):
        return PinLocked()
    if isinstance(exc, (p11.PinLenRange, p11.PinInvalid)):
        if isinstance(exc, p11.PinLenRange):
            return PinInvalid(detail=Text("wrong length"))
        return PinInvalid(detail=Text("invalid characters"))
    if isinstance(exc, p11.PinExpired):
        return TokenError(
            detail=Text("the PIN has expired"),
            todo="Change the PIN with the token vendor's tool, then sign again.",
        )
    if isinstance(exc, p11.UserPinNotInitialized):
        return TokenError(
            detail=Text("the token has no user PIN yet"),
            todo="Set the user PIN with the token vendor's tool first.",
        )
    if isinstance(exc, p11.UserNotLoggedIn):
        return TokenError(
            detail=Text("the token is no longer logged in"),
            todo="Open the token again (re-enter the PIN) and sign again.",
        )
    if isinstance(exc, p11.FunctionCancelled):
        return Cancelled()
    if isinstance(exc, _GONE):
        return TokenRemoved()
    if isinstance(exc, p11.DeviceError) and present is not None and not _safe_bool(present):
        return TokenRemoved()
    if isinstance(exc, p11.NoSuchToken):
        return NoToken()
    return TokenError(detail=_describe(exc))


@contextmanager
def translated(
    *,
    flags: Callable[[], TokenFlags | None] | None = None,
    present: Callable[[], bool] | None = None,
) -> Iterator[None]:
    """Run a block of python-pkcs11 calls and raise SealDesk errors instead of theirs."""
    try:
        yield
    except p11.PKCS11Error as exc:
        raise translate(exc, flags=flags, present=present) from exc


def module_load_error(path: str, exc: BaseException | None = None) -> ModuleNotFound:
    """ModuleNotFound with the most useful reason: missing file, wrong architecture, loader text."""
    if not os.path.exists(path):
        return ModuleNotFound(path=path, detail=Text("file does not exist"))
    problem = load_problem(path)
    if problem is not None:
        return ModuleNotFound(path=path, detail=problem)
    if exc is None:
        return ModuleNotFound(path=path, detail=Text("unknown reason"))
    text = str(exc)
    if "C_GetFunctionList" in text:
        return ModuleNotFound(
            path=path, detail=Text("not a PKCS#11 driver: it has no C_GetFunctionList")
        )
    # python-pkcs11 wraps the loader's message as "OS exception while loading P: P: reason"
    for prefix in (f"OS exception while loading {path}: ", f"{path}: "):
        text = text.removeprefix(prefix)
    return ModuleNotFound(path=path, detail=text.strip() or _describe(exc))


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    name = type(exc).__name__
    return f"{name}: {text}" if text and text != name else name


def _safe(read: Callable[[], TokenFlags | None] | None) -> TokenFlags | None:
    if read is None:
        return None
    try:
        return read()
    except Exception:  # noqa: BLE001 - a failing probe must not hide the original error
        return None


def _safe_bool(read: Callable[[], bool]) -> bool:
    try:
        return read()
    except Exception:  # noqa: BLE001
        return False
