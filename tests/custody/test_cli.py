"""`sealdesk seal|request|queue` end to end: two vaults, a token and a soft certificate."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.cli.main import main
from tests.custody.conftest import SEAL_NAME
from tests.fixtures.vault import PASSPHRASE

pytestmark = [pytest.mark.hsm, pytest.mark.net]


@pytest.fixture
def env(monkeypatch, people):
    monkeypatch.setenv("VP", PASSPHRASE)
    monkeypatch.setenv("REQ_PIN", people.requester_pin)
    monkeypatch.setenv("P12PW", "pw")


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    text = capsys.readouterr().out
    return code, json.loads(text) if text.strip() else {}


def vault_args(folder) -> list[str]:
    return ["--vault", str(folder), "--passphrase-env", "VP"]


def test_cli_flow(env, people, seal_png, contract, fresh_pki_server, tmp_path, capsys):
    office, custodian = tmp_path / "office", tmp_path / "custodian"
    image = tmp_path / "seal.png"
    image.write_bytes(seal_png)
    for folder in (office, custodian):
        assert main(["vault", "init", "--vault", str(folder), "--passphrase-env", "VP"]) == 0
        capsys.readouterr()
        code, doc = run(capsys, "seal", "add", "--name", SEAL_NAME, "--kind", "合同专用章",
                        "--image", str(image), "--certificate", str(people.seal_cert),
                        "--p12", str(people.seal_p12), "--requester", people.requester_sha256,
                        "--approver", people.approver_sha256, *vault_args(folder))
        assert code == 0, doc
    seal_id = doc["seal"]["id"]
    code, doc = run(capsys, "seal", "list", *vault_args(office))
    assert [s["id"] for s in doc["seals"]] == [seal_id]
    shown = tmp_path / "shown.png"
    code, doc = run(capsys, "seal", "show", SEAL_NAME, "--image-out", str(shown),
                    *vault_args(office))
    assert code == 0 and shown.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    code, doc = run(capsys, "request", "create", str(contract), "--seal", SEAL_NAME,
                    "--purpose", "采购合同", "--placement", "text:盖章处@100",
                    "--key", people.requester_uri, "--pin-env", "REQ_PIN", *vault_args(office))
    assert code == 0, doc
    req = doc["request"]["id"]
    sealreq = tmp_path / "r.sealreq"
    assert run(capsys, "request", "export", req, "-o", str(sealreq), *vault_args(office))[0] == 0
    code, doc = run(capsys, "request", "import", str(sealreq), *vault_args(custodian))
    assert code == 0 and doc["request_added"], doc
    code, doc = run(capsys, "request", "import", str(sealreq), *vault_args(custodian))
    assert code == 1 and doc["error"]["code"] == "request_replayed"
    code, doc = run(capsys, "request", "approve", req[:8], "--reason", "同意",
                    "--p12", str(people.approver_p12), "--password-env", "P12PW",
                    *vault_args(custodian))
    assert code == 0 and doc["request"]["state"] == "approved", doc

    fresh_pki_server.set_down("*", "drop")
    code, doc = run(capsys, "seal", "apply", req[:8], str(contract), "--out-dir",
                    str(tmp_path / "out"), "--password-env", "P12PW", *vault_args(custodian))
    assert code == 0, doc
    assert [f["status"] for f in doc["files"]] == ["sealed"]
    code, doc = run(capsys, "queue", "run", "--tsa", fresh_pki_server.tsa_url,
                    *vault_args(custodian))
    assert code == 1 and doc["outcomes"][0]["error"]["code"] == "tsa_unavailable"
    code, doc = run(capsys, "queue", "status", *vault_args(custodian))
    assert doc["summary"] == {"pending": 0, "failed": 1, "done": 0}
    assert doc["entries"][0]["error"]["code"] == "tsa_unavailable"
    assert doc["entries"][0]["next_attempt"]
    fresh_pki_server.set_up("*")
    code, doc = run(capsys, "queue", "run", "--tsa", fresh_pki_server.tsa_url, "--force",
                    *vault_args(custodian))
    assert code == 0 and doc["outcomes"][0]["status"] == "upgraded", doc

    out_csv, out_pdf = tmp_path / "ledger.csv", tmp_path / "ledger.pdf"
    code, doc = run(capsys, "seal", "ledger", SEAL_NAME, "--csv", str(out_csv), "--pdf",
                    str(out_pdf), *vault_args(custodian))
    assert code == 0
    [entry] = doc["entries"]
    assert entry["level"] == "B-LTA" and entry["purpose"] == "采购合同"
    assert entry["requester_sha256"] == people.requester_sha256
    assert entry["approver_sha256"] == people.approver_sha256
    rows = list(csv.reader(io.StringIO(out_csv.read_bytes().decode("utf-8-sig"))))
    assert rows[0][0].startswith("序号") and rows[1][4] == "采购合同"
    assert out_pdf.read_bytes().startswith(b"%PDF-")
    import pymupdf

    with pymupdf.open(out_pdf) as pdf:
        text = "".join("".join(page.get_text().split()) for page in pdf)
    assert "用印登记簿" in text and "采购合同" in text and "contract.pdf" in text
