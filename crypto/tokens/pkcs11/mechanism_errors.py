"""Errors about what a token can do: mechanisms it lacks, operations a key may not perform,
vendor SM2 profiles that do not fit the token (stable codes, translatable texts)."""

from __future__ import annotations

from crypto.errors import Text, TokenError, UserError


class MechanismMissing(TokenError):
    """The token's mechanism list lacks what the operation needs."""

    code = "token_mechanism_missing"
    what = "The token does not offer the mechanism {mechanism} ({purpose})."
    todo = "Check the vendor profile or use a token that supports it."


class KeyOperationRefused(TokenError):
    """The key exists but may not do this (CKA_DECRYPT / CKA_DERIVE false, wrong key type)."""

    code = "token_key_operation_refused"
    what = "The key on the token cannot be used for this: {detail}."
    todo = "Choose a key (certificate) on the token that allows it."


class Sm2ProfileError(UserError):
    """A vendor SM2 profile file that cannot be used."""

    code = "sm2_profile"
    what = "The SM2 vendor profile {path} cannot be used ({detail})."
    todo = "Fix the profile (see docs/sm2-pkcs11.md for its fields and example values)."


def key_cannot(operation: str) -> KeyOperationRefused:
    """The error for a key object that lacks the decrypt or derive capability."""
    if operation == "decrypt":
        return KeyOperationRefused(detail=Text("the private key may not decrypt"))
    return KeyOperationRefused(detail=Text("the private key may not derive keys"))
