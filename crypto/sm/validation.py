"""SM2 signature validation for pyHanko and pyhanko-certvalidator.

pyHanko checks every cryptographic signature through one hook, a ``SignatureValidator``: the
document signature (``validate_sig_integrity``), and — through the ``ValidationContext`` —
certificate, CRL, OCSP and attribute-certificate signatures while building and validating
paths.  :class:`SmSignatureValidator` verifies SM2 (SM2-with-SM3, SM2-1, and the bare SM2 OID
some producers write) and passes everything else to pyHanko's default validator, so one
instance serves every signature of a document.

Use it wherever a ``ValidationContext`` is made::

    ValidationContext(..., signature_validator=signature_validator())

and for a bare integrity check::

    validate_sig_integrity(..., sig_validator=signature_validator())
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from asn1crypto import algos
from asn1crypto.keys import PublicKeyInfo
from cryptography.exceptions import InvalidSignature
from pyhanko_certvalidator.errors import AlgorithmNotSupported
from pyhanko_certvalidator.sig_validate import (
    DEFAULT_VALIDATION_CONTEXT,
    DefaultSignatureValidator,
    SignatureValidationContext,
    SignatureValidator,
)

from crypto.sm import sm2
from crypto.sm.oids import SM2_SIGNATURE_NAMES, SM2_SIGNATURE_OIDS, SM3_NAME, is_sm2_curve


def is_sm2_algorithm(algorithm: algos.SignedDigestAlgorithm) -> bool:
    """Whether a signatureAlgorithm names SM2 (by any of its OIDs)."""
    oid = algorithm["algorithm"]
    return oid.dotted in SM2_SIGNATURE_OIDS or oid.native in SM2_SIGNATURE_NAMES


class SmSignatureValidator(SignatureValidator):
    """SM2 signatures here; RSA, ECDSA, EdDSA … by ``fallback`` (pyHanko's default)."""

    def __init__(
        self,
        signer_ids: Sequence[bytes] = (sm2.DEFAULT_SIGNER_ID,),
        fallback: SignatureValidator | None = None,
    ) -> None:
        if not signer_ids:
            raise ValueError("at least one SM2 signer ID is needed")
        self.signer_ids = tuple(dict.fromkeys(signer_ids))  # in order, each once
        self.fallback = fallback or DefaultSignatureValidator()
        # signature value → the signer ID it verified with, when that is not the first one
        self._other_ids: dict[bytes, bytes] = {}
        self._lock = threading.Lock()

    def validate_signature(
        self,
        signature: bytes,
        signed_data: bytes,
        public_key_info: PublicKeyInfo,
        signature_algorithm: algos.SignedDigestAlgorithm,
        context: SignatureValidationContext = DEFAULT_VALIDATION_CONTEXT,
    ) -> None:
        """Return if the signature is valid; raise InvalidSignature if not."""
        if is_sm2_algorithm(signature_algorithm):
            self._validate_sm2(signature, signed_data, public_key_info, context)
            return
        if is_sm2_curve(public_key_info):
            raise AlgorithmNotSupported(
                f"an SM2 key cannot make a "
                f"{signature_algorithm['algorithm'].native} signature"
            )
        self.fallback.validate_signature(
            signature, signed_data, public_key_info, signature_algorithm, context
        )

    def _validate_sm2(
        self,
        signature: bytes,
        signed_data: bytes,
        public_key_info: PublicKeyInfo,
        context: SignatureValidationContext,
    ) -> None:
        if context.prehashed:
            # e = SM3(Z‖M) needs M itself: a signature without signed attributes over a
            # document digest cannot be checked from that digest
            raise AlgorithmNotSupported(
                "SM2 signatures without signed attributes are not supported"
            )
        md = context.contextual_md_algorithm
        if md is not None and md.lower() != SM3_NAME:
            raise AlgorithmNotSupported(f"SM2 is used with SM3, not {md}")
        if not is_sm2_curve(public_key_info):
            raise InvalidSignature("the signer's key is not an SM2 key")
        try:
            point = sm2.public_point(public_key_info)
        except ValueError as exc:
            raise InvalidSignature(str(exc)) from exc
        for n, signer_id in enumerate(self.signer_ids):
            if sm2.verify_digest(point, sm2.message_digest(point, signed_data, signer_id),
                                 signature):
                if n:
                    self._remember(signature, signer_id)
                return
        raise InvalidSignature("the SM2 signature does not verify")

    def signer_id_used(self, signature: bytes) -> bytes | None:
        """The signer ID an SM2 signature value verified with here, if not the first (the
        default); None for the default ID, a signature not seen, or not SM2."""
        return self._other_ids.get(bytes(signature))

    def _remember(self, signature: bytes, signer_id: bytes) -> None:
        with self._lock:
            if len(self._other_ids) >= _REMEMBERED:
                self._other_ids.pop(next(iter(self._other_ids)))  # the oldest
            self._other_ids[bytes(signature)] = signer_id


_DEFAULT: SmSignatureValidator | None = None
_REMEMBERED = 1024  # signatures whose non-default signer ID is kept for signer_id_used


def signature_validator(signer_ids: Sequence[bytes] | None = None) -> SmSignatureValidator:
    """SealDesk's validator: SM2 with ``signer_ids`` (default: the GM/T 0009 ID), else pyHanko's.

    ``signer_ids`` are tried in order; one that verifies after the first is remembered
    (:meth:`SmSignatureValidator.signer_id_used`).  The default instance is shared.
    """
    global _DEFAULT
    if signer_ids is not None and tuple(signer_ids) != (sm2.DEFAULT_SIGNER_ID,):
        return SmSignatureValidator(signer_ids)
    if _DEFAULT is None:
        _DEFAULT = SmSignatureValidator()
    return _DEFAULT


__all__ = ["SmSignatureValidator", "is_sm2_algorithm", "signature_validator"]
