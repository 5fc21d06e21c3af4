"""Evidence event types of this feature (stable names: the platform and audits rely on them)."""

CONSENT_GIVEN = "consent.given"
CONSENT_WITHDRAWN = "consent.withdrawn"
BEFORE_ISSUANCE = "cert.notice.before_issuance"
ISSUED = "cert.notice.issued"
BEFORE_USE = "cert.notice.before_use"
INTENT_CHECKED = "intent.checked"
AFTER_USE = "cert.notice.after_use"
RENEWAL = "cert.notice.renewal"
EXPIRY_WARNING = "cert.expiry_warning"

EVENT_TYPES: frozenset[str] = frozenset(
    {
        CONSENT_GIVEN,
        CONSENT_WITHDRAWN,
        BEFORE_ISSUANCE,
        ISSUED,
        BEFORE_USE,
        INTENT_CHECKED,
        AFTER_USE,
        RENEWAL,
        EXPIRY_WARNING,
    }
)
