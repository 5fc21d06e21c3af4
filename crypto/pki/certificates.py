"""Certificate building blocks of the demo/test PKI: extensions, issuing, signing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import AuthorityInformationAccessOID

from .model import (
    KEY_USAGE_FLAGS,
    Identity,
    PublicKey,
    SigningKey,
    ca_cert_url,
    crl_url,
    ocsp_url,
)

Extensions = list[tuple[x509.ExtensionType, bool]]  # (extension, critical)


def key_usage_extension(flags: Iterable[str]) -> x509.KeyUsage:
    chosen = set(flags)
    unknown = chosen - set(KEY_USAGE_FLAGS)
    if unknown:
        raise ValueError(f"unknown key usage {sorted(unknown)}")
    return x509.KeyUsage(
        digital_signature="digital_signature" in chosen,
        content_commitment="non_repudiation" in chosen,
        key_encipherment="key_encipherment" in chosen,
        data_encipherment="data_encipherment" in chosen,
        key_agreement="key_agreement" in chosen,
        key_cert_sign="key_cert_sign" in chosen,
        crl_sign="crl_sign" in chosen,
        encipher_only=False,
        decipher_only=False,
    )


def aia(base_url: str, issuer: str, *, with_ocsp: bool = True) -> x509.AuthorityInformationAccess:
    oid = AuthorityInformationAccessOID
    descriptions = [
        x509.AccessDescription(
            oid.CA_ISSUERS, x509.UniformResourceIdentifier(ca_cert_url(base_url, issuer))
        )
    ]
    if with_ocsp:
        descriptions.insert(
            0, x509.AccessDescription(oid.OCSP, x509.UniformResourceIdentifier(ocsp_url(base_url)))
        )
    return x509.AuthorityInformationAccess(descriptions)


def revocation_pointers(base_url: str, issuer: str) -> Extensions:
    crl_dp = x509.CRLDistributionPoints(
        [
            x509.DistributionPoint(
                full_name=[x509.UniformResourceIdentifier(crl_url(base_url, issuer))],
                relative_name=None,
                reasons=None,
                crl_issuer=None,
            )
        ]
    )
    return [(aia(base_url, issuer), False), (crl_dp, False)]


def issue_certificate(
    issuer: Identity,
    subject: x509.Name,
    public_key: PublicKey,
    not_before: dt.datetime,
    not_after: dt.datetime,
    extensions: Extensions,
) -> x509.Certificate:
    issuer_cert = issuer.crypto_cert
    ski = issuer_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    extensions = [
        *extensions,
        (x509.SubjectKeyIdentifier.from_public_key(public_key), False),
        (x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), False),
    ]
    return sign_certificate(
        subject,
        public_key,
        issuer_cert.subject,
        issuer.signing_key(),
        not_before,
        not_after,
        extensions,
    )


def sign_certificate(
    subject: x509.Name,
    public_key: PublicKey,
    issuer_name: x509.Name,
    issuer_key: SigningKey,
    not_before: dt.datetime,
    not_after: dt.datetime,
    extensions: Extensions,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(issuer_key, hashes.SHA256())


def make_identity(
    name: str, cert: x509.Certificate, key: SigningKey | None, issuer: Identity | None
) -> Identity:
    asn1_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    chain = (asn1_cert, *(issuer.chain if issuer else ()))
    return Identity(name, asn1_cert, key, chain, issuer.name if issuer else None)
