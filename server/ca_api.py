"""The reference CA's public routes (PROTOCOL.md, "Certificate revocation"): its certificate,
its CRL and its OCSP responder, DER, unauthenticated (relying parties reach them through the
URLs in issued certificates); the work is in :mod:`server.revocation` and :mod:`server.ocsp`.
Registered by :func:`server.api.create_app`."""

from __future__ import annotations

import email.utils
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from server import models as m
from server.api import _platform
from server.issuance import CA_CERT_PATH, CRL_PATH, OCSP_PATH
from server.ocsp import MAX_REQUEST, OcspAnswer, request_from_url

router = APIRouter()
CA_CERT_MAX_AGE = 86400  # seconds an HTTP cache may keep the CA certificate


def _binary(media_type: str, what: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"description": what,
                  "content": {media_type: {"schema": {"type": "string", "format": "binary"}}}}}


@router.get(CA_CERT_PATH, response_class=Response,
            responses=_binary("application/pkix-cert", "the CA certificate, DER"))
def ca_certificate(request: Request) -> Response:
    """The issuing CA's certificate (the root of every issued certificate's chain)."""
    return Response(_platform(request).issuance.ca.der, media_type="application/pkix-cert",
                    headers={"Cache-Control": f"public, max-age={CA_CERT_MAX_AGE}"})


@router.get(CRL_PATH, response_class=Response,
            responses=_binary("application/pkix-crl", "the CA's current CRL, DER"))
def ca_crl(request: Request) -> Response:
    """The CA's current CRL: every revoked serial with its date and reason."""
    platform = _platform(request)
    crl = platform.revocations.current_crl()
    max_age = max(0, int(crl.fresh_until - platform.settings.clock()))
    return Response(crl.der, media_type="application/pkix-crl", headers={
        "Cache-Control": f"public, max-age={max_age}",
        "Last-Modified": email.utils.formatdate(crl.this_update, usegmt=True),
        "ETag": f'"crl-{crl.number}"',
    })


OCSP_MEDIA = "application/ocsp-response"
_OCSP_ANSWER = _binary(OCSP_MEDIA, "a DER OCSPResponse (RFC 6960), successful or saying why not")
_OCSP_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "application/ocsp-request": {"schema": {"type": "string", "format": "binary",
                                            "maxLength": MAX_REQUEST}}}}}


def _ocsp_response(request: Request, answer: OcspAnswer, get: bool) -> Response:
    cache = "no-store"
    if get and answer.cache_until is not None:  # RFC 5019 §6: GET answers without a nonce
        max_age = max(0, int(answer.cache_until - _platform(request).settings.clock()))
        cache = f"public, max-age={max_age}"
    return Response(answer.der, media_type=OCSP_MEDIA, headers={"Cache-Control": cache})


@router.post(OCSP_PATH, response_class=Response, openapi_extra=_OCSP_BODY,
             responses={**_OCSP_ANSWER, 413: {"model": m.ErrorAnswer}})
async def ocsp_post(request: Request) -> Response:
    """OCSP by POST (RFC 6960 A.1.1): the status of one certificate the CA issued."""
    body = await request.body()  # at most MAX_REQUEST bytes (server.bodylimit, else 413)
    answer = await run_in_threadpool(_platform(request).ocsp.respond, body)
    return _ocsp_response(request, answer, get=False)


@router.get(OCSP_PATH + "/{encoded:path}", response_class=Response, responses=_OCSP_ANSWER)
async def ocsp_get(encoded: str, request: Request) -> Response:
    """OCSP by GET (RFC 6960 A.1.1): the DER request base64 (or base64url) encoded, then
    URL-encoded, as the last path segment; cacheable when it carries no nonce."""
    der = request_from_url(encoded)
    answer = await run_in_threadpool(_platform(request).ocsp.respond, der or b"")
    return _ocsp_response(request, answer, get=True)
