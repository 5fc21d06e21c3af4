"""`sealdesk demo`: sign a sample contract end to end and say where it is and how it verified."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.cli.main import EXIT_FAILED, EXIT_OK
from app.cli.present import emit_json


def run_demo(args: argparse.Namespace) -> int:
    """Run the demo; exit 0 only if the signed contract verified as TOTAL-PASSED."""
    from app.demo.run import run_demo as demo

    res = demo(Path(args.out_dir) if args.out_dir else None)
    ok = res.result.status == "signed" and all(v.indication == "TOTAL-PASSED" for v in res.verdicts)
    ok = ok and bool(res.verdicts)
    if args.json:
        emit_json(
            {
                "schema": "sealdesk.demo/1",
                "folder": str(res.folder),
                "contract": str(res.contract),
                "signed": str(res.signed),
                "sign": res.result.to_json(),
                "signatures": [v.__dict__ for v in res.verdicts],
                "ok": ok,
            }
        )
    else:
        print(f"Demo folder:     {res.folder}")
        print(f"Sample contract: {res.contract}")
        if res.result.status != "signed":
            assert res.result.error is not None
            print(f"Signing FAILED:  {res.result.error.render()}")
            return EXIT_FAILED
        print(f"Signed contract: {res.signed}")
        for v in res.verdicts:
            sub = f" / {v.sub_indication}" if v.sub_indication else ""
            print(f"Signature {v.field}: {v.indication}{sub}")
            print(f"  signer:    {v.signer}")
            print(f"  timestamp: {v.timestamp_time or '-'}")
            print(
                f"  intact: {v.intact}, crypto valid: {v.crypto_valid}, "
                f"trusted (demo root): {v.trusted}, coverage: {v.coverage}"
            )
        print("Verdict: " + ("valid (TOTAL-PASSED)" if ok else "NOT valid"))
    if ok and not args.no_gui and os.environ.get("DISPLAY"):
        _open_in_gui(res.signed)
    return EXIT_OK if ok else EXIT_FAILED


def _open_in_gui(path: Path) -> None:
    try:
        from ui.app import open_files  # type: ignore[import-not-found]
    except ImportError:
        return  # the desktop app is not part of this build yet
    open_files([path])
