"""`sealdesk sign`: one identity, one login, any number of documents."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.env import secret_from_env
from app.cli.interaction import TerminalInteraction
from app.cli.main import EXIT_FAILED, EXIT_OK
from app.cli.present import emit_json, file_result_json, message
from app.cli.sign_vault import CliCompliance, archive_results, open_sign_vault, print_archived
from app.i18n import tr
from app.identity import IdentitySpec
from app.signing.batch import FileResult, plan_outputs
from crypto import errors
from crypto.errors import Text
from crypto.pades.options import SignatureLevel, SignOptions, TsaConfig


def parse_rect(text: str) -> tuple[float, float, float, float]:
    """'X1,Y1,X2,Y2' in points → a normalised rectangle."""
    try:
        x1, y1, x2, y2 = (float(v) for v in text.split(","))
    except ValueError as exc:
        raise errors.UsageError(
            detail=Text("--rect takes X1,Y1,X2,Y2 in points, not '{text}'", text=text)
        ) from exc
    return (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))


def seal_from_args(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The visible seal the arguments ask for, or None for an invisible signature."""
    from crypto.pades.engine import SealSpec
    from crypto.seal.spec import CrossPage, PageRect, TextAnchor

    chosen = [bool(args.rect or args.page), bool(args.at_text), bool(args.cross_page)]
    if sum(chosen) > 1:
        raise errors.UsageError(
            detail=Text("choose one of --page/--rect, --at-text or --cross-page")
        )
    placement: PageRect | TextAnchor | CrossPage | None = None
    if args.rect or args.page:
        if not (args.rect and args.page):
            raise errors.UsageError(detail=Text("--page and --rect go together"))
        placement = PageRect(page=args.page, rect=parse_rect(args.rect))
    elif args.at_text:
        placement = TextAnchor(text=args.at_text, size=args.seal_size)
    elif args.cross_page:
        placement = CrossPage(size=args.seal_size)
    image = None
    if args.seal:
        from crypto.seal.image import check_seal_image

        image = check_seal_image(Path(args.seal)).png
    if placement is None:
        if image is not None or args.seal_text:
            raise errors.UsageError(
                detail=Text(
                    "say where the seal goes: --page N --rect X1,Y1,X2,Y2, --at-text TEXT "
                    "or --cross-page"
                )
            )
        return None
    if image is None and not args.seal_text:
        if isinstance(placement, CrossPage):
            raise errors.UsageError(detail=Text("--cross-page needs --seal IMAGE"))
        args.seal_text = ["%(signer)s", "%(ts)s"]
    return SealSpec(placement=placement, image_png=image, lines=tuple(args.seal_text))


def options_from_args(args: argparse.Namespace) -> SignOptions:
    """Signature options from the command line."""
    level = SignatureLevel.parse(args.level)
    tsa = None
    if args.tsa:
        tsa = TsaConfig(
            url=args.tsa,
            username=args.tsa_user,
            password=secret_from_env(args.tsa_password_env, Text("timestamp service password")),
        )
    return SignOptions(
        level=level,
        tsa=tsa,
        certify=args.certify,
        field_name=args.field,
        reason=args.reason,
        location=args.location,
        use_pss=args.pss,
    )


def identity_from_args(args: argparse.Namespace) -> IdentitySpec:
    """Where the key is, from the command line (secrets only from the environment)."""
    password = secret_from_env(args.password_env, Text("key file password"))
    return IdentitySpec(
        pkcs11_uri=args.key,
        modules=tuple(args.module),
        skf_library=Path(args.skf) if args.skf else None,
        skf_container=args.skf_container,
        p12=Path(args.p12) if args.p12 else None,
        key_pem=Path(args.key_pem) if args.key_pem else None,
        cert_pem=Path(args.cert_pem) if args.cert_pem else None,
        chain=tuple(Path(p) for p in args.chain),
        pin=secret_from_env(args.pin_env, Text("token PIN")),
        password=password.encode() if password is not None else None,
        sm2_profile=Path(args.sm2_profile) if args.sm2_profile else None,
        sm2_signer_id=sm2_signer_id(args.sm2_signer_id),
    )


def second_identity_from_args(args: argparse.Namespace) -> IdentitySpec | None:
    """``--also-p12``/``--also-key``: the identity of the second (RSA/ECDSA) signature."""
    also_p12, also_key = getattr(args, "also_p12", None), getattr(args, "also_key", None)
    if also_p12 is None and also_key is None:
        for flag, value in (("--also-password-env", args.also_password_env),
                            ("--also-pin-env", args.also_pin_env)):
            if value is not None:
                raise errors.UsageError(
                    detail=Text("{flag} goes with --also-p12 or --also-key", flag=flag))
        return None
    password = secret_from_env(args.also_password_env, Text("second key file password"))
    return IdentitySpec(
        pkcs11_uri=also_key,
        modules=tuple(args.module),
        p12=Path(also_p12) if also_p12 else None,
        pin=secret_from_env(args.also_pin_env, Text("second token PIN")),
        password=password.encode() if password is not None else None,
    )


def sm2_signer_id(text: str | None) -> bytes | None:
    """``--sm2-signer-id``: 1 to 8191 bytes of UTF-8 (None: the default 1234567812345678)."""
    if text is None:
        return None
    value = text.encode("utf-8")
    if not 0 < len(value) <= 8191:
        raise errors.UsageError(detail=Text("--sm2-signer-id must be 1 to 8191 bytes"))
    return value


def run_sign(args: argparse.Namespace) -> int:
    """Sign the inputs; exit code 0 only if every file was signed (or already was)."""
    from app.signing.runner import SigningRun

    options = options_from_args(args)
    seal = seal_from_args(args)
    jobs = plan_outputs(
        [Path(p) for p in args.inputs],
        Path(args.output) if args.output else None,
        Path(args.out_dir) if args.out_dir else None,
    )
    if args.out_dir:
        Path(args.out_dir).mkdir(parents=True, exist_ok=True)
    trust = [Path(p) for p in args.trust]
    run = SigningRun(
        identity=identity_from_args(args),
        options=options,
        seal=seal,
        trust_files=trust,
        overwrite=args.overwrite,
        pdf_password=secret_from_env(args.pdf_password_env, Text("PDF password")),
        also=second_identity_from_args(args),
    )
    show_progress = not args.json and sys.stderr.isatty() and len(jobs) > 1
    vault = open_sign_vault(args)  # --vault: unlocked before anything is signed
    compliance = None
    try:
        if vault is not None:  # lifecycle notices and intent as evidence (issue 6)
            compliance = CliCompliance(vault, jobs, args)
            run.on_open = compliance.opened
        results = run.execute(
            jobs,
            TerminalInteraction(),
            progress=_progress_bar if show_progress else None,
        )
        archived, not_archived = (
            archive_results(vault, results, args, compliance) if vault else ([], [])
        )
    finally:
        if vault is not None:
            vault.close()
    failed = [r for r in results if r.status == "failed"]
    if args.json:
        doc: dict[str, object] = {
            "schema": "sealdesk.sign/1",
            "signer": run.signer_summary(),
            "second_signer": run.signer_summary(second=True),
            "level": options.level.value,
            "files": [file_result_json(r) for r in results],
            "summary": _summary(results),
        }
        if vault is not None:
            doc["vault"] = {"path": str(vault.folder), "archived": archived}
        emit_json(doc)
    else:
        if show_progress:
            print(file=sys.stderr)
        _print_results(results)
        print_archived(archived)
    return EXIT_FAILED if failed or not_archived else EXIT_OK


def _summary(results: list[FileResult]) -> dict[str, int]:
    out = {"signed": 0, "skipped": 0, "failed": 0}
    for r in results:
        out[r.status] += 1
    return out


def _progress_bar(done: int, total: int, result: FileResult) -> None:
    width = 30
    filled = width * done // total
    bar = "#" * filled + "-" * (width - filled)
    name = result.source.name[:40]
    sys.stderr.write(f"\r[{bar}] {done}/{total} {name:<40}")
    sys.stderr.flush()


def _print_results(results: list[FileResult]) -> None:
    for r in results:
        if r.status == "signed":
            line = tr("cli", "signed   {source} → {output}")
            print(line.format(source=r.source, output=r.output))
        elif r.status == "skipped":
            line = tr("cli", "skipped  {source} → {output} (already signed by an earlier run)")
            print(line.format(source=r.source, output=r.output))
        else:
            assert r.error is not None
            line = tr("cli", "FAILED   {source}: {message}")
            print(line.format(source=r.source, message=message(r.error)), file=sys.stderr)
    s = _summary(results)
    if len(results) > 1:
        print(tr("cli", "{signed} signed, {skipped} skipped, {failed} failed").format(**s))
