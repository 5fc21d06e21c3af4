"""`sealdesk sign` on structurally diverse PDFs (tests/data/variants.py), every seal mode.

For each input and mode the signer must either succeed or refuse with a clear SealDesk error
code (never an internal error), leave the input alone, append to it (incremental update), and
produce a signature that ``sealdesk verify`` (crypto/review) finds intact and TOTAL-PASSED
against the test root and that poppler's ``pdfsig`` finds valid.  Visible seals must land where
they were asked for on the *rendered* page:

* ``--page/--rect``: the rectangle is in PDF user space (crypto/seal/placement.py), i.e. the
  page's own coordinates before /Rotate, MediaBox origin included.  Each page shows a
  light-blue target box drawn at that user-space rectangle, so the check is "the seal's pixels
  cover the blue box", with no coordinate conversion in the test at all;
* ``--at-text``: a square of ``--seal-size`` centred on the last occurrence of the anchor text
  as displayed (pymupdf's search, turned with the page's own rotation matrix), moved inside
  the page if needed;
* ``--cross-page``: one strip at the right edge of every displayed page, vertically centred;
* invisible: no pixel changes.

The default run covers every variant with --rect and --at-text and a subset with --cross-page
and invisible; ``-m slow`` adds the full cross product.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.cli.main import main
from crypto.review.engine import review_file
from crypto.review.model import Indication, Integrity, ReviewOptions
from tests.data import variants
from tests.data.variants import ANCHOR, PASSWORD, TARGET_RGB, Variant
from tests.fixtures.docs import sha256
from tests.fixtures.verify import pdfsig_report

pytestmark = pytest.mark.net

MODES = ("rect", "text", "cross", "invisible")
QUICK_CROSS = ("rotate90", "mixed-pages", "inherited", "offset-crop-rotate90", "tiny", "huge",
               "classic", "aes-256", "linearized", "hybrid")
QUICK_INVISIBLE = ("classic", "xref-stream", "hybrid", "linearized", "xfa", "rc4-128",
                   "several-updates", "xref-offsets-off")
RENDER_PX = 360  # longest side of a rendered page
INTERNAL = ("internal", "signing_failed_unexpectedly")


def _cases() -> list[object]:
    cases = []
    for name in variants.CATALOGUE:
        for mode in MODES:
            quick = (mode in ("rect", "text") or (mode == "cross" and name in QUICK_CROSS)
                     or (mode == "invisible" and name in QUICK_INVISIBLE))
            marks = () if quick else (pytest.mark.slow,)
            cases.append(pytest.param(name, mode, id=f"{name}-{mode}", marks=marks))
    return cases


@pytest.fixture(scope="module")
def key(test_pki, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "seal.p12"
    path.write_bytes(test_pki["seal-rsa"].to_pkcs12(b"pw"))
    return path


@pytest.fixture(scope="module")
def seal_file(seal_png, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seal") / "seal.png"
    path.write_bytes(seal_png)
    return path


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    monkeypatch.setenv("DOCPW", PASSWORD)


def sign(capsys, variant: Variant, src: Path, out: Path, key: Path, *extra: str
         ) -> tuple[int, dict]:
    args = ["sign", str(src), "-o", str(out), "--p12", str(key), "--password-env", "P12PW",
            "--level", "B-B", "--json", *extra]
    if variant.password is not None:
        args += ["--pdf-password-env", "DOCPW"]
    code = main(args)
    return code, json.loads(capsys.readouterr().out)


def mode_args(variant: Variant, mode: str, seal: Path) -> list[str]:
    size = ["--seal-size", f"{variant.seal_size:g}"]
    if mode == "rect":
        return ["--seal", str(seal), "--page", str(variant.page),
                "--rect", ",".join(f"{v:g}" for v in variant.rect)]
    if mode == "text":
        return ["--seal", str(seal), "--at-text", ANCHOR, *size]
    if mode == "cross":
        return ["--seal", str(seal), "--cross-page", *size]
    return []


def review(path: Path, test_pki, password: str | None):
    return review_file(path, ReviewOptions(
        trust_roots=(test_pki.root.cert.dump(),), system_trust=False, offline=False,
        visual=False, lang="en", password=password))


def check_signed(src: Path, out: Path, before: str, variant: Variant, test_pki,
                 count: int = 1) -> None:
    """Input untouched, output = input + update, verify and pdfsig both say valid."""
    assert sha256(src) == before, "the input was modified"
    assert out.read_bytes().startswith(src.read_bytes()), "not an incremental update"
    report = review(out, test_pki, variant.password)
    # one signature: UNCHANGED; more: CHANGED, the later ones listed as allowed changes
    expected = Integrity.UNCHANGED if count == 1 else Integrity.CHANGED
    assert report.integrity is expected, (
        report.integrity, report.error, report.changes, [s.reasons for s in report.signatures])
    assert all(c.allowed and not c.covers_signed for c in report.changes), report.changes
    assert len(report.signatures) == count, report.signatures
    for sig in report.signatures:
        assert sig.intact and sig.crypto_valid and sig.trusted, sig
        assert sig.indication is Indication.TOTAL_PASSED, sig
    # pdfsig also lists empty signature fields (a name and nothing else): those are not counted
    sigs = [s for s in pdfsig_report(out, variant.password) if set(s) != {"Signature Field Name"}]
    assert len(sigs) == count, sigs
    assert all(s.get("Signature Validation") == "Signature is Valid." for s in sigs), sigs


# ---------------------------------------------------------------------------------------------
# rendering


def _open(data: Path, password: str | None) -> pymupdf.Document:
    doc = pymupdf.open(data)
    if doc.needs_pass:
        assert doc.authenticate(password or "")
    return doc


def render(doc: pymupdf.Document, index: int) -> tuple[np.ndarray, float]:
    """Page ``index`` as displayed (rotation applied, annotations drawn), RGB, and the zoom."""
    page = doc[index]
    zoom = RENDER_PX / max(page.rect.width, page.rect.height)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False, annots=True)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    return img[:, :, :3].astype(np.int16), zoom


def bbox(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    """(x0, y0, x1, y1) in pixels of the True cells, exclusive ends; None if there are none."""
    ys, xs = np.nonzero(mask)
    if len(xs) == 0:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def changed(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    return np.abs(after - before).max(axis=2) > 40


def target_box(img: np.ndarray) -> tuple[int, int, int, int]:
    want = np.array([round(c * 255) for c in TARGET_RGB])
    found = bbox(np.abs(img - want).max(axis=2) <= 6)
    assert found is not None, "no target box on the page"
    return found


def assert_inside_and_filling(seal, box, tol: float, what: str) -> None:
    """The seal's changed pixels lie inside ``box`` (± tol) and span most of it."""
    assert seal is not None, f"no seal pixels ({what})"
    x0, y0, x1, y1 = box
    assert (seal[0] >= x0 - tol and seal[1] >= y0 - tol
            and seal[2] <= x1 + tol and seal[3] <= y1 + tol), (what, seal, box)
    assert seal[2] - seal[0] >= 0.6 * (x1 - x0) and seal[3] - seal[1] >= 0.6 * (y1 - y0), (
        what, seal, box)


def user_unit(page: pymupdf.Page) -> float:
    kind, unit = page.parent.xref_get_key(page.xref, "UserUnit")
    return float(unit) if kind in ("int", "float") else 1.0


def anchor_view_box(doc: pymupdf.Document, size: float) -> tuple[int, tuple[float, ...]]:
    """Page index and displayed square (MuPDF page space) where --at-text centres the seal.

    ``size`` is in user-space units, like --rect; MuPDF shows a /UserUnit page scaled by it.
    """
    hits = [(i, r) for i in range(doc.page_count) for r in doc[i].search_for(ANCHOR)]
    index, found = hits[-1]
    page = doc[index]
    size *= user_unit(page)
    seen = found * page.rotation_matrix  # search hits are unrotated; show them as displayed
    cx, cy = (seen.x0 + seen.x1) / 2, (seen.y0 + seen.y1) / 2
    w, h = page.rect.width, page.rect.height
    x0 = min(max(cx - size / 2, 0), w - size)
    y0 = min(max(cy - size / 2, 0), h - size)
    return index, (x0, y0, x0 + size, y0 + size)


def check_placement(src: Path, out: Path, variant: Variant, mode: str) -> None:
    """The seal is on the rendered page(s) where the mode asked for it, and nowhere else."""
    with _open(src, variant.password) as old, _open(out, variant.password) as new:
        assert new.page_count == old.page_count
        diffs = []
        for i in range(old.page_count):
            before, zoom = render(old, i)
            after, _ = render(new, i)
            diffs.append((before, zoom, bbox(changed(before, after))))
        if mode == "invisible":
            assert all(d[2] is None for d in diffs), "an invisible signature changed a page"
        elif mode == "rect":
            for i, (before, _zoom, seal) in enumerate(diffs):
                if i == variant.page - 1:
                    assert_inside_and_filling(seal, target_box(before), 2, f"page {i + 1}")
                else:
                    assert seal is None, f"page {i + 1} changed"
        elif mode == "text":
            index, square = anchor_view_box(old, variant.seal_size)
            for i, (_before, zoom, seal) in enumerate(diffs):
                if i == index:
                    box = tuple(v * zoom for v in square)
                    assert_inside_and_filling(seal, box, 2, f"page {i + 1}")
                else:
                    assert seal is None, f"page {i + 1} changed"
        elif mode == "cross":
            for i, (before, zoom, seal) in enumerate(diffs):
                h, w = before.shape[:2]
                assert seal is not None, f"no strip on page {i + 1}"
                assert seal[2] >= w - 2, ("strip not at the right edge", i + 1, seal, w)
                assert abs((seal[1] + seal[3]) / 2 - h / 2) <= 3, ("not centred", i + 1, seal)
                size = variant.seal_size * user_unit(old[i]) * zoom
                assert seal[3] - seal[1] <= size + 2, (i + 1, seal)


# ---------------------------------------------------------------------------------------------
# the tests


@pytest.mark.parametrize(("name", "mode"), _cases())
def test_sign_variant(name, mode, key, seal_file, test_pki, capsys, tmp_path):
    variant = variants.make(name)
    src = tmp_path / f"{name}.pdf"
    src.write_bytes(variant.data)
    before = sha256(src)
    out = tmp_path / "signed.pdf"
    refused = variant.refuse.get(mode)
    if mode == "text" and not variant.has_anchor:
        refused = refused or "placement_error"
    code, doc = sign(capsys, variant, src, out, key, *mode_args(variant, mode, seal_file))
    [result] = doc["files"]
    if refused is not None or code != 0:
        error = result.get("error") or {}
        assert error.get("code") not in INTERNAL, result
        assert (code, error.get("code")) == (1, refused), error
        assert not out.exists()
        assert sha256(src) == before
        return
    check_signed(src, out, before, variant, test_pki)
    if mode in variant.pixels:
        check_placement(src, out, variant, mode)


def test_field_that_is_not_a_signature_field_is_refused(key, capsys, tmp_path):
    variant = variants.make("text-field-named-seal1")
    src = tmp_path / "form.pdf"
    src.write_bytes(variant.data)
    out = tmp_path / "signed.pdf"
    code, doc = sign(capsys, variant, src, out, key, "--field", "Seal1")
    assert code == 1 and doc["files"][0]["error"]["code"] == "field_error", doc
    assert not out.exists()
    code, doc = sign(capsys, variant, src, out, key)  # the automatic name avoids Seal1
    assert code == 0 and doc["files"][0]["field"] == "Seal2", doc


@pytest.mark.parametrize("visible", [False, True], ids=["invisible", "seal"])
@pytest.mark.parametrize("name", ["empty-sig-field", "nested-sig-field"])
def test_sign_into_existing_field(name, visible, key, seal_file, test_pki, capsys, tmp_path):
    """--field NAME signs the empty field (a full name for a nested one); a seal becomes the
    field's appearance at the field's own place (--page/--rect are then not used)."""
    variant = variants.make(name)
    src = tmp_path / "field.pdf"
    src.write_bytes(variant.data)
    before = sha256(src)
    out = tmp_path / "signed.pdf"
    seal = mode_args(variant, "rect", seal_file) if visible else []
    code, doc = sign(capsys, variant, src, out, key, "--field", variant.field or "", *seal)
    assert code == 0, doc
    assert doc["files"][0]["field"] == variant.field
    check_signed(src, out, before, variant, test_pki)
    with _open(src, None) as old, _open(out, None) as new:
        before_img, zoom = render(old, 0)
        seal_px = bbox(changed(before_img, render(new, 0)[0]))
        # both fields are at [300 100 450 250] on an unrotated Letter page
        box = tuple(v * zoom for v in (300, 792 - 250, 450, 792 - 100))
        if visible:
            assert_inside_and_filling(seal_px, box, 2, "the field's place")
        elif seal_px is not None:  # pyHanko's default appearance ("Digitally signed by …")
            assert (seal_px[0] >= box[0] - 2 and seal_px[1] >= box[1] - 2
                    and seal_px[2] <= box[2] + 2 and seal_px[3] <= box[3] + 2), seal_px


@pytest.mark.parametrize("name", ["classic", "rotate90", "hybrid", "aes-128", "need-appearances"])
def test_second_signature_keeps_the_first(name, key, seal_file, test_pki, capsys, tmp_path):
    variant = variants.make(name)
    src = tmp_path / f"{name}.pdf"
    src.write_bytes(variant.data)
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    code, doc = sign(capsys, variant, src, one, key, *mode_args(variant, "rect", seal_file))
    assert code == 0, doc
    before = sha256(one)
    code, doc = sign(capsys, variant, one, two, key, *mode_args(variant, "text", seal_file))
    assert code == 0, doc
    check_signed(one, two, before, variant, test_pki, count=2)
    check_placement(one, two, variant, "text")


@pytest.mark.parametrize("name", ["user-unit", "offset-crop-rotate90", "inherited"])
def test_view_rectangles_match_what_mupdf_shows(name):
    """The GUI's conversions (a rectangle drawn on MuPDF's displayed page ↔ --rect) agree with
    where MuPDF draws the user-space target box, /UserUnit included."""
    from crypto.seal.placement import page_rect_from_view, view_rect_of
    from crypto.seal.spec import PageRect

    variant = variants.make(name)
    with pymupdf.open(stream=variant.data, filetype="pdf") as doc:
        img, zoom = render(doc, variant.page - 1)
    shown = tuple(v / zoom for v in target_box(img))  # the blue box where MuPDF draws it
    view = view_rect_of(variant.data, PageRect(variant.page, variant.rect))
    assert view == pytest.approx(shown, abs=2 / zoom)
    back = page_rect_from_view(variant.data, variant.page, view)
    assert back.rect == pytest.approx(variant.rect, abs=0.01)
