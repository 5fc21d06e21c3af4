"""Request → approval → seal applied, with two people's keys (SoftHSM token, soft certificate)."""

from __future__ import annotations

import json

import pytest

from tests.custody.conftest import SEAL_NAME, approver_key, requester_key
from tests.fixtures.docs import make_batch, sha256
from tests.fixtures.softhsm import ScriptedUser

pytestmark = pytest.mark.hsm

PLACEMENT = {"kind": "anchor", "text": "盖章处", "size": 120}


def _events(vault):
    from app.evidence import chain

    return vault.db.call(lambda conn: list(chain.iter_events(conn)))


def test_full_chain_request_approve_apply(custody_vault, people, contract_template, tmp_path):
    from app.custody.apply import apply_seal
    from app.custody.requests import create_request, decide_request, get_request
    from app.evidence import chain

    vault = custody_vault
    docs = make_batch(contract_template, tmp_path / "in", 2)
    before = [sha256(p) for p in docs]
    with requester_key(people) as key:
        req = create_request(vault, SEAL_NAME, docs, "采购合同用印", PLACEMENT, key)
    assert req.state == "pending"
    assert req.request.signer_sha256 == people.requester_sha256
    with approver_key(people) as key:
        req = decide_request(vault, req.id, key, approve=True, reason="同意")
    assert req.state == "approved"
    out = tmp_path / "out"
    results = apply_seal(vault, req.id, docs, out, ScriptedUser(), password=b"pw")
    assert [r.status for r in results] == ["sealed", "sealed"], [r.error for r in results]
    assert [sha256(p) for p in docs] == before, "inputs are never changed"
    assert get_request(vault, req.id).state == "sealed"
    # evidence: request → approval → applied, each carrying the signed objects' fingerprints
    events = _events(vault)
    types = [e.type for e in events]
    assert types.index("seal.request.created") < types.index("seal.request.approved") \
        < types.index("seal.applied")
    body = {e.type: json.loads(e.body)["data"] for e in events}
    stored = get_request(vault, req.id)
    assert body["seal.request.created"]["object_sha256"] == stored.request.sha256
    assert body["seal.request.approved"]["object_sha256"] == stored.decision.sha256
    assert body["seal.applied"]["approval_sha256"] == stored.decision.sha256
    assert body["seal.applied"]["request_sha256"] == stored.request.sha256
    assert vault.db.call(chain.verify).ok
    # the signed files: archived in the vault, queued at B-B, on the user's disk
    from app.custody.queue import queue_entries

    assert len(queue_entries(vault, "pending")) == 2
    for r in results:
        assert r.output.is_file()
        assert vault.document(r.document_id).sha256 == sha256(r.output)
    # a rerun seals nothing twice
    again = apply_seal(vault, req.id, docs, out, ScriptedUser(), password=b"pw")
    assert [r.status for r in again] == ["skipped", "skipped"]
    assert len(queue_entries(vault)) == 2


def test_rejected_request_cannot_be_sealed(custody_vault, people, contract, tmp_path):
    from app.custody.apply import apply_seal
    from app.custody.errors import RequestState
    from app.custody.requests import create_request, decide_request

    with requester_key(people) as key:
        req = create_request(custody_vault, SEAL_NAME, [contract], "借款合同", PLACEMENT, key)
    with approver_key(people) as key:
        req = decide_request(custody_vault, req.id, key, approve=False, reason="金额不符")
    assert req.state == "rejected" and req.reason == "金额不符"
    with pytest.raises(RequestState):
        apply_seal(custody_vault, req.id, [contract], tmp_path / "out", ScriptedUser(),
                   password=b"pw")
    assert not (tmp_path / "out" / "contract.signed.pdf").exists()
    assert "seal.request.rejected" in [e.type for e in _events(custody_vault)]


def test_changed_document_is_refused(custody_vault, people, contract, tmp_path):
    from app.custody.apply import apply_seal
    from app.custody.errors import DocumentNotApproved
    from app.custody.requests import create_request, decide_request

    with requester_key(people) as key:
        req = create_request(custody_vault, SEAL_NAME, [contract], "租赁合同", PLACEMENT, key)
    with approver_key(people) as key:
        decide_request(custody_vault, req.id, key, approve=True, reason="")
    contract.write_bytes(contract.read_bytes() + b"\n% changed after approval\n")
    with pytest.raises(DocumentNotApproved):
        apply_seal(custody_vault, req.id, [contract], tmp_path / "out", ScriptedUser(),
                   password=b"pw")
    assert list((tmp_path / "out").glob("*.pdf")) == []
    assert custody_vault.list_documents() == []


def test_only_registered_people_may_act(custody_vault, people, contract):
    from app.custody.errors import NotAllowed
    from app.custody.requests import create_request, decide_request

    with approver_key(people) as key, pytest.raises(NotAllowed):
        create_request(custody_vault, SEAL_NAME, [contract], "x", PLACEMENT, key)
    with requester_key(people) as key:
        req = create_request(custody_vault, SEAL_NAME, [contract], "x", PLACEMENT, key)
        with pytest.raises(NotAllowed):  # the requester approving their own request
            decide_request(custody_vault, req.id, key, approve=True, reason="")
