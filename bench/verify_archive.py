"""The verification benchmark's archive: N signed contracts made by `sealdesk sign`, cached.

What a real archive of signed contracts holds, in fixed shares (see :data:`KINDS`): company seals
at PAdES B-LT (revocation data embedded) and B-T (timestamp only), contracts certified with
DocMDP 2, and contracts signed by both parties (seller B-T, then buyer B-LT), every seal a
visible image.  The files, the demo PKI that signed them (keys included: it is a throwaway
test PKI) and a manifest are cached in ``bench/_data/verify-archive/``.

The PKI's OCSP/CRL/TSA service must run while the archive is verified (B-T files and the peers
check revocation online), at the address baked into the certificates; so a cached archive is
reused only while that port is free and while its embedded OCSP responses are fresh (they are
valid for a day; the cache is rebuilt after :data:`MAX_AGE`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.peers import venv_tool
from bench.softhsm import SetupError
from bench.workload import DATA_DIR, make_contracts

ARCHIVE_VERSION = 1  # bump when the archive's recipe changes, so stale caches are not reused
MAX_AGE = dt.timedelta(hours=12)
PASSWORD_VAR = "SEALDESK_BENCH_P12_PASSWORD"
P12_PASSWORD = "bench"
SELLER, BUYER = "seal-rsa", "person-rsa"

#: kind → (description, share of the archive); the last kind takes the rounding remainder
KINDS: dict[str, tuple[str, float]] = {
    "two": ("two signatures: seller's seal B-T, then buyer's seal B-LT", 0.15),
    "certified": ("certified (DocMDP 2) company seal, B-LT", 0.15),
    "bt": ("company seal, B-T (timestamp, no embedded revocation data)", 0.20),
    "lt": ("company seal, B-LT (OCSP/CRL embedded in the DSS)", 0.50),
}
#: kind → the file verdicts a correct verifier gives (two signatures: the buyer's signature is
#: an allowed change after the seller's, which a verifier may list)
EXPECTED_INTEGRITY = {"lt": {"UNCHANGED"}, "bt": {"UNCHANGED"}, "certified": {"UNCHANGED"},
                      "two": {"UNCHANGED", "CHANGED"}}
SIGNATURES = {"lt": 1, "bt": 1, "certified": 1, "two": 2}


@dataclass(frozen=True)
class Archive:
    """The signed files and what verifies them."""

    folder: Path  # the signed PDFs, nothing else
    root_pem: Path  # the PKI's root certificate: the only trust anchor
    pki_dir: Path
    kinds: dict[str, str]  # file name → kind
    created: dt.datetime

    @property
    def files(self) -> list[Path]:
        return [self.folder / name for name in sorted(self.kinds)]

    def count(self, kind: str) -> int:
        return sum(1 for k in self.kinds.values() if k == kind)


def shares(total: int) -> dict[str, int]:
    """How many files of each kind an archive of ``total`` holds (each kind at least one)."""
    counts = {k: max(1, round(total * share)) for k, (_, share) in KINDS.items()}
    last = list(KINDS)[-1]
    counts[last] = total - sum(v for k, v in counts.items() if k != last)
    if counts[last] < 1:
        raise ValueError(f"an archive needs at least {len(KINDS)} files")
    return counts


def archive_dir(total: int) -> Path:
    return DATA_DIR / "verify-archive" / f"v{ARCHIVE_VERSION}-{total}"


def open_archive(total: int, log: Callable[[str], None]) -> tuple[Archive, object]:
    """The cached archive of ``total`` files (built when missing or stale) and its running
    PKI service (a :class:`crypto.pki.PkiServer`; stop it when done)."""
    from crypto.pki import Pki, PkiServer

    folder = archive_dir(total)
    archive = _cached(folder, total)
    if archive is not None:
        try:
            server = PkiServer.for_pki(Pki.load(archive.pki_dir))
            log(f"archive: reusing {folder} (built {archive.created:%Y-%m-%d %H:%M %Z})")
            return archive, server
        except OSError as exc:  # its port is taken now: build afresh
            log(f"archive: cannot serve the cached PKI again ({exc}); rebuilding")
    shutil.rmtree(folder, ignore_errors=True)
    server = PkiServer(host="127.0.0.1", port=0)
    try:
        archive = build_archive(folder, total, server, log)
    except BaseException:
        server.stop()
        raise
    return archive, server


def _cached(folder: Path, total: int) -> Archive | None:
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        created = dt.datetime.fromisoformat(manifest["created"])
        kinds = dict(manifest["kinds"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    archive = Archive(folder / "pdf", folder / "root.pem", folder / "pki", kinds, created)
    age = dt.datetime.now(dt.UTC) - created
    fresh = dt.timedelta(0) <= age < MAX_AGE
    complete = (manifest.get("version") == ARCHIVE_VERSION and len(kinds) == total
                and all(p.is_file() for p in archive.files) and archive.root_pem.is_file())
    return archive if fresh and complete else None


def build_archive(folder: Path, total: int, server: object, log: Callable[[str], None]) -> Archive:
    """Generate a PKI served by ``server``, and sign ``total`` contracts into ``folder``."""
    from crypto.pki import PkiServer, generate_pki
    from crypto.seal.drawing import render_company_seal

    assert isinstance(server, PkiServer)
    counts = shares(total)
    log(f"archive: building {total} signed contracts in {folder} "
        f"({', '.join(f'{n} {k}' for k, n in counts.items())})")
    pki = generate_pki(server.base_url, leaves=[SELLER, BUYER])
    server.serve(pki)
    folder.mkdir(parents=True, exist_ok=True)
    pki.save(folder / "pki")
    root = folder / "root.pem"
    root.write_bytes(pki.root.cert_pem())
    with tempfile.TemporaryDirectory(prefix="sealdesk-archive-") as tmp:
        work = Path(tmp)
        keys = {}
        for who in (SELLER, BUYER):
            keys[who] = work / f"{who}.p12"
            keys[who].write_bytes(pki[who].to_pkcs12(P12_PASSWORD.encode()))
        seals = {SELLER: work / "seller.png", BUYER: work / "buyer.png"}
        seals[SELLER].write_bytes(render_company_seal(pki.company))
        seals[BUYER].write_bytes(render_company_seal("上海某某贸易有限公司"))
        contracts = make_contracts(work / "contracts", total)
        signer = _Signer(work, keys, seals, pki.tsa_url, root)
        out = folder / "pdf"
        out.mkdir(exist_ok=True)
        kinds: dict[str, str] = {}
        start = 0
        for kind, count in counts.items():
            batch = contracts[start:start + count]
            start += count
            for src, signed in zip(batch, signer.kind(kind, batch), strict=True):
                name = f"{kind}-{src.stem.rsplit('-', 1)[-1]}.pdf"
                os.replace(signed, out / name)
                kinds[name] = kind
    created = dt.datetime.now(dt.UTC)
    manifest = {"version": ARCHIVE_VERSION, "created": created.isoformat(), "files": total,
                "base_url": pki.base_url, "kinds": kinds,
                "recipe": {k: d for k, (d, _) in KINDS.items()}}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                          encoding="utf-8")
    return Archive(out, root, folder / "pki", kinds, created)


@dataclass
class _Signer:
    """`sealdesk sign` batches: one call per kind and step."""

    work: Path
    keys: dict[str, Path]
    seals: dict[str, Path]
    tsa_url: str
    root: Path

    def kind(self, kind: str, inputs: list[Path]) -> list[Path]:
        seller = ["--seal", str(self.seals[SELLER]), "--at-text", "盖章处", "--field", "SellerSeal"]
        if kind == "lt":
            return self.sign(inputs, SELLER, "B-LT", seller, f"{kind}")
        if kind == "bt":
            return self.sign(inputs, SELLER, "B-T", seller, f"{kind}")
        if kind == "certified":
            return self.sign(inputs, SELLER, "B-LT", [*seller, "--certify", "2"], f"{kind}")
        if kind == "two":
            first = self.sign(inputs, SELLER, "B-T", seller, "two-seller")
            buyer = ["--seal", str(self.seals[BUYER]), "--at-text", "(Seal)",
                     "--field", "BuyerSeal"]
            return self.sign(first, BUYER, "B-LT", buyer, "two-buyer")
        raise ValueError(kind)

    def sign(self, inputs: list[Path], who: str, level: str, extra: list[str],
             step: str) -> list[Path]:
        out = self.work / step
        argv = [venv_tool("sealdesk"), "sign", *map(str, inputs), "--out-dir", str(out),
                "--p12", str(self.keys[who]), "--password-env", PASSWORD_VAR, "--level", level,
                "--tsa", self.tsa_url, "--trust", str(self.root), "--json", *extra]
        env = {**os.environ, PASSWORD_VAR: P12_PASSWORD,
               "SEALDESK_HOME": str(self.work / "home")}
        proc = subprocess.run(argv, env=env, capture_output=True, text=True, check=False,
                              timeout=1800)
        if proc.returncode != 0:
            raise SetupError(f"sealdesk sign ({step}) failed ({proc.returncode}): "
                             f"{(proc.stderr or proc.stdout)[-600:]}")
        outputs = [out / f"{p.stem}.signed.pdf" for p in inputs]
        missing = [p.name for p in outputs if not p.is_file()]
        if missing:
            raise SetupError(f"sealdesk sign ({step}) wrote no {missing[:3]}")
        return outputs


__all__ = ["EXPECTED_INTEGRITY", "KINDS", "SIGNATURES", "Archive", "open_archive", "shares"]
