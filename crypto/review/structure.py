"""Byte-level sanity checks pyHanko does not make: byte ranges and the updates after signing.

Two attacks live below the object level.  Signature wrapping and universal forgery bend the
``/ByteRange`` so that the signed bytes are not the document shown; incremental saving attacks
append bytes that a viewer renders but that no clean incremental update explains.  So:

* a signature's ``/ByteRange`` must be two ranges starting at 0, inside the file, whose only gap
  is exactly the hex string of that dictionary's ``/Contents``, ending where a revision ends;
* after the last signed revision, every byte must belong to clean incremental updates: the
  objects their own cross-reference section lists, that section, its trailer, ``startxref`` and
  ``%%EOF`` — nothing else, no entry pointing back into signed bytes, nothing after the end.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.xref import ObjStreamRef, XRefSectionType, read_object_header
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

WHITESPACE = b"\x00\t\n\x0c\r "
HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")
TRAILER_WINDOW = 1 << 16  # the trailer dictionary and startxref follow the xref within this
_EOF_TAIL = re.compile(rb"startxref[\x00\t\n\x0c\r ]+(\d+)[\x00\t\n\x0c\r ]+%%EOF(\r\n|\r|\n)?")

Buffer = Any  # bytes or an mmap: anything that slices, finds and has a length


@dataclass(frozen=True)
class ByteRangeCheck:
    """Whether one signature's /ByteRange is the normal shape, and if not why."""

    problems: tuple[str, ...]
    end: int  # where the second range ends (0 when unreadable)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class TailCheck:
    """What follows the last signed revision."""

    updates: int = 0  # clean incremental updates found after it
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems


def check_byte_range(data: Buffer, sig: EmbeddedPdfSignature, ends: Sequence[int],
                     size: int) -> ByteRangeCheck:
    """Check ``sig``'s /ByteRange against the file's first ``size`` bytes and revision ends."""
    raw = sig.byte_range
    values = list(raw) if isinstance(raw, generic.ArrayObject) else []
    if len(values) != 4 or not all(isinstance(v, generic.NumberObject) and
                                   not isinstance(v, generic.FloatObject) for v in values):
        return ByteRangeCheck(("/ByteRange is not four integers",), 0)
    start1, len1, start2, len2 = (int(v) for v in values)
    problems: list[str] = []
    if start1 != 0:
        problems.append("/ByteRange does not start at the beginning of the file")
    if min(len1, start2, len2) < 0 or start2 < len1 + 2:
        problems.append("/ByteRange ranges are negative, overlap or leave no room for /Contents")
    end = start2 + len2
    if end > size or len1 > size:
        problems.append(f"/ByteRange reaches beyond the end of the file ({end} > {size})")
    if problems:
        return ByteRangeCheck(tuple(problems), 0)
    gap = bytes(data[len1:start2])
    if gap[:1] != b"<" or gap[-1:] != b">" or not set(gap[1:-1]) <= HEX_DIGITS:
        problems.append("the unsigned gap in /ByteRange is not exactly a hex string")
    else:
        try:
            value = binascii.unhexlify(gap[1:-1] if len(gap) % 2 == 0 else gap[1:-1] + b"0")
        except binascii.Error:
            value = b""
        if value != sig.pkcs7_content:
            problems.append("the unsigned gap in /ByteRange is not this signature's /Contents")
    where = _sig_object_offset(sig)
    if where is None:
        problems.append("the signature dictionary is not a plain object in the signed bytes")
    elif not (where < len1 and bytes(data[max(where, len1 - 64):len1]).rstrip(WHITESPACE)
              .endswith(b"/Contents")):
        problems.append("the unsigned gap is not the /Contents entry of the signature dictionary")
    if not _at_revision_end(data, end, ends):
        problems.append(f"the signed bytes end at offset {end}, which is not the end of a revision")
    return ByteRangeCheck(tuple(problems), end)


def _at_revision_end(data: Buffer, end: int, ends: Sequence[int]) -> bool:
    """``end`` is a revision's end, give or take whitespace after its ``%%EOF``."""
    return any(0 < e <= end and end - e <= 64 and not bytes(data[e:end]).strip(WHITESPACE)
               for e in ends)


def _sig_object_offset(sig: EmbeddedPdfSignature) -> int | None:
    ref = sig.sig_field.raw_get("/V")
    if not isinstance(ref, generic.IndirectObject):
        return None
    where = sig.reader.xrefs.get_historical_ref(ref.reference, sig.signed_revision)
    return where if isinstance(where, int) else None


def revision_ends(data: Buffer, reader: PdfFileReader) -> list[int]:
    """Offset just after ``%%EOF`` (and its end-of-line) of every revision, oldest first."""
    ends = []
    xrefs = reader.xrefs
    for rev in range(xrefs.total_revisions):
        meta = xrefs.get_xref_container_info(rev)
        found = _find_eof(data, meta.end_location, meta.declared_startxref)
        ends.append(found if found is not None else -1)
    return ends


def _find_eof(data: Buffer, start: int, startxref: int) -> int | None:
    window = bytes(data[start:start + TRAILER_WINDOW])
    for match in _EOF_TAIL.finditer(window):
        if int(match.group(1)) == startxref:
            return start + match.end()
    return None


def check_tail(data: Buffer, reader: PdfFileReader, signed_revision: int, signed_end: int,
               size: int) -> TailCheck:
    """Every byte after ``signed_end`` must be a clean incremental update (see module doc)."""
    result = TailCheck()
    ends = revision_ends(data, reader)
    pos = signed_end
    for rev in range(signed_revision + 1, reader.xrefs.total_revisions):
        try:
            pos = _check_update(data, reader, rev, pos, ends[rev], result.problems)
        except (misc.PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
            result.problems.append(f"revision {rev + 1} cannot be parsed ({_short(exc)})")
        if result.problems:
            return result
        result.updates += 1
    rest = bytes(data[pos:size]) if size - pos <= 4096 else b"x"
    if rest.strip(WHITESPACE):
        result.problems.append(
            f"{size - pos} bytes after the end of the last revision (offset {pos}) are not a "
            "valid incremental update"
        )
    return result


def _check_update(data: Buffer, reader: PdfFileReader, rev: int, start: int, end: int,
                  problems: list[str]) -> int:
    """Walk revision ``rev``'s bytes [start, end); return ``end`` (problems appended)."""
    xrefs = reader.xrefs
    meta = xrefs.get_xref_container_info(rev)
    label = f"revision {rev + 1}"
    if end < 0:
        problems.append(f"{label} has no startxref/%%EOF matching its cross-reference section")
        return start
    xref_at = meta.declared_startxref
    table = meta.xref_section_type is not XRefSectionType.STREAM
    if not start <= xref_at < end or (
        table and (bytes(data[xref_at:xref_at + 4]) != b"xref" or meta.start_location <= xref_at)
    ) or (not table and meta.start_location != xref_at):
        problems.append(f"{label}: its cross-reference section is not inside the update")
        return end
    section = xrefs.get_xref_data(rev)
    listed = _listed_objects(xrefs, rev, section, start, xref_at, problems, label)
    listed.pop(xref_at, None)  # an xref stream may list itself
    if section.hybrid is not None:
        hybrid_at = section.hybrid.meta_info.start_location
        if not start <= hybrid_at < end:
            problems.append(f"{label}: its hybrid cross-reference stream is outside the update")
        listed.setdefault(hybrid_at, None)
    if problems:
        return end
    pos = _skip_filler(data, start, end)
    seen: set[int] = set()
    while pos < xref_at:
        if pos not in listed:
            problems.append(f"{label}: unexpected bytes at offset {pos} (not a listed object)")
            return end
        seen.add(pos)
        pos = _skip_filler(data, _end_of_object(reader, pos), end)
    missing = sorted(set(listed) - seen)
    if pos != xref_at or missing:
        problems.append(f"{label}: objects and cross-reference section do not line up "
                        f"(offset {missing[0] if missing else pos})")
        return end
    if not table:
        pos = _end_of_object(reader, pos)
    else:
        pos = _end_of_trailer(reader, meta.end_location)
    pos = _skip_filler(data, pos, end)
    closing = _EOF_TAIL.match(bytes(data[pos:end]))
    if closing is None or closing.end() != end - pos:
        problems.append(f"{label}: unexpected bytes between its trailer and %%EOF (offset {pos})")
    return end


def _listed_objects(xrefs: Any, rev: int, section: Any, start: int, stop: int,
                    problems: list[str], label: str) -> dict[int, tuple[int, int] | None]:
    """Offsets of the objects this update defines; entries pointing elsewhere are problems."""
    listed: dict[int, tuple[int, int] | None] = {}
    entries = dict(section.standard_xrefs)
    if section.hybrid is not None:
        entries.update(section.hybrid.xref_data.standard_xrefs)
    for idnum, (gen, offset) in entries.items():
        if start <= offset < stop:
            listed[offset] = (idnum, gen)
            continue
        previous = xrefs.get_historical_ref(generic.Reference(idnum, gen), rev - 1)
        if previous != offset:
            problems.append(f"{label}: object {idnum} is redirected to offset {offset}, "
                            "outside the update")
    in_streams = dict(section.xrefs_in_objstm)
    if section.hybrid is not None:
        in_streams.update(section.hybrid.xref_data.xrefs_in_objstm)
    own = {idnum for idnum, (_gen, offset) in entries.items() if start <= offset < stop}
    for idnum, where in in_streams.items():
        if isinstance(where, ObjStreamRef) and where.obj_stream_id not in own:
            previous = xrefs.get_historical_ref(generic.Reference(idnum, 0), rev - 1)
            if previous != where:
                problems.append(f"{label}: object {idnum} is redirected into object stream "
                                f"{where.obj_stream_id} from another revision")
    return listed


def _skip_filler(data: Buffer, pos: int, end: int) -> int:
    """Skip whitespace and comments (``%`` to end of line)."""
    while pos < end:
        byte = data[pos:pos + 1]
        if byte and byte in WHITESPACE:
            pos += 1
        elif byte == b"%":
            nl = min((i for i in (data.find(b"\n", pos, end), data.find(b"\r", pos, end))
                      if i >= 0), default=end)
            pos = nl
        else:
            break
    return pos


def _end_of_object(reader: PdfFileReader, offset: int) -> int:
    stream = reader.stream
    stream.seek(offset)
    idnum, gen = read_object_header(stream, strict=False)
    generic.read_object(stream, generic.Reference(idnum, gen, reader))
    misc.read_non_whitespace(stream, seek_back=True)
    if stream.read(6) != b"endobj":
        raise misc.PdfReadError(f"object {idnum} at offset {offset} has no endobj")
    return int(stream.tell())


def _end_of_trailer(reader: PdfFileReader, after_entries: int) -> int:
    stream = reader.stream
    back = min(after_entries, 32)
    stream.seek(after_entries - back)
    if not stream.read(back).rstrip(WHITESPACE).endswith(b"trailer"):
        # pyHanko stops after the keyword; if it did not, the keyword must come next
        misc.read_non_whitespace(stream, seek_back=True)
        if stream.read(7) != b"trailer":
            raise misc.PdfReadError("no trailer after the cross-reference table")
    misc.read_non_whitespace(stream, seek_back=True)
    generic.read_object(stream, generic.TrailerReference(reader))
    return int(stream.tell())


def _short(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__).splitlines()[0][:160]


__all__ = ["ByteRangeCheck", "TailCheck", "check_byte_range", "check_tail", "revision_ends"]
