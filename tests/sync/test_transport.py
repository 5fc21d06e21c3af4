"""Transport rules: which addresses are allowed, signed-request headers, back-off arithmetic."""

from __future__ import annotations

import base64
import email.utils
import hashlib
import time

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from app.sync.errors import InsecurePlatformUrl
from app.sync.transport import (
    DeviceCredentials,
    Endpoint,
    RetryPolicy,
    check_platform_url,
    parse_retry_after,
    signature_input,
)
from crypto import errors

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://platform.example.cn/", "https://platform.example.cn"),
        ("https://platform.example.cn:8443/base/", "https://platform.example.cn:8443/base"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.8.9.10", "http://127.8.9.10"),
        ("http://[::1]:9000/", "http://[::1]:9000"),
        ("http://localhost:9000", "http://localhost:9000"),
    ],
)
def test_allowed_addresses(url, expected):
    assert check_platform_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://platform.example.cn",  # plain http off the machine
        "http://10.0.0.5:8080",
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "ftp://127.0.0.1",
        "https://user:pw@platform.example.cn",
        "https://platform.example.cn/?x=1",
        "platform.example.cn",
    ],
)
def test_refused_addresses(url):
    with pytest.raises(InsecurePlatformUrl) as info:
        check_platform_url(url)
    assert info.value.code == "sync_insecure_url" and "https://" in str(info.value)


def test_pin_must_be_a_sha256():
    assert Endpoint("https://p.example", spki_pin="AB:" * 31 + "AB").spki_pin == "ab" * 32
    with pytest.raises(errors.UsageError):
        Endpoint("https://p.example", spki_pin="abcd")


def test_signed_headers_verify_and_match_the_platform_text():
    from server.auth import signed_text  # the platform's side of the same contract

    key = ec.generate_private_key(ec.SECP256R1())
    creds = DeviceCredentials("0e5c1c3e-4f7e-4a8e-9d0e-5f2b1c3d4e5f", key)
    body = b'{"events":[]}'
    first = creds.headers("POST", "/v1/evidence", body)
    second = creds.headers("POST", "/v1/evidence", body)
    assert first["X-SealDesk-Nonce"] != second["X-SealDesk-Nonce"]  # retries are never replays
    assert len(first["X-SealDesk-Nonce"]) == 32 and first["X-SealDesk-Date"].endswith("Z")
    date, nonce = first["X-SealDesk-Date"], first["X-SealDesk-Nonce"]
    text = signature_input("POST", "/v1/evidence", date, nonce, body)
    assert text == signed_text("POST", "/v1/evidence", date, nonce, body)
    assert text.endswith(hashlib.sha256(body).hexdigest().encode())
    signature = base64.b64decode(first["X-SealDesk-Signature"])
    key.public_key().verify(signature, text, ec.ECDSA(hashes.SHA256()))
    assert "Elliptic" not in repr(creds)  # the key is never in a repr


def test_backoff_is_jittered_capped_and_honours_retry_after():
    policy = RetryPolicy(attempts=8, base=0.5, cap=4.0)
    delays = [policy.delay(n) for n in range(8) for _ in range(20)]
    assert all(0.0 <= d <= 4.0 for d in delays)
    assert max(policy.delay(0) for _ in range(50)) <= 0.5
    assert len({round(d, 6) for d in delays}) > 100  # jitter, not a fixed schedule
    assert policy.delay(0, retry_after=7.0) == 7.0
    assert parse_retry_after("12") == 12.0
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= (parse_retry_after(later) or 0) <= 31
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
