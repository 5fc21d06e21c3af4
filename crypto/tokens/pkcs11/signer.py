"""The pyHanko signer for a key on a PKCS#11 token.

The host hashes; the token only performs the raw private-key operation, on the module's
thread: RSA PKCS#1 v1.5 (CKM_RSA_PKCS over a DigestInfo), RSA-PSS (CKM_RSA_PKCS_PSS, salt as
long as the digest, MGF1 with the same hash) and ECDSA (CKM_ECDSA over the digest, r||s turned
into DER).  Raw mechanisms work on every token, whatever hash mechanisms it lacks.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
from collections.abc import Sequence
from concurrent.futures import Future
from typing import Any, Protocol

from asn1crypto import algos, core, x509
from pkcs11 import MGF, Mechanism
from pyhanko.sign.signers import Signer

from crypto.errors import CertificateError, Text
from crypto.tokens.base import CertificateInfo
from crypto.tokens.mechanisms import chain_store, dummy_signature

# digest name (pyHanko / asn1crypto spelling) -> (CKM_ for PSS hashAlg, CKG_MGF1_ for PSS mgf)
_PSS_HASHES: dict[str, tuple[Mechanism, MGF]] = {
    "sha1": (Mechanism.SHA_1, MGF.SHA1),
    "sha224": (Mechanism.SHA224, MGF.SHA224),
    "sha256": (Mechanism.SHA256, MGF.SHA256),
    "sha384": (Mechanism.SHA384, MGF.SHA384),
    "sha512": (Mechanism.SHA512, MGF.SHA512),
    "sha3_224": (Mechanism.SHA3_224, MGF.SHA3_224),
    "sha3_256": (Mechanism.SHA3_256, MGF.SHA3_256),
    "sha3_384": (Mechanism.SHA3_384, MGF.SHA3_384),
    "sha3_512": (Mechanism.SHA3_512, MGF.SHA3_512),
}


class TokenKey(Protocol):
    """What the signer needs from an open session: one key and a way to use it."""

    needs_context_login: bool  # CKA_ALWAYS_AUTHENTICATE: a PIN before every signature

    def context_pin(self) -> str | None:
        """Ask for the PIN of one signature (blocking; None = PIN pad; raises Cancelled)."""

    def submit_sign(
        self,
        payload: bytes,
        mechanism: Mechanism,
        param: Any,
        *,
        context_login: bool = False,
        pin: str | None = None,
    ) -> Future[bytes]:
        """Queue C_SignInit / [C_Login(CKU_CONTEXT_SPECIFIC, pin)] / C_Sign on the module
        thread."""


class Pkcs11Signer(Signer):
    """pyHanko Signer whose raw signatures are made by a token key (not pyHanko's PKCS11Signer)."""

    def __init__(
        self,
        key: TokenKey,
        cert: CertificateInfo,
        *,
        use_pss: bool = False,
        digest_algorithm: str | None = None,
    ) -> None:
        if cert.key_type not in ("rsa", "ec"):
            raise CertificateError(
                detail=Text("{kind} keys cannot sign here", kind=cert.key_type.upper())
            )
        if use_pss and cert.key_type != "rsa":
            raise CertificateError(detail=Text("RSA-PSS needs an RSA key"))
        self._key = key
        self._key_type = cert.key_type
        self._use_pss = use_pss
        chain: Sequence[x509.Certificate] = cert.chain
        super().__init__(
            signing_cert=cert.certificate,
            cert_registry=chain_store(cert.certificate, chain),
            prefer_pss=use_pss,
            signature_mechanism=_fixed_mechanism(cert.key_type, use_pss, digest_algorithm),
        )

    def get_signature_mechanism_for_digest(
        self, digest_algorithm: str | None
    ) -> algos.SignedDigestAlgorithm:
        """As pyHanko's, except that RSA-PSS uses a salt as long as the digest."""
        if self.signature_mechanism is not None:
            return self.signature_mechanism
        if self._use_pss:
            if digest_algorithm is None:
                raise ValueError("Digest algorithm required for RSASSA-PSS")
            return _pss_mechanism(digest_algorithm.lower())
        return super().get_signature_mechanism_for_digest(digest_algorithm)

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        """Hash ``data`` here and have the token sign the digest; dry runs never touch it."""
        digest_algorithm = digest_algorithm.lower()
        if dry_run:
            mech = self.get_signature_mechanism_for_digest(digest_algorithm)
            return dummy_signature(self.signing_cert, mech)
        digest = hashlib.new(digest_algorithm, data).digest()
        if self._key_type == "ec":
            mechanism, param, payload = Mechanism.ECDSA, None, digest
        elif self._use_pss:
            hash_mech, mgf = _PSS_HASHES[digest_algorithm]
            mechanism, payload = Mechanism.RSA_PKCS_PSS, digest
            param = (hash_mech, mgf, len(digest))  # salt as long as the digest
        else:
            mechanism, param = Mechanism.RSA_PKCS, None
            payload = _digest_info_prefix(digest_algorithm) + digest
        pin = None
        context = self._key.needs_context_login
        if context:
            # the prompt may wait for a dialog: keep the event loop free meanwhile
            pin = await asyncio.to_thread(self._key.context_pin)
        job = self._key.submit_sign(payload, mechanism, param, context_login=context, pin=pin)
        raw = await asyncio.wrap_future(job)
        if self._key_type == "ec":
            return bytes(algos.DSASignature.from_p1363(raw).dump())
        return raw


def _fixed_mechanism(
    key_type: str, use_pss: bool, digest_algorithm: str | None
) -> algos.SignedDigestAlgorithm | None:
    """The mechanism when the caller pins the digest (pyHanko then signs with that digest)."""
    if digest_algorithm is None:
        return None
    digest_algorithm = digest_algorithm.lower()
    if use_pss:
        return _pss_mechanism(digest_algorithm)
    suffix = "ecdsa" if key_type == "ec" else "rsa"
    return algos.SignedDigestAlgorithm({"algorithm": f"{digest_algorithm}_{suffix}"})


@functools.cache
def _digest_info_prefix(digest_algorithm: str) -> bytes:
    """DER of a PKCS#1 DigestInfo up to the digest bytes (NULL parameters, as RFC 8017 wants)."""
    size = hashlib.new(digest_algorithm).digest_size
    info = algos.DigestInfo({
        "digest_algorithm": {"algorithm": digest_algorithm, "parameters": core.Null()},
        "digest": b"\0" * size,
    })
    return bytes(info.dump()[:-size])


@functools.cache
def _pss_mechanism(digest_algorithm: str) -> algos.SignedDigestAlgorithm:
    if digest_algorithm not in _PSS_HASHES:
        raise ValueError(f"RSA-PSS with {digest_algorithm} is not supported")
    size = hashlib.new(digest_algorithm).digest_size
    hash_algo = algos.DigestAlgorithm({"algorithm": digest_algorithm})
    return algos.SignedDigestAlgorithm({
        "algorithm": "rsassa_pss",
        "parameters": algos.RSASSAPSSParams({
            "hash_algorithm": hash_algo,
            "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": hash_algo},
            "salt_length": size,
        }),
    })
