"""The ``sealdesk vault`` grammar (and the vault options of ``sealdesk sign``).

Kept apart from :mod:`app.cli.main` so that the vault's options live next to each other; only
argparse is imported here, the work happens in :mod:`app.cli.vault_cmd`.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.i18n import tr


def add_vault_parser(sub: Any) -> None:
    """``sealdesk vault init|list|add|export|destroy|check|rekey|passwd``."""
    p = sub.add_parser(
        "vault", help=tr("cli", "the encrypted archive of signed contracts and their evidence")
    )
    vsub = p.add_subparsers(dest="vault_command", metavar="ACTION")
    vsub.required = True

    init = vsub.add_parser("init", help=tr("cli", "create a new vault"))
    _folder(init)
    how = init.add_mutually_exclusive_group()
    how.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help=tr("cli", "vault passphrase from this environment variable (default: ask)"),
    )
    how.add_argument(
        "--keyring",
        action="store_true",
        help=tr("cli", "keep a random vault key in the system keyring instead of a passphrase"),
    )
    how.add_argument(
        "--token-key",
        metavar="PKCS11_URI",
        help=tr("cli", "lock the vault to this USB-key certificate: it opens with the token and "
                "its PIN"),
    )
    _token(init)
    _json(init)

    ls = vsub.add_parser("list", help=tr("cli", "list the archived documents"))
    _unlock(ls)
    ls.add_argument("--all", action="store_true", help=tr("cli", "include destroyed documents"))
    _json(ls)

    add = vsub.add_parser("add", help=tr("cli", "archive an existing (signed) PDF"))
    add.add_argument("file", metavar="FILE.pdf", help=tr("cli", "the PDF to archive"))
    add.add_argument(
        "--resident-id-env",
        metavar="VAR",
        help=tr("cli", "a signer's resident ID number, from this variable (stored encrypted)"),
    )
    _unlock(add)
    _json(add)

    export = vsub.add_parser(
        "export", help=tr("cli", "export a contract with its evidence as a zip for legal")
    )
    export.add_argument("id", metavar="ID", help=tr("cli", "document ID (or a unique prefix)"))
    export.add_argument(
        "-o", "--output", required=True, metavar="OUT.zip", help=tr("cli", "zip file to write")
    )
    export.add_argument(
        "--overwrite", action="store_true", help=tr("cli", "replace an existing zip")
    )
    _unlock(export)
    _json(export)

    destroy = vsub.add_parser(
        "destroy", help=tr("cli", "destroy a document and its personal data for good")
    )
    destroy.add_argument("id", metavar="ID", help=tr("cli", "document ID (or a unique prefix)"))
    destroy.add_argument(
        "--reason", required=True, metavar="TEXT", help=tr("cli", "why (kept in the evidence)")
    )
    destroy.add_argument(
        "--yes", action="store_true", help=tr("cli", "do not ask for confirmation")
    )
    _unlock(destroy)
    _json(destroy)

    check = vsub.add_parser(
        "check", help=tr("cli", "verify the evidence chain, the blobs and the encryption")
    )
    _unlock(check)
    _json(check)

    rekey = vsub.add_parser(
        "rekey",
        help=tr("cli", "give a keyring or USB-key vault a new random key (or move it to the "
                "keyring or a USB key)"),
    )
    _unlock(rekey)
    to = rekey.add_mutually_exclusive_group()
    to.add_argument(
        "--keyring", action="store_true", help=tr("cli", "keep the new key in the system keyring")
    )
    to.add_argument(
        "--token-key",
        metavar="PKCS11_URI",
        help=tr("cli", "wrap the new key to this USB-key certificate"),
    )
    _json(rekey)

    passwd = vsub.add_parser("passwd", help=tr("cli", "change the vault passphrase"))
    _unlock(passwd)
    passwd.add_argument(
        "--new-passphrase-env",
        metavar="VAR",
        help=tr("cli", "the new passphrase, from this environment variable (default: ask)"),
    )


def add_sign_vault_options(p: argparse.ArgumentParser) -> None:
    """``sealdesk sign --vault DIR [--vault-passphrase-env VAR] [--vault-pin-env VAR]``."""
    p.add_argument(
        "--vault",
        metavar="DIR",
        help=tr("cli", "archive the signed files and their evidence in this vault"),
    )
    p.add_argument(
        "--vault-passphrase-env",
        metavar="VAR",
        help=tr("cli", "vault passphrase from this environment variable (default: ask)"),
    )
    p.add_argument(
        "--vault-pin-env",
        metavar="VAR",
        help=tr("cli", "PIN of the vault's USB key from this environment variable (default: ask)"),
    )
    p.add_argument(
        "--sms-code-env",
        metavar="VAR",
        help=tr("cli", "with --vault, when the signing policy asks for an SMS code: the code "
                       "from this environment variable (default: ask)"),
    )
    p.add_argument(
        "--renewal",
        choices=("agree", "decline"),
        help=tr("cli", "answer to the renewal question of a certificate that expires soon "
                       "(default: ask on a terminal, else ask again at the next signing)"),
    )


def _folder(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--vault",
        metavar="DIR",
        help=tr("cli", "vault folder (default: the SealDesk data folder's vault)"),
    )


def _unlock(p: argparse.ArgumentParser) -> None:
    add_vault_options(p)
    _token(p)


def add_vault_options(p: argparse.ArgumentParser) -> None:
    """``--vault DIR`` and ``--passphrase-env VAR``: which vault, and its passphrase."""
    _folder(p)
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help=tr("cli", "vault passphrase from this environment variable (default: ask)"),
    )


def _token(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--pin-env",
        metavar="VAR",
        help=tr("cli", "PIN of the vault's USB key from this environment variable (default: ask)"),
    )
    p.add_argument(
        "--module",
        action="append",
        default=[],
        metavar="PATH",
        help=tr("cli", "PKCS#11 module of the USB key (if the URI has no module-path)"),
    )


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))
