"""Vault benchmark: unlock time, archive throughput against a plain copy, and an evidence log of
1,000,000 events (append rate, lookup latency by contract) on SQLCipher against plain sqlite3.

``python -m bench.vault_bench [--quick] [--events N] [--archive-mb N]``; prints a markdown table
with the ratios measured in the same run and writes JSON to ``bench/_data/vault-*.json``.
Both databases run the same code (:class:`app.vault.connection.VaultConnection`, the evidence
chain's ``append``) with the same pragmas; only the driver and the key differ.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.evidence import chain
from app.evidence.events import EventDraft
from app.vault import Vault
from app.vault.connection import VaultConnection
from app.vault.documents import NewDocument
from app.vault.schema import migrate
from bench.workload import DATA_DIR

PASSPHRASE = "bench passphrase"
BATCH = 1000  # events per transaction


def timed(fn: Callable[[], Any], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def bench_unlock(work: Path, runs: int) -> dict[str, float]:
    folder = work / "unlock"
    Vault.create(folder, passphrase=PASSPHRASE).close()

    def open_close() -> None:
        Vault.open(folder, passphrase=PASSPHRASE).close()

    raw = work / "raw.db"
    key = os.urandom(32)
    VaultConnection(raw, key).close()
    plain = work / "plain.db"
    VaultConnection(plain, None, driver=sqlite3).close()
    return {
        "passphrase_vault_open_s": statistics.median(timed(open_close, runs)),
        "raw_key_open_s": statistics.median(timed(lambda: VaultConnection(raw, key).close(), runs)),
        "plain_sqlite_open_s": statistics.median(
            timed(lambda: VaultConnection(plain, None, driver=sqlite3).close(), runs)
        ),
    }


def bench_archive(work: Path, size_mb: int, runs: int) -> dict[str, float]:
    src = work / "big.bin"
    with open(src, "wb") as fh:
        for _ in range(size_mb):
            fh.write(os.urandom(1 << 20))
    vault = Vault.create(work / "archive", passphrase=PASSPHRASE)
    n = 0

    def archive() -> None:
        nonlocal n
        n += 1
        with open(src, "r+b") as fh:  # a distinct file each run (the vault de-duplicates)
            fh.write(n.to_bytes(8, "big"))
        vault.archive_file(src, NewDocument(name="big.bin", origin="import"))

    def copy() -> None:
        dst = work / "copy.bin"
        shutil.copyfile(src, dst)
        with open(dst, "rb+") as fh:
            os.fsync(fh.fileno())
        dst.unlink()

    def read_back() -> None:
        doc = vault.list_documents()[-1]
        for _ in vault.read_document(doc.id):
            pass

    try:
        t_archive = statistics.median(timed(archive, runs))
        t_read = statistics.median(timed(read_back, runs))
        t_copy = statistics.median(timed(copy, runs))
    finally:
        vault.close()
    return {
        "size_mb": size_mb,
        "archive_mb_s": size_mb / t_archive,
        "read_mb_s": size_mb / t_read,
        "copy_mb_s": size_mb / t_copy,
    }


def bench_events(path: Path, driver: Any, key: bytes | None, events: int, contracts: int,
                 lookups: int) -> dict[str, float]:
    rng = random.Random(7)
    ids = [f"{i:032x}" for i in range(contracts)]
    conn = VaultConnection(path, key, driver=driver)
    conn.call(lambda c: migrate(c, str(path)))

    def append_batch(c: Any, n: int) -> None:
        for _ in range(n):
            doc = rng.choice(ids)
            chain.append(c, EventDraft("certificate_used", {"n": rng.randrange(1 << 30)}, doc))

    t0 = time.perf_counter()
    done = 0
    while done < events:
        n = min(BATCH, events - done)
        conn.transaction(lambda c, n=n: append_batch(c, n))
        done += n
    append_s = time.perf_counter() - t0
    conn.close()
    conn = VaultConnection(path, key, driver=driver)  # cold cache for the lookups
    try:
        samples = []
        for _ in range(lookups):
            doc = rng.choice(ids)
            t = time.perf_counter()
            conn.call(lambda c, doc=doc: chain.events_for(c, doc))
            samples.append(time.perf_counter() - t)
        t = time.perf_counter()
        ok = conn.call(chain.verify).ok
        verify_s = time.perf_counter() - t
    finally:
        conn.close()
    samples.sort()
    return {
        "events": events,
        "append_per_s": events / append_s,
        "lookup_median_ms": 1000 * statistics.median(samples),
        "lookup_p95_ms": 1000 * samples[int(0.95 * (len(samples) - 1))],
        "verify_s": verify_s,
        "verified": ok,
        "db_mb": path.stat().st_size / (1 << 20),
    }


def render(result: dict[str, Any]) -> str:
    """The markdown table: each vault measure beside its peer, with the ratio."""
    u, a, e = result["unlock"], result["archive"], result["events"]
    enc, plain = e["sqlcipher"], e["sqlite3"]

    def row(what: str, ours: str, peer: str, ratio: float | None) -> str:
        shown = "" if ratio is None else (f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.0f}×")
        return f"| {what} | {ours} | {peer} | {shown} |"

    plain_open = u["plain_sqlite_open_s"]
    n = enc["events"]
    rows = [
        "| measure | SealDesk vault | peer | vault ÷ peer |",
        "|---|---:|---:|---:|",
        row("unlock, passphrase (KDF + open + recovery)",
            f"{u['passphrase_vault_open_s'] * 1000:.0f} ms",
            f"plain sqlite3 open {plain_open * 1000:.1f} ms",
            u["passphrase_vault_open_s"] / plain_open),
        row("unlock, keyring raw key (no KDF)", f"{u['raw_key_open_s'] * 1000:.1f} ms",
            f"{plain_open * 1000:.1f} ms", u["raw_key_open_s"] / plain_open),
        row(f"archive {a['size_mb']} MB (AES-256-GCM + SHA-256 + SM3 + fsync)",
            f"{a['archive_mb_s']:.0f} MB/s", f"plain copy {a['copy_mb_s']:.0f} MB/s",
            a["archive_mb_s"] / a["copy_mb_s"]),
        row("read back (decrypt)", f"{a['read_mb_s']:.0f} MB/s", "", None),
        row(f"append {n:,} events (batches of {BATCH})", f"{enc['append_per_s']:,.0f}/s",
            f"sqlite3 {plain['append_per_s']:,.0f}/s",
            enc["append_per_s"] / plain["append_per_s"]),
        row("lookup by contract, median", f"{enc['lookup_median_ms']:.2f} ms",
            f"{plain['lookup_median_ms']:.2f} ms",
            enc["lookup_median_ms"] / plain["lookup_median_ms"]),
        row("lookup by contract, p95", f"{enc['lookup_p95_ms']:.2f} ms",
            f"{plain['lookup_p95_ms']:.2f} ms", enc["lookup_p95_ms"] / plain["lookup_p95_ms"]),
        row("verify whole chain", f"{enc['verify_s']:.1f} s", f"{plain['verify_s']:.1f} s",
            enc["verify_s"] / plain["verify_s"]),
        row("database size", f"{enc['db_mb']:.0f} MB", f"{plain['db_mb']:.0f} MB",
            enc["db_mb"] / plain["db_mb"]),
    ]
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.vault_bench", description=__doc__)
    p.add_argument("--quick", action="store_true", help="100,000 events, 20 MB archive")
    p.add_argument("--events", type=int, help="evidence events (default 1,000,000)")
    p.add_argument("--archive-mb", type=int, help="size of the archived file (default 100)")
    p.add_argument("--runs", type=int, help="runs for unlock and archive (default 5)")
    args, _ = p.parse_known_args(argv)  # bench.run passes the other benchmarks' options too
    events = args.events or (100_000 if args.quick else 1_000_000)
    size_mb = args.archive_mb or (20 if args.quick else 100)
    runs = args.runs or (3 if args.quick else 5)
    contracts = max(10, events // 100)
    with tempfile.TemporaryDirectory(prefix="sealdesk-vault-bench-") as tmp:
        work = Path(tmp)
        result: dict[str, Any] = {
            "unlock": bench_unlock(work, runs),
            "archive": bench_archive(work, size_mb, runs),
            "events": {
                "contracts": contracts,
                "sqlcipher": bench_events(work / "enc.db", None, os.urandom(32), events,
                                          contracts, 2000),
                "sqlite3": bench_events(work / "plain.db", sqlite3, None, events, contracts, 2000),
            },
        }
    for backend in ("sqlcipher", "sqlite3"):
        if not result["events"][backend].pop("verified"):
            print(f"the {backend} chain did not verify")
            return 1
    print(render(result))
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H%M%S")
    out = DATA_DIR / f"vault-{stamp}.json"
    out.write_text(json.dumps(result, indent=2))
    print(f"\nJSON: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
