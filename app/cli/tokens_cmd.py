"""`sealdesk tokens`: drivers, tokens and (after login) their signing certificates."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from app.cli.env import secret_from_env
from app.cli.interaction import TerminalInteraction
from app.cli.main import EXIT_FAILED, EXIT_OK
from app.cli.present import emit_json, error_json, localized
from app.i18n import tr
from crypto import errors
from crypto.errors import Text
from crypto.tokens.base import CertificateInfo, TokenInfo


def run_tokens(args: argparse.Namespace) -> int:
    """List what is plugged in; never prompts unless --pin-env asks for a login."""
    from crypto.tokens.pkcs11 import discover_modules, scan_tokens

    modules = discover_modules(args.module)
    usable = [m.path for m in modules if m.usable]
    tokens = scan_tokens(usable, strict=False) if usable else []
    pin = secret_from_env(args.pin_env, Text("token PIN"))
    profile = None
    if getattr(args, "sm2_profile", None):
        from crypto.sm.p11profile import load_profile

        profile = load_profile(Path(args.sm2_profile))
    login = _login_target(tokens, args.token) if pin is not None else None
    listed: list[dict[str, Any]] = []
    failures = 0
    for token in tokens:
        entry = _token_json(token)
        try:
            if token is login and not token.flags.pin_locked:
                assert pin is not None
                entry["certificates"] = [_cert_json(token, c)
                                         for c in _certificates(token, pin, profile)]
                entry["logged_in"] = True
            else:  # never a PIN meant for another token: only what is readable without one
                from crypto.tokens.pkcs11.peek import public_certificates

                entry["certificates"] = [_cert_json(token, c) for c in public_certificates(token)]
                entry["logged_in"] = False
        except errors.Cancelled:
            raise
        except errors.SealDeskError as exc:
            failures += 1
            entry["error"] = error_json(exc)
        listed.append(entry)
    doc: dict[str, Any] = {
        "schema": "sealdesk.tokens/1",
        "modules": [dataclasses.asdict(m) for m in modules],
        "tokens": listed,
    }
    if getattr(args, "skf", None):  # SM2 USB keys behind an SKF library (no PIN asked)
        from crypto.tokens.skf import scan

        doc["skf_devices"] = [dataclasses.asdict(d) for d in scan(Path(args.skf))]
    if args.json:
        emit_json(doc)
    else:
        _print(doc)
    return EXIT_FAILED if failures else EXIT_OK


def _login_target(tokens: list[TokenInfo], wanted: str | None) -> TokenInfo:
    """The one token ``--pin-env`` is for: a PIN is never tried on a token it was not meant for
    (a wrong PIN counts towards locking that token)."""
    matching = [t for t in tokens if wanted is None or wanted in (t.label, t.serial)]
    if len(matching) == 1:
        return matching[0]
    if not matching:
        raise errors.UsageError(detail=Text("no inserted token is called {token}",
                                            token=wanted or ""))
    raise errors.UsageError(detail=Text(
        "--pin-env logs in to one token; {count} are inserted ({labels}): name one with --token",
        count=len(matching), labels=", ".join(t.label for t in matching)))


def _certificates(token: TokenInfo, pin: str, profile: Any) -> list[CertificateInfo]:
    from crypto.tokens.pkcs11 import open_session

    with open_session(token, TerminalInteraction(allow_prompt=False), pin=pin,
                      sm2_profile=profile) as session:
        return list(session.certificates())


def _token_json(token: TokenInfo) -> dict[str, Any]:
    from crypto.tokens.pkcs11 import token_uri

    return {
        "module": token.module_path,
        "slot": token.slot_id,
        "label": token.label,
        "serial": token.serial,
        "manufacturer": token.manufacturer,
        "model": token.model,
        "state": token.state,
        "flags": dataclasses.asdict(token.flags),
        "uri": token_uri(token).to_string(),
        "certificates": None,
    }


def _cert_json(token: TokenInfo, cert: CertificateInfo) -> dict[str, Any]:
    from crypto.tokens.pkcs11 import token_uri

    c = cert.certificate
    uri = token_uri(token).with_object(label=cert.label or None, key_id=cert.key_id)
    return {
        "label": cert.label,
        "id": cert.key_id.hex(),
        "subject": cert.subject,
        "issuer": str(c.issuer.human_friendly),
        "serial": format(c.serial_number, "x"),
        "not_before": c.not_valid_before.isoformat(),
        "not_after": c.not_valid_after.isoformat(),
        "key": f"{cert.key_type}-{cert.key_bits}",
        "usable": cert.usable,
        "hidden_reason": cert.hidden_reason,
        "uri": uri.to_string(),
    }


def _print(doc: dict[str, Any]) -> None:
    mods = doc["modules"]
    if not mods:
        print(tr("cli", "No PKCS#11 driver found. Install the token vendor's driver, "
                 "or give --module PATH."))
    for m in mods:
        if m["problem"] is None:
            status = tr("cli", "ok")
        else:
            status = tr("cli", "cannot load: {problem}").format(problem=localized(m["problem"]))
        line = tr("cli", "driver  {path}  ({source}, {status})")
        print(line.format(path=m["path"], source=_source_text(m["source"]), status=status))
    if not doc["tokens"] and not doc.get("skf_devices"):
        print(tr("cli", "No token found: insert the USB key and check its driver."))
    for t in doc["tokens"]:
        _print_token(t)
    for d in doc.get("skf_devices", []):
        print()
        line = tr("cli", "SKF key {label}  serial {serial}  {manufacturer}  ({name})")
        print(line.format(label=d["label"], serial=d["serial"], manufacturer=d["manufacturer"],
                          name=d["name"]))
        apps = ", ".join(d["applications"])
        tries = d["tries_left"] if d["tries_left"] is not None else "?"
        line = tr("cli", "applications: {apps}; PIN tries left: {tries}")
        print(" " * 8 + line.format(apps=apps, tries=tries))


def _print_token(t: dict[str, Any]) -> None:
    pad = " " * 8
    print()
    line = tr("cli", "token   {label}  serial {serial}  {manufacturer} {model}")
    print(line.format(label=t["label"], serial=t["serial"], manufacturer=t["manufacturer"],
                      model=t["model"]))
    state = tr("cli", "state: {state}").format(state=_state_text(t["state"]))
    if t["flags"]["protected_auth_path"]:
        state = tr("cli", "{state}; PIN pad").format(state=state)
    print(pad + state)
    print(pad + t["uri"])
    if "error" in t:
        print(pad + tr("cli", "cannot list keys: {message}").format(message=t["error"]["message"]))
    elif not t.get("logged_in"):
        print(pad + tr("cli", "certificates readable without a PIN (give --pin-env VAR "
                              "[--token LABEL] to log in and check the keys):"))
        if not t["certificates"]:
            print(pad + tr("cli", "none"))
    elif not t["certificates"]:
        print(pad + tr("cli", "no certificate with a private key"))
    for c in t["certificates"] or []:
        mark = "✓" if c["usable"] else "✗"
        line = tr("cli", "{mark} {label}  {subject}  {key}  until {date}")
        print("  " + line.format(mark=mark, label=c["label"] or tr("cli", "(no label)"),
                                 subject=c["subject"], key=c["key"], date=c["not_after"][:10]))
        if c["hidden_reason"]:
            reason = localized(c["hidden_reason"])
            print("      " + tr("cli", "not offered: {reason}").format(reason=reason))
        print("      " + c["uri"])


def _source_text(source: str) -> str:
    return {
        "configured": tr("cli", "configured"),
        "p11-kit": tr("cli", "p11-kit"),
        "well-known": tr("cli", "well-known"),
    }.get(source, source)


def _state_text(state: str) -> str:
    return {
        "ok": tr("cli", "ready"),
        "pin_count_low": tr("cli", "a wrong PIN was entered recently"),
        "pin_final_try": tr("cli", "ONE PIN attempt left before it locks"),
        "pin_locked": tr("cli", "PIN LOCKED (ask your administrator to unblock it)"),
    }.get(state, state)
