"""A complete demo/test PKI: root and issuing CA, TSA, OCSP responder and signing certificates.

``sealdesk demo`` uses it to make a self-contained PKI with a local timestamp service; the test
suite uses it (through ``tests/fixtures/pki.py``) for real signing, timestamping and revocation.

Every certificate that carries revocation pointers points under one ``base_url``, where
:class:`crypto.pki.services.PkiServer` answers:

==============================  ==========================================================
``{base}/tsa``                  RFC 3161 time-stamp protocol (POST)
``{base}/ocsp``                 RFC 6960 OCSP (POST, or GET ``/ocsp/<base64 request>``)
``{base}/crl/<ca>.crl``         DER CRL of ``root`` or ``intermediate``
``{base}/certs/<ca>.crt``       DER certificate of ``root`` or ``intermediate`` (caIssuers)
==============================  ==========================================================

Shape: root CA (RSA 3072) → issuing CA "intermediate" (RSA 2048, pathLen 0) → TSA, OCSP
responder and the leaves of :data:`LEAF_NAMES`.  The intermediate is revocation-checked by the
root's CRL and by OCSP responses the root signs itself; the leaves and the TSA by the
intermediate's CRL and by the delegated OCSP responder (which carries id-pkix-ocsp-nocheck).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from .certificates import (
    aia,
    issue_certificate,
    key_usage_extension,
    make_identity,
    revocation_pointers,
    sign_certificate,
)
from .model import (
    DEFAULT_COMPANY,
    DEFAULT_COMPANY_EN,
    DEFAULT_CREDIT_CODE,
    DEFAULT_PERSON,
    LEAF_NAMES,
    SEAL_UNIT,
    SIGNING_USAGE,
    Identity,
    KeyType,
    Pki,
    PublicKey,
    SigningKey,
)

_DAY = dt.timedelta(days=1)


def generate_pki(
    base_url: str,
    *,
    company: str = DEFAULT_COMPANY,
    company_en: str = DEFAULT_COMPANY_EN,
    credit_code: str = DEFAULT_CREDIT_CODE,
    person: str = DEFAULT_PERSON,
    leaves: Iterable[str] | None = None,
    now: dt.datetime | None = None,
) -> Pki:
    """Generate a fresh PKI whose revocation pointers and TSA live under ``base_url``.

    ``leaves`` picks from :data:`LEAF_NAMES` (default: all).  ``now`` anchors every validity
    period (default: the current time).  Takes well under a second.
    """
    base_url = base_url.rstrip("/")
    wanted = tuple(LEAF_NAMES if leaves is None else leaves)
    unknown = sorted(set(wanted) - set(LEAF_NAMES))
    if unknown:
        raise ValueError(f"unknown leaf names {unknown}; known: {', '.join(LEAF_NAMES)}")
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)

    root_key = rsa.generate_private_key(65537, 3072)
    root_name = _ca_subject("SealDesk Demo Root CA")
    root_cert = sign_certificate(
        root_name,
        root_key.public_key(),
        root_name,
        root_key,
        now - _DAY,
        now + 20 * 365 * _DAY,
        [
            (x509.BasicConstraints(ca=True, path_length=None), True),
            (key_usage_extension({"digital_signature", "key_cert_sign", "crl_sign"}), True),
            (x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), False),
            (x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False),
        ],
    )
    root = make_identity("root", root_cert, root_key, None)

    inter_key = rsa.generate_private_key(65537, 2048)
    inter_cert = issue_certificate(
        root,
        _ca_subject("SealDesk Demo Issuing CA"),
        inter_key.public_key(),
        now - _DAY,
        now + 10 * 365 * _DAY,
        [
            (x509.BasicConstraints(ca=True, path_length=0), True),
            (key_usage_extension({"digital_signature", "key_cert_sign", "crl_sign"}), True),
            *revocation_pointers(base_url, "root"),
        ],
    )
    intermediate = make_identity("intermediate", inter_cert, inter_key, root)

    tsa_key = rsa.generate_private_key(65537, 2048)
    tsa_cert = issue_certificate(
        intermediate,
        _ca_subject("SealDesk Demo TSA"),
        tsa_key.public_key(),
        now - _DAY,
        now + 5 * 365 * _DAY,
        [
            (x509.BasicConstraints(ca=False, path_length=None), True),
            (key_usage_extension(SIGNING_USAGE), True),
            (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True),
            *revocation_pointers(base_url, "intermediate"),
        ],
    )
    ocsp_key = rsa.generate_private_key(65537, 2048)
    ocsp_cert = issue_certificate(
        intermediate,
        _ca_subject("SealDesk Demo OCSP Responder"),
        ocsp_key.public_key(),
        now - _DAY,
        now + 5 * 365 * _DAY,
        [
            (x509.BasicConstraints(ca=False, path_length=None), True),
            (key_usage_extension({"digital_signature"}), True),
            (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.OCSP_SIGNING]), False),
            (x509.OCSPNoCheck(), False),
            (aia(base_url, "intermediate", with_ocsp=False), False),
        ],
    )
    pki = Pki(
        base_url=base_url,
        root=root,
        intermediate=intermediate,
        tsa=make_identity("tsa", tsa_cert, tsa_key, intermediate),
        ocsp=make_identity("ocsp", ocsp_cert, ocsp_key, intermediate),
        company=company,
        company_en=company_en,
        credit_code=credit_code,
        created=now,
    )
    seal = _seal_subject(company, credit_code)
    person_subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, company),
            x509.NameAttribute(NameOID.COMMON_NAME, person),
        ]
    )
    plans: Mapping[str, tuple[KeyType, x509.Name | None, Iterable[str], dt.datetime, dt.datetime]]
    plans = {
        "seal-rsa": ("rsa", seal, SIGNING_USAGE, now - _DAY, now + 730 * _DAY),
        "seal-ec": ("ec", seal, SIGNING_USAGE, now - _DAY, now + 730 * _DAY),
        "person-rsa": ("rsa", person_subject, SIGNING_USAGE, now - _DAY, now + 730 * _DAY),
        "expired": ("rsa", None, SIGNING_USAGE, now - 365 * _DAY, now - _DAY),
        "not-yet-valid": ("rsa", None, SIGNING_USAGE, now + _DAY, now + 730 * _DAY),
        "revoked": ("rsa", None, SIGNING_USAGE, now - 30 * _DAY, now + 730 * _DAY),
        "no-sign-usage": ("rsa", None, {"key_encipherment"}, now - _DAY, now + 730 * _DAY),
    }
    for name in wanted:
        key_type, subject, usage, not_before, not_after = plans[name]
        pki.issue(
            name,
            key_type=key_type,
            subject=subject,
            key_usage=usage,
            not_before=not_before,
            not_after=not_after,
        )
    if "revoked" in pki.leaves:
        pki.revoke("revoked", when=now - _DAY)
    return pki


def issue_leaf(
    pki: Pki,
    name: str,
    *,
    public_key: PublicKey | None = None,
    key_type: KeyType = "rsa",
    subject: x509.Name | None = None,
    key_usage: Iterable[str] = SIGNING_USAGE,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
) -> Identity:
    """A leaf issued by ``pki``'s intermediate (see :meth:`Pki.issue`, which also registers it)."""
    if name in pki.identities:
        raise ValueError(f"identity {name!r} already exists")
    key: SigningKey | None = None
    if public_key is None:
        key = _new_key(key_type)
        public_key = key.public_key()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    cert = issue_certificate(
        pki.intermediate,
        subject or _test_subject(pki.company, name),
        public_key,
        not_before or now - _DAY,
        not_after or now + 730 * _DAY,
        [
            (x509.BasicConstraints(ca=False, path_length=None), True),
            (key_usage_extension(key_usage), True),
            *revocation_pointers(pki.base_url, pki.intermediate.name),
        ],
    )
    return make_identity(name, cert, key, pki.intermediate)


# --- building blocks -------------------------------------------------------------------------


def _new_key(key_type: KeyType) -> SigningKey:
    if key_type == "rsa":
        return rsa.generate_private_key(65537, 2048)
    if key_type == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    raise ValueError(f"unknown key type {key_type!r}")


def _ca_subject(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "SealDesk Demo PKI"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _seal_subject(company: str, credit_code: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, company),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, SEAL_UNIT),
            x509.NameAttribute(NameOID.COMMON_NAME, company),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, credit_code),
        ]
    )


def _test_subject(company: str, name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, company),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "SealDesk test"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{company} {name}"),
        ]
    )
