"""What the numbers were measured on: CPUs, load, versions of every tool, and which code."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _out(argv: list[str], *, stderr: bool = False) -> str:
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return (proc.stderr if stderr else proc.stdout).strip()


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def _dist(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _deb(package: str) -> str:
    return _out(["dpkg-query", "-W", "-f", "${Version}", package]) or "unknown"


def machine_info() -> dict[str, object]:
    """The machine and the software the run used."""
    from app import __version__

    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "kernel": platform.release(),
        "os": _os_name(),
        "python": sys.version.split()[0],
        "load_average_at_start": load_average(),
        "versions": {
            "sealdesk": __version__,
            "pyhanko": _dist("pyhanko"),
            "pyhanko-cli": _dist("pyhanko-cli"),
            "python-pkcs11": _dist("python-pkcs11"),
            "poppler-utils": _deb("poppler-utils"),
            "libnss3": _deb("libnss3"),
            "softhsm2": _deb("softhsm2"),
            "opensc": _deb("opensc"),
        },
        "code": code_version(),
    }


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return platform.system()


def code_version() -> dict[str, object]:
    """The commit measured, and uncommitted changes under app/ and crypto/ (read-only git)."""
    head = _out(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    status = _out(["git", "--no-optional-locks", "-C", str(REPO), "status", "--porcelain",
                   "--untracked-files=all", "--", "app", "crypto"])
    changed = [line[3:] for line in status.splitlines() if line.strip()]
    return {"commit": head or "unknown", "uncommitted_in_app_crypto": len(changed),
            "uncommitted_files": changed[:50]}


def describe(info: dict[str, object]) -> str:
    """One paragraph for the report."""
    v = info["versions"]
    assert isinstance(v, dict)
    code = info["code"]
    assert isinstance(code, dict)
    dirty = code["uncommitted_in_app_crypto"]
    return (
        f"{info['nproc']} CPUs (nproc) · {info['cpu_model']} · {info['memory_gb']} GB RAM · "
        f"{info['os']}, Linux {info['kernel']} · Python {info['python']} · "
        f"load average at start {info['load_average_at_start']}, "
        f"at end {info.get('load_average_at_end', '?')}\n"
        f"SealDesk {v['sealdesk']} (commit {code['commit']}"
        + (f" + {dirty} uncommitted file(s) in app/ crypto/" if dirty else "")
        + f") · pyHanko {v['pyhanko']} / pyhanko-cli {v['pyhanko-cli']} · "
        f"poppler-utils {v['poppler-utils']} · NSS {v['libnss3']} · SoftHSM {v['softhsm2']} · "
        f"OpenSC {v['opensc']}"
    )
