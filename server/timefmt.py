"""RFC 3339 UTC times as the protocol writes them (``2026-11-28T21:09:09.123Z``)."""

from __future__ import annotations

import datetime as dt
import re

_RFC3339 = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z")
PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z$"


def format_time(seconds: float) -> str:
    """Epoch seconds as RFC 3339 UTC with milliseconds."""
    when = dt.datetime.fromtimestamp(seconds, dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def parse_time(text: str) -> float | None:
    """Epoch seconds of an RFC 3339 UTC time (``Z`` only), or None when it is not one."""
    m = _RFC3339.fullmatch(text)
    if m is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    fraction = (m.group(7) or "0")[:6].ljust(6, "0")
    try:
        when = dt.datetime(year, month, day, hour, minute, second, int(fraction), dt.UTC)
    except ValueError:
        return None
    return when.timestamp()
