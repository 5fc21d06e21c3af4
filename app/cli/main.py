"""`sealdesk` command line: parse, dispatch, and turn errors into sentences in one place.

Only argparse and the translation catalogs are loaded at start-up; each command imports what
it needs, so that `sealdesk sign` on one file pays for pyHanko but not for Qt, and
`sealdesk --version` for almost nothing.  Every user-visible text goes through ``tr("cli", …)``
(the language is chosen before the parser is built, so help texts are translated too).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Any

from app.cli.argparse_i18n import translated_argparse
from app.i18n import set_language, tr

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CANCELLED = 130


def _version() -> str:
    from app import __version__

    return __version__


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar (stable: scripts depend on it), in the chosen language."""
    parser = argparse.ArgumentParser(
        prog="sealdesk",
        description=tr(
            "cli",
            "SealDesk (签章台): sign and review contracts with USB keys, HSMs "
            "and soft certificates.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"sealdesk {_version()}",
        help=tr("cli", "show the version and exit"),
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=tr("cli", "log details to stderr")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_tokens(sub)
    _add_sign(sub)
    _add_ltv(sub)
    _add_demo(sub)
    _add_vault(sub)
    _add_verify(sub)
    _add_gui(sub)
    for module in dict.fromkeys(PLUGIN_COMMANDS.values()):
        importlib.import_module(module).add_parsers(sub)
    return parser


# Commands that live wholly in their own module: ``add_parsers(subparsers)`` registers them (keep
# that module's top-level imports light: it is imported on every start), ``run(args) -> int`` runs
# them.  Errors still end in app.cli.present.
PLUGIN_COMMANDS = {
    "doctor": "app.cli.doctor_cmd",
    "sync": "app.cli.sync_cmd",
    "seal": "app.cli.custody_cmd",
    "request": "app.cli.custody_cmd",
    "queue": "app.cli.custody_cmd",
    "consent": "app.cli.compliance_cmd",
    "compliance": "app.cli.compliance_cmd",
    "cert": "app.cli.cert_cmd",
    "company": "app.cli.company_cmd",
}


def _add_tokens(sub: Any) -> None:
    p = sub.add_parser("tokens", help=tr("cli", "list PKCS#11 tokens and their certificates"))
    p.add_argument(
        "--module",
        action="append",
        default=[],
        metavar="PATH",
        help=tr("cli", "PKCS#11 module (driver) to use; repeatable; default: auto-detect"),
    )
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))
    p.add_argument(
        "--pin-env",
        metavar="VAR",
        help=tr("cli", "log in with the PIN in this environment variable to list the signing keys "
                       "(one token: name it with --token when several are inserted)"),
    )
    p.add_argument(
        "--token",
        metavar="LABEL|SERIAL",
        help=tr("cli", "the token to log in to with --pin-env"),
    )
    _add_sm2(p)
    p.add_argument(
        "--skf",
        metavar="LIBRARY",
        help=tr("cli", "also list the SM2 USB keys of this SKF (GM/T 0016) library"),
    )


def _add_sm2(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--sm2-profile",
        metavar="FILE",
        help=tr("cli", "vendor profile (JSON) for SM2 keys on PKCS#11 tokens"),
    )


def _add_sign(sub: Any) -> None:
    p = sub.add_parser("sign", help=tr("cli", "sign one or more PDF documents"))
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=tr("cli", "PDF files to sign"))
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument(
        "-o", "--output", metavar="OUT.pdf", help=tr("cli", "signed file (one input)")
    )
    out.add_argument(
        "--out-dir", metavar="DIR", help=tr("cli", "folder for the signed files (batch)")
    )
    key = p.add_mutually_exclusive_group(required=True)
    key.add_argument(
        "--key", metavar="PKCS11_URI", help=tr("cli", "key on a token, as an RFC 7512 URI")
    )
    key.add_argument(
        "--p12", metavar="FILE", help=tr("cli", "PKCS#12 (.p12/.pfx) soft certificate")
    )
    key.add_argument(
        "--key-pem", metavar="KEY", help=tr("cli", "PEM private key (with --cert-pem)")
    )
    key.add_argument(
        "--skf",
        metavar="LIBRARY",
        help=tr("cli", "SM2 USB key through its vendor's SKF (GM/T 0016) library"),
    )
    p.add_argument(
        "--skf-container",
        metavar="[APP/]CONTAINER",
        help=tr("cli", "container on the SKF key (default: the only one)"),
    )
    _add_sm2(p)  # issue 8: vendor SM2 profile, signer ID
    p.add_argument(
        "--sm2-signer-id",
        metavar="ID",
        help=tr("cli", "SM2 signer ID for the signature (default 1234567812345678)"),
    )
    p.add_argument("--cert-pem", metavar="CERT", help=tr("cli", "PEM certificate for --key-pem"))
    _add_second_signature(p)  # issue 8: RSA/ECDSA next to SM2, for Adobe Reader
    p.add_argument(
        "--chain",
        action="append",
        default=[],
        metavar="PEM",
        help=tr("cli", "intermediate certificates (repeatable)"),
    )
    p.add_argument(
        "--password-env",
        metavar="VAR",
        help=tr("cli", "password of the key file, from this environment variable"),
    )
    p.add_argument(
        "--pin-env", metavar="VAR", help=tr("cli", "token PIN from this environment variable")
    )
    p.add_argument(
        "--module",
        action="append",
        default=[],
        metavar="PATH",
        help=tr("cli", "PKCS#11 module for --key (if the URI has no module-path)"),
    )
    p.add_argument(
        "--level",
        default="B-T",
        metavar="LEVEL",
        help=tr("cli", "PAdES level: B-B, B-T (default), B-LT, B-LTA"),
    )
    _add_tsa(p)
    p.add_argument(
        "--certify",
        type=int,
        choices=(1, 2, 3),
        metavar="1|2|3",
        help=tr("cli", "certification signature with DocMDP level 1, 2 or 3"),
    )
    p.add_argument(
        "--field", metavar="NAME", help=tr("cli", "signature field to sign (existing or new)")
    )
    p.add_argument("--seal", metavar="IMAGE", help=tr("cli", "seal image (transparent PNG)"))
    p.add_argument(
        "--seal-size",
        type=float,
        default=120.0,
        metavar="PT",
        help=tr("cli", "seal diameter in points for --at-text/--cross-page (default 120)"),
    )
    p.add_argument(
        "--page", type=int, metavar="N", help=tr("cli", "page for the seal (1-based)")
    )
    p.add_argument(
        "--rect", metavar="X1,Y1,X2,Y2",
        help=tr("cli", "seal rectangle in the PDF's own page coordinates (user space: points, "
                       "the page unrotated)")
    )
    p.add_argument(
        "--at-text",
        metavar="TEXT",
        help=tr("cli", "centre the seal on this text (last match)"),
    )
    p.add_argument(
        "--cross-page", action="store_true", help=tr("cli", "cross-page seal (骑缝章)")
    )
    p.add_argument(
        "--seal-text",
        action="append",
        default=[],
        metavar="LINE",
        help=tr("cli", "text line drawn with the seal (%%(signer)s and %%(ts)s are filled in)"),
    )
    p.add_argument(
        "--reason", metavar="TEXT", help=tr("cli", "reason for signing, stored in the signature")
    )
    p.add_argument(
        "--location", metavar="TEXT", help=tr("cli", "place of signing, stored in the signature")
    )
    p.add_argument(
        "--pss", action="store_true", help=tr("cli", "RSA-PSS instead of PKCS#1 v1.5")
    )
    _add_trust(p)
    _add_pdf_password(p)
    _add_overwrite(p)
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable results"))
    # --- vault (issue 4): archive what was signed --------------------------------------------
    from app.cli.vault_args import add_sign_vault_options

    add_sign_vault_options(p)


def _add_second_signature(p: argparse.ArgumentParser) -> None:
    also = p.add_mutually_exclusive_group()
    also.add_argument(
        "--also-p12",
        metavar="FILE",
        help=tr("cli", "also sign each output with this RSA/ECDSA PKCS#12 certificate, after "
                "the first (SM2) signature, for readers that cannot verify SM2"),
    )
    also.add_argument(
        "--also-key",
        metavar="PKCS11_URI",
        help=tr("cli", "like --also-p12, with an RSA/ECDSA key on a token (RFC 7512 URI)"),
    )
    p.add_argument(
        "--also-password-env",
        metavar="VAR",
        help=tr("cli", "password of the --also-p12 file, from this environment variable"),
    )
    p.add_argument(
        "--also-pin-env",
        metavar="VAR",
        help=tr("cli", "PIN of the --also-key token, from this environment variable"),
    )


def _add_ltv(sub: Any) -> None:
    p = sub.add_parser(
        "ltv", help=tr("cli", "add validation data (and an archive timestamp) to a signed PDF")
    )
    p.add_argument("input", metavar="INPUT", help=tr("cli", "signed PDF"))
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.pdf",
        help=tr("cli", "where to write the extended copy"),
    )
    p.add_argument(
        "--archive-timestamp",
        action="store_true",
        help=tr("cli", "add (or refresh) a document timestamp over everything (B-LTA)"),
    )
    _add_tsa(p)
    _add_trust(p)
    _add_pdf_password(p)
    _add_overwrite(p)
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable result"))


def _add_demo(sub: Any) -> None:
    p = sub.add_parser(
        "demo", help=tr("cli", "sign a sample contract with a demo PKI, end to end")
    )
    p.add_argument(
        "--no-gui", action="store_true", help=tr("cli", "do not open the result in the GUI")
    )
    p.add_argument("--out-dir", metavar="DIR", help=tr("cli", "where to put the demo files"))
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable result"))


def _add_verify(sub: Any) -> None:
    from app.cli.verify_cmd import add_verify_parser

    add_verify_parser(sub)


def _add_gui(sub: Any) -> None:
    # --- desktop app (issue 5): `sealdesk gui [FILE...]`; Qt loads only when it runs ---------
    from app.cli.gui_cmd import add_gui_parser

    add_gui_parser(sub)


def _add_vault(sub: Any) -> None:
    from app.cli.vault_args import add_vault_parser

    add_vault_parser(sub)


def _add_tsa(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tsa", metavar="URL", help=tr("cli", "RFC 3161 timestamp service"))
    p.add_argument(
        "--tsa-user", metavar="USER", help=tr("cli", "HTTP user for the timestamp service")
    )
    p.add_argument(
        "--tsa-password-env",
        metavar="VAR",
        help=tr("cli", "HTTP password for the timestamp service, from this variable"),
    )


def _add_trust(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="PEM",
        help=tr("cli", "extra trust anchors for collecting validation data (B-LT/B-LTA)"),
    )


def _add_pdf_password(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--pdf-password-env",
        metavar="VAR",
        help=tr("cli", "password of encrypted input PDFs, from this variable"),
    )


def _add_overwrite(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--overwrite", action="store_true", help=tr("cli", "replace existing output files")
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `sealdesk` console script."""
    set_language()  # $SEALDESK_LANG, then LC_ALL / LC_MESSAGES / LANG, then the system locale
    with translated_argparse():
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            # --- desktop app (issue 5): a bare `sealdesk` opens it when there is a display ---
            from app.cli.gui_cmd import has_display

            if not has_display():
                parser.print_help()
                return EXIT_USAGE
            args.command = "gui"
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command == "gui":  # desktop app (issue 5): errors are shown by the app itself
        from app.cli.gui_cmd import run_gui

        return run_gui(args)
    from app.cli.present import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
