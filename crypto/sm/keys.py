"""SM2 private keys from files: PKCS#8 (plain or encrypted), SEC1 ("EC/SM2 PRIVATE KEY"), and
the key bags of PKCS#12 files.

The ASN.1 is read with asn1crypto; the key itself is only the 32-byte scalar, handed to the SM2
library for each signature.  A key matches a certificate when it carries the certificate's
public point, or (when the file left the point out) when a test signature verifies with it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from asn1crypto import keys, pem, x509

from crypto.errors import Text
from crypto.sm import pbe, sm2
from crypto.sm.oids import SM2_CURVE, is_sm2_curve

_SEC1_LABELS = {"EC PRIVATE KEY", "SM2 PRIVATE KEY"}


class KeyProblem(Exception):
    """Why a key file cannot be used; ``detail`` is a translatable sentence (or the library's).

    ``wrong_password`` marks the case the user fixes by typing the password again;
    ``other_key`` a readable key that is not SM2 (RSA, another curve).
    """

    def __init__(
        self, detail: str, *, wrong_password: bool = False, other_key: bool = False
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.wrong_password = wrong_password
        self.other_key = other_key


@dataclass(frozen=True)
class Sm2PrivateKey:
    """An SM2 private key in memory (the scalar is never shown by ``repr``)."""

    scalar: bytes = field(repr=False)
    public_xy: bytes | None = None  # x‖y when the file carried the public point

    def sign_digest(self, e: bytes) -> bytes:
        """A DER SM2 signature over the 32-byte value ``e`` = SM3(Z‖M)."""
        return sm2.sign_digest(self.scalar, e)

    def matches(self, cert: x509.Certificate) -> bool:
        """Whether this is the private key of ``cert``'s (SM2) public key."""
        if not is_sm2_curve(cert.public_key):
            return False
        point = sm2.public_point(cert.public_key)
        if self.public_xy is not None:
            return self.public_xy == point
        probe = sm2.sm3(os.urandom(32))
        return sm2.verify_digest(point, probe, self.sign_digest(probe))


def load_private_key(data: bytes, password: bytes | None) -> Sm2PrivateKey:
    """The SM2 key in a PEM or DER key file; KeyProblem if it is something else."""
    if pem.detect(data):
        try:
            label, _, der = pem.unarmor(data)
        except ValueError as exc:
            raise KeyProblem(Text("not a PEM key file")) from exc
        if label == "ENCRYPTED PRIVATE KEY":
            return from_encrypted_pkcs8(der, password)
        if label in _SEC1_LABELS:
            return from_sec1(der)
        if label == "PRIVATE KEY":
            return from_pkcs8(der)
        raise KeyProblem(Text("the file holds a {label}, not a private key", label=label))
    for reader in (from_pkcs8, from_sec1):
        try:
            return reader(data)
        except (KeyProblem, ValueError):
            continue
    return from_encrypted_pkcs8(data, password)


def from_pkcs8(der: bytes) -> Sm2PrivateKey:
    """An SM2 key from a DER PrivateKeyInfo (id-ecPublicKey with the SM2 curve)."""
    try:
        info = keys.PrivateKeyInfo.load(der, strict=True)
        algorithm = info["private_key_algorithm"]
        oid = algorithm["algorithm"].dotted
        if oid == SM2_CURVE:  # the curve OID as the key algorithm (some GM tools)
            return _from_ec(keys.ECPrivateKey.load(info["private_key"].native))
        if algorithm["algorithm"].native != "ec":
            raise _not_sm2(str(algorithm["algorithm"].native))
        params = algorithm["parameters"]
        if params.name != "named" or params.chosen.dotted != SM2_CURVE:
            raise _not_sm2(str(params.chosen.native))
        return _from_ec(info["private_key"].parsed)
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyProblem(Text("not a PKCS#8 private key")) from exc


def from_sec1(der: bytes) -> Sm2PrivateKey:
    """An SM2 key from a DER ECPrivateKey (SEC1), which must name the SM2 curve."""
    try:
        ec = keys.ECPrivateKey.load(der, strict=True)
        params = ec["parameters"]
        if params.native is None or params.name != "named":
            raise KeyProblem(Text("the EC key does not name its curve"))
        if params.chosen.dotted != SM2_CURVE:
            raise _not_sm2(str(params.chosen.native))
        return _from_ec(ec)
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyProblem(Text("not an EC private key")) from exc


def from_encrypted_pkcs8(der: bytes, password: bytes | None) -> Sm2PrivateKey:
    """An SM2 key from a DER EncryptedPrivateKeyInfo."""
    try:
        info = keys.EncryptedPrivateKeyInfo.load(der, strict=True)
        algorithm, data = info["encryption_algorithm"], info["encrypted_data"].native
    except (ValueError, TypeError) as exc:
        raise KeyProblem(Text("not a key file")) from exc
    if password is None:
        raise KeyProblem(Text("the key is encrypted and no password was given"),
                         wrong_password=True)
    try:
        plain = pbe.decrypt(algorithm, data, password)
    except pbe.UnsupportedEncryption as exc:
        raise KeyProblem(exc.detail) from exc
    except pbe.DecryptionFailed as exc:
        raise KeyProblem(Text("wrong password or damaged file"), wrong_password=True) from exc
    try:
        return from_pkcs8(plain)
    except KeyProblem as exc:
        if exc.other_key:
            raise
        # a wrong password that happened to leave valid padding
        raise KeyProblem(Text("wrong password or damaged file"), wrong_password=True) from exc


def _from_ec(ec: keys.ECPrivateKey) -> Sm2PrivateKey:
    try:
        scalar = int(ec["private_key"].native).to_bytes(32, "big")
        sm2.check_private_scalar(scalar)
    except (ValueError, OverflowError) as exc:
        raise KeyProblem(Text("the SM2 private key is out of range")) from exc
    point = ec["public_key"].native
    public_xy = None
    if point is not None and len(point) == 65 and point[0] == 4:
        public_xy = bytes(point[1:])
    return Sm2PrivateKey(scalar, public_xy)


def _not_sm2(kind: str) -> KeyProblem:
    return KeyProblem(Text("not an SM2 key ({kind})", kind=kind), other_key=True)


def is_sm2_certificate(cert: x509.Certificate) -> bool:
    """Whether ``cert`` certifies an SM2 public key."""
    return is_sm2_curve(cert.public_key)




# DER of the OIDs that only SM material carries: the SM2 curve, SM4-CBC (GM key encryption)
_SM_MARKERS = (
    bytes.fromhex("06082a811ccf5501822d"),  # 1.2.156.10197.1.301
    bytes.fromhex("06082a811ccf55016802"),  # 1.2.156.10197.1.104.2
)


def looks_like_sm2(data: bytes) -> bool:
    """A cheap guess whether a key file ``cryptography`` refused is SM2 material."""
    if pem.detect(data):
        try:
            label, _, data = pem.unarmor(data)
        except ValueError:
            return False
        if label == "SM2 PRIVATE KEY":
            return True
    return any(marker in data for marker in _SM_MARKERS)


__all__ = [
    "KeyProblem",
    "Sm2PrivateKey",
    "from_encrypted_pkcs8",
    "from_pkcs8",
    "from_sec1",
    "is_sm2_certificate",
    "load_private_key",
    "looks_like_sm2",
]
