"""SM2 (国密, gmssl-pyx through crypto.sm) against ECDSA P-256 (cryptography), same run, same
machine, one table of medians with ratios (STYLE rule 20).

Rows:
  sign      one signature over a 600-byte message (the size of PDF signed attributes): SM2 is
            e = SM3(Z‖M) (Z cached per key, as in Sm2Signer) plus the library's signature;
            ECDSA is ``key.sign(M, ECDSA(SHA-256))``
  verify    the same, verifying
  batch     N two-page contracts (default 100) in one ``sealdesk sign --out-dir`` call at B-B
            with a soft key: an SM2 PKCS#12 against a P-256 PKCS#12 (both made by the OpenSSL
            CLI, self-signed); docs/s from the wall time of the whole process

    python -m bench.sm2_bench [--quick] [--runs N] [--docs N]

Every batch output is checked by SealDesk's post-sign verification (a failure fails the run);
results also go to bench/_data/sm2-results-<date>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.machine import describe, machine_info
from bench.workload import DATA_DIR, make_contracts

P12_PASSWORD = "bench"
DISTID = "distid:1234567812345678"
MESSAGE = bytes(range(256)) * 2 + bytes(88)  # 600 bytes


def _openssl(*args: str, cwd: Path) -> None:
    openssl = shutil.which("openssl")
    if openssl is None:
        raise SystemExit("the openssl command is needed (apt-get install openssl)")
    subprocess.run([openssl, *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_p12(folder: Path, kind: str) -> Path:
    """A self-signed seal identity as PKCS#12: ``sm2`` or ``p256``."""
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "sm2":
        _openssl("genpkey", "-algorithm", "SM2", "-out", "key.pem", cwd=folder)
        sig = ["-sm3", "-sigopt", DISTID]
    else:
        _openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                 "-out", "key.pem", cwd=folder)
        sig = ["-sha256"]
    _openssl("req", "-new", "-x509", "-key", "key.pem", *sig, "-days", "30",
             "-subj", f"/O=SealDesk Bench/CN=Bench {kind}", "-addext",
             "keyUsage=critical,digitalSignature,nonRepudiation", "-out", "cert.pem", cwd=folder)
    _openssl("pkcs12", "-export", "-inkey", "key.pem", "-in", "cert.pem", "-passout",
             f"pass:{P12_PASSWORD}", "-out", "seal.p12", cwd=folder)
    return folder / "seal.p12"


def _rate(op: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        op()
    return count / (time.perf_counter() - start)


def primitive_rates(folder: Path, runs: int, count: int) -> dict[str, list[float]]:
    """ops/s per run for sm2/ecdsa × sign/verify."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from crypto.sm import sm2
    from crypto.sm.keys import load_private_key
    from crypto.sm.pkcs12 import read_pkcs12

    sm2_p12 = read_pkcs12((folder / "sm2" / "seal.p12").read_bytes(), P12_PASSWORD.encode())
    sm2_key = sm2_p12.key
    point = sm2.public_point(sm2_p12.certificates[0].public_key)
    z = sm2.za(point)
    sm2_sig = sm2_key.sign_digest(sm2.sm3(z + MESSAGE))
    assert load_private_key((folder / "sm2" / "key.pem").read_bytes(), None).matches(
        sm2_p12.certificates[0])
    p256 = serialization.load_pem_private_key((folder / "p256" / "key.pem").read_bytes(), None)
    assert isinstance(p256, ec.EllipticCurvePrivateKey)
    p256_pub = p256.public_key()
    ecdsa = ec.ECDSA(hashes.SHA256())
    p256_sig = p256.sign(MESSAGE, ecdsa)
    ops: dict[str, Callable[[], object]] = {
        "sm2 sign": lambda: sm2_key.sign_digest(sm2.sm3(z + MESSAGE)),
        "sm2 verify": lambda: sm2.verify_digest(point, sm2.sm3(z + MESSAGE), sm2_sig),
        "p256 sign": lambda: p256.sign(MESSAGE, ecdsa),
        "p256 verify": lambda: p256_pub.verify(p256_sig, MESSAGE, ecdsa),
    }
    rates: dict[str, list[float]] = {name: [] for name in ops}
    for _ in range(runs):
        for name, op in ops.items():
            rates[name].append(_rate(op, count))
    return rates


def batch_rates(folder: Path, runs: int, docs: int) -> dict[str, list[float]]:
    """docs/s per run of one ``sealdesk sign`` over ``docs`` contracts, per key kind."""
    contracts = make_contracts(folder / "contracts", docs)
    sealdesk = Path(sys.executable).with_name("sealdesk")
    env = dict(os.environ, P12PW=P12_PASSWORD, SEALDESK_HOME=str(folder / "home"))
    rates: dict[str, list[float]] = {"sm2 batch": [], "p256 batch": []}
    for run in range(runs):
        order = ["sm2", "p256"] if run % 2 == 0 else ["p256", "sm2"]  # no systematic warm-up
        for kind in order:
            out = folder / f"out-{kind}-{run}"
            argv = [str(sealdesk), "sign", *map(str, contracts), "--out-dir", str(out),
                    "--p12", str(folder / kind / "seal.p12"), "--password-env", "P12PW",
                    "--level", "B-B", "--json"]
            start = time.perf_counter()
            proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=1800)
            wall = time.perf_counter() - start
            summary = json.loads(proc.stdout)["summary"] if proc.stdout.strip() else None
            if proc.returncode != 0 or summary != {"signed": docs, "skipped": 0, "failed": 0}:
                raise SystemExit(f"{kind} batch failed: {proc.stderr[-2000:]}")
            rates[f"{kind} batch"].append(docs / wall)
            shutil.rmtree(out)
    return rates


def render(rates: dict[str, list[float]], docs: int, runs: int) -> str:
    """The table: medians, SM2 ÷ P-256."""
    rows = [("sign, ops/s", "sign"), ("verify, ops/s", "verify"),
            (f"batch of {docs} contracts (B-B), docs/s", "batch")]
    lines = [f"SM2 (gmssl-pyx) vs ECDSA P-256 (cryptography) — medians of {runs} runs", "",
             "| measurement | SM2 | ECDSA P-256 | SM2 ÷ P-256 |", "|---|---:|---:|---:|"]
    for label, key in rows:
        sm2_m = statistics.median(rates[f"sm2 {key}"])
        p256_m = statistics.median(rates[f"p256 {key}"])
        lines.append(f"| {label} | {sm2_m:,.1f} | {p256_m:,.1f} | {sm2_m / p256_m:.2f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run, print the table, write the JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.sm2_bench")
    parser.add_argument("--quick", action="store_true", help="10 documents, fewer operations")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--docs", type=int, default=None)
    args, _ = parser.parse_known_args(argv)  # (bench.run passes the other benches' options)
    docs = args.docs or (10 if args.quick else 100)
    count = 200 if args.quick else 2000
    info = machine_info()
    with tempfile.TemporaryDirectory(prefix="sealdesk-sm2-bench-") as tmp:
        folder = Path(tmp)
        for kind in ("sm2", "p256"):
            make_p12(folder / kind, kind)
        rates = primitive_rates(folder, args.runs, count)
        rates.update(batch_rates(folder, args.runs, docs))
    from crypto.sm.sm2 import library_version

    print(describe(info))
    print(f"SM2 library: {library_version()}")
    print(render(rates, docs, args.runs))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"sm2-results-{stamp}.json"
    path.write_text(json.dumps({"machine": info, "docs": docs, "ops_per_run": count,
                                "rates": rates}, ensure_ascii=False, indent=2, default=str)
                    + "\n", encoding="utf-8")
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
