"""`sealdesk doctor [--json] [--online]`: what this installation can do (issues 5 and 9).

The checks live in :mod:`app.doctor` (no Qt; the desktop app shows the same report); this module
only parses the options and prints.  Exit code 0 when no check fails (warnings allowed).
"""

from __future__ import annotations

import argparse
import unicodedata
from typing import Any

from app.i18n import tr

EXIT_OK, EXIT_FAILED = 0, 1
_WIDTH = 28  # display columns of the title column


def add_parsers(subparsers: Any) -> None:
    """Register ``doctor`` and its options."""
    p = subparsers.add_parser(
        "doctor",
        help=tr("cli", "check what this installation can do: libraries, drivers, tokens, "
                       "vault, keyring"))
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))
    p.add_argument("--online", action="store_true",
                   help=tr("cli", "also try to reach the timestamp service and the platform"))
    p.add_argument("--module", action="append", default=[], metavar="PATH",
                   help=tr("cli", "PKCS#11 module (driver) to check besides the ones found; "
                                  "repeatable"))
    p.add_argument("--skf", metavar="LIBRARY",
                   help=tr("cli", "SKF library of an SM2 USB key to check"))
    p.add_argument("--vault", metavar="DIR",
                   help=tr("cli", "vault folder (default: the SealDesk data folder's vault)"))
    p.add_argument("--tsa", action="append", default=[], metavar="URL",
                   help=tr("cli", "timestamp service to reach with --online (repeatable)"))
    p.add_argument("--platform", action="append", default=[], metavar="URL",
                   help=tr("cli", "e-signing platform to reach with --online (repeatable)"))


def run(args: argparse.Namespace) -> int:
    """Run the checks and print the report; 0 when nothing failed."""
    from pathlib import Path

    from app import preferences
    from app.cli.present import emit_json
    from app.doctor import DoctorOptions, run_checks

    prefs = preferences.load()  # the desktop app's settings fill in what is not given
    tsa = args.tsa or ([prefs.tsa_url] if prefs.tsa_url else [])
    platform = args.platform or ([prefs.platform_url] if prefs.platform_url else [])
    options = DoctorOptions(
        modules=tuple(dict.fromkeys([*args.module, *prefs.pkcs11_modules])),
        skf_library=args.skf,
        vault=Path(args.vault) if args.vault else None,
        online=args.online,
        services=tuple([("tsa", u) for u in tsa] + [("platform", u) for u in platform]),
        warning_days=prefs.expiry_warning_days,
    )
    report = run_checks(options)
    doc = report.to_json(_translate)
    if args.json:
        emit_json(doc)
    else:
        _print(doc)
    return EXIT_OK if report.ok else EXIT_FAILED


def _translate(template: str) -> str:
    return tr("errors", template)  # Text templates live in the "errors" context


def _print(doc: dict[str, Any]) -> None:
    from app import RELEASES_URL, __version__

    labels = {"ok": tr("cli", "ok"), "warn": tr("cli", "WARN"), "fail": tr("cli", "FAIL")}
    print(tr("cli", "SealDesk {version}: what this installation can do").format(
        version=__version__))
    print()
    indent = " " * (6 + _WIDTH)
    for check in doc["checks"]:
        status = labels[check["status"]]
        print(f"{_pad(status, 6)}{_pad(check['title'], _WIDTH)}{check['message']}")
        if check["todo"] and check["status"] != "ok":
            print(f"{indent}→ {check['todo']}")
    counts = {s: sum(1 for c in doc["checks"] if c["status"] == s) for s in labels}
    print()
    print(tr("cli", "{ok} ok, {warn} warnings, {fail} problems.").format(**counts))
    if doc["ok"]:
        print(tr("cli", "Nothing blocks SealDesk here."))
    print(tr("cli", "New versions: {url}").format(url=RELEASES_URL))


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` display columns (Chinese characters take two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - used)
