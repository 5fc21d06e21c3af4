"""The CLI's one place where errors become sentences and exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from app.cli.main import EXIT_CANCELLED, EXIT_FAILED, EXIT_USAGE
from crypto import errors

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
        raise errors.UsageError(detail=f"unknown command {args.command}")
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
    """The sentence for an error (translated once translations ship)."""
    return exc.render()


def report_error(exc: errors.SealDeskError, *, json_mode: bool) -> None:
    """Print an error: JSON on stdout for scripts, a sentence on stderr for people."""
    if json_mode:
        emit_json({"error": exc.to_json()})
    else:
        print(f"sealdesk: {message(exc)}", file=sys.stderr)


def emit_json(doc: Any) -> None:
    """Write one JSON document to stdout."""
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
