"""Consent: three active ticks, versions and hashes, withdrawal stops what depended on it."""

from __future__ import annotations

import json

import pytest

from app.compliance import agreements, consent
from app.compliance.errors import ConsentRequired, PurposeNotAgreed
from app.evidence import chain

pytestmark = pytest.mark.unit


def _events(vault, kind):
    return [e for e in vault.db.call(lambda c: list(chain.iter_events(c))) if e.type == kind]


def test_bundled_texts_are_versioned_and_hashed():
    texts = agreements.load()
    assert [a.kind for a in texts.required] == list(agreements.REQUIRED)
    for a in texts.required:
        assert a.version == "2026.1" and a.required
        assert a.sha256("zh_CN") != a.sha256("en")
        assert "版本 2026.1" in a.text("zh_CN") and "Version 2026.1" in a.text("en")
    assert not texts[agreements.BIOMETRIC].required and not texts[agreements.ANALYTICS].required


def test_cannot_proceed_without_all_three_ticks(vault):
    texts = agreements.load()
    ticks = {agreements.SERVICE: True, agreements.PRIVACY: True}
    with pytest.raises(ConsentRequired) as err:
        consent.accept_required(vault, texts, "en", ticks)
    assert "Digital Certificate Usage Agreement" in str(err.value)
    with pytest.raises(ConsentRequired):  # a value that is not an explicit True is no tick
        consent.accept_required(vault, texts, "en", {**ticks, agreements.CERTIFICATE: 1})
    assert consent.history(vault) == [] and _events(vault, "consent.given") == []
    gate = consent.ConsentGate.load(vault, texts)
    assert not gate.may_sign and len(gate.pending) == 3
    with pytest.raises(ConsentRequired):
        gate.require_signing()


def test_consent_records_version_hash_time_and_event(vault):
    texts = agreements.load()
    ticks = dict.fromkeys(agreements.REQUIRED, True)
    records = consent.accept_required(vault, texts, "zh_CN", ticks)
    assert [r.kind for r in records] == list(agreements.REQUIRED)
    for r in records:
        assert r.version == "2026.1" and r.language == "zh_CN" and r.active
        assert r.sha256 == texts[r.kind].sha256("zh_CN") and r.given_at.endswith("Z")
    events = _events(vault, "consent.given")
    assert len(events) == 3
    data = json.loads(events[0].body)["data"]
    assert data == {"kind": "service_agreement", "version": "2026.1", "language": "zh_CN",
                    "sha256": texts[agreements.SERVICE].sha256("zh_CN"), "scope": "standing"}
    gate = consent.ConsentGate.load(vault, texts)
    assert gate.may_sign and gate.pending == []
    gate.require_signing()
    assert vault.db.call(chain.verify).ok


def test_withdrawal_stops_signing_and_is_evidence(vault):
    texts = agreements.load()
    consent.accept_required(vault, texts, "en", dict.fromkeys(agreements.REQUIRED, True))
    gone = consent.withdraw(vault, agreements.PRIVACY)
    assert len(gone) == 1 and gone[0].withdrawn_at is not None
    gate = consent.ConsentGate.load(vault, texts)
    assert not gate.may_sign and [a.kind for a in gate.pending] == [agreements.PRIVACY]
    with pytest.raises(ConsentRequired):
        gate.require("signing")
    [withdrawn] = _events(vault, "consent.withdrawn")
    assert json.loads(withdrawn.body)["data"]["kind"] == agreements.PRIVACY
    assert consent.withdraw(vault, agreements.PRIVACY) == []  # nothing left to withdraw
    consent.give(vault, [texts[agreements.PRIVACY]], "en")  # consenting again restores it
    assert consent.ConsentGate.load(vault, texts).may_sign


def test_optional_processing_is_off_unless_agreed_and_never_blocks_signing(vault):
    texts = agreements.load()
    consent.accept_required(vault, texts, "en", dict.fromkeys(agreements.REQUIRED, True))
    gate = consent.ConsentGate.load(vault, texts)
    assert gate.may_sign and not gate.allows("analytics")
    with pytest.raises(PurposeNotAgreed):
        gate.require("analytics")
    consent.give(vault, [texts[agreements.ANALYTICS]], "en")
    assert consent.ConsentGate.load(vault, texts).allows("analytics")
    consent.withdraw(vault, agreements.ANALYTICS)
    gate = consent.ConsentGate.load(vault, texts)
    assert not gate.allows("analytics") and gate.may_sign
    assert not gate.allows("telemetry")  # an unknown purpose is never allowed


def test_new_agreement_version_asks_again(vault, agreement_copy):
    texts = agreements.load(agreement_copy)
    consent.accept_required(vault, texts, "zh_CN", dict.fromkeys(agreements.REQUIRED, True))
    assert consent.ConsentGate.load(vault, texts).may_sign
    manifest = json.loads((agreement_copy / "manifest.json").read_text())
    manifest["agreements"]["privacy_policy"]["version"] = "2026.2"
    (agreement_copy / "manifest.json").write_text(json.dumps(manifest))
    new = agreement_copy / "privacy_policy" / "2026.2"
    new.mkdir()
    for lang in agreements.LANGUAGES:
        old = (agreement_copy / "privacy_policy" / "2026.1" / f"{lang}.md").read_text()
        (new / f"{lang}.md").write_text(old.replace("2026.1", "2026.2") + "\n新增条款。\n")
    texts2 = agreements.load(agreement_copy)
    gate = consent.ConsentGate.load(vault, texts2)
    assert [a.kind for a in gate.pending] == [agreements.PRIVACY]
    assert not gate.may_sign


def test_changed_text_under_the_same_version_asks_again(vault, agreement_copy):
    texts = agreements.load(agreement_copy)
    consent.accept_required(vault, texts, "en", dict.fromkeys(agreements.REQUIRED, True))
    path = agreement_copy / "service_agreement" / "2026.1" / "en.md"
    path.write_text(path.read_text() + "\nOne more sentence.\n")
    gate = consent.ConsentGate.load(vault, agreements.load(agreement_copy))
    assert [a.kind for a in gate.pending] == [agreements.SERVICE]


def test_missing_text_is_an_error(agreement_copy):
    from app.compliance.errors import AgreementTextMissing

    (agreement_copy / "certificate_usage" / "2026.1" / "en.md").unlink()
    with pytest.raises(AgreementTextMissing):
        agreements.load(agreement_copy)


def test_face_consent_is_asked_every_time_and_used_up(vault):
    texts = agreements.load()
    event = consent.give_once(vault, texts[agreements.BIOMETRIC], "en", ["ab" * 32])
    data = json.loads(event.body)["data"]
    assert data["scope"] == "once" and data["documents"] == ["ab" * 32]
    [record] = consent.history(vault)
    assert not record.active  # nothing standing: the next face check asks again
