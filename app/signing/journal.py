"""A batch journal, so that a killed batch resumes without signing any file twice.

One JSON line per event, fsync'ed: ``started`` before a file is signed, ``done`` after its output
has been renamed into place.  A ``started`` without ``done`` is resolved on resume by looking at
the output: if it is an incremental update of the very input, the file was signed and only the
journal line was lost.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import journal_dir


@dataclass(frozen=True)
class JournalEntry:
    state: str  # "started" | "done"
    source_sha256: str
    output_sha256: str | None = None


class BatchJournal:
    """Append-only record of one batch (identified by its inputs and outputs)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[tuple[str, str], JournalEntry] = {}
        self._load()

    @classmethod
    def for_batch(cls, pairs: Sequence[tuple[Path, Path]]) -> BatchJournal:
        """The journal of the batch that maps these inputs to these outputs."""
        h = hashlib.sha256()
        for src, dst in pairs:
            h.update(
                os.fsencode(str(src.resolve())) + b"\0" + os.fsencode(str(dst.resolve())) + b"\n"
            )
        return cls(journal_dir() / f"batch-{h.hexdigest()[:32]}.jsonl")

    def _load(self) -> None:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return
        for line in lines:
            try:
                rec = json.loads(line)
                key = (rec["output"], rec["source_sha256"])
                self._entries[key] = JournalEntry(
                    rec["state"], rec["source_sha256"], rec.get("output_sha256")
                )
            except (ValueError, KeyError, TypeError):
                continue  # a torn last line from a kill: ignore it

    def entry(self, output: Path, source_sha256: str) -> JournalEntry | None:
        """What the journal knows about producing ``output`` from this input."""
        return self._entries.get((str(output.resolve()), source_sha256))

    def started(self, source: Path, output: Path, source_sha256: str) -> None:
        """Record that signing ``source`` into ``output`` begins."""
        self._append("started", source, output, source_sha256, None)

    def done(self, source: Path, output: Path, source_sha256: str, output_sha256: str) -> None:
        """Record that ``output`` is in place."""
        self._append("done", source, output, source_sha256, output_sha256)

    def _append(
        self, state: str, source: Path, output: Path, src_sha: str, out_sha: str | None
    ) -> None:
        rec: dict[str, Any] = {
            "state": state,
            "source": str(source.resolve()),
            "output": str(output.resolve()),
            "source_sha256": src_sha,
            "output_sha256": out_sha,
        }
        line = json.dumps(rec, ensure_ascii=False) + "\n"
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        self._entries[(rec["output"], src_sha)] = JournalEntry(state, src_sha, out_sha)

    def finish(self) -> None:
        """The whole batch succeeded: the journal is no longer needed."""
        self.path.unlink(missing_ok=True)


def signed_by(output: Path, certificate_der: bytes, password: str | None = None) -> bool:
    """True if one of ``output``'s signatures was made with ``certificate_der`` and the review
    engine finds the file unchanged since it was signed, every signature intact: a signed copy
    someone changed afterwards is never taken for our finished work."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        with open(output, "rb") as fh:
            reader = PdfFileReader(fh, strict=False)
            if reader.encrypted:
                reader.decrypt(password or "")
            ours = any(sig.signer_cert.dump() == certificate_der
                       for sig in reader.embedded_regular_signatures)
    except (OSError, PdfError, ValueError, KeyError, TypeError):
        return False
    if not ours:
        return False
    from crypto.review.engine import review_file
    from crypto.review.model import Integrity, ReviewOptions

    report = review_file(output, ReviewOptions(system_trust=False, offline=True, visual=False,
                                               lang="en", password=password))
    return (report.integrity is Integrity.UNCHANGED and bool(report.signatures)
            and all(s.intact and s.crypto_valid for s in report.signatures))


def output_extends_source(output: Path, source: Path) -> bool:
    """True if ``output`` starts with every byte of ``source`` and adds an update after it."""
    try:
        if output.stat().st_size <= source.stat().st_size:
            return False
        with open(source, "rb") as a, open(output, "rb") as b:
            while True:
                chunk = a.read(1 << 20)
                if not chunk:
                    return True
                if b.read(len(chunk)) != chunk:
                    return False
    except OSError:
        return False


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    return file_hash(path).hexdigest()


def file_hash(path: Path) -> hashlib._Hash:
    """The SHA-256 state after reading all of ``path`` (copy it to hash more data after it)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h


def extended_sha256(source_state: hashlib._Hash, source: Path, output: Path) -> str:
    """SHA-256 of ``output``, an incremental update of ``source``, hashing only what it adds.

    An incremental update begins with every byte of its source, so the source's hash state
    continues over the appended tail.  A cheap check of the boundary guards the assumption;
    if it fails, the whole output is hashed.
    """
    size = source.stat().st_size
    probe = min(size, 1 << 16)
    with open(source, "rb") as a, open(output, "rb") as b:
        a.seek(size - probe)
        b.seek(size - probe)
        if probe and a.read(probe) != b.read(probe):
            return file_sha256(output)
        h = source_state.copy()
        while chunk := b.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
