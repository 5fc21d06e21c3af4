"""Archiving a PDF: what its signatures say (signers, times) and the archive step itself.

Used by ``vault add`` (an existing signed PDF, origin ``import``) and by ``sign --vault``
(a file signed in this run, origin ``sign``, with its intent and signature events).  The
signatures are only *read* here — who signed, with which certificate, at which claimed or
timestamped time — for the listing and the evidence page; judging them is the review engine's
work.  Signer entries carry certificate identities (subject, issuer, serial, SHA-256 of the
certificate), which the evidence needs; they are dropped from a destroyed document's row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.evidence.events import EventDraft
from app.vault.documents import NewDocument
from crypto import errors

if TYPE_CHECKING:
    from app.vault.vault import ArchiveResult, Vault

log = logging.getLogger(__name__)


def _utc(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(value)  # pragma: no cover - pyHanko gives datetimes


def read_signers(path: Path, *, strict: bool = False) -> list[dict[str, Any]]:
    """Who signed ``path`` (one entry per signature, oldest first); [] when unsigned.

    ``strict``: a PDF that cannot be parsed is refused (DamagedPdf) instead of being
    archived without signers.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    out: list[dict[str, Any]] = []
    try:
        with open(path, "rb") as fh:
            reader = PdfFileReader(fh, strict=False)
            for sig in reader.embedded_signatures:
                out.append(_signer_entry(sig))
    except OSError as exc:
        raise errors.InputError(path=str(path)) from exc
    except Exception as exc:  # pyHanko's parse errors have no common base we can rely on
        if strict:
            raise errors.DamagedPdf(path=str(path), detail=str(exc)) from exc
        log.info("could not read the signatures of %s (%s)", path, exc)
    return out


def _signer_entry(sig: Any) -> dict[str, Any]:
    cert = sig.signer_cert
    try:
        timestamp = _signature_timestamp(sig.signer_info)
    except Exception:  # a malformed token is the review engine's business, not the archive's
        log.info("unreadable signature timestamp in field %s", sig.field_name, exc_info=True)
        timestamp = None
    return {
        "field": sig.field_name,
        "subject": str(cert.subject.human_friendly),
        "issuer": str(cert.issuer.human_friendly),
        "serial": format(cert.serial_number, "x"),
        "certificate_sha256": hashlib.sha256(cert.dump()).hexdigest(),
        "claimed_time": _utc(sig.self_reported_timestamp),
        "timestamp": timestamp,
    }


def _signature_timestamp(signer_info: Any) -> dict[str, Any] | None:
    """Time and authority of the RFC 3161 signature timestamp, read (not validated)."""
    attrs = signer_info["unsigned_attrs"]
    if not attrs:
        return None
    for attr in attrs:
        if attr["type"].native != "signature_time_stamp_token":
            continue
        signed_data = attr["values"][0]["content"]
        tst_info = signed_data["encap_content_info"]["content"].parsed
        sid = signed_data["signer_infos"][0]["sid"].chosen
        authority = None
        for choice in signed_data["certificates"]:
            tsa_cert = choice.chosen
            if tsa_cert.serial_number == sid["serial_number"].native:
                authority = str(tsa_cert.subject.human_friendly)
        return {"time": _utc(tst_info["gen_time"].native), "authority": authority}
    return None


def signed_at(signers: Sequence[dict[str, Any]]) -> str | None:
    """When the newest signature was made: its timestamp, else the time it claims."""
    if not signers:
        return None
    last = signers[-1]
    stamped = last.get("timestamp") or {}
    return stamped.get("time") or last.get("claimed_time")


def _check_pdf(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise errors.InputError(path=str(path)) from exc
    if b"%PDF-" not in head:
        raise errors.NotAPdf(path=str(path))


def import_pdf(vault: Vault, path: Path) -> ArchiveResult:
    """``vault add``: archive a PDF as it is, with a ``contract_added`` event."""
    _check_pdf(path)
    signers = read_signers(path, strict=True)
    doc = NewDocument(
        name=path.name, origin="import", signed_at=signed_at(signers), signers=signers
    )
    return vault.archive_file(path, doc)


def signing_drafts(
    signers: Sequence[dict[str, Any]], level: str, intent: str, tsa_url: str | None
) -> list[EventDraft]:
    """Evidence of a signing done here: intent checked, certificate used, signature applied."""
    if not signers:
        return []
    last = signers[-1]
    cert = {
        "subject": last["subject"],
        "issuer": last["issuer"],
        "serial": last["serial"],
        "sha256": last["certificate_sha256"],
    }
    applied: dict[str, Any] = {
        "field": last["field"],
        "level": level,
        "certificate": cert,
        "claimed_time": last["claimed_time"],
    }
    if last.get("timestamp"):
        applied["timestamp"] = dict(last["timestamp"], url=tsa_url)
    return [
        EventDraft("intent_checked", {"method": intent, "certificate_sha256": cert["sha256"]}),
        EventDraft("certificate_used", {"certificate": cert, "purpose": "document signature"}),
        EventDraft("signature_applied", applied),
    ]


def archive_signed(
    vault: Vault,
    output: Path,
    *,
    source_sha256: str | None,
    level: str,
    intent: str,
    tsa_url: str | None,
    on_commit: Callable[[Any, ArchiveResult], None] | None = None,
) -> ArchiveResult:
    """``sign --vault``: archive a file just signed, with its evidence, in one transaction
    (``on_commit(conn, result)``: a feature's rows in that same transaction)."""
    signers = read_signers(output)
    doc = NewDocument(
        name=output.name,
        origin="sign",
        signed_at=signed_at(signers),
        signers=signers,
        source_sha256=source_sha256,
    )
    return vault.archive_file(output, doc, signing_drafts(signers, level, intent, tsa_url),
                              on_commit)
