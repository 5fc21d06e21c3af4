"""The seal-custody mailbox over real HTTPS on 127.0.0.1, on SQLite and PostgreSQL: posting a
request and its decision, cursor listing, conflicts, form checks, organisation isolation and the
migration of a version-2 database."""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from crypto.jcs import canonical_json
from server import migrations, models
from server.platform import Platform
from server.settings import Settings
from tests.server.harness import DeviceClient
from tests.server.test_ledger_api import enrol

pytestmark = pytest.mark.net

PATH = "/v1/custody/requests"
SIG = {"algorithm": "AA==", "digest": "sha256", "certificate": "AA==", "value": "AA=="}


def envelope(payload: dict) -> str:
    """A signed-object envelope of the client's form (the platform does not check signatures)."""
    return canonical_json({"schema": "sealdesk.custody.signed/1", "payload": payload,
                           "signature": SIG}).decode("utf-8")


def request_env(ident: str | None = None, purpose: str = "销售合同") -> str:
    return envelope({"type": "sealdesk.seal-request/1", "id": ident or secrets.token_hex(16),
                     "purpose": purpose, "documents": [{"name": "合同.pdf", "sha256": "0" * 64,
                                                        "sm3": "1" * 64, "size": 10}]})


def decision_env(request: str, decision: str = "approved", reason: str = "同意") -> str:
    payload = json.loads(request)["payload"]
    return envelope({"type": "sealdesk.seal-decision/1", "request_id": payload["id"],
                     "request": hashlib.sha256(request.encode()).hexdigest(),
                     "decision": decision, "reason": reason})


def post(client: DeviceClient, request: str, decision: str | None = None):
    return client.call("POST", PATH, {"request": request, "decision": decision})


def listing(client: DeviceClient, since: int = 0, limit: int = 100) -> dict:
    r = client.call("GET", PATH, params={"since": since, "limit": limit})
    assert r.status_code == 200, r.text
    return models.CustodyList.model_validate(r.json()).model_dump()


def test_requests_and_decisions_travel_in_order_with_an_idempotent_cursor(db_url, make_server):
    server = make_server(db_url)
    office = enrol(server)
    custodian = enrol(server, office.org_id)
    req1, req2 = request_env(), request_env(purpose="采购")
    first = post(office, req1)
    assert first.status_code == 201, first.text
    assert first.json()["request_added"] and not first.json()["decision_added"]
    assert post(office, req1).status_code == 200  # the same again: nothing new
    assert post(office, req1).json() == {**first.json(), "request_added": False}
    assert post(office, req2).status_code == 201

    page = listing(custodian)
    assert [e["request"] for e in page["requests"]] == [req1, req2]
    assert [e["decision"] for e in page["requests"]] == [None, None]
    cursor = page["cursor"]
    assert cursor == page["requests"][-1]["seq"] and not page["more"]
    assert listing(custodian, cursor) == {"requests": [], "cursor": cursor, "more": False}

    dec1 = decision_env(req1)
    answer = post(custodian, req1, dec1)
    assert answer.status_code == 200 and answer.json()["decision_added"]
    assert post(custodian, req1, dec1).json()["decision_added"] is False  # again: same
    changed = listing(office, cursor)
    assert [(e["request"], e["decision"]) for e in changed["requests"]] == [(req1, dec1)]
    assert listing(office, changed["cursor"])["requests"] == []
    # paging: one at a time, in order, nothing twice
    seen, since = [], 0
    while True:
        page = listing(office, since, limit=1)
        seen += [e["id"] for e in page["requests"]]
        since = page["cursor"]
        if not page["more"]:
            break
    assert seen == [json.loads(req2)["payload"]["id"], json.loads(req1)["payload"]["id"]]
    ident = json.loads(req1)["payload"]["id"]
    one = custodian.call("GET", f"{PATH}/{ident}")
    assert one.status_code == 200 and one.json()["decision"] == dec1

    # conflicts: another decision, another request under the same id
    other = post(office, req1, decision_env(req1, "rejected", "不同意"))
    assert other.status_code == 409 and other.json()["error"] == "decision_conflict"
    clash = post(office, request_env(ident, purpose="担保"))
    assert clash.status_code == 409 and clash.json()["error"] == "request_conflict"
    assert listing(office, changed["cursor"])["requests"] == []


def test_only_well_formed_envelopes_are_kept(sqlite_url, make_server):
    server = make_server(sqlite_url, tls=False)
    client = enrol(server)
    good = request_env()
    not_canonical = json.dumps(json.loads(good), indent=1)
    bad_requests = [
        not_canonical,
        "[]",
        envelope({"type": "sealdesk.seal-decision/1", "id": secrets.token_hex(16)}),
        envelope({"type": "sealdesk.seal-request/1", "id": "XYZ"}),
        canonical_json({"schema": "other/1", "payload": {}, "signature": SIG}).decode(),
        request_env(purpose="x" * (64 * 1024)),  # over 64 KiB
        request_env(purpose="申请人身份证 11010519491231002X 盖章"),  # a resident ID number
    ]
    for body in bad_requests:
        r = post(client, body)
        assert r.status_code == 422, (body[:80], r.text)
        assert body[:200] not in r.text
    assert post(client, request_env(purpose="id 11010519491231002X")).json()["error"] == \
        "personal_data"
    assert post(client, request_env(purpose="合同编号 110105194912310021")).status_code == 201
    assert post(client, good, decision_env(request_env())).json()["error"] == "invalid_envelope"
    r = client.call("POST", PATH, {"request": good, "extra": "x"})
    assert r.status_code == 422 and r.json()["error"] == "rejected_field"
    assert listing(client)["requests"][0]["request"] != good
    assert client.call("GET", f"{PATH}/{'0' * 32}").json()["error"] == "unknown_request"
    assert client.call("GET", PATH, params={"since": -1}).status_code == 422


def test_other_organisations_see_nothing(db_url, make_server):
    server = make_server(db_url)
    acme, other = enrol(server), enrol(server)
    req = request_env()
    ident = json.loads(req)["payload"]["id"]
    assert post(acme, req).status_code == 201
    assert listing(other) == {"requests": [], "cursor": 0, "more": False}
    r = other.call("GET", f"{PATH}/{ident}")
    assert r.status_code == 404 and r.json()["error"] == "unknown_request"
    # the other organisation's own copy of the same id is its own (no 409 across organisations)
    assert post(other, req, decision_env(req, "rejected")).status_code == 201
    assert acme.call("GET", f"{PATH}/{ident}").json()["decision"] is None
    assert listing(acme)["requests"][0]["decision"] is None
    unsigned = server.http().get(PATH)
    assert unsigned.status_code == 401


def test_a_version_2_database_gets_the_mailbox(db_url: str, tmp_path: Path) -> None:
    settings = Settings(db_url=db_url, log_key_path=tmp_path / "k.pem")
    first = Platform(settings)
    first.create_org("Acme")
    with first.db.write() as conn:
        conn.execute(text("DROP TABLE custody_requests"))
        conn.execute(text("DELETE FROM schema_version"))
        conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (2, 0)"))
    first.close()
    again = Platform(settings)
    try:
        with again.db.read() as conn:
            assert migrations.current_version(conn) == migrations.LATEST >= 3
            found = inspect(conn)
            assert found.get_pk_constraint("custody_requests")["constrained_columns"] == [
                "request_id", "org_id"]
    finally:
        again.close()


def test_concurrent_posts_get_distinct_ordered_cursors(db_url, make_server):
    server = make_server(db_url, tls=False)
    first = enrol(server)
    devices = [first] + [enrol(server, first.org_id) for _ in range(3)]
    contested = request_env()
    assert post(first, contested).status_code == 201
    answers: list[int] = []
    decided: list[int] = []

    def work(client: DeviceClient, n: int) -> None:
        for _ in range(3):
            answers.append(post(client, request_env()).status_code)
        verdict = "approved" if n % 2 else "rejected"
        decided.append(post(client, contested, decision_env(contested, verdict, str(n)))
                       .status_code)

    threads = [threading.Thread(target=work, args=(d, n)) for n, d in enumerate(devices)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(answers) == [201] * 12
    assert sorted(decided) == [200] + [409] * 3  # one decision wins, the others conflict
    page = listing(first)
    seqs = [e["seq"] for e in page["requests"]]
    assert len(page["requests"]) == 13 and seqs == sorted(set(seqs))
    entry = next(e for e in page["requests"] if e["request"] == contested)
    assert entry["decision"] is not None and entry["seq"] > 1  # moved on by its decision
    big = json.dumps({"request": request_env(), "pad": "x" * (320 * 1024)}).encode()
    r = first.http.send(first.prepare("POST", PATH, content=big))
    assert r.status_code == 413 and r.json()["error"] == "body_too_large"
