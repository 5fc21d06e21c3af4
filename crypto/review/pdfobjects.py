"""Small read-only helpers over pyHanko's PDF objects for the change analysis.

Comparisons are on raw values (an indirect reference compares by object number, never by what
it points to), so "unchanged" means byte-for-byte the same structure; walks are bounded so a
crafted file cannot make them loop or explode.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import Reference
from pyhanko.pdf_utils.misc import PdfError

MAX_WALK = 200_000  # objects visited by one walk; beyond it the file is treated as hostile
MAX_DEPTH = 64


class WalkLimit(ValueError):
    """A structure is deeper or larger than any legitimate document needs."""


def ref_of(value: Any) -> Reference | None:
    """The reference an indirect value points at (None for direct values)."""
    if isinstance(value, generic.IndirectObject):
        return Reference(value.idnum, value.generation)
    return None


def plain(ref: Any) -> Reference:
    """A reference without its PDF handler (for sets and dictionary keys)."""
    return Reference(ref.idnum, ref.generation)


def clear(value: Any) -> Any:
    """An encrypted file's value as its decrypted self (values that were never encrypted, and
    those of unencrypted files, as they are)."""
    return value.decrypted if isinstance(value, generic.DecryptedObjectProxy) else value


def deref(value: Any) -> Any:
    """The object behind an indirect value (direct values as they are)."""
    value = clear(value)
    return value.get_object() if isinstance(value, generic.IndirectObject) else value


def raw(container: Any, key: str) -> Any:
    """``container[key]`` without dereferencing (None when absent or not a dictionary)."""
    if isinstance(container, generic.DictionaryObject):
        try:
            return container.raw_get(key)
        except KeyError:
            return None
    return None


def same(a: Any, b: Any, depth: int = 0) -> bool:
    """Structural equality of two raw PDF values (references by number, streams by bytes)."""
    if depth > MAX_DEPTH:
        raise WalkLimit("object nesting too deep")
    a, b = clear(a), clear(b)
    if isinstance(a, generic.IndirectObject) or isinstance(b, generic.IndirectObject):
        return (isinstance(a, generic.IndirectObject) and isinstance(b, generic.IndirectObject)
                and a.idnum == b.idnum and a.generation == b.generation)
    if isinstance(a, generic.StreamObject) or isinstance(b, generic.StreamObject):
        if not (isinstance(a, generic.StreamObject) and isinstance(b, generic.StreamObject)):
            return False
        if a.encoded_data != b.encoded_data:
            return False
    if isinstance(a, generic.DictionaryObject):
        if not isinstance(b, generic.DictionaryObject) or set(a.keys()) != set(b.keys()):
            return False
        return all(same(a.raw_get(k), b.raw_get(k), depth + 1) for k in a.keys())
    if isinstance(a, generic.ArrayObject):
        return (isinstance(b, generic.ArrayObject) and len(a) == len(b)
                and all(same(x, y, depth + 1) for x, y in zip(a, b, strict=True)))
    if isinstance(a, generic.TextStringObject | generic.ByteStringObject):
        return (isinstance(b, generic.TextStringObject | generic.ByteStringObject)
                and a.original_bytes == b.original_bytes)
    numbers = (generic.NumberObject, generic.FloatObject)
    if isinstance(a, numbers) and isinstance(b, numbers):  # 90 and 90.0 are the same value
        return float(a) == float(b)
    if type(a) is not type(b):
        return False
    return bool(a == b)


def differing_keys(old: Any, new: Any, ignore: Iterable[str] = ()) -> list[str]:
    """Keys whose raw values differ between two dictionaries (added and removed keys too)."""
    if not isinstance(old, generic.DictionaryObject) or not isinstance(
        new, generic.DictionaryObject
    ):
        return ["(type)"]
    skip = set(ignore)
    keys = (set(old.keys()) | set(new.keys())) - skip
    return sorted(k for k in keys if not same(raw(old, k), raw(new, k)))


def references_in(value: Any) -> Iterator[Reference]:
    """Every reference directly inside a raw value (not following them)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise WalkLimit("object nesting too deep")
        if isinstance(item, generic.IndirectObject):
            yield Reference(item.idnum, item.generation)
        elif isinstance(item, generic.DictionaryObject):
            # RAW: references need no decryption, and a signature's /Contents in an encrypted
            # file is never encrypted (decrypting it fails: "not a multiple of the block length")
            raw_access = generic.EncryptedObjAccess.RAW
            stack.extend((item.raw_get(k, decrypt=raw_access), depth + 1) for k in item.keys())
        elif isinstance(item, generic.ArrayObject):
            stack.extend((v, depth + 1) for v in item)


def reachable(resolver: Any, start: Any, allowed: set[Reference] | None) -> set[Reference]:
    """References reachable from ``start`` following only those in ``allowed`` (None: all)."""
    found: set[Reference] = set()
    todo = list(references_in(start))
    while todo:
        ref = todo.pop()
        if ref in found or (allowed is not None and ref not in allowed):
            continue
        found.add(ref)
        if len(found) > MAX_WALK:
            raise WalkLimit("too many objects")
        todo.extend(references_in(resolver(ref)))
    return found


@dataclass
class PageTree:
    """The pages of one revision in order, and the intermediate page-tree nodes."""

    pages: list[Reference] = field(default_factory=list)
    nodes: set[Reference] = field(default_factory=set)

    def number(self, ref: Reference) -> int:
        """1-based page number of ``ref`` (0 when it is not a page here)."""
        try:
            return self.pages.index(ref) + 1
        except ValueError:
            return 0


def page_tree(resolver: Any) -> PageTree:
    """Walk ``/Root /Pages`` (bounded, cycle-safe)."""
    tree = PageTree()
    root = resolver.root_ref.get_object()
    start = raw(root, "/Pages")
    stack = [(start, 0)]
    seen: set[Reference] = set()
    while stack:
        value, depth = stack.pop()
        ref = ref_of(value)
        if ref is None or ref in seen or depth > MAX_DEPTH:
            continue
        seen.add(ref)
        if len(seen) > MAX_WALK:
            raise WalkLimit("page tree too large")
        node = resolver(ref)
        kids = raw(node, "/Kids")
        if raw(node, "/Type") == "/Pages" or (kids is not None and raw(node, "/Type") != "/Page"):
            tree.nodes.add(ref)
            kids = deref(kids)
            if isinstance(kids, generic.ArrayObject):
                stack.extend((k, depth + 1) for k in reversed(list(kids)))
        else:
            tree.pages.append(ref)
    return tree


def page_annotations(page: Any) -> tuple[list[Reference], Reference | None]:
    """A page's annotation references and, if the array is indirect, its reference."""
    value = raw(page, "/Annots")
    array = deref(value)
    if not isinstance(array, generic.ArrayObject):
        return [], ref_of(value)
    return [r for r in (ref_of(v) for v in array) if r is not None], ref_of(value)


@dataclass
class FormField:
    """One terminal form field: its dictionary, type, value and widget annotations."""

    name: str
    ref: Reference
    kind: str  # /FT, inherited
    widgets: list[Reference]


def form_fields(resolver: Any, form: Any) -> dict[str, FormField]:
    """Terminal fields by fully qualified name (bounded walk of /AcroForm /Fields)."""
    out: dict[str, FormField] = {}
    top = deref(raw(deref(form), "/Fields"))
    if not isinstance(top, generic.ArrayObject):
        return out
    start = [r for r in (ref_of(v) for v in top) if r is not None]
    stack: list[tuple[Reference, str, str, int]] = [(r, "", "", 0) for r in reversed(start)]
    seen: set[Reference] = set()
    while stack:
        ref, prefix, inherited, depth = stack.pop()
        if ref in seen or depth > MAX_DEPTH:
            continue
        seen.add(ref)
        if len(seen) > MAX_WALK:
            raise WalkLimit("form too large")
        node = resolver(ref)
        if not isinstance(node, generic.DictionaryObject):
            continue
        part = raw(node, "/T")
        name = f"{prefix}.{part}" if prefix and part is not None else str(part or prefix)
        kind = str(raw(node, "/FT") or inherited)
        kids = deref(raw(node, "/Kids"))
        kid_refs = []
        if isinstance(kids, generic.ArrayObject):
            kid_refs = [r for r in (ref_of(k) for k in kids) if r is not None]
        kid_fields = [k for k in kid_refs if "/T" in resolver(k)]
        if kid_fields:
            stack.extend((k, name, kind, depth + 1) for k in reversed(kid_fields))
            continue
        out[name] = FormField(name, ref, kind, kid_refs or [ref])
    return out


def text_of(value: Any, limit: int = 80) -> str:
    """A field value as a short readable string."""
    value = deref(value)
    if value is None:
        return ""
    if isinstance(value, generic.NameObject):
        text = str(value)[1:]
    elif isinstance(value, generic.ArrayObject):
        text = ", ".join(text_of(v, limit) for v in value)
    elif isinstance(value, generic.TextStringObject | generic.ByteStringObject):
        try:
            text = str(value)
        except (UnicodeDecodeError, ValueError):
            text = value.original_bytes.hex()
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(obj: Any) -> str:
    """A few words on what an object is (for unexplained changes)."""
    if isinstance(obj, generic.StreamObject):
        sub = raw(obj, "/Subtype") or raw(obj, "/Type")
        return f"stream {sub}" if sub else "stream"
    if isinstance(obj, generic.DictionaryObject):
        kind = raw(obj, "/Type") or raw(obj, "/Subtype") or raw(obj, "/FT")
        return f"dictionary {kind}" if kind else "dictionary"
    return type(obj).__name__.replace("Object", "").lower() or "value"


def refs_in_use(reader: Any, revision: int) -> set[Reference]:
    """Every object defined in ``revision`` (0-based): written by it or kept from earlier ones.

    Slightly generous (a number later reused with a new generation may appear under both), which
    only makes :func:`referenced` see more references — the safe direction.
    """
    xrefs = reader.xrefs
    found: set[Reference] = set()
    for rev in range(revision + 1):
        found |= {plain(r) for r in xrefs.explicit_refs_in_revision(rev)}
    return {r for r in found if xrefs.get_historical_ref(r, revision) is not None}


def referenced(resolver: Any, objects: Iterable[Reference], targets: set[Reference],
               trailer: Any = None) -> set[Reference]:
    """Those of ``targets`` that ``trailer`` or an object in ``objects`` points at, following
    the references of targets found this way (a target that only other, unreferenced targets
    point at stays unreferenced).  An object that cannot be read, or a document too large to
    scan, counts as pointing at every target: the answer errs towards "referenced"."""
    seen: set[Reference] = set()
    try:
        seen |= set(references_in(trailer)) & targets
        for count, ref in enumerate(r for r in objects if r not in targets):
            if count > MAX_WALK:
                return set(targets)
            seen |= set(references_in(resolver(ref))) & targets
        todo = list(seen)
        while todo:
            for ref in set(references_in(resolver(todo.pop()))) & targets - seen:
                seen.add(ref)
                todo.append(ref)
    except (PdfError, WalkLimit, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError):  # hostile or broken objects: assume the worst
        return set(targets)
    return seen
