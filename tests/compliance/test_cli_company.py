"""`sealdesk company letter|letters` with a soft seal certificate and a real SQLCipher vault: the
letter is written, signed by the signing core with the lifecycle notices, and registered with
the people's data encrypted; a bad ID number names its field and writes nothing; missing consent
stops before anything is signed; an interrupted run, repeated, registers the letter once."""

from __future__ import annotations

import json

import pymupdf
import pytest

from app.cli.main import main
from app.compliance import agreements, company, consent
from app.evidence import chain
from app.vault import Vault
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.net
REP_ID = "11010519491231002X"
AGENT_ID = "440524198001010013"
DETAILS = {"company": "北京示例科技有限公司", "credit_code": "91110108MA01ABCD4P",
           "legal_rep_name": "王大明", "legal_rep_id": REP_ID, "agent_name": "李小红",
           "agent_id": AGENT_ID, "scope": "代表本公司签署采购合同及相关补充协议",
           "valid_from": "2026-01-01", "valid_until": "2026-12-31"}


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    monkeypatch.setenv("VPW", PASSPHRASE)


@pytest.fixture
def accepted_vault(vault_dir):
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:
        consent.accept_required(v, agreements.load(), "zh_CN",
                                dict.fromkeys(agreements.REQUIRED, True))
    return vault_dir


def _details(tmp_path, **changes):
    path = tmp_path / "details.json"
    path.write_text(json.dumps({**DETAILS, **changes}, ensure_ascii=False), encoding="utf-8")
    return path


def _letter(details, out, seal_p12, vault_dir, *extra):
    return main(["company", "letter", "--details", str(details), "-o", str(out),
                 "--p12", str(seal_p12), "--password-env", "P12PW", "--level", "B-B",
                 "--vault", str(vault_dir), "--passphrase-env", "VPW", "--json", *extra])


def _counts(vault_dir):
    """(documents, personal rows, letters, evidence events) in the vault."""
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        def count(conn):
            return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                         for t in ("documents", "personal", "authorisations", "evidence"))
        return v.db.call(count)


def _every_value(vault_dir):
    """Every value of every table of the (decrypted) vault database."""
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        def dump(conn):
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
            return [value for t in tables
                    for row in conn.execute(f'SELECT * FROM "{t}"').fetchall()  # noqa: S608
                    for value in row]
        return v.db.call(dump)


def _event_types(vault_dir):
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        return [e.type for e in v.db.call(lambda c: list(chain.iter_events(c)))]


def test_letter_signed_registered_people_encrypted(accepted_vault, seal_p12, tmp_path, capsys):
    details = _details(tmp_path)
    before = details.read_bytes()
    out = tmp_path / "授权书.pdf"
    assert _letter(details, out, seal_p12, accepted_vault) == 0
    doc = json.loads(capsys.readouterr().out)
    letter = doc["letter"]
    assert doc["signed"] is True and doc["registered"] is True
    assert letter["company"] == DETAILS["company"] and letter["agent"] == "***"
    assert REP_ID not in json.dumps(doc, ensure_ascii=False)  # printed masked only
    assert doc["id_numbers"] == {"legal_representative": "1101**********002X",
                                 "agent": "4405**********0013"}
    assert details.read_bytes() == before  # the input is never changed
    assert not company.draft_path(out).exists()  # the unsigned draft is gone
    text = pymupdf.open(out)[0].get_text()
    assert letter["id"] in text and "李小红" in text
    with Vault.open(accepted_vault, passphrase=PASSPHRASE) as v:
        [record] = company.letters(v)
        assert record.id == letter["id"]
        [archived] = v.list_documents()
        assert archived.id == record.document_id and archived.signers  # the signed letter
    values = _every_value(accepted_vault)
    for secret in (REP_ID, AGENT_ID, "王大明"):
        assert not any(secret in v if isinstance(v, str) else secret.encode() in bytes(v)
                       for v in values if isinstance(v, str | bytes))
    raw = b"".join(p.read_bytes() for p in accepted_vault.rglob("*") if p.is_file())
    assert REP_ID.encode() not in raw and AGENT_ID.encode() not in raw
    ours = [t for t in _event_types(accepted_vault) if t.startswith(("cert.", "intent."))]
    assert ours == ["cert.notice.before_use", "intent.checked", "cert.notice.after_use"]
    assert main(["company", "letters", "--vault", str(accepted_vault), "--passphrase-env", "VPW",
                 "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["letters"]
    assert [r["id"] for r in listed] == [letter["id"]] and listed[0]["legal_representative"] == "***"


def test_bad_id_names_the_field_and_writes_nothing(accepted_vault, seal_p12, tmp_path, capsys):
    details = _details(tmp_path, agent_id=AGENT_ID[:-1] + "4")  # wrong check digit
    counts = _counts(accepted_vault)
    out = tmp_path / "授权书.pdf"
    assert _letter(details, out, seal_p12, accepted_vault) == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "letter_field_invalid" and error["field"] == "agent_id"
    assert "agent's resident ID number" in error["message"]
    assert "check digit" in error["message"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["details.json", "vault"]
    assert _counts(accepted_vault) == counts
    main(["company", "letter", "--details", str(_details(tmp_path, valid_until="2025-12-31")),
          "-o", str(out), "--p12", str(seal_p12), "--password-env", "P12PW", "--level", "B-B",
          "--vault", str(accepted_vault), "--passphrase-env", "VPW"])
    said = capsys.readouterr().err
    assert "last day of validity" in said and "before the first day" in said


def test_refused_before_signing_without_consent(vault_dir, seal_p12, tmp_path, capsys):
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    out = tmp_path / "授权书.pdf"
    assert _letter(_details(tmp_path), out, seal_p12, vault_dir) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "consent_required"
    assert not out.exists() and not company.draft_path(out).exists()
    assert _counts(vault_dir)[:3] == (0, 0, 0)
    assert "cert.notice.before_use" not in _event_types(vault_dir)


def test_interrupted_run_repeated_registers_once(accepted_vault, seal_p12, tmp_path, capsys,
                                                 monkeypatch):
    details = _details(tmp_path)
    out = tmp_path / "授权书.pdf"
    real = company.register_letter

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(company, "register_letter", disk_full)  # signed, then the disk fills
    assert _letter(details, out, seal_p12, accepted_vault) == 1
    capsys.readouterr()
    stamp = company.read_stamp(out)
    assert stamp is not None and company.draft_path(out).exists()  # signed, not registered
    assert _counts(accepted_vault)[:3] == (0, 0, 0)
    monkeypatch.setattr(company, "register_letter", real)
    signed = out.read_bytes()
    assert _letter(details, out, seal_p12, accepted_vault) == 0  # the same command again
    doc = json.loads(capsys.readouterr().out)
    assert doc["signed"] is False and doc["registered"] is True  # not signed twice
    assert doc["letter"]["id"] == stamp.letter_id and out.read_bytes() == signed
    assert not company.draft_path(out).exists()
    assert _letter(details, out, seal_p12, accepted_vault) == 0  # and once more
    doc = json.loads(capsys.readouterr().out)
    assert doc["signed"] is False and doc["registered"] is False
    assert _counts(accepted_vault)[:3] == (1, 4, 1)
    ours = [t for t in _event_types(accepted_vault) if t.startswith(("cert.", "intent."))]
    assert ours == ["cert.notice.before_use", "intent.checked", "cert.notice.after_use"]
    # other details with the same output: refused, nothing registered
    assert _letter(_details(tmp_path, agent_name="张三"), out, seal_p12, accepted_vault) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "output_exists"
    assert _counts(accepted_vault)[:3] == (1, 4, 1)


def test_failed_signing_leaves_no_unsigned_copy(accepted_vault, seal_p12, tmp_path, capsys,
                                                monkeypatch):
    monkeypatch.setenv("P12PW", "wrong")
    out = tmp_path / "授权书.pdf"
    assert _letter(_details(tmp_path), out, seal_p12, accepted_vault) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] != "internal"
    assert not out.exists() and not company.draft_path(out).exists()  # no copy of the IDs left
    assert _counts(accepted_vault)[:3] == (0, 0, 0)


def test_details_file_with_an_unknown_field_is_refused(vault_dir, seal_p12, tmp_path, capsys):
    details = _details(tmp_path, agent_id_number=AGENT_ID)  # a typo would go unnoticed
    assert _letter(details, tmp_path / "授权书.pdf", seal_p12, vault_dir) == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "usage" and "agent_id_number" in error["message"]
    assert AGENT_ID not in error["message"] and not vault_dir.exists()


def test_details_file_that_is_not_json_is_said_in_the_users_language(vault_dir, seal_p12,
                                                                      tmp_path, capsys,
                                                                      monkeypatch):
    details = tmp_path / "details.json"
    details.write_text('{\n  "company": "北京示例科技有限公司",\n  "agent_id": 440524,,\n}\n',
                       encoding="utf-8")
    monkeypatch.setenv("SEALDESK_LANG", "zh_CN")  # as the user chooses it
    assert _letter(details, tmp_path / "授权书.pdf", seal_p12, vault_dir) == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "usage" and not vault_dir.exists()
    assert "不是 JSON 文件" in error["message"] and "第 3 行第 22 列" in error["message"]
    assert "Expecting" not in error["message"]  # not the JSON library's English
    details.write_bytes(b'{"company": "\xb1\xb1\xbe\xa9"}')  # GBK, not UTF-8
    monkeypatch.setenv("SEALDESK_LANG", "en")
    assert _letter(details, tmp_path / "授权书.pdf", seal_p12, vault_dir) == 2
    message = json.loads(capsys.readouterr().out)["error"]["message"]
    assert "not UTF-8 text" in message and "codec" not in message
