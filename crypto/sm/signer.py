"""``Sm2Signer``: pyHanko's ``Signer`` for SM2 keys, whatever holds the key.

pyHanko builds the CMS (signed attributes with messageDigest and signing-certificate-v2 over
SM3, SignerInfo, certificates) and hands us the DER signed attributes M.  Here
e = SM3(Z‖M) is computed (Z from the certificate's public key and the signer ID), and the key
source signs e: a soft key in memory, an SKF device, a PKCS#11 token — anything with
``sign_digest(e) -> DER``.

Where Z is computed in a parallel batch: worker processes send M (a few hundred bytes) to the
main process, whose ``Sm2Signer`` computes Z and e and asks the key.  Z is computed once per
signer; no worker needs the signer ID or the key.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from asn1crypto import tsp, x509
from pyhanko.sign.attributes import CMSAttributeProvider, SigningCertificateV2Provider
from pyhanko.sign.general import as_signing_certificate_v2
from pyhanko.sign.signers import Signer

from crypto import errors
from crypto.errors import Text
from crypto.sm import sm2
from crypto.sm.profile import SM2_DIGEST, is_sm2_certificate, sm2_mechanism
from crypto.tokens.mechanisms import chain_store, dummy_signature


class Sm2RawKey(Protocol):
    """An SM2 private key that signs a host-computed e = SM3(Z‖M)."""

    def sign_digest(self, e: bytes) -> bytes:
        """A DER SM2 signature (r, s) over the 32 bytes ``e``.

        A key with ``signs_message = True`` offers ``sign_message(M)`` instead: a PKCS#11
        token that computes Z and SM3 itself (crypto.tokens.pkcs11.sm2key)."""


class SmSignedAttributes(Signer):
    """Signer base for anything that may sign with an SM2 certificate (our SM2 signer, the
    worker processes' remote signer): signing-certificate-v2 then identifies the certificate
    by its SM3 hash (pyHanko always uses SHA-256 there).  Other certificates: unchanged."""

    def _signed_attr_providers(self, *args: Any, **kwargs: Any) -> Iterator[CMSAttributeProvider]:
        # overrides a pyHanko-internal method (pinned pyHanko 0.38); the SM2 tests check the
        # attribute, so an upgrade that changes this hook fails loudly
        providers = super()._signed_attr_providers(*args, **kwargs)
        if not is_sm2_certificate(self.signing_cert):
            yield from providers
            return
        for provider in providers:
            if isinstance(provider, SigningCertificateV2Provider):
                yield _Sm3SigningCertificate(provider.signing_cert)
            else:
                yield provider


class Sm2Signer(SmSignedAttributes):
    """CMS signatures with SM2-with-SM3 (digest SM3) for the SM2 key of ``cert``."""

    def __init__(
        self,
        key: Sm2RawKey,
        cert: x509.Certificate,
        chain: Sequence[x509.Certificate] = (),
        *,
        signer_id: bytes = sm2.DEFAULT_SIGNER_ID,
    ) -> None:
        if not is_sm2_certificate(cert):
            raise errors.NotSm2Key(
                subject=str(cert.subject.human_friendly),
                detail=Text("its key is {kind}", kind=_key_kind(cert)),
            )
        self._key = key
        self.signer_id = signer_id
        self._z = sm2.za(sm2.public_point(cert.public_key), signer_id)
        super().__init__(
            signing_cert=cert,
            cert_registry=chain_store(cert, chain),
            signature_mechanism=sm2_mechanism(),
        )

    def message_digest(self, data: bytes) -> bytes:
        """e = SM3(Z‖data): what the key signs for ``data``."""
        return sm2.sm3(self._z + data)

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        """Sign ``data`` (the DER signed attributes): e = SM3(Z‖data), then the key signs e."""
        if digest_algorithm.lower() != SM2_DIGEST:
            raise errors.SigningError(
                detail=Text(
                    "SM2 signatures use the SM3 digest, not {digest}", digest=digest_algorithm
                )
            )
        if dry_run:
            return dummy_signature(self.signing_cert, sm2_mechanism())
        if getattr(self._key, "signs_message", False):  # the token computes Z and SM3 itself
            return bytes(self._key.sign_message(data))  # type: ignore[attr-defined]
        return self._key.sign_digest(self.message_digest(data))


class _Sm3SigningCertificate(SigningCertificateV2Provider):
    """signing-certificate-v2 (RFC 5035) with the certificate hashed by SM3."""

    async def build_attr_value(self, dry_run: bool = False) -> tsp.SigningCertificateV2:
        return as_signing_certificate_v2(self.signing_cert, SM2_DIGEST)


def _key_kind(cert: x509.Certificate) -> str:
    pub = cert.public_key
    if pub.algorithm == "ec":
        return f"EC {pub['algorithm']['parameters'].chosen.native}"
    return str(pub.algorithm).upper()


__all__ = ["SmSignedAttributes", "Sm2RawKey", "Sm2Signer"]
