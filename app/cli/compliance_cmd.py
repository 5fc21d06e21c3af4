"""`sealdesk consent` and `sealdesk compliance` (issue 6): the agreements a vault's signing
depends on, and the compliance export for the company's compliance officer.

``consent show [KIND]`` lists every text with its version, SHA-256 and standing (one text in
full with KIND); ``consent accept [KIND …] --i-agree KIND …`` records consent to the texts named
(default: the required ones still pending), each only when its own ``--i-agree`` is given —
nothing is implied; ``consent withdraw KIND`` withdraws it (signing stops when a required text
is withdrawn).  ``compliance report (--document ID | --since DATE --until DATE) -o OUT.pdf
[--json-out OUT.json]`` writes the report (:mod:`app.compliance.report`) atomically.  Top-level
imports stay light: this module is imported on every start.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli.vault_args import add_vault_options
from app.i18n import tr

if TYPE_CHECKING:
    from app.compliance.agreements import Agreement, AgreementSet
    from app.compliance.consent import ConsentGate
    from app.vault import Vault

STANDING_KINDS = ("service_agreement", "privacy_policy", "certificate_usage", "analytics")


def add_parsers(subparsers: Any) -> None:
    """Register ``sealdesk consent`` and ``sealdesk compliance``."""
    p = subparsers.add_parser(
        "consent", help=tr("cli", "show, accept or withdraw the agreements signing depends on")
    )
    sub = p.add_subparsers(dest="consent_action", metavar="ACTION")
    sub.required = True
    show = sub.add_parser("show", help=tr("cli", "list the agreements, or show one in full"))
    show.add_argument("kind", nargs="?", metavar="KIND", help=tr("cli", "the agreement to show"))
    accept = sub.add_parser("accept", help=tr("cli", "agree to agreements (each needs --i-agree)"))
    accept.add_argument(
        "kinds", nargs="*", metavar="KIND",
        help=tr("cli", "agreements to accept (default: the required ones still pending)"),
    )
    accept.add_argument(
        "--i-agree", action="append", default=[], metavar="KIND",
        help=tr("cli", "I have read this agreement and agree to it (once per agreement)"),
    )
    withdraw = sub.add_parser("withdraw", help=tr("cli", "withdraw a consent"))
    withdraw.add_argument("kind", metavar="KIND", help=tr("cli", "the agreement"))
    for action in (show, accept, withdraw):
        _vault_options(action)
        action.add_argument(
            "--language", choices=("zh_CN", "en"),
            help=tr("cli", "language of the texts (default: the interface language)"),
        )
        _json(action)

    c = subparsers.add_parser(
        "compliance", help=tr("cli", "compliance reports for the compliance officer")
    )
    csub = c.add_subparsers(dest="compliance_action", metavar="ACTION")
    csub.required = True
    report = csub.add_parser(
        "report",
        help=tr("cli", "consents, certificate notices and intent checks of a contract or period"),
    )
    scope = report.add_mutually_exclusive_group(required=True)
    scope.add_argument("--document", metavar="ID", help=tr("cli", "document ID (or a prefix)"))
    scope.add_argument(
        "--since", metavar="DATE", help=tr("cli", "period start (YYYY-MM-DD or RFC 3339, UTC)")
    )
    report.add_argument(
        "--until", metavar="DATE", help=tr("cli", "period end, inclusive (with --since)")
    )
    report.add_argument(
        "-o", "--output", required=True, metavar="OUT.pdf", help=tr("cli", "PDF report to write")
    )
    report.add_argument(
        "--json-out", metavar="OUT.json", help=tr("cli", "also write the report as JSON")
    )
    report.add_argument(
        "--overwrite", action="store_true", help=tr("cli", "replace existing output files")
    )
    _vault_options(report)
    _json(report)


def _vault_options(p: argparse.ArgumentParser) -> None:
    add_vault_options(p)
    p.add_argument(
        "--pin-env", metavar="VAR",
        help=tr("cli", "PIN of the vault's USB key from this environment variable (default: ask)"),
    )


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))


def run(args: argparse.Namespace) -> int:
    """Run ``sealdesk consent …`` or ``sealdesk compliance report``."""
    from app.cli.vault_cmd import open_vault

    if args.command == "compliance":
        period = report_period(args)  # bad dates stop the run before the vault is asked for
        with open_vault(args.vault, args.passphrase_env, pin_env=args.pin_env) as vault:
            return _report(vault, args, period)
    from app.compliance.agreements import load
    from app.i18n import current_language

    texts = load()
    language = args.language or current_language()
    with open_vault(args.vault, args.passphrase_env, pin_env=args.pin_env) as vault:
        handler = {"show": _show, "accept": _accept, "withdraw": _withdraw}[args.consent_action]
        return handler(vault, texts, language, args)


def _known(texts: AgreementSet, kind: str) -> Agreement:
    from app.compliance.errors import UnknownAgreement

    if kind not in texts.agreements:
        raise UnknownAgreement(kind=kind, kinds=", ".join(texts.agreements))
    return texts[kind]


def _standing(gate: ConsentGate, vault: Vault, kind: str) -> str:
    """accepted, changed (a new version or text), withdrawn, not_accepted, or per_check (the
    face check's consent, asked before each check)."""
    from app.compliance.consent import history

    if kind not in STANDING_KINDS:
        return "per_check"
    if gate.current(kind):
        return "accepted"
    if kind in gate.active:
        return "changed"
    if any(r.kind == kind for r in history(vault)):
        return "withdrawn"
    return "not_accepted"


def _label(standing: str) -> str:
    return {
        "accepted": tr("cli", "accepted"),
        "changed": tr("cli", "changed since accepted: to be accepted again"),
        "withdrawn": tr("cli", "withdrawn"),
        "not_accepted": tr("cli", "not accepted"),
        "per_check": tr("cli", "asked before each face check"),
    }[standing]


def _text_json(agreement: Agreement, language: str) -> dict[str, Any]:
    return {
        "kind": agreement.kind,
        "title": agreement.title(language),
        "version": agreement.version,
        "language": agreement.shown_language(language),
        "sha256": agreement.sha256(language),
        "required": agreement.required,
    }


def _print_text(agreement: Agreement, language: str) -> None:
    line = tr("cli", "{title} ({kind}), version {version}, SHA-256 {sha256}")
    print(line.format(title=agreement.title(language), kind=agreement.kind,
                      version=agreement.version, sha256=agreement.sha256(language)))


def _print_signing(gate: ConsentGate, language: str) -> None:
    if gate.may_sign:
        print(tr("cli", "Signing with this vault: allowed."))
    else:
        titles = ", ".join(a.title(language) for a in gate.pending)
        print(tr("cli", "Signing with this vault: stopped until these are accepted: {titles}.")
              .format(titles=titles))


def _show(vault: Vault, texts: AgreementSet, language: str, args: argparse.Namespace) -> int:
    from app.cli.present import emit_json
    from app.compliance.consent import ConsentGate

    gate = ConsentGate.load(vault, texts)
    chosen = [_known(texts, args.kind)] if args.kind else list(texts.agreements.values())
    if args.json:
        entries = []
        for a in chosen:
            entry = _text_json(a, language)
            entry["standing"] = _standing(gate, vault, a.kind)
            record = gate.active.get(a.kind)
            entry["accepted_at"] = record.given_at if record is not None else None
            if args.kind:
                entry["text"] = a.text(language)
            entries.append(entry)
        emit_json({"agreements": entries, "may_sign": gate.may_sign})
        return 0
    for a in chosen:
        _print_text(a, language)
        print("    " + _label(_standing(gate, vault, a.kind)))
    if args.kind:
        print()
        print(chosen[0].text(language))
    else:
        _print_signing(gate, language)
    return 0


def _accept(vault: Vault, texts: AgreementSet, language: str, args: argparse.Namespace) -> int:
    from app.cli.present import emit_json
    from app.compliance import consent
    from app.compliance.errors import AgreementNotConfirmed, NotAStandingConsent
    from crypto import errors
    from crypto.errors import Text

    gate = consent.ConsentGate.load(vault, texts)
    kinds = list(dict.fromkeys(args.kinds)) or [a.kind for a in gate.pending]
    chosen = [_known(texts, k) for k in kinds]
    for a in chosen:
        if a.kind not in STANDING_KINDS:
            raise NotAStandingConsent(kind=a.kind)
    agreed = list(dict.fromkeys(args.i_agree))
    for kind in agreed:
        _known(texts, kind)
        if kind not in kinds:
            raise errors.UsageError(detail=Text(
                "--i-agree {kind} names an agreement that is not being accepted", kind=kind))
    if not chosen:
        if args.json:
            emit_json({"accepted": [], "may_sign": gate.may_sign})
        else:
            print(tr("cli", "Every required agreement is accepted; nothing to do."))
        return 0
    if not args.json:
        print(tr("cli", "Agreements to accept (read each with: sealdesk consent show KIND):"))
        for a in chosen:
            _print_text(a, language)
    missing = [a for a in chosen if a.kind not in agreed]
    if missing:  # nothing is implied: each text needs its own --i-agree
        raise AgreementNotConfirmed(
            agreements=", ".join(a.title(language) for a in missing),
            flags=" ".join(f"--i-agree {a.kind}" for a in missing),
        )
    records = consent.give(vault, chosen, language)
    gate = consent.ConsentGate.load(vault, texts)
    if args.json:
        emit_json({"accepted": [r.to_json() for r in records], "may_sign": gate.may_sign})
        return 0
    for r in records:
        print(tr("cli", "Accepted {kind} {version} at {when}.").format(
            kind=r.kind, version=r.version, when=r.given_at))
    _print_signing(gate, language)
    return 0


def _withdraw(vault: Vault, texts: AgreementSet, language: str, args: argparse.Namespace) -> int:
    from app.cli.present import emit_json
    from app.compliance import consent

    agreement = _known(texts, args.kind)
    records = consent.withdraw(vault, agreement.kind)
    gate = consent.ConsentGate.load(vault, texts)
    if args.json:
        emit_json({"withdrawn": [r.to_json() for r in records], "may_sign": gate.may_sign})
        return 0
    if not records:
        print(tr("cli", "No consent to {title} was in force; nothing to withdraw.")
              .format(title=agreement.title(language)))
    for r in records:
        print(tr("cli", "Withdrew the consent to {kind} {version} given at {when}.").format(
            kind=r.kind, version=r.version, when=r.given_at))
    _print_signing(gate, language)
    if agreement.required and records:
        print(tr("cli", "Processing that depended on it has stopped."), file=sys.stderr)
    return 0


def report_period(args: argparse.Namespace) -> tuple[str, str] | None:
    """(from, to) of ``--since``/``--until`` in the evidence's time format; None for a
    contract's report (UsageError for a half-given or reversed period)."""
    from crypto import errors
    from crypto.errors import Text

    if args.document:
        if args.until:
            raise errors.UsageError(detail=Text("--until goes with --since, not --document"))
        return None
    if not args.until:
        raise errors.UsageError(detail=Text("a period needs both --since and --until"))
    start, end = evidence_time(args.since, end=False), evidence_time(args.until, end=True)
    if end < start:
        raise errors.UsageError(detail=Text("the period ends before it begins"))
    return start, end


def evidence_time(text: str, *, end: bool) -> str:
    """A day (its first or, with ``end``, its last microsecond) or an RFC 3339 time, as the
    evidence chain writes times (UTC, microseconds: they compare as text)."""
    import datetime as dt

    from crypto import errors
    from crypto.errors import Text

    value = text.strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            when = dt.datetime.combine(day, dt.time.max if end else dt.time.min, dt.UTC)
        else:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
            if when.tzinfo is None:
                when = when.replace(tzinfo=dt.UTC)
    except ValueError:
        raise errors.UsageError(detail=Text(
            "{value} is not a date (YYYY-MM-DD) or an RFC 3339 time", value=text)) from None
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _report(vault: Vault, args: argparse.Namespace, period: tuple[str, str] | None) -> int:
    from pathlib import Path

    from app.atomic import atomic_output
    from app.cli.present import emit_json
    from app.compliance import report

    data = (report.period_report(vault, *period) if period is not None
            else report.contract_report(vault, args.document))
    pdf = report.render_pdf(data, vault)  # signed with the vault's client key
    outputs: list[tuple[Path, bytes]] = [(Path(args.output), pdf)]
    if args.json_out:
        outputs.append((Path(args.json_out), report.report_json(data)))
    if not args.overwrite:  # refuse before writing anything
        from crypto import errors

        for path, _ in outputs:
            if path.exists():
                raise errors.OutputExists(path=str(path))
    for path, content in outputs:
        with atomic_output(path, overwrite=args.overwrite) as fh:
            fh.write(content)
    files = [{"path": str(path), "sha256": report.fingerprint(content), "bytes": len(content)}
             for path, content in outputs]
    counts = {"consents": len(data["consents"]), "notices": len(data["notices"]),
              "intent_checks": len(data["intent_checks"])}
    if args.json:
        emit_json({"schema": report.SCHEMA, "scope": data["scope"], "counts": counts,
                   "files": files})
        return 0
    print(tr("cli", "{consents} consents, {notices} certificate notices, {intent_checks} intent "
             "checks.").format(**counts))
    for f in files:
        print(tr("cli", "Wrote {path} (SHA-256 {sha256}).").format(path=f["path"],
                                                                   sha256=f["sha256"]))
    return 0
