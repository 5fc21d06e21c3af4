"""Applying a seal (用印): the custodian signs the approved documents and nothing else.

Every given file must match, byte for byte, a document the approval names (SHA-256 and SM3);
one that does not is refused before anything is signed.  The approved bytes are copied into a
private staging folder and signed from there with the seal's bound key at PAdES B-B (a USB key
alone is enough), so a file changed during signing cannot slip in.  Each signed file is
archived in the vault in one transaction with its evidence (``signature_applied`` …,
``seal.applied`` carrying the request's and approval's fingerprints), its ledger row and its
entry in the offline queue; only then is the user's copy written.  A rerun skips what the
ledger already holds (and restores a missing copy from the vault).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.atomic import atomic_output
from app.custody import event_types
from app.custody.errors import CustodyError, DocumentNotApproved, RequestState
from app.custody.placement import seal_placement
from app.custody.queue import enqueue
from app.custody.registry import Seal, find_seal
from app.custody.requests import SealRequest, file_fingerprints, load_request, state_text
from app.custody.signed import certificate_sha256
from app.evidence.events import EventDraft, utc_now
from crypto import errors
from crypto.errors import Text

if TYPE_CHECKING:
    from app.signing.batch import FileResult
    from app.vault import Vault
    from app.vault.vault import ArchiveResult
    from crypto.tokens.base import Interaction


@dataclass
class SealedFile:
    """What happened to one file given to :func:`apply_seal`."""

    source: Path
    output: Path
    status: str  # sealed | skipped (sealed by an earlier run) | failed
    document_sha256: str
    document_id: str | None = None
    error: errors.SealDeskError | None = field(default=None, repr=False)

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form (``error`` as code + English message)."""
        return {
            "input": str(self.source),
            "output": str(self.output),
            "status": self.status,
            "document_sha256": self.document_sha256,
            "document_id": self.document_id,
            "error": self.error.to_json() if self.error else None,
        }


def _match(request: SealRequest, files: Sequence[Path]) -> list[tuple[Path, dict[str, Any]]]:
    """Each file with the approved document it is; refuse any that is not one of them."""
    approved = {d["sha256"]: d for d in request.documents}
    matched: list[tuple[Path, dict[str, Any]]] = []
    for path in files:
        sha, sm3, _ = file_fingerprints(path)
        doc = approved.get(sha)
        if doc is None or doc["sm3"] != sm3:
            raise DocumentNotApproved(
                path=str(path), ident=request.id,
                detail=Text("its fingerprint {sha256} matches no approved document",
                            sha256=sha[:16]),
            )
        matched.append((path, doc))
    return matched


def _sealed_docs(conn: Any, request_id: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT document_sha256, document_id FROM custody_ledger WHERE request_id = ?",
        (request_id,),
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def apply_seal(
    vault: Vault,
    request_ident: str,
    files: Sequence[Path],
    out_dir: Path,
    interaction: Interaction,
    *,
    pin: str | None = None,
    password: bytes | None = None,
    overwrite: bool = False,
) -> list[SealedFile]:
    """Seal the approved ``files`` of a request into ``out_dir`` (see the module text)."""
    request, seal, sealed = vault.db.call(lambda conn: _load(conn, request_ident))
    if request.state not in ("approved", "sealed"):  # sealed: a rerun, skips what is done
        raise RequestState(ident=request.id, state=state_text(request.state), action=Text("sealed"))
    seal.require_valid()
    if not files:
        raise errors.UsageError(detail=Text("name at least one document"))
    matched = _match(request, files)
    out_dir.mkdir(parents=True, exist_ok=True)
    results: list[SealedFile] = []
    todo: list[tuple[SealedFile, dict[str, Any]]] = []
    for path, doc in matched:
        out = out_dir / _signed_name(doc["name"])
        entry = SealedFile(path, out, "failed", doc["sha256"])
        results.append(entry)
        if doc["sha256"] in sealed:
            entry.status, entry.document_id = "skipped", sealed[doc["sha256"]]
            if not out.exists():
                _restore(vault, entry.document_id, out)
            continue
        if out.exists() and not overwrite:
            raise errors.OutputExists(path=str(out))
        todo.append((entry, doc))
    if todo:
        _sign_and_archive(vault, request, seal, todo, interaction, pin, password, overwrite)
    return results


def _load(conn: Any, ident: str) -> tuple[SealRequest, Seal, dict[str, str]]:
    request = load_request(conn, ident)
    return request, find_seal(conn, request.seal_id), _sealed_docs(conn, request.id)


def _signed_name(name: str) -> str:
    from app.signing.batch import signed_name

    return signed_name(Path(Path(name).name or "document.pdf"))


def _sign_and_archive(
    vault: Vault,
    request: SealRequest,
    seal: Seal,
    todo: list[tuple[SealedFile, dict[str, Any]]],
    interaction: Interaction,
    pin: str | None,
    password: bytes | None,
    overwrite: bool,
) -> None:
    from app.signing.batch import FileJob
    from app.signing.runner import SigningRun
    from crypto.pades.engine import SealSpec
    from crypto.pades.options import SignatureLevel, SignOptions

    with tempfile.TemporaryDirectory(prefix="sealdesk-custody-") as tmp:
        staging = Path(tmp)
        jobs = []
        for i, (entry, doc) in enumerate(todo):
            copy = staging / f"{i:04d}.pdf"
            shutil.copyfile(entry.source, copy)
            if file_fingerprints(copy)[0] != doc["sha256"]:  # changed while we copied it
                raise DocumentNotApproved(path=str(entry.source), ident=request.id,
                                          detail=Text("it changed while it was being read"))
            jobs.append(FileJob(copy, staging / f"{i:04d}.signed.pdf"))
        run = SigningRun(
            identity=seal.key_source.identity(pin=pin, password=password),
            options=SignOptions(level=SignatureLevel.B_B),
            seal=SealSpec(placement=seal_placement(request.placement), image_png=seal.image_png),
            workers=0,
        )
        signed = run.execute(jobs, interaction)
        if run.certificate is None or (
            certificate_sha256(run.certificate.certificate) != seal.certificate_sha256
        ):
            raise CustodyError(
                detail=Text("the key opened for the seal {name} is not the one it is bound to",
                            name=seal.name)
            )
        intent = "token_pin" if seal.key_source.pkcs11_uri else "key_file"
        for (entry, doc), result in zip(todo, signed, strict=True):
            _finish(vault, request, seal, entry, doc, result, intent, overwrite)


def _finish(
    vault: Vault,
    request: SealRequest,
    seal: Seal,
    entry: SealedFile,
    doc: dict[str, Any],
    result: FileResult,
    intent: str,
    overwrite: bool,
) -> None:
    from app.vault.documents import NewDocument
    from app.vault.importing import read_signers, signed_at, signing_drafts

    if result.status != "signed" or result.source_sha256 != doc["sha256"]:
        entry.error = result.error or DocumentNotApproved(
            path=str(entry.source), ident=request.id,
            detail=Text("it changed while it was being signed"))
        return
    signers = read_signers(result.output)
    assert request.decision is not None
    custodian = signers[-1]["certificate_sha256"] if signers else seal.certificate_sha256
    applied = {
        "request": request.id,
        "request_sha256": request.request.sha256,
        "approval_sha256": request.decision.sha256,
        "seal": seal.id,
        "document_sha256": doc["sha256"],
        "document_sm3": doc["sm3"],
        "requester_sha256": request.request.signer_sha256,
        "approver_sha256": request.decision.signer_sha256,
        "custodian_sha256": custodian,
    }
    drafts = [*signing_drafts(signers, "B-B", intent, None),
              EventDraft(event_types.SEAL_APPLIED, applied)]
    new = NewDocument(name=entry.output.name, origin="sign", signed_at=signed_at(signers),
                      signers=signers, source_sha256=doc["sha256"])

    def record(conn: Any, archived: ArchiveResult) -> None:
        conn.execute(
            "INSERT INTO custody_ledger (seal_id, request_id, document_sha256, document_sm3, "
            "signed_sha256, document_id, level, requester_sha256, approver_sha256, "
            "custodian_sha256, applied_at) VALUES (?, ?, ?, ?, ?, ?, 'B-B', ?, ?, ?, ?)",
            (seal.id, request.id, doc["sha256"], doc["sm3"], archived.record.sha256,
             archived.record.id, applied["requester_sha256"], applied["approver_sha256"],
             custodian, utc_now()),
        )
        enqueue(conn, archived.record.id)
        left = conn.execute(
            "SELECT COUNT(*) FROM custody_ledger WHERE request_id = ?", (request.id,)
        ).fetchone()[0]
        if left == len(request.documents):
            conn.execute("UPDATE custody_requests SET state = 'sealed' WHERE id = ?",
                         (request.id,))

    archived = vault.archive_file(result.output, new, drafts, on_commit=record)
    entry.document_id = archived.record.id
    with open(result.output, "rb") as src, atomic_output(entry.output, overwrite=overwrite) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    entry.status = "sealed"


def _restore(vault: Vault, document_id: str, out: Path) -> None:
    """Write a sealed document's archived copy back to where the user expects it."""
    with atomic_output(out) as dst:
        for chunk in vault.read_document(document_id):
            dst.write(chunk)
