"""Evidence event types of this feature (stable names: the platform and audits rely on them)."""

EVENT_TYPES: frozenset[str] = frozenset()
