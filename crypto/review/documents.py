"""Open a PDF for review, including files whose end was tampered with.

pyHanko looks for ``%%EOF`` only in the last kilobyte.  A file with more garbage appended still
has its real revisions in front; so when the normal open fails we look for the last ``%%EOF``
ourselves and read the file only up to there, remembering how many bytes followed — the review
then reports them instead of refusing the file.
"""

from __future__ import annotations

import binascii
import io
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.xref import read_object_header

PDF_MAGIC_WINDOW = 1024
EOF_MARK = re.compile(rb"%%EOF(\r\n|\r|\n)?")
SEARCH_CHUNK = 1 << 20
CONTENTS_HEX = re.compile(rb"/Contents[\x00\t\n\x0c\r ]*<([0-9A-Fa-f]*)>")
MAX_SIG_OBJECT = 1 << 24
WS = b"\x00\t\n\x0c\r "
ARRAY_OBJECT_HEAD = re.compile(rb"([0-9]+)[\x00\t\n\x0c\r ]+([0-9]+)[\x00\t\n\x0c\r ]+obj"
                               rb"[\x00\t\n\x0c\r ]*\[")
NUMBER_ARRAY = re.compile(rb"\[[\x00\t\n\x0c\r 0-9+,\-.\[\]]*\]")
ARRAY_BRACKETS = re.compile(rb"([\[\]])")
INTEGER = re.compile(rb"[+-]?[0-9]+")
REAL = re.compile(rb"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+)")
MAX_ARRAY_OBJECT = 1 << 22
MAX_ARRAY_DEPTH = 32
MAX_EOF_TRIES = 16
OPEN_ERRORS = (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError,
               RecursionError)


class ReviewStopped(Exception):
    """The file cannot be reviewed; ``key``/``params`` name the sentence (see texts)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key, self.params = key, params


@dataclass
class ReviewedDocument:
    """The reader, the length it sees, and how many bytes follow that (0 normally)."""

    reader: PdfFileReader
    size: int
    garbage: int = 0


class FileWindow(io.RawIOBase):
    """The first ``limit`` bytes of a file, as a seekable stream of its own."""

    def __init__(self, fh: BinaryIO, limit: int) -> None:
        super().__init__()
        self._fh, self._limit, self._pos = fh, limit, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._limit}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: Any) -> int:
        want = min(len(buffer), max(0, self._limit - self._pos))
        if want == 0:
            return 0
        self._fh.seek(self._pos)
        chunk = self._fh.read(want)
        buffer[: len(chunk)] = chunk
        self._pos += len(chunk)
        return len(chunk)


def open_document(fh: BinaryIO, data: Any) -> ReviewedDocument:
    """A reader over ``fh`` (``data``: the same bytes, mapped), or ReviewStopped."""
    size = len(data)
    if b"%PDF-" not in bytes(data[:PDF_MAGIC_WINDOW]):
        raise ReviewStopped("e_not_pdf")
    try:
        return ReviewedDocument(PdfFileReader(fh, strict=False), size)
    except OPEN_ERRORS as first:
        # something after the real end: read up to an earlier %%EOF, report the rest
        for end in _eof_markers(data, size):
            if end >= size:
                continue
            window = io.BufferedReader(FileWindow(fh, end), buffer_size=1 << 16)
            try:
                return ReviewedDocument(PdfFileReader(window, strict=False), end, size - end)
            except OPEN_ERRORS:
                continue
        raise ReviewStopped("e_damaged", detail=_short(first)) from first


def preload_signature_objects(reader: PdfFileReader, data: Any,
                              refs: Iterable[generic.Reference]) -> None:
    """Put signature dictionaries in the reader's object cache, parsed quickly.

    pyHanko reads hex strings one token at a time; a signature's /Contents is tens of
    kilobytes of hex, which makes parsing the dictionary most of a review's cost.  Here the hex
    is decoded in one call and the rest of the dictionary is parsed by pyHanko as usual.  Any
    doubt (encryption, several /Contents, whitespace in the hex) leaves the object to pyHanko.
    """
    if reader.encrypted:
        return
    for ref in refs:
        if reader.cache_get_indirect_object(ref.generation, ref.idnum) is not None:
            continue
        try:
            _preload_one(reader, data, ref)
        except (PdfError, ValueError, KeyError, TypeError, IndexError, binascii.Error):
            continue


def _preload_one(reader: PdfFileReader, data: Any, ref: generic.Reference) -> None:
    where = reader.xrefs[ref]
    if not isinstance(where, int):
        return
    stop = data.find(b"endobj", where, where + MAX_SIG_OBJECT)
    if stop < 0:
        return
    body = bytes(data[where:stop])
    match = CONTENTS_HEX.search(body)
    if match is None or body.count(b"/Contents") != 1:
        return
    hex_digits = match.group(1)
    value = binascii.unhexlify(hex_digits + (b"0" if len(hex_digits) % 2 else b""))
    patched = io.BytesIO(body[: match.start(1)] + body[match.end(1):] + b"endobj")
    idnum, generation = read_object_header(patched, strict=False)
    if (idnum, generation) != (ref.idnum, ref.generation):
        return
    obj = generic.read_object(patched, generic.Reference(idnum, generation, reader))
    if not isinstance(obj, generic.DictionaryObject) or "/Contents" not in obj:
        return
    obj["/Contents"] = generic.pdf_string(value)
    reader.cache_indirect_object(generation, idnum, obj)


def preload_number_arrays(reader: PdfFileReader, data: Any) -> None:
    """Put objects that are arrays of plain numbers (font widths, mostly) in the reader's
    cache, parsed in one pass.

    pyHanko reads a number at a time; a CJK font's width array holds hundreds, and the
    difference analysis reads every object of a revision, so these arrays were a fifth of a
    contract's review.  Only what pyHanko would read as exactly these numbers is taken here:
    an object ``N G obj [...] endobj`` of brackets, whitespace and number tokens that are
    integers or reals; anything else (a reference, a comment, a malformed number, deep
    nesting, encryption) is left to pyHanko.
    """
    if reader.encrypted:
        return
    xrefs = reader.xrefs
    refs: set[generic.Reference] = set()
    for revision in range(xrefs.total_revisions):
        refs |= set(xrefs.explicit_refs_in_revision(revision))
    for ref in refs:
        if reader.cache_get_indirect_object(ref.generation, ref.idnum) is not None:
            continue
        try:
            _preload_array(reader, data, ref)
        except (PdfError, ValueError, KeyError, TypeError, IndexError, ArithmeticError):
            continue


def _preload_array(reader: PdfFileReader, data: Any, ref: generic.Reference) -> None:
    where = reader.xrefs[ref]
    if not isinstance(where, int) or where < 0:
        return
    head = ARRAY_OBJECT_HEAD.match(bytes(data[where:where + 64]))
    if head is None or (int(head[1]), int(head[2])) != (ref.idnum, ref.generation):
        return
    start = where + head.end() - 1
    stop = data.find(b"endobj", start, start + MAX_ARRAY_OBJECT)
    if stop < 0:
        return
    body = bytes(data[start:stop]).rstrip(WS)
    if NUMBER_ARRAY.fullmatch(body) is None:
        return
    array = _number_array(body, generic.Reference(ref.idnum, ref.generation, reader))
    if array is not None:
        reader.cache_indirect_object(ref.generation, ref.idnum, array)


def _number_array(body: bytes, container: generic.Reference) -> generic.ArrayObject | None:
    """The array pyHanko reads from ``body`` (brackets, numbers, whitespace), or None.

    Equal tokens share one number object (same value, same container): a width array
    repeats a few values hundreds of times.
    """
    made: dict[bytes, generic.PdfObject] = {}
    parents: list[generic.ArrayObject | None] = []
    current: generic.ArrayObject | None = None
    result: generic.ArrayObject | None = None
    for part in ARRAY_BRACKETS.split(body):
        if part == b"[":
            if result is not None or len(parents) >= MAX_ARRAY_DEPTH:
                return None
            array = generic.ArrayObject()
            array.container_ref = container
            if current is not None:
                current.append(array)
            parents.append(current)
            current = array
        elif part == b"]":
            if current is None:
                return None
            done, current = current, parents.pop()
            if current is None:
                result = done
        else:
            tokens = part.replace(b"\x00", b" ").split()  # the runs pyHanko reads as numbers
            if not tokens:
                continue
            if current is None:
                return None  # a number outside the array
            for token in tokens:
                number = made.get(token)
                if number is None:
                    number = _number(token, container)
                    if number is None:
                        return None
                    made[token] = number
                current.append(number)
    return result


def _number(token: bytes, container: generic.Reference) -> generic.PdfObject | None:
    number: generic.PdfObject
    if token.isdigit() or INTEGER.fullmatch(token):
        number = generic.NumberObject(int(token))
    elif REAL.fullmatch(token):
        number = generic.FloatObject(token.decode("ascii"))
    else:
        return None
    number.container_ref = container
    return number


def _eof_markers(data: Any, size: int) -> Iterator[int]:
    """Offsets just past each ``%%EOF`` marker (and its end of line), last first."""
    pos, tries = size, 0
    while pos > 0 and tries < MAX_EOF_TRIES:
        start = max(0, pos - SEARCH_CHUNK)
        found: int = data.rfind(b"%%EOF", start, pos)
        if found < 0:
            if start == 0:
                return
            pos = start + 5  # overlap, so a marker across the chunk boundary is found
            continue
        match = EOF_MARK.match(bytes(data[found:found + 7]))
        yield found + (match.end() if match else 5)
        tries += 1
        pos = found


def _short(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__).splitlines()[0][:160]


__all__ = [
    "FileWindow",
    "ReviewStopped",
    "ReviewedDocument",
    "open_document",
    "preload_number_arrays",
    "preload_signature_objects",
]
