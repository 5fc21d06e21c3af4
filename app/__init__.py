"""SealDesk core services (no Qt)."""

__version__ = "0.1.0"
