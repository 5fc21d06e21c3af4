"""`sealdesk sync`: evidence sync with the e-signing platform (issue 7).

``sealdesk sync register --platform URL --enrolment-token-env VAR`` enrols the vault's client
key; ``sealdesk sync [--once]`` sends the outbox (``--once``: one run; otherwise every
``--interval`` seconds until interrupted, holding the vault only while it works);
``sealdesk sync status`` shows the state the GUI status bar shows.  Top-level imports stay
light: this module is imported on every start.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import threading
from typing import TYPE_CHECKING, Any

from app.cli.vault_args import add_vault_options
from app.i18n import tr

if TYPE_CHECKING:
    from app.sync.engine import SyncReport
    from app.sync.state import SyncState
    from app.sync.transport import Endpoint
    from app.vault import Vault

DEFAULT_INTERVAL = 60.0


def add_parsers(subparsers: Any) -> None:
    """Register ``sealdesk sync``."""
    p = subparsers.add_parser(
        "sync", help=tr("cli", "send evidence fingerprints to the e-signing platform")
    )
    p.add_argument(
        "action",
        nargs="?",
        default="run",
        choices=("run", "register", "status"),
        help=tr("cli", "run (default), register this vault, or show the status"),
    )
    p.add_argument("--platform", metavar="URL", help=tr("cli", "the platform's address (https)"))
    p.add_argument("--once", action="store_true", help=tr("cli", "send once, then exit"))
    p.add_argument(
        "--interval",
        type=float,
        default=DEFAULT_INTERVAL,
        metavar="SECONDS",
        help=tr("cli", "seconds between runs without --once (default 60)"),
    )
    add_vault_options(p)
    p.add_argument(
        "--enrolment-token-env",
        metavar="VAR",
        help=tr(
            "cli", "register: the enrolment token from this environment variable (default: ask)"
        ),
    )
    p.add_argument("--label", metavar="TEXT", help=tr("cli", "register: a name for this device"))
    p.add_argument(
        "--ca-file",
        metavar="PEM",
        help=tr("cli", "register: extra CA certificates for the platform"),
    )
    p.add_argument(
        "--pin-sha256",
        metavar="HEX",
        help=tr("cli", "register: SHA-256 of the platform's public key (certificate pinning)"),
    )
    p.add_argument(
        "--log-id", metavar="HEX", help=tr("cli", "register: the log id the operator gave you")
    )
    p.add_argument(
        "--clear-warning",
        action="store_true",
        help=tr("cli", "status: acknowledge the verification warning"),
    )
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))


def run(args: argparse.Namespace) -> int:
    """Run ``sealdesk sync``."""
    from app.cli.main import EXIT_OK

    opener = _Opener(args)
    if args.action == "register":
        return _register(args, opener)
    if args.action == "status":
        return _status(args, opener)
    if args.once:
        with opener.open() as vault:
            _run_once(args, vault, raise_errors=True)
        return EXIT_OK
    return _run_forever(args, opener)


class _Opener:
    """Opens the vault the options name; the passphrase is asked once and kept in memory."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._passphrase: str | None = None
        self._asked = False

    def open(self) -> Vault:
        from app.cli.env import secret_from_env
        from app.cli.vault_cmd import ask_passphrase, vault_folder
        from app.vault import Vault
        from app.vault.keys import read_header
        from crypto.errors import Text

        folder = vault_folder(self.args.vault)
        if not self._asked and read_header(folder).unlock == "passphrase":
            self._passphrase = secret_from_env(self.args.passphrase_env, Text("vault passphrase"))
            if self._passphrase is None:
                self._passphrase = ask_passphrase(tr("cli", "Vault passphrase: "))
            self._asked = True
        return Vault.open(folder, passphrase=self._passphrase)


def _endpoint(args: argparse.Namespace, *, required: bool) -> Endpoint | None:
    from app.sync.transport import Endpoint
    from crypto import errors
    from crypto.errors import Text

    if args.platform is None:
        if required:
            raise errors.UsageError(detail=Text("--platform URL is required"))
        return None
    return Endpoint(args.platform, args.ca_file, args.pin_sha256)


def _register(args: argparse.Namespace, opener: _Opener) -> int:
    from app.cli.env import secret_from_env
    from app.cli.main import EXIT_OK
    from app.cli.present import emit_json
    from app.sync.device import register
    from crypto.errors import Text

    endpoint = _endpoint(args, required=True)
    assert endpoint is not None
    token = secret_from_env(args.enrolment_token_env, Text("enrolment token"))
    if token is None:
        token = _ask_token()
    with opener.open() as vault:
        result = register(vault, endpoint, token, label=args.label, expected_log_id=args.log_id)
    if args.json:
        emit_json({"registration": result.to_json()})
    else:
        print(
            tr("cli", "Registered with {platform} as device {device} (log {log}).").format(
                platform=result.platform, device=result.device_id, log=result.log_id[:16]
            )
        )
    return EXIT_OK


def _ask_token() -> str:
    from crypto import errors
    from crypto.errors import Text

    if not sys.stdin.isatty():
        raise errors.PinSourceError(
            source=Text("the terminal (no terminal; use --enrolment-token-env VAR)")
        )
    try:
        token = getpass.getpass(tr("cli", "Enrolment token: "))
    except (EOFError, KeyboardInterrupt):
        raise errors.Cancelled() from None
    if not token:
        raise errors.Cancelled()
    return token


def _status(args: argparse.Namespace, opener: _Opener) -> int:
    from app.cli.main import EXIT_OK
    from app.cli.present import emit_json
    from app.sync.state import clear_warning, sync_status

    with opener.open() as vault:
        if args.clear_warning:
            clear_warning(vault)
        current = sync_status(vault)
    if args.json:
        emit_json({"state": current.to_json()})
    else:
        _print_state(current)
    return EXIT_OK


def _run_once(args: argparse.Namespace, vault: Vault, *, raise_errors: bool) -> bool:
    """One run; prints the outcome.  Returns False when it failed (and raise_errors is off)."""
    from app.sync.engine import EvidenceSync
    from app.sync.state import sync_status
    from crypto import errors

    engine = EvidenceSync(vault, endpoint=_endpoint(args, required=False))
    try:
        report = engine.run_once()
    except errors.SealDeskError as exc:
        if raise_errors or isinstance(exc, errors.Cancelled):
            raise
        _print_failure(args, exc)
        return False
    _print_report(args, report, sync_status(vault))
    return True


def _run_forever(args: argparse.Namespace, opener: _Opener) -> int:
    """Run every ``--interval`` seconds until interrupted; the vault is open only while working."""
    from app.cli.main import EXIT_CANCELLED

    wake = threading.Event()
    try:
        while True:
            with opener.open() as vault:
                _run_once(args, vault, raise_errors=False)
            wake.wait(max(args.interval, 1.0))
    except KeyboardInterrupt:
        return EXIT_CANCELLED


def _print_report(args: argparse.Namespace, report: SyncReport, current: SyncState) -> None:
    if args.json:
        doc = {"report": report.to_json(), "state": current.to_json()}
        if args.once:
            from app.cli.present import emit_json

            emit_json(doc)
        else:
            print(json.dumps(doc, ensure_ascii=False), flush=True)
        return
    print(
        tr(
            "cli", "Sent {sent} events, {stored} receipts verified and stored; {pending} waiting."
        ).format(sent=report.sent, stored=report.stored, pending=report.pending),
        flush=True,
    )
    _print_warning(current)


def _print_failure(args: argparse.Namespace, exc: Exception) -> None:
    from app.cli.present import error_json, message
    from crypto import errors

    assert isinstance(exc, errors.SealDeskError)
    if args.json:
        print(json.dumps({"error": error_json(exc)}, ensure_ascii=False), flush=True)
    else:
        print(f"sealdesk: {message(exc)}", file=sys.stderr, flush=True)


def _print_state(current: SyncState) -> None:
    from app.cli.present import message
    from app.sync.state import error_of

    if not current.registered:
        print(tr("cli", "Not registered with a platform (sealdesk sync register)."))
    else:
        print(tr("cli", "Platform: {url}").format(url=current.platform))
        print(tr("cli", "Device: {id}").format(id=current.device_id))
    print(tr("cli", "Waiting to be sent: {n}").format(n=current.pending))
    print(tr("cli", "Verified receipts: {n}").format(n=current.receipts))
    print(tr("cli", "Last success: {at}").format(at=current.last_success or "—"))
    if current.last_error is not None:
        error = message(error_of(current.last_error))
        print(
            tr("cli", "Last error ({at}): {error}").format(at=current.last_error["at"], error=error)
        )
    _print_warning(current)


def _print_warning(current: SyncState) -> None:
    from app.cli.present import message
    from app.sync.state import error_of

    if current.warning is None:
        return
    text = message(error_of(current.warning))
    print(
        tr("cli", "WARNING ({at}): {warning}").format(at=current.warning["at"], warning=text),
        file=sys.stderr,
        flush=True,
    )
