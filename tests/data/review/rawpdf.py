"""PDF syntax written by hand, for the review corpus.

Attack samples need what a PDF library will not write on purpose: dead object definitions,
xref sections that point into signed bytes, updates without a trailer, a /Prev that loops, a
signature dictionary moved around its own /ByteRange.  These helpers write and patch the bytes
directly; they understand just enough PDF (classic xref tables, our own xref streams) for that.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

HEADER = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
FILE_ID = b"<5365616c4465736b436f72707573303031>"  # fixed, so that base documents are reproducible

_BYTERANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\] *")


def obj(num: int, body: bytes | str) -> bytes:
    """One indirect object, ``num 0 obj … endobj``."""
    if isinstance(body, str):
        body = body.encode("latin-1")
    return b"%d 0 obj\n%s\nendobj\n" % (num, body)


def stream(data: bytes | str, entries: str = "", *, flate: bool = False) -> bytes:
    """A stream object's body (dictionary + data); ``entries`` go into the dictionary."""
    if isinstance(data, str):
        data = data.encode("latin-1")
    if flate:
        data = zlib.compress(data, 9)
        entries += "/Filter/FlateDecode"
    head = f"<<{entries}/Length {len(data)}>>\nstream\n".encode("latin-1")
    return head + data + b"\nendstream"


def pdf_text(text: str) -> str:
    """A PDF literal string for ASCII text."""
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


# ---------------------------------------------------------------------------------------------
# whole documents


@dataclass(frozen=True)
class Built:
    """A hand-written document and where its dead (unreferenced) object definitions sit."""

    data: bytes
    dead_offsets: dict[int, int]  # object number → offset of a definition no xref points to


def build(
    objects: Sequence[tuple[int, bytes]],
    *,
    root: int,
    info: int | None = None,
    dead: Sequence[tuple[int, bytes]] = (),
) -> Built:
    """A one-revision PDF with a classic xref table; ``dead`` bodies are written but not indexed.

    Object numbers must run 1..N without gaps; dead objects reuse numbers of live ones (they
    are alternative definitions an attacker can point an xref entry at later).
    """
    out = bytearray(HEADER)
    offsets: dict[int, int] = {}
    for num, body in objects:
        offsets[num] = len(out)
        out += obj(num, body)
    dead_offsets: dict[int, int] = {}
    for num, body in dead:
        out += b"%% spare\n"
        dead_offsets[num] = len(out)
        out += obj(num, body)
    size = max(offsets) + 1
    if sorted(offsets) != list(range(1, size)):
        raise ValueError("object numbers must be 1..N")
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += trailer_bytes(size=size, root=root, info=info)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return Built(bytes(out), dead_offsets)


def build_with_xref_stream(
    objects: Sequence[tuple[int, bytes]],
    packed: Sequence[tuple[int, Sequence[tuple[int, bytes]]]],
    *,
    root: int,
    info: int | None = None,
) -> bytes:
    """A one-revision PDF whose index is an xref stream; ``packed`` are object streams.

    ``packed`` is ``[(objstm_number, [(num, body), …]), …]``: the first object stream listed
    for a number is the one the xref stream points to, later ones carry spare definitions.
    """
    out = bytearray(HEADER)
    entries: dict[int, tuple[int, int, int]] = {}
    for num, body in objects:
        entries[num] = (1, len(out), 0)
        out += obj(num, body)
    for stm_num, members in packed:
        entries[stm_num] = (1, len(out), 0)
        out += obj(stm_num, object_stream(members))
        for index, (num, _) in enumerate(members):
            entries.setdefault(num, (2, stm_num, index))
    xref_num = max(entries) + 1
    size = xref_num + 1
    entries[xref_num] = (1, len(out), 0)
    xref_at = len(out)
    out += obj(xref_num, xref_stream(entries, size=size, root=root, info=info))
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def object_stream(members: Sequence[tuple[int, bytes]]) -> bytes:
    """An /ObjStm body holding ``members`` (bodies without ``obj``/``endobj``)."""
    header, body = [], bytearray()
    for num, member in members:
        header.append(f"{num} {len(body)}")
        body += member + b"\n"
    head = (" ".join(header) + "\n").encode("latin-1")
    return stream(head + bytes(body), f"/Type/ObjStm/N {len(members)}/First {len(head)}")


def xref_stream(
    entries: Mapping[int, tuple[int, int, int]],
    *,
    size: int,
    root: int,
    info: int | None = None,
    prev: int | None = None,
    file_id: bytes = FILE_ID + FILE_ID,
) -> bytes:
    """An /XRef stream body (W [1 4 2]) for ``entries`` {num: (type, field2, field3)}."""
    nums = sorted(entries)
    index, rows = [], bytearray()
    start = prev_num = None
    for num in nums:
        if start is None or num != prev_num + 1:  # type: ignore[operator]
            index.append([num, 0])
            start = num
        index[-1][1] += 1
        prev_num = num
        kind, f2, f3 = entries[num]
        rows += kind.to_bytes(1, "big") + f2.to_bytes(4, "big") + f3.to_bytes(2, "big")
    idx = " ".join(f"{a} {b}" for a, b in index)
    extra = f"/Type/XRef/W[1 4 2]/Index[{idx}]/Size {size}/Root {root} 0 R"
    if info is not None:
        extra += f"/Info {info} 0 R"
    extra += f"/ID[{file_id.decode()}]"
    if prev is not None:
        extra += f"/Prev {prev}"
    return stream(bytes(rows), extra)


def trailer_bytes(
    *,
    size: int,
    root: int,
    info: int | None = None,
    prev: int | None = None,
    file_id: bytes = FILE_ID + FILE_ID,
) -> bytes:
    """``trailer << … >>`` with the usual keys."""
    parts = [b"/Size %d" % size, b"/Root %d 0 R" % root]
    if info is not None:
        parts.append(b"/Info %d 0 R" % info)
    parts.append(b"/ID [" + file_id + b"]")
    if prev is not None:
        parts.append(b"/Prev %d" % prev)
    return b"trailer\n<<" + b" ".join(parts) + b">>\n"


# ---------------------------------------------------------------------------------------------
# reading what is there


def last_startxref(data: bytes) -> int:
    """The offset after the last ``startxref`` keyword."""
    i = data.rindex(b"startxref")
    m = re.match(rb"startxref\s+(\d+)", data[i:])
    if m is None:
        raise ValueError("no startxref offset")
    return int(m.group(1))


@dataclass(frozen=True)
class Trailer:
    size: int
    root: int
    info: int | None
    file_id: bytes  # the two strings of /ID, as written


def read_trailer(data: bytes, at: int | None = None) -> Trailer:
    """The trailer of the xref section at ``at`` (default: the last one), table or stream."""
    at = last_startxref(data) if at is None else at
    head = data[at : at + 8]
    if head.startswith(b"xref"):
        t = data.index(b"trailer", at)
        text = data[t : data.index(b"startxref", t)]
    else:
        text = data[at : data.index(b"stream", at)]
    size = int(_grab(rb"/Size\s+(\d+)", text))
    root = int(_grab(rb"/Root\s+(\d+)\s+\d+\s+R", text))
    info_m = re.search(rb"/Info\s+(\d+)\s+\d+\s+R", text)
    id_m = re.search(rb"/ID\s*\[\s*(<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>)\s*\]", text)
    return Trailer(
        size=size,
        root=root,
        info=int(info_m.group(1)) if info_m else None,
        file_id=re.sub(rb"\s+", b"", id_m.group(1)) if id_m else FILE_ID + FILE_ID,
    )


def _grab(pattern: bytes, text: bytes) -> bytes:
    m = re.search(pattern, text)
    if m is None:
        raise ValueError(f"{pattern!r} not found")
    return m.group(1)


def classic_offsets(data: bytes, at: int | None = None) -> dict[int, int]:
    """Object number → offset of its current definition, following classic xref tables' /Prev."""
    at = last_startxref(data) if at is None else at
    found: dict[int, int] = {}
    seen: set[int] = set()
    while at is not None and at not in seen:
        seen.add(at)
        if not data.startswith(b"xref", at):
            raise ValueError(f"no classic xref table at {at}")
        pos = at + 4
        t = data.index(b"trailer", pos)
        lines = data[pos:t].split()
        i = 0
        while i < len(lines):
            first, count = int(lines[i]), int(lines[i + 1])
            i += 2
            for k in range(count):
                off, _gen, kind = lines[i], lines[i + 1], lines[i + 2]
                i += 3
                if kind == b"n":
                    found.setdefault(first + k, int(off))
        m = re.search(rb"/Prev\s+(\d+)", data[t : data.index(b"startxref", t)])
        at = int(m.group(1)) if m else None
    return found


def last_section_entries(data: bytes) -> dict[int, int]:
    """Entries ('n' only) of the last classic xref section alone: what the last update changed."""
    at = last_startxref(data)
    t = data.index(b"trailer", at)
    lines = data[at + 4 : t].split()
    out: dict[int, int] = {}
    i = 0
    while i < len(lines):
        first, count = int(lines[i]), int(lines[i + 1])
        i += 2
        for k in range(count):
            if lines[i + 2] == b"n":
                out[first + k] = int(lines[i])
            i += 3
    return out


def prev_of_last(data: bytes) -> int | None:
    """/Prev of the last trailer (table or stream)."""
    at = last_startxref(data)
    end = data.index(b"startxref", at) if data.startswith(b"xref", at) else data.index(b"stream", at)
    m = re.search(rb"/Prev\s+(\d+)", data[at:end])
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------------------------------------
# signatures in the bytes


@dataclass(frozen=True)
class SigBytes:
    """Where one signature dictionary's /ByteRange says the signed bytes are."""

    byte_range: tuple[int, int, int, int]
    br_span: tuple[int, int]  # where the ``/ByteRange […]`` text itself is

    @property
    def contents_start(self) -> int:  # offset of '<'
        return self.byte_range[1]

    @property
    def contents_end(self) -> int:  # offset after '>'
        return self.byte_range[2]

    @property
    def signed_end(self) -> int:
        return self.byte_range[2] + self.byte_range[3]

    def cms(self, data: bytes) -> bytes:
        """The DER CMS object in /Contents (padding removed; up to the first '>', which is not
        always ``contents_end`` when the /ByteRange is forged)."""
        end = data.index(b">", self.contents_start)
        raw = bytes.fromhex(data[self.contents_start + 1 : end].decode("ascii"))
        return raw[: der_length(raw)]

    def signed_bytes(self, data: bytes) -> bytes:
        a, b, c, d = self.byte_range
        return data[a : a + b] + data[c : c + d]


def signatures(data: bytes) -> list[SigBytes]:
    """Every ``/ByteRange [a b c d]`` in file order."""
    return [
        SigBytes(tuple(int(g) for g in m.groups()), m.span())  # type: ignore[arg-type]
        for m in _BYTERANGE.finditer(data)
    ]


def der_length(raw: bytes) -> int:
    """Total length of the DER element at the start of ``raw``."""
    first = raw[1]
    if first < 0x80:
        return 2 + first
    n = first & 0x7F
    return 2 + n + int.from_bytes(raw[2 : 2 + n], "big")


BR_PLACEHOLDER = b"/ByteRange [0 0000000000 0000000000 0000000000]"


def fill_byte_range(data: bytes, contents_start: int, width: int) -> bytes:
    """Replace :data:`BR_PLACEHOLDER` by the range around ``width`` bytes of /Contents that
    start at ``contents_start``, up to the end of ``data`` (same length: no offset moves)."""
    end = contents_start + width
    value = b"/ByteRange [0 %010d %010d %010d]" % (contents_start, end, len(data) - end)
    assert len(value) == len(BR_PLACEHOLDER)
    if data.count(BR_PLACEHOLDER) != 1:
        raise ValueError("expected exactly one /ByteRange placeholder")
    return data.replace(BR_PLACEHOLDER, value)


def hex_contents(cms: bytes, width: int) -> bytes:
    """``<hex…>`` of exactly ``width`` bytes (zero padded), as signers reserve it."""
    body = cms.hex().encode()
    if len(body) + 2 > width:
        raise ValueError("CMS does not fit")
    return b"<" + body + b"0" * (width - 2 - len(body)) + b">"


# ---------------------------------------------------------------------------------------------
# editing


def patch(data: bytes, old: bytes, new: bytes, *, start: int = 0, count: int = 1) -> bytes:
    """Replace ``old`` by ``new`` (space padded to the same length) so no offset moves."""
    if len(new) > len(old):
        raise ValueError("replacement longer than the original")
    new = new + b" " * (len(old) - len(new))
    out = data
    pos = start
    for _ in range(count):
        i = out.index(old, pos)
        out = out[:i] + new + out[i + len(old) :]
        pos = i + len(new)
    return out


def splice(data: bytes, start: int, end: int, new: bytes) -> bytes:
    """Overwrite ``data[start:end]`` with ``new`` padded by spaces to the same length."""
    if len(new) > end - start:
        raise ValueError("replacement longer than the span")
    return data[:start] + new + b" " * (end - start - len(new)) + data[end:]


def xref_section(entries: Mapping[int, int], *, free_head: bool = False) -> bytes:
    """``xref`` + subsections for {num: offset} (all in use)."""
    out = bytearray(b"xref\n")
    nums = sorted(entries)
    groups: list[list[int]] = []
    for num in nums:
        if groups and num == groups[-1][-1] + 1:
            groups[-1].append(num)
        else:
            groups.append([num])
    if free_head and (not groups or groups[0][0] != 0):
        out += b"0 1\n0000000000 65535 f \n"
    for group in groups:
        out += b"%d %d\n" % (group[0], len(group))
        for num in group:
            out += b"%010d 00000 n \n" % entries[num]
    return bytes(out)


def append_update(
    data: bytes,
    objects: Iterable[tuple[int, bytes]] = (),
    *,
    redirect: Mapping[int, int] | None = None,
    root: int | None = None,
    prev: int | None | bool | str = True,
    xref: bool = True,
    trailer: bool = True,
    startxref: int | None = None,
    full: bool = False,
) -> bytes:
    """``data`` plus a hand-written incremental update.

    ``objects`` are (num, body) definitions to append; ``redirect`` adds xref entries that point
    at existing offsets (no object written).  ``prev``: True = the previous startxref, None = no
    /Prev, ``"self"`` = this update's own xref (a loop), an int = that value.  ``full`` lists
    every object (a standalone table).  With ``xref=False`` only the objects (and ``%%EOF``) are
    appended; ``trailer=False`` writes the xref table but no trailer dictionary; ``startxref``
    overrides the final offset.
    """
    before = read_trailer(data)
    prev_at = last_startxref(data)
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    entries: dict[int, int] = dict(classic_offsets(data)) if full else {}
    for num, body in objects:
        entries[num] = len(out)
        out += obj(num, body)
    entries.update(redirect or {})
    if not xref:
        out += b"%%EOF\n"
        return bytes(out)
    size = max([before.size - 1, *entries]) + 1
    xref_at = len(out)
    out += xref_section(entries, free_head=full or not entries)
    if trailer:
        if prev == "self":
            prev_value: int | None = xref_at
        elif prev is True:
            prev_value = prev_at
        else:
            prev_value = None if prev in (None, False) else int(prev)
        out += trailer_bytes(
            size=size,
            root=root if root is not None else before.root,
            info=before.info,
            prev=prev_value,
            file_id=before.file_id,
        )
    out += b"startxref\n%d\n%%%%EOF\n" % (xref_at if startxref is None else startxref)
    return bytes(out)


def object_body(data: bytes, offset: int) -> bytes:
    """The body of the object defined at ``offset`` (between ``obj`` and ``endobj``)."""
    start = data.index(b"obj", offset) + 3
    end = data.index(b"endobj", start)
    return data[start:end].strip()
