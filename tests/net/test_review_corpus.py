"""The review engine against published PDF signature attacks: zero false valid, few false alarms.

The corpus (tests/data/review) is built once per session with the session's live test PKI
(B-T, B-LTA and DSS samples need its TSA and OCSP); tests/data/review/expected.py says what each
sample must get.  Until ``crypto.review.engine`` exists the verdict tests skip; the corpus
self-checks below run regardless, so a sample cannot silently stop being the attack it claims.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509

from tests.data.review import bases as B
from tests.data.review import probe as P
from tests.data.review import rawpdf as R
from tests.data.review.expected import EXPECTED, Expected
from tests.data.review.kit import REGISTRY
from tests.data.review.make_corpus import STATIC_DIR, STATIC_SAMPLES, build_corpus

pytestmark = pytest.mark.net

HOSTILE = sorted(n for n, e in EXPECTED.items() if e.hostile)
LEGIT = sorted(n for n, e in EXPECTED.items() if not e.hostile)
ENGINE = "crypto.review.engine"


def _engine():  # type: ignore[no-untyped-def]
    if importlib.util.find_spec(ENGINE) is None:
        pytest.skip(f"{ENGINE} does not exist yet: the review engine lands separately")
    return importlib.import_module(ENGINE)


@pytest.fixture(scope="session")
def corpus(pki_server, tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("review-corpus")
    return build_corpus(folder, pki_server.pki, tsa_url=pki_server.tsa_url)


def _options(root_der: bytes, *, offline: bool = False,  # type: ignore[no-untyped-def]
             password: str | None = None):
    from crypto.review.model import ReviewOptions

    return ReviewOptions(
        trust_roots=(root_der,), system_trust=False, offline=offline, time_limit=30.0, lang="en",
        password=password,
    )


def _summary(report) -> str:  # type: ignore[no-untyped-def]
    sigs = ", ".join(
        f"{s.field}={s.indication.value}/{s.sub_indication.value if s.sub_indication else '-'}"
        for s in report.signatures
    )
    changes = "; ".join(c.detail for c in report.changes)
    return (
        f"integrity={report.integrity.value} error={report.error!r} "
        f"visual={report.visual_difference} signatures=[{sigs}] changes=[{changes}]"
    )


def check_report(name: str, exp: Expected, report) -> None:  # type: ignore[no-untyped-def]
    """Assert ``report`` is what ``exp`` allows.

    Messages start with FALSE VALID (a hostile file looks fine), FALSE ALARM (a legitimate
    file does not) or UNEXPECTED (safe, but not the verdict the corpus documents).
    """
    where = f"{name} ({exp.attack}: {exp.variant}) — {_summary(report)}"
    integrity = report.integrity.value
    rules = [(sig, exp.indications.get(sig.field, exp.indications["*"])) for sig in report.signatures]
    if exp.hostile:
        bad = f"FALSE VALID on {where}"
        assert integrity != "UNCHANGED", bad
        if not exp.spec_allowed:
            assert not report.passed, bad
        for sig, allowed in rules:
            if allowed <= {"TOTAL-FAILED", "INDETERMINATE"}:
                assert sig.indication.value != "TOTAL-PASSED", f"{bad}; {sig.field} passed"
        if exp.spec_allowed and integrity == "CHANGED":
            assert report.changes, f"{bad}; the permitted-but-deceptive change is not listed"
            if exp.visual_difference:
                assert report.visual_difference is True, f"{bad}; no visual difference shown"
        if exp.covers_signed and integrity == "CHANGED":
            # spec-permitted, yet drawn over what the signer saw: flagged, never passed
            assert report.covers_signed_content, f"{bad}; not flagged as covering signed content"
            assert not report.passed, f"{bad}; passes although it covers signed content"
    else:
        bad = f"FALSE ALARM on {where}"
        assert integrity in exp.integrity, f"{bad}; expected {sorted(exp.integrity)}"
        for sig, allowed in rules:
            assert sig.indication.value in allowed, f"{bad}; {sig.field} expected {sorted(allowed)}"
        assert len(report.signatures) >= exp.signatures, f"{bad}; signatures missing"
        flagged = [c.detail for c in report.changes if c.covers_signed]
        assert not flagged, f"{bad}; flagged as drawn over signed content: {flagged}"
        if integrity == "NONE":
            assert not report.signatures, bad
    odd = f"UNEXPECTED on {where}"
    assert integrity in exp.integrity, f"{odd}; expected {sorted(exp.integrity)}"
    for sig, allowed in rules:
        assert sig.indication.value in allowed, f"{odd}; {sig.field} expected {sorted(allowed)}"
        wanted = exp.sub_indication.get(sig.field)
        if wanted is not None:
            got = sig.sub_indication.value if sig.sub_indication else None
            assert got == wanted, f"{odd}; {sig.field} sub-indication {got}, expected {wanted}"
        if sig.field in exp.docmdp:
            assert sig.docmdp == exp.docmdp[sig.field], f"{odd}; {sig.field} DocMDP"
    if exp.visual_difference is not None:
        # a CHANGED file must show its difference; a rejected one need not have been rendered
        if integrity == "CHANGED":
            assert report.visual_difference is exp.visual_difference, odd
        else:
            assert report.visual_difference is not (not exp.visual_difference), odd


def test_every_sample_has_an_expectation():
    assert set(REGISTRY) == set(EXPECTED)
    assert set(STATIC_SAMPLES) <= set(EXPECTED)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", HOSTILE)
def test_no_false_valid(name, corpus, test_pki):
    engine = _engine()
    report = engine.review_file(
        corpus[name], _options(test_pki.root.cert.dump(), password=EXPECTED[name].password))
    check_report(name, EXPECTED[name], report)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", LEGIT)
def test_no_false_alarm(name, corpus, test_pki):
    engine = _engine()
    report = engine.review_file(
        corpus[name], _options(test_pki.root.cert.dump(), password=EXPECTED[name].password))
    check_report(name, EXPECTED[name], report)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", STATIC_SAMPLES)
def test_static_regression(name):
    """The committed samples keep their verdict forever (their own root in static/root.pem)."""
    engine = _engine()
    root = pem.unarmor((STATIC_DIR / "root.pem").read_bytes())[2]
    report = engine.review_file(STATIC_DIR / f"{name}.pdf", _options(root, offline=True))
    check_report(name, EXPECTED[name], report)


# ---------------------------------------------------------------------------------------------
# the corpus is what it claims (independent of the engine)


def _data(corpus: dict[str, Path], name: str) -> bytes:
    return corpus[name].read_bytes()


def test_corpus_has_every_sample(corpus):
    assert set(corpus) == set(EXPECTED)
    for name, path in corpus.items():
        if name != "empty_file":
            assert path.stat().st_size > 0, name


def test_static_samples_are_small_and_present():
    assert (STATIC_DIR / "root.pem").exists()
    for name in STATIC_SAMPLES:
        path = STATIC_DIR / f"{name}.pdf"
        assert path.exists(), f"run: python -m tests.data.review.make_corpus --static ({name})"
        assert path.stat().st_size < 200_000, name


@pytest.mark.parametrize("name", [n for n in LEGIT if n != "legit_unsigned"])
def test_legit_samples_verify_independently(name, corpus, test_pki, tmp_path):
    """pyHanko's validator: every signature of a legitimate sample is intact, valid, trusted."""
    from tests.fixtures.verify import pyhanko_verdicts

    if name.startswith("legit_enc_"):  # pyHanko's validator here takes no password: pdfsig does
        _pdfsig_valid(corpus[name], EXPECTED[name].password)
        return
    if name.startswith("legacy_x509"):  # neither pyHanko nor poppler 22 reads it: OpenSSL
        _openssl_pkcs1_valid(corpus[name], tmp_path)
        return
    if EXPECTED[name].attack == "legacy":  # pyHanko does not read adbe.pkcs7.sha1: pdfsig does
        _pdfsig_valid(corpus[name], None)
        return
    verdicts = pyhanko_verdicts(corpus[name], [test_pki.root.cert], online=True)
    assert verdicts, name
    for v in verdicts:
        assert v.intact and v.crypto_valid and v.trusted, (name, v)


def _pdfsig_valid(path: Path, password: str | None) -> None:
    import subprocess

    from tests.conftest import require_tool

    cmd = [require_tool("pdfsig"), "-nocert", *(["-upw", password] if password else []), str(path)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
    assert out.count("Signature is Valid.") >= 1 and "Total document signed" in out, out


def _openssl_pkcs1_valid(path: Path, tmp: Path) -> None:
    """``openssl dgst -verify``: the bare PKCS#1 value of an adbe.x509.rsa_sha1 signature over
    its byte ranges, with the public key of the first certificate in /Cert."""
    import subprocess

    from asn1crypto import core
    from pyhanko.pdf_utils.reader import PdfFileReader

    from tests.conftest import require_tool

    data = path.read_bytes()
    sig = R.signatures(data)[0]
    with open(path, "rb") as fh:
        field = PdfFileReader(fh, strict=False).root["/AcroForm"]["/Fields"][0]
        cert_der = field["/V"]["/Cert"][0].original_bytes
    (tmp / "cert.der").write_bytes(cert_der)
    (tmp / "sig.bin").write_bytes(core.OctetString.load(sig.cms(data)).native)
    (tmp / "signed.bin").write_bytes(sig.signed_bytes(data))
    openssl = require_tool("openssl")
    pub = subprocess.run([openssl, "x509", "-inform", "DER", "-in", str(tmp / "cert.der"),
                          "-pubkey", "-noout"], capture_output=True, check=True, timeout=60)
    (tmp / "pub.pem").write_bytes(pub.stdout)
    digest = "-sha256" if path.stem.endswith("sha256") else "-sha1"
    out = subprocess.run([openssl, "dgst", digest, "-verify", str(tmp / "pub.pem"), "-signature",
                          str(tmp / "sig.bin"), str(tmp / "signed.bin")],
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "Verified OK", out.stdout + out.stderr


AMOUNT_FORGED = [
    "isa_new_stream", "isa_redefine_stream", "isa_prev_missing", "isa_prev_skip",
    "swa_relocated_end", "swa_relocated_stream", "swa_gap_objects",
    "shadow_hide_xref_only", "shadow_hide_object_replaced", "shadow_hide_ocg",
    "shadow_hide_form", "shadow_replace_form", "shadow_hnr_root", "shadow_hnr_catalog",
    "shadow_hnr_objstm",
]  # fmt: skip
ACCOUNT_FORGED = [
    "eaa_p2_freetext", "eaa_p2_stamp", "eaa_p2_redact", "eaa_p3_freetext",
    "eaa_p2_with_signature", "ssa_p2_attacker", "ssa_p2_insider",
]  # fmt: skip


@pytest.fixture(scope="module")
def honest_amount() -> bytes:
    return P.render(B.order(), B.clip(B.AMOUNT_BOX))


@pytest.fixture(scope="module")
def forged_amount() -> bytes:
    return P.render(B.order(B.FORGED), B.clip(B.AMOUNT_BOX))


@pytest.mark.parametrize("name", AMOUNT_FORGED)
def test_attack_shows_forged_amount(name, corpus, honest_amount, forged_amount):
    """Rendered: the signer saw CNY 1,000.00, the reader now sees CNY 9,000,000.00."""
    data = _data(corpus, name)
    clip = B.clip(B.AMOUNT_BOX)
    assert P.opens_cleanly(P.first_signed_revision(data))
    signed_view = P.render(P.first_signed_revision(data), clip)
    shown = P.render(data, clip)
    assert P.changed_pixels(signed_view, honest_amount) < 40, "the signer did not see 1,000.00"
    assert P.changed_pixels(shown, forged_amount) < 40, "the reader does not see 9,000,000.00"
    assert P.changed_pixels(shown, signed_view) > 100


@pytest.mark.parametrize("name", ACCOUNT_FORGED)
def test_attack_shows_forged_account(name, corpus):
    """Rendered: an annotation or signature widget now shows another account number."""
    data = _data(corpus, name)
    clip = B.clip(B.ACCOUNT_BOX)
    assert P.opens_cleanly(P.first_signed_revision(data))
    honest = P.render(B.order(), clip)
    forged = P.render(B.order().replace(B.ACCOUNT.encode(), B.FORGED_ACCOUNT.encode()), clip)
    assert P.changed_pixels(P.render(P.first_signed_revision(data), clip), honest) < 40
    assert P.changed_pixels(P.render(data, clip), forged) < 40


def test_hidden_content_is_really_hidden_when_signed(corpus):
    """Shadow hide: the forged line is in the signed revision's text, yet not on its picture."""
    for name in ("shadow_hide_xref_only", "shadow_hide_form"):
        signed = P.first_signed_revision(_data(corpus, name))
        assert B.FORGED_VALUE in P.page_text(signed).replace("\n", " "), name
        clip = B.clip(B.AMOUNT_BOX)
        assert P.changed_pixels(P.render(signed, clip), P.render(B.order(), clip)) < 40, name


def test_shadow_replace_font_changes_glyphs_not_bytes(corpus):
    """The content stream still says 1,000.00; the redefined font draws 9,000.00."""
    data = _data(corpus, "shadow_replace_font")
    assert b"(Amount: CNY 1,000.00)" in data
    assert b"9,000" not in data
    clip = B.clip(B.AMOUNT_BOX)
    nine = P.render(B.order("Amount: CNY 9,000.00"), clip)
    assert P.changed_pixels(P.render(data, clip), nine) < 40
    assert P.region_changed(data, B.AMOUNT_BOX) > 20


@pytest.mark.parametrize(
    "name", ["isa_new_stream", "isa_redefine_stream", "isa_no_trailer", "isa_startxref_broken",
             "isa_prev_missing", "isa_prev_skip", "isa_redefine_sigdict"],
)  # fmt: skip
def test_isa_displays_changed_text(name, corpus):
    """The last revision's text differs from the signed revision's text."""
    data = _data(corpus, name)
    signed = data[: R.signatures(data)[0].signed_end]
    assert B.FORGED not in P.page_text(signed)
    assert B.FORGED in P.page_text(data)


@pytest.mark.parametrize("name", ["isa_no_xref", "isa_startxref_into_signed"])
def test_isa_for_lenient_readers(name, corpus):
    """Conforming readers show the signed revision; a reader rebuilding the xref shows 9,000,000."""
    data = _data(corpus, name)
    assert B.FORGED not in P.page_text(data)
    assert B.FORGED in P.repaired_view(data)


@pytest.mark.parametrize("name", ["swa_relocated_end", "swa_relocated_stream", "swa_gap_objects"])
def test_wrapping_keeps_the_digest(name, corpus):
    """A naive validator hashing the (parsed) /ByteRange finds the signature intact."""
    assert P.digest_matches(_data(corpus, name))


def test_wrapping_layouts(corpus):
    end = _data(corpus, "swa_relocated_end")
    a, b, c, d = R.signatures(end)[0].byte_range
    assert c + d == len(end), "part 2 moved to the very end"
    assert end[R.last_startxref(end) :].startswith(b"xref"), "the signed startxref hits our xref"
    stream = _data(corpus, "swa_relocated_stream")
    a, b, c, d = R.signatures(stream)[0].byte_range
    assert c + d < len(stream)
    gap = _data(corpus, "swa_gap_objects")
    sig = R.signatures(gap)[0]
    assert b" 0 obj" in gap[sig.contents_start : sig.contents_end], "objects hide in the gap"
    assert b" obj" not in gap[sig.signed_end :], "the update appends no object"


@pytest.mark.parametrize("name", [n for n in EXPECTED if n.startswith("usf_")])
def test_usf_forges_content_and_mangles_the_signature(name, corpus):
    data = _data(corpus, name)
    assert "9,000" in P.page_text(data), "the displayed amount is forged"
    if name != "usf_stolen_cms":
        sig_dict = data[data.rindex(b"obj", 0, data.index(b"/Type /Sig")) :]
        sig_dict = sig_dict[: sig_dict.index(b"endobj")]
        marks = {
            "usf_contents_missing": b"/Contents" not in sig_dict,
            "usf_contents_empty": b"<>" in sig_dict,
            "usf_contents_null": b"/Contents null" in sig_dict,
            "usf_byterange_missing": b"/ByteRange" not in sig_dict,
            "usf_byterange_null": b"/ByteRange null" in sig_dict,
            "usf_byterange_zero": b"/ByteRange [0 0 0 0]" in sig_dict,
            "usf_byterange_beyond_eof": b" 99999999]" in sig_dict,
            "usf_no_filter": b"/Filter" not in sig_dict,
        }
        if name in marks:
            assert marks[name], name
    if name in ("usf_stolen_cms", "usf_no_filter"):
        assert not P.digest_matches(data)
    if name == "usf_cms_no_signer":
        from asn1crypto import cms

        info = cms.ContentInfo.load(R.signatures(data)[0].cms(data))
        assert len(info["content"]["signer_infos"]) == 0
        assert len(info["content"]["certificates"]) >= 1


def test_revision_chain_tricks(corpus):
    loop = _data(corpus, "isa_prev_loop")
    assert R.prev_of_last(loop) == R.last_startxref(loop)
    missing = _data(corpus, "isa_prev_missing")
    assert R.prev_of_last(missing) is None
    skip = _data(corpus, "isa_prev_skip")
    sig_xref = R.last_startxref(skip[: R.signatures(skip)[0].signed_end])
    assert R.prev_of_last(skip) not in (None, sig_xref)


def test_updates_without_objects(corpus):
    """Hide via xref and hide-and-replace via /Root or object streams append no object body."""
    for name in ("shadow_hide_xref_only", "shadow_hnr_root"):
        data = _data(corpus, name)
        assert b" obj" not in data[R.signatures(data)[0].signed_end :], name
    root = _data(corpus, "shadow_hnr_root")
    assert R.read_trailer(root).root == B.SHADOW_ROOT
    objstm = _data(corpus, "shadow_hnr_objstm")
    tail = objstm[R.signatures(objstm)[0].signed_end :]
    assert tail.count(b" obj") == 1 and b"/Type/XRef" in tail, "only an xref stream"


@pytest.mark.parametrize(
    ("name", "level"),
    [("legit_cert_p1", 1), ("mdp_p1_then_sign", 1), ("legit_cert_p2", 2), ("eaa_p2_freetext", 2),
     ("ssa_p2_insider", 2), ("legit_cert_p3", 3), ("eaa_p3_freetext", 3)],
)  # fmt: skip
def test_certification_levels(name, level, corpus):
    data = _data(corpus, name)
    found = re.findall(rb"/TransformMethod\s*/DocMDP\s*/TransformParams\s*<<[^>]*/P\s+(\d)", data)
    assert found == [str(level).encode()], name


def test_damaged_files(corpus):
    half = _data(corpus, "truncated_half")
    assert R.signatures(half) == [] or R.signatures(half)[0].signed_end > len(half)
    tail = _data(corpus, "truncated_tail")
    assert R.signatures(tail)[0].signed_end > len(tail)
    for name in ("bitflip_content", "bitflip_sigdict"):
        assert not P.digest_matches(_data(corpus, name)), name
    assert "9,000.00" in P.page_text(_data(corpus, "bitflip_content"))
    assert not _data(corpus, "not_a_pdf").startswith(b"%PDF")
    assert _data(corpus, "empty_file") == b""
    garbage = _data(corpus, "garbage_after_eof")
    assert not garbage.rstrip().endswith(b"%%EOF")


def test_static_root_is_a_certificate():
    der = pem.unarmor((STATIC_DIR / "root.pem").read_bytes())[2]
    cert = asn1_x509.Certificate.load(der)
    assert cert.self_signed
