"""The evidence ledger over real HTTPS on 127.0.0.1, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import threading

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from crypto import merkle
from crypto.jcs import canonical_json
from server import models
from tests.server.harness import DeviceClient, ServerThread

pytestmark = pytest.mark.net


def enrol(server: ServerThread, org: str | None = None) -> DeviceClient:
    """A device registered to ``org`` (a new organisation when None)."""
    platform = server.platform
    token = platform.create_org("Acme") [1] if org is None else platform.issue_token(org)
    client = DeviceClient(server.http())
    assert client.register(token).status_code == 201
    return client


def check_head(client: DeviceClient, head: dict) -> None:
    models.TreeHead.model_validate(head)
    key = client.call("GET", "/v1/log/key").json()
    public = serialization.load_pem_public_key(key["public_key"].encode())
    spki = public.public_bytes(serialization.Encoding.DER,
                               serialization.PublicFormat.SubjectPublicKeyInfo)
    assert key["log_id"] == head["log_id"] == __import__("hashlib").sha256(spki).hexdigest()
    fields = {k: head[k] for k in ("org_id", "tree_size", "root_hash", "timestamp", "log_id")}
    public.verify(base64.b64decode(head["signature"]), canonical_json(fields),
                  ec.ECDSA(hashes.SHA256()))
    forged = dict(fields, tree_size=fields["tree_size"] + 1)
    with pytest.raises(InvalidSignature):
        public.verify(base64.b64decode(head["signature"]), canonical_json(forged),
                      ec.ECDSA(hashes.SHA256()))


def check_receipts(answer: dict, events: list[dict], device_id: str) -> None:
    models.EvidenceAnswer.model_validate(answer)
    head = answer["tree_head"]
    root = bytes.fromhex(head["root_hash"])
    for receipt, event in zip(answer["receipts"], events, strict=True):
        assert receipt["event_id"] == event["event_id"]
        assert receipt["tree_size"] == head["tree_size"]
        leaf = receipt["leaf"]
        assert {k: leaf[k] for k in event} == event
        assert set(leaf) == set(event) | {"device"}
        proof = [bytes.fromhex(h) for h in receipt["inclusion_proof"]]
        assert merkle.verify_inclusion(merkle.leaf_hash(canonical_json(leaf)),
                                       receipt["leaf_index"], head["tree_size"], proof, root)


def test_append_receipts_proofs_and_signed_heads(db_url, make_server):
    server = make_server(db_url)
    client = enrol(server)
    empty = client.call("GET", "/v1/log/sth").json()
    assert empty["tree_size"] == 0 and empty["root_hash"] == merkle.EMPTY_ROOT.hex()
    check_head(client, empty)
    heads, seq = [empty], 0
    for size in (1, 2, 5, 8, 13, 40):
        events = [client.event(seq + i + 1) for i in range(size)]
        seq += size
        answer = client.call("POST", "/v1/evidence", {"events": events})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        check_receipts(body, events, client.device_id)
        assert all(r["leaf"]["device"] == client.device_id for r in body["receipts"])
        assert [r["leaf_index"] for r in body["receipts"]] == list(range(seq - size, seq))
        assert not any(r["duplicate"] for r in body["receipts"])
        check_head(client, body["tree_head"])
        assert client.call("GET", "/v1/log/sth").json() == body["tree_head"]
        heads.append(body["tree_head"])
    # every older head is consistent with every newer one
    for i, old in enumerate(heads):
        for new in heads[i:]:
            r = client.call("GET", "/v1/log/consistency",
                            params={"first": old["tree_size"], "second": new["tree_size"]})
            assert r.status_code == 200, r.text
            proof = [bytes.fromhex(h) for h in r.json()["proof"]]
            assert merkle.verify_consistency(
                old["tree_size"], new["tree_size"], bytes.fromhex(old["root_hash"]),
                bytes.fromhex(new["root_hash"]), proof)
    # inclusion of an early event against an old and the newest head
    r = client.call("GET", "/v1/log/inclusion",
                    params={"event_id": client.event(3)["event_id"], "tree_size": 8})
    assert r.status_code == 200, r.text
    body = r.json()
    leaf = dict(client.event(3), device=client.device_id)
    assert merkle.verify_inclusion(merkle.leaf_hash(canonical_json(leaf)), 2, 8,
                                   [bytes.fromhex(h) for h in body["inclusion_proof"]],
                                   bytes.fromhex(heads[3]["root_hash"]))
    latest = client.call("GET", "/v1/log/inclusion",
                         params={"event_id": client.event(69)["event_id"]}).json()
    assert latest["tree_size"] == 69 and latest["leaf_index"] == 68
    for params, code in (({"first": 5, "second": 70}, "invalid_tree_size"),
                         ({"first": 9, "second": 8}, "invalid_tree_size"),
                         ({"first": -1, "second": 8}, "invalid_request")):
        r = client.call("GET", "/v1/log/consistency", params=params)
        assert r.status_code in (400, 422) and r.json()["error"] == code
    r = client.call("GET", "/v1/log/inclusion",
                    params={"event_id": client.event(50)["event_id"], "tree_size": 40})
    assert r.status_code == 400 and r.json()["error"] == "invalid_tree_size"


def test_idempotency_conflicts_and_atomic_batches(db_url, make_server):
    server = make_server(db_url)
    client = enrol(server)
    first = [client.event(i) for i in (1, 2, 3)]
    one = client.call("POST", "/v1/evidence", {"events": first}).json()
    # the same events again (and one inside a batch twice): same leaves, nothing appended
    again = client.call("POST", "/v1/evidence", {"events": first + [first[0]]}).json()
    assert [r["duplicate"] for r in again["receipts"]] == [True] * 4
    assert [r["leaf"] for r in again["receipts"][:3]] == [r["leaf"] for r in one["receipts"]]
    assert again["tree_head"]["tree_size"] == 3
    check_receipts(again, first + [first[0]], client.device_id)
    # a new event and a repeated one: the new one is appended, the old answered as duplicate
    mixed = client.call("POST", "/v1/evidence", {"events": [first[1], client.event(4)]}).json()
    assert [(r["leaf_index"], r["duplicate"]) for r in mixed["receipts"]] == [(1, True), (3, False)]
    check_receipts(mixed, [first[1], client.event(4)], client.device_id)
    # the same id with other fingerprints: 409 for the whole batch, nothing appended
    for conflicting in (dict(first[2], sha256="0" * 64), dict(first[2], type="exported"),
                        dict(first[2], at="2026-02-01T00:00:00Z")):
        batch = [client.event(5), client.event(6), conflicting]
        r = client.call("POST", "/v1/evidence", {"events": batch})
        assert r.status_code == 409 and r.json()["error"] == "event_conflict"
    inside = [client.event(5), dict(client.event(5), sm3="1" * 64)]
    r = client.call("POST", "/v1/evidence", {"events": inside})
    assert r.status_code == 409
    head = client.call("GET", "/v1/log/sth").json()
    assert head == mixed["tree_head"] and head["tree_size"] == 4
    r = client.call("GET", "/v1/log/inclusion", params={"event_id": client.event(5)["event_id"]})
    assert r.status_code == 404 and r.json()["error"] == "unknown_event"
    # another device of the same organisation re-sending the event gets the original leaf
    other = enrol(server, client.org_id)
    r = other.call("POST", "/v1/evidence", {"events": [first[0]]}).json()
    assert r["receipts"][0]["duplicate"] and r["receipts"][0]["leaf"]["device"] == client.device_id


def test_authentication_failures(db_url, make_server):
    server = make_server(db_url)
    client = enrol(server)
    batch = {"events": [client.event(1)]}

    def status(request) -> tuple[int, str]:
        r = client.http.send(request)
        return r.status_code, r.json()["error"]

    ok = client.prepare("POST", "/v1/evidence", batch)
    assert client.http.send(ok).status_code == 200
    assert status(ok) == (401, "replayed_request")  # the very same request again
    tampered = client.prepare("POST", "/v1/evidence", batch)
    tampered = client.http.build_request("POST", "/v1/evidence", headers=dict(tampered.headers),
                                         content=tampered.content.replace(b"contract", b"exportee"))
    assert status(tampered) == (401, "bad_signature")
    moved = client.prepare("GET", "/v1/log/sth")
    moved.url = moved.url.copy_with(path="/v1/log/key")
    assert status(moved) == (401, "bad_signature")
    stranger = DeviceClient(client.http)
    stranger.device_id, stranger.org_id = client.device_id, client.org_id  # someone else's key
    assert status(stranger.prepare("GET", "/v1/log/sth")) == (401, "bad_signature")
    client.clock_offset = -301
    assert status(client.prepare("GET", "/v1/log/sth")) == (401, "stale_request")
    client.clock_offset = 301
    assert status(client.prepare("GET", "/v1/log/sth")) == (401, "stale_request")
    client.clock_offset = 0
    assert status(client.prepare("GET", "/v1/log/sth", date="yesterday")) == (401, "stale_request")
    assert status(client.prepare("GET", "/v1/log/sth", nonce="NOTHEX" * 6)) == (401, "unauthenticated")
    unknown = client.prepare("GET", "/v1/log/sth")
    unknown.headers["X-SealDesk-Device"] = "00000000-0000-4000-8000-000000000000"
    assert status(unknown) == (401, "unknown_device")
    bare = client.http.build_request("GET", "/v1/log/sth")
    assert status(bare) == (401, "unauthenticated")
    # enrolment: a wrong token, a used token, the same certificate again
    assert client.register("sdet_wrong").status_code == 401
    again = DeviceClient(client.http, key=client.key)
    again.cert = client.cert
    token = server.platform.issue_token(client.org_id)
    r = again.register(token)
    assert r.status_code == 201 and r.json() == {"device_id": client.device_id, "org_id": client.org_id}
    newcomer = DeviceClient(client.http)
    assert newcomer.register(token).status_code == 201  # unused by the re-registration
    assert DeviceClient(client.http).register(token).json()["error"] == "invalid_enrolment_token"
    r = client.http.post("/v1/devices", json={"enrolment_token": token, "certificate": "AAAA"})
    assert r.status_code == 422 and r.json()["error"] == "invalid_certificate"


def test_organisations_are_isolated(db_url, make_server):
    server = make_server(db_url)
    alice, bob = enrol(server), enrol(server)
    assert alice.org_id != bob.org_id
    alice.call("POST", "/v1/evidence", {"events": [alice.event(1), alice.event(2)]})
    r = bob.call("GET", "/v1/log/inclusion", params={"event_id": alice.event(1)["event_id"]})
    assert r.status_code == 404 and r.json()["error"] == "unknown_event"
    assert bob.call("GET", "/v1/log/sth").json()["tree_size"] == 0
    r = bob.call("GET", "/v1/log/consistency", params={"first": 1, "second": 2})
    assert r.status_code == 400
    # the same event id in two organisations is two independent leaves
    r = bob.call("POST", "/v1/evidence", {"events": [dict(alice.event(1), sha256="2" * 64)]})
    assert r.status_code == 200 and r.json()["receipts"][0]["leaf_index"] == 0


def test_concurrent_appends_have_no_gaps_or_duplicates(db_url, make_server):
    server = make_server(db_url)
    first = enrol(server)
    clients = [first] + [enrol(server, first.org_id) for _ in range(5)]
    results: list[dict] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(client: DeviceClient) -> None:
        try:
            for b in range(6):
                events = [client.event(b * 10 + i + 1) for i in range(10)]
                events.append(clients[0].event(1000 + b))  # every device also re-sends shared ids
                r = client.call("POST", "/v1/evidence", {"events": events})
                assert r.status_code == 200, r.text
                with lock:
                    results.append(r.json())
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    placed: dict[str, int] = {}
    for answer in results:
        check_receipts(answer, [{k: v for k, v in r["leaf"].items() if k != "device"}
                                for r in answer["receipts"]], "")
        for r in answer["receipts"]:
            assert placed.setdefault(r["event_id"], r["leaf_index"]) == r["leaf_index"]
    head = clients[0].call("GET", "/v1/log/sth").json()
    assert head["tree_size"] == len(placed) == 6 * 60 + 6
    assert sorted(placed.values()) == list(range(head["tree_size"]))
    proof = clients[0].call("GET", "/v1/log/consistency",
                            params={"first": 1, "second": head["tree_size"]}).json()["proof"]
    sizes = sorted({a["tree_head"]["tree_size"] for a in results})
    for answer in results:  # every head handed out is a prefix of the final log
        old = answer["tree_head"]
        r = clients[0].call("GET", "/v1/log/consistency",
                            params={"first": old["tree_size"], "second": head["tree_size"]}).json()
        assert merkle.verify_consistency(old["tree_size"], head["tree_size"],
                                         bytes.fromhex(old["root_hash"]),
                                         bytes.fromhex(head["root_hash"]),
                                         [bytes.fromhex(h) for h in r["proof"]])
    assert proof and sizes[-1] == head["tree_size"]
