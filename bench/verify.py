"""Independent checks of every signed output: a fast signature that does not verify is a failure.

Every output goes through poppler's pdfsig (integrity and signature only: ``-nocert``, no
network); one sample per tool and run also through pyHanko's validator (integrity, signature,
signer = the bench certificate, chain to the bench root, whole file covered, SubFilter).
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench.softhsm import tool
from bench.workload import KeyFiles


@dataclass(frozen=True)
class Check:
    """The verdict on one output."""

    path: str
    ok: bool
    detail: str
    subfilter: str = ""
    trusted: bool | None = None


def pdfsig_check(path: Path, verify_db: Path) -> Check:
    """pdfsig's verdict: exactly one signature, valid, covering the whole document."""
    if not path.exists():
        return Check(str(path), False, "missing output")
    proc = subprocess.run(
        [tool("pdfsig", "poppler-utils"), "-nssdir", str(verify_db), "-nocert", str(path)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    out = proc.stdout
    count = out.count("Signature #")
    valid = "Signature Validation: Signature is Valid." in out
    whole = "Total document signed" in out
    subfilter = next((line.split(":", 1)[1].strip() for line in out.splitlines()
                      if "Signature Type:" in line), "")
    problems = [
        msg for bad, msg in (
            (count != 1, f"{count} signatures"),
            (not valid, "signature not valid"),
            (not whole, "does not cover the whole document"),
        ) if bad
    ]
    detail = "; ".join(problems) or "valid"
    if proc.returncode not in (0,) and not problems:
        detail = f"pdfsig exit {proc.returncode}"
    ok = not problems and proc.returncode == 0
    return Check(str(path), ok, detail if ok else f"{detail}: {(proc.stderr or out)[-300:]}",
                 subfilter)


def pdfsig_check_all(paths: Sequence[Path], verify_db: Path, workers: int = 2) -> list[Check]:
    """pdfsig on every path, ``workers`` at a time (outside any timed section)."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda p: pdfsig_check(p, verify_db), paths))


def pyhanko_check(path: Path, keys: KeyFiles) -> Check:
    """pyHanko's validator on one output (lenient parsing: pyHanko's strict reader rejects
    pdfsig's incremental updates, "orphaned generation" in the xref)."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    def load(p: Path) -> asn1_x509.Certificate:
        _, _, der = pem.unarmor(p.read_bytes())
        return asn1_x509.Certificate.load(der)

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # failures end up in Check.detail
    vc = ValidationContext(
        trust_roots=[load(keys.root_pem)], other_certs=[load(keys.ca_pems[0])],
        allow_fetching=False, revocation_mode="soft-fail",
    )
    try:
        with path.open("rb") as f:
            reader = PdfFileReader(f, strict=False)
            sigs = reader.embedded_signatures
            if len(sigs) != 1:
                return Check(str(path), False, f"{len(sigs)} signatures")
            sig = sigs[0]
            status = validate_pdf_signature(sig, vc)
            subfilter = str(sig.sig_object.get("/SubFilter", "")).lstrip("/")
            problems = [
                msg for bad, msg in (
                    (not status.intact, "digest mismatch"),
                    (not status.valid, "signature invalid"),
                    (status.signing_cert.dump() != keys.cert_der_bytes, "wrong signer"),
                    (not status.trusted, "no chain to the bench root"),
                    (status.coverage != SignatureCoverageLevel.ENTIRE_FILE,
                     f"coverage {status.coverage}"),
                ) if bad
            ]
            return Check(str(path), not problems, "; ".join(problems) or "valid", subfilter,
                         bool(status.trusted))
    except Exception as exc:  # any failure to validate is a failed check
        return Check(str(path), False, f"pyHanko could not validate: {exc!r}"[:300])
