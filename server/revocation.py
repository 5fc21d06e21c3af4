"""Revocation of the reference CA's certificates and its CRL (PROTOCOL.md, "Certificate
revocation").

The operator revokes by serial (``sealdesk-platform cert revoke``); the CA publishes one full
CRL (RFC 5280, no delta CRLs, no issuing distribution point) at ``GET /v1/ca/crl``, which
every issued certificate names in its CRL distribution points; the OCSP responder
(:mod:`server.ocsp`) answers from the same records.  A CRL is valid for
:data:`CRL_VALIDITY`; a new one (next CRL number) is signed when the current one is
:data:`CRL_REISSUE` old, at once when a certificate is revoked, and when the CA changed.  Only
the latest CRL is kept.  Nothing personal is involved: serials, times and reasons.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from sqlalchemy import Connection, delete, select, text

from server import tables as t
from server.db import Database
from server.issuance import IssuingCa

CRL_VALIDITY = dt.timedelta(days=1)  # nextUpdate - thisUpdate
CRL_REISSUE = 3600.0  # seconds: a CRL this old is replaced when it is next asked for
_LOCK_KEY = 0x5EA1DEC1  # pg_advisory_xact_lock key of CRL signing

# the reasons an operator may give (RFC 5280 §5.3.1); certificateHold/removeFromCRL are left
# out (a revocation here is final) and cACompromise/aACompromise do not apply to end entities
REASONS: dict[str, x509.ReasonFlags] = {
    "unspecified": x509.ReasonFlags.unspecified,
    "keyCompromise": x509.ReasonFlags.key_compromise,
    "affiliationChanged": x509.ReasonFlags.affiliation_changed,
    "superseded": x509.ReasonFlags.superseded,
    "cessationOfOperation": x509.ReasonFlags.cessation_of_operation,
    "privilegeWithdrawn": x509.ReasonFlags.privilege_withdrawn,
}
_SERIAL = re.compile(r"[0-9a-f]{1,40}")


@dataclass(frozen=True)
class PublishedCrl:
    """The CA's current CRL and when it should be asked for again."""

    der: bytes
    number: int
    this_update: float
    next_update: float
    fresh_until: float  # when a newer CRL will be signed (an HTTP cache may keep it till then)
    ca_sha256: str  # the CA that signed it


def normalise_serial(text_: str) -> str:
    """A serial as stored (lowercase hex, no leading zeros) from hex the operator typed
    (``0x``, colons, spaces and case as OpenSSL and browsers print them)."""
    cleaned = re.sub(r"[\s:]", "", text_.strip().lower()).removeprefix("0x").lstrip("0") or "0"
    if not _SERIAL.fullmatch(cleaned):
        raise ValueError("a serial number is 1 to 40 hexadecimal digits")
    return cleaned


class Revocations:
    """Revoke issued certificates; sign and serve the CA's CRL."""

    def __init__(self, db: Database, ca: IssuingCa, clock: Callable[[], float]) -> None:
        self.db = db
        self.ca = ca
        self.clock = clock
        self.ca_sha256 = hashlib.sha256(ca.der).hexdigest()

    def revoke(self, serial: str, reason: str = "unspecified") -> dict[str, Any]:
        """Revoke the certificate with this serial and sign a new CRL; its listing.

        Revoking again keeps the first revocation (time and reason).
        """
        if reason not in REASONS:
            raise ValueError("the reason must be one of " + ", ".join(REASONS))
        key = normalise_serial(serial)
        now = self.clock()
        with self.db.write() as conn:
            self._lock(conn)
            found = conn.execute(select(t.certificates.c.serial).where(
                t.certificates.c.serial == key).with_for_update()).first()
            if found is None:
                raise ValueError("no certificate with this serial was issued by this platform")
            r = t.certificate_revocations.c
            if conn.execute(select(r.serial).where(r.serial == key)).first() is None:
                conn.execute(t.certificate_revocations.insert().values(
                    serial=key, revoked_at=now, reason=reason))
                self._sign_crl(conn, now)
            return _listing(conn, t.certificates.c.serial == key)[0]

    def list_certificates(self, org_id: str | None = None) -> list[dict[str, Any]]:
        """Issued certificates (all, or one organisation's), oldest first, revocations noted."""
        with self.db.read() as conn:
            where = t.certificates.c.org_id == org_id if org_id is not None else None
            return _listing(conn, where)

    def current_crl(self) -> PublishedCrl:
        """The CA's CRL, signed anew when the kept one is due or from another CA."""
        now = self.clock()
        with self.db.read() as conn:
            kept = _latest(conn)
        if kept is not None and self._still_good(kept, now):
            return kept
        with self.db.write() as conn:
            self._lock(conn)
            kept = _latest(conn)  # another app server may have signed one meanwhile
            if kept is not None and self._still_good(kept, now):
                return kept
            return self._sign_crl(conn, now)

    def _still_good(self, kept: PublishedCrl, now: float) -> bool:
        return kept.fresh_until > now >= kept.this_update and kept.ca_sha256 == self.ca_sha256

    def _lock(self, conn: Connection) -> None:
        """Serialise CRL numbers across app servers (SQLite: ``BEGIN IMMEDIATE`` already)."""
        if self.db.is_postgresql:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})

    def _sign_crl(self, conn: Connection, now: float) -> PublishedCrl:
        """A new CRL listing every revocation, numbered after the last; kept alone."""
        c = t.ca_crls.c
        last = conn.execute(select(c.crl_number).order_by(c.crl_number.desc()).limit(1)
                            ).scalar_one_or_none()
        number = (last or 0) + 1
        this_update = dt.datetime.fromtimestamp(int(now), dt.UTC)
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.ca.certificate.subject)
            .last_update(this_update).next_update(this_update + CRL_VALIDITY)
            .add_extension(x509.CRLNumber(number), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self.ca.key.public_key()), critical=False)
        )
        r = t.certificate_revocations.c
        for serial, revoked_at, reason in conn.execute(
                select(r.serial, r.revoked_at, r.reason).order_by(r.revoked_at, r.serial)):
            entry = (x509.RevokedCertificateBuilder().serial_number(int(serial, 16))
                     .revocation_date(dt.datetime.fromtimestamp(int(revoked_at), dt.UTC)))
            if reason != "unspecified":  # RFC 5280 §5.3.1: unspecified SHOULD be absent
                entry = entry.add_extension(x509.CRLReason(REASONS[reason]), critical=False)
            builder = builder.add_revoked_certificate(entry.build())
        der = builder.sign(self.ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
        stamp = this_update.timestamp()
        conn.execute(delete(t.ca_crls))
        conn.execute(t.ca_crls.insert().values(
            crl_number=number, ca_sha256=self.ca_sha256, this_update=stamp,
            next_update=stamp + CRL_VALIDITY.total_seconds(), crl=der))
        return _published(number, self.ca_sha256, stamp, der)


def _latest(conn: Connection) -> PublishedCrl | None:
    c = t.ca_crls.c
    row = conn.execute(select(c.crl_number, c.ca_sha256, c.this_update, c.crl)
                       .order_by(c.crl_number.desc()).limit(1)).first()
    if row is None:
        return None
    return _published(int(row[0]), str(row[1]), float(row[2]), bytes(row[3]))


def _published(number: int, ca_sha256: str, this_update: float, der: bytes) -> PublishedCrl:
    return PublishedCrl(der, number, this_update, this_update + CRL_VALIDITY.total_seconds(),
                        this_update + CRL_REISSUE, ca_sha256)


def _listing(conn: Connection, where: Any) -> list[dict[str, Any]]:
    c, r = t.certificates.c, t.certificate_revocations.c
    query = (select(c.serial, c.certificate_sha256, c.org_id, c.device_id, c.signer_id,
                    c.issued_at, r.revoked_at, r.reason)
             .select_from(t.certificates.outerjoin(t.certificate_revocations, r.serial == c.serial))
             .order_by(c.issued_at, c.serial))
    if where is not None:
        query = query.where(where)
    keys = ("serial", "certificate_sha256", "org_id", "device_id", "signer_id", "issued_at",
            "revoked_at", "reason")
    return [dict(zip(keys, row, strict=True)) for row in conn.execute(query)]
