"""The platform's tables (SQLAlchemy Core), one definition for SQLite and PostgreSQL.

What is kept, and nothing more: organisations, hashed enrolment tokens, device public keys
(and when a device was revoked), recent request nonces, per-organisation Merkle logs (leaves
hold only the protocol's fingerprints, ids, types and times), signed tree heads, signers' phone
numbers (entered by the operator, needed to send codes), SMS challenges (codes only as keyed
hashes), intent attestations, the serials and fingerprints of issued certificates with their
revocations and the CA's current CRL, and the seal-custody mailbox (signed seal-use requests and
decisions an organisation's devices post).  No document content and no images are ever stored.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

UUID = 36
HEX64 = 64

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", Double, nullable=False),
)

orgs = Table(
    "orgs",
    metadata,
    Column("org_id", String(UUID), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", Double, nullable=False),
)

enrolment_tokens = Table(
    "enrolment_tokens",
    metadata,
    Column("token_hash", String(HEX64), primary_key=True),
    Column("org_id", String(UUID), ForeignKey("orgs.org_id"), nullable=False),
    Column("created_at", Double, nullable=False),
    Column("used_by", String(UUID), nullable=True),  # the device it enrolled (one-time)
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(UUID), primary_key=True),
    Column("org_id", String(UUID), ForeignKey("orgs.org_id"), nullable=False),
    Column("cert_sha256", String(HEX64), nullable=False, unique=True),
    Column("public_key", LargeBinary, nullable=False),  # SubjectPublicKeyInfo DER
    Column("label", String(64), nullable=False),
    Column("created_at", Double, nullable=False),
    Column("revoked_at", Double, nullable=True),  # set by the operator: refused from then on
)

nonces = Table(
    "nonces",
    metadata,
    Column("device_id", String(UUID), primary_key=True),
    Column("nonce", String(32), primary_key=True),
    Column("seen_at", Double, nullable=False),
    Index("nonces_seen_at", "seen_at"),
)

logs = Table(
    "logs",
    metadata,
    Column("org_id", String(UUID), ForeignKey("orgs.org_id"), primary_key=True),
    Column("tree_size", BigInteger, nullable=False),
    Column("root_hash", LargeBinary, nullable=False),
)

# The keys of the log tables lead with the column a lookup names (leaf index, event id, node
# id), org_id second: were org_id first, PostgreSQL, before it has statistics of a growing log,
# would scan every row of the organisation through that prefix and filter (an append then costs
# O(log size) instead of O(batch)).  Only tree_heads leads with org_id (its latest row is wanted).
leaves = Table(
    "leaves",
    metadata,
    Column("org_id", String(UUID), nullable=False),
    Column("leaf_index", BigInteger, nullable=False, autoincrement=False),
    Column("event_id", String(HEX64), nullable=False),
    Column("device_id", String(UUID), nullable=False),
    Column("sha256", String(HEX64), nullable=False),
    Column("sm3", String(HEX64), nullable=False),
    Column("type", String(64), nullable=False),
    Column("at", String(40), nullable=False),
    PrimaryKeyConstraint("leaf_index", "org_id", name="leaves_pkey"),
    UniqueConstraint("event_id", "org_id", name="leaves_event_id"),
)

# Perfect subtrees of each log, keyed by (index << 6) | level; level 0 are the leaf hashes.
nodes = Table(
    "nodes",
    metadata,
    Column("org_id", String(UUID), nullable=False),
    Column("node_id", BigInteger, nullable=False, autoincrement=False),
    Column("hash", LargeBinary, nullable=False),
    PrimaryKeyConstraint("node_id", "org_id", name="nodes_pkey"),
)

tree_heads = Table(
    "tree_heads",
    metadata,
    Column("org_id", String(UUID), primary_key=True),
    Column("tree_size", BigInteger, primary_key=True, autoincrement=False),
    Column("root_hash", String(HEX64), nullable=False),
    Column("timestamp", String(40), nullable=False),
    Column("signature", Text, nullable=False),
    Column("timestamp_token", Text, nullable=True),
)

signers = Table(
    "signers",
    metadata,
    Column("org_id", String(UUID), ForeignKey("orgs.org_id"), primary_key=True),
    Column("signer_id", String(HEX64), primary_key=True),
    Column("phone", String(20), nullable=False),
    Column("created_at", Double, nullable=False),
)

sms_challenges = Table(
    "sms_challenges",
    metadata,
    Column("challenge_id", String(UUID), primary_key=True),
    Column("org_id", String(UUID), nullable=False),
    Column("device_id", String(UUID), nullable=False),
    Column("signer_id", String(HEX64), nullable=False),
    Column("document_sha256", String(HEX64), nullable=False),
    Column("code_hash", String(HEX64), nullable=False),  # HMAC-SHA256, key derived from the log key
    Column("expires_at", Double, nullable=False),
    Column("resend_after", Double, nullable=False),
    Column("attempts_left", Integer, nullable=False),
    Column("state", String(16), nullable=False),  # pending | verified
)

sms_sends = Table(
    "sms_sends",
    metadata,
    Column("send_id", Integer, primary_key=True, autoincrement=True),
    Column("org_id", String(UUID), nullable=False),
    Column("signer_id", String(HEX64), nullable=False),
    Column("device_id", String(UUID), nullable=False),
    Column("sent_at", Double, nullable=False),
    Index("sms_sends_signer", "org_id", "signer_id", "sent_at"),
    Index("sms_sends_device", "device_id", "sent_at"),
)

attestations = Table(
    "attestations",
    metadata,
    Column("challenge_id", String(UUID), primary_key=True),
    Column("org_id", String(UUID), nullable=False),
    Column("device_id", String(UUID), nullable=False),
    Column("signer_id", String(HEX64), nullable=False),
    Column("document_sha256", String(HEX64), nullable=False),
    Column("method", String(8), nullable=False),
    Column("consent_ref", String(HEX64), nullable=True),
    Column("verified_at", String(40), nullable=False),
    Column("signature", Text, nullable=False),
)

# Certificates the reference CA issued (PROTOCOL.md, "Certificate issuance"): fingerprint,
# serial and ids only; the subject (what the CSR carried) is not kept.
certificates = Table(
    "certificates",
    metadata,
    Column("serial", String(40), primary_key=True),  # lowercase hex
    Column("certificate_sha256", String(HEX64), nullable=False, unique=True),
    Column("org_id", String(UUID), nullable=False),
    Column("device_id", String(UUID), nullable=False),
    Column("signer_id", String(HEX64), nullable=False),
    Column("challenge_id", String(UUID), nullable=False, unique=True),  # one issuance per check
    Column("issued_at", Double, nullable=False),
)

# Revocations of issued certificates (PROTOCOL.md, "Certificate revocation"), made by the
# operator: serial, time and reason only.
certificate_revocations = Table(
    "certificate_revocations",
    metadata,
    Column("serial", String(40), ForeignKey("certificates.serial"), primary_key=True),
    Column("revoked_at", Double, nullable=False),
    Column("reason", String(32), nullable=False),  # RFC 5280 CRLReason name, e.g. keyCompromise
)

# The CA's current CRL (only the latest row is kept): re-signed when it is an hour old, at
# every revocation and when the CA changes (``ca_sha256``: SHA-256 of the CA certificate DER).
ca_crls = Table(
    "ca_crls",
    metadata,
    Column("crl_number", BigInteger, primary_key=True, autoincrement=False),
    Column("ca_sha256", String(HEX64), nullable=False),
    Column("this_update", Double, nullable=False),
    Column("next_update", Double, nullable=False),
    Column("crl", LargeBinary, nullable=False),  # DER
)

# The seal-custody mailbox (PROTOCOL.md, "Seal custody"): each organisation's signed seal-use
# requests and decisions, as the canonical JSON its devices posted (business data the
# organisation chose to share).  ``seq`` orders changes per organisation: a row gets the next
# one when it is posted and again when its decision is added (the listing cursor).
custody_requests = Table(
    "custody_requests",
    metadata,
    Column("org_id", String(UUID), ForeignKey("orgs.org_id"), nullable=False),
    Column("request_id", String(32), nullable=False),
    Column("seq", BigInteger, nullable=False, autoincrement=False),
    Column("request", Text, nullable=False),
    Column("request_sha256", String(HEX64), nullable=False),
    Column("decision", Text, nullable=True),
    Column("decision_sha256", String(HEX64), nullable=True),
    Column("device_id", String(UUID), nullable=False),  # the device that posted the request
    Column("decision_device_id", String(UUID), nullable=True),
    Column("created_at", Double, nullable=False),
    Column("updated_at", Double, nullable=False),
    PrimaryKeyConstraint("request_id", "org_id", name="custody_requests_pkey"),
    UniqueConstraint("org_id", "seq", name="custody_requests_seq"),
)
