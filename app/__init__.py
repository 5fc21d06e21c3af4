"""SealDesk core services (no Qt)."""

import os

# MuPDF's messages (e.g. "format error: cannot find object in xref" on a damaged file, which we
# handle) go to the log at debug level, never to stdout, where they would break `--json`.
# Set before pymupdf is imported; worker processes inherit it.
os.environ.setdefault("PYMUPDF_MESSAGE", "logging:name=pymupdf,level=10")

__version__ = "0.1.0"

# "Check for updates" in the app and `sealdesk doctor` point here (no auto-update).
RELEASES_URL = "https://github.com/sealdesk/sealdesk/releases"
