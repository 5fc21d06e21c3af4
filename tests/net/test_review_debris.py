"""Bytes added after the last signature are never "unchanged": an incremental update that only
adds objects nothing uses is a clean update (not manipulated), but it is listed (CHANGED)."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

pytestmark = pytest.mark.net


def test_an_update_of_unused_objects_is_listed(test_pki, pki_server, tmp_path):
    from crypto.review.engine import review_file
    from crypto.review.model import Integrity, ReviewOptions
    from tests.data.review.make_corpus import build_corpus

    signed = build_corpus(tmp_path, test_pki, tsa_url=pki_server.tsa_url,
                          names=("legit_bb",))["legit_bb"]
    options = ReviewOptions(trust_roots=(test_pki.root.cert.dump(),), visual=False)
    assert review_file(signed, options).integrity is Integrity.UNCHANGED
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    for n in range(2):
        writer.add_object(generic.DictionaryObject(
            {generic.NameObject("/Junk"): generic.NumberObject(n)}))
    out = io.BytesIO()
    writer.write(out)
    changed = tmp_path / "debris.pdf"
    changed.write_bytes(out.getvalue())
    report = review_file(changed, options)
    assert report.integrity is Integrity.CHANGED
    [change] = report.changes
    assert change.allowed and "新增 2 个文档中未被使用的对象" in change.detail  # default language
