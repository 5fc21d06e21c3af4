"""What the signer saw vs what is displayed: revision export and the page-by-page comparison."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pymupdf
import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from app.cli.main import main
from crypto import errors
from crypto.review.revisions import extract_revisions, safe_name, signed_revision_bytes
from crypto.review.visual import compare_revision
from crypto.seal.fonts import font_bytes

pytestmark = pytest.mark.net

AMOUNT = "600,000.00"  # the contract total on page 1 (Chinese clause first)


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    monkeypatch.setenv("DOCPW", "open-sesame")


@pytest.fixture
def seal(seal_png, tmp_path) -> Path:
    path = tmp_path / "seal.png"
    path.write_bytes(seal_png)
    return path


def sign(src: Path, out: Path, p12: Path, *extra: str) -> Path:
    code = main(["sign", str(src), "-o", str(out), "--p12", str(p12), "--password-env", "P12PW",
                 "--level", "B-B", *extra])
    assert code == 0
    return out


@pytest.fixture
def signed(contract, seal_p12, seal, tmp_path) -> Path:
    """The contract with one visible seal on 盖章处."""
    return sign(contract, tmp_path / "signed.pdf", seal_p12, "--seal", str(seal),
                "--at-text", "盖章处")


def field_names(data: bytes, password: str | None = None) -> list[str]:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    if password is not None:
        reader.decrypt(password)
    return [s.field_name for s in reader.embedded_signatures]


def glyph_hex(text: str) -> bytes:
    font = pymupdf.Font(fontbuffer=font_bytes("regular"))
    return "".join(f"{font.has_glyph(ord(c)):04x}" for c in text).encode()


def retext(data: bytes, page: int, old: str, new: str) -> bytes:
    """An incremental update that rewrites ``old`` as ``new`` in a page's content (glyph ids)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref, _ = writer.find_page_for_modification(page)
    page_obj = page_ref.get_object()
    contents = page_obj["/Contents"]
    for i in range(len(contents)):
        stream = contents[i]
        if glyph_hex(old) in stream.data:
            changed = stream.data.replace(glyph_hex(old), glyph_hex(new), 1)
            contents[i] = writer.add_object(generic.StreamObject(stream_data=changed))
            writer.update_container(page_obj)
            out = io.BytesIO()
            writer.write(out)
            return out.getvalue()
    raise AssertionError(f"{old!r} is not on page {page + 1}")


def later_widget(data: bytes, page: int, rect: tuple[float, float, float, float],
                 drawing: bytes, name: str = "Sneaky") -> bytes:
    """A later 'signature' field (signature dictionary without valid crypto) whose widget
    appearance is ``drawing`` (content operators in a rect-sized form)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref, _ = writer.find_page_for_modification(page)
    x0, y0, x1, y1 = rect
    font = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
    }))
    form = generic.StreamObject({
        generic.NameObject("/Type"): generic.NameObject("/XObject"),
        generic.NameObject("/Subtype"): generic.NameObject("/Form"),
        generic.NameObject("/BBox"): generic.ArrayObject(
            [generic.FloatObject(v) for v in (0, 0, x1 - x0, y1 - y0)]),
        generic.NameObject("/Resources"): generic.DictionaryObject({
            generic.NameObject("/Font"): generic.DictionaryObject({
                generic.NameObject("/Helv"): font})}),
    }, stream_data=drawing)
    value = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Sig"),
        generic.NameObject("/Filter"): generic.NameObject("/Adobe.PPKLite"),
        generic.NameObject("/SubFilter"): generic.NameObject("/ETSI.CAdES.detached"),
        generic.NameObject("/ByteRange"): generic.ArrayObject([generic.NumberObject(0)] * 4),
        generic.NameObject("/Contents"): generic.ByteStringObject(b"\0" * 16),
    }))
    widget = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Widget"),
        generic.NameObject("/FT"): generic.NameObject("/Sig"),
        generic.NameObject("/T"): generic.TextStringObject(name),
        generic.NameObject("/F"): generic.NumberObject(4),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in rect]),
        generic.NameObject("/P"): page_ref,
        generic.NameObject("/V"): value,
        generic.NameObject("/AP"): generic.DictionaryObject({
            generic.NameObject("/N"): writer.add_object(form)}),
    }))
    page_obj = page_ref.get_object()
    annots = page_obj.get("/Annots", generic.ArrayObject())
    annots.append(widget)
    page_obj[generic.NameObject("/Annots")] = annots
    writer.update_container(page_obj)
    acroform = writer.root["/AcroForm"]
    acroform["/Fields"].append(widget)
    writer.update_container(acroform)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def amount_rect(data: bytes, page: int = 0, text: str = AMOUNT) -> pymupdf.Rect:
    return pymupdf.open(stream=data)[page].search_for(text)[0]


def pdf_rect(data: bytes, rect: pymupdf.Rect, page: int = 0) -> tuple[float, ...]:
    """A displayed-page rectangle in PDF user space (origin bottom left)."""
    p = pymupdf.open(stream=data)[page]
    r = rect * p.derotation_matrix * ~p.transformation_matrix
    r.normalize()
    return (r.x0, r.y0, r.x1, r.y1)


# --- revisions ---------------------------------------------------------------------------------


def test_revisions_are_file_prefixes_that_open_as_the_signed_pdf(signed, seal_p12, seal, tmp_path):
    two = sign(signed, tmp_path / "two.pdf", seal_p12, "--seal", str(seal), "--page", "2",
               "--rect", "80,80,200,200")
    data, first = two.read_bytes(), signed.read_bytes()
    before = hashlib.sha256(data).hexdigest()
    names = field_names(data)
    assert len(names) == 2
    assert signed_revision_bytes(two, names[0]) == first
    assert signed_revision_bytes(data, names[1]) == data
    written = extract_revisions(two, tmp_path / "out")
    assert [p.name for p in written] == [f"two.rev2.{safe_name(names[0])}.pdf",
                                         f"two.rev3.{safe_name(names[1])}.pdf"]
    for path in written:
        part = path.read_bytes()
        assert hashlib.sha256(part).hexdigest() == hashlib.sha256(data[:len(part)]).hexdigest()
        assert "合同总价为人民币" in pymupdf.open(path)[0].get_text()
    assert len(field_names(written[0].read_bytes())) == 1
    assert hashlib.sha256(two.read_bytes()).hexdigest() == before  # the input is untouched
    assert not list((tmp_path / "out").glob(".*.part"))


def test_the_exported_revision_shows_what_was_signed_not_the_forgery(signed, tmp_path):
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(retext(signed.read_bytes(), 0, AMOUNT, "900,000.00"))
    assert "900,000.00" in pymupdf.open(forged)[0].get_text()
    [revision] = extract_revisions(forged, tmp_path / "out")
    text = pymupdf.open(revision)[0].get_text()
    assert AMOUNT in text and "900,000.00" not in text
    assert revision.read_bytes() == signed.read_bytes()


def test_unknown_field_and_unsafe_names(signed):
    with pytest.raises(errors.InputError, match="no signature named"):
        signed_revision_bytes(signed, "Nope")
    assert safe_name("../../etc/passwd") == "etc_passwd"
    assert safe_name("CON") == "_CON"
    assert safe_name("合同 签名/1") == "合同_签名_1"
    assert safe_name("...") == "field"


# --- visual comparison ---------------------------------------------------------------------------


def test_unchanged_document_has_no_difference(signed):
    data = signed.read_bytes()
    result = compare_revision(signed, signed_revision_bytes(data, field_names(data)[0]))
    assert not result.differs and result.complete
    assert result.compared == [1, 2] and result.signed_pages == result.current_pages == 2


@pytest.mark.parametrize(("old", "new", "same_width"), [
    (AMOUNT, "900,000.00", True),  # one digit of the amount
    (AMOUNT, "600,000.08", True),  # one decimal
    (AMOUNT, "600.000.00", True),  # a comma became a point
    ("三十日", "六十日", True),  # one character of the Chinese text
    ("thirty days", "ninety days", False),  # one word of the English text (the line moves on)
])
def test_one_changed_digit_or_word_is_found_and_boxed(signed, old, new, same_width):
    data = signed.read_bytes()
    forged = retext(data, 0, old, new)
    result = compare_revision(forged, signed_revision_bytes(forged, field_names(data)[0]))
    assert result.differing_pages == [1]
    [diff] = result.pages
    assert diff.kind == "content" and 0 < diff.score < 0.005
    where = amount_rect(forged, text=new)
    box = pymupdf.Rect(diff.box)
    assert box.intersects(where) and box.height < 20  # one line
    if same_width:
        assert box.width < 20  # one glyph: 8.5 pt
    assert diff.signed_png and diff.current_png and diff.signed_detail and diff.current_detail


def test_second_signature_seal_is_not_a_content_difference(signed, seal_p12, seal, tmp_path):
    two = sign(signed, tmp_path / "two.pdf", seal_p12, "--seal", str(seal), "--page", "2",
               "--rect", "80,80,200,200")
    data = two.read_bytes()
    first, second = field_names(data)
    revision = signed_revision_bytes(data, first)
    result = compare_revision(data, revision)
    assert not result.differs
    [note] = result.annotations
    assert note.later_signature and note.hidden and note.field == second and note.page == 2
    # without the rule the second seal would be a difference on page 2
    assert compare_revision(data, revision, hide_later_signatures=False).differing_pages == [2]


def test_later_signature_appearance_that_blanks_signed_text_is_shown(signed):
    data = signed.read_bytes()
    over = amount_rect(data) + (-2, -2, 2, 2)
    x0, y0, x1, y1 = pdf_rect(data, over)
    white_out = (f"1 1 1 rg 0 0 {x1 - x0:.2f} {y1 - y0:.2f} re f "
                 "0 g BT /Helv 9 Tf 2 3 Td (900,000.00) Tj ET").encode()
    forged = later_widget(data, 0, (x0, y0, x1, y1), white_out)
    result = compare_revision(forged, signed_revision_bytes(forged, field_names(data)[0]))
    assert result.differing_pages == [1]
    assert result.pages[0].kind == "covered"
    assert pymupdf.Rect(result.pages[0].box).intersects(over)
    [note] = result.annotations
    assert note.later_signature and not note.hidden


def test_later_signature_appearance_on_blank_paper_is_listed_not_flagged(signed):
    data = signed.read_bytes()
    stamp = b"0 0 1 rg BT /Helv 9 Tf 2 3 Td (Approved) Tj ET"
    forged = later_widget(data, 1, (400, 60, 520, 80), stamp)
    result = compare_revision(forged, signed_revision_bytes(forged, field_names(data)[0]))
    assert not result.differs
    [note] = result.annotations
    assert note.later_signature and note.hidden and note.change == "added" and note.page == 2


def test_freetext_over_the_amount_is_a_difference(signed, tmp_path):
    data = signed.read_bytes()
    doc = pymupdf.open(signed)
    doc[0].add_freetext_annot(amount_rect(data) + (-1, -1, 1, 1), "900,000.00", fontsize=9,
                              fill_color=(1, 1, 1))
    doc.save(signed, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    doc.close()
    forged = signed.read_bytes()
    assert forged.startswith(data)
    result = compare_revision(forged, signed_revision_bytes(forged, field_names(data)[0]))
    assert result.differing_pages == [1] and result.pages[0].kind == "content"
    assert any(n.subtype == "FreeText" and n.change == "added" and not n.hidden
               for n in result.annotations)


def test_pages_added_removed_and_rotated(signed):
    data = signed.read_bytes()
    doc = pymupdf.open(signed)
    doc[1].set_rotation(90)
    doc.new_page(width=595, height=842).insert_text((72, 72), "Appendix: price 900,000.00")
    doc.save(signed, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    doc.close()
    forged = signed.read_bytes()
    revision = signed_revision_bytes(forged, field_names(data)[0])
    result = compare_revision(forged, revision)
    assert [(d.page, d.signed_page, d.kind) for d in result.pages] == [
        (2, 2, "rotation"), (3, None, "added")]
    assert result.pages[1].current_png
    # the other way round: pages of the signed revision that are gone
    gone = compare_revision(revision, forged)
    assert [(d.page, d.signed_page, d.kind) for d in gone.pages] == [
        (2, 2, "rotation"), (None, 3, "removed")]


def test_encrypted_document_needs_its_password(contract, seal_p12, tmp_path):
    enc = tmp_path / "encrypted.pdf"
    doc = pymupdf.open(contract)
    doc.save(enc, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="open-sesame",
             owner_pw="owner-pw")
    doc.close()
    signed = sign(enc, tmp_path / "signed.pdf", seal_p12, "--pdf-password-env", "DOCPW")
    data = signed.read_bytes()
    [name] = field_names(data, "open-sesame")
    revision = signed_revision_bytes(data, name, password="open-sesame")
    assert revision == data
    forged = retext_encrypted(signed, "open-sesame")
    result = compare_revision(forged, revision, password="open-sesame")
    assert result.differing_pages == [1]
    with pytest.raises(errors.EncryptedPdf):
        compare_revision(forged, revision)
    with pytest.raises(errors.WrongPdfPassword):
        compare_revision(forged, revision, password="wrong")


def retext_encrypted(path: Path, password: str) -> bytes:
    doc = pymupdf.open(path)
    doc.authenticate(password)
    doc[0].insert_text((72, 100), "Amendment: the price is 900,000.00", fontsize=9)
    doc.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    doc.close()
    return path.read_bytes()


def test_big_documents_are_capped_and_say_so(seal_p12, tmp_path):
    from app.demo.contract import make_sample_contract

    src = make_sample_contract(tmp_path / "long.pdf", pages=8)
    signed = sign(src, tmp_path / "signed.pdf", seal_p12)
    data = signed.read_bytes()
    forged = retext(data, 0, AMOUNT, "900,000.00")
    revision = signed_revision_bytes(forged, field_names(data)[0])
    capped = compare_revision(forged, revision, max_pages=3)
    assert capped.compared == [1, 2, 3] and capped.skipped == [4, 5, 6, 7, 8]
    assert not capped.complete and capped.differing_pages == [1]
    forced = compare_revision(forged, revision, max_pages=3, pages=[7])
    assert forced.compared == [1, 2, 3, 7]


def test_huge_pages_render_within_the_pixel_cap():
    def doc_bytes(text: str) -> bytes:
        doc = pymupdf.open()
        page = doc.new_page(width=14400, height=14400)  # the largest page PDF allows (200 in)
        page.insert_text((7000, 7000), text, fontsize=400)
        return doc.tobytes()

    result = compare_revision(doc_bytes("Price 900"), doc_bytes("Price 600"))
    assert result.differing_pages == [1]
    assert pymupdf.Rect(result.pages[0].box).intersects(pymupdf.Rect(7000, 6600, 10000, 7100))
