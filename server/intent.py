"""Intent attestations: the platform's signed word that a signer proved intent for a document."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from server import tables as t
from server.keys import LogKey
from server.orgs import Device
from server.timefmt import format_time


def attest(
    conn: Connection,
    key: LogKey,
    device: Device,
    *,
    challenge_id: str,
    signer_id: str,
    document_sha256: str,
    method: str,
    now: float,
    consent_ref: str | None = None,
) -> dict[str, Any]:
    """Sign and keep an attestation (same transaction as the check it records)."""
    body: dict[str, Any] = {
        "challenge_id": challenge_id,
        "signer_id": signer_id,
        "document_sha256": document_sha256,
        "method": method,
        "verified_at": format_time(now),
        "log_id": key.log_id,
    }
    body["signature"] = key.sign(body)
    conn.execute(
        t.attestations.insert().values(
            challenge_id=challenge_id,
            org_id=device.org_id,
            device_id=device.device_id,
            signer_id=signer_id,
            document_sha256=document_sha256,
            method=method,
            consent_ref=consent_ref,
            verified_at=body["verified_at"],
            signature=body["signature"],
        )
    )
    return body
