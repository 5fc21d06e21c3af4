"""Annotations in the visual comparison: what changed, and which are later signatures' seals.

A signature applied after the compared one adds a widget with its own appearance (a seal, a
name): that changes the rendering legitimately.  Such widgets are found here, hidden from the
rendering of the current document, and listed as annotation changes instead.  Everything else
(FreeText, stamps, form-field widgets, changed appearances) stays visible in both renderings.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pymupdf
from PIL import Image

from crypto.review import pixels
from crypto.review.pixels import Box

HIDDEN_FLAG = 2  # annotation flag bit 2: Hidden
COVER_LIMIT = 0.2  # share of the signed ink under a later seal that may turn to paper
ALTER_LIMIT = 0.02  # share of the signed ink under a new appearance that may change (noise)
_MIN_ALTERED = 24  # pixels at the detail resolution (150 dpi): a few strokes of one glyph
ALTER_THRESHOLD = 96  # grey levels: above anti-aliasing noise (see crypto.review.pixels)
_MIN_INK_CHANGE = 6  # pixels: below this, ink turned to paper is noise
_MAX_PARENTS = 16


@dataclass(frozen=True)
class PageAnnotation:
    """One annotation on a page: enough to tell whether it is new, changed or a later seal."""

    xref: int
    subtype: str  # "Widget", "FreeText", ...
    field: str | None  # fully qualified field name (widgets)
    signature: str | None  # the field's /V reference when it is a filled signature field
    box: Box | None  # displayed page coordinates (points, origin top left)
    fingerprint: str  # digest of the annotation dictionary and its normal appearance


@dataclass(frozen=True)
class AnnotationChange:
    """An annotation added, removed or modified after the compared signature."""

    page: int  # 1-based: current document (signed document for "removed")
    change: str  # "added" | "removed" | "modified"
    subtype: str
    field: str | None
    box: Box | None
    later_signature: bool = False  # the appearance of a signature applied afterwards
    hidden: bool = False  # left out of the pixel comparison (see crypto.review.visual)
    xref: int = 0  # the annotation's object number
    covers_signed: bool = False  # its appearance covers or alters ink the signer saw


def page_annotations(doc: pymupdf.Document, page: pymupdf.Page) -> dict[int, PageAnnotation]:
    """Every annotation of ``page`` (widgets included) by object number."""
    found: dict[int, PageAnnotation] = {}
    for xref, _, _ in page.annot_xrefs():
        if xref <= 0 or xref in found:
            continue
        subtype = _name(doc, xref, "Subtype") or "?"
        field, signature = _field(doc, xref) if subtype == "Widget" else (None, None)
        found[xref] = PageAnnotation(
            xref=xref,
            subtype=subtype,
            field=field,
            signature=signature,
            box=_display_box(doc, page, xref),
            fingerprint=_fingerprint(doc, xref),
        )
    return found


def later_signatures(
    signed: dict[int, PageAnnotation], current: dict[int, PageAnnotation]
) -> list[PageAnnotation]:
    """Signature widgets of the current page whose signature did not exist when signing."""
    later = []
    for xref, annot in current.items():
        if annot.signature is None:
            continue
        before = signed.get(xref)
        if before is None or before.signature != annot.signature:
            later.append(annot)
    return later


def annotation_changes(
    signed: dict[int, PageAnnotation],
    current: dict[int, PageAnnotation],
    *,
    signed_page: int,
    current_page: int,
    hidden: set[int],
) -> list[AnnotationChange]:
    """Annotations added, removed or modified between two versions of one page."""
    later = {a.xref for a in later_signatures(signed, current)}
    changes = []
    for xref, annot in current.items():
        before = signed.get(xref)
        if before is not None and before.fingerprint == annot.fingerprint:
            continue
        changes.append(AnnotationChange(
            page=current_page,
            change="added" if before is None else "modified",
            subtype=annot.subtype,
            field=annot.field,
            box=annot.box,
            later_signature=xref in later,
            hidden=xref in hidden,
            xref=xref,
        ))
    for xref, annot in signed.items():
        if xref not in current:
            changes.append(AnnotationChange(
                page=signed_page, change="removed", subtype=annot.subtype, field=annot.field,
                box=annot.box, xref=xref,
            ))
    return changes


def blanks_signed_ink(
    then_img: Image.Image, shown: Image.Image, hidden_img: Image.Image,
    annot: PageAnnotation, dpi: float,
) -> bool:
    """The later seal blanks out signed ink: ink gone where it is drawn, there without it."""
    if annot.box is None or then_img.size != shown.size:
        return False
    box = pixels.to_pixels(annot.box, dpi, shown.size)
    gone_shown, ink = pixels.covered_ink(then_img, shown, box)
    gone_hidden, _ = pixels.covered_ink(then_img, hidden_img, box)
    by_seal = gone_shown - gone_hidden
    return ink > 0 and by_seal >= _MIN_INK_CHANGE and by_seal / ink > COVER_LIMIT


def alters_signed_ink(then_box: Image.Image, shown_box: Image.Image) -> bool:
    """An added or modified appearance (still shown) painted over ink the signer saw: of the
    signed ink inside its box (both images: that box, same resolution), more than
    ``ALTER_LIMIT`` and at least ``_MIN_ALTERED`` pixels now look different."""
    if then_box.size != shown_box.size:
        return False
    w, h = shown_box.size
    altered, ink = pixels.altered_ink(then_box, shown_box, (0, 0, w, h), ALTER_THRESHOLD)
    return ink > 0 and altered >= _MIN_ALTERED and altered / ink > ALTER_LIMIT


def set_hidden(doc: pymupdf.Document, xrefs: list[int], hidden: bool) -> None:
    """Hide or show annotations in this in-memory document (the file is never written)."""
    for xref in xrefs:
        kind, value = doc.xref_get_key(xref, "F")
        flags = int(value) if kind == "int" else 0
        flags = flags | HIDDEN_FLAG if hidden else flags & ~HIDDEN_FLAG
        doc.xref_set_key(xref, "F", str(flags))


def _field(doc: pymupdf.Document, xref: int) -> tuple[str | None, str | None]:
    names: list[str] = []
    field_type = value = None
    node: int | None = xref
    for _ in range(_MAX_PARENTS):
        if node is None:
            break
        kind, text = doc.xref_get_key(node, "T")
        if kind == "string" and text:
            names.append(text)
        field_type = field_type or _name(doc, node, "FT")
        if value is None:
            kind, text = doc.xref_get_key(node, "V")
            value = text if kind == "xref" else None
        kind, parent = doc.xref_get_key(node, "Parent")
        node = int(parent.split()[0]) if kind == "xref" else None
    name = ".".join(reversed(names)) or None
    if field_type == "/Sig":
        return name, value if value and _is_signature(doc, value) else None
    return name, None


def _is_signature(doc: pymupdf.Document, reference: str) -> bool:
    xref = int(reference.split()[0])
    if not 0 < xref < doc.xref_length():
        return False
    keys = set(doc.xref_get_keys(xref))  # names only: /Contents can be tens of kilobytes
    return {"ByteRange", "Contents"} <= keys


def _name(doc: pymupdf.Document, xref: int, key: str) -> str | None:
    kind, value = doc.xref_get_key(xref, key)
    if kind != "name":
        return None
    text = str(value)
    return text if key == "FT" else text.lstrip("/")


def _display_box(doc: pymupdf.Document, page: pymupdf.Page, xref: int) -> Box | None:
    kind, value = doc.xref_get_key(xref, "Rect")
    if kind != "array":
        return None
    try:
        numbers = [float(v) for v in value.strip("[] ").split()]
    except ValueError:
        return None
    if len(numbers) != 4:
        return None
    rect = pymupdf.Rect(numbers) * page.transformation_matrix * page.rotation_matrix
    rect.normalize()
    return (rect.x0, rect.y0, rect.x1, rect.y1)


def _fingerprint(doc: pymupdf.Document, xref: int) -> str:
    digest = hashlib.sha256(doc.xref_object(xref, compressed=True).encode("utf-8", "replace"))
    kind, value = doc.xref_get_key(xref, "AP/N")
    if kind == "xref":
        appearance = int(value.split()[0])
        digest.update(doc.xref_object(appearance, compressed=True).encode("utf-8", "replace"))
        if doc.xref_is_stream(appearance):
            digest.update(doc.xref_stream_raw(appearance) or b"")
    return digest.hexdigest()
