"""RFC 3161 timestamps over httpx, as a pyHanko TimeStamper subclass."""

from __future__ import annotations

import asyncio
import threading

import httpx
from asn1crypto import cms, core, tsp
from pyhanko.sign.timestamps.api import TimeStamper

from crypto.errors import Text, TsaUnavailable
from crypto.pades.options import TsaConfig


class TimeStampReply(core.Sequence):  # type: ignore[misc]
    """RFC 3161 ``TimeStampResp`` with the token optional, as the RFC has it.

    asn1crypto's ``tsp.TimeStampResp`` requires the token, so it cannot parse the token-less
    "rejection" answers a TSA gives; this one can, so a refusal is reported as a refusal.
    """

    _fields = [
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


class HttpxTimeStamper(TimeStamper):
    """Asks one TSA for timestamp tokens; one pooled HTTP connection per batch."""

    def __init__(self, config: TsaConfig) -> None:
        super().__init__(include_nonce=True)  # type: ignore[no-untyped-call]
        self.config = config
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    def _http(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                auth = None
                if self.config.username is not None:
                    auth = httpx.BasicAuth(self.config.username, self.config.password or "")
                self._client = httpx.Client(timeout=self.config.timeout, auth=auth)
            return self._client

    def _post(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        url = self.config.url
        try:
            resp = self._http().post(
                url,
                content=req.dump(),
                headers={"Content-Type": "application/timestamp-query"},
            )
        except httpx.HTTPError as exc:
            error = type(exc).__name__  # ConnectError, ReadTimeout …
            detail = Text("network error: {error}", error=error)
            raise TsaUnavailable(url=url, detail=detail) from exc
        if resp.status_code == 401:
            raise TsaUnavailable(
                url=url, detail=Text("the service refused the credentials (HTTP 401)")
            )
        if resp.status_code != 200:
            raise TsaUnavailable(
                url=url, detail=Text("HTTP status {status}", status=resp.status_code)
            )
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
        if ctype != "application/timestamp-reply":
            if not ctype:
                raise TsaUnavailable(url=url, detail=Text("the answer has no content type"))
            raise TsaUnavailable(
                url=url, detail=Text("unexpected answer type {type}", type=ctype)
            )
        try:
            reply = TimeStampReply.load(resp.content)
            status = reply["status"]["status"].native
        except ValueError as exc:
            raise TsaUnavailable(
                url=url, detail=Text("the answer is not a timestamp response")
            ) from exc
        if status not in ("granted", "granted_with_mods") or not reply["time_stamp_token"]:
            text = reply["status"]["status_string"].native
            if text:
                why = Text(
                    "the service answered {status}: {reasons}",
                    status=status,
                    reasons="; ".join(text),
                )
            else:
                why = Text("the service answered {status}", status=status)
            raise TsaUnavailable(url=url, detail=why)
        try:
            return tsp.TimeStampResp.load(resp.content)
        except ValueError as exc:
            raise TsaUnavailable(url=url, detail=Text("the timestamp token is malformed")) from exc

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        """Post the request in a worker thread so the event loop stays free."""
        return await asyncio.to_thread(self._post, req)

    def close(self) -> None:
        """Close the pooled connection."""
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None
