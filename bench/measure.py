"""Timed runs of one tool on one scenario, their verification, and the medians the table shows."""

from __future__ import annotations

import shutil
import statistics
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.peers import Signer
from bench.proc import Driver
from bench.verify import Check, pdfsig_check_all, pyhanko_check
from bench.workload import KeyFiles


@dataclass
class Sample:
    """One timed run: a batch (one call or a loop of calls), one file, or the big file."""

    run: int
    seconds: float
    docs: int
    peak_rss_kb: int  # max over the processes of the run (see bench.proc for how)
    maxrss_kb: int
    tree_rss_kb: int
    processes: int
    floor_rss_kb: int  # the measuring helper's own size: no RSS reading can be below it
    failures: list[str] = field(default_factory=list)  # processes that failed
    verified: int = 0  # outputs pdfsig found valid
    checked: int = 0
    pyhanko: Check | None = None  # one output through pyHanko's validator
    bad_outputs: list[str] = field(default_factory=list)
    output_bytes: int = 0  # size of the first output (input size + what the signer appended)

    @property
    def ok(self) -> bool:
        return (not self.failures and self.verified == self.docs == self.checked
                and (self.pyhanko is None or self.pyhanko.ok))


@dataclass
class ToolResult:
    """All runs of one tool on one scenario."""

    tool: str
    label: str
    command: str  # as shown to people (secrets redacted)
    calls_per_run: int
    samples: list[Sample] = field(default_factory=list)
    skipped: str | None = None  # why this tool was not measured

    @property
    def ok(self) -> bool:
        return self.skipped is None and bool(self.samples) and all(s.ok for s in self.samples)

    @property
    def seconds(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def seconds_range(self) -> tuple[float, float]:
        values = [s.seconds for s in self.samples]
        return min(values), max(values)

    @property
    def docs_per_second(self) -> float:
        return statistics.median(s.docs / s.seconds for s in self.samples)

    @property
    def peak_rss_kb(self) -> float:
        return statistics.median(s.peak_rss_kb for s in self.samples)

    @property
    def verified(self) -> tuple[int, int]:
        return (sum(s.verified for s in self.samples), sum(s.docs for s in self.samples))

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "tool": self.tool, "label": self.label, "command": self.command,
            "calls_per_run": self.calls_per_run, "skipped": self.skipped, "ok": self.ok,
            "samples": [asdict(s) | {"ok": s.ok} for s in self.samples],
        }
        if self.samples:
            out |= {"median_seconds": self.seconds, "median_docs_per_second": self.docs_per_second,
                    "median_peak_rss_kb": self.peak_rss_kb}
        return out


@dataclass
class Context:
    """What every measurement needs."""

    keys: KeyFiles
    verify_db: Path
    workdir: Path
    cwd: Path  # children run here (an empty folder: no stray pyhanko.yml is picked up)
    driver: Driver
    timeout: float = 900.0
    log: Callable[[str], None] = print


def measure(
    ctx: Context, signer: Signer, inputs: Sequence[Path], out_dir: Path, run: int,
    *, pyhanko_sample: bool = True,
) -> Sample:
    """Sign ``inputs`` into a fresh ``out_dir`` with ``signer``, timed; then verify every output."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    outputs = signer.outputs(inputs, out_dir)
    if len(inputs) == 1:
        commands = [signer.one(inputs[0], outputs[0])]  # `-o OUT`, not a batch of one
    else:
        commands = signer.batch(inputs, out_dir)
    each_expects = len(inputs) if len(commands) == 1 else 1
    sample_every = None if signer.single_process else 0.05
    batch = ctx.driver.run(commands, env=signer.env, cwd=ctx.cwd, timeout=ctx.timeout,
                           sample_every=sample_every)
    finished, seconds = batch.runs, batch.seconds
    failures = [p for m in finished if (p := signer.check_run(m, each_expects)) is not None]
    sample = Sample(
        run=run, seconds=seconds, docs=len(inputs),
        peak_rss_kb=max(m.peak_rss_kb for m in finished),
        maxrss_kb=max(m.maxrss_kb for m in finished),
        tree_rss_kb=max(m.tree_rss_kb for m in finished),
        processes=len(finished), floor_rss_kb=batch.floor_rss_kb, failures=failures[:5],
    )
    checks = pdfsig_check_all(outputs, ctx.verify_db)
    sample.checked = len(checks)
    sample.verified = sum(c.ok for c in checks)
    sample.bad_outputs = [f"{Path(c.path).name}: {c.detail}" for c in checks if not c.ok][:5]
    if outputs[0].exists():
        sample.output_bytes = outputs[0].stat().st_size
        if pyhanko_sample:
            sample.pyhanko = pyhanko_check(outputs[0], ctx.keys)
    shutil.rmtree(out_dir)  # the big file's outputs alone would fill gigabytes over a run
    status = "ok" if sample.ok else "FAILED"
    which = f"run {run}" if run else "warm-up"
    ctx.log(f"    {signer.label:<28} {which:>7}: {seconds:8.2f} s  "
            f"{sample.peak_rss_kb / 1024:7.1f} MB  verified {sample.verified}/{sample.docs}"
            f"  {status}")
    for problem in [*sample.failures, *sample.bad_outputs][:3]:
        ctx.log(f"      {last_lines(problem)}")
    if sample.pyhanko is not None and not sample.pyhanko.ok:
        ctx.log(f"      pyHanko: {sample.pyhanko.detail}")
    return sample


def rotated(items: Sequence[Signer], run: int) -> list[Signer]:
    """The tools in a different order each run, so drift on a noisy machine spreads evenly."""
    k = run % len(items) if items else 0
    return [*items[k:], *items[:k]]


def last_lines(text: str, limit: int = 300) -> str:
    """The telling part of an error output: its last lines that mention an error."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    picked = [line for line in lines if "rror" in line][-2:] or lines[-2:]
    return " ".join(picked)[:limit]
