"""The benchmark's output: one markdown table with ratios against the peers, and a JSON file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import ToolResult
from bench.workload import DATA_DIR

SINGLE_TARGET = 0.6  # SealDesk ÷ pyHanko wall time for one file in one process


@dataclass
class Scenario:
    key: str  # "batch" | "single" | "big"
    title: str
    results: list[ToolResult] = field(default_factory=list)  # SealDesk first

    def ratios(self, peer: ToolResult) -> dict[str, float] | None:
        """SealDesk ÷ peer (time, docs/s, peak RSS), or None when either could not be measured."""
        ours = self.results[0]
        if not (ours.samples and peer.samples):
            return None
        return {
            "time": ours.seconds / peer.seconds,
            "docs_per_second": ours.docs_per_second / peer.docs_per_second,
            "peak_rss": ours.peak_rss_kb / peer.peak_rss_kb,
        }


def _secs(s: float) -> str:
    return f"{s:.2f} s" if s < 10 else f"{s:.1f} s"


def _mb(kb: float) -> str:
    return f"{kb / 1024:.0f} MB" if kb >= 100 * 1024 else f"{kb / 1024:.1f} MB"


def _ratio(x: float, trusted: bool) -> str:
    text = f"{x:.2f}×" if x < 10 else f"{x:.1f}×"
    return text if trusted else f"{text} ⚠"


def render_table(scenarios: list[Scenario], runs: int) -> str:
    head = (
        f"| scenario | tool | wall time, median of {runs} (min–max) | docs/s | peak RSS "
        "| SealDesk ÷ tool: time | SealDesk ÷ tool: docs/s | SealDesk ÷ tool: peak RSS "
        "| outputs verified |\n|---|---|---|---:|---:|---:|---:|---:|---|"
    )
    rows = [head]
    for sc in scenarios:
        ours = sc.results[0]
        for n, res in enumerate(sc.results):
            scenario = sc.title if n == 0 else ""
            calls = f" ({res.calls_per_run} call{'s' if res.calls_per_run != 1 else ''})"
            label = res.label + (calls if sc.key == "batch" else "")
            if res.skipped is not None:
                rows.append(f"| {scenario} | {label} | not measured: {res.skipped} "
                            "| | | | | | |")
                continue
            lo, hi = res.seconds_range
            wall = _secs(res.seconds) + (f" ({lo:.2f}–{hi:.2f})" if len(res.samples) > 1 else "")
            good, total = res.verified
            verified = f"{good}/{total}" + ("" if res.ok else " **FAILED**")
            r = sc.ratios(res) if n > 0 else None
            trusted = ours.ok and res.ok
            cells = ["—", "—", "—"] if r is None else [
                _ratio(r["time"], trusted), _ratio(r["docs_per_second"], trusted),
                _ratio(r["peak_rss"], trusted)]
            rows.append(f"| {scenario} | {label} | {wall} | {res.docs_per_second:.3g} "
                        f"| {_mb(res.peak_rss_kb)} | {' | '.join(cells)} | {verified} |")
    return "\n".join(rows)


def single_verdict(scenarios: list[Scenario]) -> str | None:
    """The one-file target line: SealDesk ÷ pyHanko ≤ 0.6."""
    single = next((s for s in scenarios if s.key == "single"), None)
    if single is None:
        return None
    peer = next((r for r in single.results if r.tool == "pyhanko"), None)
    ratios = single.ratios(peer) if peer is not None else None
    if ratios is None:
        return "One file, one process: SealDesk ÷ pyHanko could not be measured."
    met = ratios["time"] <= SINGLE_TARGET
    return (f"One file, one process: SealDesk ÷ pyHanko wall time = {ratios['time']:.2f} "
            f"(target ≤ {SINGLE_TARGET}: {'met' if met else '**missed**'}).")


def render(
    scenarios: list[Scenario], *, runs: int, title: str, machine: str,
    commands: list[str], notes: list[str],
) -> str:
    """The whole report as markdown."""
    parts = [f"## {title}", "", render_table(scenarios, runs), "",
             "Ratios are SealDesk ÷ tool, measured in this run: time < 1 and docs/s > 1 mean "
             "SealDesk is faster; peak RSS < 1 means it needs less memory. ⚠ marks a ratio "
             "where an output failed verification or a process failed."]
    verdict = single_verdict(scenarios)
    if verdict:
        parts += ["", verdict]
    parts += ["", "**Machine:** " + machine.replace("\n", "  \n"), "", "**Commands:**", "```",
              *commands, "```"]
    if notes:
        parts += ["", "**Notes:**", *[f"- {n}" for n in notes]]
    return "\n".join(parts)


def write_json(doc: dict[str, object], stamp: str) -> Path:
    """bench/_data/results-<date>.json (date and time, so reruns on one day are all kept)."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"results-{stamp}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
