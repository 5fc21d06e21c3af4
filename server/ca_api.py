"""The reference CA's public routes (PROTOCOL.md, "Certificate revocation"): its certificate
and its CRL, DER, unauthenticated and cacheable (relying parties fetch them from the URLs in
issued certificates); the work is in :mod:`server.revocation`.  Registered by
:func:`server.api.create_app`."""

from __future__ import annotations

import email.utils
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from server.api import _platform
from server.issuance import CA_CERT_PATH, CRL_PATH

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
