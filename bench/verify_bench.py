"""Verifying an archive of signed PDFs: SealDesk against loops of pdfsig and pyHanko calls, all
measured in the same run, reported as one table of medians with ratios (STYLE rule 20).

Issue 3's goals: on an archive of 200 signed files, `sealdesk verify` reaches at least the
files/s of a loop of `pdfsig` calls and at least 3× those of a loop of `pyhanko sign validate`
calls; and on the hostile corpus it gives zero false valid and few false alarms.

    python -m bench.verify_bench [--quick] [--runs N] [--files N] [--jobs N]
                                 [--tools sealdesk,pdfsig,pyhanko] [--no-corpus]

The archive (bench/verify_archive.py) is cached in bench/_data/.  Every verdict of every timed
run is checked: SealDesk's must be TOTAL-PASSED and UNCHANGED (CHANGED allowed for the
two-signature files), the peers' must say valid and trusted; a wrong verdict marks the row.
SealDesk and pdfsig are measured back to back in every run, so the throughput goal is judged
on the per-run ratios (the machine is shared: SealDesk needs both cores, a loop needs one).
Results also go to bench/_data/verify-results-<date>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.machine import describe, load_average, machine_info
from bench.measure import Sample, ToolResult, last_lines, rotated
from bench.proc import Driver
from bench.softhsm import SetupError
from bench.verify_archive import KINDS, Archive, open_archive
from bench.verify_corpus import CorpusResult, render_corpus, run_corpus
from bench.verify_report import paired_ratios, render
from bench.verify_tools import Verifier, verifiers
from bench.workload import DATA_DIR

TIMEOUT = 3600.0
TOOLS = ("sealdesk", "pdfsig", "pyhanko")
RSS_SAMPLE_EVERY = 0.2  # seconds; sampling /proc costs CPU the measured run then lacks


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.verify_bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="smoke run: 12 files, 1 run (unless given)")
    p.add_argument("--runs", type=int, help="timed runs per tool (default 3)")
    p.add_argument("--files", type=int, help="signed files in the archive (default 200)")
    p.add_argument("--jobs", type=int, help="SealDesk's --jobs (default: the CPUs this may use)")
    p.add_argument("--tools", default="sealdesk,pdfsig,pyhanko",
                   help="comma-separated tools to measure (default: all three)")
    p.add_argument("--no-corpus", action="store_true", help="skip the hostile-corpus section")
    p.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    args, _unknown = p.parse_known_args(argv)  # bench.run passes every bench the same options
    args.runs = args.runs or (1 if args.quick else 3)
    args.files = args.files or (12 if args.quick else 200)
    args.jobs = args.jobs or len(os.sched_getaffinity(0))
    args.tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    if args.runs < 1 or args.files < len(KINDS) or args.jobs < 1:
        p.error(f"--runs and --jobs must be ≥ 1, --files ≥ {len(KINDS)}")
    if not args.tools or args.tools[0] != "sealdesk" or not set(args.tools) <= set(TOOLS):
        p.error(f"--tools: sealdesk first, then any of {', '.join(TOOLS[1:])}")
    return args


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = dt.datetime.now().astimezone()
    clock = time.perf_counter()
    info = machine_info()
    work = Path(tempfile.mkdtemp(prefix="sealdesk-verify-bench-"))
    try:
        archive, server = open_archive(args.files, log)
        try:
            with Driver() as driver:
                return _run(args, archive, work, driver, started, clock, info)
        finally:
            server.stop()  # type: ignore[attr-defined]
    except SetupError as exc:
        log(f"bench: cannot set up: {exc}")
        return 2
    finally:
        if args.keep:
            log(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, archive: Archive, work: Path, driver: Driver,
         started: dt.datetime, clock: float, info: dict[str, object]) -> int:
    cwd = work / "cwd"  # an empty folder: no stray pyhanko.yml is picked up
    cwd.mkdir()
    tools = [v for v in verifiers(work, archive, args.jobs) if v.key in args.tools]
    log("warm-up (each tool on the whole archive's first file, not timed)")
    first = Archive(archive.folder, archive.root_pem, archive.pki_dir,
                    dict(list(sorted(archive.kinds.items()))[:1]), archive.created)
    skipped: dict[str, str] = {}
    for verifier in tools:
        sample = _measure(driver, verifier, first, cwd, 0)
        if not sample.ok:
            skipped[verifier.key] = last_lines(" / ".join(sample.bad_outputs + sample.failures))
    results = {v.key: ToolResult(v.key, v.label, _shown(v, archive, work),
                                 len(v.commands(archive)), skipped=skipped.get(v.key))
               for v in tools}
    active = [v for v in tools if v.key not in skipped]
    log(f"archive of {len(archive.kinds)} files: {args.runs} run(s) per tool")
    fast = [v for v in active if not v.slow]
    for run in range(1, args.runs + 1):
        # the fast tools back to back (in turns), so that they meet the same machine load;
        # the slow peer afterwards
        order = [*rotated(fast, run), *(v for v in active if v.slow)]  # type: ignore[arg-type]
        for verifier in order:
            results[verifier.key].samples.append(_measure(driver, verifier, archive, cwd, run))
    corpus: CorpusResult | None = None
    if not args.no_corpus:
        corpus = run_corpus(driver, work, args.jobs, tools[0].env, log)
    info["load_average_at_end"] = load_average()
    ordered = [results[v.key] for v in tools]
    title = (f"Verifying an archive of {len(archive.kinds)} signed PDFs — "
             f"{started:%Y-%m-%d %H:%M %Z}, {'quick smoke run' if args.quick else 'full run'}")
    text = render(ordered, runs=args.runs, title=title, machine=describe(info),
                  archive=archive, jobs=args.jobs)
    if corpus is not None:
        text += "\n\n### Hostile corpus (tests/data/review)\n\n" + render_corpus(corpus)
    doc = {
        "schema": "sealdesk.bench.verify/1",
        "started": started.isoformat(timespec="seconds"),
        "duration_seconds": round(time.perf_counter() - clock, 1),
        "settings": {"quick": args.quick, "runs": args.runs, "files": len(archive.kinds),
                     "jobs": args.jobs,
                     "archive": {k: archive.count(k) for k in KINDS},
                     "archive_built": archive.created.isoformat(timespec="seconds")},
        "machine": info,
        "tools": [r.to_json() for r in ordered],
        "ratios_sealdesk_over": {r.tool: _ratios(ordered[0], r) for r in ordered[1:]},
        "paired_files_per_second_ratios": {r.tool: paired_ratios(ordered[0], r)
                                           for r in ordered[1:]},
        "corpus": corpus.to_json() if corpus is not None else None,
        "table_markdown": text,
    }
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"verify-results-{started:%Y-%m-%dT%H%M%S}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n",
                    encoding="utf-8")
    print(text)
    print(f"\n(JSON: {path}; took {time.perf_counter() - clock:.0f} s)")
    everything_ok = all(r.ok for r in ordered) and (
        corpus is None or (corpus.error is None and not corpus.false_valid))
    return 0 if everything_ok else 1


@dataclass
class VerifySample(Sample):
    """A timed run, plus the CPU time it used and the machine's load when it started."""

    cpu_seconds: float = 0.0  # user + system, every process of the run (workers included)
    load_1min: float = 0.0


def _measure(driver: Driver, verifier: Verifier, archive: Archive, cwd: Path,
             run: int) -> VerifySample:
    """One timed run of ``verifier`` over ``archive``; every verdict checked afterwards."""
    commands = verifier.commands(archive)
    load = os.getloadavg()[0]
    batch = driver.run(commands, env=verifier.env, cwd=cwd, timeout=TIMEOUT,
                       sample_every=RSS_SAMPLE_EVERY if verifier.one_call else None)
    good, problems = verifier.judge(archive, batch.runs)
    files = len(archive.kinds)
    sample = VerifySample(
        run=run, seconds=batch.seconds, docs=files,
        peak_rss_kb=max(m.peak_rss_kb for m in batch.runs),
        maxrss_kb=max(m.maxrss_kb for m in batch.runs),
        tree_rss_kb=max(m.tree_rss_kb for m in batch.runs),
        processes=len(batch.runs), floor_rss_kb=batch.floor_rss_kb,
        verified=good, checked=files, bad_outputs=problems[:5],
        cpu_seconds=round(sum(m.cpu_seconds for m in batch.runs), 3), load_1min=round(load, 2),
    )
    which = f"run {run}" if run else "warm-up"
    log(f"    {verifier.label:<28} {which:>7}: {batch.seconds:8.2f} s  "
        f"{files / batch.seconds:7.1f} files/s  CPU {sample.cpu_seconds:6.2f} s  "
        f"{sample.peak_rss_kb / 1024:6.0f} MB  load {load:.2f}  "
        f"verdicts {good}/{files}{'' if sample.ok else '  WRONG'}")
    for problem in problems[:3]:
        log(f"      {last_lines(problem)}")
    return sample


def _ratios(ours: ToolResult, peer: ToolResult) -> dict[str, float] | None:
    if not (ours.samples and peer.samples):
        return None
    return {"files_per_second": ours.docs_per_second / peer.docs_per_second,
            "time": ours.seconds / peer.seconds,
            "peak_rss": ours.peak_rss_kb / peer.peak_rss_kb}


def _shown(verifier: Verifier, archive: Archive, work: Path) -> str:
    """The command for people: the one call, or the loop; local paths as variables."""
    text = " ".join(shlex.quote(a) for a in verifier.commands(archive)[0])
    for path, name in ((str(archive.files[0]), "$f"), (str(archive.root_pem), "$ROOT"),
                       (str(archive.folder), "$ARCHIVE"), (str(work), "$WORK"),
                       (str(Path(sys.executable).parent) + "/", "")):
        text = text.replace(path, name)
    return text if verifier.one_call else f"for f in $ARCHIVE/*.pdf; do {text}; done"


if __name__ == "__main__":
    sys.exit(main())
