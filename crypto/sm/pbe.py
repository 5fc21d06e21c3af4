"""Password-based decryption for key files ``cryptography`` will not open: SM2 keys in encrypted
PKCS#8 and PKCS#12.

``cryptography`` refuses any file holding an SM2 key, so the containers are unpacked here; every
cipher, hash, HMAC and PBKDF2 still comes from ``cryptography``.  Supported:

* PBES2 (RFC 8018): PBKDF2 with HMAC-SHA-1/-224/-256/-384/-512, then AES-128/192/256-CBC,
  3DES-CBC or SM4-CBC (what OpenSSL 3 and GmSSL write);
* the PKCS#12 PBEs with SHA-1 and 3DES (``openssl pkcs12 -legacy`` and older CA tools), and
  the PKCS#12 MAC with any hash above or SM3: both need the PKCS#12 KDF (RFC 7292 B.2).

RC2 and RC4 (40-bit "export" PBEs) are refused with a sentence saying how to re-export.
"""

from __future__ import annotations

import hmac

from asn1crypto import algos, core
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, CipherAlgorithm, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from crypto.errors import Text
from crypto.sm.oids import SM4_CBC

_PBES2 = "1.2.840.113549.1.5.13"
_PBKDF2 = "1.2.840.113549.1.5.12"
# cipher OID -> (key length, cipher factory)
_CIPHERS = {
    "2.16.840.1.101.3.4.1.2": (16, algorithms.AES),
    "2.16.840.1.101.3.4.1.22": (24, algorithms.AES),
    "2.16.840.1.101.3.4.1.42": (32, algorithms.AES),
    "1.2.840.113549.3.7": (24, TripleDES),
    SM4_CBC: (16, algorithms.SM4),
}
# PKCS#12 PBE OID -> key length (SHA-1 KDF, 3DES-CBC)
_PKCS12_3DES = {"1.2.840.113549.1.12.1.3": 24, "1.2.840.113549.1.12.1.4": 16}
_PRFS = {"sha1", "sha224", "sha256", "sha384", "sha512"}


class DecryptionFailed(Exception):
    """The password is wrong or the data damaged (a padding or MAC check failed)."""


class UnsupportedEncryption(Exception):
    """The file uses a scheme we do not decrypt; ``detail`` is a translatable sentence."""

    def __init__(self, detail: Text) -> None:
        super().__init__(detail)
        self.detail = detail


def decrypt(algorithm: algos.EncryptionAlgorithm, data: bytes, password: bytes | None) -> bytes:
    """Decrypt ``data`` (an encrypted PKCS#8 key or PKCS#12 safe) with ``password``."""
    oid = algorithm["algorithm"].dotted
    if oid == _PBES2:
        return _pbes2(algorithm["parameters"], data, password or b"")
    if oid in _PKCS12_3DES:
        params = algorithm["parameters"]
        salt, rounds = params["salt"].native, params["iterations"].native
        bmp = bmp_password(password)
        key = pkcs12_kdf("sha1", bmp, salt, 1, rounds, _PKCS12_3DES[oid])
        iv = pkcs12_kdf("sha1", bmp, salt, 2, rounds, 8)
        if len(key) == 16:
            key += key[:8]  # two-key 3DES: K1 K2 K1
        return _cbc(TripleDES(key), iv, data)
    raise UnsupportedEncryption(
        Text(
            "the key is protected with {scheme}, which SealDesk does not decrypt; export it "
            "again with AES (openssl pkcs12 -export, without -legacy)",
            scheme=algorithm["algorithm"].native,
        )
    )


def _pbes2(params: algos.Pbes2Params, data: bytes, password: bytes) -> bytes:
    kdf, scheme = params["key_derivation_func"], params["encryption_scheme"]
    if kdf["algorithm"].dotted != _PBKDF2:
        raise UnsupportedEncryption(Text("the key file uses an unknown key derivation"))
    cipher_oid = scheme["algorithm"].dotted
    if cipher_oid not in _CIPHERS:
        raise UnsupportedEncryption(
            Text("the key file uses the cipher {cipher}", cipher=scheme["algorithm"].native)
        )
    key_len, factory = _CIPHERS[cipher_oid]
    pbkdf2 = kdf["parameters"]
    prf = pbkdf2["prf"]["algorithm"].native
    if prf not in _PRFS:
        raise UnsupportedEncryption(Text("the key file uses the PRF {prf}", prf=str(prf)))
    iv = core.OctetString.load(scheme["parameters"].dump()).native
    derived = PBKDF2HMAC(
        algorithm=get_pyca_cryptography_hash(prf),
        length=key_len,
        salt=pbkdf2["salt"].native,
        iterations=pbkdf2["iteration_count"].native,
    ).derive(password)
    return _cbc(factory(derived), iv, data)


def _cbc(cipher: CipherAlgorithm, iv: bytes, data: bytes) -> bytes:
    block = cipher.block_size  # type: ignore[attr-defined]
    if not data or len(data) % (block // 8):
        raise DecryptionFailed("ciphertext is not whole blocks")
    dec = Cipher(cipher, modes.CBC(iv)).decryptor()
    padded = dec.update(data) + dec.finalize()
    unpad = padding.PKCS7(block).unpadder()
    try:
        return unpad.update(padded) + unpad.finalize()
    except ValueError as exc:
        raise DecryptionFailed("bad padding") from exc


def bmp_password(password: bytes | None) -> bytes:
    """A password as PKCS#12 wants it: UTF-16BE with a two-byte terminator (None → empty)."""
    if password is None:
        return b""
    return password.decode("utf-8").encode("utf-16-be") + b"\x00\x00"


def pkcs12_kdf(
    hash_name: str, password: bytes, salt: bytes, purpose: int, iterations: int, size: int
) -> bytes:
    """RFC 7292 Appendix B.2: key (1), IV (2) or MAC key (3) from a BMP password and salt."""
    algorithm = get_pyca_cryptography_hash(hash_name)
    v = algorithm.block_size
    if v is None:
        raise UnsupportedEncryption(Text("the file's integrity check uses {hash}", hash=hash_name))
    d = bytes([purpose]) * v

    def stretch(data: bytes) -> bytes:
        if not data:
            return b""
        n = v * ((len(data) + v - 1) // v)
        return (data * (n // len(data) + 1))[:n]

    i_block = stretch(salt) + stretch(password)
    out = b""
    while len(out) < size:
        a = d + i_block
        for _ in range(iterations):
            h = hashes.Hash(get_pyca_cryptography_hash(hash_name))
            h.update(a)
            a = h.finalize()
        out += a
        b = int.from_bytes(stretch(a), "big") + 1
        i_block = b"".join(
            ((int.from_bytes(i_block[j : j + v], "big") + b) % (1 << (8 * v))).to_bytes(v, "big")
            for j in range(0, len(i_block), v)
        )
    return out[:size]


def check_pkcs12_mac(mac_data: core.Sequence, content: bytes, password: bytes) -> bool:
    """Whether the PFX MAC over ``content`` matches ``password`` (a BMP-encoded password)."""
    mac = mac_data["mac"]
    hash_name = mac["digest_algorithm"]["algorithm"].native
    try:
        algorithm = get_pyca_cryptography_hash(hash_name)
    except AttributeError as exc:
        raise UnsupportedEncryption(
            Text("the file's integrity check uses {hash}", hash=str(hash_name))
        ) from exc
    key = pkcs12_kdf(
        hash_name,
        password,
        mac_data["mac_salt"].native,
        3,
        mac_data["iterations"].native,
        algorithm.digest_size,
    )
    from cryptography.hazmat.primitives import hmac as crypto_hmac

    h = crypto_hmac.HMAC(key, algorithm)
    h.update(content)
    return hmac.compare_digest(h.finalize(), mac["digest"].native)


__all__ = [
    "DecryptionFailed",
    "UnsupportedEncryption",
    "bmp_password",
    "check_pkcs12_mac",
    "decrypt",
    "pkcs12_kdf",
]
