"""The three verifiers compared, as command lines, and how each one's answer is checked.

All three trust exactly one root (the archive PKI's) and check revocation, but not the same way:

* SealDesk: ``sealdesk verify DIR --json --jobs N --trust ROOT --no-system-trust`` — one call
  for the archive.  Everything of issue 3 per file: byte ranges, digest, signature, chain,
  key usage, revocation (embedded DSS/OCSP first, online only when that is not enough),
  signature timestamps, PAdES level, DocMDP, changes after each signature (its own analysis
  and pyHanko's difference policy), the bytes after the last signature, and a rendered page
  comparison for files that changed after signing.
* pyHanko: ``pyhanko sign validate --trust ROOT --trust-replace FILE`` per file — digest,
  signature, chain, key usage, signature timestamp, pyHanko's difference analysis; revocation
  hard-fail, always fetched online (its non-LTV validation does not read the DSS).
* pdfsig: ``pdfsig -nssdir DB FILE`` per file, DB an NSS database whose only trusted
  certificate is the root — digest, signature, the signer's chain against that NSS store and
  an online OCSP request for the signer's certificate; it does not validate the timestamp
  token or look at changes after signing beyond "total document signed" or not.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.peers import venv_tool
from bench.proc import Measured
from bench.softhsm import SetupError, tool
from bench.verify_archive import EXPECTED_INTEGRITY, SIGNATURES, Archive

PYHANKO_LINE = re.compile(r"^[^:\n]+:[0-9a-f]{64}:(.*)$", re.MULTILINE)


@dataclass
class Verifier:
    """One tool under test."""

    key: str  # "sealdesk" | "pyhanko" | "pdfsig"
    label: str
    env: dict[str, str] = field(repr=False)
    one_call: bool = False  # the whole archive in one process (else one process per file)
    slow: bool = False  # measured after the fast tools in each run (see verify_bench)

    def commands(self, archive: Archive) -> list[list[str]]:
        return [self.one(path) for path in archive.files]

    def one(self, path: Path) -> list[str]:
        raise NotImplementedError

    def judge(self, archive: Archive, runs: Sequence[Measured]) -> tuple[int, list[str]]:
        """(files whose verdict is the correct one, problems) from the finished processes."""
        good, problems = 0, []
        for path, run in zip(archive.files, runs, strict=True):
            problem = self.problem(run, archive.kinds[path.name])
            if problem is None:
                good += 1
            else:
                problems.append(f"{path.name}: {problem}")
        return good, problems

    def problem(self, run: Measured, kind: str) -> str | None:
        raise NotImplementedError


class SealDesk(Verifier):
    def __init__(self, env: dict[str, str], root: Path, jobs: int) -> None:
        super().__init__("sealdesk", "SealDesk", env, one_call=True)
        self.root, self.jobs = root, jobs

    def commands(self, archive: Archive) -> list[list[str]]:
        """The folder (the whole archive), or the files of a part of it (the warm-up)."""
        whole = len(archive.kinds) == sum(1 for _ in archive.folder.glob("*.pdf"))
        targets = [str(archive.folder)] if whole else [str(p) for p in archive.files]
        return [[venv_tool("sealdesk"), "verify", *targets, "--json", "--jobs", str(self.jobs),
                 "--trust", str(self.root), "--no-system-trust", "--lang", "en"]]

    def judge(self, archive: Archive, runs: Sequence[Measured]) -> tuple[int, list[str]]:
        (run,) = runs
        if run.timed_out or run.returncode not in (0, 1):
            return 0, [f"exit {run.returncode}: {run.tail()}"]
        try:
            files = json.loads(run.stdout)["files"]
        except (ValueError, KeyError, TypeError):
            return 0, [f"no JSON on stdout: {run.tail()}"]
        verdicts = {Path(f["path"]).name: f for f in files}
        good, problems = 0, []
        for name, kind in sorted(archive.kinds.items()):
            report = verdicts.get(name)
            problem = "missing" if report is None else _sealdesk_problem(report, kind)
            if problem is None:
                good += 1
            else:
                problems.append(f"{name}: {problem}")
        return good, problems


def _sealdesk_problem(report: dict[str, object], kind: str) -> str | None:
    sigs = report.get("signatures") or []
    assert isinstance(sigs, list)
    indications = [s.get("indication") for s in sigs]
    if report.get("integrity") not in EXPECTED_INTEGRITY[kind]:
        return f"integrity {report.get('integrity')} ({report.get('error')})"
    if len(sigs) != SIGNATURES[kind] or any(i != "TOTAL-PASSED" for i in indications):
        subs = [s.get("sub_indication") for s in sigs]
        return f"signatures {indications} {subs}"
    return None


class PyHanko(Verifier):
    def __init__(self, env: dict[str, str], root: Path) -> None:
        super().__init__("pyhanko", "pyHanko CLI (sign validate)", env, slow=True)
        self.root = root

    def one(self, path: Path) -> list[str]:
        return [venv_tool("pyhanko"), "sign", "validate", "--trust", str(self.root),
                "--trust-replace", str(path)]

    def problem(self, run: Measured, kind: str) -> str | None:
        lines = PYHANKO_LINE.findall(run.stdout)
        if run.timed_out or run.returncode != 0:
            return f"exit {run.returncode}: {run.tail(200)}"
        if len(lines) != SIGNATURES[kind] or not all(
                line.startswith("INTACT:TRUSTED") for line in lines):
            return f"verdicts {lines}"
        return None


class Pdfsig(Verifier):
    def __init__(self, env: dict[str, str], nss_dir: Path) -> None:
        super().__init__("pdfsig", "pdfsig (poppler)", env)
        self.nss_dir = nss_dir

    def one(self, path: Path) -> list[str]:
        return [tool("pdfsig", "poppler-utils"), "-nssdir", f"sql:{self.nss_dir}", str(path)]

    def problem(self, run: Measured, kind: str) -> str | None:
        out = run.stdout
        count = out.count("Signature #")
        valid = out.count("Signature Validation: Signature is Valid.")
        trusted = out.count("Certificate Validation: Certificate is Trusted.")
        if run.timed_out or run.returncode != 0:
            return f"exit {run.returncode}: {run.tail(200)}"
        if not count == valid == trusted == SIGNATURES[kind]:
            return f"{count} signatures, {valid} valid, {trusted} trusted"
        return None


def trust_db(folder: Path, root: Path) -> Path:
    """An NSS database for pdfsig whose only trusted certificate is ``root``."""
    folder.mkdir(parents=True, exist_ok=True)
    certutil = tool("certutil", "libnss3-tools")
    for argv in ([certutil, "-N", "-d", f"sql:{folder}", "--empty-password"],
                 [certutil, "-A", "-d", f"sql:{folder}", "-n", "archive-root", "-t", "CT,C,C",
                  "-a", "-i", str(root)]):
        proc = subprocess.run(argv, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SetupError(f"{' '.join(argv[:2])} failed: {(proc.stderr or proc.stdout)[-300:]}")
    return folder


def verifiers(work: Path, archive: Archive, jobs: int) -> list[Verifier]:
    """SealDesk first, then the peers; each with an environment of its own."""
    if shutil.which("pdfsig") is None:
        raise SetupError("pdfsig not found: apt-get install poppler-utils")
    base = {k: v for k, v in os.environ.items() if not k.startswith("SEALDESK_")}
    home = work / "sealdesk-home"
    home.mkdir(parents=True, exist_ok=True)
    return [
        SealDesk(base | {"SEALDESK_HOME": str(home)}, archive.root_pem, jobs),
        Pdfsig(dict(base), trust_db(work / "nssdb", archive.root_pem)),
        PyHanko(dict(base), archive.root_pem),
    ]


__all__ = ["Pdfsig", "PyHanko", "SealDesk", "Verifier", "trust_db", "verifiers"]
