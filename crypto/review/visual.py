"""What the signer saw vs what is displayed: both revisions rendered and compared page by page.

Pages are matched by their page object (an incremental update keeps object numbers), so a page
inserted, removed or moved is reported as such instead of shifting every later page.  Each pair
is rendered by pymupdf at the same resolution and compared pixel by pixel (see ``pixels``).

The rule for annotations: both renderings show every annotation a viewer shows, with one
exception.  The widget of a signature that was applied after the compared one (a filled
signature field whose value did not exist in the signed revision) is hidden from the current
rendering and listed in ``annotations`` as a later signature instead, so that a second party's
seal is not a difference in what the first party signed.  The exception ends where the seal
hides signed content: when that appearance turns more than ``overlays.COVER_LIMIT`` of the ink
under it into blank paper, it stays visible and its page is reported (kind ``"covered"``).
FreeText, stamps, form-field values and changed appearances are never hidden.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pymupdf
from PIL import Image

from crypto import errors
from crypto.review import overlays, pixels
from crypto.review.overlays import AnnotationChange
from crypto.review.pagemap import match_pages
from crypto.review.pixels import Box
from crypto.review.unchanged_page import renders_alike

DETAIL_MARGIN = (60.0, 18.0)  # points of context around a small change in the enlarged view
SCREEN_THRESHOLD = 8  # grey levels: any visible change, and anti-aliasing noise too
_RENDER_ERRORS = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)


@dataclass(frozen=True)
class PageDiff:
    """One page that differs: where, how much, and thumbnails for the report."""

    page: int | None  # 1-based in the current document (None: the page was removed)
    signed_page: int | None  # 1-based in the signed revision (None: the page was added)
    kind: str  # content | covered | size | rotation | moved | added | removed | unrenderable
    score: float  # share of changed pixels, 0..1 (1.0 for added/removed/resized pages)
    box: Box | None  # the change in points, displayed page (current; signed for removed)
    signed_png: bytes | None = None  # thumbnail of the signed page, change outlined in red
    current_png: bytes | None = None  # thumbnail of the displayed page, change outlined in red
    signed_detail: bytes | None = None  # the changed region enlarged (signed), when small
    current_detail: bytes | None = None  # the changed region enlarged (displayed), when small


@dataclass(frozen=True)
class VisualDiff:
    """The comparison of one signed revision with the displayed document."""

    signed_pages: int
    current_pages: int
    dpi: int
    pages: list[PageDiff] = field(default_factory=list)  # only pages that differ
    annotations: list[AnnotationChange] = field(default_factory=list)
    compared: list[int] = field(default_factory=list)  # current pages rendered and compared
    skipped: list[int] = field(default_factory=list)  # current pages beyond the page limit
    seconds: float = 0.0

    @property
    def differs(self) -> bool:
        """Anything the signer did not see: a changed, added, removed or covered page."""
        return bool(self.pages)

    @property
    def covering(self) -> list[AnnotationChange]:
        """Annotations added or changed after signing whose appearance covers signed content
        (an Evil Annotation, a Sneaky Signature's widget, a refilled field over body text)."""
        return [a for a in self.annotations if a.covers_signed]

    @property
    def complete(self) -> bool:
        """Every page was compared (no page limit reached)."""
        return not self.skipped

    @property
    def differing_pages(self) -> list[int]:
        """1-based pages of the current document that differ (removed pages have none)."""
        return sorted({d.page for d in self.pages if d.page is not None})


def compare_revision(
    current: bytes | str | os.PathLike[str],
    signed: bytes,
    *,
    dpi: int = 50,
    password: str | None = None,
    max_pages: int = 100,
    pages: Iterable[int] = (),
    hide_later_signatures: bool = True,
    thumbnails: int = 8,
    thumbnail_width: int = 300,
    detail_dpi: int = 150,
    threshold: int = 96,
    min_pixels: int = 4,
) -> VisualDiff:
    """Render the signed revision and the current document and report the pages that differ.

    Every page is screened at ``dpi``; a page whose pixels moved at all is re-rendered around the
    change at ``detail_dpi`` and differs when ``min_pixels`` pixels change by more than
    ``threshold`` there.  ``max_pages`` caps the work (pages beyond it are listed in
    ``skipped``); ``pages`` names current pages to compare whatever the cap.
    """
    started = time.perf_counter()
    then_doc = _open(signed, password, "<signed revision>")
    try:
        now_doc = _open(current, password, "<current document>")
    except BaseException:
        then_doc.close()
        raise
    run = _Run(then_doc, now_doc, dpi, detail_dpi, threshold, min_pixels, hide_later_signatures,
               thumbnails, thumbnail_width)
    try:
        diff = _compare(run, max_pages, {p for p in pages if 1 <= p <= now_doc.page_count})
    finally:
        now_doc.close()
        then_doc.close()
    return replace(diff, seconds=time.perf_counter() - started)


def _compare(run: _Run, max_pages: int, wanted: set[int]) -> VisualDiff:
    """Every matched page pair within the limit, then the pages added and removed."""
    pairs, added, removed = match_pages(run.then_doc, run.now_doc)
    diffs: list[PageDiff] = []
    compared: list[int] = []
    skipped: list[int] = []
    for then_no, now_no in pairs:
        if now_no > max_pages and now_no not in wanted:
            skipped.append(now_no)
            continue
        compared.append(now_no)
        diff = run.compare_pages(then_no, now_no)
        if diff is not None:
            diffs.append(diff)
    for now_no in added:
        diffs.append(PageDiff(page=now_no, signed_page=None, kind="added", score=1.0, box=None,
                              current_png=run.page_thumbnail(run.now_doc, now_no)))
    for then_no in removed:
        diffs.append(PageDiff(page=None, signed_page=then_no, kind="removed", score=1.0, box=None,
                              signed_png=run.page_thumbnail(run.then_doc, then_no)))
    diffs.sort(key=lambda d: (d.page or d.signed_page or 0, d.page is None))
    return VisualDiff(
        signed_pages=run.then_doc.page_count, current_pages=run.now_doc.page_count, dpi=run.dpi,
        pages=diffs, annotations=run.notes, compared=compared, skipped=skipped,
    )


@dataclass
class _Run:
    """One comparison's documents, settings and what it found so far."""

    then_doc: pymupdf.Document
    now_doc: pymupdf.Document
    dpi: int
    detail_dpi: int
    threshold: int
    min_pixels: int
    hide_later: bool
    thumbnails_left: int
    thumbnail_width: int
    notes: list[AnnotationChange] = field(default_factory=list)

    def compare_pages(self, then_no: int, now_no: int) -> PageDiff | None:
        """One signed page against the current page it became (None: they look the same)."""
        try:
            then_page, now_page = self.then_doc[then_no - 1], self.now_doc[now_no - 1]
            then_annots = overlays.page_annotations(self.then_doc, then_page)
            now_annots = overlays.page_annotations(self.now_doc, now_page)
            later = overlays.later_signatures(then_annots, now_annots) if self.hide_later else []
            dpi = pixels.safe_dpi(max(then_page.rect, now_page.rect, key=_area), self.dpi)
            hidden, covering = [a.xref for a in later], []
            if (not hidden and then_no == now_no
                    and renders_alike(self.then_doc, self.now_doc, then_no, now_no)):
                self.notes.extend(overlays.annotation_changes(
                    then_annots, now_annots, signed_page=then_no, current_page=now_no,
                    hidden=set()))
                return None  # provably the same rendering (see unchanged_page): nothing to see
            then_img = pixels.render(then_page, dpi)
            shown = pixels.render(now_page, dpi)  # what the reader sees
            try:
                compared = shown
                if hidden:
                    overlays.set_hidden(self.now_doc, hidden, True)
                    compared = pixels.render(now_page, dpi)
                    covering = [a.xref for a in later
                                if overlays.blanks_signed_ink(then_img, shown, compared, a, dpi)]
                    if covering:
                        overlays.set_hidden(self.now_doc, covering, False)
                        hidden = [x for x in hidden if x not in covering]
                        compared = pixels.render(now_page, dpi)
                kind, box, score = self._measure(then_page, now_page, then_img, compared, dpi)
            finally:
                overlays.set_hidden(self.now_doc, hidden, False)
            changes = overlays.annotation_changes(
                then_annots, now_annots, signed_page=then_no, current_page=now_no,
                hidden=set(hidden))
            if kind is not None or covering:
                changes = [replace(c, covers_signed=True) if self._covers(then_page, now_page, c)
                           else c for c in changes]
            self.notes.extend(changes)
            if covering and kind in (None, "content"):
                kind = "covered"
            elif kind is None and then_no != now_no:
                kind = "moved"
            if kind is None:
                return None
            pngs = self._thumbnails(then_img, shown, box, dpi)
            details = self._details(then_page, now_page, box) if pngs[0] else (None, None)
        except _RENDER_ERRORS:  # pymupdf's errors on hostile content: never a silent pass
            return PageDiff(page=now_no, signed_page=then_no, kind="unrenderable", score=1.0,
                            box=None)
        return PageDiff(page=now_no, signed_page=then_no, kind=kind, score=round(score, 6),
                        box=box, signed_png=pngs[0], current_png=pngs[1],
                        signed_detail=details[0], current_detail=details[1])

    def _covers(self, then_page: pymupdf.Page, now_page: pymupdf.Page,
                change: AnnotationChange) -> bool:
        """Whether a new or changed appearance covers ink the signer saw (at the detail
        resolution, inside the annotation's box; see overlays.alters_signed_ink)."""
        if (change.hidden or change.change == "removed" or change.box is None
                or then_page.rect != now_page.rect):
            return False
        clip = change.box
        detail = pixels.safe_dpi(clip, self.detail_dpi)
        return overlays.alters_signed_ink(pixels.render(then_page, detail, clip),
                                          pixels.render(now_page, detail, clip))

    def _measure(
        self, then_page: pymupdf.Page, now_page: pymupdf.Page, then_img: Image.Image,
        now_img: Image.Image, dpi: float,
    ) -> tuple[str | None, Box | None, float]:
        """Kind, box and score of the difference: screened coarse, confirmed fine."""
        if then_page.rotation % 360 != now_page.rotation % 360:
            return "rotation", None, 1.0
        a, b = then_page.rect, now_page.rect
        if abs(a.width - b.width) > 0.5 or abs(a.height - b.height) > 0.5:
            return "size", None, 1.0
        screen = pixels.compare(then_img, now_img, threshold=SCREEN_THRESHOLD, min_pixels=1)
        if screen.box is None:
            return None, None, 0.0
        clip = pixels.to_points(screen.box, dpi, pad=2)
        detail = pixels.safe_dpi(clip, self.detail_dpi)
        fine = pixels.compare(
            pixels.render(then_page, detail, clip),
            pixels.render(now_page, detail, clip),
            threshold=self.threshold, min_pixels=self.min_pixels,
        )
        if fine.box is None:
            return None, None, 0.0
        page_pixels = b.width * b.height * (detail / 72.0) ** 2
        box = pixels.to_points(fine.box, detail, origin=clip)
        return "content", box, fine.changed / page_pixels

    def _thumbnails(
        self, then_img: Image.Image, shown: Image.Image, box: Box | None, dpi: float
    ) -> tuple[bytes | None, bytes | None]:
        if self.thumbnails_left <= 0:
            return None, None
        self.thumbnails_left -= 1
        outline = pixels.to_pixels(box, dpi, shown.size) if box else None
        signed_outline = outline if then_img.size == shown.size else None
        return (pixels.thumbnail(then_img, signed_outline, self.thumbnail_width),
                pixels.thumbnail(shown, outline, self.thumbnail_width))

    def _details(
        self, then_page: pymupdf.Page, now_page: pymupdf.Page, box: Box | None
    ) -> tuple[bytes | None, bytes | None]:
        """The change with some context around it, at the detail resolution."""
        page = now_page.rect
        if box is None or then_page.rect != page:
            return None, None
        x0, y0, x1, y1 = box
        if (x1 - x0) * (y1 - y0) > page.width * page.height / 4:
            return None, None  # a large change: the thumbnail shows it
        clip = (max(0.0, x0 - DETAIL_MARGIN[0]), max(0.0, y0 - DETAIL_MARGIN[1]),
                min(page.width, x1 + DETAIL_MARGIN[0]), min(page.height, y1 + DETAIL_MARGIN[1]))
        detail = pixels.safe_dpi(clip, self.detail_dpi)
        scale = detail / 72.0
        mark = (round((x0 - clip[0]) * scale), round((y0 - clip[1]) * scale),
                round((x1 - clip[0]) * scale), round((y1 - clip[1]) * scale))
        out = []
        for page_obj in (then_page, now_page):
            image = pixels.render(page_obj, detail, clip)
            pixels.outline(image, mark)
            out.append(pixels.to_png(image))
        return out[0], out[1]

    def page_thumbnail(self, doc: pymupdf.Document, number: int) -> bytes | None:
        """A thumbnail of a whole page (added or removed), while the budget lasts."""
        if self.thumbnails_left <= 0:
            return None
        self.thumbnails_left -= 1
        try:
            page = doc[number - 1]
            image = pixels.render(page, pixels.safe_dpi(page.rect, self.dpi))
            return pixels.thumbnail(image, None, self.thumbnail_width)
        except _RENDER_ERRORS:
            return None


def _area(rect: pymupdf.Rect) -> float:
    return float(rect.width * rect.height)


def _open(
    source: bytes | str | os.PathLike[str], password: str | None, label: str
) -> pymupdf.Document:
    name = label if isinstance(source, bytes) else str(source)
    try:
        if isinstance(source, bytes):
            doc = pymupdf.open(stream=source, filetype="pdf")
        elif not Path(source).is_file():
            raise errors.InputError(path=name)
        else:
            doc = pymupdf.open(Path(source), filetype="pdf")
    except _RENDER_ERRORS as exc:  # pymupdf.FileDataError is a RuntimeError
        raise errors.InputError(
            what="{path} cannot be read as a PDF ({detail}).",
            todo="Obtain an intact copy of the document.",
            path=name, detail=str(exc) or type(exc).__name__,
        ) from exc
    if doc.needs_pass and (password is None or not doc.authenticate(password)):
        doc.close()
        if password is None:
            raise errors.EncryptedPdf(path=name)
        raise errors.WrongPdfPassword(path=name)
    return doc
