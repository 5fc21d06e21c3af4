"""Helpers for the seal tests: hand-made PDFs, a throwaway signer, signing and rendering.

No tests live here; the ``test_seal_`` name only keeps the file with the seal tests.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PIL import Image
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.stamp import BaseStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from tests.conftest import require_tool

Box = tuple[float, float, float, float]


def make_pdf(
    pages: Sequence[dict[str, object]] | None = None,
    *,
    mediabox: Box = (0, 0, 600, 800),
    cropbox: Box | None = None,
    rotate: int = 0,
    text: str = "SEALHERE",
    at: tuple[float, float] = (300, 400),
    frame: bool = True,
) -> bytes:
    """A small PDF written by hand (Helvetica text), one page per dict of overrides."""
    specs = list(pages) if pages is not None else [{}]
    objects: list[bytes] = [b"", b""]  # catalog and page tree, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for spec in specs:
        mb = spec.get("mediabox", mediabox)
        cb = spec.get("cropbox", cropbox)
        rot = spec.get("rotate", rotate)
        words = str(spec.get("text", text))
        x, y = spec.get("at", at)  # type: ignore[misc]
        mx0, my0, mx1, my1 = mb  # type: ignore[misc]
        # A light frame around the MediaBox and a mark at the text, so renders show the geometry.
        border = (
            f"0.85 g {mx0} {my0} {mx1 - mx0} {my1 - my0} re f 1 g {mx0 + 4} {my0 + 4} "
            f"{mx1 - mx0 - 8} {my1 - my0 - 8} re f "
        )
        content = (
            (border if frame else "") + f"0 g BT /F1 12 Tf {x} {y} Td ({words}) Tj ET"
        ).encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page = f"<< /Type /Page /Parent 2 0 R /MediaBox [{_nums(mb)}] "
        if cb is not None:
            page += f"/CropBox [{_nums(cb)}] "
        if rot:
            page += f"/Rotate {rot} "
        page += f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects)} 0 R >>"
        objects.append(page.encode())
        kids.append(f"{len(objects)} 0 R")
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /ID [<0123456789abcdef0123456789abcdef>" % (
        len(objects) + 1
    )
    out += b"<0123456789abcdef0123456789abcdef>] >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _nums(box: object) -> str:
    return " ".join(f"{v:g}" for v in box)  # type: ignore[attr-defined]


def throwaway_signer(common_name: str = "示例科技有限公司 测试签名") -> signers.SimpleSigner:
    """A self-signed EC P-256 certificate and key, for this test run only."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    asn1_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    asn1_key = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return signers.SimpleSigner(
        signing_cert=asn1_cert,
        signing_key=asn1_key,
        cert_registry=SimpleCertificateStore.from_certs([asn1_cert]),
    )


def sign_pdf(
    pdf: bytes,
    signer: signers.SimpleSigner,
    *,
    field: str = "Seal1",
    page: int | None = None,
    box: Box | None = None,
    stamp_style: BaseStampStyle | None = None,
    before: Callable[[IncrementalPdfFileWriter], None] | None = None,
) -> bytes:
    """Sign in one incremental update; ``before`` may add to the same revision first."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    if before is not None:
        before(writer)
    spec = fields.SigFieldSpec(
        sig_field_name=field,
        on_page=(page - 1) if page is not None else 0,
        box=box,
    )
    pdf_signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name=field, reason="测试签章 test"),
        signer=signer,
        stamp_style=stamp_style,
        new_field_spec=spec,
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


def render_pages(pdf: Path, prefix: Path, dpi: int = 80) -> list[Path]:
    """Render every page's CropBox (what viewers show) with poppler's pdftoppm, in page order."""
    tool = require_tool("pdftoppm")
    subprocess.run([tool, "-cropbox", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def pdfsig(pdf: Path) -> str:
    """pdfsig's report (an independent verifier, poppler)."""
    tool = require_tool("pdfsig")
    done = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def montage(images: Sequence[Path], out: Path, gap: int = 0) -> Path:
    """Lay rendered pages side by side (for looking at cross-page seals)."""
    opened = [Image.open(p).convert("RGB") for p in images]
    width = sum(i.width for i in opened) + gap * (len(opened) - 1)
    height = max(i.height for i in opened)
    sheet = Image.new("RGB", (width, height), "white")
    x = 0
    for image in opened:
        sheet.paste(image, (x, 0))
        x += image.width + gap
    sheet.save(out)
    return out


def red_pixels(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> int:
    """How many pixels look seal-red (strong red, little green and blue)."""
    region = image.convert("RGB").crop(box) if box else image.convert("RGB")
    r, g, b = region.split()
    red = r.point(lambda v: 255 if v > 150 else 0)
    not_green = g.point(lambda v: 255 if v < 110 else 0)
    not_blue = b.point(lambda v: 255 if v < 110 else 0)
    from PIL import ImageChops

    mask = ImageChops.multiply(ImageChops.multiply(red, not_green), not_blue)
    return mask.histogram()[255]
