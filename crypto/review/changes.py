"""What changed in each revision, in a lawyer's terms, and how far each change goes.

pyHanko's difference analysis decides whether a revision stays within a modification level, but
it is documented as experimental, rejects annotations outright and lists nothing.  This module
reads every object a revision writes and explains it by its role — a form field's value, a new
signature, an annotation on page N, validation data — or reports it as an unexplained change.
Anything not positively recognised is ``OTHER``: an object that already existed is explained
only by its own role, never because something new points at it, so repainting an existing image
through a new annotation is still a content change.

Object numbers are only *numbers*: a revision may define one that the signed revision left
undefined (pyHanko's writer leaves a gap at the old /Size; poppler's pdfsig fills the lowest free
number with its font), and that is a new object as long as nothing in the signed revision points
at it — a dangling reference that a later definition would bring to life is still a change to
what was signed.  New objects that nothing points at (writers leave such debris) cannot be
displayed and are not changes.  Default resources (/AcroForm /DR) may gain fonts for new or
filled fields, but not one that an untouched field's /DA already names.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import Reference
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel

from crypto.review.model import ChangeKind
from crypto.review.pdfobjects import (
    FormField,
    PageTree,
    WalkLimit,
    deref,
    describe,
    differing_keys,
    form_fields,
    page_annotations,
    page_tree,
    plain,
    raw,
    reachable,
    ref_of,
    referenced,
    references_in,
    refs_in_use,
    same,
    text_of,
)
from crypto.review.texts import say

Level = ModificationLevel
LTA_CATALOG_KEYS = frozenset({"/DSS", "/Metadata", "/Extensions", "/Version", "/Info"})
DSS_KEYS = frozenset({"/Type", "/VRI", "/Certs", "/CRLs", "/OCSPs", "/Cert", "/CRL", "/OCSP",
                      "/TU", "/TS"})
FILL_KEYS = frozenset({"/V", "/AS", "/AP"})
FORM_FILL_KEYS = frozenset({"/Fields", "/SigFlags", "/DR"})


@dataclass(frozen=True)
class ChangeItem:
    """One change in one revision (text chosen later, in the reader's language)."""

    kind: ChangeKind
    level: ModificationLevel
    key: str
    params: tuple[tuple[str, str], ...] = ()
    field_name: str | None = None  # for FieldMDP locks

    def text(self, lang: str) -> str:
        return say(self.key, lang, **dict(self.params))

    @property
    def listed(self) -> bool:
        """LTA maintenance (validation data, archive timestamps) is not a change to list."""
        return bool(self.level > Level.LTA_UPDATES)


@dataclass
class RevisionDiff:
    """Everything revision ``revision`` (0-based) changed relative to the one before.

    ``weak`` marks a revision where an existing appearance stream was rewritten in place: we
    accept that only when pyHanko's analysis (which checks every other use of the stream)
    accepts it too.
    """

    revision: int
    items: list[ChangeItem] = field(default_factory=list)
    weak: bool = False

    @property
    def level(self) -> ModificationLevel:
        return max((i.level for i in self.items), default=Level.LTA_UPDATES)


def _item(kind: ChangeKind, level: Level, key: str, *, field: str | None = None,
          **params: object) -> ChangeItem:
    return ChangeItem(kind, level, key, tuple((k, str(v)) for k, v in params.items()), field)


class RevisionReader:
    """Analyses revisions of one document, caching each revision's page tree."""

    def __init__(self, reader: PdfFileReader) -> None:
        self.reader = reader
        self._trees: dict[int, PageTree] = {}
        self._diffs: dict[int, RevisionDiff] = {}

    def diff(self, rev: int) -> RevisionDiff:
        """Revision ``rev`` against ``rev - 1`` (never raises: unreadable means OTHER)."""
        if rev not in self._diffs:
            try:
                self._diffs[rev] = _RevisionAnalysis(self, rev).run()
            except (PdfError, WalkLimit, ValueError, KeyError, TypeError, AttributeError,
                    IndexError, RecursionError) as exc:
                detail = (str(exc).strip() or type(exc).__name__).splitlines()[0][:120]
                self._diffs[rev] = RevisionDiff(rev, [_item(
                    ChangeKind.OTHER, Level.OTHER, "unreadable_revision", revision=rev + 1,
                    detail=detail)])
        return self._diffs[rev]

    def tree(self, rev: int) -> PageTree:
        if rev not in self._trees:
            self._trees[rev] = page_tree(self.reader.get_historical_resolver(rev))
        return self._trees[rev]


class _RevisionAnalysis:
    def __init__(self, doc: RevisionReader, rev: int) -> None:
        reader = doc.reader
        self.doc, self.rev = doc, rev
        self.old = reader.get_historical_resolver(rev - 1)
        self.new = reader.get_historical_resolver(rev)
        freed = {plain(r) for r in reader.xrefs.refs_freed_in_revision(rev)}
        self.changed = {plain(r) for r in reader.xrefs.explicit_refs_in_revision(rev)} - freed
        self.fresh = {r for r in self.changed if self.old.is_ref_unassignable(r)}
        undefined = {r for r in self.changed - self.fresh
                     if reader.xrefs.get_historical_ref(r, rev - 1) is None}
        if undefined:  # numbers the signed revision left free, defined now
            self.fresh |= undefined - referenced(self.old, refs_in_use(reader, rev - 1),
                                                 undefined, self.old.trailer_view)
        self.explained: set[Reference] = set()
        self.weak = False
        self.widgets_on_pages: dict[Reference, int] = {}
        self.items = [_item(ChangeKind.OTHER, Level.OTHER, "object_freed", ref=f"{r.idnum}")
                      for r in sorted(freed, key=lambda r: r.idnum)]

    def run(self) -> RevisionDiff:
        for ref in self.changed:
            obj = self.new(ref)
            if isinstance(obj, generic.StreamObject) and raw(obj, "/Type") in ("/XRef",
                                                                                "/ObjStm"):
                self.explained.add(ref)
        info = ref_of(self.new.trailer_view.raw_get("/Info")
                      if "/Info" in self.new.trailer_view else None)
        if info is not None and info in self.changed:
            self.explain_with_new(info)
        self.catalog()
        self.pages()
        self.form()
        loose = (self.changed - self.explained) & self.fresh
        if loose:  # new objects nothing points at: debris, never displayed — but bytes were
            # added after signing, so the file is not "unchanged": listed, at the lowest level
            # a reader is told about (a certification that allows no change still refuses it)
            debris = loose - referenced(self.new, refs_in_use(self.doc.reader, self.rev),
                                        loose, self.new.trailer_view)
            self.explained |= debris
            if debris:
                self.items.append(_item(ChangeKind.OTHER, Level.FORM_FILLING, "objects_unused",
                                        count=str(len(debris))))
        for ref in sorted(self.changed - self.explained, key=lambda r: r.idnum):
            key = "object_added" if ref in self.fresh else "object_changed"
            self.items.append(_item(ChangeKind.OTHER, Level.OTHER, key,
                                    ref=f"{ref.idnum}", nature=describe(self.new(ref))))
        return RevisionDiff(self.rev, self.items, self.weak)

    # --- helpers ---------------------------------------------------------------------------

    def explain_with_new(self, ref: Reference | None, start: Any = None) -> None:
        """Explain ``ref`` and every new object reachable from it (not existing ones)."""
        if ref is not None:
            self.explained.add(ref)
            start = self.new(ref) if start is None else start
        if start is not None:
            self.explained |= reachable(self.new, start, self.fresh)

    # --- document catalog and validation data ----------------------------------------------

    def catalog(self) -> None:
        old_root, new_root = plain(self.old.root_ref), plain(self.new.root_ref)
        if old_root != new_root:
            self.items.append(_item(ChangeKind.OTHER, Level.OTHER, "root_replaced"))
            return
        old_cat, new_cat = self.old(new_root), self.new(new_root)
        dss = raw(new_cat, "/DSS")
        if dss is not None:
            self.dss(raw(old_cat, "/DSS"), dss)
        self.metadata_rewritten(new_root, raw(old_cat, "/Metadata"), raw(new_cat, "/Metadata"))
        if new_root not in self.changed:
            return
        self.explained.add(new_root)
        keys = differing_keys(old_cat, new_cat, ignore=("/AcroForm",))
        other = [k for k in keys if k not in LTA_CATALOG_KEYS]
        if other:
            self.items.append(_item(ChangeKind.OTHER, Level.OTHER, "catalog_changed",
                                    keys=", ".join(other)))
        if "/Metadata" in keys or "/Info" in keys:
            self.items.append(_item(ChangeKind.OTHER, Level.LTA_UPDATES, "metadata_updated"))
            for key in ("/Metadata", "/Info"):
                self.explain_with_new(ref_of(raw(new_cat, key)))

    def metadata_rewritten(self, root: Reference, old_value: Any, new_value: Any) -> None:
        """The document's XMP stream rewritten in place (pyHanko refreshes it on every write,
        e.g. in the DSS revision of an ECDSA B-LT signature): maintenance, like a new one —
        only when nothing but the catalog's /Metadata entry points at it, before and after
        (a stream also drawn as page content, attached as a file, run as JavaScript … is a
        change to what was signed), and the new stream is XMP."""
        ref = ref_of(new_value)
        if ref is None or ref != ref_of(old_value) or ref not in self.changed:
            return
        if not all(isinstance(o, generic.StreamObject) and raw(o, "/Type") == "/Metadata"
                   and raw(o, "/Subtype") == "/XML" for o in (self.old(ref), self.new(ref))):
            return
        for catalog in (self.old(root), self.new(root)):
            if not isinstance(catalog, generic.DictionaryObject):
                return
            for key in catalog:
                if key != "/Metadata" and ref in set(references_in(catalog.raw_get(key))):
                    return
        if ref in set(references_in(self.new.trailer_view)):
            return
        others = refs_in_use(self.doc.reader, self.rev) - {root, ref}
        if referenced(self.new, others, {ref}):
            return
        if not _is_xmp(self.new(ref)):
            return
        self.explained.add(ref)
        self.items.append(_item(ChangeKind.OTHER, Level.LTA_UPDATES, "metadata_updated"))

    def dss(self, old_value: Any, new_value: Any) -> None:
        before = reachable(self.old, old_value, None) if old_value is not None else set()
        ref = ref_of(new_value)
        if ref is not None:
            before |= {ref_of(old_value)} - {None}  # type: ignore[arg-type]
        now = reachable(self.new, new_value, None) | ({ref} if ref else set())
        touched = now & self.changed
        if not touched:
            return
        for r in touched:
            if r in self.fresh or (r in before and self.dss_structure(r)):
                self.explained.add(r)
        self.items.append(_item(ChangeKind.OTHER, Level.LTA_UPDATES, "dss_updated"))

    def dss_structure(self, ref: Reference) -> bool:
        """An existing DSS/VRI dictionary or array (never a stream, never anything else)."""
        old, new = self.old(ref), self.new(ref)
        if isinstance(old, generic.ArrayObject) and isinstance(new, generic.ArrayObject):
            return True
        return all(isinstance(o, generic.DictionaryObject)
                   and not isinstance(o, generic.StreamObject)
                   and set(o.keys()) <= DSS_KEYS for o in (old, new))

    # --- pages and annotations -------------------------------------------------------------

    def pages(self) -> None:
        old_tree, new_tree = self.doc.tree(self.rev - 1), self.doc.tree(self.rev)
        if old_tree.pages != new_tree.pages:
            self.page_structure(old_tree, new_tree)
        for node in new_tree.nodes & self.changed:
            if old_tree.pages == new_tree.pages and not same(self.old(node), self.new(node)):
                self.items.append(_item(ChangeKind.PAGE, Level.OTHER, "pages_changed"))
            self.explained.add(node)
        for number, ref in enumerate(new_tree.pages, start=1):
            if ref in old_tree.pages:
                self.page(number, ref)

    def page_structure(self, old_tree: PageTree, new_tree: PageTree) -> None:
        old_set, new_set = set(old_tree.pages), set(new_tree.pages)
        for number, ref in enumerate(new_tree.pages, start=1):
            if ref not in old_set:
                self.items.append(_item(ChangeKind.PAGE, Level.OTHER, "page_added", page=number))
                self.explained.add(ref)
        for number, ref in enumerate(old_tree.pages, start=1):
            if ref not in new_set:
                self.items.append(_item(ChangeKind.PAGE, Level.OTHER, "page_removed", page=number))
        if old_set == new_set:
            self.items.append(_item(ChangeKind.PAGE, Level.OTHER, "pages_changed"))

    def page(self, number: int, ref: Reference) -> None:
        old_page, new_page = self.old(ref), self.new(ref)
        if ref in self.changed:
            self.explained.add(ref)
            keys = differing_keys(old_page, new_page, ignore=("/Annots",))
            if keys:
                self.items.append(_item(ChangeKind.PAGE, Level.OTHER, "page_changed",
                                        page=number, keys=", ".join(keys)))
        old_annots, old_array = page_annotations(old_page)
        new_annots, new_array = page_annotations(new_page)
        if new_array is not None and new_array in self.changed and (
            new_array == old_array or new_array in self.fresh
        ):
            self.explained.add(new_array)
        for annot in new_annots:
            if annot not in old_annots:
                self.annotation(number, annot, "annot_added")
            elif annot in self.changed:
                self.annotation(number, annot, "annot_changed")
        for annot in old_annots:
            if annot not in new_annots:
                subtype = str(raw(self.old(annot), "/Subtype") or "?")[1:]
                level = Level.OTHER if subtype == "Widget" else Level.ANNOTATIONS
                self.items.append(_item(ChangeKind.ANNOTATION, level, "annot_removed",
                                        page=number, subtype=subtype))

    def annotation(self, number: int, annot: Reference, key: str) -> None:
        obj = self.new(annot)
        if raw(obj, "/Subtype") == "/Widget" and ("/FT" in obj or "/Parent" in obj) and (
            key == "annot_changed" or annot in self.fresh
        ):
            self.widgets_on_pages[annot] = number
            return  # a form field's widget: the form analysis explains it
        subtype = str(raw(obj, "/Subtype") or "?")[1:]
        self.items.append(_item(ChangeKind.ANNOTATION, Level.ANNOTATIONS, key, page=number,
                                subtype=subtype))
        if annot in self.changed:
            self.explain_with_new(annot)

    # --- the form ---------------------------------------------------------------------------

    def form(self) -> None:
        old_form_value = raw(self.old.root_ref.get_object(), "/AcroForm")
        new_form_value = raw(self.new.root_ref.get_object(), "/AcroForm")
        old_form, new_form = deref(old_form_value), deref(new_form_value)
        form_ref = ref_of(new_form_value)
        if form_ref is not None and form_ref in self.changed:
            if form_ref == ref_of(old_form_value) or form_ref in self.fresh:
                self.explained.add(form_ref)
        old_fields = form_fields(self.old, old_form) if old_form is not None else {}
        new_fields = form_fields(self.new, new_form) if new_form is not None else {}
        if new_form is not None:
            self.form_settings(old_form, new_form,
                               self.fonts_in_use(old_form, old_fields, new_fields))
        for name, fld in new_fields.items():
            if name not in old_fields:
                self.new_field(name, fld)
            else:
                self.existing_field(name, old_fields[name], fld)
        for name in old_fields.keys() - new_fields.keys():
            self.items.append(_item(ChangeKind.FORM_FIELD, Level.OTHER, "field_removed",
                                    name=name))

    def fonts_in_use(self, old_form: Any, old_fields: dict[str, FormField],
                     new_fields: dict[str, FormField]) -> set[str]:
        """Font names in the /DA of fields visible at signing that a viewer draws from /DA
        (no appearance stream, or /NeedAppearances) and this revision leaves alone (and the
        form's default /DA they may inherit): such a field picks its font from /DR, so /DR must
        not gain one of these names afterwards."""
        names: set[str] = set()
        redraw = bool(raw(deref(old_form), "/NeedAppearances"))
        for name, old in old_fields.items():
            new = new_fields.get(name)
            refs = {old.ref, *old.widgets}
            if new is None or refs & self.changed or {new.ref, *new.widgets} != refs:
                continue  # removed or touched: explained (and listed) as such
            widgets = [self.old(w) for w in old.widgets]
            if any(_visible(w) and (redraw or raw(w, "/AP") is None) for w in widgets):
                for ref in refs:
                    names |= _da_fonts(raw(self.old(ref), "/DA"))
                names |= _da_fonts(raw(deref(old_form), "/DA"))
        return names

    def form_settings(self, old_form: Any, new_form: Any, fonts_in_use: set[str]) -> None:
        keys = differing_keys(old_form if old_form is not None else generic.DictionaryObject(),
                              new_form)
        bad = [k for k in keys if k not in FORM_FILL_KEYS]
        fields_ref = ref_of(raw(new_form, "/Fields"))
        if fields_ref is not None and fields_ref in self.changed and (
            fields_ref in self.fresh or fields_ref == ref_of(raw(old_form, "/Fields"))
        ):
            self.explained.add(fields_ref)
        if "/DR" in keys:
            added = self.resources_only_added(raw(old_form, "/DR"), raw(new_form, "/DR"))
            if added is None or set(added.get("/Font", ())) & fonts_in_use:
                bad.append("/DR")
            elif added:
                self.items.append(_item(ChangeKind.FORM_FIELD, Level.FORM_FILLING, "dr_added",
                                        names=", ".join(str(n)[1:] for v in added.values()
                                                        for n in sorted(v))))
        if bad:
            self.items.append(_item(ChangeKind.FORM_FIELD, Level.OTHER, "form_changed",
                                    keys=", ".join(bad)))

    def resources_only_added(self, old_value: Any, new_value: Any) -> dict[str, list[str]] | None:
        """Default resources may gain entries when a field is filled; none may change.  The
        names added, by category (/Font: [...]), or None when something else changed."""
        old_dr, new_dr = deref(old_value), deref(new_value)
        if old_dr is None:
            self.explain_with_new(ref_of(new_value), new_dr)
            if ref_of(new_value) is not None and ref_of(new_value) not in self.fresh:
                return None
            if not isinstance(new_dr, generic.DictionaryObject):
                return {}
            return {str(c): list(cat.keys()) for c in new_dr.keys()
                    if isinstance(cat := deref(raw(new_dr, c)), generic.DictionaryObject)}
        added: dict[str, list[str]] = {}
        for ref in (ref_of(new_value),):
            if ref is not None and ref in self.changed and ref == ref_of(old_value):
                self.explained.add(ref)
        for category in old_dr.keys():
            old_cat, new_cat = deref(raw(old_dr, category)), deref(raw(new_dr, category))
            if not isinstance(old_cat, generic.DictionaryObject):
                if not same(raw(old_dr, category), raw(new_dr, category)):
                    return None
                continue
            if not isinstance(new_cat, generic.DictionaryObject):
                return None
            if any(not same(raw(old_cat, k), raw(new_cat, k)) for k in old_cat.keys()):
                return None
            cat_ref = ref_of(raw(new_dr, category))
            if cat_ref is not None and cat_ref == ref_of(raw(old_dr, category)):
                self.explained.add(cat_ref)
            for k in set(new_cat.keys()) - set(old_cat.keys()):
                self.explain_with_new(ref_of(raw(new_cat, k)))
                added.setdefault(str(category), []).append(str(k))
        return added

    def new_field(self, name: str, fld: Any) -> None:
        obj = self.new(fld.ref)
        if fld.kind == "/Sig":
            sig = deref(raw(obj, "/V"))
            if isinstance(sig, generic.DictionaryObject):
                doc_ts = raw(sig, "/Type") == "/DocTimeStamp"
                visible = any(_visible(self.new(w)) for w in fld.widgets)
                level = Level.LTA_UPDATES if doc_ts and not visible else Level.FORM_FILLING
                key = "doc_timestamp_added" if doc_ts else "sig_added"
            else:
                visible = any(_visible(self.new(w)) for w in fld.widgets)
                level = Level.ANNOTATIONS if visible else Level.FORM_FILLING
                key = "empty_sig_added"
            self.items.append(_item(ChangeKind.FORM_FIELD, level, key, name=name))
        else:
            self.items.append(_item(ChangeKind.FORM_FIELD, Level.OTHER, "field_added", name=name))
        for ref in {fld.ref, *fld.widgets}:
            if ref in self.fresh:
                self.explain_with_new(ref)

    def existing_field(self, name: str, old: Any, new: Any) -> None:
        refs = {new.ref, *new.widgets}
        if not refs & self.changed:
            return
        if set(old.widgets) != set(new.widgets) or old.ref != new.ref:
            self.items.append(_item(ChangeKind.FORM_FIELD, Level.OTHER, "field_property",
                                    name=name, keys="/Kids"))
            return
        old_obj, new_obj = self.old(new.ref), self.new(new.ref)
        changed_keys: set[str] = set()
        for ref in refs & self.changed:
            changed_keys |= set(differing_keys(self.old(ref), self.new(ref), ignore=("/Kids",)))
            self.explained.add(ref)
            self.explain_appearance(self.old(ref), self.new(ref))
        other = sorted(changed_keys - FILL_KEYS)
        if other:
            self.items.append(_item(ChangeKind.FORM_FIELD, Level.OTHER, "field_property",
                                    name=name, keys=", ".join(other)))
        if new.kind == "/Sig" and "/V" in changed_keys:
            if raw(old_obj, "/V") is not None:
                self.items.append(_item(ChangeKind.FORM_FIELD, Level.OTHER, "sig_replaced",
                                        name=name))
            else:
                sig = deref(raw(new_obj, "/V"))
                doc_ts = raw(sig, "/Type") == "/DocTimeStamp"
                self.items.append(_item(ChangeKind.FORM_FIELD,
                                        Level.LTA_UPDATES if doc_ts else Level.FORM_FILLING,
                                        "doc_timestamp_added" if doc_ts else "sig_signed",
                                        name=name))
        elif "/V" in changed_keys:
            self.items.append(_item(ChangeKind.FORM_FIELD, Level.FORM_FILLING, "field_value",
                                    field=name, name=name, old=text_of(raw(old_obj, "/V")),
                                    new=text_of(raw(new_obj, "/V"))))
        elif changed_keys & {"/AP", "/AS"}:
            self.items.append(_item(ChangeKind.FORM_FIELD, Level.FORM_FILLING,
                                    "field_appearance", field=name, name=name))

    def explain_appearance(self, old_widget: Any, new_widget: Any) -> None:
        """New objects under /AP and /V; existing streams only if /AP already used them."""
        for key in ("/AP", "/V"):
            self.explain_with_new(None, raw(new_widget, key))
        before = set()
        if raw(old_widget, "/AP") is not None:
            before = reachable(self.old, raw(old_widget, "/AP"), None)
        for ref in reachable(self.new, raw(new_widget, "/AP"), self.changed) & before:
            if isinstance(self.new(ref), generic.StreamObject) and ref not in self.fresh:
                self.explained.add(ref)
                self.weak = True


_DA_FONT = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+[-+]?[\d.]+\s+Tf")


def _da_fonts(value: Any) -> set[str]:
    """Font names a default-appearance string selects ('/Helv 12 Tf 0 g' → {'/Helv'})."""
    value = deref(value)
    if not isinstance(value, generic.TextStringObject | generic.ByteStringObject):
        return set()
    return {"/" + m.decode("latin-1") for m in _DA_FONT.findall(value.original_bytes)}


def _visible(widget: Any) -> bool:
    rect = deref(raw(widget, "/Rect"))
    try:
        x1, y1, x2, y2 = (float(v) for v in rect)
    except (TypeError, ValueError):
        return False
    return abs(x2 - x1) * abs(y2 - y1) > 0


def _is_xmp(stream: Any) -> bool:
    """Whether a stream's data parses as an XMP packet (pyHanko's parser: no XML entities)."""
    from pyhanko.pdf_utils.metadata.xmp_xml import parse_xmp

    try:
        parse_xmp(io.BytesIO(stream.data))
    except Exception:  # noqa: BLE001 - anything unreadable is not maintenance
        return False
    return True
