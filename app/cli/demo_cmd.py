"""`sealdesk demo`: sign a sample contract end to end and say where it is and how it verified."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.main import EXIT_FAILED, EXIT_OK
from app.cli.present import emit_json, file_result_json, message
from app.i18n import tr

if TYPE_CHECKING:
    from crypto.review.model import SignatureReport


def run_demo(args: argparse.Namespace) -> int:
    """Run the demo; exit 0 only if the signed contract verified as TOTAL-PASSED."""
    from app.demo.run import run_demo as demo

    res = demo(Path(args.out_dir) if args.out_dir else None)
    ok = res.result.status == "signed" and res.report is not None and res.report.passed
    if args.json:
        emit_json(
            {
                "schema": "sealdesk.demo/1",
                "folder": str(res.folder),
                "contract": str(res.contract),
                "signed": str(res.signed),
                "sign": file_result_json(res.result),
                "review": res.report.to_json() if res.report is not None else None,
                "ok": ok,
            }
        )
    else:
        print(tr("cli", "Demo folder:     {path}").format(path=res.folder))
        print(tr("cli", "Sample contract: {path}").format(path=res.contract))
        if res.result.status != "signed":
            assert res.result.error is not None
            print(tr("cli", "Signing FAILED:  {message}").format(message=message(res.result.error)))
            return EXIT_FAILED
        print(tr("cli", "Signed contract: {path}").format(path=res.signed))
        if res.report is not None:
            print(tr("cli", "Integrity: {integrity}").format(integrity=res.report.integrity.value))
            for v in res.report.signatures:
                _print_verdict(v)
        if ok:
            print(tr("cli", "Verdict: valid (TOTAL-PASSED)"))
        else:
            print(tr("cli", "Verdict: NOT valid"))
    if ok and not args.no_gui and os.environ.get("DISPLAY"):
        _open_in_gui(res.signed, res.folder / "pki" / "root.pem")
    return EXIT_OK if ok else EXIT_FAILED


def _print_verdict(v: SignatureReport) -> None:
    sub = f" / {v.sub_indication.value}" if v.sub_indication else ""
    print(tr("cli", "Signature {field}: {indication}").format(
        field=v.field, indication=v.indication.value + sub))
    signer = v.signer.subject if v.signer else "-"
    print("  " + tr("cli", "signer:    {signer}").format(signer=signer))
    print("  " + tr("cli", "timestamp: {time}").format(time=v.timestamp_time or "-"))
    print("  " + tr("cli", "PAdES level: {level}").format(level=v.pades_level or "-"))
    line = tr(
        "cli",
        "intact: {intact}, crypto valid: {crypto_valid}, trusted (demo root): {trusted}, "
        "coverage: {coverage}",
    )
    print("  " + line.format(intact=_yes_no(v.intact), crypto_valid=_yes_no(v.crypto_valid),
                             trusted=_yes_no(v.trusted), coverage=v.coverage))


def _yes_no(value: object) -> str:
    if value is True:
        return tr("cli", "yes")
    if value is False:
        return tr("cli", "no")
    return str(value)


def _open_in_gui(path: Path, demo_root: Path) -> None:
    try:
        from ui.app import open_files
    except ImportError:
        return  # installed without the GUI extra
    open_files([path], trust_files=[str(demo_root)] if demo_root.is_file() else [])
