"""Make SealDesk's bundled CJK font subsets from Debian's fonts-noto-cjk (run once by hand).

Usage (from the repository root; needs Debian 12's ``fonts-noto-cjk`` package):

    .venv/bin/python resources/fonts/make_subset.py

Writes ``NotoSansCJKsc-Regular-GB2312.otf``, ``NotoSansCJKsc-Bold-GB2312.otf`` and ``OFL.txt``
next to this script.  The output is deterministic (the ``head`` timestamps are kept), so running
it again on the same source fonts gives the same bytes.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
OUT_DIR = Path(__file__).resolve().parent
FACES = {
    "Regular": ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"),
    "Bold": ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold"),
}
MAX_BYTES = 4 * 1024 * 1024
# Horizontal and vertical CJK + Latin typesetting.  'locl' is left out on purpose: in this SC
# face it only maps to Japanese/Korean/Traditional glyph variants and would double the size.
LAYOUT_FEATURES = [
    "ccmp",
    "kern",
    "liga",
    "palt",
    "halt",
    "fwid",
    "hwid",
    "pwid",
    "vert",
    "vrt2",
    "vkrn",
    "vpal",
    "vhal",
]


def gb2312_characters() -> list[int]:
    """Every character of GB2312: rows 1-9 (symbols, punctuation) and 16-87 (6763 hanzi)."""
    chars: list[int] = []
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return chars


def wanted_codepoints() -> list[int]:
    """ASCII, Latin-1, general + CJK punctuation, fullwidth forms and all of GB2312."""
    ranges = [
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x00FF),  # Latin-1 supplement
        (0x2010, 0x2027),  # general punctuation: dashes, quotes, ellipsis
        (0x2030, 0x203B),  # per mille, primes, reference mark
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
    ]
    points = {cp for lo, hi in ranges for cp in range(lo, hi + 1)}
    points.update(gb2312_characters())
    points.add(0x20AC)  # euro sign, for prices in contracts
    return sorted(points)


def load_face(ttc_name: str, ps_name: str) -> TTFont:
    """The face called ``ps_name`` out of a TrueType/OpenType collection."""
    collection = TTCollection(SOURCE_DIR / ttc_name, lazy=False)
    for font in collection.fonts:
        if font["name"].getDebugName(6) == ps_name:
            return font
    raise SystemExit(f"{ps_name} not found in {ttc_name}")


def subset_face(font: TTFont, codepoints: list[int]) -> TTFont:
    """Subset in place: CID-keyed CFF without subroutines, hinting, all names, LAYOUT_FEATURES."""
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.layout_features = LAYOUT_FEATURES
    # Desubroutinised CFF: MuPDF's own font subsetter (pymupdf's Document.subset_fonts) fails
    # on the subroutinised charstrings ("Index bounds"), and the file is no larger without them.
    options.desubroutinize = True
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    return font


def drop_aliases(font: TTFont, gb2312: set[int]) -> list[int]:
    """Keep one code point per glyph: ASCII first, then Latin-1, then GB2312, then the highest.

    Noto draws e.g. U+0020 and U+00A0, or U+002D and U+2011, with one glyph.  MuPDF's text
    extraction (and the ToUnicode maps pymupdf writes) then return the highest code point, so
    the sample contract's spaces would copy as no-break spaces and its hyphens as U+2011.
    """
    by_glyph: dict[str, list[int]] = {}
    for codepoint, glyph in font.getBestCmap().items():
        by_glyph.setdefault(glyph, []).append(codepoint)
    dropped: list[int] = []
    for codepoints in by_glyph.values():
        if len(codepoints) < 2:
            continue
        keep = max(codepoints, key=lambda cp: (cp < 0x80, cp < 0x100, cp in gb2312, cp))
        dropped.extend(cp for cp in codepoints if cp != keep)
    for table in font["cmap"].tables:
        for codepoint in dropped:
            table.cmap.pop(codepoint, None)
    return sorted(dropped)


def renumber_cids(data: bytes) -> bytes:
    """Make every glyph's CID equal its glyph index (the subsetter keeps Adobe-Identity CIDs).

    MuPDF's font subsetter (pymupdf's Document.subset_fonts) drops the CJK glyphs of a CID-keyed
    CFF font whose CIDs differ from its glyph indices.  Only the CFF charset holds CIDs; the
    other tables refer to glyph indices and are copied unchanged (they are never decompiled).
    """
    font = TTFont(io.BytesIO(data), recalcTimestamp=False)
    top = font["CFF "].cff.topDictIndex[0]
    old = list(top.charset)
    new = [".notdef"] + [f"cid{gid:05d}" for gid in range(1, len(old))]
    strings = top.CharStrings
    strings.charStrings = {new[gid]: strings.charStrings[name] for gid, name in enumerate(old)}
    top.charset = new
    font.setGlyphOrder(new)
    out = io.BytesIO()
    font.save(out, reorderTables=True)
    return out.getvalue()


def write_license(font: TTFont) -> None:
    """OFL.txt: the font's copyright line plus the OFL 1.1 text from Debian's copyright file."""
    text = DEBIAN_COPYRIGHT.read_text(encoding="utf-8")
    match = re.search(r"^License: SIL-1\.1\n((?: .*\n)+)", text, flags=re.MULTILINE)
    if match is None:
        raise SystemExit("OFL text not found in " + str(DEBIAN_COPYRIGHT))
    body = "\n".join(
        "" if line.strip() == "." else line[1:] for line in match.group(1).splitlines()
    )
    notice = font["name"].getDebugName(0).replace("©", "").strip().rstrip(".")
    header = (
        f"Copyright {notice}, with Reserved Font Name 'Source'.\n"
        "Noto is a trademark of Google Inc.\n\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n\n"
    )
    (OUT_DIR / "OFL.txt").write_text(header + body + "\n", encoding="utf-8")


def main() -> int:
    """Subset each face, check its size and write it with the licence."""
    codepoints = wanted_codepoints()
    for weight, (ttc_name, ps_name) in FACES.items():
        font = load_face(ttc_name, ps_name)
        subset_face(font, codepoints)
        dropped = drop_aliases(font, set(gb2312_characters()))
        print("aliases dropped from the cmap:", " ".join(f"U+{cp:04X}" for cp in dropped))
        out = OUT_DIR / f"NotoSansCJKsc-{weight}-GB2312.otf"
        font.recalcTimestamp = False  # keep head.modified: same input, same bytes
        buffer = io.BytesIO()
        font.save(buffer, reorderTables=True)
        out.write_bytes(renumber_cids(buffer.getvalue()))
        size = out.stat().st_size
        glyphs = len(font.getGlyphOrder())
        print(f"{out.name}: {size / 1024 / 1024:.2f} MiB, {glyphs} glyphs")
        if size > MAX_BYTES:
            print(f"{out.name} is larger than {MAX_BYTES} bytes", file=sys.stderr)
            return 1
        if weight == "Regular":
            write_license(font)
    return 0


if __name__ == "__main__":
    sys.exit(main())
