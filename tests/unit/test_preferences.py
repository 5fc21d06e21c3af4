"""The desktop app's preferences file: validated on load, atomic on save, never fatal."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app import preferences
from app.preferences import MAX_RECENT, Preferences

pytestmark = pytest.mark.unit


def test_round_trip_under_the_data_home(_isolated_home: Path) -> None:
    prefs = Preferences("zh_CN", ("/a/合同.pdf",), ("/roots/root.pem",))
    preferences.save(prefs)
    path = _isolated_home / "preferences.json"
    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == "sealdesk.preferences/1"
    assert preferences.load() == prefs
    assert list(_isolated_home.glob(".preferences.json.*.part")) == []


def test_no_file_gives_the_defaults() -> None:
    assert preferences.load() == Preferences()


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '"text"', ""])
def test_a_damaged_file_gives_the_defaults_and_a_warning(_isolated_home, caplog, text) -> None:
    (_isolated_home / "preferences.json").write_text(text)
    with caplog.at_level(logging.WARNING):
        assert preferences.load() == Preferences()
    assert caplog.records


def test_bad_entries_are_dropped_not_fatal(_isolated_home) -> None:
    doc = {"language": "fr", "recent_files": ["/a.pdf", 3, "", "/a.pdf", "/b.pdf"],
           "trust_anchors": "not a list"}
    (_isolated_home / "preferences.json").write_text(json.dumps(doc))
    assert preferences.load() == Preferences(None, ("/a.pdf", "/b.pdf"), ())


def test_recent_files_most_recent_first_without_duplicates(tmp_path) -> None:
    prefs = Preferences()
    for i in range(MAX_RECENT + 3):
        prefs = prefs.with_recent(tmp_path / f"{i}.pdf")
    prefs = prefs.with_recent(tmp_path / "5.pdf")
    assert len(prefs.recent_files) == MAX_RECENT
    assert prefs.recent_files[0] == str(tmp_path / "5.pdf")
    assert len(set(prefs.recent_files)) == MAX_RECENT
    assert str(tmp_path / "5.pdf") not in prefs.without_recent(tmp_path / "5.pdf").recent_files


@pytest.mark.net  # the test PKI runs its services on 127.0.0.1
def test_trust_roots_reads_pem_and_skips_what_it_cannot_read(test_pki, tmp_path, caplog) -> None:
    pem = tmp_path / "root.pem"
    pem.write_bytes(_pem(test_pki.root.cert.dump()))
    with caplog.at_level(logging.WARNING):
        roots = preferences.trust_roots([str(pem), str(tmp_path / "missing.pem")])
    assert roots == (test_pki.root.cert.dump(),)
    assert any("missing.pem" in r.getMessage() for r in caplog.records)


def _pem(der: bytes) -> bytes:
    from asn1crypto import pem

    return pem.armor("CERTIFICATE", der)
