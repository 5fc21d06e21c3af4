"""Revocation data of the demo/test PKI: CRLs and an RFC 6960 OCSP responder.

Both read the PKI's current :attr:`Pki.revocations`, so :meth:`Pki.revoke` takes effect on the
next CRL or OCSP answer.  ``thisUpdate`` lies :data:`REVINFO_BACKDATE` in the past so that a
validator whose clock moment was taken a little earlier still accepts the answer.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from .model import Identity, Pki

REVINFO_BACKDATE = dt.timedelta(minutes=5)
CRL_VALIDITY = dt.timedelta(days=3)
OCSP_VALIDITY = dt.timedelta(days=1)


def make_crl(pki: Pki, ca: str = "intermediate", *, now: dt.datetime | None = None) -> bytes:
    """DER CRL of ``ca`` (``"root"`` or ``"intermediate"``), next update a few days ahead."""
    try:
        issuer = pki.cas[ca]
    except KeyError:
        raise ValueError(f"no CA named {ca!r}") from None
    now = _now(now)
    issuer_cert = issuer.crypto_cert
    ski = issuer_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer_cert.subject)
        .last_update(now - REVINFO_BACKDATE)
        .next_update(now + CRL_VALIDITY)
        .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
    )
    for revocation in pki.revocations.values():
        if revocation.issuer != ca:
            continue
        entry = (
            x509.RevokedCertificateBuilder()
            .serial_number(revocation.serial)
            .revocation_date(revocation.time)
            .add_extension(x509.CRLReason(revocation.reason), critical=False)
            .build()
        )
        builder = builder.add_revoked_certificate(entry)
    crl = builder.sign(issuer.signing_key(), hashes.SHA256())
    return crl.public_bytes(serialization.Encoding.DER)


def respond_ocsp(pki: Pki, request_der: bytes, *, now: dt.datetime | None = None) -> bytes:
    """DER OCSP response to a DER OCSP request.

    Certificates of the intermediate are answered by the delegated responder (``pki.ocsp``),
    certificates of the root by the root itself.  Status is "revoked" for revoked serials,
    "good" for certificates of this PKI and "unknown" for other serials of a known CA; an
    unknown issuer gets the "unauthorized" response status, a broken request
    "malformedRequest".  A nonce in the request is echoed.
    """
    try:
        request = ocsp.load_der_ocsp_request(request_der)
        serial = request.serial_number
        name_hash = request.issuer_name_hash
        key_hash = request.issuer_key_hash
        nonce = _nonce(request)
    except ValueError:
        return _unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST)
    try:
        algorithm = request.hash_algorithm
    except UnsupportedAlgorithm:
        return _unsuccessful(ocsp.OCSPResponseStatus.UNAUTHORIZED)
    issuer = _find_issuer(pki, algorithm, name_hash, key_hash)
    if issuer is None:
        return _unsuccessful(ocsp.OCSPResponseStatus.UNAUTHORIZED)

    now = _now(now)
    revocation = pki.revocations.get(serial)
    revoked_time: dt.datetime | None = None
    reason: x509.ReasonFlags | None = None
    if revocation is not None and revocation.issuer == issuer.name:
        status = ocsp.OCSPCertStatus.REVOKED
        revoked_time, reason = revocation.time, revocation.reason
    elif any(i.issuer == issuer.name and i.serial == serial for i in pki.identities.values()):
        status = ocsp.OCSPCertStatus.GOOD
    else:
        status = ocsp.OCSPCertStatus.UNKNOWN

    delegated = pki.ocsp.issuer == issuer.name
    responder = pki.ocsp if delegated else issuer
    builder = (
        ocsp.OCSPResponseBuilder()
        .add_response_by_hash(
            issuer_name_hash=name_hash,
            issuer_key_hash=key_hash,
            serial_number=serial,
            algorithm=algorithm,
            cert_status=status,
            this_update=now - REVINFO_BACKDATE,
            next_update=now + OCSP_VALIDITY,
            revocation_time=revoked_time,
            revocation_reason=reason,
        )
        .responder_id(ocsp.OCSPResponderEncoding.HASH, responder.crypto_cert)
    )
    if delegated:
        builder = builder.certificates([responder.crypto_cert])
    if nonce is not None:
        builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
    response = builder.sign(responder.signing_key(), hashes.SHA256())
    return response.public_bytes(serialization.Encoding.DER)


def ocsp_request_for(pki: Pki, name: str, *, nonce: bytes | None = None) -> bytes:
    """DER OCSP request (SHA-1 CertID) for the identity ``name``."""
    identity = pki[name]
    if identity.issuer is None:
        raise ValueError("the root has no issuer to ask")
    builder = ocsp.OCSPRequestBuilder().add_certificate(
        identity.crypto_cert,
        pki[identity.issuer].crypto_cert,
        hashes.SHA1(),  # noqa: S303 - RFC 5019 CertID
    )
    if nonce is not None:
        builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
    return builder.build().public_bytes(serialization.Encoding.DER)


def ocsp_response_for(pki: Pki, name: str, *, now: dt.datetime | None = None) -> bytes:
    """DER OCSP response for ``name`` made without HTTP (for embedding or offline tests)."""
    return respond_ocsp(pki, ocsp_request_for(pki, name), now=now)


def _find_issuer(
    pki: Pki, algorithm: hashes.HashAlgorithm, name_hash: bytes, key_hash: bytes
) -> Identity | None:
    for ca in pki.cas.values():
        cert = ca.cert
        if (
            _digest(algorithm, cert.subject.dump()) == name_hash
            and _digest(algorithm, bytes(cert.public_key["public_key"])) == key_hash
        ):
            return ca
    return None


def _nonce(request: ocsp.OCSPRequest) -> bytes | None:
    try:
        return request.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce
    except x509.ExtensionNotFound:
        return None


def _digest(algorithm: hashes.HashAlgorithm, data: bytes) -> bytes:
    digest = hashes.Hash(algorithm)
    digest.update(data)
    return digest.finalize()


def _unsuccessful(status: ocsp.OCSPResponseStatus) -> bytes:
    return ocsp.OCSPResponseBuilder.build_unsuccessful(status).public_bytes(
        serialization.Encoding.DER
    )


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
