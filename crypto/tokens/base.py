"""The one protocol every key source speaks, and how devices talk to the user.

Shape (after Electrum's hardware clients and yubikit's connections):
scan without prompting → open a session with an :class:`Interaction` → list certificates →
get a pyHanko signer for one of them → close.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from asn1crypto import x509
from pyhanko.sign.signers import Signer

from crypto.errors import (
    CertificateError,
    CertificateExpired,
    CertificateNotYetValid,
    SealDeskError,
    Text,
    template_of,
)


@dataclass(frozen=True)
class PinRequest:
    """What a PIN prompt should tell the user.  Contains no secret."""

    token_label: str
    serial: str = ""
    context_specific: bool = False  # CKA_ALWAYS_AUTHENTICATE: PIN for this one signature
    attempts_remaining: int | None = None  # when the token tells
    count_low: bool = False
    final_try: bool = False
    previous_attempt_failed: bool = False


class Interaction(Protocol):
    """How a device reaches the user: a terminal prompt in the CLI, dialogs in the GUI."""

    def ask_pin(self, request: PinRequest) -> str | None:
        """Return the PIN, or None if the user cancels.  Never called to *retry* by itself."""

    def notify(self, message: str) -> None:
        """Tell the user something that needs no answer (e.g. "enter the PIN on the PIN pad")."""

    def confirm(self, question: str) -> bool:
        """Ask a yes/no question."""


@dataclass(frozen=True)
class TokenFlags:
    """Token state as the device reports it (CK_TOKEN_INFO flags)."""

    token_present: bool = True
    login_required: bool = True
    protected_auth_path: bool = False  # PIN pad
    user_pin_initialized: bool = True
    pin_count_low: bool = False
    pin_final_try: bool = False
    pin_locked: bool = False
    pin_to_be_changed: bool = False


@dataclass(frozen=True)
class TokenInfo:
    """One token found by a scan.  Scanning never prompts and never logs in."""

    module_path: str
    slot_id: int
    label: str
    serial: str
    manufacturer: str
    model: str
    flags: TokenFlags = field(default_factory=TokenFlags)
    slot_description: str = ""
    slot_manufacturer: str = ""  # CK_SLOT_INFO manufacturerID (RFC 7512 slot-manufacturer)

    @property
    def state(self) -> str:
        """One word for status bars: ok, pin_count_low, pin_final_try, pin_locked."""
        if self.flags.pin_locked:
            return "pin_locked"
        if self.flags.pin_final_try:
            return "pin_final_try"
        if self.flags.pin_count_low:
            return "pin_count_low"
        return "ok"


@dataclass(frozen=True)
class CertificateInfo:
    """A certificate with a private key behind it, and whether it may sign."""

    certificate: x509.Certificate
    key_id: bytes  # CKA_ID (PKCS#11) or an index (soft keys)
    label: str
    key_type: str  # "rsa", "ec", "sm2"
    key_bits: int
    chain: tuple[x509.Certificate, ...] = ()
    # why it is not offered for signing (a Text, translated when shown); None if usable
    hidden_reason: str | None = None
    always_authenticate: bool = False

    @property
    def usable(self) -> bool:
        return self.hidden_reason is None

    @property
    def subject(self) -> str:
        return str(self.certificate.subject.human_friendly)

    @property
    def not_after(self) -> _dt.datetime:
        when: _dt.datetime = self.certificate.not_valid_after
        return when


def signing_problem(cert: x509.Certificate, now: _dt.datetime | None = None) -> Text | None:
    """Why this certificate may not sign a document now (translatable), or None.

    Checks the validity period and that key usage, when present, allows digital signatures or
    non-repudiation (content commitment).
    """
    now = now or _dt.datetime.now(_dt.UTC)
    if cert.not_valid_before > now:
        return Text("not yet valid (from {date})", date=cert.not_valid_before.date().isoformat())
    if cert.not_valid_after < now:
        return Text("expired on {date}", date=cert.not_valid_after.date().isoformat())
    ku = cert.key_usage_value
    if ku is not None:
        allowed = set(ku.native)
        if not allowed & {"digital_signature", "non_repudiation"}:
            return Text("key usage does not allow signing")
    return None


def unusable_error(cert: CertificateInfo) -> SealDeskError:
    """The error for trying to sign with a certificate that is hidden for a reason."""
    c = cert.certificate
    reason = cert.hidden_reason or Text("no private key")
    if template_of(reason).startswith("expired"):
        return CertificateExpired(
            subject=cert.subject, not_after=c.not_valid_after.date().isoformat()
        )
    if template_of(reason).startswith("not yet valid"):
        return CertificateNotYetValid(
            subject=cert.subject, not_before=c.not_valid_before.date().isoformat()
        )
    return CertificateError(detail=reason)


@runtime_checkable
class KeySession(Protocol):
    """An open key source: certificates to choose from and signers for them."""

    def certificates(self) -> Sequence[CertificateInfo]:
        """All certificates with a private key, usable or not (see ``hidden_reason``)."""

    def signer(self, cert: CertificateInfo, *, use_pss: bool = False) -> Signer:
        """A pyHanko signer whose raw signatures come from this source."""

    def close(self) -> None:
        """Log out and release the device.  Safe to call twice."""


#: key-unwrap schemes a token's private key may perform for a secret wrapped to its certificate
UNWRAP_RSA_OAEP_SHA256 = "rsa-oaep-sha256"  # CKM_RSA_PKCS_OAEP, SHA-256, MGF1-SHA-256, no label
UNWRAP_RSA_OAEP_SHA1 = "rsa-oaep-sha1"  # the same with SHA-1 (tokens refusing SHA-256 OAEP)
UNWRAP_RSA_PKCS1 = "rsa-pkcs1v15"  # CKM_RSA_PKCS: only for tokens without OAEP
UNWRAP_ECDH = "ecdh"  # CKM_ECDH1_DERIVE (no KDF): the raw shared x coordinate


@runtime_checkable
class UnwrapSession(Protocol):
    """A key source whose private keys can open secrets wrapped to their certificates
    (unlocking the vault with a USB key); the operation runs on the device's own thread."""

    def unwrap_schemes(self, cert: CertificateInfo) -> frozenset[str]:
        """The UNWRAP_* schemes the device offers for this certificate's key."""

    def decrypt(self, cert: CertificateInfo, ciphertext: bytes, scheme: str) -> bytes:
        """Decrypt with the RSA private key of ``cert`` (one of the UNWRAP_RSA_* schemes)."""

    def derive_ecdh(self, cert: CertificateInfo, peer_point: bytes) -> bytes:
        """ECDH of the EC private key of ``cert`` with an uncompressed peer point: the shared
        secret (x coordinate), to be put through a KDF by the caller."""
