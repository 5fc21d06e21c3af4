"""Errors of the signing run itself (beyond those of keys, documents and services)."""

from __future__ import annotations

from crypto.errors import SigningError


class SecondSignatureKey(SigningError):
    """The identity for the second signature (for readers without SM2) has an SM2 key."""

    code = "second_signature_key"
    what = "The second signature needs an RSA or ECDSA key, but {subject} has an SM2 key."
    todo = "Choose a certificate with an RSA or ECDSA key for the second signature."


class SecondSignatureNotAllowed(SigningError):
    """DocMDP level 1 forbids every change, a second signature included."""

    code = "second_signature_not_allowed"
    what = (
        "A certification signature that allows no changes (DocMDP level 1) cannot be followed "
        "by a second signature."
    )
    todo = "Certify with level 2 or 3, or sign without the second signature."
