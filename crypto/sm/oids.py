"""The Chinese commercial-cryptography (国密) object identifiers, taught to asn1crypto.

asn1crypto parses OIDs it does not know as dotted strings, and pyHanko looks algorithms up by
name; after :func:`register` the SM algorithms have names like every other algorithm:

=========================== ===================== ============================================
OID                         name                  what
=========================== ===================== ============================================
1.2.156.10197.1.401         ``sm3``               SM3 digest (GB/T 32905)
1.2.156.10197.1.501         ``sm3_sm2``           SM2 signature with SM3 (GM/T 0006)
1.2.156.10197.1.301.1       ``sm2_1``             SM2-1 digital signature (GM/T 0006)
1.2.156.10197.1.301         ``sm2p256v1``         the SM2 curve (GB/T 32918.5); some producers
                                                  also name it as a signature algorithm: ``sm2``
1.2.156.10197.6.1.4.2.1     (alias of ``data``)   GM/T 0010 data content type
1.2.156.10197.6.1.4.2.2     (alias of             GM/T 0010 signedData content type
                            ``signed_data``)
=========================== ===================== ============================================

The GM/T 0010 content types are *aliases*: they read as ``data``/``signed_data`` (so pyHanko
validates such signatures like PKCS#7 ones, and ``.dotted`` still tells them apart), while
writing ``data`` still produces the PKCS#7 OID.  Registration is idempotent and happens when
this module is imported (``crypto/__init__`` imports it, so every process that parses
anything with SealDesk's code knows these names before its first parse).
"""

from __future__ import annotations

from typing import Any

from asn1crypto import algos, cms, keys

SM3 = "1.2.156.10197.1.401"
SM2_WITH_SM3 = "1.2.156.10197.1.501"
SM2_1 = "1.2.156.10197.1.301.1"
SM2_CURVE = "1.2.156.10197.1.301"
GM_DATA = "1.2.156.10197.6.1.4.2.1"
GM_SIGNED_DATA = "1.2.156.10197.6.1.4.2.2"
SM4_CBC = "1.2.156.10197.1.104.2"

SM3_NAME = "sm3"
SM2_SM3_NAME = "sm3_sm2"
SM2_1_NAME = "sm2_1"
SM2_PLAIN_NAME = "sm2"  # the curve OID used as a signature algorithm by some producers
SM2_CURVE_NAME = "sm2p256v1"

#: signature algorithm names our SM2 validator accepts (all mean "SM2 over SM3(Z‖M)")
SM2_SIGNATURE_NAMES = frozenset({SM2_SM3_NAME, SM2_1_NAME, SM2_PLAIN_NAME})
#: the OIDs behind those names
SM2_SIGNATURE_OIDS = frozenset({SM2_WITH_SM3, SM2_1, SM2_CURVE})


def _register(cls: Any, oid: str, name: str) -> None:
    """``oid`` reads as ``name`` and ``name`` writes as ``oid``.

    asn1crypto builds most reverse maps lazily, on first use, from ``_map`` (other modules,
    e.g. ``asn1crypto.tsp``, add names to ``_map`` at import and rely on that), so a reverse
    map is only updated here when it exists already.
    """
    cls._map[oid] = name
    if cls._reverse_map is not None:
        cls._reverse_map[name] = oid


def _alias(cls: Any, oid: str, name: str) -> None:
    """``oid`` reads as ``name``; ``name`` keeps writing its original OID."""
    if cls._map.get(oid) == name:
        return
    if cls._reverse_map is None:
        # a lazily built reverse map takes the *last* OID per name: put the alias first
        cls._map = {oid: name, **cls._map}
    else:
        cls._map[oid] = name  # the existing reverse map keeps name -> original OID


def register() -> None:
    """Teach asn1crypto the SM names (safe to call any number of times)."""
    _register(algos.DigestAlgorithmId, SM3, SM3_NAME)
    _register(algos.SignedDigestAlgorithmId, SM2_WITH_SM3, SM2_SM3_NAME)
    _register(algos.SignedDigestAlgorithmId, SM2_1, SM2_1_NAME)
    _register(algos.SignedDigestAlgorithmId, SM2_CURVE, SM2_PLAIN_NAME)
    if SM2_CURVE not in keys.NamedCurve._map:
        keys.NamedCurve.register(SM2_CURVE_NAME, SM2_CURVE, 32)
    _alias(cms.ContentType, GM_DATA, "data")
    _alias(cms.ContentType, GM_SIGNED_DATA, "signed_data")


def is_sm2_curve(public_key: keys.PublicKeyInfo) -> bool:
    """Whether a subject public key is an EC key on the SM2 curve."""
    if public_key["algorithm"]["algorithm"].dotted == SM2_CURVE:
        return True  # some producers name the key algorithm by the curve OID
    if public_key["algorithm"]["algorithm"].native != "ec":
        return False
    params = public_key["algorithm"]["parameters"]
    return bool(params.name == "named" and params.chosen.dotted == SM2_CURVE)


register()

__all__ = [
    "GM_DATA",
    "GM_SIGNED_DATA",
    "SM2_1",
    "SM2_CURVE",
    "SM2_CURVE_NAME",
    "SM2_SIGNATURE_NAMES",
    "SM2_SIGNATURE_OIDS",
    "SM2_SM3_NAME",
    "SM2_WITH_SM3",
    "SM3",
    "SM3_NAME",
    "SM4_CBC",
    "is_sm2_curve",
    "register",
]
