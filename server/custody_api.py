"""Routes of the seal-custody mailbox (PROTOCOL.md, "Seal custody"); the work is in
:mod:`server.custody`.  Registered by :func:`server.api.create_app`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from server import models as m
from server.api import ERRORS, Caller, _platform

router = APIRouter()
RequestId = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]


@router.post("/v1/custody/requests", status_code=201, response_model=m.CustodyPostAnswer,
             responses={200: {"model": m.CustodyPostAnswer,
                              "description": "nothing new, or a decision added"}, **ERRORS})
def post_request(body: m.CustodyPost, request: Request, caller: Caller) -> Any:
    """Keep a request file's content for the caller's organisation (201: a new request)."""
    answer = _platform(request).custody.post(caller, body.request, body.decision)
    return JSONResponse(answer, status_code=201 if answer["request_added"] else 200)


@router.get("/v1/custody/requests", response_model=m.CustodyList, responses=ERRORS)
def list_requests(
    request: Request,
    caller: Caller,
    since: Annotated[int, Query(ge=0, le=2**53 - 1)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 100,
) -> Any:
    """The organisation's requests changed after the cursor ``since``, oldest change first."""
    return JSONResponse(_platform(request).custody.changes(caller, since, limit))


@router.get("/v1/custody/requests/{request_id}", response_model=m.CustodyEntry,
            responses=ERRORS)
def get_request(request_id: RequestId, request: Request, caller: Caller) -> Any:
    """One request of the caller's organisation, with its decision if any."""
    return JSONResponse(_platform(request).custody.get(caller, request_id))
