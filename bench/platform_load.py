"""Platform load test: N simulated devices posting evidence batches on loopback until M events.

``python -m bench.platform_load [--devices 50] [--events 100000] [--batch 100]
[--backends sqlite,postgresql] [--tls]``

For each backend a real ``sealdesk-platform serve`` process (one uvicorn worker) runs on
127.0.0.1 against a fresh database — a SQLite file (WAL) or a throwaway PostgreSQL cluster
(``initdb`` + ``pg_ctl``, fsync on) — and every device signs every request as PROTOCOL.md says.
Afterwards the log must hold exactly M leaves (no gaps, no duplicates) and sampled receipts
must verify.  Prints a markdown table (events/s, requests/s, latency p50/p95/p99, and the p50
of the first and the last tenth of the requests: an append must not slow down as the log
grows; ``--devices 1`` shows it without queueing) and writes
JSON to ``bench/_data/platform-load-*.json``.  The load generator shares the machine's cores
with the server, so the figures are a floor, not a ceiling.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from crypto import merkle
from crypto.jcs import canonical_json
from server.platform import Platform
from server.settings import Settings
from tests.server.harness import DeviceClient, PgCluster, find_initdb, free_port, make_test_ca

DATA = Path(__file__).resolve().parent / "_data"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _wait_up(http: httpx.Client, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            http.get("/v1/log/sth")
            return
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the platform did not start") from None
            time.sleep(0.2)


def run_backend(name: str, db_url: str, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Load one backend; its figures."""
    key = work / f"{name}-log-key.pem"
    platform = Platform(Settings(db_url=db_url, log_key_path=key))
    org_id, first = platform.create_org("load test")
    tokens = [first] + [platform.issue_token(org_id) for _ in range(args.devices - 1)]
    platform.close()
    port = free_port()
    command = [sys.executable, "-m", "server.main", "serve", "--db", db_url, "--log-key", str(key),
               "--host", "127.0.0.1", "--port", str(port)]
    verify: Any = True
    if args.tls:
        ca = make_test_ca(work)
        command += ["--tls-cert", str(ca.cert_pem), "--tls-key", str(ca.key_pem)]
        verify = ssl.create_default_context(cafile=str(ca.ca_pem))
    base = f"{'https' if args.tls else 'http'}://127.0.0.1:{port}"
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    budget = {"left": args.events}
    try:
        probe = httpx.Client(base_url=base, verify=verify, timeout=60)
        _wait_up(probe, proc)
        devices = []
        for token in tokens:
            device = DeviceClient(httpx.Client(base_url=base, verify=verify, timeout=120))
            if device.register(token).status_code != 201:
                raise RuntimeError("device registration failed")
            devices.append(device)

        def simulate(device: DeviceClient) -> None:
            seq, sent = 0, 0
            while True:
                with lock:
                    n = min(args.batch, budget["left"])
                    budget["left"] -= n
                if n == 0:
                    return
                events = [device.event(seq + i + 1) for i in range(n)]
                seq += n
                started = time.perf_counter()
                r = device.call("POST", "/v1/evidence", {"events": events})
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                if r.status_code != 200:
                    failures.append(f"{r.status_code} {r.text[:200]}")
                    return
                sent += 1
                if sent % 20 == 1:  # spot-check a receipt end to end
                    body = r.json()
                    receipt, head = body["receipts"][-1], body["tree_head"]
                    leaf = merkle.leaf_hash(canonical_json(receipt["leaf"]))
                    proof = [bytes.fromhex(h) for h in receipt["inclusion_proof"]]
                    if not merkle.verify_inclusion(leaf, receipt["leaf_index"], head["tree_size"],
                                                   proof, bytes.fromhex(head["root_hash"])):
                        failures.append("a receipt did not verify")

        threads = [threading.Thread(target=simulate, args=(d,)) for d in devices]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        head = devices[0].call("GET", "/v1/log/sth").json()
        for d in devices:
            d.http.close()
        probe.close()
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(60)
    if failures:
        raise RuntimeError(f"{name}: {len(failures)} failures, first: {failures[0]}")
    if head["tree_size"] != args.events:
        raise RuntimeError(f"{name}: the log holds {head['tree_size']} leaves, not {args.events}")
    ms = [x * 1000 for x in latencies]
    tenth = max(1, len(ms) // 10)
    return {
        "backend": name, "events": args.events, "devices": args.devices, "batch": args.batch,
        "requests": len(latencies), "seconds": wall, "events_per_second": args.events / wall,
        "requests_per_second": len(latencies) / wall, "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95), "p99_ms": percentile(ms, 99),
        "mean_ms": statistics.fmean(ms), "tls": args.tls,
        "first_tenth_p50_ms": statistics.median(ms[:tenth]),
        "last_tenth_p50_ms": statistics.median(ms[-tenth:]),
    }


def render(rows: list[dict[str, Any]]) -> str:
    head = (
        "| backend | events | devices | batch | wall | events/s | requests/s | p50 | p95 | p99 "
        "| p50 first/last 10% |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    )
    lines = [
        f"| {r['backend']} | {r['events']:,} | {r['devices']} | {r['batch']} | "
        f"{r['seconds']:.1f} s | {r['events_per_second']:,.0f} | {r['requests_per_second']:.1f} | "
        f"{r['p50_ms']:.0f} ms | {r['p95_ms']:.0f} ms | {r['p99_ms']:.0f} ms | "
        f"{r['first_tenth_p50_ms']:.0f} / {r['last_tenth_p50_ms']:.0f} ms |"
        for r in rows
    ]
    return "\n".join([head, *lines])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--tls", action="store_true", help="HTTPS with a test CA (default: http)")
    args = parser.parse_args(argv)
    if not 1 <= args.batch <= 500 or args.devices < 1 or args.events < 1:
        parser.error("--batch is 1..500, --devices and --events at least 1")
    rows = []
    with tempfile.TemporaryDirectory(prefix="sealdesk-load-") as tmp:
        work = Path(tmp)
        for name in args.backends.split(","):
            if name == "sqlite":
                rows.append(run_backend(name, f"sqlite:///{work / 'platform.db'}", work, args))
            elif name == "postgresql":
                initdb = find_initdb()
                if initdb is None:
                    print("postgresql: skipped (Debian package postgresql not installed)")
                    continue
                cluster = PgCluster(initdb, fsync=True).start()
                try:
                    rows.append(run_backend(name, cluster.new_database(), work, args))
                finally:
                    cluster.stop()
            else:
                parser.error(f"unknown backend {name!r}")
            print(render(rows[-1:]).splitlines()[-1], flush=True)
    print()
    print(render(rows))
    DATA.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H%M%S")
    out = DATA / f"platform-load-{stamp}.json"
    out.write_text(json.dumps({"cpu_count": os.cpu_count(), "results": rows}, indent=2))
    print(f"\nresults: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
