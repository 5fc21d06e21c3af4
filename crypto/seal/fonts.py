"""The bundled CJK font (a GB2312 subset of Noto Sans CJK SC), found with importlib.resources."""

from __future__ import annotations

import atexit
import contextlib
import functools
from importlib import resources
from pathlib import Path
from typing import Literal

from fontTools.ttLib import TTFont

from crypto.errors import InternalError

FontWeight = Literal["regular", "bold"]

FONT_FILES: dict[str, str] = {
    "regular": "NotoSansCJKsc-Regular-GB2312.otf",
    "bold": "NotoSansCJKsc-Bold-GB2312.otf",
}

_files = contextlib.ExitStack()
atexit.register(_files.close)


@functools.cache
def font_path(weight: str = "regular") -> Path:
    """Filesystem path of the bundled CJK font (``"regular"`` or ``"bold"``)."""
    try:
        name = FONT_FILES[weight]
    except KeyError:
        raise InternalError("Unknown font weight {weight!r}.", weight=weight) from None
    ref = resources.files("resources").joinpath("fonts", name)
    # On a normal install this is the file itself; from a zip it is extracted once per process.
    path = Path(_files.enter_context(resources.as_file(ref)))
    if not path.is_file():
        raise InternalError("The bundled font {name} is missing; reinstall SealDesk.", name=name)
    return path


@functools.cache
def font_bytes(weight: str = "regular") -> bytes:
    """The bundled font file's bytes (cached; for pymupdf and Pillow)."""
    return font_path(weight).read_bytes()


@functools.cache
def _codepoints(weight: str) -> frozenset[int]:
    font = TTFont(font_path(weight), lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


def missing_characters(text: str, weight: str = "regular") -> str:
    """The characters of ``text`` the bundled font cannot draw (whitespace ignored), in order."""
    have = _codepoints(weight)
    seen: dict[str, None] = {}
    for ch in text:
        if not ch.isspace() and ord(ch) not in have:
            seen.setdefault(ch)
    return "".join(seen)
