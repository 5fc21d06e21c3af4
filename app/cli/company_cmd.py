"""`sealdesk company` (issue 6): the authorisation letter (授权书) a company signs for its agent.

``company letter --details FILE.json -o SIGNED.pdf (--p12 F --password-env VAR | --key URI
[--pin-env VAR]) --vault DIR``: the people's data come from the details file or from prompts
(never from the command line, which shells keep in their history); the letter is written,
signed by the signing core exactly as ``sealdesk sign --vault`` signs (consent gate, lifecycle
notices), and registered in the vault with the people's data encrypted.  Repeating a run that
was interrupted signs nothing twice and registers the letter once.  ``company letters`` lists
the registered letters, people masked.  Top-level imports stay light.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.vault_args import add_vault_options
from app.i18n import tr

if TYPE_CHECKING:
    from app.compliance.company import Authorisation, SignedLetter
    from app.vault import Vault


def add_parsers(subparsers: Any) -> None:
    """Register ``sealdesk company``."""
    from app.cli.main import _add_tsa  # the same timestamp options as `sealdesk sign`

    p = subparsers.add_parser(
        "company",
        help=tr("cli", "the authorisation letter (授权书) a company signs for its agent"))
    sub = p.add_subparsers(dest="company_action", metavar="ACTION")
    sub.required = True
    letter = sub.add_parser(
        "letter", help=tr("cli", "write, sign and register an authorisation letter"),
        description=tr("cli", "The legal representative's and the agent's names and ID numbers "
                       "are collected only for this authorisation letter and kept encrypted in "
                       "the vault; they are never taken from the command line."))
    letter.add_argument("--details", required=True, metavar="FILE.json",
                        help=tr("cli", "JSON file with the letter's details (read, never "
                                "changed): company, credit_code (unified social credit code), "
                                "legal_rep_name, legal_rep_id, agent_name, agent_id (resident ID "
                                "numbers), scope (the matters authorised), valid_from, "
                                "valid_until (YYYY-MM-DD); fields left out are asked on the "
                                "terminal (ID numbers without echo)"))
    letter.add_argument("-o", "--output", required=True, metavar="SIGNED.pdf",
                        help=tr("cli", "where the signed letter goes"))
    key = letter.add_mutually_exclusive_group(required=True)
    key.add_argument("--p12", metavar="FILE",
                     help=tr("cli", "the company seal's PKCS#12 (.p12/.pfx) soft certificate"))
    key.add_argument("--key", metavar="PKCS11_URI",
                     help=tr("cli", "the company seal's key on a token, as an RFC 7512 URI"))
    letter.add_argument("--password-env", metavar="VAR",
                        help=tr("cli", "password of the key file, from this environment variable"))
    letter.add_argument("--pin-env", metavar="VAR",
                        help=tr("cli", "token PIN from this environment variable"))
    letter.add_argument("--module", action="append", default=[], metavar="PATH",
                        help=tr("cli", "PKCS#11 module for --key (if the URI has no module-path)"))
    letter.add_argument("--level", default="B-T", metavar="LEVEL",
                        help=tr("cli", "PAdES level: B-B, B-T (default), B-LT, B-LTA"))
    _add_tsa(letter)
    letter.add_argument("--language", choices=("zh_CN", "en"),
                        help=tr("cli", "language of the letter (default: the interface language)"))
    letter.add_argument("--overwrite", action="store_true",
                        help=tr("cli", "replace an existing file at the output"))
    _vault(letter)
    letter.add_argument(
        "--renewal", choices=("agree", "decline"),
        help=tr("cli", "answer to the renewal question of a certificate that expires soon "
                       "(default: ask on a terminal, else ask again at the next signing)"))
    # what `sign` also reads, not offered here: a letter is signed invisibly, as an approval
    letter.set_defaults(skf=None, skf_container=None, key_pem=None, cert_pem=None, chain=[],
                        sm2_profile=None, sm2_signer_id=None, certify=None, field=None,
                        reason=None, location=None, pss=False)
    letters = sub.add_parser("letters", help=tr("cli", "list the registered letters (masked)"))
    _vault(letters)


def _vault(p: argparse.ArgumentParser) -> None:
    add_vault_options(p)
    p.add_argument(
        "--vault-pin-env", metavar="VAR",
        help=tr("cli", "PIN of the vault's USB key from this environment variable (default: ask)"))
    p.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))


def run(args: argparse.Namespace) -> int:
    """Run ``sealdesk company letter|letters``."""
    from app.cli.vault_cmd import open_vault

    if args.company_action == "letters":
        with open_vault(args.vault, args.passphrase_env, pin_env=args.vault_pin_env) as vault:
            return _list(vault, args)
    return _letter(args)


def _letter(args: argparse.Namespace) -> int:
    from app.cli.sign_cmd import identity_from_args, options_from_args
    from app.cli.sign_vault import CliCompliance, intent_method
    from app.cli.vault_cmd import open_vault
    from app.compliance import company
    from app.i18n import current_language
    from app.signing.batch import FileJob
    from app.signing.runner import SigningRun

    # everything checked before the vault is opened or a file written: a bad ID number stops here
    auth = company.authorisation_from(read_details(Path(args.details)))
    options = options_from_args(args)
    identity = identity_from_args(args)
    output = Path(args.output)
    language = args.language or current_language()
    with open_vault(args.vault, args.passphrase_env, pin_env=args.vault_pin_env) as vault:
        draft = company.draft_path(output)
        # the consent gate: refused here, before the letter is written or signed
        record = CliCompliance(vault, [FileJob(draft, output)], args)
        plan = company.plan_letter(auth, output, language, overwrite=args.overwrite)
        signing = SigningRun(identity=identity, options=options, overwrite=args.overwrite,
                             workers=0)
        from app.cli.interaction import TerminalInteraction

        done = company.sign_and_register(vault, plan, signing, TerminalInteraction(), record,
                                         intent=intent_method(args))
    _print_done(done, auth, args.json)
    return 0


def read_details(path: Path) -> dict[str, object]:
    """The details file's fields (read only), then what it leaves out, asked on a terminal."""
    from app.compliance import company
    from crypto import errors
    from crypto.errors import Text

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise errors.InputError(path=str(path)) from exc
    try:
        values = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise errors.UsageError(detail=Text("{path} is not a JSON file (it is not UTF-8 text)",
                                            path=str(path))) from None
    except json.JSONDecodeError as exc:
        raise errors.UsageError(detail=Text(
            "{path} is not a JSON file (a mistake at line {line}, column {column})",
            path=str(path), line=exc.lineno, column=exc.colno)) from None
    if not isinstance(values, dict):
        raise errors.UsageError(detail=Text("{path} must hold one JSON object", path=str(path)))
    unknown = sorted(set(values) - set(company.FIELDS))
    if unknown:
        raise errors.UsageError(detail=Text(
            "{path} has unknown fields: {names} (known: {known})", path=str(path),
            names=", ".join(unknown), known=", ".join(company.FIELDS)))
    for name in company.FIELDS:
        if values.get(name) in (None, "") and sys.stdin.isatty():
            values[name] = _ask(name)
    return values


def _ask(name: str) -> str:
    """One field typed on the terminal (ID numbers without echo); Ctrl-C cancels."""
    import getpass

    from app.cli.present import localized
    from app.compliance import company
    from crypto import errors

    prompt = tr("cli", "{field}: ").format(field=localized(company.field_label(name)))
    if name in company.DATE_FIELDS:
        prompt = tr("cli", "{field} (YYYY-MM-DD): ").format(
            field=localized(company.field_label(name)))
    try:
        if name in company.ID_FIELDS:
            return getpass.getpass(prompt)
        print(prompt, end="", file=sys.stderr, flush=True)
        return sys.stdin.readline().strip()
    except (EOFError, KeyboardInterrupt):
        raise errors.Cancelled() from None


def _print_done(done: SignedLetter, auth: Authorisation, as_json: bool) -> None:
    from app.cli.present import emit_json
    from app.vault.personal import mask

    rep_id, agent_id = mask(auth.legal_rep_id), mask(auth.agent_id)
    if as_json:
        emit_json({"schema": "sealdesk.company-letter/1", **done.to_json(),
                   "id_numbers": {"legal_representative": rep_id, "agent": agent_id}})
        return
    if done.signed:
        print(tr("cli", "signed   {output}").format(output=done.output))
    else:
        print(tr("cli", "already signed by an earlier run: {output}").format(output=done.output))
    line = (tr("cli", "registered authorisation letter {id} → vault {document}")
            if done.registered else
            tr("cli", "authorisation letter {id} was registered already → vault {document}"))
    r = done.record
    print(line.format(id=r.id, document=r.document_id[:12]))
    _print_letter(r.company, f"{r.legal_representative} ({rep_id})", f"{r.agent} ({agent_id})",
                  r.valid_from, r.valid_until)


def _print_letter(company_name: str, rep: str, agent: str, start: str, end: str) -> None:
    print(tr("cli", "  company: {company}").format(company=company_name))
    print(tr("cli", "  legal representative: {name}   agent: {agent}").format(name=rep,
                                                                            agent=agent))
    print(tr("cli", "  valid from {start} until {end}").format(start=start, end=end))


def _list(vault: Vault, args: argparse.Namespace) -> int:
    from app.cli.present import emit_json
    from app.compliance import company

    found = company.letters(vault)
    if args.json:
        emit_json({"schema": "sealdesk.company-letters/1",
                   "letters": [r.to_json() for r in found]})
        return 0
    if not found:
        print(tr("cli", "No authorisation letter is registered in this vault."))
    for r in found:
        print(tr("cli", "letter {id} → vault {document}").format(id=r.id,
                                                               document=r.document_id[:12]))
        _print_letter(r.company, r.legal_representative, r.agent, r.valid_from, r.valid_until)
    return 0

