"""``vault check``: is every byte of the vault what SealDesk wrote?

Four layers, each reporting the exact place of the first problem it finds:

* **cipher**: ``PRAGMA cipher_integrity_check`` — the HMAC of every database page (a byte
  changed in ``vault.db`` is reported with its page number), then SQLite's
  ``integrity_check`` for the structure;
* **chain**: the evidence walk (:func:`app.evidence.chain.verify`), first broken link by
  sequence number — catches rows edited with the key;
* **documents**: every active document's blob is present and authenticates chunk by chunk
  under its own key, every document has its ``contract_added`` event with the same
  fingerprint, every tombstone its ``destroyed`` event, no blob lacks a document;
* **audit**: the audit log's hash chain, first broken link by sequence number;
* **receipts**: every platform receipt kept by the sync still verifies offline against its
  event and its signed tree head (:func:`app.sync.stored.verify_stored`); a failure is reported
  with the event's sequence number.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.evidence import chain
from app.evidence.chain import ChainBreak
from app.vault import audit, documents
from crypto import errors

if TYPE_CHECKING:
    from app.vault.vault import Vault


@dataclass
class CheckReport:
    """Findings of one check; ``ok`` only when every layer is clean."""

    cipher_errors: list[str] = field(default_factory=list)
    chain: chain.ChainReport | None = None
    document_problems: list[dict[str, str]] = field(default_factory=list)
    documents_checked: int = 0
    audit_break: ChainBreak | None = None
    receipts_checked: int = 0
    receipt_failures: dict[int, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return (
            not self.cipher_errors
            and self.chain is not None
            and self.chain.ok
            and not self.document_problems
            and self.audit_break is None
            and not self.receipt_failures
        )

    def to_json(self) -> dict[str, Any]:
        """The stable ``vault check --json`` document."""
        return {
            "schema": "sealdesk.vault-check/1",
            "ok": self.ok,
            "cipher": {"ok": not self.cipher_errors, "errors": self.cipher_errors},
            "chain": self.chain.to_json() if self.chain else None,
            "documents": {
                "checked": self.documents_checked,
                "problems": self.document_problems,
            },
            "audit": {
                "ok": self.audit_break is None,
                "broken": self.audit_break.to_json() if self.audit_break else None,
            },
            "receipts": {
                "checked": self.receipts_checked,
                "ok": not self.receipt_failures,
                "failed": [
                    {"seq": seq, "problem": problem}
                    for seq, problem in sorted(self.receipt_failures.items())
                ],
            },
        }


def check_vault(vault: Vault) -> CheckReport:
    """Run every layer; a damaged layer does not stop the others."""
    report = CheckReport()
    report.cipher_errors = vault.db.call(_cipher_errors)
    if report.cipher_errors:
        return report  # the rest would read damaged pages
    report.chain = vault.db.call(chain.verify)
    _check_documents(vault, report)
    report.audit_break = vault.db.call(audit.verify)
    _check_receipts(vault, report)
    outcome = "ok" if report.ok else "problems"
    vault.db.transaction(lambda conn: audit.record(conn, vault.actor, "check", None, outcome))
    return report


def _check_receipts(vault: Vault, report: CheckReport) -> None:
    from app.sync.stored import verify_stored

    stored = verify_stored(vault)
    report.receipts_checked = stored.checked
    report.receipt_failures = dict(stored.failed)


def _cipher_errors(conn: Any) -> list[str]:
    found = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    if found:
        return found
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except Exception as exc:  # the driver's own error for a structure it cannot read
        return [f"integrity_check: {exc}"]
    return [] if rows == ["ok"] else rows


def _check_documents(vault: Vault, report: CheckReport) -> None:
    def load(conn: Any) -> tuple[list[documents.DocumentRecord], dict[str, dict[str, str]]]:
        docs = documents.listing(conn, include_destroyed=True)
        marks: dict[str, dict[str, str]] = {}
        for type_ in ("contract_added", "destroyed"):
            rows = conn.execute(
                "SELECT document_id, body FROM evidence WHERE type = ?", (type_,)
            ).fetchall()
            for doc_id, body in rows:
                data = json.loads(body).get("data", {})
                marks.setdefault(str(doc_id), {})[type_] = str(data.get("sha256"))
        return docs, marks

    docs, marks = vault.db.call(load)
    problems = report.document_problems
    for doc in docs:
        report.documents_checked += 1
        seen = marks.get(doc.id, {})
        if seen.get("contract_added") != doc.sha256:
            problems.append({"id": doc.id, "problem": "no contract_added event with its SHA-256"})
        if doc.destroyed:
            if seen.get("destroyed") != doc.sha256:
                problems.append({"id": doc.id, "problem": "destroyed without a destroyed event"})
            continue
        problem = _blob_problem(vault, doc)
        if problem:
            problems.append({"id": doc.id, "problem": problem})
    known = {d.id for d in docs if not d.destroyed}
    for stray in sorted(vault.blobs.document_ids() - known):
        problems.append({"id": stray, "problem": "blob without a document"})


def _blob_problem(vault: Vault, doc: documents.DocumentRecord) -> str | None:
    try:
        key = vault.db.call(lambda conn: documents.document_key(conn, doc.id))
        digest, size = hashlib.sha256(), 0
        for chunk in vault.blobs.read(doc.id, key):
            digest.update(chunk)
            size += len(chunk)
    except errors.VaultTampered as exc:
        return str(exc.params.get("detail", exc))
    if size != doc.size or digest.hexdigest() != doc.sha256:
        return "blob decrypts to content with another SHA-256"
    return None
