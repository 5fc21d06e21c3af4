"""Several stateless app servers on one database: two real ``sealdesk-platform serve`` processes
on one PostgreSQL taking appends to one organisation at once, and device revocation holding on
every app server however warm its key cache is."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select

from crypto import merkle
from server import tables as t
from server.platform import Platform
from server.settings import Settings
from tests.server.harness import DeviceClient, free_port
from tests.server.test_ledger_api import check_head, check_receipts, enrol

pytestmark = pytest.mark.net

ROOT = Path(__file__).resolve().parents[2]


class AppServer:
    """``python -m server.main serve`` on loopback HTTP: one stateless app server process."""

    def __init__(self, db_url: str, log_key: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.main", "serve", "--db", db_url, "--log-key",
             str(log_key), "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error"],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )

    def wait(self) -> AppServer:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(self.url + "/v1/log/sth", timeout=2)
                return self
            except httpx.TransportError:
                assert self.proc.poll() is None, self.proc.stderr
                assert time.monotonic() < deadline, "the app server did not start"
                time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


class Device:
    """One device key enrolled once and signing through every app server."""

    def __init__(self, token: str, urls: list[str]) -> None:
        key = ec.generate_private_key(ec.SECP256R1())
        self.via = [DeviceClient(httpx.Client(base_url=u, timeout=60), key) for u in urls]
        answer = self.via[0].register(token)
        assert answer.status_code == 201, answer.text
        for other in self.via[1:]:
            other.device_id, other.org_id = self.via[0].device_id, self.via[0].org_id
            other.vault_id = self.via[0].vault_id

    def close(self) -> None:
        for client in self.via:
            client.http.close()


@pytest.fixture
def two_app_servers(pg_cluster: Any, tmp_path: Path) -> Iterator[tuple[Platform, list[AppServer]]]:
    """An operator's Platform (it migrates and makes the log key) and two app server processes."""
    db_url, key = pg_cluster.new_database(), tmp_path / "log-key.pem"
    operator = Platform(Settings(db_url=db_url, log_key_path=key))
    servers = [AppServer(db_url, key), AppServer(db_url, key)]
    try:
        for server in servers:
            server.wait()
        yield operator, servers
    finally:
        for server in servers:
            server.stop()
        operator.close()


def _verify_consistency(client: DeviceClient, old: dict[str, Any], new: dict[str, Any]) -> None:
    r = client.call("GET", "/v1/log/consistency",
                    params={"first": old["tree_size"], "second": new["tree_size"]})
    assert r.status_code == 200, r.text
    assert merkle.verify_consistency(
        old["tree_size"], new["tree_size"], bytes.fromhex(old["root_hash"]),
        bytes.fromhex(new["root_hash"]), [bytes.fromhex(h) for h in r.json()["proof"]])


def test_two_app_server_processes_append_to_one_log(two_app_servers) -> None:
    operator, servers = two_app_servers
    org_id, first = operator.create_org("Acme")
    tokens = [first] + [operator.issue_token(org_id) for _ in range(3)]
    devices = [Device(token, [s.url for s in servers]) for token in tokens]
    shared = devices[0].via[0]
    answers: list[tuple[int, dict[str, Any], list[dict[str, str]]]] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def work(number: int, device: Device) -> None:
        try:
            previous: list[dict[str, str]] = []
            for b in range(8):
                side = (number + b) % 2  # alternate app servers, the devices out of step
                client = device.via[side]
                events = [client.event(b * 20 + i + 1) for i in range(20)]
                events.append(shared.event(1000 + b))  # every device also sends shared ids
                if b % 3 == 2:
                    events += previous[:5]  # sent before through the other app server
                r = client.call("POST", "/v1/evidence", {"events": events})
                assert r.status_code == 200, r.text
                with lock:
                    answers.append((side, r.json(), events))
                previous = events
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(n, d)) for n, d in enumerate(devices)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures

    # the database: one leaf per event id, indices 0..n-1, nothing twice, nothing missing
    with operator.db.read() as conn:
        rows = conn.execute(select(t.leaves.c.leaf_index, t.leaves.c.event_id)
                            .where(t.leaves.c.org_id == org_id)).all()
    expected = {e["event_id"] for _, _, events in answers for e in events}
    assert len(expected) == 4 * 8 * 20 + 8
    assert sorted(r.leaf_index for r in rows) == list(range(len(expected)))
    assert sorted(r.event_id for r in rows) == sorted(expected)

    placed: dict[str, int] = {}
    heads: dict[int, dict[str, Any]] = {}
    final = devices[1].via[1].call("GET", "/v1/log/sth").json()
    assert final == devices[1].via[0].call("GET", "/v1/log/sth").json()
    assert final["tree_size"] == len(expected)
    for side, answer, events in answers:
        other = devices[0].via[1 - side]
        head = answer["tree_head"]
        check_receipts(answer, events, "")  # each inclusion proof against its own head
        for r in answer["receipts"]:
            assert placed.setdefault(r["event_id"], r["leaf_index"]) == r["leaf_index"]
        # the head is signed by the key the other app server publishes, the same head there
        check_head(other, head)
        assert heads.setdefault(head["tree_size"], head)["root_hash"] == head["root_hash"]
        for receipt in (answer["receipts"][0], answer["receipts"][-1]):
            again = other.call("GET", "/v1/log/inclusion", params={
                "event_id": receipt["event_id"], "tree_size": head["tree_size"]}).json()
            assert again["leaf_index"] == receipt["leaf_index"]
            assert again["inclusion_proof"] == receipt["inclusion_proof"]
        _verify_consistency(other, head, final)
    ordered = [heads[size] for size in sorted(heads)]
    for number, (old, new) in enumerate(zip(ordered, ordered[1:], strict=False)):
        _verify_consistency(devices[2].via[number % 2], old, new)
    for device in devices:
        device.close()


def test_a_revoked_device_is_refused_by_every_app_server(db_url: str, make_server) -> None:
    """Two Platform instances (two key caches) on one database, both warm for the device."""
    one = make_server(db_url)
    two = make_server(db_url)
    revoked = enrol(one)
    kept = enrol(one, revoked.org_id)
    through_two = DeviceClient(two.http(), revoked.key)
    through_two.device_id, through_two.org_id = revoked.device_id, revoked.org_id
    through_two.vault_id = revoked.vault_id
    for client in (revoked, through_two):
        r = client.call("POST", "/v1/evidence", {"events": [client.event(1)]})
        assert r.status_code == 200, r.text

    listing = two.platform.revoke_device(revoked.device_id)
    assert listing["device_id"] == revoked.device_id and listing["revoked_at"]
    for client in (revoked, through_two):
        for method, path, body in (("POST", "/v1/evidence", {"events": [client.event(2)]}),
                                   ("GET", "/v1/log/sth", None)):
            r = client.call(method, path, body)
            assert r.status_code == 401 and r.json()["error"] == "device_revoked", r.text
    assert kept.call("POST", "/v1/evidence", {"events": [kept.event(1)]}).status_code == 200
    # nothing of the refused request reached the log; revoking again keeps the first time
    assert kept.call("GET", "/v1/log/sth").json()["tree_size"] == 2
    assert one.platform.revoke_device(revoked.device_id) == listing
    # a revoked key cannot be enrolled again, whatever token and certificate it brings
    again = DeviceClient(one.http(), revoked.key)
    again.cert = revoked.cert
    r = again.register(one.platform.issue_token(revoked.org_id))
    assert r.status_code == 401 and r.json()["error"] == "device_revoked"
    r = DeviceClient(one.http(), revoked.key).register(one.platform.issue_token(revoked.org_id))
    assert r.status_code == 401 and r.json()["error"] == "device_revoked"
    states = {d["device_id"]: d["revoked_at"] for d in one.platform.list_devices(revoked.org_id)}
    assert states == {revoked.device_id: listing["revoked_at"], kept.device_id: None}
    with pytest.raises(ValueError, match="no such device"):
        one.platform.revoke_device("00000000-0000-4000-8000-000000000000")


def test_device_list_and_revoke_commands(tmp_path: Path, make_server) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    server = make_server(db, log_key_path=tmp_path / "k.pem")
    client = enrol(server)
    common = ["--db", db, "--log-key", str(tmp_path / "k.pem")]

    def cli(*args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([sys.executable, "-m", "server.main", *args, *common],
                              capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert done.returncode == code, done.stderr
        return done

    listed = json.loads(cli("device", "list", "--org", client.org_id, "--json").stdout)
    assert [(d["device_id"], d["revoked_at"]) for d in listed] == [(client.device_id, None)]
    assert "active" in cli("device", "list", "--org", client.org_id).stdout
    done = json.loads(cli("device", "revoke", client.device_id, "--json").stdout)
    assert done["device_id"] == client.device_id and done["revoked_at"]
    assert f"revoked {done['revoked_at']}" in cli("device", "list", "--org", client.org_id).stdout
    r = client.call("GET", "/v1/log/sth")
    assert r.status_code == 401 and r.json()["error"] == "device_revoked"
    assert "no such device" in cli("device", "revoke", "nope", code=2).stderr
    assert "no such organisation" in cli("device", "list", "--org", "nope", code=2).stderr
