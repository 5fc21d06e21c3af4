"""Which page of the signed revision became which page of the current document.

An incremental update keeps object numbers, so a page keeps its page object when pages are
inserted, removed or reordered around it.  Matching by page object reports an inserted page as
one added page instead of a shift of every later page.  When the page objects share nothing
(or repeat), pages are matched by position.
"""

from __future__ import annotations

import pymupdf


def match_pages(
    then_doc: pymupdf.Document, now_doc: pymupdf.Document
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (signed page, current page), pages added and pages removed; 1-based."""
    then_ids = [then_doc.page_xref(i) for i in range(then_doc.page_count)]
    now_ids = [now_doc.page_xref(i) for i in range(now_doc.page_count)]
    where = {xref: i + 1 for i, xref in enumerate(then_ids)}
    if len(where) != len(then_ids) or not set(now_ids) & set(where):
        count = min(len(then_ids), len(now_ids))  # no usable identity: match by position
        pairs = [(i, i) for i in range(1, count + 1)]
        added = list(range(count + 1, len(now_ids) + 1))
        return pairs, added, list(range(count + 1, len(then_ids) + 1))
    pairs, added, seen = [], [], set()
    for i, xref in enumerate(now_ids, start=1):
        then_no = where.get(xref)
        if then_no is None or then_no in seen:
            added.append(i)
        else:
            seen.add(then_no)
            pairs.append((then_no, i))
    removed = [n for n in range(1, len(then_ids) + 1) if n not in seen]
    return pairs, added, removed
