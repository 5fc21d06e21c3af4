"""The review engine's shortcuts give pyHanko's and asn1crypto's own answers, only sooner.

* crypto.review.documents reads arrays of numbers (font widths) in one pass instead of
  pyHanko's token-at-a-time parser: every array it accepts must equal pyHanko's reading of the
  same bytes, and it must decline whatever pyHanko would read differently (or refuse).
* crypto.review.speedups remembers certificate name comparisons: same answers as asn1crypto.
"""

from __future__ import annotations

import io
import mmap
from pathlib import Path

import pytest
from asn1crypto import x509
from hypothesis import given, settings
from hypothesis import strategies as st
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from crypto.review import speedups
from crypto.review.documents import _number_array, preload_number_arrays

pytestmark = pytest.mark.unit

CONTAINER = generic.Reference(7, 0)
TOKENS = ["[", "]", " ", "\n", "\x00", "\r\n", "0", "590", "-3", "+12", "1.5", ".25", "-.5",
          "4.", "1.2.3", "+-1", ",", "1,5", "--2", ".", "+", "007", "%", "R", "2 0 R"]


def _pyhanko(body: bytes) -> object:
    """What pyHanko reads from ``body`` as the object of ``7 0 obj`` (an exception: refused)."""
    try:
        return generic.read_object(io.BytesIO(body + b" endobj"), CONTAINER)
    except (PdfError, ValueError, ArithmeticError, IndexError) as exc:
        return exc


def _same(a: object, b: object) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b and str(a) == str(b)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=30))
def test_number_arrays_read_as_pyhanko_reads_them(parts: list[str]) -> None:
    body = ("[" + " ".join(parts) + "]").encode("latin-1")
    ours = _number_array(body, CONTAINER)
    if ours is None:
        return  # declined: pyHanko reads it as before
    theirs = _pyhanko(body)
    assert _same(ours, theirs), (body, ours, theirs)


@pytest.mark.parametrize("body", [b"[1 2 R]", b"[1 %c\n 2]", b"[1.2.3]", b"[1 2]]", b"[[1 2]",
                                  b"[1] 2", b"[+]", b"[(a)]"])
def test_anything_else_is_left_to_pyhanko(body: bytes) -> None:
    assert _number_array(body, CONTAINER) is None


def test_nested_width_arrays(tmp_path: Path) -> None:
    """A real contract's CJK width arrays: preloaded, equal to pyHanko's reading."""
    from app.demo.contract import make_sample_contract

    path = make_sample_contract(tmp_path / "contract.pdf", pages=1)
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        fast = PdfFileReader(fh, strict=False)
        preload_number_arrays(fast, data)
        arrays = {key: obj for key, obj in fast.resolved_objects.items()
                  if isinstance(obj, generic.ArrayObject)}
        assert arrays, "the contract should have width arrays"
        slow = PdfFileReader(open(path, "rb"), strict=False)  # noqa: SIM115 - closed with fh
        try:
            for (generation, idnum), obj in arrays.items():
                assert _same(obj, slow.get_object(generic.Reference(idnum, generation, slow)))
                assert obj.container_ref.idnum == idnum
        finally:
            slow.stream.close()


NAMES = st.fixed_dictionaries({
    "common_name": st.sampled_from(["Test CA", "test  ca", "TEST CA ", "Other CA", "示例 CA"]),
    "country_name": st.sampled_from(["CN", "cn", "DE"]),
})


@settings(max_examples=100, deadline=None)
@given(NAMES, NAMES)
def test_remembered_name_comparison_agrees(a: dict[str, str], b: dict[str, str]) -> None:
    first, second = x509.Name.build(a), x509.Name.build(b)
    expected = first.chosen == second.chosen  # asn1crypto's RFC 5280 comparison itself
    speedups.install()
    again_a, again_b = x509.Name.load(first.dump()), x509.Name.load(second.dump())
    for _ in range(2):  # computed, then remembered
        assert (again_a == again_b) is expected
        assert (again_a != again_b) is (not expected)
        assert (again_a.hashable == again_b.hashable) is expected
