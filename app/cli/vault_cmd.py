"""`sealdesk vault …`: create, list, add, export, destroy, check, change the passphrase.

The passphrase comes from ``--passphrase-env VAR`` or, on a terminal, from a prompt without
echo; a keyring vault needs neither.  Every action goes through :class:`app.vault.Vault`, so
each one is audited and runs on the vault's serial executor.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.env import secret_from_env
from app.cli.main import EXIT_FAILED, EXIT_OK
from app.cli.present import emit_json
from app.i18n import tr
from crypto import errors
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault import Vault


def vault_folder(arg: str | None) -> Path:
    """``--vault DIR``, or the default vault in the SealDesk data folder."""
    from app.vault import default_folder

    return Path(arg) if arg else default_folder()


def ask_passphrase(prompt: str, *, confirm: bool = False) -> str:
    """Read a passphrase on the terminal without echo (refused without a terminal)."""
    if not sys.stdin.isatty():
        raise errors.PinSourceError(
            source=Text("the terminal (no terminal; use --passphrase-env VAR)")
        )
    try:
        first = getpass.getpass(prompt)
        if not first:
            raise errors.Cancelled()
        if confirm and getpass.getpass(tr("cli", "Repeat the passphrase: ")) != first:
            raise errors.UsageError(detail=Text("the two passphrases differ"))
    except (EOFError, KeyboardInterrupt):
        raise errors.Cancelled() from None
    return first


def open_vault(
    folder_arg: str | None,
    passphrase_env: str | None,
    *,
    recover: bool = True,
    pin_env: str | None = None,
    modules: Sequence[str] = (),
) -> Vault:
    """Unlock the vault the options name (keyring, USB key + PIN, environment variable, or a
    prompt)."""
    from app.cli.interaction import TerminalInteraction
    from app.vault import Vault
    from app.vault.keys import read_header

    folder = vault_folder(folder_arg)
    header = read_header(folder)
    passphrase = None
    if header.unlock == "passphrase":
        passphrase = secret_from_env(passphrase_env, Text("vault passphrase"))
        if passphrase is None:
            passphrase = ask_passphrase(tr("cli", "Vault passphrase: "))
    return Vault.open(
        folder, passphrase=passphrase, recover=recover, interaction=TerminalInteraction(),
        pin=secret_from_env(pin_env, Text("token PIN")), modules=modules,
    )


def run_vault(args: argparse.Namespace) -> int:
    """Dispatch one vault action."""
    action = args.vault_command
    if action == "init":
        return _init(args)
    vault = open_vault(args.vault, args.passphrase_env, recover=action != "check",
                       pin_env=args.pin_env, modules=args.module)
    try:
        handler = {
            "list": _list,
            "add": _add,
            "export": _export,
            "destroy": _destroy,
            "check": _check,
            "passwd": _passwd,
            "rekey": _rekey,
        }[action]
        return handler(vault, args)
    finally:
        vault.close()


def _init(args: argparse.Namespace) -> int:
    from app.vault import Vault

    folder = vault_folder(args.vault)
    if args.keyring:
        vault = Vault.create(folder, use_keyring=True)
    elif args.token_key:
        vault = Vault.create(folder, token_uri=args.token_key, unlocker=_unlocker(args))
    else:
        passphrase = secret_from_env(args.passphrase_env, Text("vault passphrase"))
        if passphrase is None:
            passphrase = ask_passphrase(tr("cli", "New vault passphrase: "), confirm=True)
        if not passphrase:
            raise errors.UsageError(detail=Text("the vault passphrase is empty"))
        vault = Vault.create(folder, passphrase=passphrase)
    try:
        doc: dict[str, Any] = {
            "vault": str(folder), "id": vault.header.vault_id, "unlock": vault.header.unlock
        }
        if vault.header.token is not None:
            doc["token"] = _token_json(vault.header.token)
    finally:
        vault.close()
    if args.json:
        emit_json(doc)
    else:
        print(tr("cli", "Vault created in {folder}").format(folder=folder))
    return EXIT_OK


def _document_json(vault: Vault, record: Any) -> dict[str, Any]:
    from app.vault.personal import fields_for

    doc: dict[str, Any] = record.to_json()
    if not record.destroyed:
        doc["personal"] = [
            {"kind": f.kind, "masked": f.masked} for f in fields_for(vault, record.id)
        ]
    return doc


def _list(vault: Vault, args: argparse.Namespace) -> int:
    records = vault.list_documents(include_destroyed=args.all)
    if args.json:
        emit_json({"documents": [_document_json(vault, r) for r in records]})
        return EXIT_OK
    if not records:
        print(tr("cli", "The vault holds no documents."))
        return EXIT_OK
    for r in records:
        when = (r.signed_at or r.added_at)[:19].replace("T", " ")
        if r.destroyed:
            line = tr("cli", "{id}  {when}  destroyed ({reason})")
            print(line.format(id=r.id[:12], when=when, reason=r.destroy_reason))
        else:
            print(f"{r.id[:12]}  {when}  {r.size:>10}  {r.name}")
    return EXIT_OK


def _add(vault: Vault, args: argparse.Namespace) -> int:
    from app.vault.importing import import_pdf
    from app.vault.personal import RESIDENT_ID, add_field

    resident_id = secret_from_env(args.resident_id_env, Text("resident ID number"))
    result = import_pdf(vault, Path(args.file))
    if resident_id is not None and result.created:
        add_field(vault, result.record.id, RESIDENT_ID, resident_id)
    if args.json:
        emit_json({"document": _document_json(vault, result.record), "created": result.created})
    elif result.created:
        print(tr("cli", "Archived {name} as {id}").format(name=args.file, id=result.record.id))
    else:
        line = tr("cli", "{name} is already in the vault as {id}")
        print(line.format(name=args.file, id=result.record.id))
    return EXIT_OK


def _export(vault: Vault, args: argparse.Namespace) -> int:
    from app.vault.export import export_document

    out = Path(args.output)
    summary = export_document(vault, args.id, out, overwrite=args.overwrite)
    if args.json:
        emit_json(summary)
    else:
        print(tr("cli", "Exported {id} to {path}").format(id=summary["id"], path=out))
    return EXIT_OK


def _destroy(vault: Vault, args: argparse.Namespace) -> int:
    from app.vault.destroy import destroy_document

    record = vault.document(args.id)
    if not args.yes:
        question = tr("cli", "Destroy {id} ({name}) for good? This cannot be undone. [y/N] ")
        if not sys.stdin.isatty():
            raise errors.UsageError(detail=Text("add --yes to destroy without a terminal"))
        answer = input(question.format(id=record.id, name=record.name)).strip().lower()
        if answer not in ("y", "yes", tr("cli", "yes").lower()):
            raise errors.Cancelled()
    done = destroy_document(vault, record.id, args.reason)
    if args.json:
        emit_json(
            {
                "id": done.record.id,
                "destroyed_at": done.record.destroyed_at,
                "event": done.event.to_json(),
                "personal_fields_erased": done.personal_erased,
            }
        )
    else:
        print(tr("cli", "Destroyed {id}").format(id=done.record.id))
    return EXIT_OK


def _check(vault: Vault, args: argparse.Namespace) -> int:
    from app.vault.check import check_vault

    report = check_vault(vault)
    if args.json:
        emit_json(report.to_json())
    else:
        _print_check(report.to_json())
    return EXIT_OK if report.ok else EXIT_FAILED


def _print_check(doc: dict[str, Any]) -> None:
    cipher = doc["cipher"]
    if cipher["ok"]:
        print(tr("cli", "encryption: every page authenticates"))
    else:
        print(tr("cli", "encryption: DAMAGED"))
        for line in cipher["errors"]:
            print(f"  {line}")
    chain = doc["chain"]
    if chain is not None:
        if chain["ok"]:
            line = tr("cli", "evidence chain: {events} events, head {head}")
            print(line.format(events=chain["events"], head=chain["head"]))
        else:
            broken = chain["broken"]
            line = tr("cli", "evidence chain: BROKEN at event {seq}: {reason}")
            print(line.format(seq=broken["seq"], reason=broken["reason"]))
    docs = doc["documents"]
    if chain is not None:  # not reached when pages are damaged
        line = tr("cli", "documents: {checked} checked, {problems} problem(s)")
        print(line.format(checked=docs["checked"], problems=len(docs["problems"])))
    for problem in docs["problems"]:
        print(f"  {problem['id']}: {problem['problem']}")
    if not doc["audit"]["ok"]:
        broken = doc["audit"]["broken"]
        line = tr("cli", "audit log: BROKEN at entry {seq}: {reason}")
        print(line.format(seq=broken["seq"], reason=broken["reason"]))
    receipts = doc.get("receipts") or {"checked": 0, "failed": []}
    if receipts["checked"]:
        line = tr("cli", "platform receipts: {checked} checked, {failed} do not verify")
        print(line.format(checked=receipts["checked"], failed=len(receipts["failed"])))
    for failed in receipts["failed"]:
        line = tr("cli", "  receipt of event {seq} does not verify: {problem}")
        print(line.format(seq=failed["seq"], problem=failed["problem"]))
    print(tr("cli", "vault OK") if doc["ok"] else tr("cli", "vault DAMAGED"))


def _passwd(vault: Vault, args: argparse.Namespace) -> int:
    new = secret_from_env(args.new_passphrase_env, Text("new vault passphrase"))
    if new is None:
        new = ask_passphrase(tr("cli", "New vault passphrase: "), confirm=True)
    vault.change_passphrase(new)
    print(tr("cli", "Vault passphrase changed."))
    return EXIT_OK


def _unlocker(args: argparse.Namespace) -> Any:
    from app.cli.interaction import TerminalInteraction
    from app.vault.unlock import Unlocker

    return Unlocker(interaction=TerminalInteraction(),
                    pin=secret_from_env(args.pin_env, Text("token PIN")),
                    modules=tuple(args.module))


def _token_json(ref: Any) -> dict[str, Any]:
    """Which USB key and certificate the vault is locked to (no secret)."""
    return {"uri": ref.uri, "token": ref.token_label, "serial": ref.token_serial,
            "key": ref.key_label, "cert_sha256": ref.cert_sha256, "scheme": ref.scheme}


def _rekey(vault: Vault, args: argparse.Namespace) -> int:
    unlocker = _unlocker(args)
    source = vault.rekey(interaction=unlocker.interaction, pin=unlocker.pin,
                         to_keyring=args.keyring, token_uri=args.token_key,
                         modules=unlocker.modules)
    doc: dict[str, Any] = {"vault": str(vault.folder), "unlock": source.unlock}
    if source.token is not None:
        doc["token"] = _token_json(source.token)
    if args.json:
        emit_json(doc)
    elif source.token is not None:
        line = tr("cli", "New vault key, wrapped to {key} on {token}.")
        print(line.format(key=source.token.key_label, token=source.token.token_label))
    else:
        print(tr("cli", "New vault key, kept in the system keyring."))
    return EXIT_OK
