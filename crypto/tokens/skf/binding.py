"""ctypes binding to a vendor's SKF library (GM/T 0016-2012, the USB-key API of Chinese CAs).

Only the calls SealDesk needs are declared: devices, applications and containers, certificates
and public keys, PIN information and verification, and ``SKF_ECCSignData`` (SM2 over a
host-computed e).  Types follow the standard: ULONG and BOOL are 32-bit, structures are packed,
coordinates and signature halves are 64-byte fields holding 32-byte values right-aligned.
Windows libraries use ``__stdcall``.  Every return code is checked here and becomes an
:class:`SkfCallError`; turning those into SealDesk's errors is the session's job.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from typing import Any

ULONG = ctypes.c_uint32
BOOL = ctypes.c_int32
HANDLE = ctypes.c_void_p

SAR_OK = 0x00000000
SAR_BUFFER_TOO_SMALL = 0x0A000020
SAR_DEVICE_REMOVED = 0x0A000023
SAR_PIN_INCORRECT = 0x0A000024
SAR_PIN_LOCKED = 0x0A000025
SAR_PIN_INVALID = 0x0A000026
SAR_PIN_LEN_RANGE = 0x0A000027
SAR_USER_NOT_LOGGED_IN = 0x0A00002D
SAR_APPLICATION_NOT_EXISTS = 0x0A00002E

#: readable names for the codes users and logs meet most
SAR_NAMES = {
    0x0A000001: "SAR_FAIL",
    0x0A000002: "SAR_UNKNOWNERR",
    0x0A000003: "SAR_NOTSUPPORTYETERR",
    0x0A000005: "SAR_INVALIDHANDLEERR",
    0x0A000006: "SAR_INVALIDPARAMERR",
    0x0A00001B: "SAR_KEYNOTFOUNTERR",
    0x0A00001C: "SAR_CERTNOTFOUNTERR",
    SAR_BUFFER_TOO_SMALL: "SAR_BUFFER_TOO_SMALL",
    SAR_DEVICE_REMOVED: "SAR_DEVICE_REMOVED",
    SAR_PIN_INCORRECT: "SAR_PIN_INCORRECT",
    SAR_PIN_LOCKED: "SAR_PIN_LOCKED",
    SAR_PIN_INVALID: "SAR_PIN_INVALID",
    SAR_PIN_LEN_RANGE: "SAR_PIN_LEN_RANGE",
    SAR_USER_NOT_LOGGED_IN: "SAR_USER_NOT_LOGGED_IN",
    SAR_APPLICATION_NOT_EXISTS: "SAR_APPLICATION_NOT_EXISTS",
}

USER_PIN = 1
CONTAINER_ECC = 2


class DevInfo(ctypes.Structure):
    _pack_ = 1
    _fields_ = [
        ("version", ctypes.c_uint8 * 2),
        ("manufacturer", ctypes.c_char * 64),
        ("issuer", ctypes.c_char * 64),
        ("label", ctypes.c_char * 32),
        ("serial", ctypes.c_char * 32),
        ("hw_version", ctypes.c_uint8 * 2),
        ("firmware_version", ctypes.c_uint8 * 2),
        ("caps", ULONG * 8),
        ("reserved", ctypes.c_uint8 * 64),
    ]


class EccPublicKeyBlob(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("bits", ULONG), ("x", ctypes.c_uint8 * 64), ("y", ctypes.c_uint8 * 64)]


class EccSignatureBlob(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("r", ctypes.c_uint8 * 64), ("s", ctypes.c_uint8 * 64)]


class SkfCallError(Exception):
    """An SKF call returned something other than SAR_OK."""

    def __init__(self, call: str, code: int, retry: int | None = None) -> None:
        self.call, self.code, self.retry = call, code, retry
        super().__init__(f"{call} returned {self.code_name}")

    @property
    def code_name(self) -> str:
        return SAR_NAMES.get(self.code, f"0x{self.code:08X}")


_P = ctypes.POINTER
_SIGNATURES: dict[str, tuple[Any, ...]] = {
    "SKF_EnumDev": (BOOL, ctypes.c_char_p, _P(ULONG)),
    "SKF_ConnectDev": (ctypes.c_char_p, _P(HANDLE)),
    "SKF_DisConnectDev": (HANDLE,),
    "SKF_GetDevInfo": (HANDLE, _P(DevInfo)),
    "SKF_EnumApplication": (HANDLE, ctypes.c_char_p, _P(ULONG)),
    "SKF_OpenApplication": (HANDLE, ctypes.c_char_p, _P(HANDLE)),
    "SKF_CloseApplication": (HANDLE,),
    "SKF_GetPINInfo": (HANDLE, ULONG, _P(ULONG), _P(ULONG), _P(BOOL)),
    "SKF_VerifyPIN": (HANDLE, ULONG, ctypes.c_char_p, _P(ULONG)),
    "SKF_ClearSecureState": (HANDLE,),
    "SKF_EnumContainer": (HANDLE, ctypes.c_char_p, _P(ULONG)),
    "SKF_OpenContainer": (HANDLE, ctypes.c_char_p, _P(HANDLE)),
    "SKF_CloseContainer": (HANDLE,),
    "SKF_GetContainerType": (HANDLE, _P(ULONG)),
    "SKF_ExportCertificate": (HANDLE, BOOL, ctypes.c_char_p, _P(ULONG)),
    "SKF_ExportPublicKey": (HANDLE, BOOL, ctypes.c_char_p, _P(ULONG)),
    "SKF_ECCSignData": (HANDLE, ctypes.c_char_p, ULONG, _P(EccSignatureBlob)),
}


class SkfLibrary:
    """One loaded SKF library.  Not thread-safe: call it from one thread (the session's)."""

    def __init__(self, path: Path) -> None:
        loader = ctypes.WinDLL if sys.platform == "win32" else ctypes.CDLL  # type: ignore[attr-defined]
        self.path = path
        self._lib = loader(str(path))  # OSError when missing or of the wrong architecture
        self._fns: dict[str, Any] = {}
        for name, argtypes in _SIGNATURES.items():
            fn = getattr(self._lib, name)  # AttributeError: not an SKF library
            fn.argtypes = list(argtypes)
            fn.restype = ULONG
            self._fns[name] = fn

    def call(self, name: str, *args: Any) -> None:
        """Call ``name``; raise SkfCallError unless it returns SAR_OK."""
        code = int(self._fns[name](*args))
        if code != SAR_OK:
            raise SkfCallError(name, code)

    def names(self, name: str, *args: Any) -> list[str]:
        """A list-returning call (``szNameList``/``pulSize``): the names, in order."""
        raw = self.sized(name, *args)
        return [part.decode("utf-8", "replace") for part in raw.split(b"\0") if part]

    def sized(self, name: str, *args: Any) -> bytes:
        """The GM/T 0016 size protocol: ask for the size with a NULL buffer, then fetch."""
        size = ULONG(0)
        self.call(name, *args, None, ctypes.byref(size))
        for _ in range(3):  # the value may grow between the two calls (a device plugged in)
            buf = ctypes.create_string_buffer(max(int(size.value), 1))
            size = ULONG(len(buf))
            try:
                self.call(name, *args, buf, ctypes.byref(size))
            except SkfCallError as exc:
                if exc.code == SAR_BUFFER_TOO_SMALL:
                    continue
                raise
            return buf.raw[: int(size.value)]
        raise SkfCallError(name, SAR_BUFFER_TOO_SMALL)


def signature_der(blob: EccSignatureBlob) -> bytes:
    """An ECCSIGNATUREBLOB as the DER SEQUENCE { r, s } CMS carries."""
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    r = int.from_bytes(bytes(blob.r), "big")
    s = int.from_bytes(bytes(blob.s), "big")
    return encode_dss_signature(r, s)


def public_point(blob: EccPublicKeyBlob) -> bytes:
    """x‖y (64 bytes) of an ECCPUBLICKEYBLOB for a 256-bit key."""
    return bytes(blob.x)[32:] + bytes(blob.y)[32:]


def text(raw: bytes) -> str:
    """A fixed-size, NUL-padded CHAR field."""
    return raw.split(b"\0", 1)[0].decode("utf-8", "replace").strip()


__all__ = [
    "CONTAINER_ECC",
    "DevInfo",
    "EccPublicKeyBlob",
    "EccSignatureBlob",
    "SkfCallError",
    "SkfLibrary",
    "USER_PIN",
    "public_point",
    "signature_der",
    "text",
]
