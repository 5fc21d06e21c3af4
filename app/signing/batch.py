"""Sign one or many documents with one identity: one login, atomic outputs, a resumable journal."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crypto import errors
from crypto.pades.check import check_signed_output
from crypto.pades.engine import DocumentSigner
from crypto.tokens.base import CertificateInfo

from app.atomic import atomic_output, clean_stale_parts
from app.signing.journal import BatchJournal, file_sha256, output_extends_source

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
        raise errors.UsageError(detail="no input files")
    if output is not None and out_dir is not None:
        raise errors.UsageError(detail="use either -o or --out-dir, not both")
    if output is not None:
        if len(inputs) != 1:
            raise errors.UsageError(detail="several inputs need --out-dir, not -o")
        jobs = [FileJob(inputs[0], output)]
    elif out_dir is not None:
        jobs = [FileJob(src, out_dir / signed_name(src)) for src in inputs]
    else:
        raise errors.UsageError(detail="say where the signed files go: -o OUT.pdf or --out-dir DIR")
    seen: dict[Path, Path] = {}
    for job in jobs:
        key = job.output.resolve()
        if key in seen:
            raise errors.UsageError(
                detail=f"{seen[key].name} and {job.source.name} would both be written to {job.output}"
            )
        if key == job.source.resolve():
            raise errors.UsageError(detail=f"refusing to overwrite the input {job.source}")
        seen[key] = job.source
    return jobs


def signed_name(src: Path) -> str:
    """contract.pdf → contract.signed.pdf"""
    stem = src.stem if src.suffix.lower() == ".pdf" else src.name
    return f"{stem}.signed.pdf"


@dataclass
class BatchSigner:
    """Runs a batch through one DocumentSigner (one identity, one login)."""

    doc_signer: DocumentSigner
    certificate: CertificateInfo
    overwrite: bool = False
    pdf_password: str | None = field(default=None, repr=False)

    def run(self, jobs: Sequence[FileJob], progress: Progress | None = None) -> list[FileResult]:
        """Sign every job; a failed file never stops the others (except a removed token)."""
        return asyncio.run(self._run(jobs, progress))

    async def _run(
        self, jobs: Sequence[FileJob], progress: Progress | None
    ) -> list[FileResult]:
        journal = BatchJournal.for_batch([(j.source, j.output) for j in jobs])
        results: list[FileResult] = []
        fatal: errors.SealDeskError | None = None
        try:
            for n, job in enumerate(jobs, 1):
                if fatal is not None:
                    result = FileResult(job.source, job.output, "failed", error=fatal)
                else:
                    result = await self._one(job, journal)
                    if isinstance(result.error, errors.TokenRemoved | errors.PinLocked):
                        fatal = result.error  # no point trying the rest
                results.append(result)
                if progress is not None:
                    progress(n, len(jobs), result)
        finally:
            await self.doc_signer.aclose()
        if all(r.status != "failed" for r in results):
            journal.finish()
        return results

    async def _one(self, job: FileJob, journal: BatchJournal) -> FileResult:
        started = time.perf_counter()
        result = FileResult(job.source, job.output, "failed")
        try:
            result.source_sha256 = _source_sha256(job.source)
            if self._already_done(job, journal, result):
                result.status = "skipped"
                return result
            clean_stale_parts(job.output.parent, job.output.name)
            journal.started(job.source, job.output, result.source_sha256)
            with atomic_output(job.output, overwrite=self.overwrite) as out:
                signed = await self.doc_signer.sign(job.source, out, pdf_password=self.pdf_password)
                out.flush()
                check_signed_output(out, signed.written, self.certificate.certificate)
            result.output_sha256 = file_sha256(job.output)
            journal.done(job.source, job.output, result.source_sha256, result.output_sha256)
            result.status = "signed"
            result.field_name = signed.field_name
            result.page = signed.page
        except errors.SealDeskError as exc:
            result.error = exc
        except Exception as exc:  # a library failing in a way we did not foresee: our bug
            log.exception("unexpected failure signing %s", job.source)
            result.error = errors.InternalError(what=f"Signing {job.source.name} failed unexpectedly.")
            result.error.__cause__ = exc
        finally:
            result.seconds = time.perf_counter() - started
        return result

    def _already_done(self, job: FileJob, journal: BatchJournal, result: FileResult) -> bool:
        assert result.source_sha256 is not None
        entry = journal.entry(job.output, result.source_sha256)
        if entry is None or not job.output.exists():
            return False
        if entry.state == "done" or output_extends_source(job.output, job.source):
            if entry.state != "done":
                out_sha = file_sha256(job.output)
                journal.done(job.source, job.output, result.source_sha256, out_sha)
            result.output_sha256 = entry.output_sha256 or file_sha256(job.output)
            return True
        return False


def _source_sha256(path: Path) -> str:
    try:
        return file_sha256(path)
    except FileNotFoundError as exc:
        raise errors.InputError(path=str(path), what="{path} does not exist.") from exc
    except IsADirectoryError as exc:
        raise errors.InputError(path=str(path), what="{path} is a folder, not a PDF file.") from exc
    except OSError as exc:
        raise errors.InputError(path=str(path)) from exc
