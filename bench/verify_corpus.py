"""The quality half of issue 3's goals: `sealdesk verify` over the hostile corpus.

The corpus (tests/data/review: published PDF signature attacks and legitimate look-alikes) is
built afresh with its own PKI, whose services stay up while SealDesk reviews it in one call.
Each verdict is classified with the rules of tests/net/test_review_corpus.py, against the
verdicts documented in tests/data/review/expected.py:

* false valid — a hostile file that looks fine: UNCHANGED, passing (unless the attack uses
  only changes the specification permits), a victim signature TOTAL-PASSED, or a permitted
  but deceptive change not listed / not shown as a visual difference.  Must be 0.
* false alarm — a legitimate file not given one of its documented verdicts.
* unexpected — safe, but not the verdict documented (sub-indication, DocMDP, integrity…).
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.peers import venv_tool
from bench.proc import Driver

PASSED = "TOTAL-PASSED"


@dataclass
class CorpusResult:
    """Counts over the corpus, and the names behind each count."""

    samples: int = 0
    hostile: int = 0
    legit: int = 0
    false_valid: list[str] = field(default_factory=list)
    false_alarm: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    seconds: float = 0.0
    build_seconds: float = 0.0
    error: str | None = None  # the corpus could not be reviewed at all

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def classify(name: str, exp: Any, report: dict[str, Any]) -> tuple[str | None, str | None]:
    """(kind of failure: "false_valid" | "false_alarm" | None, why unexpected or None)."""
    integrity = report.get("integrity")
    sigs = report.get("signatures") or []
    rules = [(s, exp.indications.get(s.get("field"), exp.indications["*"])) for s in sigs]
    passed = integrity in ("UNCHANGED", "CHANGED") and bool(sigs) and all(
        s.get("indication") == PASSED for s in sigs)
    failure: str | None = None
    if exp.hostile:
        victim_passed = any(allowed <= {"TOTAL-FAILED", "INDETERMINATE"}
                            and s.get("indication") == PASSED for s, allowed in rules)
        hidden = exp.spec_allowed and integrity == "CHANGED" and (
            not report.get("changes")
            or (exp.visual_difference and report.get("visual_difference") is not True))
        if (integrity == "UNCHANGED" or (passed and not exp.spec_allowed) or victim_passed
                or hidden):
            failure = "false_valid"
    elif (integrity not in exp.integrity
          or any(s.get("indication") not in allowed for s, allowed in rules)
          or len(sigs) < exp.signatures or (integrity == "NONE" and sigs)):
        failure = "false_alarm"
    odd: list[str] = []
    if integrity not in exp.integrity:
        odd.append(f"integrity {integrity}, documented {sorted(exp.integrity)}")
    for s, allowed in rules:
        if s.get("indication") not in allowed:
            odd.append(f"{s.get('field')} {s.get('indication')}")
        wanted = exp.sub_indication.get(s.get("field"))
        if wanted is not None and s.get("sub_indication") != wanted:
            odd.append(f"{s.get('field')} sub-indication {s.get('sub_indication')}")
        if s.get("field") in exp.docmdp and s.get("docmdp") != exp.docmdp[s.get("field")]:
            odd.append(f"{s.get('field')} DocMDP {s.get('docmdp')}")
    visual = report.get("visual_difference")
    if exp.visual_difference is not None and (
        (integrity == "CHANGED" and visual is not exp.visual_difference)
        or (integrity != "CHANGED" and visual is (not exp.visual_difference))):
        odd.append(f"visual difference {visual}")
    return failure, ("; ".join(odd) or None)


def run_corpus(driver: Driver, work: Path, jobs: int, env: dict[str, str],
               log: Callable[[str], None]) -> CorpusResult:
    """Build the corpus, review it with `sealdesk verify --json`, classify every verdict."""
    from crypto.pki import PkiServer, generate_pki
    from tests.data.review.expected import EXPECTED
    from tests.data.review.make_corpus import build_corpus

    result = CorpusResult()
    folder = Path(tempfile.mkdtemp(prefix="corpus-", dir=work))
    with PkiServer(host="127.0.0.1", port=0) as server:
        server.serve(generate_pki(server.base_url))
        started = time.perf_counter()
        samples = build_corpus(folder, server.pki, tsa_url=server.tsa_url)
        result.build_seconds = time.perf_counter() - started
        root = folder / "root.pem"
        root.write_bytes(server.pki.root.cert_pem())
        log(f"corpus: {len(samples)} samples built in {result.build_seconds:.1f} s; reviewing")
        # one call per password (the encrypted samples are reviewed with their user password)
        groups: dict[str | None, list[str]] = {}
        for name, path in samples.items():
            wanted = EXPECTED[name].password if name in EXPECTED else None
            groups.setdefault(wanted, []).append(str(path))
        commands, run_env = [], dict(env)
        for n, (password, paths) in enumerate(sorted(groups.items(), key=lambda g: g[0] or "")):
            argv = [venv_tool("sealdesk"), "verify", *paths, "--json", "--jobs", str(jobs),
                    "--trust", str(root), "--no-system-trust", "--lang", "en"]
            if password is not None:
                run_env[f"BENCH_PDF_PASSWORD_{n}"] = password
                argv += ["--password-env", f"BENCH_PDF_PASSWORD_{n}"]
            commands.append(argv)
        batch = driver.run(commands, env=run_env, cwd=work, timeout=1800, sample_every=None)
    files = []
    result.seconds = sum(run.seconds for run in batch.runs)
    for run in batch.runs:
        try:
            files += json.loads(run.stdout)["files"]
        except (ValueError, KeyError, TypeError):
            result.error = f"no JSON from sealdesk verify (exit {run.returncode}): {run.tail()}"
            return result
    by_name = {Path(f["path"]).stem: f for f in files}
    for name, exp in sorted(EXPECTED.items()):
        if name not in samples:
            continue
        report = by_name.get(name)
        result.samples += 1
        result.hostile += exp.hostile
        result.legit += not exp.hostile
        if report is None:
            (result.false_valid if exp.hostile else result.false_alarm).append(f"{name}: missing")
            continue
        failure, odd = classify(name, exp, report)
        summary = f"{name}: {report.get('integrity')} " + ",".join(
            f"{s.get('field')}={s.get('indication')}" for s in report.get("signatures") or [])
        if failure == "false_valid":
            result.false_valid.append(summary)
        elif failure == "false_alarm":
            result.false_alarm.append(summary)
        elif odd:
            result.unexpected.append(f"{name}: {odd}")
    return result


def render_corpus(result: CorpusResult) -> str:
    """The corpus section of the report."""
    if result.error:
        return f"Hostile corpus: **not reviewed** — {result.error}"
    fv = len(result.false_valid)
    head = ("| corpus samples | hostile | legitimate | false valid (must be 0) | false alarms "
            "| other verdicts not as documented | `sealdesk verify` wall time |\n"
            "|---:|---:|---:|---:|---:|---:|---:|")
    row = (f"| {result.samples} | {result.hostile} | {result.legit} | "
           f"{fv}{'' if fv == 0 else ' **FAILED**'} | {len(result.false_alarm)} | "
           f"{len(result.unexpected)} | {result.seconds:.2f} s |")
    lines = [head, row]
    for label, names in (("False valid", result.false_valid),
                         ("False alarms", result.false_alarm),
                         ("Not as documented (safe)", result.unexpected)):
        if names:
            lines += ["", f"{label}:", *[f"- {n}" for n in names[:20]]]
    return "\n".join(lines)


__all__ = ["CorpusResult", "classify", "render_corpus", "run_corpus"]
