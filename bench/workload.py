"""What the benchmark signs with and signs: a demo PKI identity, contracts and a big PDF.

The big PDF is cached under ``bench/_data/`` (git-ignored): pages of random-noise images, so
it really is as big as asked (noise does not compress).
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

DATA_DIR = Path(__file__).resolve().parent / "_data"
BIG_PDF_VERSION = 1  # bump when the generator changes, so stale caches are not reused
LEAF = "seal-rsa"


@dataclass(frozen=True)
class KeyFiles:
    """The signing identity as files: key, certificate, CA certificates, and a PKCS#12."""

    key_pem: Path  # PKCS#8, unencrypted, 0600 (deleted once the token holds the key)
    public_pem: Path
    cert_pem: Path
    cert_der: Path
    ca_pems: tuple[Path, ...]  # issuing CA, root (for peers that embed a chain)
    ca_bundle: Path  # the same CAs in one PEM file
    root_pem: Path
    p12: Path
    p12_password: str
    cert_der_bytes: bytes
    subject_cn: str


def make_identity(folder: Path) -> KeyFiles:
    """A fresh demo PKI (B-B only, so no services) and its RSA-2048 seal identity as files."""
    from crypto.pki import generate_pki

    folder.mkdir(parents=True, exist_ok=True)
    pki = generate_pki("http://127.0.0.1:1", leaves=[LEAF])
    ident = pki[LEAF]
    key = ident.signing_key()
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size != 2048:
        raise RuntimeError(f"expected an RSA-2048 key for {LEAF}, got {type(key).__name__}")

    def write(name: str, data: bytes, private: bool = False) -> Path:
        path = folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        return path

    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    ca_pems = tuple(
        write(f"ca-{name}.pem", pki[name].cert_pem()) for name in ("intermediate", "root")
    )
    password = os.urandom(12).hex()
    cn = ident.cert.subject.native.get("common_name", "")
    return KeyFiles(
        key_pem=write("seal-key.pem", ident.key_pem(), private=True),
        public_pem=write("seal-pub.pem", public),
        cert_pem=write("seal-cert.pem", ident.cert_pem()),
        cert_der=write("seal-cert.der", ident.cert_der()),
        ca_pems=ca_pems,
        ca_bundle=write("ca-bundle.pem", b"".join(p.read_bytes() for p in ca_pems)),
        root_pem=ca_pems[-1],
        p12=write("seal.p12", ident.to_pkcs12(password.encode()), private=True),
        p12_password=password,
        cert_der_bytes=ident.cert_der(),
        subject_cn=str(cn),
    )


def make_contracts(folder: Path, count: int) -> list[Path]:
    """``count`` distinct two-page contracts (each with its own seller name)."""
    from app.demo.contract import make_sample_contract

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        path = folder / f"contract-{n:03d}.pdf"
        make_sample_contract(path, company=f"示例科技有限公司{n:03d}", pages=2)
        paths.append(path)
    return paths


def big_pdf(megabytes: int) -> Path:
    """A cached PDF of about ``megabytes`` MB: one page per MB, each a random-noise image."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"big-{megabytes}mb-v{BIG_PDF_VERSION}.pdf"
    if path.exists() and path.stat().st_size >= megabytes * 1_000_000 * 0.95:
        return path
    import pymupdf

    rng = random.Random(megabytes)  # filler bytes, not secrets
    side = 577  # 577 x 577 RGB ≈ 1.0 MB of noise per page
    doc = pymupdf.open()
    for n in range(1, megabytes + 1):
        page = doc.new_page(width=595.28, height=841.89)
        page.insert_text((64, 72), f"Annex, scanned page {n} of {megabytes}", fontsize=12)
        pix = pymupdf.Pixmap(pymupdf.csRGB, side, side, rng.randbytes(side * side * 3), False)
        page.insert_image(pymupdf.Rect(64, 100, 531, 567), pixmap=pix)
    tmp = path.with_suffix(".part")
    doc.save(tmp, deflate=True)
    doc.close()
    os.replace(tmp, path)
    return path
