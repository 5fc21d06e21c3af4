"""Sign one or many documents with one identity: one login, atomic outputs, a resumable journal."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.signing.filesign import SecondSignature, sign_file
from app.signing.journal import (
    BatchJournal,
    file_hash,
    file_sha256,
    output_extends_source,
    signed_by,
)
from app.signing.workers import SecondSetup, WorkerPool, WorkerSetup
from crypto import errors
from crypto.errors import Text
from crypto.pades.engine import DocumentSigner
from crypto.tokens.base import CertificateInfo

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileJob:
    """One input and where its signed copy goes."""

    source: Path
    output: Path


@dataclass
class FileResult:
    """What happened to one file of a batch."""

    source: Path
    output: Path
    status: str  # "signed" | "skipped" (already signed by an earlier run) | "failed"
    source_sha256: str | None = None
    output_sha256: str | None = None
    field_name: str | None = None
    page: int | None = None
    seconds: float = 0.0
    error: errors.SealDeskError | None = None
    started: float = 0.0

    def to_json(self) -> dict[str, object]:
        """Machine-readable form for ``--json``."""
        return {
            "input": str(self.source),
            "output": str(self.output),
            "status": self.status,
            "input_sha256": self.source_sha256,
            "output_sha256": self.output_sha256,
            "field": self.field_name,
            "page": self.page,
            "seconds": round(self.seconds, 4),
            "error": self.error.to_json() if self.error else None,
        }


Progress = Callable[[int, int, FileResult], None]


def plan_outputs(
    inputs: Sequence[Path], output: Path | None, out_dir: Path | None
) -> list[FileJob]:
    """Pair each input with its output path; refuse ambiguous or clashing plans."""
    if not inputs:
        raise errors.UsageError(detail=Text("no input files"))
    if output is not None and out_dir is not None:
        raise errors.UsageError(detail=Text("use either -o or --out-dir, not both"))
    if output is not None:
        if len(inputs) != 1:
            raise errors.UsageError(detail=Text("several inputs need --out-dir, not -o"))
        jobs = [FileJob(inputs[0], output)]
    elif out_dir is not None:
        jobs = [FileJob(src, out_dir / signed_name(src)) for src in inputs]
    else:
        raise errors.UsageError(
            detail=Text("say where the signed files go: -o OUT.pdf or --out-dir DIR")
        )
    seen: dict[Path, Path] = {}
    for job in jobs:
        key = job.output.resolve()
        if key in seen:
            raise errors.UsageError(
                detail=Text(
                    "{first} and {second} would both be written to {output}",
                    first=seen[key].name, second=job.source.name, output=str(job.output),
                )
            )
        if key == job.source.resolve():
            raise errors.UsageError(
                detail=Text("refusing to overwrite the input {path}", path=str(job.source))
            )
        seen[key] = job.source
    return jobs


def signed_name(src: Path) -> str:
    """contract.pdf → contract.signed.pdf"""
    stem = src.stem if src.suffix.lower() == ".pdf" else src.name
    return f"{stem}.signed.pdf"


@dataclass
class BatchSigner:
    """Runs a batch with one identity (one login): in-process, or on worker processes."""

    doc_signer: DocumentSigner
    certificate: CertificateInfo
    overwrite: bool = False
    pdf_password: str | None = field(default=None, repr=False)
    worker_setup: Callable[[int], WorkerSetup] | None = None  # how workers sign, given a reserve
    pool: WorkerPool | None = None  # started by the caller before the token was opened
    cancelled: Callable[[], bool] = lambda: False  # polled between files: stop cleanly when True
    second: SecondSignature | None = None  # a second (RSA/ECDSA) signature on every output
    # once it is known which files this run signs (the others were signed before): the
    # compliance record (before use, intent) — called even when there is none; raising stops
    on_open: Callable[[CertificateInfo, list[Path]], None] | None = None

    def run(self, jobs: Sequence[FileJob], progress: Progress | None = None) -> list[FileResult]:
        """Sign every job; a failed file never stops the others (except a removed token)."""
        loop = asyncio.new_event_loop()
        try:
            return self._run(jobs, progress, loop)
        finally:
            loop.run_until_complete(self.doc_signer.aclose())
            if self.second is not None:
                loop.run_until_complete(self.second.doc_signer.aclose())
            loop.close()

    def _run(
        self, jobs: Sequence[FileJob], progress: Progress | None, loop: asyncio.AbstractEventLoop
    ) -> list[FileResult]:
        journal = BatchJournal.for_batch([(j.source, j.output) for j in jobs])
        results: list[FileResult] = [FileResult(j.source, j.output, "failed") for j in jobs]
        todo: list[int] = []
        states: dict[int, hashlib._Hash] = {}  # source hash states, continued over the output
        done_count = 0
        fatal: errors.SealDeskError | None = None

        def finish(idx: int) -> None:
            nonlocal done_count
            done_count += 1
            if progress is not None:
                progress(done_count, len(jobs), results[idx])

        for idx, job in enumerate(jobs):
            res = results[idx]
            try:
                states[idx] = _source_hash(job.source)
                res.source_sha256 = states[idx].hexdigest()
                if self._already_done(job, journal, res):
                    res.status = "skipped"
                    finish(idx)
                    continue
            except errors.SealDeskError as exc:
                res.error = exc
                finish(idx)
                continue
            todo.append(idx)

        if self.on_open is not None:
            self.on_open(self.certificate, [jobs[i].source for i in todo])

        def started(idx: int) -> None:
            job, res = jobs[idx], results[idx]
            assert res.source_sha256 is not None
            journal.started(job.source, job.output, res.source_sha256)
            res.started = time.perf_counter()

        def outcome(idx: int, kind: str, payload: object) -> bool:
            nonlocal fatal
            job, res = jobs[idx], results[idx]
            res.seconds = time.perf_counter() - res.started
            if kind == "done":
                res.field_name, res.page, res.output_sha256 = payload  # type: ignore[misc]
                assert res.source_sha256 is not None and res.output_sha256 is not None
                journal.done(job.source, job.output, res.source_sha256, res.output_sha256)
                res.status = "signed"
            else:
                res.error = (
                    payload
                    if isinstance(payload, errors.SealDeskError)
                    else (
                        errors.from_portable(payload)  # type: ignore[arg-type]
                    )
                )
                if isinstance(res.error, errors.TokenRemoved | errors.PinLocked):
                    fatal = res.error  # no point trying the rest
            finish(idx)
            return fatal is None and not self.cancelled()

        if self.pool is not None and self.worker_setup is not None and len(todo) > 1:
            self._run_parallel(todo, jobs, started, outcome, loop)
        else:
            for idx in todo:
                if fatal is not None or self.cancelled():
                    break
                started(idx)
                kind, payload = loop.run_until_complete(self._sign_one(jobs[idx], states[idx]))
                outcome(idx, kind, payload)
        for idx in todo:
            if results[idx].status == "failed" and results[idx].error is None:
                results[idx].error = fatal or errors.Cancelled()
                finish(idx)
        if all(r.status != "failed" for r in results):
            journal.finish()
        return results

    def _run_parallel(
        self,
        todo: list[int],
        jobs: Sequence[FileJob],
        started: Callable[[int], None],
        outcome: Callable[[int, str, object], bool],
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        assert self.worker_setup is not None and self.pool is not None
        reserve = loop.run_until_complete(self.doc_signer.reserve())
        setup = self.worker_setup(reserve)
        signers = [self.doc_signer.signer]
        if self.second is not None:  # the workers' second signer asks for key 1
            second_reserve = loop.run_until_complete(self.second.doc_signer.reserve())
            setup = dataclasses.replace(setup, second=_second_setup(self.second, second_reserve))
            signers.append(self.second.doc_signer.signer)
        self.pool.configure(setup)
        for idx in todo:
            started(idx)
        self.pool.run(
            [(i, jobs[i].source, jobs[i].output) for i in todo],
            signers,
            outcome,
            loop,
        )

    async def _sign_one(self, job: FileJob, source_state: hashlib._Hash) -> tuple[str, object]:
        try:
            signed, out_sha = await sign_file(
                self.doc_signer,
                job.source,
                job.output,
                self.certificate.certificate,
                overwrite=self.overwrite,
                pdf_password=self.pdf_password,
                source_state=source_state,
                second=self.second,
            )
            return "done", (signed.field_name, signed.page, out_sha)
        except errors.SealDeskError as exc:
            return "failed", exc
        except Exception as exc:  # a library failing in a way we did not foresee: our bug
            log.exception("unexpected failure signing %s", job.source)
            err = errors.InternalError(
                what="Signing {name} failed unexpectedly.", name=job.source.name
            )
            err.__cause__ = exc
            return "failed", err

    def _already_done(self, job: FileJob, journal: BatchJournal, result: FileResult) -> bool:
        assert result.source_sha256 is not None
        entry = journal.entry(job.output, result.source_sha256)
        if not job.output.exists():
            return False
        if entry is None:
            # no journal (it is removed once every file is signed, and the vault may not have
            # taken them yet): an output that is this very source signed with this certificate
            # is done — archived on this run instead of refused as "output exists"
            if output_extends_source(job.output, job.source) and signed_by(
                    job.output, self.certificate.certificate.dump(), self.pdf_password):
                result.output_sha256 = file_sha256(job.output)
                return True
            return False
        if entry.state == "done":
            current = file_sha256(job.output)
            if entry.output_sha256 and current != entry.output_sha256:
                return False  # changed since this batch wrote it: refused, never taken as done
            result.output_sha256 = current
            return True
        if output_extends_source(job.output, job.source):
            out_sha = file_sha256(job.output)
            journal.done(job.source, job.output, result.source_sha256, out_sha)
            result.output_sha256 = out_sha
            return True
        return False


def _second_setup(second: SecondSignature, reserve: int) -> SecondSetup:
    """What a worker needs to make the second signature like this process would."""
    return SecondSetup(
        options=second.doc_signer.options,
        cert_der=second.cert.dump(),
        chain_der=tuple(c.dump() for c in second.chain),
        bytes_reserved=reserve,
    )


def _source_hash(path: Path) -> hashlib._Hash:
    try:
        return file_hash(path)
    except FileNotFoundError as exc:
        raise errors.InputError(path=str(path), what="{path} does not exist.") from exc
    except IsADirectoryError as exc:
        raise errors.InputError(path=str(path), what="{path} is a folder, not a PDF file.") from exc
    except OSError as exc:
        raise errors.InputError(path=str(path)) from exc
