"""Vendor profiles for SM2 keys on PKCS#11 tokens (国密 USB keys that speak PKCS#11).

PKCS#11 defines no SM2: vendors give SM2 keys a key type of their own and sign with mechanisms
of their own, each with its own habits.  None of that is guessed here; a profile (a small JSON
file, see ``docs/sm2-pkcs11.md``) says, for one vendor's middleware:

``key_type``
    CKA_KEY_TYPE of the SM2 private keys: a number (``"0x80000001"``) or ``"CKK_EC"`` for
    middleware that files SM2 keys as EC keys on the SM2 curve;
``mechanism``
    the signing mechanism number (checked against the token's C_GetMechanismList before use);
``input``
    ``"digest"``: the token signs a 32-byte e, the host computes e = SM3(Z‖M) ("CKM_SM2"
    style); ``"message"``: the token is given M and computes Z and SM3 itself
    ("CKM_SM2_SM3" style) — then with its own signer ID, ``token_signer_id``;
``signature``
    ``"der"`` (a DER SEQUENCE of r and s) or ``"raw"`` (r‖s, 32 bytes each).

The example profiles shipped in ``resources/sm2-profiles/examples.json`` are EXAMPLES of
numbers seen in vendors' headers: check them against your vendor's documentation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crypto.errors import Text
from crypto.sm import sm2
from crypto.tokens.pkcs11.mechanism_errors import Sm2ProfileError

CKK_EC = 0x3
_INPUTS = ("digest", "message")
_FORMATS = ("der", "raw")


@dataclass(frozen=True)
class Sm2Profile:
    """How one vendor's PKCS#11 middleware signs with SM2 keys."""

    name: str
    key_type: int  # CKA_KEY_TYPE of SM2 private keys (CKK_EC: EC keys on the SM2 curve)
    mechanism: int
    input: str  # "digest" | "message"
    signature: str  # "der" | "raw"
    token_signer_id: bytes = sm2.DEFAULT_SIGNER_ID  # "message": the ID the token uses for Z

    @property
    def key_type_name(self) -> str:
        """The key type as SealDesk's token objects spell it ("ec" or "0x80000001")."""
        return "ec" if self.key_type == CKK_EC else f"{self.key_type:#x}"


def load_profile(path: Path) -> Sm2Profile:
    """Read and check a profile file (Sm2ProfileError says what is wrong)."""
    try:
        doc = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise Sm2ProfileError(path=str(path), detail=str(exc)) from exc
    return parse_profile(doc, str(path))


def parse_profile(doc: Any, where: str) -> Sm2Profile:
    """A profile from its JSON object."""
    if not isinstance(doc, dict):
        raise Sm2ProfileError(path=where, detail=Text("not a JSON object"))
    key_type = doc.get("key_type")
    key = CKK_EC if key_type == "CKK_EC" else _number(doc, "key_type", where)
    mechanism = _number(doc, "mechanism", where)
    mode, fmt = doc.get("input"), doc.get("signature", "der")
    if mode not in _INPUTS:
        raise Sm2ProfileError(path=where, detail=Text("input must be \"digest\" or \"message\""))
    if fmt not in _FORMATS:
        raise Sm2ProfileError(path=where, detail=Text("signature must be \"der\" or \"raw\""))
    signer_id = str(doc.get("token_signer_id", sm2.DEFAULT_SIGNER_ID.decode())).encode()
    return Sm2Profile(str(doc.get("name", where)), key, mechanism, mode, fmt, signer_id)


def _number(doc: dict[str, Any], field: str, where: str) -> int:
    value = doc.get(field)
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str):
            number = int(value, 0)
        else:
            raise ValueError(field)
    except ValueError:
        raise Sm2ProfileError(
            path=where, detail=Text("{field} must be a number such as 0x80000001", field=field)
        ) from None
    if not 0 <= number < 1 << 32:
        raise Sm2ProfileError(path=where, detail=Text("{field} is out of range", field=field))
    return number


def signature_der(profile: Sm2Profile, raw: bytes) -> bytes:
    """The token's answer as a DER (r, s) signature."""
    from asn1crypto import algos

    if profile.signature == "der":
        return raw
    if len(raw) != 64:
        raise Sm2ProfileError(
            path=profile.name,
            detail=Text("the token answered {size} bytes, not a 64-byte r||s", size=len(raw)),
        )
    return bytes(algos.DSASignature.from_p1363(raw).dump())


__all__ = ["CKK_EC", "Sm2Profile", "load_profile", "parse_profile", "signature_der"]
