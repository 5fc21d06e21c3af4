"""HTTP to the platform: address rules, signed requests, certificate pinning, retries.

* HTTPS with certificate verification, always (the system's trust plus an optional CA file);
  ``http://`` only to loopback addresses (127.0.0.0/8, ::1, ``localhost``).  Proxies come from
  the environment (``HTTPS_PROXY``, ``NO_PROXY`` …) as httpx reads them.
* Optional pin: the SHA-256 of the server certificate's SubjectPublicKeyInfo, checked on every
  response before its content is used (what was sent is fingerprints only).
* Signed requests (PROTOCOL.md): every attempt gets a new date and nonce, so a retry is never
  refused as a replay.
* Retries with exponential back-off and full jitter on network errors, timeouts, 5xx, 408,
  429 and a 401 ``replayed_request`` (a request duplicated on the way); ``Retry-After`` is
  honoured.  Other answers are final.
* A 401 ``device_revoked`` (the operator revoked this device) is :class:`DeviceRevoked`.
* A refusal keeps what the platform said (:class:`ErrorAnswer`: the stable code, the other
  fields of the JSON error body such as ``attempts_left``, and ``Retry-After``), so a caller
  such as the SMS check shows the platform's count, never one of its own.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import hashlib
import hmac
import ipaddress
import json
import logging
import secrets
import ssl
import threading
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from app.sync.errors import (
    DeviceRevoked,
    InsecurePlatformUrl,
    PlatformBusy,
    PlatformPinMismatch,
    PlatformRefused,
    PlatformTlsError,
    PlatformUnreachable,
)
from crypto import errors
from crypto.errors import Text

log = logging.getLogger(__name__)

SIGNATURE_CONTEXT = "sealdesk-request-v1"
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 600.0


def check_platform_url(url: str) -> str:
    """The platform's base URL (no trailing slash) if allowed; else InsecurePlatformUrl."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InsecurePlatformUrl(url=url, detail=Text("not an http(s) address"))
    if parts.query or parts.fragment or parts.username or parts.password:
        raise InsecurePlatformUrl(url=url, detail=Text("no user, query or fragment allowed"))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecurePlatformUrl(url=url, detail=Text("plain http to a host that is not local"))
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or the name ``localhost`` (nothing that needs a resolver's word)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def rfc3339_now() -> str:
    """Now as RFC 3339 UTC with milliseconds and ``Z`` (the protocol's time format)."""
    now = dt.datetime.now(dt.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def signature_input(method: str, path: str, date: str, nonce: str, body: bytes) -> bytes:
    """The bytes a device signs for one request (PROTOCOL.md, "signed request")."""
    text = "\n".join(
        (SIGNATURE_CONTEXT, method.upper(), path, date, nonce, hashlib.sha256(body).hexdigest())
    )
    return text.encode("utf-8")


@dataclass(frozen=True)
class DeviceCredentials:
    """The registered device: its id on the platform and the vault's client key."""

    device_id: str
    key: ec.EllipticCurvePrivateKey = field(repr=False)

    def headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        """The four ``X-SealDesk-*`` headers for one attempt (fresh date and nonce)."""
        date, nonce = rfc3339_now(), secrets.token_hex(16)
        signature = self.key.sign(
            signature_input(method, path, date, nonce, body), ec.ECDSA(hashes.SHA256())
        )
        return {
            "X-SealDesk-Device": self.device_id,
            "X-SealDesk-Date": date,
            "X-SealDesk-Nonce": nonce,
            "X-SealDesk-Signature": base64.b64encode(signature).decode("ascii"),
        }


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait between attempts (full jitter, capped)."""

    attempts: int = 6
    base: float = 0.5
    cap: float = 60.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (``Retry-After`` wins when given)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), MAX_RETRY_AFTER)
        return secrets.SystemRandom().uniform(0.0, min(self.cap, self.base * 2**attempt))


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or an HTTP date), None when absent or odd."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max((when - dt.datetime.now(dt.UTC)).total_seconds(), 0.0)


def spki_sha256(cert_der: bytes) -> str:
    """SHA-256 hex of a certificate's SubjectPublicKeyInfo (what a pin names)."""
    spki = (
        x509.load_der_x509_certificate(cert_der)
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return hashlib.sha256(spki).hexdigest()


@dataclass(frozen=True)
class Endpoint:
    """Where the platform is and how its TLS identity is checked."""

    url: str
    ca_file: str | None = None
    spki_pin: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "url", check_platform_url(self.url))
        if self.spki_pin is not None:
            pin = self.spki_pin.lower().replace(":", "")
            if len(pin) != 64 or any(c not in "0123456789abcdef" for c in pin):
                raise errors.UsageError(detail=Text("a pin is the SHA-256 (hex) of the server key"))
            object.__setattr__(self, "spki_pin", pin)

    def to_json(self) -> dict[str, Any]:
        """Kept in the vault's sync state."""
        return {"url": self.url, "ca_file": self.ca_file, "spki_pin": self.spki_pin}


class PlatformClient:
    """JSON over HTTPS to one platform, with retries; one instance per sync run or thread."""

    def __init__(
        self,
        endpoint: Endpoint,
        credentials: DeviceCredentials | None = None,
        *,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
        stop: threading.Event | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.credentials = credentials
        self.retry = retry or RetryPolicy()
        self.stop = stop or threading.Event()
        verify: ssl.SSLContext | bool = True
        if endpoint.ca_file:
            verify = ssl.create_default_context(cafile=endpoint.ca_file)
        self._http = httpx.Client(
            verify=verify,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            trust_env=True,
            follow_redirects=False,
            headers={"User-Agent": "SealDesk-sync/1"},
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> PlatformClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, path: str, params: Mapping[str, str | int] | None = None) -> Any:
        """A signed GET (``path`` below the base URL, e.g. ``/v1/log/sth``)."""
        query = "?" + urllib.parse.urlencode(params) if params else ""
        return self.request("GET", path + query, None)

    def post(self, path: str, doc: Any, *, signed: bool = True) -> Any:
        """A POST of ``doc`` as JSON; unsigned only for enrolment."""
        return self.request("POST", path, doc, signed=signed)

    def request(self, method: str, path: str, doc: Any, *, signed: bool = True) -> Any:
        """Send with retries; the decoded JSON answer of a 2xx, else a SyncError."""
        body = b"" if doc is None else json.dumps(doc, separators=(",", ":")).encode("utf-8")
        url = self.endpoint.url + path
        split = urllib.parse.urlsplit(url)
        wire_path = split.path + ("?" + split.query if split.query else "")
        last: errors.SealDeskError | None = None
        for attempt in range(self.retry.attempts):
            if attempt and self.stop.is_set():
                raise errors.Cancelled()
            headers = {"Content-Type": "application/json"} if doc is not None else {}
            if signed:
                if self.credentials is None:
                    raise errors.InternalError()
                headers.update(self.credentials.headers(method, wire_path, body))
            retry_after: float | None = None
            try:
                response = self._http.request(method, url, content=body or None, headers=headers)
                self._check_pin(response)
                if response.status_code < 300:
                    return _decode(response)
                answer = error_answer(response)
                if answer.status == 401 and answer.error == "device_revoked":
                    raise DeviceRevoked(url=self.endpoint.url, error=answer.error, status=401)
                if not _retryable(answer):
                    raise PlatformRefusal(answer)
                retry_after = answer.retry_after
                last = PlatformStrained(answer)
            except httpx.TransportError as exc:
                if _is_tls_failure(exc):
                    raise PlatformTlsError(url=self.endpoint.url, detail=str(exc)) from exc
                last = PlatformUnreachable(url=self.endpoint.url, detail=type(exc).__name__)
            except _InvalidAnswer as exc:
                last = PlatformBusy(detail=exc.detail)
            if attempt + 1 < self.retry.attempts:
                wait = self.retry.delay(attempt, retry_after)
                log.info("platform attempt %d failed (%s); next in %.2fs", attempt + 1, last, wait)
                if self.stop.wait(wait):
                    raise errors.Cancelled()
        assert last is not None
        raise last

    def _check_pin(self, response: httpx.Response) -> None:
        if self.endpoint.spki_pin is None or response.url.scheme != "https":
            return
        stream = response.extensions.get("network_stream")
        ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
        peer = ssl_object.getpeercert(True) if ssl_object is not None else None
        if not peer or not hmac.compare_digest(spki_sha256(peer), self.endpoint.spki_pin):
            raise PlatformPinMismatch(url=self.endpoint.url)


class _InvalidAnswer(Exception):
    def __init__(self, detail: Text) -> None:
        super().__init__(str(detail))
        self.detail = detail


def _decode(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        raise _InvalidAnswer(Text("an answer that is not JSON")) from None


@dataclass(frozen=True)
class ErrorAnswer:
    """A platform's error answer: HTTP status, stable code, the body's other plain fields
    (``attempts_left`` …; ``detail`` is left out: English for logs, not for people) and
    ``Retry-After`` in seconds."""

    status: int
    error: str
    fields: Mapping[str, str | int | bool] = field(default_factory=dict)
    retry_after: float | None = None

    def integer(self, name: str) -> int | None:
        """A field that is a whole number (a bool is not), else None."""
        value = self.fields.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) else None


def error_answer(response: httpx.Response) -> ErrorAnswer:
    """What an error response says (a body that is not a JSON object says nothing)."""
    try:
        doc = response.json()
    except (ValueError, UnicodeDecodeError):
        doc = None
    if not isinstance(doc, dict):
        doc = {}
    code = doc.get("error")
    fields = {
        str(k): v for k, v in doc.items()
        if k not in ("error", "detail") and isinstance(v, str | int | bool)
    }
    return ErrorAnswer(
        status=response.status_code,
        error=code if isinstance(code, str) else "",
        fields=fields,
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
    )


class PlatformRefusal(PlatformRefused):
    """:class:`PlatformRefused` (a final answer) with what the platform said."""

    def __init__(self, answer: ErrorAnswer) -> None:
        super().__init__(error=answer.error or "-", status=answer.status)
        self.answer = answer


class PlatformStrained(PlatformBusy):
    """:class:`PlatformBusy` from an HTTP answer (429, 503 …), with what the platform said."""

    def __init__(self, answer: ErrorAnswer) -> None:
        super().__init__(
            detail=Text("HTTP {status} {error}", status=answer.status, error=answer.error)
        )
        self.answer = answer


def _retryable(answer: ErrorAnswer) -> bool:
    # a request duplicated on the way (a proxy retrying a POST) is refused as a replay while
    # its twin went through: sending it again, freshly signed, is safe (idempotent by event id)
    if answer.status == 401:
        return answer.error == "replayed_request"
    return answer.status in RETRYABLE_STATUS


def _is_tls_failure(exc: httpx.TransportError) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        cause = cause.__cause__ or cause.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)
