"""Request files (``.sealreq``): a request and its decision carried between vaults.

A request file is a zip holding nothing but JSON: ``request.json`` (the signed request
envelope) and, once decided, ``decision.json`` (the signed decision), each in canonical form.
Importing verifies both signatures offline and checks them against the importing vault's own
seal registry (who may request, who may approve).  A file that brings nothing new (replayed),
that contradicts what the vault holds (a request id reused with other content, another
decision), or that has anything else inside is refused and changes nothing.  Requests fetched
from the platform's mailbox (:mod:`app.custody.mailbox`) go through the same checks.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.atomic import atomic_output
from app.custody.errors import RequestFileInvalid, RequestReplayed
from app.custody.requests import (
    KIND_DECISION,
    KIND_REQUEST,
    SealRequest,
    get_request,
    insert_decision,
    insert_request,
    load_request,
    state_text,
)
from app.custody.signed import SignedObject, verify_envelope
from app.evidence.events import parse_canonical
from crypto import errors
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault import Vault

SUFFIX = ".sealreq"
REQUEST_NAME = "request.json"
DECISION_NAME = "decision.json"
MAX_ENTRY_BYTES = 1 << 20


@dataclass(frozen=True)
class ImportResult:
    """What an import added."""

    request: SealRequest
    request_added: bool
    decision_added: bool


def export_request(vault: Vault, ident: str, target: Path, *, overwrite: bool = False) -> Path:
    """Write a request (and its decision, if any) as a request file, atomically."""
    request = get_request(vault, ident)
    with atomic_output(target, overwrite=overwrite) as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(_info(REQUEST_NAME), request.request.canonical)
            if request.decision is not None:
                zf.writestr(_info(DECISION_NAME), request.decision.canonical)
    return target


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # reproducible files
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def read_request_file(path: Path) -> tuple[SignedObject, SignedObject | None]:
    """The verified request and decision in a request file (nothing else is accepted)."""
    label = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = [i.filename for i in zf.infolist()]
            if REQUEST_NAME not in names or not set(names) <= {REQUEST_NAME, DECISION_NAME} \
                    or len(names) != len(set(names)):
                raise RequestFileInvalid(
                    path=label, detail=Text("it must hold request.json (and decision.json) only")
                )
            for info in zf.infolist():
                if info.file_size > MAX_ENTRY_BYTES:
                    raise RequestFileInvalid(path=label, detail=Text("an entry is too large"))
            raw = {name: zf.read(name) for name in names}
    except FileNotFoundError as exc:
        raise errors.InputError(path=label, what="{path} does not exist.") from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise RequestFileInvalid(path=label, detail=Text("it is not a request file")) from exc
    return verify_contents(raw[REQUEST_NAME], raw.get(DECISION_NAME), label)


def verify_contents(
    request_json: bytes, decision_json: bytes | None, label: str
) -> tuple[SignedObject, SignedObject | None]:
    """The verified request and decision of a request file's two entries (from a file, or
    from the platform's mailbox: the same checks either way)."""
    request = verify_envelope(_parse(request_json, label), KIND_REQUEST)
    decision = None
    if decision_json is not None:
        decision = verify_envelope(_parse(decision_json, label), KIND_DECISION)
    return request, decision


def _parse(data: bytes, label: str) -> Any:
    try:
        return parse_canonical(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RequestFileInvalid(path=label, detail=Text("its JSON is not canonical")) from exc


def import_request(vault: Vault, path: Path) -> ImportResult:
    """Add a request file's request and/or decision to the vault (one transaction)."""
    request, decision = read_request_file(path)
    return import_verified(vault, request, decision, str(path))


def import_verified(
    vault: Vault,
    request: SignedObject,
    decision: SignedObject | None,
    label: str,
    *,
    also: Callable[[Any], None] | None = None,
) -> ImportResult:
    """Add a verified request and/or decision after the registry, replay and conflict checks
    (one transaction; ``also(conn)`` runs in it once something was added)."""

    def apply(conn: Any) -> ImportResult:
        ident = str(request.payload.get("id", ""))
        row = conn.execute(
            "SELECT request_sha256, decision_sha256 FROM custody_requests WHERE id = ?", (ident,)
        ).fetchone()
        added_request = row is None
        if row is None:
            held = insert_request(conn, request, "import")
        elif row[0] != request.sha256:
            raise RequestFileInvalid(
                path=label, detail=Text("a different request with the same id is already here")
            )
        else:
            held = load_request(conn, ident)
        added_decision = False
        if decision is not None:
            if held.decision is None:
                held = insert_decision(conn, held, decision)
                added_decision = True
            elif held.decision.sha256 != decision.sha256:
                raise RequestFileInvalid(
                    path=label, detail=Text("the request was already decided differently")
                )
        if not (added_request or added_decision):
            raise RequestReplayed(path=label, detail=Text("request {ident} is here, {state}",
                                                          ident=ident[:12],
                                                          state=state_text(held.state)))
        if also is not None:
            also(conn)
        return ImportResult(held, added_request, added_decision)

    return vault.db.transaction(apply)
