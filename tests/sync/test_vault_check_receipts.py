"""`sealdesk vault check` re-verifies the platform receipts the sync stored: a receipt edited in
the vault (by someone holding its key) fails the check, named by its event's sequence number."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.evidence.events import EventDraft
from app.sync.device import register
from app.sync.transport import Endpoint
from app.vault import Vault
from app.vault.check import check_vault
from tests.fixtures.vault import PASSPHRASE
from tests.sync.conftest import FAST, make_engine

pytestmark = pytest.mark.net


def _edit_receipt(vault: Vault, seq: int) -> None:
    def edit(conn):
        (document,) = conn.execute(
            "SELECT receipt FROM receipts WHERE evidence_seq = ?", (seq,)).fetchone()
        doc = json.loads(document)
        doc["receipt"]["leaf_index"] += 1  # the proof no longer leads to the signed root
        conn.execute("UPDATE receipts SET receipt = ? WHERE evidence_seq = ?",
                     (json.dumps(doc), seq))

    vault.db.transaction(edit)


def test_vault_check_verifies_stored_receipts(vault_dir, platform_server, monkeypatch, capsys):
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:
        v.append_events([EventDraft("certificate_used", {"n": i}) for i in range(6)])
        _org_id, token = platform_server.new_org()
        register(v, Endpoint(platform_server.url), token, retry=FAST)
        synced = v.chain_head()[0]
        assert make_engine(v).run_once().stored == synced
        report = check_vault(v)
        assert report.ok and report.receipts_checked == synced, report.to_json()
        _edit_receipt(v, 4)
        report = check_vault(v)
        assert not report.ok and list(report.receipt_failures) == [4]
        assert report.chain is not None and report.chain.ok  # only the receipt layer failed
    monkeypatch.setenv("VPW", PASSPHRASE)
    common = ["--vault", str(vault_dir), "--passphrase-env", "VPW"]
    capsys.readouterr()
    assert main(["vault", "check", "--json", *common]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] is False and doc["receipts"]["checked"] == synced
    assert [f["seq"] for f in doc["receipts"]["failed"]] == [4]
    assert main(["vault", "check", *common]) == 1
    text = capsys.readouterr().out
    assert "receipt of event 4" in text or "事件 4" in text


def test_a_vault_that_never_synced_checks_clean(vault_dir):
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:
        v.append_events([EventDraft("certificate_used", {"n": 1})])
        report = check_vault(v)
    assert report.ok and report.receipts_checked == 0
    assert report.to_json()["receipts"] == {"checked": 0, "ok": True, "failed": []}


def test_evidence_page_shows_receipts_briefly(synced_vault, contract):
    import pymupdf

    from app.evidence.page import issue_evidence_page
    from app.vault import documents

    archived = synced_vault.archive_file(contract, documents.NewDocument("合同.pdf", "import"))
    assert make_engine(synced_vault).run_once().stored >= 1
    (seq, document) = synced_vault.db.call(lambda conn: conn.execute(
        "SELECT r.evidence_seq, r.receipt FROM receipts r JOIN evidence e "
        "ON e.seq = r.evidence_seq WHERE e.document_id = ?", (archived.record.id,)).fetchone())
    stored = json.loads(document)
    pdf = issue_evidence_page(synced_vault, archived.record.id)
    with pymupdf.open("pdf", pdf) as page_doc:
        text = " ".join(" ".join(p.get_text().split()) for p in page_doc)
    head = stored["tree_head"]
    assert f"leaf {stored['receipt']['leaf_index']}" in text
    assert f"tree size {head['tree_size']}" in text
    assert head["root_hash"][:16] in text and head["root_hash"] not in text
    assert head["timestamp"] in text and f"#{seq}" in text
    assert "inclusion_proof" not in text and head["signature"][:20] not in text
