"""The platform's intent attestation: checked before its SHA-256 goes into ``intent.checked``.

``A = {"challenge_id", "signer_id", "document_sha256", "method", "verified_at", "log_id",
"signature"}``, signed by the platform's log key (pinned at registration, see
:mod:`app.sync.device`) over the canonical JSON of the other fields (PROTOCOL.md).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from app.compliance.errors import PlatformRefused
from app.compliance.intent import attestation_sha256
from app.evidence.events import canonical_json
from app.sync.receipts import LogKey
from crypto.errors import Text

FIELDS = ("challenge_id", "signer_id", "document_sha256", "method", "verified_at", "log_id")


def verify_attestation(doc: Any, key: LogKey, *, method: str, signer_id: str,
                       document_sha256: str) -> str:
    """Check an attestation for this check and return its SHA-256 (PlatformRefused if not)."""
    if not isinstance(doc, dict) or set(doc) != {*FIELDS, "signature"}:
        raise PlatformRefused(detail=Text("the attestation has unexpected fields"))
    expected = {"method": method, "signer_id": signer_id, "document_sha256": document_sha256,
                "log_id": key.log_id}
    for name, value in expected.items():
        if doc.get(name) != value:
            raise PlatformRefused(detail=Text("the attestation names another {field}",
                                              field=name))
    try:
        signature = base64.b64decode(str(doc["signature"]), validate=True)
        signed = canonical_json({k: doc[k] for k in FIELDS})
        key.public_key.verify(signature, signed, ec.ECDSA(hashes.SHA256()))
    except (binascii.Error, ValueError, InvalidSignature):
        raise PlatformRefused(detail=Text("the attestation's signature does not verify")) from None
    return attestation_sha256(doc)
