"""Checking what the platform answers: signed tree heads, receipts and their proofs.

Nothing the platform says is stored before it is checked here (PROTOCOL.md, evidence ledger):

* a signed tree head (STH) carries a valid ECDSA P-256 signature by the pinned log key over the
  canonical JSON of its other fields, names that key's ``log_id`` and our organisation;
* a receipt's leaf is exactly the leaf our event makes (device, event id, fingerprints, type,
  time), and its inclusion proof leads from that leaf to the STH's root;
* a new STH is consistent with the last one kept (a consistency proof, RFC 9162 §2.1.4), so a
  forked or rewritten log is noticed.

Every failure is a :class:`~app.sync.errors.ReceiptRejected` naming what did not hold.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from app.evidence.events import Event
from app.sync.errors import ReceiptRejected
from crypto import merkle
from crypto.errors import Text
from crypto.jcs import canonical_json

STH_SIGNED_FIELDS = ("org_id", "tree_size", "root_hash", "timestamp", "log_id")


def event_id(vault_id: str, seq: int) -> str:
    """The platform's id of one of our events: ``<vault_id>:<seq>``."""
    return f"{vault_id}:{seq}"


def wire_event(vault_id: str, event: Event) -> dict[str, Any]:
    """What leaves the machine for one event: fingerprints, type and time, nothing else."""
    return {
        "event_id": event_id(vault_id, event.seq),
        "sha256": event.sha256,
        "sm3": event.sm3,
        "type": event.type,
        "at": event.at,
    }


def expected_leaf(device_id: str, vault_id: str, event: Event) -> dict[str, Any]:
    """The leaf object the platform must have appended for ``event``."""
    return {"device": device_id, **wire_event(vault_id, event)}


@dataclass(frozen=True)
class LogKey:
    """The platform's log key, pinned at registration."""

    log_id: str
    public_key: ec.EllipticCurvePublicKey

    @classmethod
    def from_json(cls, doc: Any) -> LogKey:
        """Parse ``GET /v1/log/key``; the log id must be the SHA-256 of the key's SPKI."""
        if not isinstance(doc, dict):
            raise ReceiptRejected(detail=Text("the log key answer is not an object"))
        try:
            key = serialization.load_pem_public_key(str(doc["public_key"]).encode("ascii"))
        except (KeyError, ValueError, UnicodeEncodeError):
            raise ReceiptRejected(detail=Text("the log key is not a PEM public key")) from None
        if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
            raise ReceiptRejected(detail=Text("the log key is not an ECDSA P-256 key"))
        spki = key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        log_id = hashlib.sha256(spki).hexdigest()
        if doc.get("log_id") != log_id:
            raise ReceiptRejected(detail=Text("the log id does not name the log key"))
        return cls(log_id, key)

    def to_json(self) -> dict[str, str]:
        """The pinned form kept in the vault."""
        pem = self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return {"log_id": self.log_id, "public_key": pem.decode("ascii")}


@dataclass(frozen=True)
class TreeHead:
    """A signed tree head whose fields have the right shapes (not yet its signature)."""

    org_id: str
    tree_size: int
    root_hash: bytes
    log_id: str
    doc: dict[str, Any]

    @classmethod
    def from_json(cls, doc: Any) -> TreeHead:
        """Check the shape of an STH object."""
        if not isinstance(doc, dict):
            raise ReceiptRejected(detail=Text("the tree head is not an object"))
        size, root, org, log_id = (
            doc.get(k) for k in ("tree_size", "root_hash", "org_id", "log_id")
        )
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ReceiptRejected(detail=Text("the tree head has no valid size"))
        if not (isinstance(org, str) and isinstance(log_id, str)):
            raise ReceiptRejected(detail=Text("the tree head names no organisation or log"))
        if not isinstance(doc.get("timestamp"), str) or not isinstance(doc.get("signature"), str):
            raise ReceiptRejected(detail=Text("the tree head has no timestamp or signature"))
        kept = {k: doc[k] for k in (*STH_SIGNED_FIELDS, "signature")}
        if isinstance(doc.get("timestamp_token"), str):
            kept["timestamp_token"] = doc["timestamp_token"]
        return cls(org, size, _hash(root, Text("tree head root")), log_id, kept)

    def verify(self, key: LogKey, org_id: str) -> None:
        """The signature is the pinned log key's, over this head, for our organisation."""
        if self.log_id != key.log_id:
            raise ReceiptRejected(detail=Text("the tree head is signed by another log"))
        if self.org_id != org_id:
            raise ReceiptRejected(detail=Text("the tree head is for another organisation"))
        try:
            signature = base64.b64decode(self.doc["signature"], validate=True)
            signed = canonical_json({k: self.doc[k] for k in STH_SIGNED_FIELDS})
            key.public_key.verify(signature, signed, ec.ECDSA(hashes.SHA256()))
        except (InvalidSignature, binascii.Error, ValueError):
            raise ReceiptRejected(detail=Text("the tree head's signature is not valid")) from None


def verify_receipt(receipt: Any, leaf: dict[str, Any], head: TreeHead) -> None:
    """The receipt is for ``leaf`` and its inclusion proof leads to the head's root."""
    if not isinstance(receipt, dict):
        raise ReceiptRejected(detail=Text("a receipt is not an object"))
    if receipt.get("event_id") != leaf["event_id"]:
        raise ReceiptRejected(detail=Text("a receipt is for another event"))
    if receipt.get("leaf") != leaf:
        raise ReceiptRejected(
            detail=Text(
                "the receipt for {event_id} does not hold our fingerprints",
                event_id=leaf["event_id"],
            )
        )
    index, size = receipt.get("leaf_index"), receipt.get("tree_size")
    if size != head.tree_size or not isinstance(index, int) or isinstance(index, bool):
        raise ReceiptRejected(detail=Text("a receipt does not match its tree head"))
    proof = _hashes(receipt.get("inclusion_proof"))
    leaf_hash = merkle.leaf_hash(canonical_json(leaf))
    if not merkle.verify_inclusion(leaf_hash, index, head.tree_size, proof, head.root_hash):
        raise ReceiptRejected(
            detail=Text("the inclusion proof for {event_id} is wrong", event_id=leaf["event_id"])
        )


def verify_consistency(old: TreeHead, new: TreeHead, proof_doc: Any) -> None:
    """``new`` extends ``old`` (or the other way round): one log, not a fork."""
    first, second = sorted((old, new), key=lambda h: h.tree_size)
    if first.tree_size == second.tree_size:
        if first.root_hash != second.root_hash:
            raise ReceiptRejected(detail=Text("two tree heads of one size differ: the log forked"))
        return
    if not isinstance(proof_doc, dict) or (proof_doc.get("first"), proof_doc.get("second")) != (
        first.tree_size,
        second.tree_size,
    ):
        raise ReceiptRejected(detail=Text("the consistency proof is for other tree sizes"))
    proof = _hashes(proof_doc.get("proof"))
    if not merkle.verify_consistency(
        first.tree_size, second.tree_size, first.root_hash, second.root_hash, proof
    ):
        raise ReceiptRejected(
            detail=Text("the new tree head is not consistent with the one kept: the log forked")
        )


def _hash(value: Any, what: Text) -> bytes:
    if not isinstance(value, str) or len(value) != 64 or value != value.lower():
        raise ReceiptRejected(detail=Text("{what} is not a SHA-256 hex", what=what))
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise ReceiptRejected(detail=Text("{what} is not a SHA-256 hex", what=what)) from None


def _hashes(values: Any) -> Sequence[bytes]:
    if not isinstance(values, list):
        raise ReceiptRejected(detail=Text("a proof is not a list"))
    return [_hash(v, Text("a proof hash")) for v in values]
