"""Certificate notices, expiry, the intent policy and one signing's compliance flow."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.compliance import agreements, consent, expiry, notices
from app.compliance.errors import ConsentRequired, IntentNotChecked
from app.compliance.intent import FACE, PIN, SMS, IntentPolicy, IntentResult, batch_id
from app.compliance.recording import SigningRecord
from app.evidence import chain
from crypto.errors import CertificateExpired

pytestmark = pytest.mark.unit
DOC_A, DOC_B = "a" * 64, "b" * 64


def _types(vault):
    return [e.type for e in vault.db.call(lambda c: list(chain.iter_events(c)))]


def _data(events):
    return [json.loads(e.body)["data"] for e in events]


def _consented(vault):
    consent.accept_required(vault, agreements.load(), "en",
                            dict.fromkeys(agreements.REQUIRED, True))


def test_expired_certificate_is_never_offered(cert_factory):
    good, soon, old = cert_factory(365), cert_factory(10), cert_factory(-3)
    assert [c.label for c in expiry.offerable([good, soon, old])] == [good.label, soon.label]
    assert old not in expiry.offerable([old])
    # listed as usable an hour ago, expired since: judged again now
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=11)
    assert expiry.offerable([good, soon], later) == [good]
    with pytest.raises(CertificateExpired):
        expiry.require_usable(soon, later)
    states = {s.certificate_sha256: s.state for s in expiry.flag([good, soon, old], 30)}
    assert sorted(states.values()) == ["expired", "expiring", "ok"]
    assert expiry.standing(soon, 5).state == "ok"  # configurable N days


def test_expiry_warning_recorded_once_per_threshold(vault, cert_factory):
    soon, old, fine = cert_factory(10), cert_factory(-1), cert_factory(400)
    standings = expiry.flag([soon, old, fine], 30)
    assert len(notices.expiry_warnings(vault, standings, 30)) == 2
    assert notices.expiry_warnings(vault, standings, 30) == []  # not again at every start
    assert len(notices.expiry_warnings(vault, standings, 60)) == 2  # new threshold: again
    data = _data([e for e in vault.db.call(lambda c: list(chain.iter_events(c)))
                  if e.type == "cert.expiry_warning"])
    assert {d["state"] for d in data} == {"expiring", "expired"}
    assert all(len(d["certificate_sha256"]) == 64 and "subject" not in d for d in data)


def test_issuance_and_renewal_notices(vault, cert_factory):
    cert = cert_factory(20)
    sha = expiry.certificate_sha256(cert)
    notices.before_issuance(vault, "c" * 64, agreement_accepted=True, identity_consistent=True,
                            intent_method=PIN)
    notices.issued(vault, sha, storage="pkcs11", where="token 0A1B2C", not_after=cert.not_after)
    assert notices.renewal_answer(vault, sha) is None
    assert notices.renewal(vault, sha, consent="advance", not_after=cert.not_after) is not None
    assert notices.renewal(vault, sha, consent="advance", not_after=cert.not_after) is None
    assert notices.renewal_answer(vault, sha) == "advance"
    assert _types(vault)[-3:] == ["cert.notice.before_issuance", "cert.notice.issued",
                                  "cert.notice.renewal"]


def test_policy_parsing_and_what_is_left_offline_or_without_camera():
    policy = IntentPolicy.parse("pin+sms|face")
    assert policy.steps == ((PIN,), (SMS, FACE)) and str(policy) == "pin+sms|face"
    assert policy.usable_steps(online=True, camera=False) == ((PIN,), (SMS,))
    with pytest.raises(IntentNotChecked):
        policy.usable_steps(online=False, camera=True)  # the second step needs the platform
    any_one = IntentPolicy.parse("face|sms|pin")
    assert any_one.usable_steps(online=False, camera=True) == ((PIN,),)  # PIN works offline
    assert any_one.usable_steps(online=True, camera=True, refused=frozenset({FACE})) == (
        (SMS, PIN),)
    with pytest.raises(Exception):
        IntentPolicy.parse("pin+retina")


def _documents(folder, *names):
    paths = []
    for name in names:
        path = folder / name
        path.write_bytes(f"%PDF-1.7 {name}".encode())
        paths.append(path)
    return paths


def test_signing_record_notices_and_intent_in_order(vault, cert_factory, tmp_path):
    _consented(vault)
    cert = cert_factory(200)
    sha = expiry.certificate_sha256(cert)
    docs = _documents(tmp_path, "合同A.pdf", "合同B.pdf")
    told = []
    sms = IntentResult(SMS, attestation_sha256="d" * 64, challenge_id="ch1")
    record = SigningRecord(vault, docs, PIN, checks=[sms], signer_sha256=sha,
                           announce=lambda c, sources: told.append([p.name for p in sources]))
    record.opened(cert)
    assert told == [["合同A.pdf", "合同B.pdf"]]
    hashes = record.hashes
    events = vault.db.call(lambda c: list(chain.iter_events(c)))
    before = [e for e in events if e.type == "cert.notice.before_use"]
    assert [d["document_sha256"] for d in _data(before)] == hashes
    checked = _data([e for e in events if e.type == "intent.checked"])
    assert [(d["method"], d["step"]) for d in checked] == [(PIN, 1)] * 2 + [(SMS, 2)] * 2
    assert {d["batch"] for d in checked} == {batch_id(hashes)}
    assert all(d["certificate_sha256"] == sha for d in checked)
    record.finish([(hashes[0], "e" * 64, None), (hashes[1], "f" * 64, None)])
    record.finish([(hashes[0], "e" * 64, None)])  # a resumed run: not noticed twice
    after = _data([e for e in vault.db.call(lambda c: list(chain.iter_events(c)))
                   if e.type == "cert.notice.after_use"])
    assert [d["signed_sha256"] for d in after] == ["e" * 64, "f" * 64]
    assert {d["batch"] for d in after} == {batch_id(hashes)}
    assert _types(vault)[-2:] == ["cert.notice.after_use"] * 2
    assert vault.db.call(chain.verify).ok


def test_record_refuses_without_consent_an_expired_or_another_certificate(vault, cert_factory,
                                                                          tmp_path):
    [doc] = _documents(tmp_path, "x.pdf")
    with pytest.raises(ConsentRequired):
        SigningRecord(vault, [doc], PIN)
    _consented(vault)
    with pytest.raises(CertificateExpired):
        SigningRecord(vault, [doc], PIN).opened(cert_factory(-2))
    sms = IntentResult(SMS, attestation_sha256="d" * 64)
    other = SigningRecord(vault, [doc], PIN, checks=[sms], signer_sha256="0" * 64)
    with pytest.raises(IntentNotChecked):
        other.opened(cert_factory(200))  # the SMS check was made for someone else
    assert "cert.notice.before_use" not in _types(vault)


def test_renewal_consent_is_asked_at_the_next_signing(vault, cert_factory, tmp_path):
    _consented(vault)
    [doc] = _documents(tmp_path, "x.pdf")
    soon, later = cert_factory(5), cert_factory(200)
    asked = []

    def sign(cert, answer, days=30):
        def ask(c, standing):
            asked.append((standing.state, standing.days_left))
            return answer

        SigningRecord(vault, [doc], PIN, ask_renewal=ask, warning_days=days).opened(cert)

    sign(later, "at_signing")
    sign(soon, "at_signing", days=3)  # 5 days left, warned 3 days before: not yet
    assert asked == []
    sign(soon, "deferred")  # "ask me at the next signing"
    sign(soon, "at_signing")  # asked again, agreed
    sign(soon, "declined")  # answered: never asked again
    assert asked == [("expiring", 4)] * 2  # asked at the 2nd and 3rd signing only
    sha = expiry.certificate_sha256(soon)
    assert notices.renewal_answer(vault, sha) == "at_signing"
    renewals = _data([e for e in vault.db.call(lambda c: list(chain.iter_events(c)))
                      if e.type == "cert.notice.renewal"])
    assert [d["consent"] for d in renewals] == ["deferred", "at_signing"]
    assert all(d["certificate_sha256"] == sha for d in renewals)
    assert _types(vault).count("cert.notice.before_use") == 5  # signing never stopped


def test_declining_renewal_at_signing_still_signs_and_is_not_asked_again(vault, cert_factory,
                                                                         tmp_path):
    _consented(vault)
    [doc] = _documents(tmp_path, "x.pdf")
    soon = cert_factory(5)
    answers = iter(["declined"])
    SigningRecord(vault, [doc], PIN, ask_renewal=lambda c, s: next(answers)).opened(soon)
    SigningRecord(vault, [doc], PIN, ask_renewal=lambda c, s: next(answers)).opened(soon)
    assert notices.renewal_answer(vault, expiry.certificate_sha256(soon)) == "declined"
    assert _types(vault).count("cert.notice.before_use") == 2


def test_a_document_changed_after_review_is_not_signed(vault, cert_factory, tmp_path):
    from app.compliance.errors import DocumentNotAsReviewed
    from app.compliance.recording import file_sha256

    _consented(vault)
    docs = _documents(tmp_path, "a.pdf", "b.pdf")
    seen = [file_sha256(p) for p in docs]
    docs[1].write_bytes(b"%PDF-1.7 swapped after the review")
    told = []
    record = SigningRecord(vault, docs, PIN, reviewed=seen,
                           announce=lambda c, s: told.append(s))
    with pytest.raises(DocumentNotAsReviewed) as raised:
        record.opened(cert_factory(200))
    assert raised.value.params["name"] == "b.pdf" and told == []
    assert "cert.notice.before_use" not in _types(vault)
