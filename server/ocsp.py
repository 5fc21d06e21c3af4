"""The reference CA's OCSP responder (RFC 6960; PROTOCOL.md, "Certificate revocation").

Every issued certificate names ``<public URL>/v1/ca/ocsp`` in its authority information access.
The responder answers one request at a time (the RFC 5019 profile: one certificate per
request) from the same revocations table the CRL is signed from, so both always agree:
``good``, ``revoked`` (with time and reason) or ``unknown`` (a serial this platform never
issued).  A CertID naming another issuer is ``unauthorized``; anything unreadable is
``malformedRequest``.  Responses are signed by the CA key itself (responder = CA, identified by
key hash): the key is online anyway to sign the CRL, and a relying party then needs nothing but
the CA certificate it already trusts; a delegated responder certificate would add a second key
to keep, rotate and vouch for (id-pkix-ocsp-nocheck) without making anything safer here.
``thisUpdate`` is now, ``nextUpdate`` the current CRL's ``nextUpdate``: no response promises
more than the CRL that says the same thing.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp
from sqlalchemy import select

from server import tables as t
from server.bodylimit import OCSP_LIMIT
from server.revocation import REASONS, Revocations

MAX_REQUEST = OCSP_LIMIT  # bytes of DER, by POST or GET
_MAX_ENCODED = (MAX_REQUEST + 2) // 3 * 4
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
MAX_NONCE = 128  # octets (RFC 9654 §2.1: 1..128, anything else is a malformed request)
# CertID hash algorithms a request may use (RFC 6960 names SHA-1; RFC 5019bis adds SHA-256)
_CERT_ID_HASHES: tuple[hashes.HashAlgorithm, ...] = (
    hashes.SHA1(), hashes.SHA224(), hashes.SHA256(), hashes.SHA384(), hashes.SHA512())  # noqa: S303


@dataclass(frozen=True)
class OcspAnswer:
    """A DER OCSPResponse and until when an HTTP cache may keep it (None: not cacheable)."""

    der: bytes
    status: ocsp.OCSPResponseStatus
    cache_until: float | None


def request_from_url(encoded: str) -> bytes | None:
    """The DER request in a GET URL's last segment (RFC 6960 A.1: base64, which clients
    URL-encode; base64url accepted too, padding optional); None when it is not base64."""
    encoded = encoded.replace(" ", "+")  # a '+' that a form decoder turned into a space
    if len(encoded) > _MAX_ENCODED or not _BASE64.fullmatch(encoded):
        return None
    if any(ch in encoded for ch in "-_") and any(ch in encoded for ch in "+/"):
        return None  # two alphabets mixed
    plain = encoded.translate(str.maketrans("-_", "+/")).rstrip("=")
    try:
        return base64.b64decode(plain + "=" * (-len(plain) % 4), validate=True)
    except binascii.Error:
        return None


def _digest(algorithm: hashes.HashAlgorithm, data: bytes) -> bytes:
    h = hashes.Hash(algorithm)
    h.update(data)
    return h.finalize()


class OcspResponder:
    """Answer OCSP requests about the certificates the platform's CA issued."""

    def __init__(self, revocations: Revocations) -> None:
        self.revocations = revocations
        self.ca = revocations.ca
        cert = self.ca.certificate
        # CertID issuer hashes (RFC 6960 §4.1.1): of the subject name DER and of the
        # subjectPublicKey BIT STRING's value (an EC key: the X9.62 point as in the certificate)
        name = cert.subject.public_bytes()
        point = self.ca.key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        self._issuer = {a.name: (_digest(a, name), _digest(a, point)) for a in _CERT_ID_HASHES}

    def respond(self, der: bytes) -> OcspAnswer:
        """The signed answer to a DER OCSPRequest, or an unsuccessful response saying why."""
        if not der or len(der) > MAX_REQUEST:
            return _unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST)
        try:
            request = ocsp.load_der_ocsp_request(der)
            extensions = request.extensions
        except (ValueError, NotImplementedError):  # NotImplementedError: several requests
            return _unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST)
        nonce: bytes | None = None
        for extension in extensions:
            if isinstance(extension.value, x509.OCSPNonce):
                nonce = extension.value.nonce
                if not 1 <= len(nonce) <= MAX_NONCE:
                    return _unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST)
        if request.serial_number < 0:  # RFC 5280 §4.1.2.2: serials are positive
            return _unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST)
        try:
            algorithm = request.hash_algorithm
        except UnsupportedAlgorithm:  # cannot tell whether it names this CA (MD5, SHA-3…)
            return _unsuccessful(ocsp.OCSPResponseStatus.UNAUTHORIZED)
        if self._issuer.get(algorithm.name) != (request.issuer_name_hash,
                                                request.issuer_key_hash):
            return _unsuccessful(ocsp.OCSPResponseStatus.UNAUTHORIZED)
        return self._answer(request, algorithm, nonce)

    def _answer(self, request: ocsp.OCSPRequest, algorithm: hashes.HashAlgorithm,
                nonce: bytes | None) -> OcspAnswer:
        crl = self.revocations.current_crl()  # signs a new one when due: its nextUpdate counts
        now = int(self.revocations.clock())
        key = format(request.serial_number, "x")
        c, r = t.certificates.c, t.certificate_revocations.c
        with self.revocations.db.read() as conn:
            row = None if len(key) > 40 else conn.execute(  # longer: never issued here
                select(c.serial, r.revoked_at, r.reason)
                .select_from(t.certificates.outerjoin(t.certificate_revocations,
                                                      r.serial == c.serial))
                .where(c.serial == key)).first()
        revoked_at: dt.datetime | None = None
        reason: x509.ReasonFlags | None = None
        if row is None:
            status = ocsp.OCSPCertStatus.UNKNOWN
        elif row[1] is None:
            status = ocsp.OCSPCertStatus.GOOD
        else:
            status = ocsp.OCSPCertStatus.REVOKED
            revoked_at = dt.datetime.fromtimestamp(int(row[1]), dt.UTC)
            if row[2] != "unspecified":  # as on the CRL: unspecified is left out
                reason = REASONS[str(row[2])]
        this_update = dt.datetime.fromtimestamp(now, dt.UTC)
        next_update = dt.datetime.fromtimestamp(int(crl.next_update), dt.UTC)
        builder = (
            ocsp.OCSPResponseBuilder()
            .add_response_by_hash(request.issuer_name_hash, request.issuer_key_hash,
                                  request.serial_number, algorithm, status, this_update,
                                  max(next_update, this_update), revoked_at, reason)
            .responder_id(ocsp.OCSPResponderEncoding.HASH, self.ca.certificate)
        )
        if nonce is not None:
            builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
        response = builder.sign(self.ca.key, hashes.SHA256())
        # one without a nonce may be cached as long as the CRL saying the same thing
        cache_until = crl.fresh_until if nonce is None else None
        return OcspAnswer(response.public_bytes(serialization.Encoding.DER),
                          ocsp.OCSPResponseStatus.SUCCESSFUL, cache_until)


def _unsuccessful(status: ocsp.OCSPResponseStatus) -> OcspAnswer:
    der = ocsp.OCSPResponseBuilder.build_unsuccessful(status).public_bytes(
        serialization.Encoding.DER)
    return OcspAnswer(der, status, None)
