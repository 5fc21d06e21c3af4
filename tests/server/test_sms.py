"""SMS intent challenges end to end: codes read from the development outbox file."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from crypto.jcs import canonical_json
from server import models
from tests.server.test_ledger_api import enrol
from tests.server.test_privacy import database_text

pytestmark = pytest.mark.net

SIGNER, OTHER = "a" * 64, "b" * 64
DOC = "d" * 64


class Clock:
    """Real time plus an offset the test moves forward (the platform and the devices share it)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float, *clients) -> None:
        self.offset += seconds
        for c in clients:
            c.clock_offset = self.offset


def codes(outbox: Path) -> list[dict]:
    return [json.loads(line) for line in outbox.read_text().splitlines()]


def last_code(outbox: Path, challenge_id: str) -> str:
    return [c for c in codes(outbox) if c["challenge_id"] == challenge_id][-1]["code"]


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


@pytest.fixture
def sms_platform(make_server, tmp_path, sqlite_url):
    clock = Clock()
    server = make_server(sqlite_url, clock=clock, sms_per_signer=4, sms_per_device=6)
    client = enrol(server)
    server.platform.add_signer(client.org_id, SIGNER, "+8613812345678")
    server.platform.add_signer(client.org_id, OTHER, "+8613900001111")
    return server, client, clock, tmp_path / "sms-outbox.jsonl"


def test_sms_challenge_lifecycle(sms_platform):
    server, client, clock, outbox = sms_platform
    r = client.call("POST", "/v1/intent/sms", {"signer_id": "c" * 64, "document_sha256": DOC})
    assert r.status_code == 404 and r.json()["error"] == "unknown_signer"
    r = client.call("POST", "/v1/intent/sms", {"signer_id": SIGNER, "document_sha256": DOC})
    assert r.status_code == 201, r.text
    challenge = models.ChallengeAnswer.model_validate(r.json())
    assert challenge.masked_phone == "138****5678" and challenge.attempts_left == 5
    cid = challenge.challenge_id
    sent = codes(outbox)[-1]
    assert sent["phone"] == "+8613812345678" and sent["challenge_id"] == cid
    assert len(sent["code"]) == 6 and sent["code"].isdigit()
    first = sent["code"]
    # a wrong code costs an attempt
    r = client.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": wrong(first)})
    assert r.status_code == 400 and r.json() == {"error": "wrong_code", "detail": r.json()["detail"],
                                                 "attempts_left": 4}
    for bad in ("12345", "1234567", "abcdef", 123456):
        assert client.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": bad}).status_code == 422
    # resend: too soon, then a new code that replaces the old one
    r = client.call("POST", f"/v1/intent/sms/{cid}/resend")
    assert r.status_code == 429 and r.json()["error"] == "resend_too_soon"
    assert 55 <= int(r.headers["Retry-After"]) <= 60
    clock.advance(61, client)
    r = client.call("POST", f"/v1/intent/sms/{cid}/resend")
    assert r.status_code == 200 and r.json()["attempts_left"] == 4
    second = last_code(outbox, cid)
    if second != first:
        r = client.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": first})
        assert r.status_code == 400 and r.json()["attempts_left"] == 3
    # nobody else can act on this challenge
    stranger = enrol(server)
    colleague = enrol(server, client.org_id)
    for other in (stranger, colleague):
        r = other.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": second})
        assert r.status_code == 404 and r.json()["error"] == "unknown_challenge"
    r = stranger.call("POST", "/v1/intent/sms", {"signer_id": SIGNER, "document_sha256": DOC})
    assert r.status_code == 404 and r.json()["error"] == "unknown_signer"
    # the right code: a signed attestation; the challenge is then closed
    r = client.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": second})
    assert r.status_code == 200, r.text
    answer = models.VerifyAnswer.model_validate(r.json())
    att = r.json()["attestation"]
    assert (att["challenge_id"], att["signer_id"], att["document_sha256"], att["method"]) == (
        cid, SIGNER, DOC, "sms")
    key = client.call("GET", "/v1/log/key").json()
    public = serialization.load_pem_public_key(key["public_key"].encode())
    fields = {k: v for k, v in att.items() if k != "signature"}
    public.verify(base64.b64decode(att["signature"]), canonical_json(fields),
                  ec.ECDSA(hashes.SHA256()))
    assert answer.attestation.log_id == key["log_id"]
    r = client.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": second})
    assert r.status_code == 409 and r.json()["error"] == "challenge_closed"
    # codes are never stored in clear
    stored = database_text(server.platform.settings.db_url)
    for sent in codes(outbox):
        assert f"'{sent['code']}'" not in stored and f"\n{sent['code']}\n" not in stored


def test_sms_expiry_and_attempt_limit(sms_platform):
    server, client, clock, outbox = sms_platform
    cid = client.call("POST", "/v1/intent/sms",
                      {"signer_id": SIGNER, "document_sha256": DOC}).json()["challenge_id"]
    code = last_code(outbox, cid)
    clock.advance(301, client)
    r = client.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": code})
    assert r.status_code == 410 and r.json()["error"] == "expired"
    cid = client.call("POST", "/v1/intent/sms",
                      {"signer_id": SIGNER, "document_sha256": DOC}).json()["challenge_id"]
    code = last_code(outbox, cid)
    left = [client.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": wrong(code)}).json()
            for _ in range(5)]
    assert [x["attempts_left"] for x in left] == [4, 3, 2, 1, 0]
    r = client.call("POST", f"/v1/intent/sms/{cid}/verify", {"code": code})
    assert r.status_code == 423 and r.json()["error"] == "too_many_attempts"
    clock.advance(61, client)
    r = client.call("POST", f"/v1/intent/sms/{cid}/resend")  # a resend does not restore attempts
    assert r.status_code == 423


def test_sms_rate_limits_per_signer_and_device(sms_platform):
    server, client, clock, outbox = sms_platform
    ask = lambda c, s: c.call("POST", "/v1/intent/sms", {"signer_id": s, "document_sha256": DOC})  # noqa: E731
    assert [ask(client, SIGNER).status_code for _ in range(4)] == [201] * 4
    r = ask(client, SIGNER)
    assert r.status_code == 429 and r.json()["error"] == "rate_limited"
    assert 3590 <= int(r.headers["Retry-After"]) <= 3600
    assert [ask(client, OTHER).status_code for _ in range(3)] == [201, 201, 429]  # device: 6
    colleague = enrol(server, client.org_id)
    # another device: its own device budget, but the signer's budget is shared (4)
    assert [ask(colleague, OTHER).status_code for _ in range(3)] == [201, 201, 429]
    clock.advance(3601, client, colleague)
    assert ask(client, SIGNER).status_code == 201
    sent = len(codes(outbox))
    assert sent == 4 + 2 + 2 + 1


def test_without_a_gateway_sms_is_unavailable(make_server, sqlite_url):
    server = make_server(sqlite_url, sms_outbox=None)
    client = enrol(server)
    server.platform.add_signer(client.org_id, SIGNER, "+8613812345678")
    r = client.call("POST", "/v1/intent/sms", {"signer_id": SIGNER, "document_sha256": DOC})
    assert r.status_code == 503 and r.json()["error"] == "sms_unavailable"
