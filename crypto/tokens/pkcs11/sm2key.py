"""An SM2 private key on a PKCS#11 token, used through a vendor profile (crypto.sm.p11profile).

``Sm2Signer`` (crypto.sm.signer) builds the CMS and computes e = SM3(Z‖M); this key hands the
token e (profile input "digest") or M itself ("message": the token computes Z and SM3 with its
own signer ID), with the profile's mechanism number, on the module's thread, and turns the
answer into a DER signature.  The mechanism was checked against the token's list before.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import pkcs11.exceptions as p11

from crypto.sm.p11profile import Sm2Profile, signature_der

if TYPE_CHECKING:
    from crypto.tokens.pkcs11.objects import KeyObject
    from crypto.tokens.pkcs11.session import Pkcs11Session


class Pkcs11Sm2Key:
    """What ``Sm2Signer`` asks to sign: ``sign_digest(e)`` or, for "message" profiles,
    ``sign_message(M)`` (``signs_message`` tells which)."""

    def __init__(self, session: Pkcs11Session, key: KeyObject, profile: Sm2Profile) -> None:
        self._session = session
        self._key = key
        self.profile = profile
        self.signs_message = profile.input == "message"

    def sign_digest(self, e: bytes) -> bytes:
        """The token signs the host-computed e (CKM_SM2 style)."""
        return self._sign(e)

    def sign_message(self, message: bytes) -> bytes:
        """The token signs M, computing Z and SM3 itself (CKM_SM2_SM3 style)."""
        return self._sign(message)

    def _sign(self, payload: bytes) -> bytes:
        session, key, mechanism = self._session, self._key, self.profile.mechanism

        def on_thread() -> bytes:
            raw = session._worker.raw
            assert raw is not None
            handle = session._key_on_thread(key.key_id, key.label)
            try:
                return raw.sign(session._handle.handle, handle.handle, mechanism, payload)
            except p11.PKCS11Error:
                with contextlib.suppress(p11.PKCS11Error):  # a failed C_Sign may stay active
                    session._replace_handle_on_thread()
                raise

        return signature_der(self.profile, session._call(on_thread))
