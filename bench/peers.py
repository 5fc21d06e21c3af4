"""The three signers compared, as command lines: SealDesk, the pyHanko CLI and poppler's pdfsig.

Every command signs PAdES-style with the same RSA-2048 key on the bench's SoftHSM token (SealDesk
may be switched to its ``--p12`` soft-key stand-in while its PKCS#11 backend is unfinished).
Secrets reach SealDesk and pyHanko through environment variables; pdfsig only accepts the token
PIN as an argument (``-nss-pwd``), which the printed command lines redact.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.proc import Measured
from bench.softhsm import BenchToken, SetupError
from bench.workload import KeyFiles

PIN_VAR = "SEALDESK_BENCH_PIN"
P12_PASSWORD_VAR = "SEALDESK_BENCH_P12_PASSWORD"
PYHANKO_PIN_VAR = "PYHANKO_PKCS11_PIN"  # read by pyhanko-cli's `addsig pkcs11` when set
FIELD = "Sig1"


def venv_tool(name: str) -> str:
    """A console script next to this interpreter (the project venv), else on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SetupError(f"{name} not found (run `make install-test`)")
    return found


@dataclass
class Signer:
    """One tool under test: how to call it, with what environment, where outputs land."""

    key: str  # "sealdesk" | "pyhanko" | "pdfsig"
    label: str  # for the table
    env: dict[str, str] = field(repr=False)
    secrets: dict[str, str] = field(repr=False, default_factory=dict)  # value → shown as
    batch_in_one_call: bool = False
    single_process: bool = True  # known to never fork workers (skip the RSS tree sampler)

    def one(self, src: Path, dst: Path) -> list[str]:
        raise NotImplementedError

    def batch(self, inputs: Sequence[Path], out_dir: Path) -> list[list[str]]:
        """The command(s) that sign ``inputs`` into ``out_dir``: one call, or one per file."""
        return [self.one(src, out_dir / output_name(src)) for src in inputs]

    def outputs(self, inputs: Sequence[Path], out_dir: Path) -> list[Path]:
        return [out_dir / output_name(src) for src in inputs]

    def check_run(self, run: Measured, expected: int) -> str | None:
        """Why this finished process did not sign ``expected`` files, or None if it did."""
        if run.timed_out:
            return "timed out"
        if run.returncode != 0:
            how = (f"killed by {signal.Signals(-run.returncode).name}" if run.returncode < 0
                   else f"exit {run.returncode}")
            return f"{how}: {run.tail()}" if run.tail() else how
        return None

    def show(self, argv: Sequence[str]) -> str:
        """The command line for people: secrets redacted, long input lists shortened."""
        return show_argv(argv, self.secrets)


def show_argv(argv: Sequence[str], secrets: Mapping[str, str]) -> str:
    """Quote ``argv`` for a shell; ``secrets`` maps a secret value to the variable shown instead
    (e.g. "$PIN"); a run of more than three .pdf arguments is shortened to first … last."""
    words: list[str] = []
    pdfs: list[str] = []

    def flush() -> None:
        if len(pdfs) > 3:
            words.extend([shlex.quote(pdfs[0]), f"…({len(pdfs) - 2} more)…", shlex.quote(pdfs[-1])])
        else:
            words.extend(shlex.quote(p) for p in pdfs)
        pdfs.clear()

    for arg in argv:
        if arg.endswith(".pdf"):
            pdfs.append(arg)
            continue
        flush()
        words.append(f'"{secrets[arg]}"' if arg in secrets else shlex.quote(arg))
    flush()
    return " ".join(words)


def output_name(src: Path) -> str:
    """contract.pdf → contract.signed.pdf (SealDesk's --out-dir naming; the loops copy it)."""
    return f"{src.stem}.signed.pdf"


@dataclass
class SealDesk(Signer):
    argv_key: list[str] = field(default_factory=list)

    def _base(self, inputs: Sequence[Path]) -> list[str]:
        return [venv_tool("sealdesk"), "sign", *map(str, inputs)]

    def one(self, src: Path, dst: Path) -> list[str]:
        return [*self._base([src]), "-o", str(dst), *self.argv_key, "--level", "B-B", "--json"]

    def batch(self, inputs: Sequence[Path], out_dir: Path) -> list[list[str]]:
        return [[*self._base(inputs), "--out-dir", str(out_dir), *self.argv_key,
                 "--level", "B-B", "--json"]]

    def check_run(self, run: Measured, expected: int) -> str | None:
        problem = super().check_run(run, expected)
        if problem is not None:
            return problem
        try:
            summary = json.loads(run.stdout)["summary"]
        except (ValueError, KeyError, TypeError):
            return f"no JSON summary on stdout: {run.tail()}"
        if summary.get("signed") != expected:
            return f"signed {summary.get('signed')} of {expected} (summary {summary})"
        return None


def sealdesk(token: BenchToken, keys: KeyFiles, home: Path, *, use_p12: bool) -> SealDesk:
    """SealDesk with the token key (``--key URI``), or the ``--p12`` stand-in."""
    env = token.env(os.environ) | {"SEALDESK_HOME": str(home)}
    if use_p12:
        env[P12_PASSWORD_VAR] = keys.p12_password
        argv_key = ["--p12", str(keys.p12), "--password-env", P12_PASSWORD_VAR]
        label = "SealDesk (--p12 stand-in)"
    else:
        env[PIN_VAR] = token.pin
        argv_key = ["--key", token.uri, "--pin-env", PIN_VAR]
        label = "SealDesk"
    return SealDesk(key="sealdesk", label=label, env=env, batch_in_one_call=True,
                    single_process=False, argv_key=argv_key)


@dataclass
class PyHanko(Signer):
    token: BenchToken | None = None
    ca_bundle: Path | None = None

    def one(self, src: Path, dst: Path) -> list[str]:
        assert self.token is not None and self.ca_bundle is not None
        return [
            venv_tool("pyhanko"), "sign", "addsig", "--use-pades", "--field", FIELD,
            "pkcs11", "--lib", self.token.module, "--token-label", self.token.token_label,
            "--cert-label", self.token.key_label, "--key-label", self.token.key_label,
            "--other-cert-file", str(self.ca_bundle), str(src), str(dst),
        ]


def pyhanko(token: BenchToken, keys: KeyFiles) -> PyHanko:
    """pyHanko CLI, one process per file, PIN from $PYHANKO_PKCS11_PIN."""
    env = token.env(os.environ) | {PYHANKO_PIN_VAR: token.pin}
    return PyHanko(key="pyhanko", label="pyHanko CLI", env=env, token=token,
                   ca_bundle=keys.ca_bundle)


@dataclass
class Pdfsig(Signer):
    token: BenchToken | None = None
    nss_dir: Path | None = None

    def one(self, src: Path, dst: Path) -> list[str]:
        assert self.token is not None and self.nss_dir is not None
        return [
            tool_path("pdfsig"), "-nssdir", str(self.nss_dir), "-nss-pwd", self.token.pin,
            "-nick", self.token.nss_nickname, "-add-signature",
            "-new-signature-field-name", FIELD, str(src), str(dst),
        ]


def pdfsig(token: BenchToken, nss_dir: Path) -> Pdfsig:
    """poppler's pdfsig through NSS with the SoftHSM module registered in ``nss_dir``.

    libsofthsm2 is preloaded: SoftHSM 2.6 crashes in NSS_Shutdown's atexit handler otherwise
    (SoftHSMv2 issue #635: its singleton is destroyed before NSS closes its sessions), which
    makes every pdfsig exit with SIGSEGV after writing a good file.
    """
    env = token.env(os.environ) | {"LD_PRELOAD": token.module}
    return Pdfsig(key="pdfsig", label="pdfsig (poppler)", env=env,
                  secrets={token.pin: "$PIN"}, token=token, nss_dir=nss_dir)


def tool_path(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SetupError(f"{name} not found (apt-get install poppler-utils)")
    return found


def redact_env(env: Mapping[str, str], names: Sequence[str]) -> dict[str, str]:
    """The variables a command needs, for the report (secrets shown as ***)."""
    secret = {PIN_VAR, P12_PASSWORD_VAR, PYHANKO_PIN_VAR}
    return {n: ("***" if n in secret else env[n]) for n in names if n in env}
