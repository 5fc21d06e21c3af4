"""Evidence event types of this feature (stable names: the platform and audits rely on them).

Each carries fingerprints and ids only (the signed object's SHA-256, the seal id, the acting
certificate's SHA-256, document fingerprints) — never names, purposes or document content.
"""

SEAL_REGISTERED = "seal.registered"
REQUEST_CREATED = "seal.request.created"
REQUEST_IMPORTED = "seal.request.imported"
REQUEST_APPROVED = "seal.request.approved"
REQUEST_REJECTED = "seal.request.rejected"
SEAL_APPLIED = "seal.applied"
QUEUE_ADDED = "queue.added"
QUEUE_UPGRADED = "queue.upgraded"

EVENT_TYPES: frozenset[str] = frozenset(
    {
        SEAL_REGISTERED,
        REQUEST_CREATED,
        REQUEST_IMPORTED,
        REQUEST_APPROVED,
        REQUEST_REJECTED,
        SEAL_APPLIED,
        QUEUE_ADDED,
        QUEUE_UPGRADED,
    }
)
