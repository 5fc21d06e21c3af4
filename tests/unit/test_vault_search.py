"""Vault search: party, name, fingerprint prefix, dates, state."""

from __future__ import annotations

import datetime as dt

import pytest

from app.vault.documents import DocumentRecord
from app.vault.search import DocumentFilter, parties, search

pytestmark = pytest.mark.unit


def _rec(name: str, sha: str, signed: str | None, subject: str, state: str = "active"):
    return DocumentRecord(id=name, name=name, sha256=sha, sm3="b" * 64, size=1, origin="sign",
                          signed_at=signed, added_at="2026-01-01T00:00:00Z",
                          signers=[{"subject": f"Common Name: {subject}, Organization: X"}],
                          state=state)


RECORDS = [
    _rec("采购合同.pdf", "a1" * 32, "2026-03-01T10:00:00Z", "示例科技有限公司"),
    _rec("lease.pdf", "c3" * 32, "2026-05-02T10:00:00Z", "ACME Seal"),
    _rec("old.pdf", "d4" * 32, None, "ACME Seal", state="destroyed"),
]


def names(found):
    return [r.name for r in found]


def test_text_matches_name_party_and_fingerprint_prefix():
    assert names(search(RECORDS, DocumentFilter(text="采购"))) == ["采购合同.pdf"]
    assert names(search(RECORDS, DocumentFilter(text="acme"))) == ["lease.pdf", "old.pdf"]
    assert names(search(RECORDS, DocumentFilter(text="c3c3c3"))) == ["lease.pdf"]
    assert search(RECORDS, DocumentFilter(text="c3c")) == []  # too short for a fingerprint


def test_state_and_dates():
    assert names(search(RECORDS, DocumentFilter(state="destroyed"))) == ["old.pdf"]
    since = DocumentFilter(since=dt.date(2026, 4, 1))
    assert names(search(RECORDS, since)) == ["lease.pdf"]
    until = DocumentFilter(until=dt.date(2026, 3, 31), state="active")
    assert names(search(RECORDS, until)) == ["采购合同.pdf"]


def test_newest_first_and_parties():
    assert names(search(RECORDS, DocumentFilter(state="active"))) == ["lease.pdf", "采购合同.pdf"]
    assert parties(RECORDS[0]) == ["示例科技有限公司"]
