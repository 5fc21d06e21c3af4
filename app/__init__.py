"""SealDesk core services (no Qt)."""

__version__ = "0.1.0"

# "Check for updates" in the app and `sealdesk doctor` point here (no auto-update).
RELEASES_URL = "https://github.com/sealdesk/sealdesk/releases"
