"""RFC 3161 time-stamp authority of the demo/test PKI.

Tokens are signed by pyHanko's ``DummyTimeStamper`` with the PKI's TSA key (RSA, SHA-2 as the
request asks) and carry the TSA certificate and its issuers.  Requests are checked the way a
real TSA checks them; a bad one gets a "rejection" response with the RFC 3161 failure bit.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import Any

from asn1crypto import tsp
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from crypto.pades.timestamper import TimeStampReply as TimeStampReply

from .model import Identity

logger = logging.getLogger(__name__)

#: Policy of the demo TSA's tokens: an OID under the ITU-T/ISO "example" arc (2.999).
TSA_POLICY_OID = "2.999.3161.1"
#: Digest algorithms accepted in a message imprint, with their digest sizes.
DIGEST_SIZES = {"sha1": 20, "sha224": 28, "sha256": 32, "sha384": 48, "sha512": 64, "sm3": 32}
#: The TSA's RSA key signs with the imprint's digest, except those RSA is not used with.
TOKEN_DIGEST_FOR = {"sm3": "sha256"}


class _DemoStamper(DummyTimeStamper):
    """``DummyTimeStamper`` with our own policy OID and a stated accuracy of one second."""

    def _build_tst_info(
        self, message_imprint: tsp.MessageImprint, dt: dt.datetime, req: tsp.TimeStampReq
    ) -> tsp.TSTInfo:
        info = super()._build_tst_info(message_imprint, dt, req)
        info["policy"] = TSA_POLICY_OID
        info["accuracy"] = {"seconds": 1}
        return info


class TimeStampAuthority:
    """Answers DER ``TimeStampReq`` bytes with DER ``TimeStampResp`` bytes (thread-safe).

    ``clock`` (default: the current time) gives the time written into each token; tests may
    set it to stamp in the past or the future.
    """

    def __init__(
        self, identity: Identity, *, clock: Callable[[], dt.datetime] | None = None
    ) -> None:
        self.identity = identity
        self.clock = clock
        self._key_info = identity.key_info()
        # requests arrive on the HTTP server's threads, and the certificates every token embeds
        # are shared asn1crypto objects, which serialise lazily and are not thread-safe (seen
        # as a TypeError under a parallel batch): one token at a time
        self._lock = threading.Lock()

    def respond(self, request_der: bytes) -> bytes:
        try:
            request = tsp.TimeStampReq.load(request_der)
            request.native  # noqa: B018 - parses every field now, so errors surface here
        except (ValueError, TypeError):
            return _rejection("bad_data_format", "request is not a DER TimeStampReq")
        problem = _check(request)
        if problem is not None:
            return _rejection(*problem)
        now = self.clock() if self.clock else dt.datetime.now(dt.UTC)
        imprint_md = request["message_imprint"]["hash_algorithm"]["algorithm"].native
        stamper = _DemoStamper(
            self.identity.cert,
            self._key_info,
            certs_to_embed=self.identity.issuers,  # type: ignore[arg-type]  # any iterable
            fixed_dt=now,
            override_md=TOKEN_DIGEST_FOR.get(imprint_md),  # SM3 imprint: RSA with SHA-256
        )
        try:
            with self._lock:
                response = stamper.request_tsa_response(request)
        except Exception:  # a bug here must not take the demo service down
            logger.exception("time-stamp token could not be made")
            return _rejection("system_failure", "internal error")
        return bytes(response.dump())


def _check(request: tsp.TimeStampReq) -> tuple[str, str] | None:
    """RFC 3161 failure bit and text for an unacceptable request, or ``None``."""
    if request["version"].native != "v1":
        return "bad_request", "unsupported request version"
    imprint = request["message_imprint"]
    algorithm = imprint["hash_algorithm"]["algorithm"].native
    if algorithm not in DIGEST_SIZES:
        return "bad_alg", f"unsupported digest algorithm {algorithm}"
    if len(imprint["hashed_message"].native) != DIGEST_SIZES[algorithm]:
        return "bad_data_format", f"digest length does not match {algorithm}"
    policy = request["req_policy"].native
    if policy is not None and policy != TSA_POLICY_OID:
        return "unaccepted_policy", f"policy {policy} is not offered"
    if request["extensions"].native:
        return "unaccepted_extensions", "extensions are not supported"
    return None


def _rejection(failure: str, text: str) -> bytes:
    status: dict[str, Any] = {
        "status": "rejection",
        "status_string": [text],
        "fail_info": tsp.PKIFailureInfo({failure}),
    }
    return bytes(TimeStampReply({"status": status}).dump())
