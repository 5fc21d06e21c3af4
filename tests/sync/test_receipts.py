"""Receipt, proof and tree-head checks against a small log built here with crypto.merkle.

The server's own log is exercised end to end in test_sync_e2e.py; here each check is made to
fail on purpose (tampered leaf, wrong proof, bad signature, other log, fork), cheaply.
"""

from __future__ import annotations

import base64
import hashlib

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from app.evidence.events import EventDraft, seal_event
from app.sync.errors import ReceiptRejected
from app.sync.receipts import (
    LogKey,
    TreeHead,
    expected_leaf,
    verify_consistency,
    verify_receipt,
)
from crypto import merkle
from crypto.jcs import canonical_json

pytestmark = pytest.mark.unit

ORG = "org-1"
AT = "2026-01-31T12:00:00.123456Z"


class Log:
    """A toy platform log: leaves, signed heads, proofs (the hashing is crypto.merkle's)."""

    def __init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        spki = self.key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.log_id = hashlib.sha256(spki).hexdigest()
        self.leaves: list[bytes] = []

    def key_doc(self) -> dict:
        pem = self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return {"log_id": self.log_id, "public_key": pem.decode()}

    def add(self, leaf: dict) -> int:
        self.leaves.append(merkle.leaf_hash(canonical_json(leaf)))
        return len(self.leaves) - 1

    def sth(self, size: int | None = None, org: str = ORG) -> dict:
        size = len(self.leaves) if size is None else size
        fields = {
            "org_id": org,
            "tree_size": size,
            "root_hash": merkle.root(self.leaves[:size]).hex(),
            "timestamp": "2026-11-28T21:09:09.123Z",
            "log_id": self.log_id,
        }
        sig = self.key.sign(canonical_json(fields), ec.ECDSA(hashes.SHA256()))
        return {**fields, "signature": base64.b64encode(sig).decode()}

    def receipt(self, leaf: dict, index: int, size: int | None = None) -> dict:
        size = len(self.leaves) if size is None else size
        proof = merkle.inclusion_proof(index, size, merkle.subtree_from_leaves(self.leaves))
        return {
            "event_id": leaf["event_id"],
            "leaf_index": index,
            "leaf": leaf,
            "tree_size": size,
            "inclusion_proof": [p.hex() for p in proof],
            "duplicate": False,
        }

    def consistency(self, first: int, second: int) -> dict:
        proof = merkle.consistency_proof(first, second, merkle.subtree_from_leaves(self.leaves))
        return {"first": first, "second": second, "proof": [p.hex() for p in proof]}


def leaf_for(seq: int) -> dict:
    event = seal_event(EventDraft("consent_given", {"n": seq}), seq, "0" * 64, AT)
    return expected_leaf("device-1", "vault-1", event)


@pytest.fixture
def log() -> Log:
    log = Log()
    for seq in range(1, 8):
        log.add(leaf_for(seq))
    return log


def test_a_good_receipt_verifies(log):
    key = LogKey.from_json(log.key_doc())
    head = TreeHead.from_json(log.sth())
    head.verify(key, ORG)
    for index in range(7):
        verify_receipt(log.receipt(leaf_for(index + 1), index), leaf_for(index + 1), head)


def test_tampered_leaf_wrong_proof_and_wrong_index_are_rejected(log):
    head = TreeHead.from_json(log.sth())
    leaf = leaf_for(3)
    receipt = log.receipt(leaf, 2)
    forged = {**receipt, "leaf": {**leaf, "sha256": "0" * 64}}
    with pytest.raises(ReceiptRejected, match="does not hold our fingerprints"):
        verify_receipt(forged, leaf, head)
    # a leaf that the platform "changed" together with its receipt: ours is what counts
    with pytest.raises(ReceiptRejected):
        verify_receipt(receipt, leaf_for(4), head)
    bad_proof = {**receipt, "inclusion_proof": [("f" * 64)] + receipt["inclusion_proof"][1:]}
    with pytest.raises(ReceiptRejected, match="inclusion proof"):
        verify_receipt(bad_proof, leaf, head)
    with pytest.raises(ReceiptRejected, match="inclusion proof"):
        verify_receipt({**receipt, "leaf_index": 3}, leaf, head)
    with pytest.raises(ReceiptRejected, match="a proof hash"):
        verify_receipt({**receipt, "inclusion_proof": ["xyz"]}, leaf, head)
    with pytest.raises(ReceiptRejected, match="tree head"):
        verify_receipt({**receipt, "tree_size": 6}, leaf, head)


def test_tree_head_signature_log_and_org_are_checked(log):
    key = LogKey.from_json(log.key_doc())
    sth = log.sth()
    bad_root = {**sth, "root_hash": "ab" * 32}
    with pytest.raises(ReceiptRejected, match="signature"):
        TreeHead.from_json(bad_root).verify(key, ORG)
    with pytest.raises(ReceiptRejected, match="another organisation"):
        TreeHead.from_json(log.sth(org="org-2")).verify(key, ORG)
    other = Log()
    with pytest.raises(ReceiptRejected, match="another log"):
        TreeHead.from_json(other.sth()).verify(key, ORG)
    impostor = {**other.sth(), "log_id": log.log_id}  # signed by another key, claims ours
    with pytest.raises(ReceiptRejected, match="signature"):
        TreeHead.from_json(impostor).verify(key, ORG)
    with pytest.raises(ReceiptRejected):
        LogKey.from_json({**log.key_doc(), "log_id": other.log_id})


def test_consistency_and_a_fork(log):
    old = TreeHead.from_json(log.sth(4))
    new = TreeHead.from_json(log.sth())
    verify_consistency(old, new, log.consistency(4, 7))
    verify_consistency(new, old, log.consistency(4, 7))  # an older head is fine too
    verify_consistency(new, new, None)
    fork = Log()
    fork.key = log.key  # same key, same first four leaves, then different ones
    fork.log_id = log.log_id
    fork.leaves = log.leaves[:4]
    for seq in range(50, 53):
        fork.add(leaf_for(seq))
    forked = TreeHead.from_json(fork.sth())
    with pytest.raises(ReceiptRejected, match="forked"):
        verify_consistency(new, forked, None)  # same size, other root
    with pytest.raises(ReceiptRejected, match="forked"):
        verify_consistency(TreeHead.from_json(log.sth(6)), forked, fork.consistency(6, 7))
    with pytest.raises(ReceiptRejected, match="other tree sizes"):
        verify_consistency(old, new, log.consistency(3, 7))
