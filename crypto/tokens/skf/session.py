"""SM2 USB keys through their SKF library: find the device, log in once, sign e = SM3(Z‖M).

Every call to the vendor library runs on one thread per session (vendor middleware is rarely
thread-safe), like the PKCS#11 backend.  The PIN is asked through the :class:`Interaction`
with the tries left from ``SKF_GetPINInfo``, verified once, and never retried by itself; a
wrong PIN is :class:`~crypto.errors.PinIncorrect` with the tries left that
``SKF_VerifyPIN`` reports (SAR_PIN_INCORRECT), a locked one :class:`~crypto.errors.PinLocked`.
Certificates are the SM2 signing certificates of the application's containers; the host
computes Z and e (:class:`~crypto.sm.signer.Sm2Signer`) and the device signs e.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from asn1crypto import x509
from pyhanko.sign.signers import Signer

from crypto import errors
from crypto.errors import Text
from crypto.sm import sm2
from crypto.sm.profile import is_sm2_certificate
from crypto.sm.signer import Sm2Signer
from crypto.tokens.base import CertificateInfo, Interaction, PinRequest, signing_problem
from crypto.tokens.skf import binding as b

T = TypeVar("T")


@dataclass(frozen=True)
class SkfDevice:
    """One device a scan found (no PIN asked): names, and the user PIN's tries left."""

    name: str
    label: str
    serial: str
    manufacturer: str
    applications: tuple[str, ...]
    tries_left: int | None
    max_tries: int | None


class SkfKeySession:
    """An open application on an SKF device; implements the KeySession protocol."""

    def __init__(self, library: Path, *, device: str | None = None,
                 application: str | None = None) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix=f"skf-{library.name}")
        self.library = library
        self._dev = b.HANDLE()
        self._app = b.HANDLE()
        self._containers: dict[str, b.HANDLE] = {}
        self._closed = False
        self.signer_id = sm2.DEFAULT_SIGNER_ID  # SM2 signer ID for Z (settable)
        try:
            self._lib = self._run(lambda: _load(library))
            self.device = self._run(lambda: self._connect(device))
            self.application = self._run(lambda: self._open_app(application))
        except BaseException:
            self.close()
            raise

    # --- the device thread -----------------------------------------------------------------

    def _run(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the session's thread and translate SKF errors where the backend ends."""
        try:
            return self._pool.submit(fn).result()
        except b.SkfCallError as exc:
            raise _translate(exc) from exc

    def _connect(self, wanted: str | None) -> str:
        names = self._lib.names("SKF_EnumDev", 1)
        if not names:
            raise errors.NoToken()
        name = _pick(names, wanted, "device")
        self._lib.call("SKF_ConnectDev", name.encode(), ctypes.byref(self._dev))
        return name

    def _open_app(self, wanted: str | None) -> str:
        apps = self._lib.names("SKF_EnumApplication", self._dev)
        name = _pick(apps, wanted, "application")
        self._lib.call("SKF_OpenApplication", self._dev, name.encode(), ctypes.byref(self._app))
        return name

    def _tries(self) -> tuple[int, int]:
        most, left, default = b.ULONG(), b.ULONG(), b.BOOL()
        self._lib.call("SKF_GetPINInfo", self._app, b.USER_PIN, ctypes.byref(most),
                       ctypes.byref(left), ctypes.byref(default))
        return int(most.value), int(left.value)

    def _verify(self, pin: str) -> None:
        retry = b.ULONG(0)
        code = int(self._lib._fns["SKF_VerifyPIN"](self._app, b.USER_PIN, pin.encode(),
                                                   ctypes.byref(retry)))
        if code != b.SAR_OK:
            raise b.SkfCallError("SKF_VerifyPIN", code, int(retry.value))

    # --- KeySession --------------------------------------------------------------------------

    def login(self, interaction: Interaction, pin: str | None = None) -> None:
        """Verify the user PIN once (asked through ``interaction`` unless given)."""
        most, left = self._run(self._tries)
        if left == 0:
            raise errors.PinLocked()
        if pin is None:
            device = self.describe()
            request = PinRequest(token_label=device.label or device.name, serial=device.serial,
                                 attempts_remaining=left, count_low=left < most,
                                 final_try=left == 1)
            pin = interaction.ask_pin(request)
            if pin is None:
                raise errors.Cancelled()
        self._run(lambda: self._verify(pin))

    def describe(self) -> SkfDevice:
        """What a device list shows about this device (no PIN needed)."""
        info = b.DevInfo()
        self._run(lambda: self._lib.call("SKF_GetDevInfo", self._dev, ctypes.byref(info)))
        most, left = self._run(self._tries)
        return SkfDevice(self.device, b.text(bytes(info.label)), b.text(bytes(info.serial)),
                         b.text(bytes(info.manufacturer)), (self.application,), left, most)

    def certificates(self) -> Sequence[CertificateInfo]:
        """The signing certificate of every container, with why it may not sign (if so)."""
        return self._run(self._certificates)

    def _certificates(self) -> list[CertificateInfo]:
        out = []
        for name in self._lib.names("SKF_EnumContainer", self._app):
            handle = self._container(name)
            kind = b.ULONG()
            self._lib.call("SKF_GetContainerType", handle, ctypes.byref(kind))
            try:
                der = self._lib.sized("SKF_ExportCertificate", handle, 1)
                cert = x509.Certificate.load(der)
                cert.native  # noqa: B018 - parse now: a damaged certificate is reported here
            except (b.SkfCallError, ValueError, TypeError):
                continue  # an empty container, or one with only an encryption certificate
            reason = self._hidden_reason(handle, int(kind.value), cert)
            out.append(CertificateInfo(
                certificate=cert, key_id=name.encode(), label=f"{self.application}/{name}",
                key_type="sm2" if is_sm2_certificate(cert) else "other", key_bits=256,
                hidden_reason=reason,
            ))
        return out

    def _hidden_reason(self, handle: b.HANDLE, kind: int, cert: x509.Certificate) -> Text | None:
        if kind != b.CONTAINER_ECC or not is_sm2_certificate(cert):
            return Text("not an SM2 key (container type {kind})", kind=kind)
        blob = self._lib.sized("SKF_ExportPublicKey", handle, 1)
        key = b.EccPublicKeyBlob.from_buffer_copy(blob.ljust(ctypes.sizeof(b.EccPublicKeyBlob),
                                                             b"\0"))
        if b.public_point(key) != sm2.public_point(cert.public_key):
            return Text("the private key does not match the certificate")
        return signing_problem(cert)

    def _container(self, name: str) -> b.HANDLE:
        if name not in self._containers:
            handle = b.HANDLE()
            self._lib.call("SKF_OpenContainer", self._app, name.encode(), ctypes.byref(handle))
            self._containers[name] = handle
        return self._containers[name]

    def signer(self, cert: CertificateInfo, *, use_pss: bool = False) -> Signer:
        """An ``Sm2Signer`` whose raw signatures come from this container."""
        key = SkfContainerKey(self, cert.key_id.decode())
        return Sm2Signer(key, cert.certificate, cert.chain, signer_id=self.signer_id)

    def sign_digest(self, container: str, e: bytes) -> bytes:
        """SKF_ECCSignData over e, on the device thread; DER (r, s)."""
        def sign() -> bytes:
            blob = b.EccSignatureBlob()
            self._lib.call("SKF_ECCSignData", self._container(container), e, len(e),
                           ctypes.byref(blob))
            return b.signature_der(blob)
        return self._run(sign)

    def close(self) -> None:
        """Log out, close handles, release the library's thread.  Safe to call twice."""
        if self._closed:
            return
        self._closed = True

        def release() -> None:
            calls = [("SKF_CloseContainer", h) for h in self._containers.values()]
            if self._app.value:
                calls += [("SKF_ClearSecureState", self._app), ("SKF_CloseApplication", self._app)]
            if self._dev.value:
                calls.append(("SKF_DisConnectDev", self._dev))
            for name, handle in calls:
                try:
                    self._lib.call(name, handle)
                except b.SkfCallError:
                    pass  # closing anyway (a removed device fails every call)
        if hasattr(self, "_lib"):
            self._pool.submit(release).result()
        self._pool.shutdown(wait=True)


@dataclass(frozen=True)
class SkfContainerKey:
    """The SM2 key in one container: what ``Sm2Signer`` asks to sign e."""

    session: SkfKeySession
    container: str

    def sign_digest(self, e: bytes) -> bytes:
        return self.session.sign_digest(self.container, e)


def _load(path: Path) -> b.SkfLibrary:
    try:
        return b.SkfLibrary(path)
    except (OSError, AttributeError) as exc:
        raise errors.SkfLibraryError(path=str(path), detail=str(exc)) from exc


def _pick(names: Sequence[str], wanted: str | None, what: str) -> str:
    kind = Text("SKF device") if what == "device" else Text("SKF application")
    if wanted is not None:
        if wanted in names:
            return wanted
        raise errors.KeyNotFound(selector=Text("{kind} {name!r}", kind=kind, name=wanted))
    if len(names) == 1:
        return names[0]
    if not names:
        raise errors.KeyNotFound(selector=kind)
    raise errors.KeyNotFound(
        selector=kind, names=", ".join(names),
        what="Several matches for {selector}: {names}.", todo="Name the one to use.",
    )


def _translate(exc: b.SkfCallError) -> errors.SealDeskError:
    if exc.code == b.SAR_PIN_INCORRECT:
        return errors.PinIncorrect(attempts_remaining=exc.retry)
    if exc.code == b.SAR_PIN_LOCKED:
        return errors.PinLocked()
    if exc.code in (b.SAR_PIN_INVALID, b.SAR_PIN_LEN_RANGE):
        return errors.PinInvalid(detail=exc.code_name)
    if exc.code == b.SAR_DEVICE_REMOVED:
        return errors.TokenRemoved()
    return errors.TokenError(detail=str(exc))


def scan(library: Path) -> list[SkfDevice]:
    """Every device the library sees, without asking for a PIN."""
    with ThreadPoolExecutor(1, thread_name_prefix=f"skf-{library.name}") as pool:
        try:
            names = pool.submit(lambda: _load(library).names("SKF_EnumDev", 1)).result()
        except b.SkfCallError as exc:
            raise _translate(exc) from exc
    found = []
    for name in names:
        try:
            session = SkfKeySession(library, device=name)
        except errors.SealDeskError:
            continue  # gone since the list, or no application: not a usable key
        try:
            found.append(session.describe())
        finally:
            session.close()
    return found


__all__ = ["SkfContainerKey", "SkfDevice", "SkfKeySession", "scan"]
