"""PDF/A inputs: which part a document claims, and what a seal may add without breaking it.

ISO 19005-1 (PDF/A-1) forbids every kind of transparency, so there the seal is drawn opaque:
a 1-bit stencil mask filled with the seal's ink colour.  Parts 2 and up allow transparency,
but a page that carries it needs a blending colour space, which only the output intent gives
without touching the page; without one the seal is drawn opaque too.  Every part allows
DeviceRGB only with an RGB output intent; otherwise our DeviceRGB is mapped to a calibrated
RGB through a /DefaultRGB colour space in the seal's own resources.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter

if TYPE_CHECKING:  # Pillow is imported on first use: signing without a seal does not need it
    from PIL import Image

PDFAID_NS = "http://www.aiim.org/pdfa/ns/id/"
STENCIL_MIN_PX = 1200  # a 1-bit mask has no anti-aliasing: draw it finely instead
STENCIL_MAX_PX = 2400
_SOLID_ALPHA = 192  # pixels at least this opaque give the ink's colour
_XMP_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# sRGB's primaries and D65 white as a CalRGB colour space (ISO 32000-1, 8.6.5.3)
_SRGB_WHITE = (0.9505, 1.0, 1.089)
_SRGB_MATRIX = (0.4124, 0.2126, 0.0193, 0.3576, 0.7152, 0.1192, 0.1805, 0.0722, 0.9505)
_SRGB_GAMMA = 2.2


@dataclass(frozen=True)
class PdfaTarget:
    """What a PDF/A document is (part, conformance, output intent) and so what a seal may use."""

    part: int
    conformance: str
    intent: str | None  # colour space of the PDF/A output intent: "RGB", "CMYK", "GRAY"

    @property
    def opaque(self) -> bool:
        """No transparency at all: PDF/A-1, or no output intent to blend in."""
        return self.part == 1 or self.intent is None

    @property
    def calibrated(self) -> bool:
        """DeviceRGB is not allowed as such: map it to calibrated RGB with /DefaultRGB."""
        return self.intent != "RGB"

    @property
    def needs_cid_set(self) -> bool:
        """PDF/A-1 wants a /CIDSet in the descriptor of every embedded CID font subset."""
        return self.part == 1


@dataclass(frozen=True)
class SealStencil:
    """The seal as a 1-bit mask (black = ink) and the one colour it is filled with."""

    mask: Image.Image
    colour: tuple[float, float, float]


def pdfa_level(reader: PdfFileReader) -> tuple[int, str] | None:
    """The PDF/A part and conformance letter the document's XMP claims (None: not PDF/A)."""
    try:
        metadata = reader.root.get_object()["/Metadata"].get_object()
        data = metadata.data
    except (PdfError, KeyError, TypeError, AttributeError, ValueError):
        return None
    return pdfa_level_of_xmp(data)


def pdfa_level_of_xmp(xmp: bytes) -> tuple[int, str] | None:
    """pdfaid:part and pdfaid:conformance from an XMP packet, as attributes or elements."""
    try:
        root = etree.fromstring(xmp.strip(), parser=_XMP_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    values: dict[str, str] = {}
    for element in root.iter():
        for key in ("part", "conformance"):
            attribute = element.get(f"{{{PDFAID_NS}}}{key}")
            if attribute is not None:
                values.setdefault(key, attribute.strip())
        if isinstance(element.tag, str) and element.tag.startswith(f"{{{PDFAID_NS}}}"):
            key = element.tag[len(PDFAID_NS) + 2 :]
            if key in ("part", "conformance") and element.text:
                values.setdefault(key, element.text.strip())
    part = values.get("part", "")
    if not part.isdigit() or not 1 <= int(part) <= 4:
        return None
    return int(part), values.get("conformance", "").upper()


def output_intent_space(reader: PdfFileReader) -> str | None:
    """The colour space ("RGB", "CMYK", "GRAY") of the PDF/A output intent, None without one."""
    try:
        intents = reader.root.get_object().get("/OutputIntents")
        for intent in intents.get_object() if intents is not None else ():
            intent = intent.get_object()
            if intent.get("/S") != "/GTS_PDFA1" or "/DestOutputProfile" not in intent:
                continue
            profile = intent["/DestOutputProfile"].get_object()
            space = bytes(profile.data[16:20]).decode("ascii", "replace").strip().upper()
            if space in ("RGB", "CMYK", "GRAY"):
                return space
            return {1: "GRAY", 3: "RGB", 4: "CMYK"}.get(int(profile.get("/N", 0)))
    except (PdfError, KeyError, TypeError, AttributeError, ValueError):
        return None
    return None


def pdfa_target(reader: PdfFileReader) -> PdfaTarget | None:
    """The PDF/A constraints of the document ``reader`` reads, None if it is not PDF/A."""
    level = pdfa_level(reader)
    if level is None:
        return None
    return PdfaTarget(part=level[0], conformance=level[1], intent=output_intent_space(reader))


def pdfa_target_of(writer: BasePdfFileWriter) -> PdfaTarget | None:
    """The PDF/A constraints of the document an incremental writer updates (None otherwise)."""
    if isinstance(writer, IncrementalPdfFileWriter):
        return pdfa_target(writer.prev)
    return None


def keep_document_metadata(writer: IncrementalPdfFileWriter) -> None:
    """Leave /Info and the XMP of a PDF/A document as they are.

    pyHanko rewrites both on every write and leaves them disagreeing (pdf:Producer is set to
    its own name, /Producer gets it appended), which PDF/A forbids; it also re-serialises the
    XMP, which can break extension schemas.  The maintainer's documented way out is to
    replace the writer's ``_update_meta``.
    """
    if pdfa_level(writer.prev) is not None:
        writer._update_meta = lambda: None  # type: ignore[method-assign]


def calibrated_rgb() -> generic.ArrayObject:
    """A CalRGB colour space close to sRGB, device-independent and allowed by every PDF/A part."""
    return generic.ArrayObject(
        [
            pdf_name("/CalRGB"),
            generic.DictionaryObject(
                {
                    pdf_name("/WhitePoint"): _numbers(_SRGB_WHITE),
                    pdf_name("/Gamma"): _numbers((_SRGB_GAMMA,) * 3),
                    pdf_name("/Matrix"): _numbers(_SRGB_MATRIX),
                }
            ),
        ]
    )


def default_rgb_resources() -> generic.DictionaryObject:
    """A /ColorSpace resource dictionary that maps DeviceRGB to :func:`calibrated_rgb`."""
    return generic.DictionaryObject({pdf_name("/DefaultRGB"): calibrated_rgb()})


@functools.lru_cache(maxsize=4)
def png_stencil(png: bytes) -> SealStencil:
    """:func:`seal_stencil` of a PNG (cached: a batch draws the same seal again and again)."""
    from PIL import Image

    return seal_stencil(Image.open(io.BytesIO(png)))


def seal_stencil(seal: Image.Image) -> SealStencil:
    """The seal's ink as a fine 1-bit mask plus its mean colour."""
    from PIL import Image, ImageStat

    rgba = seal.convert("RGBA")
    alpha = rgba.getchannel("A")
    longest = max(rgba.size)
    scale = min(max(1.0, STENCIL_MIN_PX / longest), STENCIL_MAX_PX / longest)
    if scale != 1.0:
        size = (max(1, round(rgba.width * scale)), max(1, round(rgba.height * scale)))
        alpha = alpha.resize(size, Image.Resampling.LANCZOS)
    mask = alpha.point(lambda a: 0 if a >= 128 else 255).convert("1", dither=Image.Dither.NONE)
    solid = rgba.getchannel("A").point(lambda a: 255 if a >= _SOLID_ALPHA else 0)
    if solid.getextrema()[1] == 0:
        solid = rgba.getchannel("A").point(lambda a: 255 if a else 0)
    mean = ImageStat.Stat(rgba.convert("RGB"), mask=solid).mean
    colour = (round(mean[0] / 255, 4), round(mean[1] / 255, 4), round(mean[2] / 255, 4))
    return SealStencil(mask=mask, colour=colour)


def stencil_xobject(mask: Image.Image) -> generic.StreamObject:
    """An image XObject with /ImageMask true: paints the current fill colour where mask is black."""
    stream = generic.StreamObject(
        {
            pdf_name("/Type"): pdf_name("/XObject"),
            pdf_name("/Subtype"): pdf_name("/Image"),
            pdf_name("/Width"): generic.NumberObject(mask.width),
            pdf_name("/Height"): generic.NumberObject(mask.height),
            pdf_name("/ImageMask"): generic.BooleanObject(True),
            pdf_name("/BitsPerComponent"): generic.NumberObject(1),
        },
        stream_data=mask.convert("1").tobytes(),
    )
    stream.compress()
    return stream


def fill_colour(colour: tuple[float, float, float]) -> bytes:
    """The ``rg`` operator for an RGB colour (0..1)."""
    return b"%g %g %g rg" % colour


def cid_set_stream(cids: Iterable[int]) -> generic.StreamObject:
    """A /CIDSet stream: bit i (high-order bit first) is set when CID i is in the font."""
    present = sorted(set(cids))
    bits = bytearray((present[-1] // 8 + 1) if present else 1)
    for cid in present:
        bits[cid // 8] |= 0x80 >> (cid % 8)
    stream = generic.StreamObject(stream_data=bytes(bits))
    stream.compress()
    return stream


def _numbers(values: Iterable[float]) -> generic.ArrayObject:
    return generic.ArrayObject(generic.FloatObject(v) for v in values)
