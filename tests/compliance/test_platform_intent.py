"""SMS codes and the face check against the real platform (server/, uvicorn on 127.0.0.1,
SQLite): tries left and the resend cool-down are the platform's word (PROTOCOL.md)."""

from __future__ import annotations

import numpy as np
import pytest

from app.compliance import errors as cerr
from app.compliance import face
from app.compliance.intent import FACE, SMS
from app.compliance.platform import intent_services, registered

pytestmark = pytest.mark.net
SIGNER = "5" * 64
DOC = "d" * 64


@pytest.fixture
def sms(registered_vault, platform):
    platform.add_signer(SIGNER)
    with intent_services(registered_vault, SIGNER) as services:
        yield services.sms, platform


def _wrong(right: str) -> str:
    return f"{(int(right) + 1) % 10**6:06d}"


def test_registered_and_not(vault, registered_vault):
    assert registered(registered_vault)


def test_unregistered_vault_has_no_platform(vault):
    assert not registered(vault)


def test_sms_right_code_gives_a_verified_attestation(sms):
    client, platform = sms
    challenge = client.start(DOC)
    assert challenge.masked_phone == "138****5678" and challenge.attempts_left == 5
    assert 290 <= challenge.seconds_to_expiry() <= 300
    assert 50 <= challenge.seconds_to_resend() <= 60
    [sent] = platform.messages(challenge.challenge_id)
    assert sent["phone"] == "+8613812345678"
    result, _ = client.verify(challenge, platform.code_for(challenge.challenge_id))
    assert result.method == SMS and len(result.attestation_sha256 or "") == 64
    assert result.challenge_id == challenge.challenge_id
    with pytest.raises(cerr.SmsChallengeClosed):  # 409 challenge_closed: a code works once
        client.verify(challenge, platform.code_for(challenge.challenge_id))


def test_sms_tries_left_are_the_platforms_count(sms, registered_vault):
    client, platform = sms
    challenge = client.start(DOC)
    right = platform.code_for(challenge.challenge_id)
    with intent_services(registered_vault, SIGNER) as other:  # a second window, same challenge
        for n, left in enumerate((4, 3, 2, 1, 0)):
            window = client if n % 2 == 0 else other.sms
            with pytest.raises(cerr.SmsWrongCode) as err:
                window.verify(challenge, _wrong(right))
            assert err.value.attempts_left == left  # what the server said, not a local count
            assert window.attempts_left(challenge) == left
            assert _wrong(right) not in str(err.value)  # the code never reaches a message
        with pytest.raises(cerr.SmsTooManyAttempts):  # 423, even with the right code
            other.sms.verify(challenge, right)
        assert other.sms.attempts_left(challenge) == 0


def test_sms_tries_follow_the_platforms_setting(tmp_path, vault):
    from app.sync.device import register
    from app.sync.transport import Endpoint
    from tests.compliance.live_platform import LivePlatform

    platform = LivePlatform(tmp_path / "three", sms_attempts=3)
    try:
        platform.add_signer(SIGNER)
        register(vault, Endpoint(platform.url), platform.enrolment_token)
        with intent_services(vault, SIGNER) as services:
            challenge = services.sms.start(DOC)
            assert challenge.attempts_left == 3
            wrong = _wrong(platform.code_for(challenge.challenge_id))
            seen = []
            for _ in range(3):
                with pytest.raises(cerr.SmsWrongCode) as err:
                    services.sms.verify(challenge, wrong)
                seen.append(err.value.attempts_left)
            assert seen == [2, 1, 0]
    finally:
        platform.stop()


def test_sms_expired_code(sms):
    client, platform = sms
    challenge = client.start(DOC)
    platform.clock.advance(301)  # the platform's 5 minutes are over
    with pytest.raises(cerr.SmsExpired):
        client.verify(challenge, platform.code_for(challenge.challenge_id))


def test_sms_resend_waits_for_the_platforms_cool_down(sms):
    client, platform = sms
    challenge = client.start(DOC)
    first = platform.code_for(challenge.challenge_id)
    with pytest.raises(cerr.SmsWrongCode):
        client.verify(challenge, _wrong(first))
    platform.clock.advance(25)
    with pytest.raises(cerr.SmsResendTooSoon) as err:
        client.resend(challenge)  # asked: the platform answers 429 with Retry-After
    # 60 s − 25 s on the platform's clock (a local count would still say about 60)
    assert 34 <= err.value.seconds <= 35
    assert len(platform.messages(challenge.challenge_id)) == 1
    platform.clock.advance(40)
    again = client.resend(challenge)
    assert again.challenge_id == challenge.challenge_id
    assert again.attempts_left == 4  # a resend does not give the tries back
    assert len(platform.messages(challenge.challenge_id)) == 2
    second = platform.code_for(challenge.challenge_id)
    stale = first if first != second else _wrong(second)  # (the same digits: 1 in a million)
    with pytest.raises(cerr.SmsWrongCode) as wrong:  # the old code was replaced
        client.verify(again, stale)
    assert wrong.value.attempts_left == 3
    result, _ = client.verify(again, second)
    assert result.method == SMS


def test_sms_rate_limit_comes_with_the_platforms_wait(tmp_path, vault):
    from app.sync.device import register
    from app.sync.transport import Endpoint
    from tests.compliance.live_platform import LivePlatform

    platform = LivePlatform(tmp_path / "limited", sms_per_signer=2, sms_rate_window=600)
    try:
        platform.add_signer(SIGNER)
        register(vault, Endpoint(platform.url), platform.enrolment_token)
        with intent_services(vault, SIGNER) as services:
            services.sms.start(DOC)
            platform.clock.advance(100)
            services.sms.start(DOC)
            with pytest.raises(cerr.RateLimited) as err:
                services.sms.start(DOC)
            assert 499 <= err.value.seconds <= 500  # until the oldest send leaves the window
    finally:
        platform.stop()


def test_sms_unknown_signer_and_bad_code_shape(registered_vault, platform):
    with intent_services(registered_vault, "9" * 64) as services:
        with pytest.raises(cerr.UnknownSigner):
            services.sms.start(DOC)
    from app.compliance.sms import check_code
    from crypto.errors import UsageError

    with pytest.raises(UsageError):
        check_code("12345")
    with pytest.raises(UsageError):
        check_code("１２３４５６")  # full-width digits are not ASCII


def test_sms_platform_unreachable(registered_vault, platform):
    platform.stop()
    with intent_services(registered_vault, SIGNER) as services:
        with pytest.raises(cerr.PlatformUnavailable):
            services.sms.start(DOC)


def _face_frame(cx: int, faces: int = 1) -> np.ndarray:
    import cv2

    img = np.full((480, 640), 110, np.uint8)
    centres = [cx] if faces == 1 else [180, 460]
    for x in centres[:faces]:
        s = 100 if faces == 1 else 90
        cv2.ellipse(img, (x, 240), (int(0.75 * s), s), 0, 0, 360, 200, -1)
        for dx in (-1, 1):
            cv2.ellipse(img, (x + int(dx * 0.33 * s), 240 - int(0.38 * s)),
                        (int(0.2 * s), int(0.05 * s)), 0, 0, 360, 60, -1)
            cv2.ellipse(img, (x + int(dx * 0.33 * s), 240 - int(0.2 * s)),
                        (int(0.14 * s), int(0.08 * s)), 0, 0, 360, 40, -1)
        cv2.ellipse(img, (x, 240 + int(0.2 * s)), (int(0.1 * s), int(0.05 * s)), 0, 0, 360, 120, -1)
        cv2.ellipse(img, (x, 240 + int(0.5 * s)), (int(0.28 * s), int(0.07 * s)), 0, 0, 360, 70, -1)
    return cv2.cvtColor(cv2.GaussianBlur(img, (9, 9), 0), cv2.COLOR_GRAY2BGR)


def test_local_face_checks():
    assert face.available()
    assert len(face.find_faces(_face_frame(320))) == 1
    with pytest.raises(cerr.FaceNotFound) as err:
        face.one_face(_face_frame(320, faces=2))
    assert err.value.params["count"] == 2
    with pytest.raises(cerr.FaceNotFound):
        face.one_face(np.full((480, 640, 3), 128, np.uint8))
    with pytest.raises(cerr.LivenessNotShown):
        face.check_liveness(_face_frame(320), _face_frame(320))
    face.check_liveness(_face_frame(300), _face_frame(360))  # turned: the face moved


def test_face_check_against_the_platform(registered_vault, platform):
    platform.add_signer(SIGNER)
    with intent_services(registered_vault, SIGNER) as services:
        result = services.face.verify(_face_frame(300), _face_frame(360), DOC, "c" * 64)
        assert result.method == FACE and len(result.attestation_sha256 or "") == 64
        with pytest.raises(cerr.LivenessNotShown):  # nothing sent without movement
            services.face.verify(_face_frame(300), _face_frame(300), DOC, "c" * 64)
    assert platform.face_consent_refs() == ["c" * 64]
    [(signer, size, verdict)] = platform.faces.seen  # one picture reached the verifier
    assert signer == SIGNER and size > 1000 and verdict


def test_face_check_unknown_signer(registered_vault, platform):
    with intent_services(registered_vault, "9" * 64) as services:
        with pytest.raises(cerr.UnknownSigner):
            services.face.verify(_face_frame(300), _face_frame(360), DOC, "c" * 64)
    assert platform.faces.seen == []
