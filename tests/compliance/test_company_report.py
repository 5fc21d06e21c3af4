"""The authorisation letter (signed with the signing core, people's data SM4-encrypted) and the
compliance export (JSON and PDF)."""

from __future__ import annotations

import datetime as dt
import json

import pymupdf
import pytest

from app.compliance import agreements, company, consent, notices, report
from app.compliance.expiry import certificate_sha256
from app.compliance.intent import IntentResult
from app.compliance.recording import SigningRecord
from app.vault import personal
from crypto import errors

pytestmark = pytest.mark.net
REP_ID = "11010519491231002X"
AGENT_ID = "440524198001010013"


def _auth(**changes):
    base = dict(company="北京示例科技有限公司", credit_code="91110108MA01ABCD4X",
                legal_rep_name="王大明", legal_rep_id=REP_ID, agent_name="李小红",
                agent_id=AGENT_ID, scope="代表本公司签署采购合同及相关补充协议",
                valid_from=dt.date(2026, 1, 1), valid_until=dt.date(2026, 12, 31))
    base.update(changes)
    return company.Authorisation(**base)


def _valid_credit_code():
    body = "91110108MA01ABCD4"
    total = sum(company._CODE_CHARS.index(c) * w for c, w in zip(body, company._CODE_WEIGHTS))
    return body + company._CODE_CHARS[(31 - total % 31) % 31]


def test_fields_are_validated():
    code = _valid_credit_code()
    ok = _auth(credit_code=code).validated()
    assert ok.credit_code == code and ok.letter_id
    with pytest.raises(errors.PersonalDataInvalid):
        _auth(credit_code=code[:-1] + ("0" if code[-1] != "0" else "1")).validated()
    with pytest.raises(errors.PersonalDataInvalid):
        _auth(credit_code=code, legal_rep_id="110105194912310021").validated()  # check digit
    with pytest.raises(errors.PersonalDataInvalid):
        _auth(credit_code=code, agent_name="").validated()
    with pytest.raises(errors.UsageError):
        _auth(credit_code=code, valid_until=dt.date(2025, 1, 1)).validated()


def _signed_letter(tmp_path, seal_p12, auth):
    from app.identity import IdentitySpec
    from app.signing.batch import FileJob
    from app.signing.runner import SigningRun
    from crypto.pades.options import SignatureLevel, SignOptions

    letter = tmp_path / "授权书.pdf"
    auth = company.write_letter(auth, letter, "zh_CN")
    signed = tmp_path / "授权书.signed.pdf"
    run = SigningRun(IdentitySpec(p12=seal_p12, password=b"pw"),
                     SignOptions(level=SignatureLevel.parse("B-B")), workers=0)
    [result] = run.execute([FileJob(letter, signed)], interaction=None)  # type: ignore[arg-type]
    assert result.status == "signed", result.error
    return letter, signed, auth


def _register(vault, signed, auth):
    return company.register_letter(vault, signed, auth, level="B-B", intent="key_file_password",
                                   template_version="2026.1")


def _rows(vault):
    """(documents, personal rows, letters) in the vault."""
    def count(conn):
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                     for t in ("documents", "personal", "authorisations"))
    return vault.db.call(count)


def test_letter_signed_and_registered_with_encrypted_people(vault, seal_p12, tmp_path):
    letter, signed, auth = _signed_letter(tmp_path, seal_p12,
                                          _auth(credit_code=_valid_credit_code()))
    text = pymupdf.open(letter)[0].get_text()
    assert "授权委托书" in text and "李小红" in text and auth.letter_id in text
    record = _register(vault, signed, auth)
    assert record.company == auth.company and record.agent == "***"
    fields = personal.fields_for(vault, record.document_id)
    assert sorted((f.kind, f.value) for f in fields) == sorted([
        ("person_name", "王大明"), ("resident_id", REP_ID),
        ("person_name", "李小红"), ("resident_id", AGENT_ID)])
    raw = vault.db.call(lambda c: c.execute("SELECT ciphertext FROM personal").fetchall())
    assert all(REP_ID.encode() not in bytes(r[0]) for r in raw)
    row = vault.db.call(lambda c: c.execute("SELECT purpose FROM authorisations").fetchone())
    assert row[0] == "authorisation_letter"
    assert _register(vault, signed, auth) == record  # again (a rerun): nothing added
    assert _rows(vault) == (1, 4, 1)
    with pytest.raises(errors.UsageError):  # the same letter id for another document
        _register(vault, letter, auth)
    assert _rows(vault) == (1, 4, 1)


def test_letter_registration_failing_midway_keeps_nothing(vault, seal_p12, tmp_path,
                                                         monkeypatch):
    from app.evidence import chain

    _, signed, auth = _signed_letter(tmp_path, seal_p12, _auth(credit_code=_valid_credit_code()))
    real, calls = personal.insert_field, []

    def failing(*args, **kwargs):
        calls.append(args[3])
        if len(calls) == 3:  # two people's fields are in, then the disk fills up
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(personal, "insert_field", failing)
    with pytest.raises(OSError):
        _register(vault, signed, auth)
    assert len(calls) == 3 and _rows(vault) == (0, 0, 0)  # not the letter, not the people
    assert vault.db.call(chain.verify).ok
    assert not list(vault.blobs.folder.iterdir())  # the encrypted copy was removed too
    monkeypatch.setattr(personal, "insert_field", real)
    record = _register(vault, signed, auth)
    assert _rows(vault) == (1, 4, 1) and len(personal.fields_for(vault, record.document_id)) == 4


KILLED_MIDWAY = """
import os, signal, sys
from pathlib import Path
from app.vault import Vault, personal
from tests.compliance.test_company_report import _auth, _register

real, calls = personal.insert_field, []
def dying(*args, **kwargs):
    calls.append(1)
    if len(calls) == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # kill -9 inside the transaction
    return real(*args, **kwargs)
personal.insert_field = dying
folder, signed, credit_code, letter_id = sys.argv[1:]
with Vault.open(Path(folder), passphrase=os.environ["VPW"]) as vault:
    _register(vault, Path(signed), _auth(credit_code=credit_code, letter_id=letter_id))
"""


def test_letter_registration_killed_midway_then_rerun(vault_dir, seal_p12, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from app.vault import Vault
    from app.vault.check import check_vault
    from tests.fixtures.vault import PASSPHRASE

    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    _, signed, auth = _signed_letter(tmp_path, seal_p12, _auth(credit_code=_valid_credit_code()))
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_MIDWAY, str(vault_dir), str(signed), auth.credit_code,
         auth.letter_id], cwd=root, env=dict(os.environ, VPW=PASSPHRASE), timeout=120,
        capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:  # recovery runs here
        assert check_vault(vault).ok
        assert _rows(vault) == (0, 0, 0)
        record = _register(vault, signed, auth)  # the rerun registers it whole, once
        assert _rows(vault) == (1, 4, 1) and record.legal_representative == "***"
        assert check_vault(vault).ok


def _signed_history(vault, cert_factory, folder):
    consent.accept_required(vault, agreements.load(), "zh_CN",
                            dict.fromkeys(agreements.REQUIRED, True))
    cert = cert_factory(200)
    document = folder / "a.pdf"
    document.write_bytes(b"%PDF-1.7 a")
    sms = IntentResult("sms", attestation_sha256="e" * 64, challenge_id="c1")
    record = SigningRecord(vault, [document], "pin", checks=[sms],
                           signer_sha256=certificate_sha256(cert))
    record.opened(cert)
    record.finish([(record.hashes[0], "f" * 64, None)])
    return record


def test_period_report_json_and_pdf(vault, cert_factory, tmp_path):
    flow = _signed_history(vault, cert_factory, tmp_path)
    consent.withdraw(vault, agreements.PRIVACY)
    data = report.period_report(vault, "2000-01-01T00:00:00Z", "2999-01-01T00:00:00Z")
    assert data["schema"] == "sealdesk.compliance-report/1"
    assert [c["kind"] for c in data["consents"]] == list(agreements.REQUIRED)
    assert data["consents"][1]["withdrawn_at"] is not None
    assert [n["type"] for n in data["notices"]] == ["cert.notice.before_use",
                                                   "cert.notice.after_use"]
    pin, check = data["intent_checks"]
    assert pin["data"]["method"] == "pin" and pin["data"]["step"] == 1
    assert check["data"]["method"] == "sms" and check["data"]["attestation_sha256"] == "e" * 64
    assert check["data"]["certificate_sha256"] == flow.certificate_sha256
    assert json.loads(report.report_json(data)) == data
    empty = report.period_report(vault, "2000-01-01T00:00:00Z", "2000-01-02T00:00:00Z")
    assert empty["notices"] == [] and empty["consents"] == []
    pdf = report.render_pdf(data, vault)
    (tmp_path / "report.pdf").write_bytes(pdf)
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    text = "".join(p.get_text() for p in doc)
    assert "合规报告" in text and "Compliance Report" in text and "e" * 64 in text.replace("\n", "")
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    assert len(PdfFileReader(io.BytesIO(pdf)).embedded_signatures) == 1


def test_contract_report_follows_the_signed_file(vault, cert_factory, contract, tmp_path):
    from app.vault.importing import import_pdf

    flow = _signed_history(vault, cert_factory, tmp_path)
    archived = import_pdf(vault, contract)
    notices.after_use(vault, flow.certificate_sha256,
                      [("b" * 64, archived.record.sha256, archived.record.id)])
    data = report.contract_report(vault, archived.record.id)
    assert data["scope"]["document"]["id"] == archived.record.id
    assert [n["type"] for n in data["notices"]] == ["cert.notice.after_use"]
    assert all(n["data"]["document_sha256"] == "b" * 64 for n in data["notices"])
