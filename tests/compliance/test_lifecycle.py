"""Certificate notices, expiry, the intent policy and one signing's compliance flow."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.compliance import agreements, consent, expiry, notices
from app.compliance.errors import ConsentRequired, IntentNotChecked
from app.compliance.flow import SigningCompliance
from app.compliance.intent import FACE, PIN, SMS, IntentPolicy, IntentResult, batch_id
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


def test_signing_flow_records_notices_and_intent_in_order(vault, cert_factory):
    _consented(vault)
    cert = cert_factory(200)
    flow = SigningCompliance(vault, cert, [("合同A.pdf", DOC_A), ("合同B.pdf", DOC_B)],
                             IntentPolicy.parse("face|sms|pin"), online=True, camera=True)
    before = flow.begin()
    assert [e.type for e in before] == ["cert.notice.before_use"] * 2
    assert [d["document_sha256"] for d in _data(before)] == [DOC_A, DOC_B]
    with pytest.raises(IntentNotChecked):
        flow.finish([(DOC_A, "c" * 64, None)])  # no intent yet: no after-use
    assert flow.runner.refuse(FACE) == (SMS, PIN)  # refusing the face check leaves SMS and PIN
    events = flow.runner.record(IntentResult(SMS, attestation_sha256="d" * 64,
                                             challenge_id="ch1"))
    data = _data(events)
    assert [d["document_sha256"] for d in data] == [DOC_A, DOC_B]
    assert {d["batch"] for d in data} == {batch_id([DOC_A, DOC_B])}
    assert all(d["method"] == SMS and d["attestation_sha256"] == "d" * 64 for d in data)
    assert flow.pin_verified() == []  # the policy was satisfied already
    after = flow.finish([(DOC_A, "e" * 64, None), (DOC_B, "f" * 64, None)])
    assert [d["signed_sha256"] for d in _data(after)] == ["e" * 64, "f" * 64]
    assert _types(vault)[-6:] == ["cert.notice.before_use"] * 2 + ["intent.checked"] * 2 + [
        "cert.notice.after_use"] * 2
    assert vault.db.call(chain.verify).ok


def test_flow_refuses_without_consent_or_with_an_expired_certificate(vault, cert_factory):
    docs = [("x.pdf", DOC_A)]
    flow = SigningCompliance(vault, cert_factory(200), docs, IntentPolicy(), online=False,
                             camera=False)
    with pytest.raises(ConsentRequired):
        flow.begin()
    _consented(vault)
    expired = SigningCompliance(vault, cert_factory(-2), docs, IntentPolicy(), online=False,
                                camera=False)
    with pytest.raises(CertificateExpired):
        expired.begin()
    assert "cert.notice.before_use" not in _types(vault)
    pin = SigningCompliance(vault, cert_factory(200), docs, IntentPolicy(), online=False,
                            camera=False)
    pin.begin()
    [checked] = pin.pin_verified()
    assert _data([checked])[0]["method"] == PIN


def test_renewal_question_due_for_an_expiring_certificate(vault, cert_factory):
    flow = SigningCompliance(vault, cert_factory(5), [("x.pdf", DOC_A)], IntentPolicy(),
                             online=False, camera=False)
    assert flow.renewal_question_due
    notices.renewal(vault, flow.certificate_sha256, consent="next_signing",
                    not_after=flow.cert.not_after)
    assert not flow.renewal_question_due
