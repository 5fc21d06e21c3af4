"""RFC 3161 timestamps over httpx, as a pyHanko TimeStamper subclass."""

from __future__ import annotations

import asyncio
import threading

import httpx
from asn1crypto import tsp
from pyhanko.sign.timestamps.api import TimeStamper

from crypto.errors import TsaUnavailable
from crypto.pades.options import TsaConfig


class HttpxTimeStamper(TimeStamper):
    """Asks one TSA for timestamp tokens; one pooled HTTP connection per batch."""

    def __init__(self, config: TsaConfig) -> None:
        super().__init__(include_nonce=True)
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
            raise TsaUnavailable(url=url, detail=type(exc).__name__) from exc
        if resp.status_code == 401:
            raise TsaUnavailable(
                url=url, detail="the service refused the credentials (HTTP 401)"
            )
        if resp.status_code != 200:
            raise TsaUnavailable(url=url, detail=f"HTTP {resp.status_code}")
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
        if ctype != "application/timestamp-reply":
            raise TsaUnavailable(url=url, detail=f"unexpected answer type {ctype or 'none'}")
        try:
            answer = tsp.TimeStampResp.load(resp.content)
            status = answer["status"]["status"].native
        except ValueError as exc:
            raise TsaUnavailable(url=url, detail="the answer is not a timestamp response") from exc
        if status not in ("granted", "granted_with_mods"):
            raise TsaUnavailable(url=url, detail=f"the request was {status}")
        return answer

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        """Post the request in a worker thread so the event loop stays free."""
        return await asyncio.to_thread(self._post, req)

    def close(self) -> None:
        """Close the pooled connection."""
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None
