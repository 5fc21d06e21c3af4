"""Private-key operations that open a secret wrapped to a token's certificate (vault unlock).

These run on the module's own thread (called through :meth:`Pkcs11Session._call`), like
signing:

* RSA: ``C_DecryptInit``/``C_Decrypt`` with CKM_RSA_PKCS_OAEP (SHA-256, MGF1-SHA-256, no
  label), or CKM_RSA_PKCS for tokens whose mechanism list lacks OAEP;
* EC: ``C_DeriveKey`` with CKM_ECDH1_DERIVE (CKD_NULL: the raw shared x coordinate) into a
  session object that is read once and destroyed at once.  The caller runs it through HKDF.

Which mechanisms a token offers comes from ``C_GetMechanismList`` (read once per session).
"""

from __future__ import annotations

from typing import Any

import pkcs11.exceptions as p11
from pkcs11 import KDF, MGF, Attribute, KeyType, Mechanism

from crypto.errors import Text, TokenError
from crypto.tokens.base import (
    UNWRAP_ECDH,
    UNWRAP_RSA_OAEP_SHA1,
    UNWRAP_RSA_OAEP_SHA256,
    UNWRAP_RSA_PKCS1,
)
from crypto.tokens.pkcs11.mechanism_errors import MechanismMissing, key_cannot

_SCHEME_MECHANISMS = {
    UNWRAP_RSA_OAEP_SHA256: Mechanism.RSA_PKCS_OAEP,
    UNWRAP_RSA_OAEP_SHA1: Mechanism.RSA_PKCS_OAEP,
    UNWRAP_RSA_PKCS1: Mechanism.RSA_PKCS,
    UNWRAP_ECDH: Mechanism.ECDH1_DERIVE,
}
_KEY_TYPES = {
    "rsa": (UNWRAP_RSA_OAEP_SHA256, UNWRAP_RSA_OAEP_SHA1, UNWRAP_RSA_PKCS1),
    "ec": (UNWRAP_ECDH,),
}
_OAEP_HASHES = {
    UNWRAP_RSA_OAEP_SHA256: (Mechanism.SHA256, MGF.SHA256),
    UNWRAP_RSA_OAEP_SHA1: (Mechanism.SHA_1, MGF.SHA1),
}


def mechanism_numbers(p11_token: Any) -> frozenset[int]:
    """C_GetMechanismList of the token's slot, as plain numbers (vendor ones included)."""
    return frozenset(int(m) for m in p11_token.slot.get_mechanisms())


def schemes_for(key_type: str, mechanisms: frozenset[int]) -> frozenset[str]:
    """The unwrap schemes a key of ``key_type`` can use on a token offering ``mechanisms``."""
    return frozenset(
        scheme for scheme in _KEY_TYPES.get(key_type, ())
        if int(_SCHEME_MECHANISMS[scheme]) in mechanisms
    )


def decrypt_on_thread(handle: Any, ciphertext: bytes, scheme: str) -> bytes:
    """C_Decrypt with the private key ``handle`` (a python-pkcs11 object)."""
    if not hasattr(handle, "decrypt"):
        raise key_cannot("decrypt")
    if scheme in _OAEP_HASHES:
        param = (*_OAEP_HASHES[scheme], None)
        try:
            return bytes(handle.decrypt(ciphertext, mechanism=Mechanism.RSA_PKCS_OAEP,
                                        mechanism_param=param))
        except (p11.ArgumentsBad, p11.MechanismParamInvalid) as exc:
            # e.g. SoftHSM 2.6 does OAEP with SHA-1 only
            raise MechanismMissing(mechanism=Text("CKM_RSA_PKCS_OAEP ({scheme})", scheme=scheme),
                                   purpose=Text("these parameters are refused")) from exc
    if scheme == UNWRAP_RSA_PKCS1:
        return bytes(handle.decrypt(ciphertext, mechanism=Mechanism.RSA_PKCS))
    raise TokenError(detail=scheme)


def derive_ecdh_on_thread(handle: Any, peer_point: bytes, size: int) -> bytes:
    """C_DeriveKey(CKM_ECDH1_DERIVE, CKD_NULL) into a throw-away session object; its value."""
    if not hasattr(handle, "derive_key"):
        raise key_cannot("derive")
    secret = handle.derive_key(
        KeyType.GENERIC_SECRET,
        size * 8,
        mechanism=Mechanism.ECDH1_DERIVE,
        mechanism_param=(KDF.NULL, None, peer_point),
        template={Attribute.TOKEN: False, Attribute.SENSITIVE: False,
                  Attribute.EXTRACTABLE: True},
    )
    try:
        return bytes(secret[Attribute.VALUE])
    finally:
        secret.destroy()
