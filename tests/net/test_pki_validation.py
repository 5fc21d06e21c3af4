"""The test PKI's services (continued): path validation, outages, the server's life cycle."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps import TimestampRequestError
from pyhanko_certvalidator.errors import (
    ExpiredError,
    InsufficientRevinfoError,
    NotYetValidError,
    RevokedError,
)
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)

from crypto.pki import (
    Pki,
    PkiServer,
    generate_pki,
    make_crl,
    ocsp_response_for,
)
from tests.conftest import require_tool
from tests.net.test_pki_services import raw_drop_check, request, timestamp, ts_query, validate

pytestmark = pytest.mark.net

# --- path validation ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["seal-rsa", "seal-ec", "person-rsa"])
def test_path_validation_online(fresh_pki_server: PkiServer, name: str) -> None:
    path = validate(fresh_pki_server.pki, name)
    assert path.leaf.dump() == fresh_pki_server.pki[name].cert.dump()
    assert len(path) == 3
    # intermediate fetched through caIssuers, revocation through OCSP
    assert fresh_pki_server.hits["certs"] >= 1 and fresh_pki_server.hits["ocsp"] >= 1


def test_path_validation_needs_both_crl_and_ocsp(fresh_pki_server: PkiServer) -> None:
    both = RevocationCheckingRule.CRL_AND_OCSP_REQUIRED
    policy = CertRevTrustPolicy(RevocationCheckingPolicy(both, both))
    validate(fresh_pki_server.pki, "seal-rsa", revinfo_policy=policy)
    assert fresh_pki_server.hits["crl"] >= 2  # intermediate's and root's
    assert fresh_pki_server.hits["ocsp"] >= 2  # seal (delegated responder) and intermediate


@pytest.mark.parametrize(
    ("name", "error"),
    [("revoked", RevokedError), ("expired", ExpiredError), ("not-yet-valid", NotYetValidError)],
)
def test_path_validation_failures(fresh_pki_server: PkiServer, name: str, error: type) -> None:
    with pytest.raises(error):
        validate(fresh_pki_server.pki, name)


def test_offline_validation_makes_no_request(fresh_pki_server: PkiServer) -> None:
    pki = fresh_pki_server.pki
    validate(
        pki,
        "seal-rsa",
        allow_fetching=False,
        other_certs=[pki.intermediate.cert],
        crls=[make_crl(pki, "intermediate"), make_crl(pki, "root")],
        ocsps=[ocsp_response_for(pki, "seal-rsa")],
    )
    assert sum(fresh_pki_server.hits.values()) == 0


def test_openssl_verify(pki_dir: Path, tmp_path: Path, test_pki: Pki) -> None:
    openssl = require_tool("openssl")
    crls = tmp_path / "crls.pem"
    crls.write_bytes(
        b"".join(
            x509.load_der_x509_crl(make_crl(test_pki, ca)).public_bytes(serialization.Encoding.PEM)
            for ca in ("root", "intermediate")
        )
    )

    def verify(name: str, *extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                openssl,
                "verify",
                "-CAfile",
                str(pki_dir / "root.pem"),
                "-untrusted",
                str(pki_dir / "intermediate.pem"),
                *extra,
                str(pki_dir / f"{name}.pem"),
            ],
            capture_output=True,
            text=True,
        )

    for name in ("seal-rsa", "seal-ec", "person-rsa", "tsa"):
        result = verify(name, "-crl_check_all", "-CRLfile", str(crls))
        assert result.returncode == 0 and result.stdout.strip().endswith(": OK"), result
    assert (
        "certificate revoked" in verify("revoked", "-crl_check_all", "-CRLfile", str(crls)).stderr
    )
    assert "certificate has expired" in verify("expired").stderr


# --- outages ----------------------------------------------------------------------------------


def test_outage_503(fresh_pki_server: PkiServer) -> None:
    server = fresh_pki_server
    server.set_down("tsa", "503")
    status, headers, _ = request(
        "POST", server.tsa_url, ts_query(), {"Content-Type": "application/timestamp-query"}
    )
    assert status == 503 and headers["Retry-After"] == "1"
    with pytest.raises(TimestampRequestError):
        timestamp(server.tsa_url)
    assert server.hits["tsa"] == 2
    assert request("GET", server.crl_url())[0] == 200  # other endpoints unaffected
    server.set_up("tsa")
    assert timestamp(server.tsa_url)


def test_outage_drop(fresh_pki_server: PkiServer) -> None:
    server = fresh_pki_server
    server.set_down("tsa", "drop")
    raw_drop_check(server.tsa_url)
    with pytest.raises(TimestampRequestError):
        timestamp(server.tsa_url)
    assert server.hits["tsa"] == 2
    server.set_up()
    assert timestamp(server.tsa_url)


def test_outage_hang(fresh_pki_server: PkiServer) -> None:
    server = fresh_pki_server
    server.hang_limit = 0.5
    server.set_down("tsa", "hang")
    started = time.monotonic()
    with pytest.raises(TimestampRequestError):
        timestamp(server.tsa_url, timeout=0.2)  # the client gives up first
    raw_drop_check(server.tsa_url)  # the server gives up after hang_limit
    assert time.monotonic() - started >= 0.5

    server.hang_limit = 10
    threading.Timer(0.3, server.set_up, args=("tsa",)).start()
    assert timestamp(server.tsa_url, timeout=5)  # answered once the service is back up


def test_revocation_outage_fails_validation(fresh_pki_server: PkiServer) -> None:
    server = fresh_pki_server
    server.set_down("ocsp", "503")
    validate(server.pki, "seal-rsa")  # CRLs still answer
    assert server.hits["crl"] >= 1
    server.set_down("crl", "drop")
    with pytest.raises(InsufficientRevinfoError):
        validate(server.pki, "seal-rsa")
    server.set_up("*")
    validate(server.pki, "seal-rsa")


def test_set_down_rejects_unknown_names(fresh_pki_server: PkiServer) -> None:
    with pytest.raises(ValueError, match="endpoint"):
        fresh_pki_server.set_down("smtp", "503")
    with pytest.raises(ValueError, match="mode"):
        fresh_pki_server.set_down("tsa", "slow")
    fresh_pki_server.set_down("*", "503")
    assert {fresh_pki_server.outage(e) for e in ("tsa", "ocsp", "crl", "certs")} == {"503"}


# --- server life cycle ---------------------------------------------------------------------------


def test_server_life_cycle(tmp_path: Path) -> None:
    with PkiServer() as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        pki = generate_pki(server.base_url, leaves=["seal-rsa"])
        with PkiServer() as other, pytest.raises(ValueError, match="points at"):
            other.serve(generate_pki("http://127.0.0.1:9", leaves=[]))
        server.serve(pki)
        assert request("GET", server.ca_cert_url("root"))[0] == 200
        port = urlsplit(server.base_url).port
    server.stop()  # idempotent
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)

    # a saved PKI is served again on the address its certificates point at
    pki.save(tmp_path / "pki")
    with PkiServer.for_pki(Pki.load(tmp_path / "pki")) as again:
        assert again.base_url == pki.base_url
        assert validate(again.pki, "seal-rsa")
