"""`sealdesk verify`: review signed PDFs — one file, many, or whole folders.

Exit code 0 only if every file passed (all signatures TOTAL-PASSED, file UNCHANGED or
CHANGED), 1 otherwise, 2 for usage errors.  ``--json`` prints ``sealdesk.verify/1``.
Only argparse and ``tr`` are imported at start-up; the review engine loads when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import tr

if TYPE_CHECKING:
    from crypto.review.model import FileReport

EXIT_OK, EXIT_FAILED = 0, 1
PDF_SUFFIX = ".pdf"


def add_verify_parser(subparsers: Any) -> None:
    """Register ``verify`` and its options."""
    p = subparsers.add_parser(
        "verify", help=tr("cli", "review signed PDFs: signatures, changes after signing, verdicts")
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=tr("cli", "PDF files, or folders searched recursively for PDFs"))
    p.add_argument("--trust", action="append", default=[], metavar="PEM",
                   help=tr("cli", "trust this root or CA certificate (repeatable)"))
    p.add_argument("--no-system-trust", action="store_true",
                   help=tr("cli", "do not trust the operating system's root certificates"))
    p.add_argument("--offline", action="store_true",
                   help=tr("cli", "no network: use only validation data embedded in the files"))
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable results"))
    p.add_argument("--report", metavar="OUT.pdf",
                   help=tr("cli", "also write a PDF report of the review"))
    p.add_argument("--lang", choices=("zh", "en"),
                   help=tr("cli", "language of the findings and the report (default: the UI's)"))
    p.add_argument("--jobs", type=int, metavar="N",
                   help=tr("cli", "files reviewed in parallel (default: number of cores)"))
    p.add_argument("--extract-revisions", metavar="DIR",
                   help=tr("cli", "save each signed revision as its own PDF in this folder"))
    p.add_argument("--time-limit", type=float, default=None, metavar="SECONDS",
                   help=tr("cli", "give up on a file after this long (default 60)"))
    p.add_argument("--password-env", metavar="VAR",
                   help=tr("cli", "password of encrypted input PDFs, from this variable"))
    p.add_argument("--sm2-signer-id", action="append", default=[], metavar="ID",
                   help=tr("cli", "also accept SM2 signatures made with this signer ID "
                           "(repeatable; 1234567812345678 is always accepted)"))


def run_verify(args: argparse.Namespace) -> int:
    """Review the files, print the verdicts, write the extras; the exit code says it all."""
    from crypto import errors
    from crypto.review.engine import review_files
    from crypto.review.model import ReviewOptions, report_json

    if args.jobs is not None and args.jobs < 1:
        raise errors.UsageError(detail=errors.Text("--jobs takes a number of 1 or more"))
    if args.time_limit is not None and args.time_limit <= 0:
        raise errors.UsageError(detail=errors.Text("--time-limit takes a positive number"))
    password = _password(args.password_env)
    paths = collect_pdfs([Path(p) for p in args.paths])
    write_report = _report_writer() if args.report else None
    extract = _revision_extractor() if args.extract_revisions else None
    lang = args.lang or _ui_language()
    options = ReviewOptions(
        trust_roots=_trust_roots(args.trust),
        system_trust=not args.no_system_trust,
        offline=args.offline,
        lang=lang,
        password=password,
        sm2_signer_ids=_sm2_signer_ids(args.sm2_signer_id),
        **({"time_limit": args.time_limit} if args.time_limit else {}),
    )
    reports = review_files(paths, options, jobs=args.jobs)
    if extract is not None:
        _extract_all(extract, reports, Path(args.extract_revisions), password)
    if write_report is not None:
        write_report(reports, Path(args.report), lang)
    if args.json:
        from app.cli.present import emit_json

        emit_json(report_json(reports))
    else:
        print_summary(reports)
    return EXIT_OK if all(r.passed for r in reports) else EXIT_FAILED


def collect_pdfs(paths: list[Path]) -> list[Path]:
    """Files as given; folders expanded to the PDFs inside them (recursively, sorted)."""
    from crypto import errors

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() == PDF_SUFFIX)
        elif path.is_file():
            found.append(path)
        else:
            raise errors.UsageError(detail=errors.Text("{path} does not exist", path=str(path)))
    if not found:
        raise errors.UsageError(detail=errors.Text("no PDF files found in {paths}",
                                                   paths=", ".join(str(p) for p in paths)))
    return found


def print_summary(reports: list[FileReport]) -> None:
    """A readable verdict per file and signature, then the totals."""
    for report in reports:
        mark = "✔" if report.passed else "✘"
        print(f"{mark} {report.integrity.value:<11} {report.path}")
        if report.error:
            print(f"    {report.error}")
        for sig in report.signatures:
            sub = f"/{sig.sub_indication.value}" if sig.sub_indication else ""
            who = _common_name(sig.signer.subject) if sig.signer else "?"
            level = f" {sig.pades_level}" if sig.pades_level else ""
            when = sig.timestamp_time or sig.signing_time or ""
            print(f"    {sig.indication.value}{sub}{level}  {sig.field}  {who}  {when}".rstrip())
            for reason in sig.reasons[:2]:
                print(f"        {reason}")
        for change in report.changes:
            flag = "" if change.allowed else tr("cli", " (not allowed)")
            if change.covers_signed:
                flag += tr("cli", " (drawn over signed content)")
            print("    " + tr("cli", "revision {revision}: {detail}").format(
                revision=change.revision, detail=change.detail) + flag)
    passed = sum(1 for r in reports if r.passed)
    print(tr("cli", "{total} files: {passed} passed, {failed} not passed").format(
        total=len(reports), passed=passed, failed=len(reports) - passed))


def _common_name(subject: str) -> str:
    """'Common Name: X, Organization: Y' → 'X' (the whole subject when there is no CN)."""
    for part in subject.split(", "):
        if part.startswith("Common Name: "):
            return part[len("Common Name: "):]
    return subject


def _trust_roots(files: list[str]) -> tuple[bytes, ...]:
    from crypto.tokens.soft import load_certificates

    return tuple(bytes(c.dump()) for f in files for c in load_certificates(Path(f)))


def _sm2_signer_ids(texts: list[str]) -> tuple[bytes, ...]:
    """``--sm2-signer-id`` values as bytes, checked like ``sealdesk sign``'s (each once)."""
    from app.cli.sign_cmd import sm2_signer_id

    return tuple(dict.fromkeys(v for t in texts if (v := sm2_signer_id(t)) is not None))


def _ui_language() -> str:
    from app.i18n import current_language

    return "zh" if current_language().startswith("zh") else "en"


def _report_writer() -> Any:
    from crypto import errors

    try:
        from app.review.report_pdf import write_report
    except ImportError:
        raise errors.UserError(
            what="The PDF report is not available in this version yet.",
            todo="Run again without --report, or use --json.",
        ) from None
    return write_report


def _revision_extractor() -> Any:
    from crypto import errors

    try:
        from crypto.review.revisions import extract_revisions
    except ImportError:
        raise errors.UserError(
            what="Extracting signed revisions is not available in this version yet.",
            todo="Run again without --extract-revisions.",
        ) from None
    return extract_revisions


def _password(var: str | None) -> str | None:
    """The PDF password from the environment variable ``var`` (never from the command line)."""
    if var is None:
        return None
    from app.cli.env import secret_from_env
    from crypto import errors

    return secret_from_env(var, errors.Text("PDF password"))


def _extract_all(extract: Any, reports: list[FileReport], out_dir: Path,
                 password: str | None = None) -> None:
    """Each file's revisions in a sub-folder named after the file."""
    from crypto.review.model import Integrity

    out_dir.mkdir(parents=True, exist_ok=True)
    for report in reports:
        if report.integrity in (Integrity.ERROR, Integrity.NONE):
            continue
        target = out_dir / Path(report.path).stem
        try:
            extract(Path(report.path), target, password=password)
        except OSError as exc:
            print(tr("cli", "cannot extract revisions of {path}: {detail}").format(
                path=report.path, detail=exc.strerror or exc), file=sys.stderr)


__all__ = ["add_verify_parser", "collect_pdfs", "print_summary", "run_verify"]
