"""A loopback HTTP/1.1 forwarder with scripted faults, for the sync fault tests.

It listens on 127.0.0.1 and forwards each request to the platform (one upstream connection per
request, ``Connection: close``), unless the next scripted fault for that path says otherwise:

* ``"500"``      answer 500 without forwarding;
* ``"503"``      answer 503 with ``Retry-After: 1`` without forwarding;
* ``"hang"``     forward (the platform appends), then send nothing until the client gives up;
* ``"drop"``     forward, then send half of the answer and close the connection;
* ``"replay"``   forward the request twice (a proxy retrying a POST) and return the second
  answer: the platform refuses it as a replayed request;
* ``"dup"``      forward, then repeat the first receipt in place of the second;
* ``"tamper"``   forward, then change the first receipt's leaf fingerprint;
* ``"badproof"`` forward, then change a hash of the first receipt's inclusion proof;
* ``"hold"``     forward, then wait until :attr:`release` is set before answering, or
  drop the answer when :attr:`drop_held` is set too.

Requests in absolute form (``POST http://host:port/path``, as clients send to an HTTP proxy)
are accepted too and counted in :attr:`proxied`.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import deque


class FaultProxy:
    """Runs in its own thread with its own event loop; scripted with :meth:`script`."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.faults: deque[tuple[str, str]] = deque()
        self.seen: list[tuple[str, str, str]] = []  # (method, path, fault or "")
        self.proxied = 0
        self.release = threading.Event()
        self.drop_held = threading.Event()
        self.holding = threading.Event()
        self.forwarded = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fault-proxy", daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, *faults: str, path: str = "/v1/evidence") -> None:
        """Faults for the next requests to ``path`` (one each, in order)."""
        self.faults.extend((path, f) for f in faults)

    def start(self) -> FaultProxy:
        self._thread.start()
        self._started.wait(5)
        return self

    def stop(self) -> None:
        self.release.set()

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    # --- the loop ---------------------------------------------------------------------------

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def begin() -> None:
            self._server = await asyncio.start_server(self._client, "127.0.0.1", 0)
            self.port = self._server.sockets[0].getsockname()[1]
            self._started.set()

        self._loop.run_until_complete(begin())
        self._loop.run_forever()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    return
                keep = await self._handle(request, writer)
                if not keep:
                    return
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            return
        finally:
            writer.close()

    async def _handle(self, request: tuple[str, str, list[str], bytes], writer) -> bool:
        method, target, headers, body = request
        if target.startswith("http://"):
            self.proxied += 1
            target = "/" + target.split("/", 3)[3]
        path = target.split("?", 1)[0]
        fault = ""
        if self.faults and self.faults[0][0] == path:
            fault = self.faults.popleft()[1]
        self.seen.append((method, path, fault))
        if fault == "500":
            writer.write(_response(500, b'{"error":"internal","detail":"injected"}'))
            await writer.drain()
            return True
        if fault == "503":
            writer.write(_response(503, b'{"error":"unavailable"}', extra="Retry-After: 1\r\n"))
            await writer.drain()
            return True
        raw = await self._forward(method, target, headers, body)
        self.forwarded.set()
        if fault == "replay":
            raw = await self._forward(method, target, headers, body)
        if fault == "hang":
            await asyncio.sleep(30)
            return False
        if fault == "drop":
            writer.write(raw[: len(raw) // 2])
            await writer.drain()
            return False
        if fault == "hold":
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.02)
            if self.drop_held.is_set():
                return False
        if fault in ("dup", "tamper", "badproof"):
            raw = _rewrite(raw, fault)
        writer.write(raw)
        await writer.drain()
        return False  # upstream said Connection: close

    async def _forward(self, method: str, target: str, headers: list[str], body: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        try:
            kept = [h for h in headers if h.split(":", 1)[0].strip().lower() not in _HOP]
            head = f"{method} {target} HTTP/1.1\r\n" + "".join(h + "\r\n" for h in kept)
            writer.write((head + "Connection: close\r\n\r\n").encode("latin-1") + body)
            await writer.drain()
            return await reader.read(-1)
        finally:
            writer.close()


_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization"}


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str, list[str], bytes] | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = [line for line in lines[1:] if line]
    length = 0
    for h in headers:
        name, _, value = h.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return method, target, headers, body


def _response(status: int, body: bytes, extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n"
    )
    return head.encode("latin-1") + body


def _rewrite(raw: bytes, fault: str) -> bytes:
    head, _, body = raw.partition(b"\r\n\r\n")
    doc = json.loads(body)
    receipts = doc["receipts"]
    if fault == "dup":
        receipts[1] = receipts[0]
    elif fault == "tamper":
        leaf = receipts[0]["leaf"]
        leaf["sha256"] = ("0" if leaf["sha256"][0] != "0" else "1") + leaf["sha256"][1:]
    elif fault == "badproof":
        proof = receipts[0]["inclusion_proof"]
        proof[0] = ("0" if proof[0][0] != "0" else "1") + proof[0][1:]
    new = json.dumps(doc).encode()
    lines = [
        line
        for line in head.decode("latin-1").split("\r\n")
        if not line.lower().startswith("content-length")
    ]
    lines.append(f"content-length: {len(new)}")
    return "\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + new
