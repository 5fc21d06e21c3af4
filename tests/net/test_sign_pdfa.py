"""PDF/A inputs stay PDF/A: every object a sealed signature adds obeys ISO 19005.

The inputs are made here from the sample contract: XMP with pdfaid (element and attribute
forms) and an sRGB output intent whose ICC profile (version 2, as PDF/A-1 wants) is written
by :func:`srgb_icc_v2`.  No PDF/A validator is available to the tests (veraPDF is not
packaged for Debian or PyPI), so the rules that concern what we add are checked here, object
by object, on the revision the signature wrote.
"""

from __future__ import annotations

import io
import json
import re
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from fontTools.cffLib import CFFFontSet
from PIL import Image
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from app.cli.main import main
from crypto.seal.pdfa import pdfa_level, pdfa_level_of_xmp
from tests.conftest import require_tool
from tests.fixtures.verify import assert_pdfsig_valid, pyhanko_verdicts
from tests.unit.test_seal_support import red_pixels

pytestmark = pytest.mark.net

RECT = (300.0, 100.0, 420.0, 220.0)
DPI = 80
PLACEMENTS = {
    "rect": ["--page", "1", "--rect", ",".join(f"{v:g}" for v in RECT),
             "--seal-text", "签署人：%(signer)s", "--seal-text", "时间：%(ts)s"],
    "anchor": ["--at-text", "盖章处"],
    "cross": ["--cross-page"],
}
PRINT, HIDDEN_FLAGS = 4, 1 | 2 | 32 | 256  # annotation flags: Print; Invisible, Hidden, NoView, ToggleNoView


# --- inputs -------------------------------------------------------------------------------

def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \0\0\0\0" + _s15(x) + _s15(y) + _s15(z)


def srgb_icc_v2() -> bytes:
    """A small ICC v2.1 display profile with sRGB primaries and gamma 2.2 (a matrix/TRC profile)."""
    text = b"sRGB (SealDesk test profile)\0"
    desc = b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + b"\0" * 8 + b"\0" * 3 + b"\0" * 67
    trc = b"curv\0\0\0\0" + struct.pack(">IH", 1, 0x0233) + b"\0\0"
    tags = [
        (b"desc", desc),
        (b"cprt", b"text\0\0\0\0No copyright, use freely\0"),
        (b"wtpt", _xyz(0.9505, 1.0, 1.0891)),
        (b"rXYZ", _xyz(0.4361, 0.2225, 0.0139)),
        (b"gXYZ", _xyz(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", _xyz(0.1431, 0.0606, 0.7141)),
        (b"rTRC", trc), (b"gTRC", trc), (b"bTRC", trc),
    ]
    start = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        table += signature + struct.pack(">II", start + len(data), len(body))
        data += body + b"\0" * (-len(body) % 4)
    header = (struct.pack(">I", start + len(data)) + b"\0\0\0\0" + bytes([2, 0x10, 0, 0])
              + b"mntrRGB XYZ " + struct.pack(">6H", 2025, 1, 1, 0, 0, 0) + b"acsp" + b"\0" * 28
              + _s15(0.9642) + _s15(1.0) + _s15(0.8249) + b"\0" * 48)
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def pdfa_xmp(part: int, conformance: str = "B", *, attributes: bool) -> str:
    """XMP that claims PDF/A-``part`` and agrees with the contract's /Info."""
    if attributes:
        ident = (f'<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" '
                 f'pdfaid:part="{part}" pdfaid:conformance="{conformance}"/>')
    else:
        ident = ('<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
                 f"<pdfaid:part>{part}</pdfaid:part><pdfaid:conformance>{conformance}"
                 "</pdfaid:conformance></rdf:Description>")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' + ident +
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">销售合同 SALES CONTRACT</rdf:li></rdf:Alt></dc:title>'
        "<dc:creator><rdf:Seq><rdf:li>示例科技有限公司</rdf:li></rdf:Seq></dc:creator>"
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">SealDesk sample contract</rdf:li>'
        "</rdf:Alt></dc:description></rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        'xmp:CreateDate="2025-01-01T09:00:00+08:00" xmp:ModifyDate="2025-01-01T09:00:00+08:00" '
        'xmp:CreatorTool="SealDesk demo"/>'
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'pdf:Producer="SealDesk"/>'
        "</rdf:RDF></x:xmpmeta>\n" + " " * 512 + '\n<?xpacket end="w"?>'
    )


def make_pdfa(contract: Path, part: int, *, attributes: bool = False, intent: bool = True) -> Path:
    """The sample contract declared PDF/A-``part``b, with an sRGB output intent unless told not."""
    doc = pymupdf.open(contract)
    catalog = doc.pdf_catalog()
    doc.set_xml_metadata(pdfa_xmp(part, attributes=attributes))
    if doc.xref_get_key(catalog, "Info")[0] != "null":
        doc.xref_set_key(catalog, "Info", "null")  # stray key some writers leave in the catalog
    if intent:
        profile = doc.get_new_xref()
        doc.update_object(profile, "<< /N 3 >>")
        doc.update_stream(profile, srgb_icc_v2())
        output_intent = doc.get_new_xref()
        doc.update_object(output_intent, (
            "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
            f"/Info (sRGB) /DestOutputProfile {profile} 0 R >>"))
        doc.xref_set_key(catalog, "OutputIntents", f"[{output_intent} 0 R]")
    dst = contract.with_name(f"pdfa-{part}{'' if intent else '-no-intent'}.pdf")
    dst.write_bytes(doc.tobytes(garbage=1, deflate=True, no_new_id=True))
    doc.close()
    return dst


# --- what a signature revision added --------------------------------------------------------

def added_objects(reader: PdfFileReader) -> dict[int, generic.PdfObject]:
    """The objects written by the last revision, by object number."""
    last = reader.xrefs.total_revisions - 1
    return {ref.idnum: reader.get_object(ref) for ref in reader.xrefs.explicit_refs_in_revision(last)}


def walk(obj: generic.PdfObject) -> Iterator[generic.PdfObject]:
    """``obj`` and everything directly inside it (references are not followed)."""
    yield obj
    if isinstance(obj, generic.DictionaryObject):
        for value in dict.values(obj):
            if not isinstance(value, generic.IndirectObject):
                yield from walk(value)
    elif isinstance(obj, generic.ArrayObject):
        for i in range(len(obj)):
            value = obj.raw_get(i)
            if not isinstance(value, generic.IndirectObject):
                yield from walk(value)


def added_dicts(objects: dict[int, generic.PdfObject]) -> list[generic.DictionaryObject]:
    return [d for obj in objects.values() for d in walk(obj) if isinstance(d, generic.DictionaryObject)]


def transparency_in(objects: dict[int, generic.PdfObject]) -> list[str]:
    """Everything ISO 19005-1 (6.4) forbids: soft masks, blending, constant alpha, groups."""
    found = []
    for d in added_dicts(objects):
        if "/SMask" in d and d.raw_get("/SMask") != "/None":
            found.append(f"/SMask in {d.get('/Type', d.get('/Subtype', '?'))}")
        if "/BM" in d and d["/BM"] not in ("/Normal", "/Compatible"):
            found.append(f"blend mode {d['/BM']}")
        for key in ("/CA", "/ca"):
            if key in d and float(d[key]) != 1.0:
                found.append(f"{key} {d[key]}")
        if "/Group" in d and d["/Group"].get("/S") == "/Transparency":
            found.append("transparency group")
    return found


def rule_breaks(objects: dict[int, generic.PdfObject], part: int) -> list[str]:
    """What else PDF/A forbids in objects like ours: fonts, images, annotations, streams."""
    found = []
    for d in added_dicts(objects):
        kind = d.get("/Type"), d.get("/Subtype")
        if isinstance(d, generic.StreamObject):
            found += [f"stream key {k}" for k in ("/F", "/FFilter", "/FDecodeParms") if k in d]
            filters = d.get("/Filter", [])
            filters = [filters] if isinstance(filters, generic.NameObject) else list(filters)
            found += [f"filter {f}" for f in filters if f in ("/LZWDecode", "/Crypt")]
        if kind[1] == "/Image":
            if d.get("/Interpolate", False):
                found.append("interpolated image")
            found += [f"image key {k}" for k in ("/Alternates", "/OPI") if k in d]
            if d.get("/ImageMask", False) and (d.get("/BitsPerComponent", 1) != 1 or "/ColorSpace" in d):
                found.append("stencil mask that is not 1-bit")
        if kind[0] == "/Font":
            found += font_breaks(d, part)
        if kind[0] == "/Annot" and kind[1] != "/Popup":
            flags = int(d.get("/F", 0))
            if not flags & PRINT or flags & HIDDEN_FLAGS:
                found.append(f"annotation flags {flags}")
            if "/AP" in d and set(d["/AP"].keys()) - {"/N"}:
                found.append(f"appearance keys {sorted(d['/AP'].keys())}")
            if kind[1] == "/Widget" and ("/A" in d or "/AA" in d):
                found.append("widget with actions")
        if d.get("/NeedAppearances", False):
            found.append("NeedAppearances")
    return found


def font_breaks(font: generic.DictionaryObject, part: int) -> list[str]:
    """An embedded, non-Type3 font; CIDFontType2 with CIDToGIDMap; PDF/A-1: an exact CIDSet."""
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return ["Type3 font"]
    if subtype != "/Type0":
        return []
    found = [] if "/ToUnicode" in font else ["Type0 font without ToUnicode"]
    cid_font = font["/DescendantFonts"][0]
    descriptor = cid_font["/FontDescriptor"]
    program = next((descriptor[k] for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor), None)
    if program is None:
        return [*found, "font not embedded"]
    if cid_font["/Subtype"] == "/CIDFontType2" and "/CIDToGIDMap" not in cid_font:
        found.append("CIDFontType2 without CIDToGIDMap")
    if part == 1:
        if "/CIDSet" not in descriptor:
            return [*found, "CID font subset without CIDSet"]
        assert program.get("/Subtype") == "/CIDFontType0C", "the bundled font is CID-keyed CFF"
        charset = CFFFontSet()
        charset.decompile(io.BytesIO(program.data), None)
        cids = {0 if n == ".notdef" else int(n[3:]) for n in charset[0].charset}
        bits = descriptor["/CIDSet"].data
        marked = {i for i in range(len(bits) * 8) if bits[i // 8] & (0x80 >> (i % 8))}
        if marked != cids:
            found.append(f"CIDSet {sorted(marked)} does not list the CIDs {sorted(cids)}")
    return found


# --- signing and looking ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def p12(test_pki, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "seal-rsa.p12"
    path.write_bytes(test_pki["seal-rsa"].to_pkcs12(b"pw"))
    return path


@pytest.fixture
def seal_file(seal_png: bytes, tmp_path: Path) -> Path:
    path = tmp_path / "seal.png"
    path.write_bytes(seal_png)
    return path


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")


def sign(capsys, src: Path, p12: Path, seal: Path, placement: str) -> Path:
    out = src.with_name(f"{src.stem}-{placement}-signed.pdf")
    code = main(["sign", str(src), "-o", str(out), "--p12", str(p12), "--password-env", "P12PW",
                 "--level", "B-B", "--seal", str(seal), "--json", *PLACEMENTS[placement]])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    return out


def render(pdf: Path) -> list[Image.Image]:
    """Every page at 80 dpi, as poppler draws it."""
    prefix = pdf.with_suffix("")
    subprocess.run([require_tool("pdftoppm"), "-r", str(DPI), "-png", str(pdf), str(prefix)],
                   check=True, timeout=120)
    pages = sorted(prefix.parent.glob(f"{prefix.name}-*.png"))
    return [Image.open(p).convert("RGB") for p in pages]


def seal_box(reader: PdfFileReader, placement: str, page_height: float) -> tuple[int, int, int, int]:
    """Pixels of the seal on its page (the signature widget's /Rect; unrotated pages)."""
    if placement == "rect":
        x1, y1, x2, y2 = RECT
    else:
        x1, y1, x2, y2 = (float(v) for v in reader.embedded_signatures[0].sig_field["/Rect"])
    s = DPI / 72
    return round(x1 * s), round((page_height - y2) * s), round(x2 * s), round((page_height - y1) * s)


def check_signed(src: Path, out: Path, part: int, placement: str, test_pki) -> dict[int, generic.PdfObject]:
    """The checks every signed PDF/A file passes; returns the objects its signature added."""
    original, signed = src.read_bytes(), out.read_bytes()
    assert signed.startswith(original), "the signature must be an incremental update"
    with open(src, "rb") as fh:
        before = PdfFileReader(fh)
        info_ref = before.trailer.raw_get("/Info").reference
        xmp = before.root["/Metadata"].data
    with open(out, "rb") as fh:
        reader = PdfFileReader(fh)
        assert reader.xrefs.total_revisions == 2
        assert "/Encrypt" not in reader.trailer
        objects = added_objects(reader)
        # /Info and the XMP are left alone, and so stay in agreement (ISO 19005-1, 6.7.3)
        assert reader.root.raw_get("/Metadata").idnum not in objects
        assert info_ref.idnum not in objects
        assert reader.root["/Metadata"].data == xmp
        assert pdfa_level(reader) == (part, "B")
        assert rule_breaks(objects, part) == []
        kids = reader.root["/Pages"]["/Kids"]
        page_height = float(kids[0]["/MediaBox"][3])
        box = seal_box(reader, placement, page_height) if placement != "cross" else None
        widget_page = reader.embedded_signatures[0].sig_field.raw_get("/P").idnum
        page_index = [kids.raw_get(i).idnum for i in range(len(kids))].index(widget_page)
    [verdict] = pyhanko_verdicts(out, [test_pki.root.cert])
    assert verdict.intact and verdict.crypto_valid and verdict.trusted, verdict
    assert_pdfsig_valid(out, count=1)
    pages = render(out)
    if box is not None:
        assert red_pixels(pages[page_index], box) > 1500, "the seal must show in red"
    else:  # one strip at the right edge of every page
        strip = round(60 * DPI / 72)
        for page in pages:
            assert red_pixels(page, (page.width - strip, 0, page.width, page.height)) > 500
    return objects


# --- tests -------------------------------------------------------------------------------------

@pytest.mark.parametrize("placement", list(PLACEMENTS))
def test_pdfa1b_seal_adds_no_transparency(placement, contract, p12, seal_file, test_pki, capsys):
    src = make_pdfa(contract, 1)
    out = sign(capsys, src, p12, seal_file, placement)
    objects = check_signed(src, out, 1, placement, test_pki)
    assert transparency_in(objects) == []
    stencils = [d for d in added_dicts(objects) if d.get("/ImageMask", False)]
    assert stencils, "the seal is drawn as a stencil mask"
    assert all(int(s["/Height"]) >= 600 for s in stencils), "fine enough to look crisp"
    if placement == "rect":
        fonts = [d for d in added_dicts(objects) if d.get("/Subtype") == "/CIDFontType0"]
        assert fonts and all("/CIDSet" in f["/FontDescriptor"] for f in fonts)
    tail = out.read_bytes()[len(src.read_bytes()):]
    assert b"/ObjStm" not in tail and b"/XRef" not in tail, "PDF/A-1 is PDF 1.4: no object streams"
    assert re.search(rb"(^|[\r\n])xref[\r\n]", tail), "the update keeps a classic xref table"


@pytest.mark.parametrize("part", [2, 3])
@pytest.mark.parametrize("placement", list(PLACEMENTS))
def test_pdfa2b_3b_keep_the_multiplied_seal(part, placement, contract, p12, seal_file, test_pki, capsys):
    src = make_pdfa(contract, part, attributes=part == 2)
    out = sign(capsys, src, p12, seal_file, placement)
    objects = check_signed(src, out, part, placement, test_pki)
    found = transparency_in(objects)
    # allowed from PDF/A-2 on, with an output intent to blend in: the seal multiplies like ink
    assert found and set(found) <= {"/SMask in /XObject", "blend mode /Multiply", "/ca 0.72"}, found
    assert "blend mode /Multiply" in found
    assert not any(d.get("/Type") == "/Group" or "/Group" in d for d in added_dicts(objects))


def test_pdfa2b_without_output_intent_gets_an_opaque_calibrated_seal(contract, p12, seal_file, test_pki, capsys):
    """No output intent: no blending colour space for transparency, and DeviceRGB needs /DefaultRGB."""
    src = make_pdfa(contract, 2, intent=False)
    out = sign(capsys, src, p12, seal_file, "rect")
    objects = check_signed(src, out, 2, "rect", test_pki)
    assert transparency_in(objects) == []
    forms = [o for o in objects.values() if isinstance(o, generic.StreamObject) and o.get("/Subtype") == "/Form"]
    painting = [f for f in forms if re.search(rb"\b(rg|RG|Do)\b", f.data)]
    assert painting
    for form in painting:
        colour_spaces = form["/Resources"].get("/ColorSpace", {})
        assert colour_spaces.get("/DefaultRGB", [None])[0] == "/CalRGB", form
        assert not re.search(rb"\b(g|G|k|K)\b", form.data), "only RGB, mapped by /DefaultRGB"


def test_pdfa_level_reads_both_xmp_forms(contract):
    assert pdfa_level_of_xmp(pdfa_xmp(1, attributes=False).encode()) == (1, "B")
    assert pdfa_level_of_xmp(pdfa_xmp(3, "a", attributes=True).encode()) == (3, "A")
    assert pdfa_level_of_xmp(b"<x:xmpmeta xmlns:x='adobe:ns:meta/'/>") is None
    assert pdfa_level_of_xmp(b"not xml") is None
    with open(contract, "rb") as fh:
        assert pdfa_level(PdfFileReader(fh)) is None
    with open(make_pdfa(contract, 2, attributes=True), "rb") as fh:
        assert pdfa_level(PdfFileReader(fh)) == (2, "B")



def xmp_producer(xmp: bytes) -> str | None:
    """pdf:Producer of an XMP packet (attribute or element form)."""
    from lxml import etree

    name = "{http://ns.adobe.com/pdf/1.3/}Producer"
    for element in etree.fromstring(xmp.strip()).iter():
        if element.get(name) is not None:
            return element.get(name)
        if element.tag == name:
            return element.text
    return None


def src_xmp(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return PdfFileReader(fh).root["/Metadata"].data


@pytest.mark.parametrize("level", ["B-LT", "B-LTA"])
def test_lt_revisions_keep_info_and_xmp_in_agreement(level, contract, p12, seal_file, pki_server,
                                                     capsys):
    src = make_pdfa(contract, 1)
    out = src.with_name("signed-lt.pdf")
    code = main(["sign", str(src), "-o", str(out), "--p12", str(p12), "--password-env", "P12PW",
                 "--level", level, "--tsa", pki_server.tsa_url, "--seal", str(seal_file), "--json",
                 *PLACEMENTS["rect"]])
    assert code == 0, capsys.readouterr().out
    with open(out, "rb") as fh:
        reader = PdfFileReader(fh)
        assert reader.trailer["/Info"]["/Producer"] == xmp_producer(reader.root["/Metadata"].data)
        assert "/DSS" in reader.root, "B-LT needs the validation data in the DSS"
        assert len(reader.embedded_timestamp_signatures) == (1 if level == "B-LTA" else 0)
        assert reader.root["/Metadata"].data == src_xmp(src)
    from tests.fixtures.verify import pyhanko_verdicts

    [verdict] = pyhanko_verdicts(out, [pki_server.pki.root.cert], online=False)
    assert verdict.indication == "TOTAL-PASSED", verdict
