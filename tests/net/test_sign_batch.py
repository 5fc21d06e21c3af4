"""Batches: one identity for many files, per-file results, and resume after kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from app.cli.main import main
from app.signing.journal import BatchJournal, file_sha256
from tests.fixtures.docs import make_batch, sha256

pytestmark = pytest.mark.net


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")


def signature_count(path: Path) -> int:
    with open(path, "rb") as fh:
        return len(PdfFileReader(fh, strict=False).embedded_signatures)


def test_batch_reports_each_file(contract_template, seal_p12, tmp_path, capsys):
    files = make_batch(contract_template, tmp_path / "in", 5)
    bad = tmp_path / "in" / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not really a pdf")
    out_dir = tmp_path / "out"
    code = main(["sign", *map(str, files), str(bad), "--out-dir", str(out_dir), "--p12",
                 str(seal_p12), "--password-env", "P12PW", "--level", "B-B", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1
    assert doc["summary"] == {"signed": 5, "skipped": 0, "failed": 1}
    statuses = {Path(f["input"]).name: f["status"] for f in doc["files"]}
    assert statuses["broken.pdf"] == "failed"
    for f in files:
        assert signature_count(out_dir / f"{f.stem}.signed.pdf") == 1
    assert not (out_dir / "broken.signed.pdf").exists()


def test_batch_clash_and_usage_errors(contract, tmp_path, seal_p12, capsys):
    code = main(["sign", str(contract), str(contract), "-o", str(tmp_path / "x.pdf"), "--p12",
                 str(seal_p12), "--password-env", "P12PW", "--level", "B-B"])
    assert code == 2
    code = main(["sign", str(contract), "-o", str(contract), "--p12", str(seal_p12),
                 "--password-env", "P12PW", "--level", "B-B"])
    assert code == 2
    assert "input" in capsys.readouterr().err


def test_killed_batch_resumes_without_signing_twice(contract_template, seal_p12, fresh_pki_server, tmp_path):
    files = make_batch(contract_template, tmp_path / "in", 12)
    hashes = {f: sha256(f) for f in files}
    out_dir = tmp_path / "out"
    cmd = [sys.executable, "-m", "app.cli.main", "sign", *map(str, files), "--out-dir", str(out_dir),
           "--p12", str(seal_p12), "--password-env", "P12PW", "--level", "B-T",
           "--tsa", fresh_pki_server.tsa_url, "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path.cwd())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if len(list(out_dir.glob("*.signed.pdf"))) >= 3 if out_dir.exists() else False:
            break
        time.sleep(0.005)
    fresh_pki_server.set_down("tsa", "hang")  # the next file waits for its timestamp…
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)  # …and the process dies mid-file
    proc.wait(timeout=10)
    fresh_pki_server.set_up("tsa")
    done_first = sorted(out_dir.glob("*.signed.pdf"))
    assert 3 <= len(done_first) < len(files), "the kill must land mid-batch"

    again = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    doc = json.loads(again.stdout)
    assert doc["summary"]["skipped"] == len(done_first)
    assert doc["summary"]["signed"] == len(files) - len(done_first)
    for f in files:
        out = out_dir / f"{f.stem}.signed.pdf"
        assert signature_count(out) == 1, f"{out.name} signed more than once"
        assert sha256(f) == hashes[f]
    assert list(out_dir.glob(".*.part")) == []


def test_lost_journal_line_is_recovered(contract_template, seal_p12, tmp_path, capsys):
    """Killed after the rename but before 'done' was written: the output is recognised."""
    [src] = make_batch(contract_template, tmp_path / "in", 1)
    out_dir = tmp_path / "out"
    args = ["sign", str(src), "--out-dir", str(out_dir), "--p12", str(seal_p12),
            "--password-env", "P12PW", "--level", "B-B", "--json"]
    assert main(args) == 0
    capsys.readouterr()
    out = out_dir / f"{src.stem}.signed.pdf"
    signed_bytes = out.read_bytes()
    journal = BatchJournal.for_batch([(src, out)])
    journal.started(src, out, file_sha256(src))  # as if the previous run died before 'done'
    assert main(args) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["files"][0]["status"] == "skipped"
    assert out.read_bytes() == signed_bytes
    assert os.path.exists(out)


def test_parallel_batch_matches_serial(contract_template, seal_p12, pki_server, test_pki, tmp_path):
    """Worker processes sign exactly like the in-process path (key stays in this process)."""
    from app.identity import IdentitySpec
    from app.signing.batch import FileJob
    from app.signing.runner import SigningRun
    from crypto.pades.options import SignatureLevel, SignOptions, TsaConfig
    from tests.fixtures.verify import assert_pdfsig_valid, pyhanko_verdicts

    files = make_batch(contract_template, tmp_path / "in", 10)
    files[4].write_bytes(b"%PDF-1.7\ngarbage")  # one bad file in the middle
    results = {}
    for workers in (0, 2):
        out_dir = tmp_path / f"out{workers}"
        out_dir.mkdir()
        run = SigningRun(
            identity=IdentitySpec(p12=seal_p12, password=b"pw"),
            options=SignOptions(level=SignatureLevel.B_T, tsa=TsaConfig(pki_server.tsa_url)),
            workers=workers,
        )
        res = run.execute([FileJob(f, out_dir / f.name) for f in files], interaction=None)
        results[workers] = [(r.source.name, r.status, r.error.code if r.error else None) for r in res]
    assert results[0] == results[2]
    assert [s for _, s, _ in results[2]].count("signed") == 9
    for f in files[:4] + files[5:]:
        out = tmp_path / "out2" / f.name
        [v] = pyhanko_verdicts(out, [test_pki.root.cert], online=True)
        assert v.indication == "TOTAL-PASSED" and v.timestamp_time
    assert_pdfsig_valid(tmp_path / "out2" / files[0].name, count=1)


def test_journaled_output_changed_since_is_not_taken_as_done(contract_template, seal_p12,
                                                            tmp_path, capsys):
    """The journal says "done", but the output is no longer what this batch wrote: refused
    (output exists), never reported as signed nor archived as ours."""
    files = make_batch(contract_template, tmp_path / "in", 2)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    blocker = out_dir / f"{files[1].stem}.signed.pdf"
    blocker.write_bytes(b"not ours")  # the second file fails, so the journal stays
    args = ["sign", *map(str, files), "--out-dir", str(out_dir), "--p12", str(seal_p12),
            "--password-env", "P12PW", "--level", "B-B", "--json"]
    assert main(args) == 1
    capsys.readouterr()
    first = out_dir / f"{files[0].stem}.signed.pdf"
    first.write_bytes(first.read_bytes() + b"\n% appended after signing\n")
    blocker.unlink()
    assert main(args) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [f["status"] for f in doc["files"]] == ["failed", "signed"]
    assert doc["files"][0]["error"]["code"] == "output_exists"
