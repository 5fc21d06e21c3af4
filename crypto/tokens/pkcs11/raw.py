"""The few PKCS#11 calls made straight through the module's function list (ctypes).

python-pkcs11 covers everything else, but:

* ``Token.open(user_pin=...)`` opens a session and then calls C_Login; when the PIN is wrong
  the exception escapes before the session object exists, so the session leaks (one per
  wrong PIN, until the token refuses new sessions).  We open the session first and log in
  on it here, so a failed login can close it.
* ``Token.label`` is decoded as UTF-8 with replacement characters; Chinese middleware often
  writes GBK labels.  C_GetTokenInfo here gives the raw bytes (and always fresh flags).
* A failed C_FindObjectsInit leaves python-pkcs11's search object "active", and its
  ``__del__`` raises again (an unraisable exception).  C_GetSessionInfo here checks the session
  first, so a pulled-out token is reported as TokenRemoved before any search starts.
* A key with CKA_ALWAYS_AUTHENTICATE needs C_Login(CKU_CONTEXT_SPECIFIC) between C_SignInit
  and C_Sign.  python-pkcs11 can only pass a typed PIN there; a PIN pad needs a NULL PIN, so
  those signatures run C_SignInit / C_Login / C_Sign here.
* Vendor-defined mechanisms (SM2 on Chinese tokens) are plain numbers: C_SignInit / C_Sign
  here, with no parameter structure to guess.

The module is the same loaded image python-pkcs11 uses (dlopen/LoadLibrary of the same path
returns the same handle), so sessions and login state are shared.  Only the module's worker
thread calls these.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass

from crypto.tokens.base import TokenFlags
from crypto.tokens.pkcs11.errors import exception_for_rv

CK_ULONG = ctypes.c_ulong  # "unsigned long" on every platform, 32-bit on Windows
CK_RV = CK_ULONG
CKU_USER = 1
CKU_CONTEXT_SPECIFIC = 2
CKR_USER_ALREADY_LOGGED_IN = 0x100
CKR_USER_NOT_LOGGED_IN = 0x101
CKR_BUFFER_TOO_SMALL = 0x150

# CK_TOKEN_INFO flags
CKF_LOGIN_REQUIRED = 0x4
CKF_TOKEN_INITIALIZED = 0x400
CKF_USER_PIN_INITIALIZED = 0x8
CKF_PROTECTED_AUTHENTICATION_PATH = 0x100
CKF_USER_PIN_COUNT_LOW = 0x10000
CKF_USER_PIN_FINAL_TRY = 0x20000
CKF_USER_PIN_LOCKED = 0x40000
CKF_USER_PIN_TO_BE_CHANGED = 0x80000

_PACK = 1 if sys.platform == "win32" else 0  # cryptoki structures are byte-packed on Windows


class _Version(ctypes.Structure):
    if _PACK:
        _pack_ = _PACK
    _fields_ = [("major", ctypes.c_ubyte), ("minor", ctypes.c_ubyte)]


class _TokenInfo(ctypes.Structure):
    if _PACK:
        _pack_ = _PACK
    _fields_ = [
        ("label", ctypes.c_ubyte * 32),
        ("manufacturerID", ctypes.c_ubyte * 32),
        ("model", ctypes.c_ubyte * 16),
        ("serialNumber", ctypes.c_ubyte * 16),
        ("flags", CK_ULONG),
        ("ulMaxSessionCount", CK_ULONG),
        ("ulSessionCount", CK_ULONG),
        ("ulMaxRwSessionCount", CK_ULONG),
        ("ulRwSessionCount", CK_ULONG),
        ("ulMaxPinLen", CK_ULONG),
        ("ulMinPinLen", CK_ULONG),
        ("ulTotalPublicMemory", CK_ULONG),
        ("ulFreePublicMemory", CK_ULONG),
        ("ulTotalPrivateMemory", CK_ULONG),
        ("ulFreePrivateMemory", CK_ULONG),
        ("hardwareVersion", _Version),
        ("firmwareVersion", _Version),
        ("utcTime", ctypes.c_ubyte * 16),
    ]


class _Mechanism(ctypes.Structure):
    if _PACK:
        _pack_ = _PACK
    _fields_ = [("mechanism", CK_ULONG), ("pParameter", ctypes.c_void_p),
                ("ulParameterLen", CK_ULONG)]


class _SessionInfo(ctypes.Structure):
    if _PACK:
        _pack_ = _PACK
    _fields_ = [("slotID", CK_ULONG), ("state", CK_ULONG), ("flags", CK_ULONG),
                ("ulDeviceError", CK_ULONG)]


class _PssParams(ctypes.Structure):
    if _PACK:
        _pack_ = _PACK
    _fields_ = [("hashAlg", CK_ULONG), ("mgf", CK_ULONG), ("sLen", CK_ULONG)]


@dataclass(frozen=True)
class RawTokenInfo:
    """CK_TOKEN_INFO with text decoded (UTF-8, else GB 18030) and blank padding removed."""

    label: str
    manufacturer: str
    model: str
    serial: str
    flags: int
    min_pin_len: int
    max_pin_len: int

    @property
    def initialized(self) -> bool:
        """False for a blank token (e.g. SoftHSM's spare slot): nothing to sign with there."""
        return bool(self.flags & CKF_TOKEN_INITIALIZED)

    def token_flags(self) -> TokenFlags:
        """The flags SealDesk cares about, as a TokenFlags."""
        f = self.flags
        return TokenFlags(
            token_present=True,
            login_required=bool(f & CKF_LOGIN_REQUIRED),
            protected_auth_path=bool(f & CKF_PROTECTED_AUTHENTICATION_PATH),
            user_pin_initialized=bool(f & CKF_USER_PIN_INITIALIZED),
            pin_count_low=bool(f & CKF_USER_PIN_COUNT_LOW),
            pin_final_try=bool(f & CKF_USER_PIN_FINAL_TRY),
            pin_locked=bool(f & CKF_USER_PIN_LOCKED),
            pin_to_be_changed=bool(f & CKF_USER_PIN_TO_BE_CHANGED),
        )


def decode_text(raw: bytes) -> str:
    """Decode a blank-padded PKCS#11 text field; Chinese middleware often writes GBK."""
    raw = raw.rstrip(b"\0 ")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")  # pragma: no cover - gb18030 decodes any bytes


class RawModule:
    """C_GetTokenInfo, C_Login and C_Logout of one loaded module."""

    def __init__(self, path: str) -> None:
        self._dll = ctypes.CDLL(path)
        get_list = self._dll.C_GetFunctionList
        get_list.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
        get_list.restype = CK_RV
        table = ctypes.c_void_p()
        _check(get_list(ctypes.byref(table)))
        if not table.value:
            raise exception_for_rv(0x5)
        # CK_FUNCTION_LIST: a CK_VERSION, then the function pointers in the standard's order
        offset = 2 if _PACK else ctypes.sizeof(ctypes.c_void_p)
        functions = (ctypes.c_void_p * 46).from_address(table.value + offset)
        self._get_token_info = ctypes.CFUNCTYPE(CK_RV, CK_ULONG, ctypes.POINTER(_TokenInfo))(
            _entry(functions, 6)
        )
        self._login = ctypes.CFUNCTYPE(
            CK_RV, CK_ULONG, CK_ULONG, ctypes.c_void_p, CK_ULONG
        )(_entry(functions, 18))
        self._logout = ctypes.CFUNCTYPE(CK_RV, CK_ULONG)(_entry(functions, 19))
        self._session_info = ctypes.CFUNCTYPE(CK_RV, CK_ULONG, ctypes.POINTER(_SessionInfo))(
            _entry(functions, 15)
        )
        self._sign_init = ctypes.CFUNCTYPE(
            CK_RV, CK_ULONG, ctypes.POINTER(_Mechanism), CK_ULONG
        )(_entry(functions, 42))
        self._sign = ctypes.CFUNCTYPE(
            CK_RV, CK_ULONG, ctypes.c_char_p, CK_ULONG, ctypes.c_void_p, ctypes.POINTER(CK_ULONG)
        )(_entry(functions, 43))

    def token_info(self, slot_id: int) -> RawTokenInfo:
        """C_GetTokenInfo, read fresh every time (PIN counters change behind our back)."""
        info = _TokenInfo()
        _check(self._get_token_info(slot_id, ctypes.byref(info)))
        return RawTokenInfo(
            label=decode_text(bytes(info.label)),
            manufacturer=decode_text(bytes(info.manufacturerID)),
            model=decode_text(bytes(info.model)),
            serial=decode_text(bytes(info.serialNumber)),
            flags=int(info.flags),
            min_pin_len=int(info.ulMinPinLen),
            max_pin_len=int(info.ulMaxPinLen),
        )

    def login(self, session: int, pin: str | None, *, user_type: int = CKU_USER) -> bool:
        """C_Login on an open session; pin None uses the PIN pad.  False if already logged in."""
        if pin is None:
            rv = self._login(session, user_type, None, 0)
        else:
            data = pin.encode("utf-8")
            buffer = ctypes.create_string_buffer(data, len(data))
            try:
                rv = self._login(session, user_type, ctypes.addressof(buffer), len(data))
            finally:
                ctypes.memset(buffer, 0, len(data))  # our copy at least does not linger
        if rv == CKR_USER_ALREADY_LOGGED_IN:
            return False
        _check(rv)
        return True

    def sign_with_context_login(
        self,
        session: int,
        key: int,
        mechanism: int,
        pss: tuple[int, int, int] | None,
        data: bytes,
        pin: str | None,
    ) -> bytes:
        """C_SignInit, C_Login(CKU_CONTEXT_SPECIFIC) with ``pin`` (None: PIN pad), C_Sign."""
        mech = _Mechanism(mechanism, None, 0)
        params = _PssParams(*pss) if pss else None
        if params is not None:
            mech.pParameter = ctypes.addressof(params)
            mech.ulParameterLen = ctypes.sizeof(params)
        _check(self._sign_init(session, ctypes.byref(mech), key))
        try:
            self.login(session, pin, user_type=CKU_CONTEXT_SPECIFIC)
        except BaseException:
            self._finish(session, b"")  # PKCS#11 2.x cannot cancel: end it, signing nothing
            raise
        return self._finish(session, data, check=True)

    def sign(self, session: int, key: int, mechanism: int, data: bytes) -> bytes:
        """C_SignInit + C_Sign with a mechanism number python-pkcs11 may not know (vendor
        mechanisms, e.g. SM2), no parameters."""
        _check(self._sign_init(session, ctypes.byref(_Mechanism(mechanism, None, 0)), key))
        return self._finish(session, data, check=True)

    def _finish(self, session: int, data: bytes, *, check: bool = False) -> bytes:
        size = CK_ULONG(1024)
        for _ in range(2):
            out = ctypes.create_string_buffer(size.value)
            rv = self._sign(session, data, len(data), ctypes.addressof(out), ctypes.byref(size))
            if rv != CKR_BUFFER_TOO_SMALL:
                break
        if check:
            _check(rv)
        return out.raw[: size.value]

    def check_session(self, session: int) -> None:
        """C_GetSessionInfo: raises (DeviceRemoved, SessionHandleInvalid...) if it is gone."""
        info = _SessionInfo()
        _check(self._session_info(session, ctypes.byref(info)))

    def logout(self, session: int) -> None:
        """C_Logout; a session that is not logged in is fine."""
        rv = self._logout(session)
        if rv != CKR_USER_NOT_LOGGED_IN:
            _check(rv)


def _entry(functions: ctypes.Array[ctypes.c_void_p], index: int) -> int:
    address = functions[index]
    if not address:
        raise exception_for_rv(0x54)  # CKR_FUNCTION_NOT_SUPPORTED: a NULL slot in the table
    return int(address)


def _check(rv: int) -> None:
    if rv != 0:
        raise exception_for_rv(rv)
