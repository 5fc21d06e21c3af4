"""Export for legal: one contract, its evidence page and its evidence events in a zip.

Format ``sealdesk.export/1`` (documented in docs/vault.md and in the zip's README.txt)::

    manifest.json      what is inside: the document's fingerprints and signers, each file's
                       SHA-256 (and SM3), the event range and the chain head at export time
    document.pdf       the signed contract, exactly as archived
    evidence-page.pdf  the signing evidence page (签约存证页), signed by the vault's client key
    events.jsonl       the evidence chain from this document's first event up to and including
                       the ``exported`` event: one canonical JSON body per line (RFC 8785);
                       SHA-256 of a line (without its newline) is that event's fingerprint and
                       the next line's ``prev``
    verify.py          a verifier using only Python's standard library
    README.txt         how to verify by hand (sha256sum, any JCS library)

Events between the document's own that concern other documents are included whole so the
links can be checked; they carry only ids, fingerprints and times of those documents (events
never hold names, content or personal data).  The export itself is chained (``exported``)
and audited before the zip is written.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.atomic import atomic_output
from app.evidence import chain
from app.evidence.events import Event, EventDraft
from app.vault import audit, documents
from app.vault.destroy import require_active

if TYPE_CHECKING:
    from app.vault.vault import Vault

EXPORT_FORMAT = "sealdesk.export/1"


def _exported_events(vault: Vault, record: documents.DocumentRecord) -> list[Event]:
    def commit(conn: Any) -> list[Event]:
        own = chain.events_for(conn, record.id)
        data = {"sha256": record.sha256, "format": EXPORT_FORMAT}
        event = chain.append(conn, EventDraft("exported", data, record.id))
        audit.record(conn, vault.actor, "export", record.id)
        first = own[0].seq if own else event.seq
        return chain.events_between(conn, first, event.seq)

    return vault.db.transaction(commit)


def _digests(data: bytes) -> dict[str, str]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "sm3": hashlib.new("sm3", data).hexdigest()}


def export_document(
    vault: Vault, ident: str, out: Path, *, overwrite: bool = False
) -> dict[str, Any]:
    """Write the export zip for one document; returns its manifest."""
    record = vault.document(ident)
    require_active(record)
    if out.exists() and not overwrite:
        from crypto import errors

        raise errors.OutputExists(path=str(out))
    page = _evidence_page(vault, record)  # chained before the export, so it is in the zip
    events = _exported_events(vault, record)
    jsonl = b"".join(e.body + b"\n" for e in events)
    files: dict[str, dict[str, str]] = {"events.jsonl": _digests(jsonl)}
    with atomic_output(out, overwrite=overwrite) as fh, zipfile.ZipFile(
        fh, "w", zipfile.ZIP_DEFLATED
    ) as zf:
        sha256, sm3, size = hashlib.sha256(), hashlib.new("sm3"), 0
        with zf.open("document.pdf", "w", force_zip64=True) as member:
            for chunk in vault.read_document(record.id):
                member.write(chunk)
                sha256.update(chunk)
                sm3.update(chunk)
                size += len(chunk)
        files["document.pdf"] = {"sha256": sha256.hexdigest(), "sm3": sm3.hexdigest()}
        zf.writestr("evidence-page.pdf", page)
        files["evidence-page.pdf"] = _digests(page)
        zf.writestr("events.jsonl", jsonl)
        for name in ("verify.py", "README.txt"):
            data = _bundled(name)
            zf.writestr(name, data)
            files[name] = _digests(data)
        manifest = {
            "format": EXPORT_FORMAT,
            "vault": vault.header.vault_id,
            "id": record.id,
            "document": {
                "name": record.name,
                "sha256": record.sha256,
                "sm3": record.sm3,
                "size": record.size,
                "signed_at": record.signed_at,
                "added_at": record.added_at,
                "signers": record.signers,
            },
            "files": files,
            "events": {
                "file": "events.jsonl",
                "first_seq": events[0].seq,
                "last_seq": events[-1].seq,
                "head_sha256": events[-1].sha256,
                "head_sm3": events[-1].sm3,
                "document_seqs": [e.seq for e in events if e.document == record.id],
            },
            "exported_at": events[-1].at,
        }
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    if files["document.pdf"]["sha256"] != record.sha256 or size != record.size:
        out.unlink(missing_ok=True)
        from crypto import errors

        raise errors.VaultTampered(detail=errors.Text("the archived document changed"))
    return manifest


def _evidence_page(vault: Vault, record: documents.DocumentRecord) -> bytes:
    """The signed evidence page, issued (and chained) now."""
    from app.evidence.page import issue_evidence_page

    return issue_evidence_page(vault, record.id)


def _bundled(name: str) -> bytes:
    return resources.files("resources").joinpath("export", name).read_bytes()
