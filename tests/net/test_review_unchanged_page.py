"""A page the visual comparison skips renders exactly the same in both revisions.

crypto.review.unchanged_page proves, from MuPDF's own reading of both documents, that a page
needs no rendering.  Checked here on legitimate and hostile corpus samples, every revision
against the current document: whenever it says "alike", the two renderings are identical to
the pixel (no threshold); and it does say so for the untouched page of a two-party contract.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from crypto.review import pixels
from crypto.review.pagemap import match_pages
from crypto.review.structure import revision_ends
from crypto.review.unchanged_page import renders_alike
from tests.data.review.make_corpus import build_corpus

pytestmark = pytest.mark.net

SAMPLES = [
    "legit_two_sigs", "legit_three_sigs", "legit_p2_fill_then_sign", "legit_p2_visible_sign",
    "legit_p3_annotation", "legit_lta", "isa_new_stream", "isa_redefine_stream",
    "shadow_hide_object_replaced", "shadow_hide_ocg", "shadow_hide_form", "shadow_replace_form",
    "shadow_replace_font", "shadow_hnr_root", "shadow_hnr_catalog", "shadow_hnr_objstm",
    "eaa_p2_freetext", "eaa_p3_freetext", "ssa_p2_attacker", "ssa_p2_empty_field",
]


@pytest.fixture(scope="module")
def samples(pki_server, tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("unchanged-page")
    return build_corpus(folder, pki_server.pki, tsa_url=pki_server.tsa_url, names=SAMPLES)


def _pages(path: Path) -> list[tuple[bool, bool]]:
    """(alike, pixel-identical) for every page of every earlier revision against now."""
    data = path.read_bytes()
    with open(path, "rb") as fh:
        ends = revision_ends(data, PdfFileReader(fh, strict=False))
    found = []
    for end in ends[:-1]:
        if end <= 0:
            continue
        then = pymupdf.open(stream=data[:end], filetype="pdf")
        now = pymupdf.open(stream=data, filetype="pdf")
        pairs, _, _ = match_pages(then, now)
        for then_no, now_no in pairs:
            alike = renders_alike(then, now, then_no, now_no)
            same = None
            if alike:
                a = pixels.render(then[then_no - 1], 50)
                b = pixels.render(now[now_no - 1], 50)
                same = pixels.compare(a, b, threshold=0, min_pixels=1).changed == 0
            found.append((alike, bool(same)))
    return found


@pytest.mark.parametrize("name", SAMPLES)
def test_pages_said_alike_render_identically(samples: dict[str, Path], name: str) -> None:
    for alike, same in _pages(samples[name]):
        assert same or not alike, f"{name}: a page said alike renders differently"


def test_the_untouched_page_of_a_two_party_contract_is_alike(samples: dict[str, Path]) -> None:
    assert any(alike for alike, _ in _pages(samples["legit_two_sigs"]))
