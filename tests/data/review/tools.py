"""Files signed by other producers: poppler's ``pdfsig`` (NSS) and the pyHanko CLI.

An archive holds what other tools wrote: their own incremental-update layout, CMS encoding,
chain embedding and field dictionaries.  ``pdfsig -add-signature`` signs with a key from an
NSS database (made here with ``certutil``/``pk12util`` from the test PKI's PKCS#12 file), as
adbe.pkcs7.detached with SHA-256 (poppler 22 ignores ``-etsi`` and ``-digest`` when signing),
into a new field or an existing empty one; ``pyhanko sign addsig`` is the pyHanko command line
(its own defaults, PAdES B-LTA with validation data).
"""

from __future__ import annotations

import shutil
import subprocess  # noqa: S404 - the other producers are command-line tools
import sys
from pathlib import Path

from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from . import bases as B
from . import rawpdf as R
from .kit import P12_PASSWORD, Kit, add_raw_stream, sample, update
from .legit import contract_sealed

NSS_WHO = "seal-rsa"  # the key pdfsig signs with; its nickname is the PKCS#12 friendly name
TIMEOUT = 120


def _run(cmd: list[str], **kw: object) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False,  # noqa: S603
                          **kw)  # type: ignore[call-overload]
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()}")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} is needed to build this sample (see .ci/sysdeps.sh)")
    return path


def nss_db(kit: Kit, who: str = NSS_WHO) -> str:
    """An NSS database holding ``who``'s key (nickname ``who``) and the PKI's CAs."""
    folder = kit.work / f"nss-{who}"
    if not folder.exists():
        folder.mkdir()
        db = f"sql:{folder}"
        _run([_tool("certutil"), "-N", "-d", db, "--empty-password"])
        pw = kit.work / "p12pw.txt"
        pw.write_text(P12_PASSWORD)
        key = kit.work / f"{who}-nss.p12"
        key.write_bytes(kit.pki[who].to_pkcs12(P12_PASSWORD.encode()))
        _run([_tool("pk12util"), "-i", str(key), "-d", db, "-w", str(pw)])
        for name, ident in (("corpus-root", kit.pki.root), ("corpus-ca", kit.pki.intermediate)):
            pem = kit.work / f"{name}.pem"
            pem.write_bytes(ident.cert_pem())
            _run([_tool("certutil"), "-A", "-d", db, "-n", name, "-t", "CT,C,C", "-i", str(pem)])
    return f"sql:{folder}"


def pdfsig_sign(kit: Kit, data: bytes, field: str, *, existing: bool = False) -> bytes:
    """``data`` signed by poppler's pdfsig: a new invisible signature field ``field``, or the
    ``existing`` empty one (pdfsig 22 writes adbe.pkcs7.detached with SHA-256 only)."""
    db = nss_db(kit)
    src, out = kit.work / f"pdfsig-{field}-in.pdf", kit.work / f"pdfsig-{field}-out.pdf"
    src.write_bytes(data)
    out.unlink(missing_ok=True)
    where = ["-sign", field] if existing else ["-add-signature", "-new-signature-field-name", field]
    _run([_tool("pdfsig"), *where, "-nssdir", db, "-nick", NSS_WHO, str(src), str(out)])
    return out.read_bytes()


def pyhanko_cli_lta(kit: Kit, data: bytes, field: str) -> bytes:
    """``data`` signed PAdES B-LTA by the pyHanko command line."""
    if not kit.tsa_url:
        raise RuntimeError("B-LTA needs the PKI services (tsa_url)")
    exe = Path(sys.executable).with_name("pyhanko")
    src, out = kit.work / f"cli-{field}-in.pdf", kit.work / f"cli-{field}-out.pdf"
    src.write_bytes(data)
    root = kit.work / "cli-root.pem"
    root.write_bytes(kit.pki.root.cert_pem())
    pw = kit.work / "p12pw.txt"
    pw.write_text(P12_PASSWORD)
    _run([str(exe), "sign", "addsig", "--field", field, "--use-pades-lta",
          "--with-validation-info", "--timestamp-url", kit.tsa_url, "--trust", str(root),
          "--trust-replace", "pkcs12", "--passfile", str(pw), str(src), str(out),
          str(kit.p12("seal-rsa"))])
    return out.read_bytes()


def _pdfsig_order(kit: Kit) -> bytes:
    return kit.once("pdfsig-order", lambda: pdfsig_sign(kit, B.order(), "PdfsigSeal"))


@sample("tool_pdfsig_pkcs7")
def tool_pdfsig_pkcs7(kit: Kit) -> bytes:
    """The payment order signed by pdfsig (adbe.pkcs7.detached, SHA-256)."""
    return _pdfsig_order(kit)


@sample("tool_pdfsig_existing_field")
def tool_pdfsig_existing_field(kit: Kit) -> bytes:
    """An empty signature field (added by pyHanko's writer), then signed by ``pdfsig -sign``."""
    empty = update(B.order(), lambda w: append_signature_field(w, SigFieldSpec("Prepared")))
    return pdfsig_sign(kit, empty, "Prepared", existing=True)


@sample("tool_ours_after_pdfsig")
def tool_ours_after_pdfsig(kit: Kit) -> bytes:
    """pdfsig's signature on the order, then our approval signature (two producers)."""
    return kit.sign(_pdfsig_order(kit), "--field", "Approval", who="person-rsa")


@sample("tool_pdfsig_font_rewrite")
def tool_pdfsig_font_rewrite(kit: Kit) -> bytes:
    """Our seal, then pdfsig's signature — which adds a /DR font for its own field and puts
    the font program in the object number pyHanko's writer left undefined (the name is
    historical: nothing the first signature covers is rewritten; see expected_archive.py)."""
    return pdfsig_sign(kit, contract_sealed(kit), "PdfsigBuyer")


@sample("tool_pdfsig_isa")
def tool_pdfsig_isa(kit: Kit) -> bytes:
    """The incremental saving attack on pdfsig's file: a clean update paints 9,000,000."""
    overlay = (
        "q 1 1 1 rg 30 240 360 32 re f Q "
        f"BT /F2 16 Tf 40 250 Td {R.pdf_text(B.FORGED)} Tj ET"
    )

    def edit(w) -> None:  # type: ignore[no-untyped-def]
        w.add_stream_to_page(0, add_raw_stream(w, R.stream(overlay)))

    return update(_pdfsig_order(kit), edit)


@sample("tool_pyhanko_cli_lta", needs_tsa=True)
def tool_pyhanko_cli_lta(kit: Kit) -> bytes:
    """The payment order signed PAdES B-LTA by the pyHanko CLI (``pyhanko sign addsig``)."""
    return pyhanko_cli_lta(kit, B.order(), "CliSeal")
