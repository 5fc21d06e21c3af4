"""Glue between the GUI and the review engine: options, one file's review, report export.

These functions run on worker threads (through the job API), never on the GUI thread: they
import pyHanko and the engine lazily, so start-up does not pay for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app import preferences

if TYPE_CHECKING:
    from crypto.review.model import FileReport, ReviewOptions


@dataclass(frozen=True)
class ReviewSettings:
    """Whom the reviewer trusts: roots from the preferences and from ``sealdesk gui --trust``."""

    trust_files: tuple[str, ...] = ()
    extra_roots: tuple[bytes, ...] = ()
    offline: bool = False

    def options(self, language: str) -> ReviewOptions:
        from crypto.review.model import ReviewOptions

        roots = preferences.trust_roots(self.trust_files) + self.extra_roots
        return ReviewOptions(trust_roots=roots, offline=self.offline,
                             lang="zh" if language.startswith("zh") else "en")


def review(path: Path, settings: ReviewSettings, language: str) -> FileReport:
    """The engine's verdict on one file (in a worker process, under its time limit)."""
    from crypto.review.engine import review_file

    return review_file(path, settings.options(language))


def signed_version(path: Path, field: str) -> bytes:
    """The revision ``field`` signed: exactly the document its signer saw."""
    from crypto.review.revisions import signed_revision_bytes

    return signed_revision_bytes(path, field)


def export_report(report: FileReport, source: Path, out: Path, language: str) -> Path:
    """Write the PDF report on ``report``; pages that look different get their thumbnails."""
    from app.review.report_pdf import write_report

    thumbnails = None
    signed = [s for s in report.signatures if s.kind == "signature" and s.revision > 0]
    if report.visual_difference and signed:
        from crypto import errors
        from crypto.review.visual import compare_revision

        try:
            diff = compare_revision(source, signed_version(source, signed[-1].field))
            thumbnails = {report.path: diff}
        except errors.SealDeskError:
            thumbnails = None  # the report still says which pages differ
    write_report([report], out, "zh" if language.startswith("zh") else "en", thumbnails)
    return out
