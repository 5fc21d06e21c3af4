"""Facts about signature mechanisms shared by every key source."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from asn1crypto import algos, x509
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

if TYPE_CHECKING:
    from pyhanko_certvalidator.registry import SimpleCertificateStore


def dummy_signature(cert: x509.Certificate, mech: algos.SignedDigestAlgorithm) -> bytes:
    """Bytes as long as the longest real signature this key can make (for size estimates).

    pyHanko reserves room for the CMS object before the real signature exists; answering the
    dry run here saves a round trip to the token (or a private-key operation) per document.
    """
    pub = cert.public_key
    if pub.algorithm == "rsa":
        return b"\x00" * ((int(pub.bit_size) + 7) // 8)
    # ECDSA / SM2: DER SEQUENCE of two INTEGERs, each as long as the order plus a sign byte
    top = (1 << pub.bit_size) - 1
    return encode_dss_signature(top, top)


def chain_store(
    leaf: x509.Certificate, chain: Sequence[x509.Certificate]
) -> SimpleCertificateStore:
    """The certificates a signature carries besides the signer's own (pyHanko adds that one).

    Leaving the leaf out, and each CA once, keeps the CMS free of duplicates.
    """
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    seen = {leaf.dump()}
    extra = []
    for cert in chain:
        der = cert.dump()
        if der not in seen:
            seen.add(der)
            extra.append(cert)
    store: SimpleCertificateStore = SimpleCertificateStore.from_certs(extra)
    return store
