"""`sealdesk ltv`: add validation data to signed files, optionally an archive timestamp."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from app.atomic import atomic_output
from app.cli.env import secret_from_env
from app.cli.main import EXIT_OK
from app.cli.present import emit_json
from app.i18n import tr
from crypto import errors
from crypto.errors import Text


def run_ltv(args: argparse.Namespace) -> int:
    """Extend one signed file to B-LT (and B-LTA with --archive-timestamp)."""
    from crypto.pades.ltv import add_ltv
    from crypto.tokens.soft import load_certificates

    src, out = Path(args.input), Path(args.output)
    if out.resolve() == src.resolve():
        raise errors.UsageError(
            detail=Text("refusing to overwrite the input {path}", path=str(src))
        )
    trust = [c for p in args.trust for c in load_certificates(Path(p))]
    timestamper = None
    if args.tsa:
        from crypto.pades.options import TsaConfig
        from crypto.pades.timestamper import HttpxTimeStamper

        timestamper = HttpxTimeStamper(
            TsaConfig(
                url=args.tsa,
                username=args.tsa_user,
                password=secret_from_env(
                    args.tsa_password_env, Text("timestamp service password")
                ),
            )
        )
    password = secret_from_env(args.pdf_password_env, Text("PDF password"))
    try:
        with open(src, "rb") as fh, atomic_output(out, overwrite=args.overwrite) as dst:
            result = asyncio.run(
                add_ltv(
                    fh,
                    dst,
                    trust=trust,
                    timestamper=timestamper,
                    archive=args.archive_timestamp,
                    pdf_password=password,
                )
            )
    except FileNotFoundError as exc:
        raise errors.InputError(path=str(src), what="{path} does not exist.") from exc
    finally:
        if timestamper is not None:
            timestamper.close()
    if args.json:
        emit_json(
            {
                "schema": "sealdesk.ltv/1",
                "input": str(src),
                "output": str(out),
                "signatures": list(result.signatures),
                "archive_timestamp": result.archive_timestamp,
            }
        )
    else:
        if result.archive_timestamp:
            line = tr("cli", "added validation data and an archive timestamp for {signatures} → "
                      "{output}")
        else:
            line = tr("cli", "added validation data for {signatures} → {output}")
        print(line.format(signatures=", ".join(result.signatures), output=out))
    return EXIT_OK
