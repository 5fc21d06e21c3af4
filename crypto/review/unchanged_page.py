"""Proof that a page renders the same in the signed revision as it does now, read from MuPDF.

Rendering a page of both documents costs time; it is skipped only when everything the renderer
reads for that page is, object for object, what MuPDF itself reads in both documents:

* the page dictionary itself, the attributes it inherits (/Resources, /MediaBox, /CropBox,
  /Rotate) from each ancestor, and every object reachable from the page — content streams byte
  for byte, resources, fonts, images, patterns;
* its annotations, all of them: the same list in the same order, each annotation and everything
  reachable from it (appearances, its field and the field's parents, popups) identical.  A page
  that gained an annotation is always rendered, even one the comparison hides: MuPDF renders a
  page's content differently (as a transparency group) when any of its annotations blends;
* the document-wide inputs: every catalog entry but the page tree, the form's field list,
  validation data and metadata (so optional-content state, names, actions, structure), and
  every entry of the interactive form but /Fields and /SigFlags (/NeedAppearances, /DA, /DR,
  /Q, /CO, /XFA); no encryption in either document.

Other pages are not followed (a page's rendering never reads another page's content).  Any
doubt — an object that differs, cannot be read, is a direct annotation, or a walk longer than
:data:`MAX_OBJECTS` — answers False, and the page is rendered in both documents as before.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable

import pymupdf

MAX_OBJECTS = 3000
MAX_ANCESTORS = 64
REFERENCE = re.compile(r"(?<![0-9])([0-9]+) ([0-9]+) R(?![A-Za-z0-9])")
INHERITED = ("Resources", "MediaBox", "CropBox", "Rotate")
CATALOG_NOT_RENDERED = frozenset({"Type", "Pages", "AcroForm", "DSS", "Extensions", "Metadata",
                                  "Perms", "Version"})
FORM_KEYS = ("NeedAppearances", "DA", "DR", "Q", "CO", "XFA")  # all but /Fields, /SigFlags
PAGE_TREE = frozenset({"/Page", "/Pages"})


class _Differs(Exception):
    """Something the renderer reads is not the same in both documents (or is unreadable)."""


def renders_alike(then_doc: pymupdf.Document, now_doc: pymupdf.Document, then_no: int,
                  now_no: int) -> bool:
    """Whether page ``now_no`` of ``now_doc`` must render exactly as page ``then_no`` of
    ``then_doc`` (1-based pages)."""
    try:
        return _Proof(then_doc, now_doc).page(then_no, now_no)
    except _Differs:
        return False
    except (RuntimeError, ValueError, IndexError, TypeError, pymupdf.mupdf.FzErrorBase):
        return False


class _Proof:
    def __init__(self, then_doc: pymupdf.Document, now_doc: pymupdf.Document) -> None:
        self.then, self.now = then_doc, now_doc
        self.seen: set[int] = set()
        self.queue: deque[int] = deque()

    def page(self, then_no: int, now_no: int) -> bool:
        then, now = self.then, self.now
        if then.is_encrypted or now.is_encrypted or any(
                d.xref_get_key(-1, "Encrypt")[0] != "null" for d in (then, now)):
            return False
        xref = then.page_xref(then_no - 1)
        if xref != now.page_xref(now_no - 1) or then.pdf_catalog() != now.pdf_catalog():
            return False
        self.seen.add(xref)
        self.same_object(xref)
        self.follow_except(xref, exclude={"Parent"})
        self.ancestors(xref)
        self.annotations(then[then_no - 1], now[now_no - 1])
        self.document()
        self.drain()
        return True

    # --- what is compared ------------------------------------------------------------------

    def keys(self, xref: int, *, exclude: Iterable[str] = (), only: Iterable[str] | None = None,
             prefix: str = "") -> None:
        """Entries of dictionary ``xref`` (at ``prefix``) equal in both; their objects queued."""
        path = f"{prefix}/" if prefix else ""
        if only is None:
            names = set(self.then.xref_get_keys(xref)) | set(self.now.xref_get_keys(xref))
        else:
            names = set(only)
        for name in sorted(names - set(exclude)):
            value = self.then.xref_get_key(xref, path + name)
            if value != self.now.xref_get_key(xref, path + name):
                raise _Differs(name)
            self.follow(value[1])

    def ancestors(self, page: int) -> None:
        node = page
        for _ in range(MAX_ANCESTORS):
            kind, parent = self.then.xref_get_key(node, "Parent")
            if (kind, parent) != self.now.xref_get_key(node, "Parent"):
                raise _Differs("Parent")
            if kind != "xref":
                return
            node = _number(parent)
            self.keys(node, only=INHERITED)
        raise _Differs("page tree too deep")

    def annotations(self, then_page: pymupdf.Page, now_page: pymupdf.Page) -> None:
        before = [xref for xref, _, _ in then_page.annot_xrefs()]
        after = [xref for xref, _, _ in now_page.annot_xrefs()]
        if before != after or any(xref <= 0 for xref in before):
            raise _Differs("Annots")
        self.queue.extend(before)

    def document(self) -> None:
        catalog = self.then.pdf_catalog()
        self.keys(catalog, exclude=CATALOG_NOT_RENDERED)
        self.keys(catalog, only=FORM_KEYS, prefix="AcroForm")

    def follow(self, text: str) -> None:
        self.queue.extend(int(m.group(1)) for m in REFERENCE.finditer(text))

    def follow_except(self, xref: int, exclude: set[str]) -> None:
        """Queue what the dictionary ``xref`` references, but not through ``exclude``."""
        for name in self.then.xref_get_keys(xref):
            if name not in exclude:
                self.follow(self.then.xref_get_key(xref, name)[1])

    def drain(self) -> None:
        """Every queued object identical in both documents, and what it references."""
        while self.queue:
            xref = self.queue.popleft()
            if xref in self.seen:
                continue
            self.seen.add(xref)
            if len(self.seen) > MAX_OBJECTS:
                raise _Differs("too many objects")
            kind = self.then.xref_get_key(xref, "Type")
            if kind[1] in PAGE_TREE and kind == self.now.xref_get_key(xref, "Type"):
                continue  # another page, or the tree above this one (compared as inherited)
            self.follow(self.same_object(xref))

    def same_object(self, xref: int) -> str:
        then, now = self.then, self.now
        if not (0 < xref < then.xref_length() and xref < now.xref_length()):
            raise _Differs(f"object {xref} missing")
        text = then.xref_object(xref, compressed=True)
        if text != now.xref_object(xref, compressed=True):
            raise _Differs(f"object {xref}")
        stream = then.xref_is_stream(xref)
        if stream != now.xref_is_stream(xref) or (
                stream and then.xref_stream_raw(xref) != now.xref_stream_raw(xref)):
            raise _Differs(f"stream {xref}")
        return str(text)


def _number(reference: str) -> int:
    match = REFERENCE.fullmatch(reference.strip())
    if match is None:
        raise _Differs(f"not a reference: {reference!r}")
    return int(match.group(1))


__all__ = ["renders_alike"]
