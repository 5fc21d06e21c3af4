"""PKCS#12 (.p12/.pfx) files holding an SM2 key, which ``cryptography`` refuses to open.

The PFX structure is read with asn1crypto's RFC 7292 classes; the password is checked with the
file's MAC before anything is decrypted (so a wrong password is reported as such, not as a
damaged file), then the safes and the shrouded key bag are decrypted (:mod:`crypto.sm.pbe`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from asn1crypto import cms, x509
from asn1crypto import pkcs12 as p12

from crypto.errors import Text
from crypto.sm import pbe
from crypto.sm.keys import KeyProblem, Sm2PrivateKey, from_pkcs8

_MAX_NESTING = 4


@dataclass(frozen=True)
class Pkcs12Contents:
    """The key and every certificate of a PKCS#12 file (leaf not yet chosen)."""

    key: Sm2PrivateKey
    certificates: tuple[x509.Certificate, ...]


def read_pkcs12(data: bytes, password: bytes | None) -> Pkcs12Contents:
    """The SM2 key and the certificates in ``data``; KeyProblem when that cannot be had."""
    try:
        pfx = p12.Pfx.load(data, strict=True)
        auth_safe = pfx["auth_safe"]
        if auth_safe["content_type"].native != "data":
            raise KeyProblem(Text("public-key protected PKCS#12 files are not supported"))
        content = bytes(auth_safe["content"].native)
        safes = list(pfx.authenticated_safe)
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyProblem(Text("not a PKCS#12 file")) from exc
    raw_password = _check_password(pfx, content, password)
    keys: list[Sm2PrivateKey] = []
    certs: list[x509.Certificate] = []
    try:
        for safe in safes:
            for bag in _bags(_open_safe(safe, raw_password), 0):
                _take(bag, raw_password, keys, certs)
    except pbe.UnsupportedEncryption as exc:
        raise KeyProblem(exc.detail) from exc
    except pbe.DecryptionFailed as exc:
        raise KeyProblem(Text("wrong password or damaged file"), wrong_password=True) from exc
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyProblem(Text("the PKCS#12 file is damaged")) from exc
    if not keys:
        raise KeyProblem(Text("no private key in the file"))
    if len(keys) > 1:
        raise KeyProblem(Text("the file holds several private keys"))
    return Pkcs12Contents(keys[0], tuple(certs))


def _check_password(pfx: p12.Pfx, content: bytes, password: bytes | None) -> bytes | None:
    """The password form that opens the file (OpenSSL tries "" and no password alike)."""
    mac_data = pfx["mac_data"]
    if mac_data.native is None:
        return password
    candidates: list[bytes | None] = [password] if password is not None else [b"", None]
    for candidate in candidates:
        try:
            if pbe.check_pkcs12_mac(mac_data, content, pbe.bmp_password(candidate)):
                return candidate
        except pbe.UnsupportedEncryption as exc:
            raise KeyProblem(exc.detail) from exc
    raise KeyProblem(Text("wrong password or damaged file"), wrong_password=True)


def _open_safe(safe: cms.ContentInfo, password: bytes | None) -> p12.SafeContents:
    kind = safe["content_type"].native
    if kind == "data":
        return p12.SafeContents.load(bytes(safe["content"].native))
    if kind == "encrypted_data":
        info = safe["content"]["encrypted_content_info"]
        plain = pbe.decrypt(
            info["content_encryption_algorithm"], info["encrypted_content"].native, password
        )
        return p12.SafeContents.load(plain)
    raise KeyProblem(Text("the PKCS#12 file uses an unsupported protection ({kind})", kind=kind))


def _bags(contents: p12.SafeContents, depth: int) -> Iterator[p12.SafeBag]:
    for bag in contents:
        if bag["bag_id"].native == "safe_contents" and depth < _MAX_NESTING:
            yield from _bags(bag["bag_value"], depth + 1)
        else:
            yield bag


def _take(
    bag: p12.SafeBag,
    password: bytes | None,
    keys: list[Sm2PrivateKey],
    certs: list[x509.Certificate],
) -> None:
    kind = bag["bag_id"].native
    value = bag["bag_value"]
    if kind == "cert_bag" and value["cert_id"].native == "x509":
        certs.append(x509.Certificate.load(bytes(value["cert_value"].contents)))
    elif kind == "key_bag":
        keys.append(from_pkcs8(value.dump()))
    elif kind == "pkcs8_shrouded_key_bag":
        plain = pbe.decrypt(
            value["encryption_algorithm"], value["encrypted_data"].native, password
        )
        try:
            keys.append(from_pkcs8(plain))
        except KeyProblem as exc:
            if exc.other_key:
                raise
            raise pbe.DecryptionFailed("the decrypted key is not a key") from exc


__all__ = ["Pkcs12Contents", "read_pkcs12"]
