"""Validation contexts for collecting revocation data at signing time (B-LT, B-LTA)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from asn1crypto import x509
from pyhanko_certvalidator import ValidationContext


def _self_signed(cert: x509.Certificate) -> bool:
    return bool(cert.subject == cert.issuer)


def signing_validation_context(
    signer_chain: Sequence[x509.Certificate],
    extra_trust: Iterable[x509.Certificate] = (),
    *,
    allow_fetching: bool = True,
) -> ValidationContext:
    """A context that can build the signer's path and fetch OCSP/CRL data for embedding.

    At signing time the question is not whether to trust the signer (the custodian chose this
    certificate) but which revocation data to embed; so the root that comes with the signer's
    own chain is accepted as an anchor next to the explicitly trusted ones.  One context is
    shared by a whole batch, so each OCSP response and CRL is fetched once.
    """
    roots = [c for c in signer_chain if _self_signed(c)] + list(extra_trust)
    others = [c for c in signer_chain if not _self_signed(c)]
    from crypto.sm.validation import signature_validator

    return ValidationContext(
        trust_roots=roots,
        other_certs=others,
        allow_fetching=allow_fetching,
        revocation_mode="hard-fail",
        signature_validator=signature_validator(),  # SM2 chains, CRLs and OCSP too
    )
