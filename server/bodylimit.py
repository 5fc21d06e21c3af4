"""Request bodies are bounded before anything parses them (ASGI middleware)."""

from __future__ import annotations

import json
from typing import Any

EVIDENCE_LIMIT = 256 * 1024
FACE_LIMIT = 3 * 1024 * 1024  # a 2 MiB image in base64 with its JSON around it
DEFAULT_LIMIT = 64 * 1024
CUSTODY_LIMIT = 320 * 1024  # two 64 KiB envelopes as JSON strings (escaping can double them)
OCSP_LIMIT = 2048  # one DER OCSP request (one certificate and a nonce: ~120 bytes)

Scope = dict[str, Any]


def limit_for(path: str) -> int:
    """The largest body a path accepts."""
    if path == "/v1/intent/face":
        return FACE_LIMIT
    if path == "/v1/evidence":
        return EVIDENCE_LIMIT
    if path == "/v1/custody/requests":
        return CUSTODY_LIMIT
    if path == "/v1/ca/ocsp":
        return OCSP_LIMIT
    return DEFAULT_LIMIT


class BodyLimit:
    """Reads the whole body (up to the path's limit) and hands it on; refuses larger ones."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, send)
            return
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > limit:
                await self._refuse(scope, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return dict(await receive())

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, send: Any) -> None:
        if scope["path"] == "/v1/evidence":  # PROTOCOL.md: an oversized batch is invalid
            status, code = 422, "invalid_event"
        else:
            status, code = 413, "body_too_large"
        payload = json.dumps({"error": code, "detail": "the request body is too large"}).encode()
        await send({
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"),
                        (b"content-length", str(len(payload)).encode()),
                        (b"connection", b"close")],
        })
        await send({"type": "http.response.body", "body": payload})
