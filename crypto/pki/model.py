"""The demo/test PKI's data: identities (certificate, key, chain), revocations, the PKI itself.

Made by :func:`crypto.pki.builder.generate_pki`, written and read by :mod:`crypto.pki.storage`,
served by :class:`crypto.pki.services.PkiServer`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

from asn1crypto import keys as asn1_keys
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

SigningKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey
KeyType = Literal["rsa", "ec"]

#: Password of the PKCS#12 files of the demo/test PKI (not a secret: the whole PKI is for demos).
DEMO_P12_PASSWORD = b"sealdesk"  # noqa: S105

DEFAULT_COMPANY = "示例科技有限公司"
DEFAULT_COMPANY_EN = "Demo Tech Co., Ltd."
#: Unified Social Credit Code style id of the demo company (subject serialNumber of the seal).
DEFAULT_CREDIT_CODE = "91110000MA01ABCD2Q"
DEFAULT_PERSON = "张三"
SEAL_UNIT = "合同专用章"

CA_NAMES = ("root", "intermediate")
SERVICE_NAMES = ("tsa", "ocsp")
#: Leaves :func:`generate_pki` makes by default, in this order.
LEAF_NAMES = (
    "seal-rsa",  # RSA 2048 company seal
    "seal-ec",  # ECDSA P-256 company seal, same subject
    "person-rsa",  # RSA 2048 natural person (second signer)
    "expired",  # validity ended yesterday
    "not-yet-valid",  # validity starts tomorrow
    "revoked",  # on the intermediate's CRL, "revoked" by OCSP
    "no-sign-usage",  # keyUsage keyEncipherment only
)
#: keyUsage of a signing leaf unless stated otherwise.
SIGNING_USAGE = frozenset({"digital_signature", "non_repudiation"})
KEY_USAGE_FLAGS = (
    "digital_signature",
    "non_repudiation",
    "key_encipherment",
    "data_encipherment",
    "key_agreement",
    "key_cert_sign",
    "crl_sign",
)


def tsa_url(base_url: str) -> str:
    return f"{base_url.rstrip('/')}/tsa"


def ocsp_url(base_url: str) -> str:
    return f"{base_url.rstrip('/')}/ocsp"


def crl_url(base_url: str, ca: str) -> str:
    return f"{base_url.rstrip('/')}/crl/{ca}.crl"


def ca_cert_url(base_url: str, ca: str) -> str:
    return f"{base_url.rstrip('/')}/certs/{ca}.crt"


@dataclass(eq=False)
class Identity:
    """A certificate, its private key (``None`` when the key lives elsewhere, e.g. on a token)
    and its chain: ``chain[0]`` is :attr:`cert`, followed by its issuers up to and including
    the root."""

    name: str
    cert: asn1_x509.Certificate
    key: SigningKey | None
    chain: tuple[asn1_x509.Certificate, ...]
    issuer: str | None = None  # name of the issuing identity; None for the root

    @cached_property
    def crypto_cert(self) -> x509.Certificate:
        """The certificate as a ``cryptography`` object."""
        return x509.load_der_x509_certificate(self.cert.dump())

    @property
    def serial(self) -> int:
        return int(self.cert.serial_number)

    @property
    def issuers(self) -> tuple[asn1_x509.Certificate, ...]:
        """The chain without the certificate itself."""
        return self.chain[1:]

    def signing_key(self) -> SigningKey:
        if self.key is None:
            raise ValueError(f"identity {self.name!r} has no private key here")
        return self.key

    def cert_der(self) -> bytes:
        return bytes(self.cert.dump())

    def cert_pem(self) -> bytes:
        return self.crypto_cert.public_bytes(serialization.Encoding.PEM)

    def chain_pem(self) -> bytes:
        """PEM bundle of :attr:`chain` (certificate first, root last)."""
        return b"".join(_pem(c) for c in self.chain)

    def key_pem(self, password: bytes | None = None) -> bytes:
        """Private key as PKCS#8 PEM, encrypted when a password is given."""
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(password)
            if password
            else serialization.NoEncryption()
        )
        return self.signing_key().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )

    def key_info(self) -> asn1_keys.PrivateKeyInfo:
        """Private key as an asn1crypto ``PrivateKeyInfo`` (what pyHanko's signers take)."""
        der = self.signing_key().private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return asn1_keys.PrivateKeyInfo.load(der)

    def to_pkcs12(self, password: bytes | None = DEMO_P12_PASSWORD) -> bytes:
        """PKCS#12 with the key, the certificate and its issuers; ``password=None`` leaves it
        unencrypted."""
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(password)
            if password
            else serialization.NoEncryption()
        )
        cas = [x509.load_der_x509_certificate(c.dump()) for c in self.issuers]
        return pkcs12.serialize_key_and_certificates(
            self.name.encode(), self.signing_key(), self.crypto_cert, cas, encryption
        )


@dataclass(frozen=True)
class Revocation:
    serial: int
    issuer: str  # name of the CA that revoked it
    time: dt.datetime
    reason: x509.ReasonFlags = x509.ReasonFlags.key_compromise


@dataclass(eq=False)
class Pki:
    """A generated (:func:`crypto.pki.builder.generate_pki`) or loaded (:meth:`load`) PKI.

    ``leaves`` holds the signing identities by name (:data:`LEAF_NAMES`, plus any made with
    :meth:`issue`); ``revocations`` is keyed by serial number.  ``company`` is the Chinese
    company name in the seal subjects; ``company_en`` its English name for texts that want
    one (it appears in no certificate).  ``created`` anchors the validity periods.
    """

    base_url: str
    root: Identity
    intermediate: Identity
    tsa: Identity
    ocsp: Identity
    leaves: dict[str, Identity] = field(default_factory=dict)
    revocations: dict[int, Revocation] = field(default_factory=dict)
    company: str = DEFAULT_COMPANY
    company_en: str = DEFAULT_COMPANY_EN
    credit_code: str = DEFAULT_CREDIT_CODE
    created: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    # --- look-ups --------------------------------------------------------------------------

    @property
    def identities(self) -> dict[str, Identity]:
        """Every identity by name: CAs, services, then leaves."""
        fixed = {"root": self.root, "intermediate": self.intermediate}
        return {**fixed, "tsa": self.tsa, "ocsp": self.ocsp, **self.leaves}

    @property
    def cas(self) -> dict[str, Identity]:
        return {"root": self.root, "intermediate": self.intermediate}

    def __getitem__(self, name: str) -> Identity:
        try:
            return self.identities[name]
        except KeyError:
            raise KeyError(f"no identity {name!r} in this PKI") from None

    @property
    def trust_roots(self) -> list[asn1_x509.Certificate]:
        return [self.root.cert]

    @property
    def revoked_serials(self) -> frozenset[int]:
        return frozenset(self.revocations)

    @property
    def tsa_url(self) -> str:
        return tsa_url(self.base_url)

    @property
    def ocsp_url(self) -> str:
        return ocsp_url(self.base_url)

    def crl_url(self, ca: str = "intermediate") -> str:
        return crl_url(self.base_url, ca)

    def ca_cert_url(self, ca: str = "intermediate") -> str:
        return ca_cert_url(self.base_url, ca)

    # --- changes ---------------------------------------------------------------------------

    def issue(
        self,
        name: str,
        *,
        public_key: PublicKey | None = None,
        key_type: KeyType = "rsa",
        subject: x509.Name | None = None,
        key_usage: Iterable[str] = SIGNING_USAGE,
        not_before: dt.datetime | None = None,
        not_after: dt.datetime | None = None,
    ) -> Identity:
        """Issue a leaf from the intermediate and add it to :attr:`leaves`.

        With ``public_key`` (e.g. a key generated on a token) the identity has no private key;
        otherwise a fresh RSA 2048 or P-256 key is made.  The leaf gets AIA and CRL pointers,
        so the OCSP responder and the CRL know it like any other leaf.
        """
        from .builder import issue_leaf

        identity = issue_leaf(
            self,
            name,
            public_key=public_key,
            key_type=key_type,
            subject=subject,
            key_usage=key_usage,
            not_before=not_before,
            not_after=not_after,
        )
        self.leaves[name] = identity
        return identity

    def revoke(
        self,
        name: str,
        *,
        when: dt.datetime | None = None,
        reason: x509.ReasonFlags = x509.ReasonFlags.key_compromise,
    ) -> Revocation:
        """Revoke an identity: its issuer's CRL lists it and OCSP answers "revoked"."""
        identity = self[name]
        if identity.issuer is None:
            raise ValueError("the root cannot be revoked")
        revocation = Revocation(
            identity.serial, identity.issuer, when or dt.datetime.now(dt.UTC), reason
        )
        self.revocations[identity.serial] = revocation
        return revocation

    # --- files -----------------------------------------------------------------------------

    def save(self, directory: Path, *, p12_password: bytes | None = DEMO_P12_PASSWORD) -> Path:
        """Write the PKI to ``directory`` (layout: :mod:`crypto.pki.storage`)."""
        from .storage import save_pki

        return save_pki(self, Path(directory), p12_password=p12_password)

    @classmethod
    def load(cls, directory: Path) -> Pki:
        """Read a PKI written by :meth:`save`."""
        from .storage import load_pki

        return load_pki(Path(directory))


def _pem(cert: asn1_x509.Certificate) -> bytes:
    return bytes(pem.armor("CERTIFICATE", cert.dump()))
