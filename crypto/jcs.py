"""Canonical JSON: RFC 8785 (JCS) for I-JSON values without floating point.

Objects, arrays, strings, booleans, null and integers within ±(2**53 − 1).  For those values
JCS is: object members sorted by the UTF-16 code units of their names, no insignificant
whitespace, strings as UTF-8 with only ``"``, ``\\`` and control characters escaped
(``\\b \\t \\n \\f \\r`` short, the rest ``\\u00xx``), integers in plain decimal.  Any JCS
implementation (e.g. the reference ones in JavaScript, Go, Java) produces the same bytes.
Floats, lone surrogates and duplicate or non-string keys are refused rather than guessed at.

A wire-format module: the evidence chain (``app/evidence``) and the platform (``server/``)
both use it, so it imports nothing from either.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

MAX_SAFE_INTEGER = 2**53 - 1


def canonical_json(value: Any) -> bytes:
    """The RFC 8785 canonical UTF-8 bytes of ``value`` (integers only, no floats)."""
    return _encode(value).encode("utf-8")


def _encode(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise ValueError("integer outside the I-JSON range")
        return str(value)
    if isinstance(value, str):
        _check_text(value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    if isinstance(value, Mapping):
        for key in value:
            if not isinstance(key, str):
                raise ValueError("object keys must be strings")
            _check_text(key)
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        members = (json.dumps(k, ensure_ascii=False) + ":" + _encode(value[k]) for k in keys)
        return "{" + ",".join(members) + "}"
    raise ValueError(f"{type(value).__name__} has no canonical JSON form here")


def _check_text(text: str) -> None:
    try:  # strict UTF-8 refuses exactly the surrogate code points (and does so in C)
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("lone surrogate in a string") from None


def parse_canonical(data: bytes) -> Any:
    """Parse canonical bytes back, refusing duplicate keys, floats and non-canonical input."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, val in pairs:
            if key in out:
                raise ValueError(f"duplicate key {key!r}")
            out[key] = val
        return out

    def no_float(text: str) -> Any:
        raise ValueError("floating-point numbers are not used in evidence")

    value = json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates, parse_float=no_float)
    if canonical_json(value) != data:
        raise ValueError("not in canonical form")
    return value
