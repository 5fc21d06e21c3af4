"""Requests and decisions through the platform (the real server on 127.0.0.1 over HTTPS): two
vaults of one organisation, the same checks as a request-file import, a copy altered on the
platform refused, other organisations isolated, a cursor that fetches nothing twice."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from tests.custody.conftest import (
    SEAL_NAME,
    approver_key,
    open_second_vault,
    register,
    requester_key,
)
from tests.fixtures.softhsm import ScriptedUser

pytestmark = [pytest.mark.hsm, pytest.mark.net]

PLACEMENT = {"kind": "rect", "page": 2, "rect": [380, 80, 500, 200]}


@pytest.fixture
def platform(tmp_path):
    """The reference platform on 127.0.0.1 (HTTPS, a test CA) and one organisation in it."""
    from server.platform import Platform
    from server.settings import Settings
    from tests.server.harness import ServerThread, make_test_ca

    (tmp_path / "ca").mkdir()
    ca = make_test_ca(tmp_path / "ca")
    platform = Platform(Settings(db_url=f"sqlite:///{tmp_path / 'platform.db'}",
                                 log_key_path=tmp_path / "log-key.pem"))
    server = ServerThread(platform, ca).__enter__()
    org, _ = platform.create_org("示例科技")
    try:
        yield server, org
    finally:
        server.__exit__(None, None, None)
        platform.close()


def enrol(vault, server, org: str) -> None:
    from app.sync.device import register as register_device
    from app.sync.transport import Endpoint

    endpoint = Endpoint(server.base_url, ca_file=str(server.ca.ca_pem))
    register_device(vault, endpoint, server.platform.issue_token(org))


@pytest.fixture
def colleagues(vault, people, seal_png, tmp_path, platform):
    """The business office's vault and the custodian's vault, both registered in one org."""
    server, org = platform
    register(vault, people, seal_png)
    custodian = open_second_vault(tmp_path / "custodian-vault")
    register(custodian, people, seal_png)
    enrol(vault, server, org)
    enrol(custodian, server, org)
    try:
        yield vault, custodian, server
    finally:
        custodian.close()


def test_request_and_decision_travel_through_the_platform(colleagues, people, contract, tmp_path):
    from app.custody.apply import apply_seal
    from app.custody.mailbox import fetch_requests, saved_cursor, send_request
    from app.custody.requests import create_request, decide_request, get_request, list_requests

    office, custodian, _server = colleagues
    with requester_key(people) as key:
        req = create_request(office, SEAL_NAME, [contract], "销售合同", PLACEMENT, key)
    sent = send_request(office, req.id[:8])
    assert sent.request_added and not sent.decision_added
    again = send_request(office, req.id)
    assert not again.request_added and not again.decision_added

    got = fetch_requests(custodian)
    assert [(e.request_id, e.outcome) for e in got.entries] == [(req.id, "added")]
    assert get_request(custodian, req.id).origin == "import"
    assert get_request(custodian, req.id).state == "pending"
    assert saved_cursor(custodian) == got.cursor > 0
    head = custodian.chain_head()
    assert fetch_requests(custodian).entries == []  # the cursor: nothing new
    assert custodian.chain_head() == head
    # the office fetching its own request: a replay, nothing added
    own = fetch_requests(office)
    assert [e.outcome for e in own.entries] == ["unchanged"]

    with approver_key(people) as key:
        decide_request(custodian, req.id, key, approve=True, reason="同意盖章")
    back = send_request(custodian, req.id)
    assert back.decision_added and not back.request_added
    fetched = fetch_requests(office)
    assert [(e.request_id, e.outcome) for e in fetched.entries] == [(req.id, "decision")]
    assert get_request(office, req.id).state == "approved"
    assert get_request(office, req.id).decision.sha256 == \
        get_request(custodian, req.id).decision.sha256
    assert fetch_requests(office).entries == []
    # reading everything again adds nothing twice
    everything = fetch_requests(office, from_start=True)
    assert [e.outcome for e in everything.entries] == ["unchanged"]
    assert [r.id for r in list_requests(office)] == [req.id]

    results = apply_seal(office, req.id, [contract], tmp_path / "out", ScriptedUser(),
                         password=b"pw")
    assert [r.status for r in results] == ["sealed"]
    assert get_request(office, req.id).state == "sealed"


def test_a_copy_altered_on_the_platform_is_refused(colleagues, people, contract):
    from app.custody.errors import MailboxConflict, SignedObjectInvalid
    from app.custody.mailbox import fetch_requests, send_request
    from app.custody.requests import create_request, decide_request, list_requests
    from app.evidence.events import canonical_json
    from server import tables

    office, custodian, server = colleagues
    with requester_key(people) as key:
        req = create_request(office, SEAL_NAME, [contract], "采购", PLACEMENT, key)
        good = create_request(office, SEAL_NAME, [contract], "租赁", PLACEMENT, key)
    send_request(office, req.id)
    send_request(office, good.id)
    table = tables.custody_requests
    with server.platform.db.write() as conn:  # someone with the database changes the purpose
        stored = conn.execute(select(table.c.request).where(table.c.request_id == req.id)).scalar()
        envelope = json.loads(stored)
        envelope["payload"]["purpose"] = "担保"
        conn.execute(update(table).where(table.c.request_id == req.id)
                     .values(request=canonical_json(envelope).decode("utf-8")))
    head = custodian.chain_head()
    report = fetch_requests(custodian)
    assert [(e.request_id, e.outcome) for e in report.entries] == [(req.id, "refused"),
                                                                   (good.id, "added")]
    assert isinstance(report.refused[0].error, SignedObjectInvalid)
    assert [r.id for r in list_requests(custodian)] == [good.id]
    assert custodian.chain_head() != head  # the good one only
    assert fetch_requests(custodian).entries == []  # the cursor moved past both
    again = fetch_requests(custodian, from_start=True)
    assert [e.outcome for e in again.entries] == ["refused", "unchanged"]

    # the office approves nothing twice: a second, different decision is refused by the platform
    with approver_key(people) as key:
        decide_request(custodian, good.id, key, approve=False, reason="不同意")
    send_request(custodian, good.id)
    with approver_key(people) as key:
        decide_request(office, good.id, key, approve=True, reason="同意")
    with pytest.raises(MailboxConflict):
        send_request(office, good.id)


def test_other_organisations_see_nothing(colleagues, people, seal_png, contract, tmp_path):
    from app.custody.mailbox import fetch_requests, send_request
    from app.custody.requests import create_request, list_requests

    office, _custodian, server = colleagues
    with requester_key(people) as key:
        req = create_request(office, SEAL_NAME, [contract], "销售合同", PLACEMENT, key)
    send_request(office, req.id)
    other_org, _ = server.platform.create_org("别的公司")
    stranger = open_second_vault(tmp_path / "stranger-vault")
    try:
        register(stranger, people, seal_png)
        enrol(stranger, server, other_org)
        assert fetch_requests(stranger).entries == []
        assert list_requests(stranger) == []
    finally:
        stranger.close()


def test_not_registered_and_personal_data(vault, people, seal_png, contract):
    from app.custody.errors import NotShareable
    from app.custody.mailbox import fetch_requests, send_request
    from app.custody.requests import create_request
    from app.sync.errors import PlatformNotConfigured

    register(vault, people, seal_png)
    with requester_key(people) as key:
        req = create_request(vault, SEAL_NAME, [contract], "身份证 11010519491231002X 盖章",
                             PLACEMENT, key)
        plain = create_request(vault, SEAL_NAME, [contract], "合同", PLACEMENT, key)
    with pytest.raises(NotShareable):
        send_request(vault, req.id)
    with pytest.raises(PlatformNotConfigured):
        send_request(vault, plain.id)
    with pytest.raises(PlatformNotConfigured):
        fetch_requests(vault)


def test_the_client_body_is_what_the_protocol_describes(vault, people, seal_png, contract):
    from app.custody.mailbox import post_body
    from app.custody.requests import create_request
    from tests.sync.test_contract import ROOT, problems

    register(vault, people, seal_png)
    with requester_key(people) as key:
        req = create_request(vault, SEAL_NAME, [contract], "销售合同", PLACEMENT, key)
    doc = json.loads((ROOT / "server" / "openapi.json").read_text(encoding="utf-8"))
    found = doc["components"]["schemas"]
    assert problems(post_body(req), found["CustodyPost"], found) == []
    entry = set(found["CustodyEntry"]["properties"])
    assert entry == {"id", "seq", "request", "decision", "posted_at", "updated_at"}
    assert set(found["CustodyList"]["properties"]) == {"requests", "cursor", "more"}


def test_cli_send_and_fetch(platform, people, seal_png, contract, tmp_path, capsys, monkeypatch):
    from app.cli.main import main
    from app.custody.requests import create_request
    from app.vault import Vault
    from tests.fixtures.vault import PASSPHRASE

    server, org = platform
    office_dir, custodian_dir = tmp_path / "office", tmp_path / "custodian"
    for folder in (office_dir, custodian_dir):
        with Vault.create(folder, passphrase=PASSPHRASE) as v:
            register(v, people, seal_png)
            enrol(v, server, org)
    with Vault.open(office_dir, passphrase=PASSPHRASE) as v, requester_key(people) as key:
        req = create_request(v, SEAL_NAME, [contract], "销售合同", PLACEMENT, key)
    monkeypatch.setenv("VP", PASSPHRASE)

    def run(folder, *argv: str, as_json: bool = True) -> tuple[int, object]:
        code = main(["request", *argv, "--vault", str(folder), "--passphrase-env", "VP",
                     *(["--json"] if as_json else [])])
        text = capsys.readouterr().out
        return code, json.loads(text) if as_json else text

    code, doc = run(office_dir, "send", req.id[:10])
    assert code == 0 and doc["kind"] == "sent" and doc["request_added"], doc
    code, doc = run(custodian_dir, "fetch")
    assert code == 0 and doc["added"] == 1 and doc["entries"][0]["request"] == req.id, doc
    code, doc = run(custodian_dir, "fetch")
    assert code == 0 and doc["entries"] == [] and doc["added"] == 0, doc
    code, text = run(custodian_dir, "fetch", "--all", as_json=False)
    assert code == 0 and "0 new requests" in text and "1 unchanged" in text, text
    code, text = run(office_dir, "send", req.id, as_json=False)
    assert code == 0 and req.id in text
