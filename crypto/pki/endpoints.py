"""HTTP request handling of :class:`crypto.pki.services.PkiServer` (routing, outages, auth)."""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from .model import CA_NAMES
from .revocation import make_crl, respond_ocsp

if TYPE_CHECKING:
    from .services import PkiServer

logger = logging.getLogger("crypto.pki.services")

ENDPOINTS = ("tsa", "ocsp", "crl", "certs")
MAX_BODY = 1 << 20


class Httpd(ThreadingHTTPServer):
    daemon_threads = True
    owner: PkiServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("request from %s failed", client_address, exc_info=True)


class Httpd6(Httpd):
    address_family = socket.AF_INET6


class Handler(BaseHTTPRequestHandler):
    server: Httpd
    server_version = "SealDeskDemoPKI/1"
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers after stop()
    timeout = 10

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        owner = self.server.owner
        path = urlsplit(self.path).path
        endpoint = path.strip("/").split("/", 1)[0]
        if endpoint not in ENDPOINTS:
            owner.record_hit("other")
            self._send(404, b"not found\n", "text/plain")
            return
        owner.record_hit(endpoint)
        body = b""
        if self.command == "POST":
            length = self.headers.get("Content-Length")
            if length is None or not length.isdigit():
                self._send(411, b"Content-Length required\n", "text/plain")
                return
            if int(length) > MAX_BODY:
                self._send(413, b"request too large\n", "text/plain")
                return
            body = self.rfile.read(int(length))
        mode = owner.outage(endpoint)
        if mode == "hang" and owner.wait_while_hanging(endpoint):
            mode = owner.outage(endpoint)  # the hang ended: behave as the endpoint is now
        if mode in ("drop", "hang"):
            self.close_connection = True  # nothing written: the client sees the connection close
            return
        if mode == "503":
            self._send(
                503, b"service unavailable (simulated)\n", "text/plain", {"Retry-After": "1"}
            )
            return
        try:
            getattr(self, f"_serve_{endpoint}")(path, body)
        except OSError:  # the client went away
            logger.debug("client of %s %s disconnected", self.command, self.path, exc_info=True)
        except Exception:  # keep the service up, but make the bug visible
            logger.exception("demo PKI service failed on %s %s", self.command, self.path)
            self._send(500, b"internal error\n", "text/plain")

    # --- endpoints -------------------------------------------------------------------------

    def _serve_tsa(self, path: str, body: bytes) -> None:
        owner = self.server.owner
        if self.command != "POST" or path.rstrip("/") != "/tsa":
            self._send(405 if path.rstrip("/") == "/tsa" else 404, b"POST /tsa\n", "text/plain")
            return
        if owner.tsa_auth is not None and not self._authorised(owner.tsa_auth):
            headers = {"WWW-Authenticate": 'Basic realm="SealDesk demo TSA"'}
            self._send(401, b"authentication required\n", "text/plain", headers)
            return
        if self._content_type() != "application/timestamp-query":
            self._send(415, b"expected application/timestamp-query\n", "text/plain")
            return
        self._send(200, owner.tsa.respond(body), "application/timestamp-reply")

    def _serve_ocsp(self, path: str, body: bytes) -> None:
        if self.command == "POST" and path.rstrip("/") == "/ocsp":
            if self._content_type() != "application/ocsp-request":
                self._send(415, b"expected application/ocsp-request\n", "text/plain")
                return
            request = body
        elif self.command == "GET" and path.startswith("/ocsp/"):
            # RFC 6960 appendix A: url-encoded base64; also accept base64url without padding.
            encoded = unquote(path[len("/ocsp/") :]).strip()
            try:
                request = _b64decode(encoded)
            except ValueError:
                self._send(400, b"bad base64 in OCSP GET request\n", "text/plain")
                return
        else:
            self._send(404, b"POST /ocsp or GET /ocsp/<base64>\n", "text/plain")
            return
        self._send(200, respond_ocsp(self.server.owner.pki, request), "application/ocsp-response")

    def _serve_crl(self, path: str, body: bytes) -> None:
        name = path[len("/crl/") :]
        ca = name.removesuffix(".crl")
        if self.command != "GET" or not name.endswith(".crl") or ca not in CA_NAMES:
            self._send(404, b"GET /crl/root.crl or /crl/intermediate.crl\n", "text/plain")
            return
        self._send(200, make_crl(self.server.owner.pki, ca), "application/pkix-crl")

    def _serve_certs(self, path: str, body: bytes) -> None:
        name = path[len("/certs/") :]
        ca = name.removesuffix(".crt")
        if self.command != "GET" or not name.endswith(".crt") or ca not in CA_NAMES:
            self._send(404, b"GET /certs/root.crt or /certs/intermediate.crt\n", "text/plain")
            return
        self._send(200, self.server.owner.pki.cas[ca].cert_der(), "application/pkix-cert")

    # --- helpers ---------------------------------------------------------------------------

    def _content_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()

    def _authorised(self, credentials: tuple[str, str]) -> bool:
        header = self.headers.get("Authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            given = base64.b64decode(token.strip(), validate=True)
        except (binascii.Error, ValueError):
            return False
        expected = f"{credentials[0]}:{credentials[1]}".encode()
        return hmac.compare_digest(given, expected)

    def _send(
        self,
        status: int,
        payload: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


def _b64decode(text: str) -> bytes:
    padded = text + "=" * (-len(text) % 4)
    alphabet = b"-_" if ("-" in text or "_" in text) else None
    try:
        return base64.b64decode(padded, altchars=alphabet, validate=True)
    except binascii.Error as exc:
        raise ValueError(str(exc)) from exc
