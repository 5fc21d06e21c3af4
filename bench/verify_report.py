"""The verification benchmark's report: one markdown table with ratios, the targets, the notes."""

from __future__ import annotations

import statistics

from bench.measure import ToolResult
from bench.verify_archive import KINDS, Archive

TARGETS = {"pdfsig": 1.0, "pyhanko": 3.0}  # SealDesk ÷ peer files/s (issue 3)


def _mb(kb: float) -> str:
    return f"{kb / 1024:.0f} MB"


def _ratio(x: float, trusted: bool) -> str:
    text = f"{x:.2f}×" if x < 10 else f"{x:.1f}×"
    return text if trusted else f"{text} ⚠"


def ms_per_file(result: ToolResult) -> float:
    """Wall time per file in ms, median over the runs."""
    return statistics.median(s.seconds / s.docs for s in result.samples) * 1000


def cpu_ms_per_file(result: ToolResult) -> float:
    """CPU time (user + system, all processes) per file in ms, median over the runs."""
    return statistics.median(getattr(s, "cpu_seconds", 0.0) / s.docs
                             for s in result.samples) * 1000


def render_table(results: list[ToolResult], runs: int) -> str:
    rows = [
        f"| tool | processes per run | wall time, median of {runs} (min–max) | files/s "
        "| wall ms per file | CPU ms per file | peak RSS | SealDesk ÷ tool: files/s "
        "| SealDesk ÷ tool: peak RSS | verdicts correct |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    ours = results[0]
    for n, res in enumerate(results):
        if res.skipped is not None or not res.samples:
            rows.append(f"| {res.label} | | not measured: {res.skipped} | | | | | | | |")
            continue
        lo, hi = res.seconds_range
        wall = f"{res.seconds:.2f} s" + (f" ({lo:.2f}–{hi:.2f})" if len(res.samples) > 1 else "")
        good, total = res.verified
        verified = f"{good}/{total}" + ("" if res.ok else " **WRONG**")
        if n == 0 or not ours.samples:
            cells = ["—", "—"]
        else:
            trusted = ours.ok and res.ok
            cells = [_ratio(ours.docs_per_second / res.docs_per_second, trusted),
                     _ratio(ours.peak_rss_kb / res.peak_rss_kb, trusted)]
        rows.append(f"| {res.label} | {res.calls_per_run} | {wall} | {res.docs_per_second:.1f} "
                    f"| {ms_per_file(res):.1f} | {cpu_ms_per_file(res):.1f} "
                    f"| {_mb(res.peak_rss_kb)} | {' | '.join(cells)} "
                    f"| {verified} |")
    return "\n".join(rows)


def paired_ratios(ours: ToolResult, peer: ToolResult) -> list[float]:
    """SealDesk ÷ peer files/s within each run (the two measured back to back)."""
    theirs = {s.run: s for s in peer.samples}
    return [(s.docs / s.seconds) / (theirs[s.run].docs / theirs[s.run].seconds)
            for s in ours.samples if s.run in theirs]


def target_lines(results: list[ToolResult]) -> list[str]:
    """Issue 3's throughput goals, met or missed, from this run's measurements.

    The verdict uses the median of the per-run ratios (each run measures SealDesk and the
    peer under the same machine load); the ratio of the medians is shown beside it.
    """
    ours = results[0]
    out = []
    for peer in results[1:]:
        goal = TARGETS.get(peer.tool)
        if goal is None:
            continue
        pairs = paired_ratios(ours, peer)
        if not pairs:
            out.append(f"- SealDesk ÷ {peer.label} files/s: not measured.")
            continue
        paired = statistics.median(pairs)
        of_medians = ours.docs_per_second / peer.docs_per_second
        met = paired >= goal and ours.ok
        runs = ", ".join(f"{r:.2f}" for r in pairs)
        out.append(f"- SealDesk ÷ {peer.label} files/s = **{paired:.2f}×** (median of the "
                   f"per-run ratios {runs}; ratio of the medians {of_medians:.2f}×) — target "
                   f"≥ {goal:g}×: {'met' if met else '**missed**'}.")
    return out


def render(results: list[ToolResult], *, runs: int, title: str, machine: str,
           archive: Archive, jobs: int) -> str:
    """The whole report as markdown."""
    kinds = ", ".join(f"{archive.count(k)} × {desc}" for k, (desc, _) in KINDS.items())
    commands = [f"# {r.label}\n{r.command}" for r in results]
    parts = [
        f"## {title}", "", render_table(results, runs), "",
        "Ratios are SealDesk ÷ tool from this run's medians: files/s > 1 means SealDesk is "
        "faster, peak RSS < 1 that it needs less memory. ⚠ marks a ratio where a verdict was "
        "wrong.", "", "**Targets (issue 3):**", *target_lines(results), "",
        f"**Archive:** {len(archive.kinds)} contracts signed by `sealdesk sign` with the demo "
        f"PKI (RSA-2048 seals, visible seal images): {kinds}. Built "
        f"{archive.created:%Y-%m-%d %H:%M %Z}; cached in bench/_data/verify-archive/.",
        "",
        "**Machine:** " + machine.replace("\n", "  \n"), "",
        "**Commands:**", "```", *commands, "```", "",
        "**Notes:**",
        f"- SealDesk reviews the archive in one call with `--jobs {jobs}` (worker processes); "
        "the peers are one process per file, one after the other — how each is used on a "
        "folder.",
        "- What each checks, all against the same single trusted root: SealDesk — byte ranges, "
        "digest, signature, chain, key usage, revocation (the DSS's OCSP/CRL first, online only "
        "when those do not settle it), signature timestamp, PAdES level, DocMDP, every change "
        "after each signature (its own analysis and pyHanko's difference policy), the bytes "
        "after the last signature, and a rendered page comparison when a file changed after "
        "signing. pyHanko `sign validate` — digest, signature, chain, key usage, timestamp, "
        "its difference analysis, revocation hard-fail and always online (its non-LTV mode "
        "ignores the DSS). pdfsig — digest, signature, the signer's chain in its NSS store "
        "and one online OCSP request for the signer; no timestamp validation, no analysis of "
        "changes beyond 'total document signed' or not.",
        "- The archive PKI's OCSP/CRL/TSA service runs in the benchmark process on 127.0.0.1 "
        "while every tool runs (B-T files and the peers check revocation online).",
        "- Verdicts are checked for every file of every run: SealDesk must say TOTAL-PASSED "
        "and UNCHANGED (CHANGED allowed for the two-signature files, whose second signature is "
        "a listed change); pdfsig 'Signature is Valid.' and 'Certificate is Trusted.' per "
        "signature; pyHanko exit 0 and INTACT:TRUSTED per signature.",
        "- Peak RSS: kernel ru_maxrss per process (for the loops the largest); SealDesk's "
        "process tree is also sampled every 200 ms (sum of PSS; sparsely, since reading /proc "
        "takes CPU from the run being measured) and the larger value is shown.",
        "- Each run measures SealDesk and pdfsig back to back (their order alternating), then "
        "the pyHanko loop, so the two fast tools meet the same machine load; the 1-minute load "
        "average at the start of every run is in the JSON. CPU ms per file is user + system "
        "time of every process of the run (SealDesk's workers included) — the work done, "
        "whatever the load; the OCSP/TSA service's own CPU (in the benchmark process) is not "
        "counted for any tool.",
    ]
    return "\n".join(parts)


__all__ = ["TARGETS", "cpu_ms_per_file", "ms_per_file", "paired_ratios", "render", "render_table",
           "target_lines"]
