"""`sealdesk` command line: parse, dispatch, and turn errors into sentences in one place.

Only argparse is imported at start-up; each command imports what it needs, so that
`sealdesk sign` on one file pays for pyHanko but not for Qt, and `sealdesk --version` for nothing.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CANCELLED = 130


def _version() -> str:
    from app import __version__

    return __version__


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar (stable: scripts depend on it)."""
    parser = argparse.ArgumentParser(
        prog="sealdesk",
        description="SealDesk (签章台): sign and review contracts with USB keys, HSMs "
        "and soft certificates.",
    )
    parser.add_argument("--version", action="version", version=f"sealdesk {_version()}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("tokens", help="list PKCS#11 tokens and their certificates")
    p.add_argument(
        "--module",
        action="append",
        default=[],
        metavar="PATH",
        help="PKCS#11 module (driver) to use; repeatable; default: auto-detect",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument(
        "--pin-env",
        metavar="VAR",
        help="log in with the PIN in this environment variable to list certificates",
    )

    p = sub.add_parser("sign", help="sign one or more PDF documents")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="PDF files to sign")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", metavar="OUT.pdf", help="signed file (one input)")
    out.add_argument("--out-dir", metavar="DIR", help="folder for the signed files (batch)")
    key = p.add_mutually_exclusive_group(required=True)
    key.add_argument("--key", metavar="PKCS11_URI", help="key on a token, as an RFC 7512 URI")
    key.add_argument("--p12", metavar="FILE", help="PKCS#12 (.p12/.pfx) soft certificate")
    key.add_argument("--key-pem", metavar="KEY", help="PEM private key (with --cert-pem)")
    p.add_argument("--cert-pem", metavar="CERT", help="PEM certificate for --key-pem")
    p.add_argument(
        "--chain",
        action="append",
        default=[],
        metavar="PEM",
        help="intermediate certificates (repeatable)",
    )
    p.add_argument("--password-env", metavar="VAR", help="password of the key file")
    p.add_argument("--pin-env", metavar="VAR", help="token PIN from this environment variable")
    p.add_argument(
        "--module",
        action="append",
        default=[],
        metavar="PATH",
        help="PKCS#11 module for --key (if the URI has no module-path)",
    )
    p.add_argument(
        "--level",
        default="B-T",
        metavar="LEVEL",
        help="PAdES level: B-B, B-T (default), B-LT, B-LTA",
    )
    p.add_argument("--tsa", metavar="URL", help="RFC 3161 timestamp service")
    p.add_argument("--tsa-user", metavar="USER", help="HTTP user for the timestamp service")
    p.add_argument(
        "--tsa-password-env",
        metavar="VAR",
        help="HTTP password for the timestamp service, from this variable",
    )
    p.add_argument(
        "--certify",
        type=int,
        choices=(1, 2, 3),
        metavar="1|2|3",
        help="certification signature with DocMDP level 1, 2 or 3",
    )
    p.add_argument("--field", metavar="NAME", help="signature field to sign (existing or new)")
    p.add_argument("--seal", metavar="IMAGE", help="seal image (transparent PNG)")
    p.add_argument(
        "--seal-size",
        type=float,
        default=120.0,
        metavar="PT",
        help="seal diameter in points for --at-text/--cross-page (default 120)",
    )
    p.add_argument("--page", type=int, metavar="N", help="page for the seal (1-based)")
    p.add_argument("--rect", metavar="X1,Y1,X2,Y2", help="seal rectangle in points")
    p.add_argument("--at-text", metavar="TEXT", help="centre the seal on this text (last match)")
    p.add_argument("--cross-page", action="store_true", help="cross-page seal (骑缝章)")
    p.add_argument(
        "--seal-text",
        action="append",
        default=[],
        metavar="LINE",
        help="text line drawn with the seal (%%(signer)s and %%(ts)s are filled in)",
    )
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--location", metavar="TEXT")
    p.add_argument("--pss", action="store_true", help="RSA-PSS instead of PKCS#1 v1.5")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="PEM",
        help="extra trust anchors for collecting validation data (B-LT/B-LTA)",
    )
    p.add_argument(
        "--pdf-password-env",
        metavar="VAR",
        help="password of encrypted input PDFs, from this variable",
    )
    p.add_argument("--overwrite", action="store_true", help="replace existing output files")
    p.add_argument("--json", action="store_true", help="machine-readable results")

    p = sub.add_parser(
        "ltv", help="add validation data (and an archive timestamp) to a signed PDF"
    )
    p.add_argument("input", metavar="INPUT", help="signed PDF")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--archive-timestamp", action="store_true",
                   help="add (or refresh) a document timestamp over everything (B-LTA)")
    p.add_argument("--tsa", metavar="URL", help="RFC 3161 timestamp service")
    p.add_argument("--tsa-user", metavar="USER")
    p.add_argument("--tsa-password-env", metavar="VAR")
    p.add_argument("--trust", action="append", default=[], metavar="PEM")
    p.add_argument("--pdf-password-env", metavar="VAR")
    p.add_argument("--overwrite", action="store_true")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("demo", help="sign a sample contract with a demo PKI, end to end")
    p.add_argument("--no-gui", action="store_true", help="do not open the result in the GUI")
    p.add_argument("--out-dir", metavar="DIR", help="where to put the demo files")
    p.add_argument("--json", action="store_true", help="machine-readable result")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `sealdesk` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    from app.cli.present import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
