"""Open the signing identity a command names: a token key (PKCS#11 URI) or a soft certificate."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crypto import errors
from crypto.errors import Text
from crypto.tokens.base import CertificateInfo, Interaction, KeySession, unusable_error


@dataclass(frozen=True)
class IdentitySpec:
    """Where the key is.  Exactly one of pkcs11_uri, skf_library, p12 or key_pem is set."""

    pkcs11_uri: str | None = None
    modules: tuple[str, ...] = ()
    p12: Path | None = None
    key_pem: Path | None = None
    cert_pem: Path | None = None
    chain: tuple[Path, ...] = ()
    skf_library: Path | None = None  # an SM2 USB key's SKF (GM/T 0016) library
    skf_container: str | None = None  # its container (or APPLICATION/CONTAINER); None: the only
    pin: str | None = field(default=None, repr=False)
    password: bytes | None = field(default=None, repr=False)
    sm2_profile: Path | None = None  # vendor SM2 profile for PKCS#11 tokens (crypto.sm.p11profile)
    sm2_signer_id: bytes | None = None  # SM2 signer ID (None: 1234567812345678)


def open_identity(
    spec: IdentitySpec, interaction: Interaction
) -> tuple[KeySession, CertificateInfo]:
    """Open the key source and pick the one usable signing certificate it names.

    Certificates from ``--chain`` files are added to the chain whatever the key source.
    """
    session, cert = _open(spec, interaction)
    if spec.sm2_signer_id is not None:
        if cert.key_type != "sm2" or not hasattr(session, "signer_id"):
            session.close()
            raise errors.UsageError(detail=Text("--sm2-signer-id needs an SM2 key"))
        session.signer_id = spec.sm2_signer_id
    if spec.chain:
        from crypto.tokens.soft import load_certificates

        extra = tuple(c for p in spec.chain for c in load_certificates(p))
        cert = dataclasses.replace(cert, chain=tuple(cert.chain) + extra)
    return session, cert


def _open(spec: IdentitySpec, interaction: Interaction) -> tuple[KeySession, CertificateInfo]:
    if spec.pkcs11_uri is not None:
        from crypto.tokens.pkcs11 import open_uri

        profile = None
        if spec.sm2_profile is not None:
            from crypto.sm.p11profile import load_profile

            profile = load_profile(spec.sm2_profile)
        session = open_uri(spec.pkcs11_uri, interaction, modules=spec.modules, pin=spec.pin,
                           sm2_profile=profile)
        try:
            cert = choose_certificate(session.certificates(), spec.pkcs11_uri)
        except BaseException:
            session.close()
            raise
        return session, cert
    if spec.skf_library is not None:
        return _open_skf(spec, interaction)
    if spec.p12 is not None:
        from crypto.tokens.soft import open_pkcs12

        soft = open_pkcs12(spec.p12, spec.password)
        return soft, choose_certificate(soft.certificates(), str(spec.p12))
    if spec.key_pem is not None:
        if spec.cert_pem is None:
            raise errors.UsageError(detail=Text("--key-pem needs --cert-pem"))
        from crypto.tokens.soft import open_pem

        soft = open_pem(spec.key_pem, spec.cert_pem, (), spec.password)
        return soft, choose_certificate(soft.certificates(), str(spec.key_pem))
    raise errors.UsageError(detail=Text("choose a key: --key, --p12 or --key-pem"))


def _open_skf(spec: IdentitySpec, interaction: Interaction) -> tuple[KeySession, CertificateInfo]:
    """An SM2 USB key through its SKF library: log in once, pick the container's certificate."""
    from crypto.tokens.skf import open_skf

    assert spec.skf_library is not None
    application, container = None, spec.skf_container
    if container is not None and "/" in container:
        application, container = container.split("/", 1)
    session = open_skf(spec.skf_library, interaction, application=application, pin=spec.pin)
    try:
        certs = session.certificates()
        if container is not None:
            certs = [c for c in certs if c.key_id == container.encode()]
        cert = choose_certificate(certs, spec.skf_container or str(spec.skf_library))
    except BaseException:
        session.close()
        raise
    return session, cert


def choose_certificate(certs: Sequence[CertificateInfo], selector: str) -> CertificateInfo:
    """The single usable certificate; an unusable one is explained, several are ambiguous."""
    usable = [c for c in certs if c.usable]
    if len(usable) == 1:
        return usable[0]
    if not usable:
        if len(certs) == 1:
            raise unusable_error(certs[0])
        raise errors.KeyNotFound(selector=selector)
    names = ", ".join(f"{c.label!r}" for c in usable)
    raise errors.KeyNotFound(
        selector=selector,
        names=names,
        what="Several signing keys match {selector}: {names}.",
        todo="Name one with object=<label> or id=<hex> in the PKCS#11 URI.",
    )
