"""A wire-format rule shared by the client and the platform: text must never carry a resident ID
number (GB 11643: 18 characters, a real date of birth, the ISO 7064 MOD 11-2 check character).

Used where the protocol refuses personal data (server/PROTOCOL.md, custody mailbox) — the
client checks before sending, the platform again on arrival.  Field-wise validation with
reasons for the user stays in app.vault.personal.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def check_character(first17: str) -> str:
    """The 18th character of a resident ID number for its first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def is_resident_id(value: str) -> bool:
    """Whether an 18-character string is a well-formed resident ID number."""
    value = value.upper()
    if len(value) != 18 or not value[:17].isdigit() or check_character(value[:17]) != value[17]:
        return False
    try:
        born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def holds_resident_id(value: Any) -> bool:
    """True when any string in ``value`` (nested dicts, lists, keys included) holds one."""
    return any(is_resident_id(m.group(0)) for text in strings_in(value)
               for m in _CANDIDATE.finditer(text))


def strings_in(value: Any) -> list[str]:
    """Every string in a JSON-like value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*strings_in(k), *strings_in(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings_in(v)]
    return []
