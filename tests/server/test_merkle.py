"""crypto/merkle.py against the RFC 6962 definitions written out recursively (property tests)."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto import merkle

pytestmark = pytest.mark.unit


def mth(leaves: list[bytes]) -> bytes:
    """MTH(D[n]) exactly as RFC 6962 §2.1 defines it (leaves are leaf *data*)."""
    n = len(leaves)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < n:
        k *= 2
    return hashlib.sha256(b"\x01" + mth(leaves[:k]) + mth(leaves[k:])).digest()


def path(m: int, leaves: list[bytes]) -> list[bytes]:
    """PATH(m, D[n]) of RFC 6962 §2.1.1."""
    n = len(leaves)
    if n <= 1:
        return []
    k = merkle.split_point(n)
    if m < k:
        return path(m, leaves[:k]) + [mth(leaves[k:])]
    return path(m - k, leaves[k:]) + [mth(leaves[:k])]


def subproof(m: int, leaves: list[bytes], b: bool) -> list[bytes]:
    """SUBPROOF(m, D[n], b) of RFC 6962 §2.1.2."""
    n = len(leaves)
    if m == n:
        return [] if b else [mth(leaves)]
    k = merkle.split_point(n)
    if m <= k:
        return subproof(m, leaves[:k], b) + [mth(leaves[k:])]
    return subproof(m - k, leaves[k:], False) + [mth(leaves[:k])]


def data(n: int) -> list[bytes]:
    return [f"leaf {i}".encode() for i in range(n)]


def test_known_shapes():
    assert merkle.root([]) == hashlib.sha256(b"").digest() == merkle.EMPTY_ROOT
    one = merkle.leaf_hash(b"x")
    assert merkle.root([one]) == one
    assert merkle.consistency_ranges(3, 4) == [(2, 3), (3, 4), (0, 2)]
    assert merkle.inclusion_ranges(2, 5) == [(3, 4), (0, 2), (4, 5)]
    assert merkle.perfect_subtrees(0, 7) == [(2, 0), (1, 2), (0, 6)]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=300), st.data())
def test_roots_and_inclusion_proofs_match_the_rfc(size, draw):
    leaves = data(size)
    hashes = [merkle.leaf_hash(x) for x in leaves]
    root = merkle.root(hashes)
    assert root == mth(leaves)
    index = draw.draw(st.integers(min_value=0, max_value=size - 1))
    proof = merkle.inclusion_proof(index, size, merkle.subtree_from_leaves(hashes))
    assert proof == path(index, leaves)
    assert merkle.verify_inclusion(hashes[index], index, size, proof, root)
    # every range splits into stored perfect subtrees that fold back to the same hash
    for a, b in merkle.inclusion_ranges(index, size):
        parts = [merkle.root(hashes[i << lv:(i + 1) << lv]) for lv, i in merkle.perfect_subtrees(a, b)]
        assert merkle.fold(parts) == mth(leaves[a:b])
    # anything changed fails
    assert not merkle.verify_inclusion(merkle.leaf_hash(b"other"), index, size, proof, root)
    if proof:
        bad = list(proof)
        bad[draw.draw(st.integers(0, len(bad) - 1))] = bytes(32)
        assert not merkle.verify_inclusion(hashes[index], index, size, bad, root)
        assert not merkle.verify_inclusion(hashes[index], index, size, proof[:-1], root)
        assert not merkle.verify_inclusion(hashes[index], index, size, proof + [root], root)
    if size > 1:
        other = (index + 1) % size
        assert not merkle.verify_inclusion(hashes[index], other, size, proof, root) or (
            hashes[index] == hashes[other]
        )


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=300), st.data())
def test_consistency_proofs_match_the_rfc(second, draw):
    first = draw.draw(st.integers(min_value=0, max_value=second))
    leaves = data(second)
    hashes = [merkle.leaf_hash(x) for x in leaves]
    r1, r2 = merkle.root(hashes[:first]), merkle.root(hashes)
    proof = merkle.consistency_proof(first, second, merkle.subtree_from_leaves(hashes))
    expected = [] if first in (0, second) else subproof(first, leaves, True)
    assert proof == expected
    assert merkle.verify_consistency(first, second, r1, r2, proof)
    for a, b in merkle.consistency_ranges(first, second):
        parts = [merkle.root(hashes[i << lv:(i + 1) << lv]) for lv, i in merkle.perfect_subtrees(a, b)]
        assert merkle.fold(parts) == mth(leaves[a:b])
    if 0 < first < second:
        assert not merkle.verify_consistency(first, second, r1, merkle.leaf_hash(b"x"), proof)
        assert not merkle.verify_consistency(first, second, merkle.leaf_hash(b"x"), r2, proof)
        bad = list(proof)
        bad[draw.draw(st.integers(0, len(bad) - 1))] = bytes(32)
        assert not merkle.verify_consistency(first, second, r1, r2, bad)
        assert not merkle.verify_consistency(first, second, r1, r2, [])
        assert not merkle.verify_consistency(first, second, r1, r2, proof + [r2])
        # a rewritten history (one old leaf changed) is not consistent with the old root
        forged = list(hashes)
        forged[draw.draw(st.integers(0, first - 1))] = merkle.leaf_hash(b"forged")
        forged_proof = merkle.consistency_proof(first, second, merkle.subtree_from_leaves(forged))
        assert not merkle.verify_consistency(first, second, r1, merkle.root(forged), forged_proof)


def test_bad_arguments_answer_false_or_raise():
    h = merkle.leaf_hash(b"a")
    assert not merkle.verify_inclusion(h, 1, 1, [], h)
    assert not merkle.verify_inclusion(h, -1, 1, [], h)
    assert not merkle.verify_inclusion(b"short", 0, 1, [], b"short")
    assert not merkle.verify_consistency(2, 1, h, h, [])
    assert merkle.verify_consistency(0, 5, merkle.EMPTY_ROOT, h, [])
    assert not merkle.verify_consistency(0, 5, h, h, [])
    assert not merkle.verify_consistency(3, 3, h, merkle.leaf_hash(b"b"), [])
    with pytest.raises(ValueError):
        merkle.inclusion_ranges(3, 3)
    with pytest.raises(ValueError):
        merkle.consistency_ranges(4, 3)
    with pytest.raises(ValueError):
        merkle.perfect_subtrees(1, 3)


def test_wire_format_modules_are_shared():
    """app.evidence.events re-exports crypto.jcs, so the client and platform agree byte for byte."""
    from app.evidence import events
    from crypto import jcs

    assert events.canonical_json is jcs.canonical_json
    assert events.parse_canonical is jcs.parse_canonical
    assert jcs.canonical_json({"b": 1, "a": [True, None, "é"]}) == '{"a":[true,null,"é"],"b":1}'.encode()


def test_server_imports_only_the_wire_format_from_the_client_side():
    import subprocess
    import sys

    probe = (  # what the crypto package itself loads (asn1crypto OID registration) is allowed
        "import sys, crypto\n"
        "before = set(sys.modules)\n"
        "import server.main, server.api, server.platform, server.ledger, server.sms\n"
        "new = set(sys.modules) - before\n"
        "bad = sorted(m for m in new if m == 'app' or m.startswith('app.') or "
        "(m.startswith('crypto.') and m not in ('crypto.jcs', 'crypto.merkle', 'crypto.idscan')))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
