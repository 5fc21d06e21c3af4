"""``sealdesk-platform`` as an operator runs it: org/signer commands, ``serve`` over HTTPS with a
test CA (subprocess), plain HTTP only on loopback, the log key file, migrations, OpenAPI."""

from __future__ import annotations

import json
import os
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from server import migrations
from server.main import openapi_document
from server.platform import Platform
from server.settings import Settings
from tests.server.harness import DeviceClient, ServerThread, free_port
from tests.server.test_ledger_api import enrol

pytestmark = pytest.mark.net

OPENAPI = Path(__file__).resolve().parents[2] / "server" / "openapi.json"


def platform_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "server.main", *args], capture_output=True,
                          text=True, timeout=120, check=check)


def test_openapi_document_in_the_repository_is_current():
    current = openapi_document()
    assert json.loads(OPENAPI.read_text()) == current, (
        "server/openapi.json is out of date: run `sealdesk-platform openapi > server/openapi.json`")
    assert set(current["paths"]) == {
        "/v1/devices", "/v1/evidence", "/v1/log/key", "/v1/log/sth", "/v1/log/consistency",
        "/v1/log/inclusion", "/v1/intent/sms", "/v1/intent/sms/{challenge_id}/resend",
        "/v1/intent/sms/{challenge_id}/verify", "/v1/intent/face", "/v1/custody/requests",
        "/v1/custody/requests/{request_id}", "/v1/certificates", "/v1/ca/certificate",
        "/v1/ca/crl", "/v1/ca/ocsp", "/v1/ca/ocsp/{encoded}"}
    event = current["components"]["schemas"]["EventRequest"]
    assert event["additionalProperties"] is False
    assert set(event["properties"]) == {"event_id", "sha256", "sm3", "type", "at"}


def test_operator_commands_and_https_serve(tmp_path, test_ca):
    db = f"sqlite:///{tmp_path / 'p.db'}"
    key = tmp_path / "keys" / "log-key.pem"
    common = ["--db", db, "--log-key", str(key)]
    made = json.loads(platform_cli("org", "create", "Acme Ltd", "--json", *common).stdout)
    assert set(made) == {"org_id", "enrolment_token"}
    assert key.stat().st_mode & 0o777 == 0o600
    platform_cli("signer", "add", "--org", made["org_id"], "--signer", "a" * 64,
                 "--phone", "+8613812345678", *common)
    bad = platform_cli("signer", "add", "--org", made["org_id"], "--signer", "a" * 64,
                       "--phone", "13812345678", *common, check=False)
    assert bad.returncode == 2 and "E.164" in bad.stderr
    second = json.loads(platform_cli("org", "token", made["org_id"], "--json", *common).stdout)
    refused = platform_cli("serve", "--host", "0.0.0.0", *common, check=False)
    assert refused.returncode == 2 and "loopback" in refused.stderr
    port, outbox = free_port(), tmp_path / "outbox.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "server.main", "serve", *common, "--host", "127.0.0.1",
         "--port", str(port), "--tls-cert", str(test_ca.cert_pem), "--tls-key",
         str(test_ca.key_pem), "--sms-outbox", str(outbox)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        context = ssl.create_default_context(cafile=str(test_ca.ca_pem))
        http = httpx.Client(base_url=f"https://127.0.0.1:{port}", verify=context, timeout=10)
        deadline = time.monotonic() + 60
        while True:
            try:
                http.get("/v1/log/sth")
                break
            except httpx.ConnectError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr
                time.sleep(0.2)
        with pytest.raises(httpx.ConnectError):  # the system trust store does not know our CA
            httpx.get(f"https://127.0.0.1:{port}/v1/log/sth", timeout=10)
        devices = [DeviceClient(http), DeviceClient(http)]
        assert devices[0].register(made["enrolment_token"]).status_code == 201
        assert devices[1].register(second["enrolment_token"]).status_code == 201
        assert devices[0].org_id == devices[1].org_id == made["org_id"]
        r = devices[1].call("POST", "/v1/evidence", {"events": [devices[1].event(1)]})
        assert r.status_code == 200 and r.json()["tree_head"]["tree_size"] == 1
        r = devices[0].call("POST", "/v1/intent/sms", {"signer_id": "a" * 64,
                                                       "document_sha256": "b" * 64})
        assert r.status_code == 201, r.text
        sent = json.loads(outbox.read_text().splitlines()[-1])
        assert sent["challenge_id"] == r.json()["challenge_id"]
        assert outbox.stat().st_mode & 0o777 == 0o600
        http.close()
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(30)


def test_plain_http_on_loopback(sqlite_url, make_server):
    server = make_server(sqlite_url, tls=False)
    assert server.base_url.startswith("http://127.0.0.1:")
    client = enrol(server)
    r = client.call("POST", "/v1/evidence", {"events": [client.event(1)]})
    assert r.status_code == 200
    r = client.http.get("/v1/nowhere")
    assert r.status_code == 404 and r.json()["error"] == "not_found"


def test_restart_keeps_log_key_log_and_schema(tmp_path):
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'p.db'}", log_key_path=tmp_path / "k.pem")
    first = Platform(settings)
    org_id, token = first.create_org("Acme")
    log_id = first.key.log_id
    with ServerThread(first) as server:
        client = DeviceClient(server.http())
        client.register(token)
        head = client.call("POST", "/v1/evidence", {"events": [client.event(1)]}).json()["tree_head"]
    first.close()
    again = Platform(settings)  # migrations run again: nothing to do
    assert again.key.log_id == log_id
    assert again.ledger.tree_head(org_id) == head
    engine = create_engine(settings.db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalars().all() == [
            migrations.LATEST]
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()
    again.close()
    with pytest.raises(ValueError):
        Settings(db_url="mysql://x", log_key_path=tmp_path / "k.pem")
