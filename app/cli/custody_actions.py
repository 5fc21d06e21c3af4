"""What ``sealdesk seal|request|queue ACTION`` do (grammar in :mod:`app.cli.custody_cmd`).

Each ``<command>_<action>(vault, args)`` runs on an open vault and returns the exit code.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.custody_cmd import SCHEMA, out, paths
from app.cli.env import secret_from_env
from app.cli.interaction import TerminalInteraction
from app.cli.main import EXIT_FAILED, EXIT_OK
from app.cli.present import emit_json, error_json, message
from app.i18n import tr
from crypto import errors
from crypto.errors import Text

if TYPE_CHECKING:
    from app.custody.queue import QueueEntry, QueueOutcome, UpgradeConfig
    from app.custody.requests import SealRequest
    from app.vault import Vault


def _emit(kind: str, body: dict[str, Any]) -> None:
    emit_json({"schema": SCHEMA, "kind": kind, **body})


# --- seal -----------------------------------------------------------------------------------


def seal_list(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.registry import list_seals

    seals = list_seals(vault)
    if args.json:
        _emit("seals", {"seals": [s.to_json() for s in seals]})
        return EXIT_OK
    if not seals:
        out(tr("cli", "No seals are registered."))
    for s in seals:
        valid = f"{s.valid_from or '…'} – {s.valid_until or '…'}"
        out(f"{s.id[:12]}  {s.name}  {s.kind}  {s.subject}  {valid}")
    return EXIT_OK


def seal_add(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.registry import (
        KeySource,
        NewSeal,
        load_certificate,
        person_fingerprint,
        register_seal,
    )

    try:
        image = Path(args.image).read_bytes()
    except OSError as exc:
        raise errors.InputError(path=args.image) from exc
    source = KeySource(
        pkcs11_uri=args.key, modules=tuple(args.module),
        p12=str(Path(args.p12).resolve()) if args.p12 else None,
        key_pem=str(Path(args.key_pem).resolve()) if args.key_pem else None,
        cert_pem=str(Path(args.cert_pem).resolve()) if args.cert_pem else None,
    )
    seal = register_seal(vault, NewSeal(
        name=args.name, kind=args.kind, image=image,
        certificate=load_certificate(Path(args.certificate)), key_source=source,
        requesters=[person_fingerprint(v) for v in args.requester],
        approvers=[person_fingerprint(v) for v in args.approver],
        valid_from=args.valid_from, valid_until=args.valid_until,
    ))
    if args.json:
        _emit("seal", {"seal": seal.to_json()})
    else:
        out(tr("cli", "Seal {name} registered (id {id}).").format(name=seal.name, id=seal.id))
    return EXIT_OK


def seal_show(vault: Vault, args: argparse.Namespace) -> int:
    from app.atomic import atomic_output
    from app.custody.registry import get_seal

    seal = get_seal(vault, args.seal)
    if args.image_out:
        with atomic_output(Path(args.image_out), overwrite=True) as fh:
            fh.write(seal.image_png)
    if args.json:
        _emit("seal", {"seal": seal.to_json()})
        return EXIT_OK
    doc = seal.to_json()
    for key in ("id", "name", "kind", "certificate_subject", "certificate_sha256",
                "image_sha256", "valid_from", "valid_until", "added_at"):
        out(f"{key:20} {doc[key] if doc[key] is not None else '—'}")
    out(f"{'key_source':20} {doc['key_source']}")
    for role in ("requesters", "approvers"):
        out(f"{role:20} " + ", ".join(v[:16] for v in doc[role]))
    return EXIT_OK


def _upgrade_config(args: argparse.Namespace) -> UpgradeConfig:
    from app.custody.queue import UpgradeConfig
    from crypto.pades.options import TsaConfig
    from crypto.tokens.soft import load_certificates

    password = secret_from_env(args.tsa_password_env, Text("timestamp service password"))
    tsa = TsaConfig(url=args.tsa, username=args.tsa_user, password=password)
    trust = tuple(c for p in args.trust for c in load_certificates(Path(p)))
    return UpgradeConfig(tsa, trust)


def seal_apply(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.apply import apply_seal
    from app.custody.queue import queue_entries, upgrade_entry

    pin = secret_from_env(args.pin_env, Text("token PIN"))
    password = secret_from_env(args.password_env, Text("key file password"))
    results = apply_seal(
        vault, args.request, paths(args.files), Path(args.out_dir), TerminalInteraction(),
        pin=pin, password=password.encode() if password is not None else None,
        overwrite=args.overwrite,
    )
    upgrades: list[QueueOutcome] = []
    if args.tsa:
        config = _upgrade_config(args)
        ids = {r.document_id for r in results if r.status == "sealed"}
        for entry in queue_entries(vault):
            if entry.document_id in ids and entry.state != "done":
                upgrades.append(upgrade_entry(vault, entry, config))
    failed = [r for r in results if r.status == "failed"]
    if args.json:
        files = []
        for r in results:
            doc = r.to_json()
            if r.error is not None:
                doc["error"] = error_json(r.error)
            files.append(doc)
        _emit("sealed", {"files": files, "upgrades": [_outcome_json(o) for o in upgrades]})
    else:
        for r in results:
            if r.status == "sealed":
                out(tr("cli", "sealed   {source} → {output}").format(source=r.source,
                                                                     output=r.output))
            elif r.status == "skipped":
                out(tr("cli", "skipped  {source} → {output} (sealed by an earlier run)").format(
                    source=r.source, output=r.output))
            else:
                assert r.error is not None
                out(tr("cli", "FAILED   {source}: {message}").format(
                    source=r.source, message=message(r.error)))
        _print_outcomes(upgrades)
        if not args.tsa and any(r.status == "sealed" for r in results):
            out(tr("cli", "Signed at B-B and queued: 'sealdesk queue run --tsa URL' adds the "
                   "timestamp and validation data."))
    return EXIT_FAILED if failed else EXIT_OK


def seal_ledger(vault: Vault, args: argparse.Namespace) -> int:
    from app.atomic import atomic_output
    from app.custody.ledger import ledger_csv, ledger_entries, ledger_pdf

    entries = ledger_entries(vault, args.seal)
    if args.csv:
        with atomic_output(Path(args.csv), overwrite=args.overwrite) as fh:
            fh.write(ledger_csv(entries))
    if args.pdf:
        data = ledger_pdf(vault, args.seal)
        with atomic_output(Path(args.pdf), overwrite=args.overwrite) as fh:
            fh.write(data)
    if args.json:
        _emit("ledger", {"entries": [e.to_json() for e in entries]})
        return EXIT_OK
    for e in entries:
        out(f"{e.seq:>4}  {e.applied_at[:19]}  {e.seal_name}  {e.document_name}  "
            f"{e.requester} → {e.approver}  {e.level}")
    for path in (args.csv, args.pdf):
        if path:
            out(tr("cli", "wrote {path}").format(path=path))
    return EXIT_OK


# --- request --------------------------------------------------------------------------------


def _acting(args: argparse.Namespace) -> Any:
    """The acting person's key, from the same options ``sealdesk sign`` takes (options of
    ``sign`` this command does not offer keep ``sign``'s defaults)."""
    from app.cli.main import build_parser
    from app.cli.sign_cmd import identity_from_args
    from app.custody.signed import acting_key

    defaults = build_parser().parse_args(["sign", "in.pdf", "-o", "out.pdf", "--p12", "k.p12"])
    merged = argparse.Namespace(**{**vars(defaults), **vars(args)})
    return acting_key(identity_from_args(merged), TerminalInteraction())


def _print_request(req: SealRequest) -> None:
    from app.custody.placement import describe

    doc = req.to_json()
    out(f"{req.id}  [{req.state}]")
    out(tr("cli", "  purpose:   {text}").format(text=req.purpose))
    out(tr("cli", "  placement: {text}").format(text=describe(req.placement)))
    out(tr("cli", "  requester: {name}").format(name=doc["requester"]))
    for d in req.documents:
        out(f"  - {d['name']}  {d['sha256'][:16]}…  {d['size']}")
    if doc["decision"]:
        out(tr("cli", "  decision:  {decision} by {name}: {reason}").format(
            decision=doc["decision"]["decision"], name=doc["decision"]["approver"],
            reason=doc["decision"]["reason"] or "—"))


def _request_done(req: SealRequest, args: argparse.Namespace) -> int:
    if args.json:
        _emit("request", {"request": req.to_json()})
    else:
        _print_request(req)
    return EXIT_OK


def request_create(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.placement import parse_rule
    from app.custody.requests import create_request

    rule = parse_rule(args.placement)
    with _acting(args) as key:
        req = create_request(vault, args.seal, paths(args.files), args.purpose, rule, key)
    return _request_done(req, args)


def _decide(vault: Vault, args: argparse.Namespace, approve: bool) -> int:
    from app.custody.requests import decide_request

    with _acting(args) as key:
        req = decide_request(vault, args.request, key, approve=approve, reason=args.reason)
    return _request_done(req, args)


def request_approve(vault: Vault, args: argparse.Namespace) -> int:
    return _decide(vault, args, True)


def request_reject(vault: Vault, args: argparse.Namespace) -> int:
    return _decide(vault, args, False)


def request_export(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.transfer import export_request

    path = export_request(vault, args.request, Path(args.output), overwrite=args.overwrite)
    if args.json:
        _emit("exported", {"request": args.request, "file": str(path)})
    else:
        out(tr("cli", "wrote {path}").format(path=path))
    return EXIT_OK


def request_import(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.transfer import import_request

    result = import_request(vault, Path(args.file))
    if args.json:
        _emit("imported", {"request": result.request.to_json(),
                           "request_added": result.request_added,
                           "decision_added": result.decision_added})
        return EXIT_OK
    if result.request_added:
        out(tr("cli", "imported request {id}").format(id=result.request.id))
    if result.decision_added:
        out(tr("cli", "imported the decision on request {id}").format(id=result.request.id))
    _print_request(result.request)
    return EXIT_OK


def request_send(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.mailbox import send_request

    result = send_request(vault, args.request)
    if args.json:
        _emit("sent", result.to_json())
        return EXIT_OK
    ident = result.request.id
    if result.request_added and result.decision_added:
        out(tr("cli", "sent request {id} and its decision").format(id=ident))
    elif result.request_added:
        out(tr("cli", "sent request {id}").format(id=ident))
    elif result.decision_added:
        out(tr("cli", "sent the decision on request {id}").format(id=ident))
    else:
        out(tr("cli", "the platform already holds request {id} as it is here").format(id=ident))
    return EXIT_OK


def request_fetch(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.mailbox import fetch_requests

    report = fetch_requests(vault, from_start=args.all)
    if args.json:
        entries = []
        for e in report.entries:
            doc = e.to_json()
            if e.error is not None:
                doc["error"] = error_json(e.error)
            entries.append(doc)
        _emit("fetched", {"cursor": report.cursor, "entries": entries,
                          "added": report.count("added"), "decisions": report.count("decision"),
                          "unchanged": report.count("unchanged"),
                          "refused": report.count("refused")})
        return EXIT_FAILED if report.refused else EXIT_OK
    for e in report.entries:
        if e.outcome == "added":
            out(tr("cli", "new request {id}").format(id=e.request_id))
        elif e.outcome == "decision":
            out(tr("cli", "new decision on request {id}").format(id=e.request_id))
        elif e.outcome == "refused":
            assert e.error is not None
            out(tr("cli", "REFUSED  {id}: {message}").format(id=e.request_id,
                                                            message=message(e.error)))
    out(tr("cli", "{added} new requests, {decisions} new decisions, {unchanged} unchanged, "
           "{refused} refused").format(added=report.count("added"),
                                       decisions=report.count("decision"),
                                       unchanged=report.count("unchanged"),
                                       refused=report.count("refused")))
    return EXIT_FAILED if report.refused else EXIT_OK


def request_list(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.requests import list_requests

    requests = list_requests(vault, args.seal, args.state)
    if args.json:
        _emit("requests", {"requests": [r.to_json() for r in requests]})
        return EXIT_OK
    if not requests:
        out(tr("cli", "No requests."))
    for r in requests:
        out(f"{r.id[:12]}  {r.state:9}  {r.created_at[:19]}  {len(r.documents)}  {r.purpose}")
    return EXIT_OK


def request_show(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.requests import get_request

    return _request_done(get_request(vault, args.request), args)


# --- queue ----------------------------------------------------------------------------------


def _entry_line(entry: QueueEntry) -> str:
    from app.cli.present import message as error_message

    line = f"{entry.id:>4}  {entry.state:8} {entry.document_id[:12]}  {entry.attempts}"
    if entry.state == "done":
        return line + "  → " + (entry.upgraded_document_id or "")[:12]
    error = entry.error()
    if error is not None:
        line += "  " + tr("cli", "next attempt {when}: {message}").format(
            when=entry.next_attempt[:19], message=error_message(error))
    return line


def _outcome_json(o: QueueOutcome) -> dict[str, Any]:
    doc = {"entry": o.entry.to_json(), "status": o.status}
    if o.error is not None:
        doc["error"] = error_json(o.error)
    return doc


def _print_outcomes(outcomes: list[QueueOutcome]) -> None:
    for o in outcomes:
        if o.status == "upgraded":
            out(tr("cli", "upgraded {document} → {upgraded} (B-LTA)").format(
                document=o.entry.document_id[:12],
                upgraded=(o.entry.upgraded_document_id or "")[:12]))
        else:
            assert o.error is not None
            out(tr("cli", "not yet  {document}: {message}").format(
                document=o.entry.document_id[:12], message=message(o.error)))


def queue_status(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.queue import queue_entries, queue_summary

    entries = queue_entries(vault)
    if args.json:
        _emit("queue", {"summary": queue_summary(vault),
                        "entries": [e.to_json() for e in entries]})
        return EXIT_OK
    counts = queue_summary(vault)
    out(tr("cli", "{pending} pending, {failed} failed, {done} done").format(**counts))
    for e in entries:
        out(_entry_line(e))
    return EXIT_OK


def queue_run(vault: Vault, args: argparse.Namespace) -> int:
    from app.custody.queue import run_queue

    outcomes = run_queue(vault, _upgrade_config(args), force=args.force)
    if args.json:
        _emit("queue_run", {"outcomes": [_outcome_json(o) for o in outcomes]})
    else:
        if not outcomes:
            out(tr("cli", "Nothing to do."))
        _print_outcomes(outcomes)
    return EXIT_FAILED if any(o.status == "failed" for o in outcomes) else EXIT_OK
