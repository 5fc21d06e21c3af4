"""Signed tree heads time-stamped by a real RFC 3161 TSA (the test PKI's, on 127.0.0.1)."""

from __future__ import annotations

import base64
import hashlib

import pytest
from asn1crypto import cms

from crypto.jcs import canonical_json
from tests.server.test_ledger_api import enrol

pytestmark = pytest.mark.net


def test_tree_heads_carry_a_timestamp_token(sqlite_url, make_server, pki_server):
    server = make_server(sqlite_url, tsa_url=pki_server.tsa_url)
    client = enrol(server)
    head = client.call("POST", "/v1/evidence", {"events": [client.event(1)]}).json()["tree_head"]
    assert client.call("GET", "/v1/log/sth").json() == head
    fields = {k: head[k] for k in ("org_id", "tree_size", "root_hash", "timestamp", "log_id")}
    token = cms.ContentInfo.load(base64.b64decode(head["timestamp_token"]))
    info = token["content"]["encap_content_info"]["content"].parsed
    imprint = info["message_imprint"]["hashed_message"].native
    assert imprint == hashlib.sha256(canonical_json(fields)).digest()
    # the TSA down: the append still succeeds, the head has no token (and says nothing false)
    down = make_server(sqlite_url, tsa_url=pki_server.tsa_url.replace("/tsa", "/nowhere"))
    other = enrol(down)
    r = other.call("POST", "/v1/evidence", {"events": [other.event(1)]})
    assert r.status_code == 200 and "timestamp_token" not in r.json()["tree_head"]
