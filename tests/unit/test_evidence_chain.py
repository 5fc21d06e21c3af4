"""Evidence: RFC 8785 canonical JSON, SHA-256 + SM3 fingerprints, and the chain walk."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.evidence import chain
from app.evidence.events import (
    GENESIS,
    EventDraft,
    canonical_json,
    fingerprints,
    parse_canonical,
)

pytestmark = pytest.mark.unit


def test_rfc8785_property_sorting_by_utf16_code_units():
    # RFC 8785 section 3.2.3: "\ud83d\ude00" sorts before "\ufb33" in UTF-16, not in code points
    value = {"\u20ac": "Euro", "\r": "CR", "\ufb33": "Hebrew", "1": "One",
             "\U0001F600": "Emoji", "\u0080": "Control", "\u00f6": "Latin"}
    out = canonical_json(value).decode()
    assert [json.loads(f"[{k}]")[0] for k in _keys(out)] == [
        "\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001F600", "\ufb33"]


def _keys(text: str) -> list[str]:
    return [json.dumps(k) for k in json.loads(text)]


def test_rfc8785_string_escaping():
    # RFC 8785 section 3.2.2.2 example
    value = json.loads('"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/"')
    assert canonical_json(value) == '"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"'.encode()


def test_rfc8785_structure_and_literals():
    value = {"b": [1, -2, True, None, False], "a": {"z": "", "y": 9007199254740991}}
    assert canonical_json(value) == b'{"a":{"y":9007199254740991,"z":""},"b":[1,-2,true,null,false]}'


@pytest.mark.parametrize("bad", [1.5, 2**53, {1: "x"}, "\ud800", b"bytes"])
def test_values_without_a_canonical_form_are_refused(bad):
    with pytest.raises(ValueError):
        canonical_json({"v": bad})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",))),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_canonical_form_is_stable_and_parses_back(value):
    data = canonical_json(value)
    assert parse_canonical(data) == value
    assert canonical_json(json.loads(data)) == data


def test_non_canonical_or_duplicate_input_is_refused():
    for data in (b'{"b":1,"a":2}', b'{"a": 1}', b'{"a":1,"a":1}', b'{"a":1.0}'):
        with pytest.raises(ValueError):
            parse_canonical(data)


def test_sm3_and_sha256_fingerprints():
    # GB/T 32905-2016 example 1: SM3("abc")
    sha, sm3 = fingerprints(b"abc")
    assert sm3 == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    assert sha == hashlib.sha256(b"abc").hexdigest()


def add_events(vault, n=5):
    drafts = [EventDraft("consent_given", {"n": i, "text": f"同意 {i}"}) for i in range(n)]
    return vault.append_events(drafts)


def test_chain_links_every_event_to_the_one_before(vault):
    events = add_events(vault)
    report = vault.db.call(chain.verify)
    assert report.ok and report.events == 6 and report.head == events[-1].sha256
    first = vault.db.call(lambda c: chain.events_between(c, 1, 1))[0]
    assert first.prev == GENESIS and events[0].prev == first.sha256
    for a, b in zip(events, events[1:]):
        assert b.prev == a.sha256 and b.seq == a.seq + 1


def tamper(vault, sql, *params):
    def run(conn):  # someone with the key: triggers dropped, foreign keys (outbox…) off
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TRIGGER IF EXISTS evidence_no_update")
        conn.execute("DROP TRIGGER IF EXISTS evidence_no_delete")
        conn.execute(sql, params)
        conn.execute("PRAGMA foreign_keys = ON")

    vault.db.call(run)


def test_edited_body_with_fresh_fingerprints_breaks_the_next_link(vault):
    events = add_events(vault)
    target = events[1]  # seq 3
    body = json.loads(target.body)
    body["data"]["text"] = "forged"
    forged = canonical_json(body)
    sha, sm3 = fingerprints(forged)
    tamper(vault, "UPDATE evidence SET body=?, sha256=?, sm3=? WHERE seq=?",
           forged.decode(), sha, sm3, target.seq)
    report = vault.db.call(chain.verify)
    assert not report.ok and report.broken.seq == target.seq + 1
    assert "prev" in report.broken.reason


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE evidence SET body = replace(body, '同意 1', '同意 9') WHERE seq = 3", "SHA-256"),
        ("UPDATE evidence SET sm3 = '00' WHERE seq = 3", "SM3"),
        ("UPDATE evidence SET type = 'destroyed' WHERE seq = 3", "type"),
        ("UPDATE evidence SET document_id = 'x' WHERE seq = 3", "document"),
        ("DELETE FROM evidence WHERE seq = 3", "missing"),
        ("UPDATE evidence SET body = replace(body, ',\"data\"', ', \"data\"') WHERE seq = 3",
         "canonical"),
    ],
)
def test_first_broken_link_is_reported_exactly(vault, sql, reason):
    add_events(vault)
    tamper(vault, sql)
    report = vault.db.call(chain.verify)
    assert report.broken is not None
    assert report.broken.seq == 3 and reason in report.broken.reason


def test_events_by_document_use_the_index(vault):
    plan = vault.db.call(lambda c: c.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM evidence WHERE document_id = ? ORDER BY seq", ("x",)
    ).fetchall())
    assert "evidence_document" in " ".join(str(r) for r in plan)
