"""PAdES B-B signing with a SoftHSM key: SealDesk against the pyHanko CLI and poppler's pdfsig,
all measured in the same run, reported as one table of medians with ratios (STYLE rule 20).

Scenarios:
  batch   N distinct two-page contracts (default 100): one `sealdesk sign` call, against a loop
          of one pyHanko process per file and a loop of one pdfsig process per file
  single  one contract, one process each: wall time (target SealDesk ÷ pyHanko ≤ 0.6)
  big     one ~100 MB PDF (cached in bench/_data/): wall time and peak RSS

    python -m bench.sign_bench [--quick] [--runs N] [--only batch,single,big]

Every output is verified (pdfsig on all, pyHanko on one per run); a failed check marks the row.
Results also go to bench/_data/results-<date>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench import peers
from bench.machine import describe, load_average, machine_info
from bench.measure import Context, ToolResult, last_lines, measure, rotated
from bench.peers import Signer, redact_env
from bench.proc import Driver
from bench.report import Scenario, render, write_json
from bench.softhsm import (
    BenchToken,
    SetupError,
    create_nss_db,
    create_token,
    create_verify_db,
)
from bench.workload import KeyFiles, big_pdf, make_contracts, make_identity

SCENARIOS = ("batch", "single", "big")
ENV_SHOWN = {
    "sealdesk": ["SOFTHSM2_CONF", "SEALDESK_HOME", peers.PIN_VAR, peers.P12_PASSWORD_VAR],
    "pyhanko": ["SOFTHSM2_CONF", peers.PYHANKO_PIN_VAR],
    "pdfsig": ["SOFTHSM2_CONF", "LD_PRELOAD"],
}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.sign_bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="smoke run: 10 files, a 10 MB big file, 1 run (unless given)")
    p.add_argument("--runs", type=int, help="timed runs per tool and scenario (default 3)")
    p.add_argument("--files", type=int, help="contracts in the batch (default 100)")
    p.add_argument("--big-mb", type=int, help="size of the big PDF in MB (default 100)")
    p.add_argument("--only", default=",".join(SCENARIOS),
                   help="comma-separated scenarios to run (default: all)")
    p.add_argument("--sealdesk-key", choices=("auto", "pkcs11", "p12"), default="auto",
                   help="SealDesk's key: the token (--key URI); its --p12 stand-in; or auto "
                   "(the token, falling back to --p12 with a note if --key fails)")
    p.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    args = p.parse_args(argv)
    args.runs = args.runs or (1 if args.quick else 3)
    args.files = args.files or (10 if args.quick else 100)
    args.big_mb = args.big_mb or (10 if args.quick else 100)
    args.only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(args.only) - set(SCENARIOS)
    if unknown or args.runs < 1 or args.files < 2 or args.big_mb < 1:
        p.error(f"bad arguments (unknown scenarios {sorted(unknown)}?)")
    return args


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = dt.datetime.now().astimezone()
    clock = time.perf_counter()
    info = machine_info()
    work = Path(tempfile.mkdtemp(prefix="sealdesk-bench-"))
    try:
        with Driver() as driver:
            return _run(args, work, started, clock, info, driver)
    except SetupError as exc:
        log(f"bench: cannot set up: {exc}")
        return 2
    finally:
        if args.keep:
            log(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path, started: dt.datetime, clock: float,
         info: dict[str, object], driver: Driver) -> int:
    log(f"setting up in {work}: demo PKI, SoftHSM token, NSS databases, "
        f"{args.files} contracts, {args.big_mb} MB PDF")
    keys = make_identity(work / "keys")
    token = create_token(work / "softhsm", keys)
    nss_dir = create_nss_db(work / "nssdb", token)
    cwd = work / "cwd"
    cwd.mkdir()
    ctx = Context(keys=keys, verify_db=create_verify_db(work / "verifydb"), workdir=work,
                  cwd=cwd, driver=driver, log=log)
    contracts = make_contracts(work / "contracts", args.files)
    big = big_pdf(args.big_mb) if "big" in args.only else None  # cached in bench/_data
    notes: list[str] = []

    log("warm-up (one contract per tool, not timed; also checks that each tool works)")
    ours, ours_skip = _choose_sealdesk(ctx, args.sealdesk_key, token, keys, work, contracts[0],
                                       notes)
    tools: list[Signer] = [ours]
    skipped: dict[str, str] = {ours.key: ours_skip} if ours_skip else {}
    for peer in (peers.pyhanko(token, keys), peers.pdfsig(token, nss_dir)):
        tools.append(peer)
        problem = _warm_up(ctx, peer, contracts[0])
        if problem:
            skipped[peer.key] = problem
            notes.append(f"{peer.label} could not sign in the warm-up, so it was not measured: "
                         f"{problem}")
    active = [t for t in tools if t.key not in skipped]

    plans = {
        "batch": (f"batch: {len(contracts)} two-page contracts", contracts),
        "single": ("one file, one process", contracts[:1]),
    }
    if big is not None:
        plans["big"] = (f"one {big.stat().st_size / 1e6:.0f} MB PDF ({args.big_mb} pages)", [big])
    scenarios: list[Scenario] = []
    for key in (k for k in SCENARIOS if k in args.only):
        title, inputs = plans[key]
        log(f"{title}: {args.runs} run(s)")
        results = {t.key: _result(t, inputs, work, skipped.get(t.key)) for t in tools}
        for run in range(1, args.runs + 1):
            for signer in rotated(active, run):
                out = work / "out" / f"{key}-r{run}" / signer.key
                results[signer.key].samples.append(measure(ctx, signer, inputs, out, run))
        scenarios.append(Scenario(key, title, [results[t.key] for t in tools]))

    info["load_average_at_end"] = load_average()
    notes += _standing_notes(ours) + _memory_note(scenarios) + _size_note(scenarios, contracts[0])
    commands = [_command_line(t, contracts, work) for t in tools]
    title = (f"PAdES B-B signing with a SoftHSM RSA-2048 key — {started:%Y-%m-%d %H:%M %Z}, "
             f"{'quick smoke run' if args.quick else 'full run'}")
    text = render(scenarios, runs=args.runs, title=title, machine=describe(info),
                  commands=commands, notes=notes)
    doc = {
        "schema": "sealdesk.bench.sign/1",
        "started": started.isoformat(timespec="seconds"),
        "duration_seconds": round(time.perf_counter() - clock, 1),
        "settings": {"quick": args.quick, "runs": args.runs, "files": args.files,
                     "big_pdf_bytes": big.stat().st_size if big else None, "level": "B-B",
                     "sealdesk_key": "p12 stand-in" if "p12" in ours.label else "pkcs11"},
        "machine": info,
        "commands": commands,
        "notes": notes,
        "scenarios": {sc.key: {"title": sc.title,
                               "tools": [r.to_json() for r in sc.results],
                               "ratios_sealdesk_over": {r.tool: sc.ratios(r)
                                                        for r in sc.results[1:]}}
                      for sc in scenarios},
        "table_markdown": text,
    }
    path = write_json(doc, started.strftime("%Y-%m-%dT%H%M%S"))
    print(text)
    print(f"\n(JSON: {path}; took {time.perf_counter() - clock:.0f} s)")
    everything_ok = all(r.ok or r.skipped for sc in scenarios for r in sc.results)
    return 0 if everything_ok and ours.key not in skipped else 1


def _warm_up(ctx: Context, signer: Signer, contract: Path) -> str | None:
    """Sign one contract untimed; the reason it failed, or None."""
    sample = measure(ctx, signer, [contract], ctx.workdir / "warm-up" / signer.key, 0)
    if sample.ok:
        return None
    reasons = [*sample.failures, *sample.bad_outputs]
    if sample.pyhanko is not None and not sample.pyhanko.ok:
        reasons.append(f"pyHanko: {sample.pyhanko.detail}")
    return last_lines(" / ".join(reasons) or "output did not verify")


def _choose_sealdesk(ctx: Context, mode: str, token: BenchToken, keys: KeyFiles,
                     work: Path, contract: Path, notes: list[str]) -> tuple[Signer, str | None]:
    home = work / "sealdesk-home"
    if mode in ("auto", "pkcs11"):
        ours = peers.sealdesk(token, keys, home, use_p12=False)
        problem = _warm_up(ctx, ours, contract)
        if problem is None:
            return ours, None
        if mode == "pkcs11":
            notes.append(f"SealDesk --key failed in the warm-up: {problem}")
            return ours, f"--key failed: {problem}"
        notes.append("SealDesk's PKCS#11 path (`--key URI`) failed in the warm-up, so SealDesk "
                     "was measured with its `--p12` soft-key stand-in (same RSA-2048 key and "
                     f"certificate, but not on the token; rows say so). --key error: {problem}")
    ours = peers.sealdesk(token, keys, home, use_p12=True)
    problem = _warm_up(ctx, ours, contract)
    return ours, (f"--p12 failed: {problem}" if problem else None)


def _result(signer: Signer, inputs: list[Path], work: Path, skipped: str | None) -> ToolResult:
    commands = signer.batch(inputs, work / "out") if len(inputs) > 1 else [signer.one(
        inputs[0], work / "out" / peers.output_name(inputs[0]))]
    return ToolResult(tool=signer.key, label=signer.label, command=signer.show(commands[0]),
                      calls_per_run=len(commands), skipped=skipped)


def _command_line(signer: Signer, contracts: list[Path], work: Path) -> str:
    """How the batch was run, for the report (temp paths shortened to $WORK)."""
    commands = signer.batch(contracts, work / "out" / "batch" / signer.key)
    env = " ".join(f"{k}={v}" for k, v in redact_env(signer.env, ENV_SHOWN[signer.key]).items())
    line = f"{env} {signer.show(commands[0])}".replace(str(work), "$WORK")
    if len(commands) > 1:
        line = f"# {signer.label}: one process per file, e.g.\n{line}"
    else:
        line = f"# {signer.label}: one call for the whole batch\n{line}"
    return line


def _standing_notes(ours: Signer) -> list[str]:
    return [
        "Level B-B, invisible signature, SHA-256, RSA PKCS#1 v1.5, same key and certificate for "
        "every tool. SealDesk (`--level B-B`) and pyHanko (`--use-pades`) write "
        "ETSI.CAdES.detached; poppler 22.12's pdfsig can only write adbe.pkcs7.detached "
        "(`-etsi` is \"not supported yet with -add-signature\"), so its rows are a comparable "
        "but not identical signature.",
        "PINs: SealDesk reads it from $SEALDESK_BENCH_PIN (`--pin-env`), pyHanko from "
        "$PYHANKO_PKCS11_PIN (pyhanko-cli 0.6 has no --pin option; it reads that variable, "
        "else prompts); pdfsig only takes it as an argument (`-nss-pwd`, visible in the process "
        "list), acceptable only because the token and its random PIN live for one bench run.",
        "pdfsig runs with LD_PRELOAD=libsofthsm2.so: without it SoftHSM 2.6.1 segfaults in "
        "NSS_Shutdown's atexit handler after the file is written (SoftHSMv2 issue #635), so "
        "every pdfsig call would die with SIGSEGV (exit 139).",
        f"Run order rotates between runs; {ours.label} outputs go to a fresh folder each run "
        "with SEALDESK_HOME in the temp dir (so its resume journal never skips a file).",
    ]


def _memory_note(scenarios: list[Scenario]) -> list[str]:
    """How peak RSS was read, with this run's numbers for SealDesk's process tree."""
    samples = [s for sc in scenarios for r in sc.results for s in r.samples]
    if not samples:
        return []
    floor = max(s.floor_rss_kb for s in samples) / 1024
    text = (
        "Peak RSS: the kernel's ru_maxrss (os.wait4) of each process; for the loops the largest "
        "over all their processes. SealDesk's process tree is also sampled every 50 ms (one "
        "process: RSS; several: the sum of PSS, so pages shared with forked workers count once) "
        "and the larger value is shown."
    )
    batch = next((sc for sc in scenarios if sc.key == "batch"), None)
    ours = batch.results[0] if batch is not None else None
    if ours is not None and ours.samples:
        largest = statistics.median(s.maxrss_kb for s in ours.samples) / 1024
        tree = statistics.median(s.tree_rss_kb for s in ours.samples) / 1024
        text += (f" Batch, medians: largest single SealDesk process {largest:.0f} MB, whole "
                 f"tree {tree:.0f} MB.")
    text += (f" No reading can be below {floor:.0f} MB: the measuring helper's own size, which "
             "Linux carries into each child across exec.")
    return [text]


def _size_note(scenarios: list[Scenario], contract: Path) -> list[str]:
    """How much each signer appended to the first contract (all append incremental updates)."""
    batch = next((sc for sc in scenarios if sc.key == "batch"), None)
    if batch is None:
        return []
    sizes = [f"{r.label} {r.samples[0].output_bytes / 1000:.0f} kB" for r in batch.results
             if r.samples and r.samples[0].output_bytes]
    return [f"Signed size of {contract.name} ({contract.stat().st_size / 1000:.0f} kB): "
            + ", ".join(sizes) + "."]


if __name__ == "__main__":
    sys.exit(main())
