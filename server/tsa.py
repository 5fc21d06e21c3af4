"""Optional RFC 3161 time-stamps on signed tree heads (``--tsa-url``)."""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets

import httpx
from asn1crypto import cms, tsp

log = logging.getLogger(__name__)


class TimeStamper:
    """Asks one TSA for tokens over SHA-256 digests."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        self.url = url
        self.timeout = timeout

    def token(self, data: bytes) -> str | None:
        """Base64 DER token over SHA-256 of ``data``; None (logged) when the TSA fails."""
        digest = hashlib.sha256(data).digest()
        nonce = secrets.randbits(63)
        request = tsp.TimeStampReq(
            {
                "version": 1,
                "message_imprint": {
                    "hash_algorithm": {"algorithm": "sha256"},
                    "hashed_message": digest,
                },
                "nonce": nonce,
                "cert_req": True,
            }
        )
        try:
            answer = httpx.post(
                self.url,
                content=request.dump(),
                headers={"Content-Type": "application/timestamp-query"},
                timeout=self.timeout,
            )
            answer.raise_for_status()
            response = tsp.TimeStampResp.load(answer.content)
            if response["status"]["status"].native not in ("granted", "granted_with_mods"):
                raise ValueError("the TSA refused the request")
            token: cms.ContentInfo = response["time_stamp_token"]
            info = token["content"]["encap_content_info"]["content"].parsed
            if info["message_imprint"]["hashed_message"].native != digest:
                raise ValueError("the TSA stamped another digest")
            if info["nonce"].native != nonce:
                raise ValueError("the TSA answered another request")
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            log.warning("time-stamping a tree head failed: %s", type(exc).__name__)
            return None
        return base64.b64encode(token.dump()).decode("ascii")
