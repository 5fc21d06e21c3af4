"""SM2 signatures (GB/T 32918) over SM3 (GB/T 32905): the only module that calls the SM2 library.

The curve arithmetic, the nonce and the signature itself come from **gmssl-pyx** (a C extension
around GmSSL, see ``crypto/sm/README.md`` for why): ``sm2_sign_sm3_digest`` draws k from
``/dev/urandom`` (Windows: ``CryptGenRandom``; macOS: ``SecRandomCopyBytes``).  What stays
here is the part every key source shares: the signer's hash Z = SM3(ENTL‖ID‖a‖b‖xG‖yG‖xA‖yA)
and e = SM3(Z‖M) (GB/T 32918.2 §6.1), computed on the host so that a soft key, an SKF USB key
and a PKCS#11 token all sign the same ``e``.  SM3 itself comes from ``cryptography``.

Before the first signature the library is checked once: two signatures over one digest must
carry different r (a broken random source would repeat k and give the key away).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from asn1crypto import keys
from cryptography.hazmat.primitives import hashes

from crypto import errors
from crypto.errors import Text
from crypto.sm.oids import is_sm2_curve

#: the signer ID of GM/T 0009 / GB/T 35276 that certificates and CMS use unless agreed otherwise
DEFAULT_SIGNER_ID = b"1234567812345678"
MAX_SIGNER_ID = 8191  # ENTL is the ID's length in *bits* in two bytes

# GB/T 32918.5 recommended curve (sm2p256v1)
_A = bytes.fromhex("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC")
_B = bytes.fromhex("28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93")
_GX = bytes.fromhex("32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7")
_GY = bytes.fromhex("BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0")
ORDER = int("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123", 16)

_lock = threading.Lock()
_stderr_lock = threading.Lock()
_checked = False


def sm3(data: bytes) -> bytes:
    """SM3 digest (32 bytes)."""
    h = hashes.Hash(hashes.SM3())
    h.update(data)
    return h.finalize()


def za(public_xy: bytes, signer_id: bytes = DEFAULT_SIGNER_ID) -> bytes:
    """Z_A: the SM3 hash of the signer's ID, the curve and the public key (GB/T 32918.2 §5.5)."""
    if len(public_xy) != 64:
        raise ValueError("an SM2 public key is 64 bytes (x‖y)")
    if not signer_id or len(signer_id) > MAX_SIGNER_ID:
        raise ValueError("the SM2 signer ID must be 1 to 8191 bytes")
    entl = (len(signer_id) * 8).to_bytes(2, "big")
    return sm3(entl + signer_id + _A + _B + _GX + _GY + public_xy)


def message_digest(public_xy: bytes, message: bytes, signer_id: bytes = DEFAULT_SIGNER_ID) -> bytes:
    """e = SM3(Z_A‖M): the value an SM2 key signs for message ``message``."""
    return sm3(za(public_xy, signer_id) + message)


def public_point(public_key: keys.PublicKeyInfo) -> bytes:
    """The 64-byte x‖y of an SM2 subject public key (compressed points are expanded)."""
    if not is_sm2_curve(public_key):
        raise ValueError("not an SM2 public key")
    point = bytes(public_key["public_key"].native)
    if len(point) == 65 and point[0] == 4:
        return point[1:]
    if len(point) == 33 and point[0] in (2, 3):
        return bytes(_library().normalize_sm2_public_key(point))
    raise ValueError("malformed SM2 public key point")


def sign_digest(private_scalar: bytes, e: bytes) -> bytes:
    """A DER SM2 signature (r, s) over ``e`` with a fresh random k from the library."""
    lib = _library()
    _self_check(lib)
    return _sign(lib, private_scalar, e)


def verify_digest(public_xy: bytes, e: bytes, signature: bytes) -> bool:
    """Whether ``signature`` (DER) is a valid SM2 signature over ``e`` for ``public_xy``."""
    lib = _library()
    try:
        with _quiet_stderr():
            return bool(lib.sm2_verify_sm3_digest(public_xy, e, signature))
    except lib.InvalidValueError:
        return False  # a point off the curve, a malformed signature …


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """GmSSL prints a trace to the C stderr when a signature does not verify; here that is an
    answer (another signer ID is tried next, a forged file is reported), not an error to show.
    For the fraction of a millisecond of the call, file descriptor 2 goes to the null device."""
    with _stderr_lock:
        try:
            saved = os.dup(2)
        except OSError:  # no stderr at all (a GUI started without a console)
            saved = -1
        try:
            if saved >= 0:
                null = os.open(os.devnull, os.O_WRONLY)
                try:
                    os.dup2(null, 2)
                finally:
                    os.close(null)
            yield
        finally:
            if saved >= 0:
                os.dup2(saved, 2)
                os.close(saved)


def check_private_scalar(private_scalar: bytes) -> None:
    """Raise ValueError unless ``private_scalar`` is a valid SM2 private key (1 ≤ d ≤ n−2)."""
    d = int.from_bytes(private_scalar, "big")
    if len(private_scalar) != 32 or not 1 <= d <= ORDER - 2:
        raise ValueError("the SM2 private key is out of range")


def _sign(lib: Any, private_scalar: bytes, e: bytes) -> bytes:
    if len(e) != 32:
        raise ValueError("SM2 signs a 32-byte SM3 value")
    try:
        return bytes(lib.sm2_sign_sm3_digest(private_scalar, e))
    except (lib.InvalidValueError, lib.GmsslInnerError) as exc:
        raise errors.Sm2LibraryError(detail=str(exc)) from exc


def _self_check(lib: Any) -> None:
    """Once per process: the library's nonces must differ between two signatures."""
    global _checked
    if _checked:
        return
    with _lock:
        if _checked:
            return
        public_xy, private_scalar = lib.sm2_key_generate()
        e = sm3(b"SealDesk SM2 nonce check")
        first, second = _sign(lib, private_scalar, e), _sign(lib, private_scalar, e)
        if first == second or _r(first) == _r(second):
            raise errors.Sm2LibraryError(detail=Text("the random number generator repeats"))
        if not (verify_digest(public_xy, e, first) and verify_digest(public_xy, e, second)):
            raise errors.Sm2LibraryError(detail=Text("its own signatures do not verify"))
        _checked = True


def _r(signature: bytes) -> int:
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    r, _ = decode_dss_signature(signature)
    return int(r)


def _library() -> ModuleType:
    """gmssl_pyx, or a user-facing error saying how to get it."""
    try:
        import gmssl_pyx
    except ImportError as exc:
        raise errors.Sm2Unavailable(detail=str(exc)) from exc
    module: ModuleType = gmssl_pyx
    return module


def library_version() -> str:
    """The SM2 library and its version, for reports and benchmarks."""
    return f"gmssl-pyx {_library().__version__}"


__all__ = [
    "DEFAULT_SIGNER_ID",
    "ORDER",
    "check_private_scalar",
    "library_version",
    "message_digest",
    "public_point",
    "sign_digest",
    "sm3",
    "verify_digest",
    "za",
]
