"""The HTTP API of protocol version 1 (FastAPI): routes, signed-request auth, error bodies."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader
from starlette.exceptions import HTTPException as StarletteHTTPException

from server import models as m
from server.bodylimit import BodyLimit
from server.errors import ApiError
from server.ledger import EventIn
from server.orgs import Device
from server.platform import Platform

log = logging.getLogger(__name__)

_device = APIKeyHeader(name="X-SealDesk-Device", auto_error=False, scheme_name="device")
_date = APIKeyHeader(name="X-SealDesk-Date", auto_error=False, scheme_name="date")
_nonce = APIKeyHeader(name="X-SealDesk-Nonce", auto_error=False, scheme_name="nonce")
_signature = APIKeyHeader(name="X-SealDesk-Signature", auto_error=False, scheme_name="signature")

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": m.ErrorAnswer}
    for code in (400, 401, 403, 404, 409, 410, 413, 422, 423, 429, 503)
}


def _platform(request: Request) -> Platform:
    platform: Platform = request.app.state.platform
    return platform


def request_target(request: Request) -> str:
    """The request target as sent on the wire (percent-encoding kept), which the device signed."""
    raw = request.scope.get("raw_path") or request.scope["path"].encode("utf-8")
    query = request.scope.get("query_string") or b""
    target = bytes(raw) + (b"?" + bytes(query) if query else b"")
    return target.decode("latin-1")


async def signed_device(
    request: Request,
    device: Annotated[str | None, Security(_device)],
    date: Annotated[str | None, Security(_date)],
    nonce: Annotated[str | None, Security(_nonce)],
    signature: Annotated[str | None, Security(_signature)],
) -> Device:
    """The device that signed this request (401 otherwise)."""
    body = await request.body()
    platform = _platform(request)
    return await run_in_threadpool(
        platform.auth.verify, request.method, request_target(request), device, date, nonce,
        signature, body,
    )


Caller = Annotated[Device, Depends(signed_device)]


def public_base(request: Request) -> str:
    """Where relying parties reach this platform: the configured public URL, else the scheme
    and local address the request arrived on (never the client-supplied Host header)."""
    configured = _platform(request).settings.public_url
    if configured is not None:
        return configured
    server = request.scope.get("server")
    if not server or server[1] is None:
        raise ApiError(503, "no_public_url", "the platform's public URL is not configured")
    host, port = str(server[0]), int(server[1])
    host = f"[{host}]" if ":" in host else host
    return f"{request.url.scheme}://{host}:{port}"
ChallengeId = Annotated[str, Path(pattern=r"^[0-9a-f-]{36}$")]


def _validation_answer(request: Request, exc: RequestValidationError) -> JSONResponse:
    problems = list(exc.errors())
    evidence = request.url.path == "/v1/evidence"
    if any(p.get("type") == "extra_forbidden" for p in problems):
        code, what = "rejected_field", "is not part of the protocol"
    else:
        code, what = ("invalid_event" if evidence else "invalid_request"), "is not valid"
    where = ", ".join(
        ".".join(str(part) for part in p.get("loc", ()) if part != "body") or "body"
        for p in problems[:5]
    )
    return JSONResponse({"error": code, "detail": f"{where} {what}"}, status_code=422)


def create_app(platform: Platform | None) -> FastAPI:
    """The ASGI application of one platform process (``None``: routes only, for the schema)."""
    app = FastAPI(
        title="SealDesk platform",
        version="1",
        description="Reference e-signing platform: evidence ledger (RFC 9162 Merkle log per "
        "organisation), SMS and face intent checks, certificate issuance, the CA's CRL and OCSP "
        "responder, the "
        "seal-custody mailbox.  "
        "Wire format: server/PROTOCOL.md.",
    )
    app.state.platform = platform
    app.add_middleware(BodyLimit)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers())

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation_answer(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return JSONResponse({"error": code, "detail": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _bug(_request: Request, exc: Exception) -> JSONResponse:
        log.error("request failed", exc_info=exc)
        return JSONResponse({"error": "internal", "detail": "internal error"}, status_code=500)

    @app.post("/v1/devices", status_code=201, response_model=m.DeviceAnswer, responses=ERRORS)
    def register_device(body: m.DeviceRequest, request: Request) -> Any:
        """Enrol a device with an organisation's one-time enrolment token."""
        device = _platform(request).register_device(
            body.enrolment_token, body.certificate, body.label
        )
        answer = {"device_id": device.device_id, "org_id": device.org_id}
        return JSONResponse(answer, status_code=201)

    @app.post("/v1/evidence", response_model=m.EvidenceAnswer, responses=ERRORS)
    def append_evidence(body: m.EvidenceRequest, request: Request, caller: Caller) -> Any:
        """Append a batch of event fingerprints; a receipt with an inclusion proof for each."""
        events = [EventIn(e.event_id, e.sha256, e.sm3, e.type, e.at) for e in body.events]
        ledger = _platform(request).ledger
        return JSONResponse(ledger.append(caller.org_id, caller.device_id, events))

    @app.get("/v1/log/key", response_model=m.LogKeyAnswer, responses=ERRORS)
    def log_key(request: Request, caller: Caller) -> Any:
        """The log key that signs tree heads and attestations."""
        key = _platform(request).key
        return JSONResponse({"log_id": key.log_id, "public_key": key.public_pem})

    @app.get("/v1/log/sth", response_model=m.TreeHead, responses=ERRORS)
    def tree_head(request: Request, caller: Caller) -> Any:
        """The latest signed tree head of the caller's organisation."""
        return JSONResponse(_platform(request).ledger.tree_head(caller.org_id))

    @app.get("/v1/log/consistency", response_model=m.ConsistencyAnswer, responses=ERRORS)
    def consistency(
        request: Request,
        caller: Caller,
        first: Annotated[int, Query(ge=0)],
        second: Annotated[int, Query(ge=0)],
    ) -> Any:
        """Consistency proof between two tree sizes (RFC 9162 §2.1.4)."""
        proof = _platform(request).ledger.consistency(caller.org_id, first, second)
        return JSONResponse({"first": first, "second": second, "proof": proof})

    @app.get("/v1/log/inclusion", response_model=m.InclusionAnswer, responses=ERRORS)
    def inclusion(
        request: Request,
        caller: Caller,
        event_id: Annotated[str, Query(pattern=r"^[0-9a-f]{32}:[1-9][0-9]{0,15}$")],
        tree_size: Annotated[int | None, Query(ge=1)] = None,
    ) -> Any:
        """Inclusion proof of one event (default: against the latest tree head)."""
        return JSONResponse(_platform(request).ledger.inclusion(caller.org_id, event_id, tree_size))

    @app.post("/v1/intent/sms", status_code=201, response_model=m.ChallengeAnswer,
              responses=ERRORS)
    def sms_challenge(body: m.SmsRequest, request: Request, caller: Caller) -> Any:
        """Send a one-time code to a registered signer, bound to a document fingerprint."""
        answer = _platform(request).sms.create(caller, body.signer_id, body.document_sha256)
        return JSONResponse(answer, status_code=201)

    @app.post("/v1/intent/sms/{challenge_id}/resend", response_model=m.ChallengeAnswer,
              responses=ERRORS)
    def sms_resend(challenge_id: ChallengeId, request: Request, caller: Caller) -> Any:
        """A new code for a pending challenge, after the cool-down."""
        return JSONResponse(_platform(request).sms.resend(caller, challenge_id))

    @app.post("/v1/intent/sms/{challenge_id}/verify", response_model=m.VerifyAnswer,
              responses=ERRORS)
    def sms_verify(
        challenge_id: ChallengeId, body: m.CodeRequest, request: Request, caller: Caller
    ) -> Any:
        """Check a code; a signed intent attestation when it is right."""
        return JSONResponse(_platform(request).sms.verify(caller, challenge_id, body.code))

    @app.post("/v1/intent/face", response_model=m.FaceAnswer, responses=ERRORS)
    def face_check(body: m.FaceRequest, request: Request, caller: Caller) -> Any:
        """Face check through the configured provider; the image is never kept."""
        return JSONResponse(_platform(request).face.check(
            caller, body.signer_id, body.document_sha256, body.consent_ref, body.image
        ))

    @app.post("/v1/certificates", status_code=201, response_model=m.CertificateAnswer,
              responses=ERRORS)
    def issue_certificate(body: m.CertificateRequest, request: Request, caller: Caller) -> Any:
        """Issue a signing certificate for a registered signer after a verified SMS check."""
        answer = _platform(request).issuance.issue(caller, body.csr, body.signer_id, body.intent,
                                                   public_base(request))
        return JSONResponse(answer, status_code=201)

    from server.ca_api import router as ca
    from server.custody_api import router as custody  # its routes need Caller from here

    app.include_router(ca)
    app.include_router(custody)
    return app
