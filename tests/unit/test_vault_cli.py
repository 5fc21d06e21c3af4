"""`sealdesk vault …` end to end through the real CLI: init, add, list, export, destroy, check,
and tampering found by `vault check` at its exact place."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.cli.main import main
from app.evidence import chain
from app.evidence.events import canonical_json, fingerprints
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.unit


@pytest.fixture
def cli(monkeypatch, vault_dir, capsys):
    monkeypatch.setenv("VPW", PASSPHRASE)

    def run(*argv, expect=0):
        code = main(["vault", *argv, "--vault", str(vault_dir), "--passphrase-env", "VPW"])
        out = capsys.readouterr()
        assert code == expect, out
        return out

    return run


@pytest.fixture
def contract_pdf(contract_template, tmp_path):
    path = tmp_path / "合同.pdf"
    path.write_bytes(contract_template.read_bytes())
    return path


def add(cli, path, *extra):
    return json.loads(cli("add", str(path), "--json", *extra).out)["document"]


def test_init_add_list_json(cli, contract_pdf, monkeypatch):
    cli("init")
    monkeypatch.setenv("RID", "11010519491231002X")
    doc = add(cli, contract_pdf, "--resident-id-env", "RID")
    listed = json.loads(cli("list", "--json").out)
    [entry] = listed["documents"]
    for key in ("id", "name", "sha256", "signed_at"):
        assert key in entry
    assert entry["id"] == doc["id"] and entry["name"] == "合同.pdf"
    assert entry["personal"] == [{"kind": "resident_id", "masked": "1101**********002X"}]
    again = json.loads(cli("add", str(contract_pdf), "--json").out)
    assert again["created"] is False and again["document"]["id"] == doc["id"]
    text = cli("list").out
    assert doc["id"][:12] in text and "合同.pdf" in text


def test_wrong_passphrase_exit_code_and_message(cli, contract_pdf, monkeypatch, capsys, vault_dir):
    cli("init")
    monkeypatch.setenv("VPW", "wrong")
    out = cli("list", "--json", expect=1)
    assert json.loads(out.out)["error"]["code"] == "vault_wrong_key"


def test_export_zip_verifies_without_sealdesk(cli, contract_pdf, tmp_path):
    cli("init")
    doc = add(cli, contract_pdf)
    out = tmp_path / "export.zip"
    manifest = json.loads(cli("export", doc["id"][:6], "-o", str(out), "--json").out)
    assert manifest["id"] == doc["id"]
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert {"document.pdf", "events.jsonl", "manifest.json", "verify.py", "README.txt"} <= names
        assert zf.read("document.pdf") == contract_pdf.read_bytes()
        folder = tmp_path / "unpacked"
        zf.extractall(folder)
    for target in (out, folder):  # the bundled verifier, standard library only, isolated
        res = subprocess.run([sys.executable, "-I", str(folder / "verify.py"), str(target)],
                             capture_output=True, text=True, cwd=tmp_path)
        assert res.returncode == 0 and "VERIFIED" in res.stdout, res.stdout + res.stderr
    # a forged document is caught by the same verifier
    (folder / "document.pdf").write_bytes(contract_pdf.read_bytes() + b" ")
    res = subprocess.run([sys.executable, "-I", str(folder / "verify.py"), str(folder)],
                         capture_output=True, text=True)
    assert res.returncode == 1 and "document.pdf" in res.stdout
    lines = (folder / "events.jsonl").read_bytes().splitlines()
    assert json.loads(lines[-1])["type"] == "exported"


def test_destroy_then_list_and_check(cli, contract_pdf, capsys):
    cli("init")
    doc = add(cli, contract_pdf)
    out = cli("destroy", doc["id"], "--reason", "retention over", "--yes", "--json")
    assert json.loads(out.out)["event"]["body"]["type"] == "destroyed"
    assert json.loads(cli("list", "--json").out)["documents"] == []
    listed = json.loads(cli("list", "--all", "--json").out)["documents"]
    assert listed[0]["state"] == "destroyed" and listed[0]["destroy_reason"] == "retention over"
    report = json.loads(cli("check", "--json").out)
    assert report["ok"] and report["chain"]["events"] == 3


def test_destroy_needs_yes_without_a_terminal(cli, contract_pdf):
    cli("init")
    doc = add(cli, contract_pdf)
    err = cli("destroy", doc["id"], "--reason", "x", expect=2).err
    assert "--yes" in err


def test_check_finds_a_changed_blob_byte(cli, contract_pdf, vault_dir):
    cli("init")
    doc = add(cli, contract_pdf)
    assert json.loads(cli("check", "--json").out)["ok"]
    blob = vault_dir / "blobs" / f"{doc['id']}.sdv"
    data = bytearray(blob.read_bytes())
    data[200] ^= 0x01
    blob.write_bytes(bytes(data))
    report = json.loads(cli("check", "--json", expect=1).out)
    [problem] = report["documents"]["problems"]
    assert problem["id"] == doc["id"] and "chunk 0" in problem["problem"]


def test_check_finds_a_changed_database_page(cli, contract_pdf, vault_dir):
    from app.vault import Vault
    from app.vault.importing import import_pdf

    cli("init")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        for i in range(30):  # enough rows for several pages
            import_pdf(v, _copy(contract_pdf, f"c{i}.pdf", f"%copy {i}\n".encode()))
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    pages = len(data) // 4096
    assert pages > 3
    data[(pages - 1) * 4096 + 100] ^= 0x01  # one byte in the last page
    db.write_bytes(bytes(data))
    report = json.loads(cli("check", "--json", expect=1).out)
    assert not report["cipher"]["ok"]
    assert any(str(pages) in e for e in report["cipher"]["errors"]), report["cipher"]


def test_check_finds_an_evidence_row_edited_with_the_key(cli, contract_pdf, vault_dir):
    from app.vault import Vault

    cli("init")
    add(cli, contract_pdf)
    add(cli, _copy(contract_pdf, "second.pdf"))
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        def forge(conn):
            body, = conn.execute("SELECT body FROM evidence WHERE seq = 2").fetchone()
            doc = json.loads(body)
            doc["data"]["size"] += 1
            new = canonical_json(doc)
            sha, sm3 = fingerprints(new)
            conn.execute("DROP TRIGGER evidence_no_update")
            conn.execute("UPDATE evidence SET body=?, sha256=?, sm3=? WHERE seq=2",
                         (new.decode(), sha, sm3))
        v.db.call(forge)
    report = json.loads(cli("check", "--json", expect=1).out)
    assert report["chain"]["broken"]["seq"] == 3
    text = cli("check", expect=1).out
    assert "3" in text and ("BROKEN" in text or "断" in text)


def _copy(src, name, tail=b"%second\n"):
    dst = src.with_name(name)
    dst.write_bytes(src.read_bytes() + tail)
    return dst


def test_passwd_changes_the_passphrase(cli, monkeypatch, vault_dir):
    cli("init")
    monkeypatch.setenv("NEWPW", "another passphrase")
    cli("passwd", "--new-passphrase-env", "NEWPW")
    cli("list", expect=1)
    monkeypatch.setenv("VPW", "another passphrase")
    cli("list")


def test_keyring_init_and_default_folder(monkeypatch, memory_keyring, capsys, _isolated_home):
    assert main(["vault", "init", "--keyring", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["unlock"] == "keyring" and doc["vault"] == str(_isolated_home / "vault")
    assert main(["vault", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"documents": []}


def test_exported_evidence_page_is_signed_and_names_the_chain(cli, contract_pdf, tmp_path, vault_dir):
    import io

    import pymupdf
    from asn1crypto import x509
    from pyhanko.pdf_utils.reader import PdfFileReader

    from app.vault import Vault
    from tests.fixtures.verify import pyhanko_verdicts

    cli("init")
    doc = add(cli, contract_pdf)
    out = tmp_path / "e.zip"
    manifest = json.loads(cli("export", doc["id"], "-o", str(out), "--json").out)
    with zipfile.ZipFile(out) as zf:
        page = zf.read("evidence-page.pdf")
        events = [json.loads(line) for line in zf.read("events.jsonl").splitlines()]
    [issued] = [e for e in events if e["type"] == "evidence_page_issued"]
    assert issued["data"]["sha256"] == manifest["files"]["evidence-page.pdf"]["sha256"]
    text = "".join(p.get_text() for p in pymupdf.open("pdf", page))
    for needle in ("签约存证页", "Signing Evidence Page", doc["sha256"], doc["sm3"],
                   issued["data"]["chain_head_sha256"]):
        assert needle in text.replace("\n", " "), needle
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        cert_der = v.db.call(lambda c: bytes(c.execute(
            "SELECT value FROM meta WHERE name='client_cert'").fetchone()[0]))
        types = [e.type for e in v.db.call(lambda c: list(chain.iter_events(c)))]
        assert "device_registered" in types
    path = tmp_path / "page.pdf"
    path.write_bytes(page)
    [verdict] = pyhanko_verdicts(path, [x509.Certificate.load(cert_der)])
    assert verdict.indication == "TOTAL-PASSED", verdict
    assert len(PdfFileReader(io.BytesIO(page)).embedded_signatures) == 1
    assert len(page) < 300_000


def test_passphrases_and_personal_data_never_reach_logs_or_output(cli, contract_pdf, monkeypatch,
                                                                  caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("RID", "11010519491231002X")
    outputs = [cli("init"), cli("add", str(contract_pdf), "--resident-id-env", "RID"),
               cli("list", "--json"), cli("list")]
    monkeypatch.setenv("VPW", "wrong-passphrase-XYZ")
    outputs.append(cli("check", expect=1))
    seen = caplog.text + "".join(o.out + o.err for o in outputs)
    assert "1101**********002X" in seen  # the masked form is what is shown
    for secret in (PASSPHRASE, "wrong-passphrase-XYZ", "11010519491231002X"):
        assert secret not in seen


def test_vault_code_does_not_import_pyside6():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('PySide6 is blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import app.vault.vault, app.vault.export, app.vault.check, app.vault.personal\n"
        "import app.vault.destroy, app.vault.importing, app.evidence.page, app.cli.vault_cmd\n"
        "import app.cli.sign_vault\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
