"""Searching the vault's contracts: by party, name, fingerprint, date and state (no Qt).

The vault browser and ``sealdesk vault list`` filter the same way: the text matches a contract's
name, a signer's subject (the party), or the start of its SHA-256 / SM3 fingerprint; dates
compare with the signing time (or, for files without one, the time added).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.vault.documents import DocumentRecord

STATES = ("all", "active", "destroyed")
MIN_FINGERPRINT_PREFIX = 6


@dataclass(frozen=True)
class DocumentFilter:
    """What the user is looking for; empty fields match everything."""

    text: str = ""
    state: str = "all"
    since: dt.date | None = None
    until: dt.date | None = None

    def matches(self, record: DocumentRecord) -> bool:
        """Whether one contract fits."""
        if self.state != "all" and record.state != self.state:
            return False
        day = _day(record.signed_at or record.added_at)
        if self.since is not None and (day is None or day < self.since):
            return False
        if self.until is not None and (day is None or day > self.until):
            return False
        return self._text_matches(record)

    def _text_matches(self, record: DocumentRecord) -> bool:
        needle = " ".join(self.text.split()).casefold()
        if not needle:
            return True
        if needle in record.name.casefold():
            return True
        if len(needle) >= MIN_FINGERPRINT_PREFIX and (
            record.sha256.startswith(needle) or record.sm3.startswith(needle)
        ):
            return True
        return any(needle in str(s.get("subject", "")).casefold() for s in record.signers)


def search(records: Iterable[DocumentRecord], wanted: DocumentFilter) -> list[DocumentRecord]:
    """The contracts that fit, newest first."""
    found = [r for r in records if wanted.matches(r)]
    return sorted(found, key=lambda r: r.signed_at or r.added_at, reverse=True)


def parties(record: DocumentRecord) -> list[str]:
    """The signers' names (common name, else the whole subject)."""
    out = []
    for signer in record.signers:
        subject = str(signer.get("subject", ""))
        cn = next((p.split(":", 1)[1].strip() for p in subject.split(", ")
                   if p.startswith("Common Name:")), subject)
        if cn and cn not in out:
            out.append(cn)
    return out


def _day(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).date()
    except ValueError:
        return None
