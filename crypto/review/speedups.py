"""Remembered answers of pure functions that a review worker computes again and again.

An archive sends hundreds of files signed with the same few certificates through one worker.
Each file carries its own copies of those certificates and revocation responses, so everything
asn1crypto caches inside a parsed object is lost with the file, and pyHanko compares the same
certificate names (issuer/serial look-ups, path building, OCSP responder checks) dozens of
times per file.  asn1crypto compares names by RFC 4518 string preparation of every attribute,
which made name comparison a tenth of a review's time.

Three pure functions are remembered per worker process, keyed by their exact inputs, so every
answer is the one the original function gives (an input it refuses is refused again, never
remembered):

* ``Name.__eq__`` by the two names' encodings;
* ``Name.hashable`` (the key certificate registries index by) by the name's encoding;
* ``NameTypeAndValue._ldap_string_prep`` by the string.

Parsed validation data (certificates, CRLs, OCSP responses) is shared by its bytes through
:class:`ParsedCache`.  Entries are bounded in number and size, so a hostile file cannot grow
the caches without limit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from asn1crypto import x509

MAX_ENTRIES = 4096
MAX_KEY_BYTES = 4096  # longer names / strings are compared without remembering
MAX_PARSED_BYTES = 1 << 16  # bigger entries (large CRLs) are parsed per file, as before
MAX_PARSED_TOTAL = 1 << 24

_lock = threading.Lock()
_installed = False


def install() -> None:
    """Remember name comparisons in this process (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
    original_eq: Callable[[Any, Any], bool] = x509.Name.__eq__
    original_hashable: Callable[[Any], str] = x509.Name.hashable.fget
    original_prep: Callable[[Any, str], str] = x509.NameTypeAndValue._ldap_string_prep
    prototype = x509.NameTypeAndValue()  # the preparation does not read its instance
    equal: dict[tuple[bytes, bytes], bool] = {}
    hashes: dict[bytes, str] = {}
    prepared: dict[str, str] = {}

    def name_eq(self: x509.Name, other: object) -> bool:
        if not isinstance(other, x509.Name):
            return False
        a, b = self.dump(), other.dump()
        if len(a) + len(b) > MAX_KEY_BYTES:
            return bool(original_eq(self, other))
        key = (a, b)
        found = equal.get(key)
        if found is None:
            found = bool(original_eq(self, other))
            _remember(equal, key, found)
        return found

    def name_hashable(self: x509.Name) -> str:
        encoding = self.dump()
        if len(encoding) > MAX_KEY_BYTES:
            return original_hashable(self)
        found = hashes.get(encoding)
        if found is None:
            found = original_hashable(self)
            _remember(hashes, encoding, found)
        return found

    def ldap_string_prep(self: x509.NameTypeAndValue, string: str) -> str:
        if len(string) > MAX_KEY_BYTES:
            return original_prep(self, string)
        found = prepared.get(string)
        if found is None:
            found = original_prep(prototype, string)
            _remember(prepared, string, found)
        return found

    x509.Name.__eq__ = name_eq
    x509.Name.hashable = property(name_hashable)
    x509.NameTypeAndValue._ldap_string_prep = ldap_string_prep


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    if len(cache) >= MAX_ENTRIES:
        cache.clear()
    cache[key] = value


class ParsedCache:
    """Parsed ASN.1 objects by (type, bytes): one file's OCSP response is the next one's."""

    def __init__(self) -> None:
        self._objects: dict[tuple[Any, bytes], Any] = {}
        self._bytes = 0

    def load(self, kind: Any, data: bytes, *, parse_all: bool = True) -> Any:
        """``kind.load(data)``; with ``parse_all`` parsed through, so a bad encoding raises
        here (as it would without the cache)."""
        key = (kind, bytes(data))
        found = self._objects.get(key)
        if found is None:
            found = kind.load(key[1])
            if parse_all:
                found.native  # noqa: B018 - parse everything now, so a bad entry fails here
            if len(key[1]) <= MAX_PARSED_BYTES:
                if len(self._objects) >= MAX_ENTRIES or self._bytes >= MAX_PARSED_TOTAL:
                    self._objects.clear()
                    self._bytes = 0
                self._objects[key] = found
                self._bytes += len(key[1])
        return found


__all__ = ["ParsedCache", "install"]
