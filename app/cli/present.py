"""The CLI's one place where errors become sentences and exit codes."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from typing import TYPE_CHECKING, Any

from app.cli.main import EXIT_CANCELLED, EXIT_FAILED, EXIT_USAGE, PLUGIN_COMMANDS
from app.i18n import tr
from crypto import errors

if TYPE_CHECKING:
    from app.signing.batch import FileResult

log = logging.getLogger("sealdesk")


def run_command(args: argparse.Namespace) -> int:
    """Run one sub-command; every error ends here."""
    try:
        if args.command == "sign":
            from app.cli.sign_cmd import run_sign

            return run_sign(args)
        if args.command == "tokens":
            from app.cli.tokens_cmd import run_tokens

            return run_tokens(args)
        if args.command == "ltv":
            from app.cli.ltv_cmd import run_ltv

            return run_ltv(args)
        if args.command == "demo":
            from app.cli.demo_cmd import run_demo

            return run_demo(args)
        if args.command == "verify":
            from app.cli.verify_cmd import run_verify

            return run_verify(args)
        if args.command == "vault":
            from app.cli.vault_cmd import run_vault

            return run_vault(args)
        if args.command in PLUGIN_COMMANDS:
            run: Any = importlib.import_module(PLUGIN_COMMANDS[args.command]).run
            return int(run(args))
        raise errors.UsageError(
            detail=errors.Text("unknown command {command}", command=str(args.command))
        )
    except errors.Cancelled:
        return EXIT_CANCELLED
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return EXIT_CANCELLED
    except errors.UsageError as exc:
        report_error(exc, json_mode=getattr(args, "json", False))
        return EXIT_USAGE
    except errors.SealDeskError as exc:
        if exc.kind == "bug":
            log.error("internal error", exc_info=exc)
        report_error(exc, json_mode=getattr(args, "json", False))
        return EXIT_FAILED
    except Exception as exc:  # our bug: generic sentence, trace in the log
        log.error("unexpected error", exc_info=exc)
        report_error(errors.InternalError(), json_mode=getattr(args, "json", False))
        return EXIT_FAILED


def message(exc: errors.SealDeskError) -> str:
    """The sentence for an error, in the user's language (templates translated, then filled)."""
    return exc.render(_error_text)


def localized(value: object) -> str:
    """A value that may be an :class:`~crypto.errors.Text` (a certificate's hidden reason, a
    driver's load problem …) in the user's language; other values as they are."""
    if isinstance(value, errors.Text):
        return value.render(_error_text)
    return str(value)


def _error_text(template: str) -> str:
    return tr("errors", template)


def error_json(exc: errors.SealDeskError) -> dict[str, Any]:
    """``exc.to_json()`` with a localized message; ``code`` and ``kind`` stay stable."""
    doc = exc.to_json()
    doc["message"] = message(exc)
    return doc


def file_result_json(result: FileResult) -> dict[str, object]:
    """One file's ``--json`` entry, its error message localized like :func:`error_json`."""
    doc = result.to_json()
    if result.error is not None:
        doc["error"] = error_json(result.error)
    return doc


def report_error(exc: errors.SealDeskError, *, json_mode: bool) -> None:
    """Print an error: JSON on stdout for scripts, a sentence on stderr for people."""
    if json_mode:
        emit_json({"error": error_json(exc)})
    else:
        print(f"sealdesk: {message(exc)}", file=sys.stderr)


def emit_json(doc: Any) -> None:
    """Write one JSON document to stdout."""
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
