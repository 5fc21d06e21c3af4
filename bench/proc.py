"""Spawn commands and measure them: wall time, exit status and peak memory (RSS).

Why a separate driver process: Linux carries the parent's RSS high-water mark into a child
across fork/vfork + exec, so ``ru_maxrss`` of a child spawned by the (big) benchmark process
would read at least the benchmark's own size.  The bench therefore spawns every timed command
from this file, run as a lean stdlib-only helper (``python -I -S bench/proc.py``); its own
high-water mark (~12 MB) is the floor of any reading and is reported with the results.

Peak memory comes from two places.  The kernel's ``ru_maxrss`` (``os.wait4``) is exact but is
the peak of the *largest single process* of the tree (the child, or a descendant it waited for),
so it would under-count a command that runs worker processes side by side.  A background thread
can also sample the child's process tree every ``sample_every`` seconds (the sum of PSS when
there are several processes, see :func:`tree_rss_kb`); :attr:`Measured.peak_rss_kb` is the
larger of the two.

This module must import nothing outside the standard library.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass
class Measured:
    """One finished child process."""

    argv: list[str]
    seconds: float
    maxrss_kb: int  # kernel ru_maxrss: largest single process of the tree
    tree_rss_kb: int  # sampled peak of the tree's memory (PSS sum; 0: not sampled)
    returncode: int
    stdout: str = field(repr=False, default="")
    stderr: str = field(repr=False, default="")
    timed_out: bool = False
    cpu_seconds: float = 0.0  # user + system time of the process and the children it waited for

    @property
    def peak_rss_kb(self) -> int:
        """Peak memory of the command: max(kernel peak, sampled tree sum)."""
        return max(self.maxrss_kb, self.tree_rss_kb)

    def tail(self, limit: int = 600) -> str:
        """The end of stderr (else stdout), for error messages."""
        return (self.stderr or self.stdout).strip()[-limit:]


@dataclass
class Batch:
    """Commands run one after the other; ``seconds`` spans the first start to the last exit."""

    seconds: float
    runs: list[Measured]
    floor_rss_kb: int  # the driver's own high-water mark: no reading can be below it


class _TreeSampler(threading.Thread):
    def __init__(self, root: int, every: float) -> None:
        super().__init__(name="rss-sampler", daemon=True)
        self.root, self.every, self.peak_kb = root, every, 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.root))
            self._stop_event.wait(self.every)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def tree_rss_kb(root: int) -> int:
    """Memory (kB) of ``root`` and its descendants now, from /proc (0 if it is gone).

    One process: its RSS.  Several: the sum of their PSS, so pages shared between a parent and
    the workers it forked (copy-on-write, libraries) count once rather than once per process.
    """
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(b")") + 2 :].split()  # comm may hold spaces: split after ')'
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = int(fields[21]) * _PAGE_KB
    if root not in rss:
        return 0
    tree, grew = {root}, True
    while grew:
        new = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        tree |= new
        grew = bool(new)
    if len(tree) == 1:
        return rss[root]
    return sum(_pss_kb(pid, rss[pid]) for pid in tree)


def _pss_kb(pid: int, fallback: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return fallback


def run_measured(
    argv: Sequence[str], *, env: Mapping[str, str], cwd: str | None = None,
    timeout: float = 600.0, sample_every: float | None = None,
) -> Measured:
    """Run ``argv`` to completion (stdin closed, own process group) and measure it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(list(argv), env=dict(env), cwd=cwd, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, start_new_session=True)
        sampler = _TreeSampler(proc.pid, sample_every) if sample_every else None
        if sampler is not None:
            sampler.start()
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # the process group of our own child
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if sampler is not None:
            sampler.stop()
        out.seek(0)
        err.seek(0)
        return Measured(
            argv=list(argv), seconds=seconds, maxrss_kb=int(usage.ru_maxrss),
            tree_rss_kb=sampler.peak_kb if sampler is not None else 0,
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            timed_out=timed_out.is_set(),
            cpu_seconds=float(usage.ru_utime + usage.ru_stime),
        )


def run_batch(commands: Sequence[Sequence[str]], **kwargs: object) -> Batch:
    """Run ``commands`` one after the other (a loop of calls, or one call)."""
    started = time.perf_counter()
    runs = [run_measured(argv, **kwargs) for argv in commands]  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    return Batch(seconds=seconds, runs=runs, floor_rss_kb=own_high_water_kb())


def own_high_water_kb() -> int:
    """This process's own peak RSS (VmHWM of its address space), which children inherit.

    Not ``getrusage(RUSAGE_SELF)``: that too includes the high-water mark inherited from our
    parent at exec.
    """
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class Driver:
    """The bench's handle on the lean helper process that spawns and measures commands."""

    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-I", "-S", str(Path(__file__).resolve())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )

    def run(self, commands: Sequence[Sequence[str]], *, env: Mapping[str, str], cwd: Path,
            timeout: float, sample_every: float | None) -> Batch:
        """Run ``commands`` in the helper; secrets in ``env`` travel over a pipe only."""
        assert self._proc.stdin is not None and self._proc.stdout is not None
        request = {"commands": [list(c) for c in commands], "env": dict(env), "cwd": str(cwd),
                   "timeout": timeout, "sample_every": sample_every}
        self._proc.stdin.write(json.dumps(request) + "\n")
        self._proc.stdin.flush()
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError("the bench's measuring helper (bench/proc.py) died")
        reply = json.loads(line)
        return Batch(seconds=reply["seconds"], runs=[Measured(**r) for r in reply["runs"]],
                     floor_rss_kb=reply["floor_rss_kb"])

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        self._proc.wait(timeout=30)

    def __enter__(self) -> Driver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve() -> None:
    """Helper side: one JSON request per line on stdin, one JSON reply per line on stdout."""
    for line in sys.stdin:
        req = json.loads(line)
        batch = run_batch(req["commands"], env=req["env"], cwd=req["cwd"],
                          timeout=req["timeout"], sample_every=req["sample_every"])
        sys.stdout.write(json.dumps(asdict(batch)) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    _serve()
