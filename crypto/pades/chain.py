"""Complete a signer's certificate chain from the AIA caIssuers URLs, so the signature carries it.

USB keys often hold only the signer's own certificate.  A signature without its intermediate
certificates cannot be validated offline, so before signing (when the network is used anyway for
the timestamp) the missing issuers are fetched, best effort, and embedded in the CMS.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import httpx
from asn1crypto import cms, pem, x509

log = logging.getLogger(__name__)

MAX_DEPTH = 5


def _issuer_in(cert: x509.Certificate, pool: Sequence[x509.Certificate]) -> x509.Certificate | None:
    for candidate in pool:
        if candidate.subject == cert.issuer and candidate.dump() != cert.dump():
            return candidate
    return None


def missing_issuer(leaf: x509.Certificate, chain: Sequence[x509.Certificate]) -> x509.Certificate:
    """The last certificate of the path we can build whose issuer we do not have."""
    current = leaf
    for _ in range(MAX_DEPTH + len(chain)):
        if current.self_signed != "no":
            return current
        issuer = _issuer_in(current, chain)
        if issuer is None:
            return current
        current = issuer
    return current


def complete_chain(
    leaf: x509.Certificate, chain: Sequence[x509.Certificate], *, timeout: float = 5.0
) -> tuple[x509.Certificate, ...]:
    """``chain`` plus whatever issuers the caIssuers URLs provide (never raises)."""
    found = list(chain)
    with httpx.Client(timeout=timeout, follow_redirects=True) as http:
        for _ in range(MAX_DEPTH):
            end = missing_issuer(leaf, found)
            if end.self_signed != "no":
                break
            fetched = _fetch_issuer(http, end)
            if fetched is None:
                break
            found.append(fetched)
    return tuple(found)


def _fetch_issuer(http: httpx.Client, cert: x509.Certificate) -> x509.Certificate | None:
    for url in _ca_issuer_urls(cert):
        try:
            resp = http.get(url)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.info("cannot fetch the issuer of %s from %s: %s", cert.subject.human_friendly,
                     url, exc)
            continue
        for candidate in _certificates(resp.content):
            if candidate.subject == cert.issuer:
                return candidate
    return None


def _ca_issuer_urls(cert: x509.Certificate) -> list[str]:
    aia = cert.authority_information_access_value
    if aia is None:
        return []
    return [
        desc["access_location"].native
        for desc in aia
        if desc["access_method"].native == "ca_issuers"
        and desc["access_location"].name == "uniform_resource_identifier"
    ]


def _certificates(data: bytes) -> list[x509.Certificate]:
    """Certificates in a DER/PEM certificate or a PKCS#7 certs-only bundle (.p7c)."""
    try:
        if pem.detect(data):
            return [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
        try:
            return [x509.Certificate.load(data, strict=True)]
        except ValueError:
            info = cms.ContentInfo.load(data, strict=True)
            return [c.chosen for c in info["content"]["certificates"] if c.name == "certificate"]
    except (ValueError, KeyError, TypeError):
        return []
