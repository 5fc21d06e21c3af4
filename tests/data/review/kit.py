"""What every sample generator gets: keys, a signer, a cache, and pyHanko-written updates.

Legitimate signatures come from our own signer (``sealdesk sign``); attacks that need a
signature made in a way our signer refuses (an attacker's own key, an annotation in the same
revision as a signature, a hand-drawn widget appearance) use pyHanko's signer directly.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name, pdf_string
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from crypto.pki import Pki

from . import bases as B
from . import rawpdf as R

PASSWORD_ENV = "SEALDESK_CORPUS_P12_PASSWORD"
P12_PASSWORD = "corpus"
PDF_PASSWORD_ENV = "SEALDESK_CORPUS_PDF_PASSWORD"

Generator = Callable[["Kit"], bytes]


@dataclass(frozen=True)
class Registered:
    name: str
    make: Generator
    needs_tsa: bool  # needs the PKI's live TSA/OCSP (B-T, B-LTA, DSS)


REGISTRY: dict[str, Registered] = {}


def sample(name: str, *, needs_tsa: bool = False) -> Callable[[Generator], Generator]:
    """Register a generator under the sample's file name (without ``.pdf``)."""

    def deco(fn: Generator) -> Generator:
        if name in REGISTRY:
            raise ValueError(f"sample {name} registered twice")
        REGISTRY[name] = Registered(name, fn, needs_tsa)
        return fn

    return deco


@dataclass
class Kit:
    """Keys, services and a cache of intermediate documents for one corpus build."""

    work: Path
    pki: Pki
    tsa_url: str | None = None
    _cache: dict[str, bytes] = field(default_factory=dict)
    _n: int = 0

    def once(self, key: str, make: Callable[[], bytes]) -> bytes:
        """``make()`` the first time, the same bytes afterwards (bases are shared by samples)."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def p12(self, who: str) -> Path:
        path = self.work / f"{who}.p12"
        if not path.exists():
            path.write_bytes(self.pki[who].to_pkcs12(P12_PASSWORD.encode()))
        return path

    def sign(self, data: bytes, *args: str, who: str = "seal-rsa", level: str = "B-B",
             pdf_password: str | None = None) -> bytes:
        """Sign with ``sealdesk sign`` (our signer); ``args`` are extra CLI options;
        ``pdf_password`` opens an encrypted input."""
        cmd = ["--p12", str(self.p12(who)), "--password-env", PASSWORD_ENV, "--level", level]
        if self.tsa_url and level != "B-B":
            cmd += ["--tsa", self.tsa_url]
        if pdf_password is not None:
            cmd += ["--pdf-password-env", PDF_PASSWORD_ENV]
        with _env(PDF_PASSWORD_ENV, pdf_password or ""):
            return self._cli("sign", data, [*cmd, *args])

    def ltv(self, data: bytes, *, archive: bool) -> bytes:
        """``sealdesk ltv``: the DSS, and with ``archive`` a document timestamp."""
        if not self.tsa_url:
            raise RuntimeError("ltv needs the PKI services (tsa_url)")
        root = self.work / "root.pem"
        root.write_bytes(self.pki.root.cert_pem())
        cmd = ["--trust", str(root), "--tsa", self.tsa_url]
        return self._cli("ltv", data, cmd + (["--archive-timestamp"] if archive else []))

    def _cli(self, command: str, data: bytes, args: list[str]) -> bytes:
        """Run ``sealdesk COMMAND IN -o OUT ARGS`` quietly; the output's bytes."""
        from app.cli.main import main

        self._n += 1
        src, out = self.work / f"in-{self._n}.pdf", self.work / f"out-{self._n}.pdf"
        src.write_bytes(data)
        cmd = [command, str(src), "-o", str(out), *args]
        buf = io.StringIO()
        with _env(PASSWORD_ENV, P12_PASSWORD), contextlib.redirect_stdout(buf):
            with contextlib.redirect_stderr(buf):
                code = main(cmd)
        if code != 0:
            raise RuntimeError(f"sealdesk {' '.join(cmd)} failed ({code}): {buf.getvalue()}")
        return out.read_bytes()

    def pyhanko_signer(self, who: str):  # type: ignore[no-untyped-def]
        """A pyHanko SimpleSigner for a PKI identity, or ``"attacker"``: a self-made key."""
        from pyhanko.sign import signers

        if who == "attacker":
            path = self.work / "attacker.p12"
            if not path.exists():
                path.write_bytes(attacker_p12())
        else:
            path = self.p12(who)
        signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=P12_PASSWORD.encode())
        assert signer is not None
        return signer


@contextlib.contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


def attacker_p12() -> bytes:
    """A self-signed certificate that claims to be the finance department (trusted by no one)."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Demo Tech Co., Ltd."),
            x509.NameAttribute(NameOID.COMMON_NAME, "Demo Tech Co., Ltd. Finance"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"attacker",
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(P12_PASSWORD.encode()),
    )


# ---------------------------------------------------------------------------------------------
# incremental updates written by pyHanko (what an ordinary PDF editor's update looks like)


def update(data: bytes, edit: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    """``data`` plus one incremental update made by ``edit`` on pyHanko's incremental writer."""
    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    edit(w)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def find_field(w: IncrementalPdfFileWriter, name: str) -> generic.IndirectObject:
    for ref in w.root["/AcroForm"]["/Fields"]:
        if ref.get_object().get("/T") == name:
            return ref
    raise KeyError(name)


def set_text_field(
    w: IncrementalPdfFileWriter,
    name: str,
    value: str,
    rect: tuple[float, float, float, float],
    *,
    opaque: bool = False,
    border: bool = False,
) -> None:
    """Fill a text field as a form filler does: new /V and a new appearance stream."""
    ref = find_field(w, name)
    fld = ref.get_object()
    fld[pdf_name("/V")] = pdf_string(value)
    ap_ref = add_raw_stream(w, B.field_ap(rect, value, opaque=opaque, border=border))
    fld[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): ap_ref})
    w.mark_update(ref)


def add_raw_stream(w: IncrementalPdfFileWriter, body: bytes) -> generic.IndirectObject:
    """Add a stream written by :func:`rawpdf.stream` (its dictionary parsed by pyHanko)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    # parse our own syntax with pyHanko's reader: one tiny document holding just this object
    doc = R.build([(1, b"<</Type/Catalog/Pages 2 0 R>>"), (2, body)], root=1).data
    parsed = PdfFileReader(io.BytesIO(doc)).get_object(generic.Reference(2, 0))
    entries = {
        k: v for k, v in parsed.items() if k not in ("/Length", "/Filter", "/DecodeParms")
    }
    copy = generic.StreamObject(
        generic.DictionaryObject(_detach(entries, w)), stream_data=parsed.data
    )
    return w.add_object(copy)


def _detach(entries: dict, w: IncrementalPdfFileWriter) -> dict:  # type: ignore[type-arg]
    """Resource references in our snippets name objects of the target document by number."""
    out = {}
    for k, v in entries.items():
        if isinstance(v, generic.IndirectObject):
            v = generic.IndirectObject(v.idnum, v.generation, w)
        elif isinstance(v, generic.DictionaryObject):
            v = generic.DictionaryObject(_detach(dict(v.items()), w))
        elif isinstance(v, generic.ArrayObject):
            v = generic.ArrayObject(
                generic.IndirectObject(x.idnum, x.generation, w)
                if isinstance(x, generic.IndirectObject)
                else x
                for x in v
            )
        out[pdf_name(k)] = v
    return out


def overlay_ops(rect: tuple[float, float, float, float], text: str, size: float = 12) -> str:
    """Drawing operators of an opaque white box the size of ``rect`` with ``text`` on it, placed
    so the text sits exactly where the page's own line in that box is drawn (x 40, baseline
    6 points above the box)."""
    x0, y0, x1, y1 = rect
    return (
        f"1 1 1 rg 0 0 {x1 - x0:g} {y1 - y0:g} re f 0 g "
        f"BT /Helv {size:g} Tf {40 - x0:g} 6 Td {R.pdf_text(text)} Tj ET"
    )


def overlay_appearance(
    w: IncrementalPdfFileWriter, rect: tuple[float, float, float, float], text: str
) -> generic.IndirectObject:
    """A form XObject with :func:`overlay_ops` (Helvetica is object 6 in every base)."""
    x0, y0, x1, y1 = rect
    body = R.stream(
        overlay_ops(rect, text),
        f"/Type/XObject/Subtype/Form/BBox[0 0 {x1 - x0:g} {y1 - y0:g}]"
        "/Resources<</Font<</Helv 6 0 R>>>>",
    )
    return add_raw_stream(w, body)


def add_annotation(
    w: IncrementalPdfFileWriter,
    subtype: str,
    rect: tuple[float, float, float, float],
    *,
    appearance: generic.IndirectObject | None = None,
    extra: dict[str, generic.PdfObject] | None = None,
    page: int = 0,
) -> generic.IndirectObject:
    """Add an annotation of ``subtype`` to a page (with a normal appearance, if given)."""
    page_ref, _ = w.find_page_for_modification(page)
    annot = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name(subtype),
            pdf_name("/Rect"): generic.ArrayObject(generic.FloatObject(v) for v in rect),
            pdf_name("/F"): generic.NumberObject(4),
            pdf_name("/P"): page_ref,
        }
    )
    if appearance is not None:
        annot[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): appearance})
    for k, v in (extra or {}).items():
        annot[pdf_name(k)] = v
    ref = w.add_object(annot)
    w.register_annotation(page_ref, ref)
    return ref
