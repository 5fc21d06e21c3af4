"""Merkle tree hashing and proofs of RFC 6962 / RFC 9162 (Certificate Transparency v2, §2.1).

A wire-format module shared by the platform (``server/``, which builds proofs) and the client
(``app/sync``, which checks them).  Hashes are raw 32-byte SHA-256 digests here; the wire
carries them as lowercase hex.

* leaf hash ``SHA-256(0x00 ‖ leaf)``, node hash ``SHA-256(0x01 ‖ left ‖ right)``;
  the empty tree's root is ``SHA-256("")``.
* Proofs are produced from *ranges*: :func:`inclusion_ranges` and :func:`consistency_ranges`
  name the subtrees ``D[start:end]`` whose hashes make up a proof (RFC 9162 §2.1.3.1, §2.1.4.1),
  so a store can fetch every hash a batch of proofs needs at once.  Every such range splits
  into aligned perfect subtrees (:func:`perfect_subtrees`), which a log can keep precomputed.
* Verification follows the iterative algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2 and never
  raises on bad input: it answers ``False``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

Range = tuple[int, int]
"""A subtree ``D[start:end]`` of the leaves, ``start < end``."""

SubtreeHash = Callable[[int, int], bytes]
"""``MTH(D[start:end])`` of some log."""


def leaf_hash(leaf: bytes) -> bytes:
    """The RFC 6962 hash of one leaf's bytes."""
    return hashlib.sha256(b"\x00" + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """The RFC 6962 hash of an inner node."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def split_point(size: int) -> int:
    """The largest power of two smaller than ``size`` (``size`` ≥ 2)."""
    return 1 << ((size - 1).bit_length() - 1)


def root(leaf_hashes: Sequence[bytes]) -> bytes:
    """``MTH`` of a whole list of leaf hashes (the empty list: the empty root)."""
    if not leaf_hashes:
        return EMPTY_ROOT
    level = list(leaf_hashes)
    while len(level) > 1:  # pairing left to right and carrying an odd last node up is MTH
        paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]


def subtree_from_leaves(leaf_hashes: Sequence[bytes]) -> SubtreeHash:
    """A :data:`SubtreeHash` over leaf hashes held in memory (tests, small logs)."""

    def subtree(start: int, end: int) -> bytes:
        return root(leaf_hashes[start:end])

    return subtree


def inclusion_ranges(index: int, size: int) -> list[Range]:
    """The subtrees whose hashes form the inclusion proof of leaf ``index`` among ``size``."""
    if not 0 <= index < size:
        raise ValueError("leaf index outside the tree")
    out: list[Range] = []
    start, end = 0, size
    while end - start > 1:  # PATH(m, D[n]), outermost sibling last
        k = split_point(end - start)
        if index - start < k:
            out.append((start + k, end))
            end = start + k
        else:
            out.append((start, start + k))
            start += k
    out.reverse()
    return out


def consistency_ranges(first: int, second: int) -> list[Range]:
    """The subtrees whose hashes form the consistency proof from ``first`` to ``second`` leaves."""
    if not 0 <= first <= second:
        raise ValueError("tree sizes out of order")
    if first in (0, second):
        return []
    out: list[Range] = []
    start, end, m, complete = 0, second, first, True
    while m != end - start:  # SUBPROOF(m, D[n], b), innermost subtree first in the output
        k = split_point(end - start)
        if m <= k:
            out.append((start + k, end))
            end = start + k
        else:
            out.append((start, start + k))
            start, m, complete = start + k, m - k, False
    if not complete:
        out.append((start, end))
    out.reverse()
    return out


def perfect_subtrees(start: int, end: int) -> list[tuple[int, int]]:
    """``D[start:end]`` (a range of a proof or a root) as aligned perfect subtrees, left to right.

    Each is ``(level, index)``: the ``2**level`` leaves from ``index * 2**level``.  Folding their
    hashes from the right with :func:`node_hash` gives ``MTH(D[start:end])``.
    """
    out: list[tuple[int, int]] = []
    while start < end:
        size = end - start
        width = size if size & (size - 1) == 0 else split_point(size)
        if start % width:
            raise ValueError("range is not a subtree of the log")
        level = width.bit_length() - 1
        out.append((level, start >> level))
        start += width
    return out


def fold(hashes: Sequence[bytes]) -> bytes:
    """``MTH`` of a range from the hashes of its :func:`perfect_subtrees`."""
    acc = hashes[-1]
    for left in reversed(hashes[:-1]):
        acc = node_hash(left, acc)
    return acc


def inclusion_proof(index: int, size: int, subtree: SubtreeHash) -> list[bytes]:
    """The inclusion proof (RFC 9162 §2.1.3.1) of leaf ``index`` in the first ``size`` leaves."""
    return [subtree(a, b) for a, b in inclusion_ranges(index, size)]


def consistency_proof(first: int, second: int, subtree: SubtreeHash) -> list[bytes]:
    """The consistency proof (RFC 9162 §2.1.4.1) from ``first`` to ``second`` leaves."""
    return [subtree(a, b) for a, b in consistency_ranges(first, second)]


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root_hash: bytes
) -> bool:
    """Whether ``proof`` shows leaf hash ``leaf`` is at ``index`` under ``root_hash`` (§2.1.3.2)."""
    if not 0 <= index < size or not _hashes_ok([leaf, root_hash, *proof]):
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root_hash


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]
) -> bool:
    """Whether ``proof`` shows ``second`` leaves extend the first ``first`` (§2.1.4.2)."""
    if not 0 <= first <= second or not _hashes_ok([first_root, second_root, *proof]):
        return False
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof and first_root == EMPTY_ROOT
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and fr == first_root and sr == second_root


def _hashes_ok(values: Sequence[bytes]) -> bool:
    return all(isinstance(v, bytes) and len(v) == HASH_SIZE for v in values)
