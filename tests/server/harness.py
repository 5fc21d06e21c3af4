"""Test parts for the platform: a test CA, a real uvicorn server thread, a throwaway
PostgreSQL cluster and a minimal signing device (the real client is app/sync)."""

from __future__ import annotations

import base64
import datetime as dt
import glob
import hashlib
import ipaddress
import os
import secrets
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from server.api import create_app
from server.platform import Platform
from server.timefmt import format_time

# -- test CA ----------------------------------------------------------------------------------


@dataclass
class TestCa:
    ca_pem: Path
    cert_pem: Path
    key_pem: Path


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_test_ca(directory: Path) -> TestCa:
    """A CA and a server certificate for 127.0.0.1 / localhost, as PEM files."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder().subject_name(_name("SealDesk platform test CA"))
        .issuer_name(_name("SealDesk platform test CA")).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                       critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    out = TestCa(directory / "ca.pem", directory / "server.pem", directory / "server-key.pem")
    out.ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    out.cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    out.key_pem.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return out


# -- a server in a thread ---------------------------------------------------------------------


class ServerThread:
    """uvicorn serving one Platform on 127.0.0.1 (random port), HTTPS when given a CA."""

    def __init__(self, platform: Platform, ca: TestCa | None = None) -> None:
        self.platform = platform
        self.ca = ca
        config = uvicorn.Config(
            create_app(platform), host="127.0.0.1", port=0, log_level="warning",
            ssl_certfile=str(ca.cert_pem) if ca else None,
            ssl_keyfile=str(ca.key_pem) if ca else None, timeout_graceful_shutdown=5,
        )
        self.server = uvicorn.Server(config)
        self.clients: list[httpx.Client] = []
        self.thread = threading.Thread(target=self.server.run, name="platform", daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the platform did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"{'https' if self.ca else 'http'}://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        for client in self.clients:
            client.close()
        self.server.should_exit = True
        self.thread.join(20)

    def http(self) -> httpx.Client:
        """A client that verifies the server against the test CA."""
        verify: Any = ssl.create_default_context(cafile=str(self.ca.ca_pem)) if self.ca else True
        client = httpx.Client(base_url=self.base_url, verify=verify, timeout=30)
        self.clients.append(client)
        return client


# -- a device ---------------------------------------------------------------------------------


def device_certificate(key: ec.EllipticCurvePrivateKey, cn: str = "SealDesk client test") -> bytes:
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


def sign_request(key: ec.EllipticCurvePrivateKey, method: str, target: str, date: str,
                 nonce: str, body: bytes) -> str:
    digest = hashlib.sha256(body).hexdigest()
    text = f"sealdesk-request-v1\n{method}\n{target}\n{date}\n{nonce}\n{digest}".encode()
    return base64.b64encode(key.sign(text, ec.ECDSA(hashes.SHA256()))).decode()


class DeviceClient:
    """Signs requests as one registered device (what app/sync does, minimally)."""

    def __init__(self, http: httpx.Client, key: ec.EllipticCurvePrivateKey | None = None) -> None:
        self.http = http
        self.key = key or ec.generate_private_key(ec.SECP256R1())
        self.cert = device_certificate(self.key)
        self.device_id = ""
        self.org_id = ""
        self.clock_offset = 0.0
        self.vault_id = secrets.token_hex(16)

    def register(self, token: str, label: str = "test device") -> httpx.Response:
        answer = self.http.post("/v1/devices", json={
            "enrolment_token": token, "certificate": base64.b64encode(self.cert).decode(),
            "label": label})
        if answer.status_code == 201:
            self.device_id, self.org_id = answer.json()["device_id"], answer.json()["org_id"]
        return answer

    def prepare(self, method: str, path: str, json_body: Any = None,
                params: dict[str, Any] | None = None, *, nonce: str | None = None,
                date: str | None = None, content: bytes | None = None) -> httpx.Request:
        if content is None:
            content = b"" if json_body is None else httpx.Request("POST", "http://x", json=json_body).content
        request = self.http.build_request(method, path, content=content or None, params=params,
                                          headers={"Content-Type": "application/json"} if content else {})
        date = date or format_time(time.time() + self.clock_offset)
        nonce = nonce or secrets.token_hex(16)
        target = request.url.raw_path.decode("ascii")
        request.headers["X-SealDesk-Device"] = self.device_id
        request.headers["X-SealDesk-Date"] = date
        request.headers["X-SealDesk-Nonce"] = nonce
        request.headers["X-SealDesk-Signature"] = sign_request(self.key, method, target, date,
                                                               nonce, content)
        return request

    def call(self, method: str, path: str, json_body: Any = None, **kw: Any) -> httpx.Response:
        return self.http.send(self.prepare(method, path, json_body, **kw))

    def event(self, seq: int, *, type_: str = "contract_added", salt: str = "") -> dict[str, str]:
        body = f"{self.vault_id}:{seq}:{salt}".encode()
        return {"event_id": f"{self.vault_id}:{seq}", "sha256": hashlib.sha256(body).hexdigest(),
                "sm3": hashlib.new("sm3", body).hexdigest(), "type": type_,
                "at": "2026-01-31T12:00:00.123456Z"}


# -- a throwaway PostgreSQL -------------------------------------------------------------------


def find_initdb() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return found[-1] if found else shutil.which("initdb")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """initdb + pg_ctl in a temp dir on a random port (as ``postgres`` when we are root)."""

    def __init__(self, initdb: str, fsync: bool = False) -> None:
        self.fsync = fsync  # off for tests (throwaway data), on for benchmarks
        self.bindir = Path(initdb).parent
        self.root = Path(tempfile.mkdtemp(prefix="sealdesk-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else os.environ.get("USER", "postgres")

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> PgCluster:
        if self.as_root:
            shutil.chown(self.root, "postgres")
        os.chmod(self.root, 0o700)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync",
                  "-E", "UTF8")
        durability = "" if self.fsync else " -c fsync=off -c full_page_writes=off"
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   f"-c max_connections=200{durability}")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = "t_" + secrets.token_hex(6)
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)
