"""An open, logged-in PKCS#11 token: the KeySession for USB keys and HSMs.

PIN rules (tokens lock after a few wrong PINs):

* the PIN comes from, in this order: the ``pin`` argument (e.g. ``--pin-env``), the URI's
  pin-value / pin-source, the user through ``Interaction.ask_pin``;
* a locked token is reported before anybody is asked for a PIN;
* a wrong PIN raises PinIncorrect at once: we never try a PIN twice, whatever its source;
* with a PIN pad (CKF_PROTECTED_AUTHENTICATION_PATH) the user is told to use it and no PIN
  crosses the host;
* keys with CKA_ALWAYS_AUTHENTICATE get a fresh context-specific PIN before each signature.

Login state is per token, not per session, in PKCS#11: sessions of this process on the same
token share one login (the second one does not prompt) and the last one to close logs out.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

import pkcs11.exceptions as p11
from pkcs11 import Mechanism

from crypto.errors import (
    Cancelled,
    KeyNotFound,
    PinLocked,
    Pkcs11UriError,
    SealDeskError,
    Text,
    TokenError,
    TokenRemoved,
)
from crypto.tokens.base import (
    CertificateInfo,
    Interaction,
    PinRequest,
    TokenFlags,
    TokenInfo,
    unusable_error,
)
from crypto.tokens.notice import Notice
from crypto.tokens.pkcs11 import unwrap
from crypto.tokens.pkcs11.errors import translated
from crypto.tokens.pkcs11.objects import (
    KeyObject,
    TolerantAttributes,
    pair_certificates,
    read_objects,
)
from crypto.tokens.pkcs11.scan import find_one_token, locate_slot
from crypto.tokens.pkcs11.signer import Pkcs11Signer
from crypto.tokens.pkcs11.uri import Pkcs11Uri, parse_uri, read_pin_source
from crypto.tokens.pkcs11.worker import ModuleWorker, module_worker

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

    from crypto.sm.p11profile import Sm2Profile

log = logging.getLogger(__name__)
T = TypeVar("T")


def open_session(
    token_or_uri: TokenInfo | Pkcs11Uri | str,
    interaction: Interaction,
    *,
    pin: str | None = None,
    module_paths: Sequence[str] | None = None,
    sm2_profile: Sm2Profile | None = None,
) -> Pkcs11Session:
    """Open and log in to a token (a scanned TokenInfo, or a PKCS#11 URI naming one);
    ``sm2_profile``: how the vendor's middleware signs with SM2 keys (crypto.sm.p11profile)."""
    uri: Pkcs11Uri | None = None
    if isinstance(token_or_uri, str):
        uri = parse_uri(token_or_uri)
    elif isinstance(token_or_uri, Pkcs11Uri):
        uri = token_or_uri
    token = find_one_token(uri, module_paths) if uri is not None else token_or_uri
    assert isinstance(token, TokenInfo)
    worker = module_worker(token.module_path)

    def open_plain() -> tuple[Any, TokenInfo]:
        slot, fresh = locate_slot(worker, token)
        with translated():
            return slot.get_token(), fresh  # type: ignore[attr-defined]

    p11_token, fresh = worker.call(open_plain)
    session = Pkcs11Session(worker, fresh, p11_token, interaction, uri, sm2_profile)
    try:
        session._log_in(pin if pin is not None else _uri_pin(uri))
    except BaseException:
        session.close()
        raise
    return session


def open_uri(
    uri: str | Pkcs11Uri,
    interaction: Interaction,
    *,
    modules: Sequence[str] = (),
    pin: str | None = None,
    sm2_profile: Sm2Profile | None = None,
) -> Pkcs11Session:
    """open_session for a URI from the command line (``--key``); ``modules`` empty = discover."""
    return open_session(uri, interaction, pin=pin, module_paths=list(modules) or None,
                        sm2_profile=sm2_profile)


class Pkcs11Session:
    """A logged-in token; implements crypto.tokens.base.KeySession."""

    def __init__(
        self,
        worker: ModuleWorker,
        token: TokenInfo,
        p11_token: Any,
        interaction: Interaction,
        uri: Pkcs11Uri | None = None,
        sm2_profile: Sm2Profile | None = None,
    ) -> None:
        self.token = token
        self.uri = uri
        self.sm2_profile = sm2_profile
        self.signer_id = b"1234567812345678"  # SM2 signer ID (GM/T 0009 default; settable)
        self._worker = worker
        self._p11_token = p11_token  # python-pkcs11 Token and Session: module thread only
        self._handle = worker.call(lambda: _open_handle(p11_token))
        self._interaction = interaction
        self._logged_in = False
        self._closed = False
        self._pairs: list[tuple[CertificateInfo, KeyObject | None]] | None = None
        self._mechanisms: frozenset[int] | None = None

    def __enter__(self) -> Pkcs11Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- KeySession ---------------------------------------------------------------------------

    def certificates(self) -> Sequence[CertificateInfo]:
        """Every end-entity certificate on the token, usable or with its ``hidden_reason``;
        only those the URI names when the session was opened with object=/id=/type=."""
        uri = self.uri
        if uri is None or (uri.object is None and uri.id is None and uri.type is None):
            return [info for info, _ in self._objects()]
        return self._matching(uri)

    def signer(
        self, cert: CertificateInfo, *, use_pss: bool = False, digest_algorithm: str | None = None
    ) -> Signer:
        """A pyHanko signer for one of this session's certificates."""
        for info, key in self._objects():
            if info.certificate.dump() == cert.certificate.dump() and info.key_id == cert.key_id:
                if info.hidden_reason is not None or key is None:
                    raise unusable_error(info)
                if info.key_type == "sm2":  # the caller's chain: --chain certificates too
                    return self._sm2_signer(dataclasses.replace(info, chain=cert.chain), key)
                return Pkcs11Signer(
                    _SessionKey(self, key), info, use_pss=use_pss, digest_algorithm=digest_algorithm
                )
        raise KeyNotFound(
            selector=Text("{label} on {token}", label=cert.label, token=self.token.label)
        )

    def _sm2_signer(self, info: CertificateInfo, key: KeyObject) -> Signer:
        """An Sm2Signer over the vendor profile's mechanism, checked against the token's list."""
        from crypto.sm.signer import Sm2Signer
        from crypto.tokens.pkcs11.mechanism_errors import MechanismMissing, Sm2ProfileError
        from crypto.tokens.pkcs11.sm2key import Pkcs11Sm2Key

        profile = self.sm2_profile
        assert profile is not None  # without one, SM2 certificates are hidden
        if profile.mechanism not in self.mechanisms():
            raise MechanismMissing(mechanism=f"{profile.mechanism:#x}",
                                   purpose=Text("SM2 signing, profile {name}", name=profile.name))
        if profile.input == "message" and profile.token_signer_id != self.signer_id:
            raise Sm2ProfileError(path=profile.name, detail=Text(
                "this token computes Z with the signer ID {token_id}, not {wanted}",
                token_id=profile.token_signer_id.decode("latin-1"),
                wanted=self.signer_id.decode("latin-1")))
        return Sm2Signer(Pkcs11Sm2Key(self, key, profile), info.certificate, info.chain,
                         signer_id=self.signer_id)

    def close(self) -> None:
        """Log out (when we were the last session sharing the login) and close.  Idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            self._worker.call(self._close_on_thread)
        except Exception as exc:  # noqa: BLE001 - a removed token cannot be closed cleanly
            log.debug("closing the session on %s: %s", self.token.label, exc)

    # --- extras -------------------------------------------------------------------------------

    def select(self, uri: Pkcs11Uri | str | None = None) -> CertificateInfo:
        """The one usable certificate the URI's object/id/type name (default: the open URI)."""
        if isinstance(uri, str):
            uri = parse_uri(uri)
        uri = uri or self.uri or Pkcs11Uri()
        uri.require_understood()
        matches = self._matching(uri)
        usable = [m for m in matches if m.usable]
        if len(usable) == 1:
            return usable[0]
        if len(usable) > 1:
            labels = ", ".join(m.label for m in usable)
            raise Pkcs11UriError(
                what="{uri} matches {count} keys: {labels}.",
                todo="Add object= or id= to the URI to choose one.",
                uri=str(uri), count=len(usable), labels=labels,
            )
        if len(matches) == 1:
            raise unusable_error(matches[0])
        raise KeyNotFound(selector=str(uri))

    def _matching(self, uri: Pkcs11Uri) -> list[CertificateInfo]:
        kind_ok = uri.type in (None, "cert", "private", "public")  # a pair is all three
        return [
            info for info, key in self._objects()
            if kind_ok and (uri.id is None or uri.id == info.key_id)
            and (uri.object is None or uri.object in (info.label, key.label if key else None))
        ]

    # --- unwrap (UnwrapSession: vault unlock with the token) -----------------------------------

    def mechanisms(self) -> frozenset[int]:
        """The token's mechanism list (C_GetMechanismList), read once per session."""
        if self._mechanisms is None:
            self._mechanisms = self._call(lambda: unwrap.mechanism_numbers(self._p11_token))
        return self._mechanisms

    def unwrap_schemes(self, cert: CertificateInfo) -> frozenset[str]:
        """The unwrap schemes this token offers for the key of ``cert``."""
        return unwrap.schemes_for(cert.key_type, self.mechanisms())

    def decrypt(self, cert: CertificateInfo, ciphertext: bytes, scheme: str) -> bytes:
        """C_Decrypt with the RSA key of ``cert``, on the module thread."""
        key = self._private_key(cert)
        return self._call(lambda: unwrap.decrypt_on_thread(
            self._key_on_thread(key.key_id, key.label), ciphertext, scheme))

    def derive_ecdh(self, cert: CertificateInfo, peer_point: bytes) -> bytes:
        """C_DeriveKey(CKM_ECDH1_DERIVE) with the EC key of ``cert``: the shared secret."""
        key = self._private_key(cert)
        size = (cert.key_bits + 7) // 8
        return self._call(lambda: unwrap.derive_ecdh_on_thread(
            self._key_on_thread(key.key_id, key.label), peer_point, size))

    def _private_key(self, cert: CertificateInfo) -> KeyObject:
        """The private key paired with ``cert`` (usable for signing or not)."""
        for info, key in self._objects():
            if key is not None and info.certificate.dump() == cert.certificate.dump():
                return key
        raise KeyNotFound(
            selector=Text("{label} on {token}", label=cert.label, token=self.token.label)
        )

    def token_flags(self) -> TokenFlags:
        """The token's flags as the device reports them now."""
        return self._call(self._flags_on_thread)

    # --- login --------------------------------------------------------------------------------

    def _log_in(self, pin: str | None) -> None:
        flags = self.token_flags()
        self.token = dataclasses.replace(self.token, flags=flags)
        if flags.pin_locked:
            raise PinLocked()
        if not flags.login_required:
            return
        if self._call(self._join_login):
            return
        if pin is None and flags.protected_auth_path:
            self._interaction.notify(
                Notice("Enter the PIN of {label} on the PIN pad.", label=self.token.label)
            )
        elif pin is None:
            pin = self._interaction.ask_pin(self._pin_request(flags))
            if pin is None:
                raise Cancelled()
        secret = pin
        del pin
        self._call(lambda: self._login_on_thread(secret))

    def _pin_request(self, flags: TokenFlags, *, context_specific: bool = False) -> PinRequest:
        return PinRequest(
            token_label=self.token.label,
            serial=self.token.serial,
            context_specific=context_specific,
            attempts_remaining=1 if flags.pin_final_try else None,
            count_low=flags.pin_count_low,
            final_try=flags.pin_final_try,
        )

    # --- on the module thread -----------------------------------------------------------------

    def _call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the module thread with python-pkcs11 errors translated."""

        def guarded() -> T:
            if self._closed:
                raise TokenError(detail=Text("the token session is closed"))
            with translated(flags=self._flags_on_thread, present=self._present_on_thread):
                return fn()

        return self._worker.call(guarded)

    def _flags_on_thread(self) -> TokenFlags:
        assert self._worker.raw is not None
        with translated():
            return self._worker.raw.token_info(self.token.slot_id).token_flags()

    def _present_on_thread(self) -> bool:
        assert self._worker.raw is not None
        try:
            self._worker.raw.token_info(self.token.slot_id)
        except p11.PKCS11Error:
            return False
        return True

    def _join_login(self) -> bool:
        """Share the login of another open session of ours on this token, if there is one."""
        count = self._worker.logins.get(self.token.slot_id, 0)
        if count == 0:
            return False
        self._worker.logins[self.token.slot_id] = count + 1
        self._logged_in = True
        return True

    def _login_on_thread(self, pin: str | None) -> None:
        assert self._worker.raw is not None
        if not self._worker.raw.login(self._handle.handle, pin):
            # logged in by code outside SealDesk's sessions: theirs to log out, not ours
            log.info("token %s was already logged in by other code", self.token.label)
            return
        slot = self.token.slot_id
        self._worker.logins[slot] = self._worker.logins.get(slot, 0) + 1
        self._logged_in = True

    def _objects(self) -> list[tuple[CertificateInfo, KeyObject | None]]:
        pairs = self._pairs
        if pairs is None:
            pairs = self._call(self._read_on_thread)
            self._pairs = pairs
        return pairs

    def _read_on_thread(self) -> list[tuple[CertificateInfo, KeyObject | None]]:
        assert self._worker.raw is not None
        self._worker.raw.check_session(self._handle.handle)  # see raw.py: searches must not fail
        profile = self.sm2_profile
        return pair_certificates(*read_objects(self._handle),
                                 sm2_key_type=profile.key_type_name if profile else None)

    def _key_on_thread(self, key_id: bytes, label: str) -> Any:
        """The python-pkcs11 object of a key, re-read if the session handle was replaced."""
        if self._pairs is None:
            self._pairs = self._read_on_thread()
        for _, key in self._pairs:
            if key is not None and key.key_id == key_id and key.label == label:
                return key.handle
        raise KeyNotFound(selector=Text("{label} on {token}", label=label, token=self.token.label))

    def _replace_handle_on_thread(self) -> None:
        """Swap in a fresh session handle, keeping the login (e.g. after a failed
        context-specific login left a signing operation active that cannot be cancelled)."""
        old = self._handle
        self._handle = _open_handle(self._p11_token)  # opened first: the login stays alive
        self._pairs = None
        try:
            old.close()
        except p11.PKCS11Error as exc:
            log.debug("closing the replaced session: %s", exc)

    def _close_on_thread(self) -> None:
        slot = self.token.slot_id
        try:
            if self._logged_in and self._worker.raw is not None:
                remaining = self._worker.logins.get(slot, 1) - 1
                if remaining > 0:
                    self._worker.logins[slot] = remaining
                else:
                    self._worker.logins.pop(slot, None)
                    self._worker.raw.logout(self._handle.handle)
        finally:
            self._logged_in = False
            self._handle.close()  # opened without login, so this is C_CloseSession only


class _SessionKey:
    """One private key of an open session, as the signer sees it (TokenKey protocol)."""

    def __init__(self, session: Pkcs11Session, key: KeyObject) -> None:
        self._session = session
        self._key = key
        self.needs_context_login = key.always_authenticate

    def context_pin(self) -> str | None:
        """The PIN for one signature with an always-authenticate key (asks every time);
        None when the user types it on the PIN pad."""
        session = self._session
        flags = session.token_flags()
        if flags.pin_locked:
            raise PinLocked()
        if flags.protected_auth_path:
            session._interaction.notify(
                Notice(
                    "Confirm this signature with the PIN of {label} on the PIN pad.",
                    label=session.token.label,
                )
            )
            return None
        pin = session._interaction.ask_pin(session._pin_request(flags, context_specific=True))
        if pin is None:
            raise Cancelled()
        return pin

    def submit_sign(
        self,
        payload: bytes,
        mechanism: Mechanism,
        param: Any,
        *,
        context_login: bool = False,
        pin: str | None = None,
    ) -> Future[bytes]:
        """Queue one C_SignInit / [C_Login context-specific] / C_Sign on the module thread."""
        session, key_id, label = self._session, self._key.key_id, self._key.label
        worker = session._worker
        pss = (int(param[0]), int(param[1]), int(param[2])) if param else None

        def job() -> bytes:
            if session._closed:
                raise TokenError(detail=Text("the token session is closed"))
            try:
                with translated(flags=session._flags_on_thread,
                                present=session._present_on_thread):
                    handle = session._key_on_thread(key_id, label)
                    if context_login:
                        assert worker.raw is not None
                        return worker.raw.sign_with_context_login(
                            session._handle.handle, handle.handle, int(mechanism), pss,
                            payload, pin)
                    return bytes(handle.sign(payload, mechanism=mechanism,
                                             mechanism_param=param))
            except TokenRemoved:
                raise
            except SealDeskError:
                # a failed C_Login (context-specific) or C_Sign may leave the operation
                # active; PKCS#11 2.x cannot cancel it, so the next C_SignInit would fail
                with contextlib.suppress(p11.PKCS11Error):
                    session._replace_handle_on_thread()
                raise

        return worker.submit(job)


def _open_handle(p11_token: Any) -> Any:
    """A read-only session without login (logging in is ours: see raw.RawModule.login)."""
    with translated():
        return p11_token.open(rw=False, attribute_mapper=TolerantAttributes())


def _uri_pin(uri: Pkcs11Uri | None) -> str | None:
    if uri is None:
        return None
    if uri.pin_value is not None:
        return uri.pin_value
    if uri.pin_source is not None:
        return read_pin_source(uri.pin_source)
    return None
