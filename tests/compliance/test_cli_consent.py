"""`sealdesk consent show|accept|withdraw` and `sealdesk compliance report` on a real vault."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from app.cli.main import main
from app.compliance import agreements, consent
from app.evidence import chain
from app.vault import Vault
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.unit
REQUIRED = list(agreements.REQUIRED)


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("VPW", PASSPHRASE)
    monkeypatch.setenv("P12PW", "pw")


@pytest.fixture
def run(vault_dir, capsys):
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()

    def run(*argv: str, json_out: bool = True):
        extra = ["--json"] if json_out else []
        code = main([*argv, "--vault", str(vault_dir), "--passphrase-env", "VPW",
                     *extra])
        out = capsys.readouterr().out
        return code, (json.loads(out) if json_out and out.strip() else out)

    return run


def _agree(*kinds: str) -> list[str]:
    return [a for kind in kinds for a in ("--i-agree", kind)]


def _consent_events(vault_dir):
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        return [e.type for e in v.db.call(lambda c: list(chain.iter_events(c)))
                if e.type.startswith("consent.")], consent.history(v)


def test_show_lists_every_text_with_version_and_hash(run):
    texts = agreements.load()
    code, doc = run("consent", "show", "--language", "en")
    assert code == 0 and doc["may_sign"] is False
    listed = {a["kind"]: a for a in doc["agreements"]}
    assert set(listed) == set(texts.agreements)
    for kind, a in listed.items():
        standing = "per_check" if kind == "biometric" else "not_accepted"
        assert a["version"] == texts[kind].version and a["standing"] == standing
        assert a["sha256"] == texts[kind].sha256("en") and a["title"] == texts[kind].title("en")
    code, doc = run("consent", "show", "privacy_policy", "--language", "zh_CN")
    [one] = doc["agreements"]
    assert hashlib.sha256(one["text"].encode()).hexdigest() == one["sha256"]
    assert one["language"] == "zh_CN"
    code, doc = run("consent", "show", "telemetry")
    assert code == 2 and doc["error"]["code"] == "unknown_agreement"


def test_accept_needs_an_explicit_i_agree_for_each_text(run, vault_dir):
    code, doc = run("consent", "accept")  # nothing ticked: nothing recorded
    assert code == 2 and doc["error"]["code"] == "agreement_not_confirmed"
    for kind in REQUIRED:
        assert f"--i-agree {kind}" in doc["error"]["message"]
    code, doc = run("consent", "accept", *_agree(*REQUIRED[:2]))  # two of the three pending
    assert code == 2 and "--i-agree certificate_usage" in doc["error"]["message"]
    code, doc = run("consent", "accept", *_agree(*REQUIRED, "analytics"))
    assert code == 2 and doc["error"]["code"] == "usage"  # analytics is not being accepted
    code, doc = run("consent", "accept", "biometric", *_agree("biometric"))
    assert code == 2 and doc["error"]["code"] == "not_a_standing_consent"
    assert _consent_events(vault_dir) == ([], [])

    code, doc = run("consent", "accept", *_agree(*REQUIRED))
    assert code == 0 and doc["may_sign"] is True
    texts = agreements.load()
    assert [(r["kind"], r["version"]) for r in doc["accepted"]] == [
        (k, texts[k].version) for k in REQUIRED]
    types, records = _consent_events(vault_dir)
    assert types == ["consent.given"] * 3 and all(r.active for r in records)
    code, doc = run("consent", "accept")  # nothing pending any more
    assert code == 0 and doc["accepted"] == [] and len(_consent_events(vault_dir)[1]) == 3


def test_accept_shows_title_version_and_hash_before_recording(run):
    code, out = run("consent", "accept", "--language", "en", json_out=False)
    assert code == 2
    texts = agreements.load()
    for kind in REQUIRED:
        a = texts[kind]
        assert f"{a.title('en')} ({kind}), version {a.version}, SHA-256 {a.sha256('en')}" in out
    code, out = run("consent", "accept", "--language", "en", *_agree(*REQUIRED), json_out=False)
    assert code == 0 and "Signing with this vault: allowed." in out


def test_optional_consent_and_withdrawal(run, vault_dir):
    assert run("consent", "accept", *_agree(*REQUIRED))[0] == 0
    code, doc = run("consent", "accept", "analytics", *_agree("analytics"))
    assert code == 0 and [r["kind"] for r in doc["accepted"]] == ["analytics"]
    code, doc = run("consent", "withdraw", "analytics")
    assert code == 0 and doc["may_sign"] is True  # refusing analytics never blocks signing
    code, doc = run("consent", "withdraw", "privacy_policy")
    assert code == 0 and doc["may_sign"] is False
    assert [r["kind"] for r in doc["withdrawn"]] == ["privacy_policy"]
    code, doc = run("consent", "withdraw", "privacy_policy")
    assert code == 0 and doc["withdrawn"] == []
    code, doc = run("consent", "show")
    standing = {a["kind"]: a["standing"] for a in doc["agreements"]}
    assert standing["privacy_policy"] == "withdrawn" and standing["service_agreement"] == "accepted"
    assert standing["analytics"] == "withdrawn"
    types, _ = _consent_events(vault_dir)
    assert types.count("consent.withdrawn") == 2
    code, doc = run("consent", "accept", *_agree("privacy_policy"))  # the pending one only
    assert code == 0 and doc["may_sign"] is True


def test_period_report_pdf_and_json(run, tmp_path):
    import pymupdf

    assert run("consent", "accept", *_agree(*REQUIRED))[0] == 0
    today = dt.datetime.now(dt.UTC).date().isoformat()
    pdf, js = tmp_path / "report.pdf", tmp_path / "report.json"
    args = ("compliance", "report", "--since", today, "--until", today, "-o", str(pdf),
            "--json-out", str(js))
    code, doc = run(*args)
    assert code == 0, doc
    assert doc["counts"] == {"consents": 3, "notices": 0, "intent_checks": 0}
    assert [f["sha256"] for f in doc["files"]] == [
        hashlib.sha256(pdf.read_bytes()).hexdigest(), hashlib.sha256(js.read_bytes()).hexdigest()]
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["schema"] == "sealdesk.compliance-report/1"
    assert data["scope"] == {"from": f"{today}T00:00:00.000000Z",
                             "to": f"{today}T23:59:59.999999Z"}
    assert sorted(c["kind"] for c in data["consents"]) == sorted(REQUIRED)
    with pymupdf.open(pdf) as document:
        text = "".join(page.get_text() for page in document)
    assert "Compliance Report" in text and "service_agreement" in text
    before = pdf.read_bytes()
    code, doc = run(*args)  # exists: refused, nothing replaced
    assert code == 1 and doc["error"]["code"] == "output_exists" and pdf.read_bytes() == before
    code, doc = run("compliance", "report", "--since", "2000-01-01", "--until", "2000-01-02",
                    "-o", str(tmp_path / "empty.pdf"))
    assert code == 0 and doc["counts"]["consents"] == 0


@pytest.mark.parametrize("scope", [
    ("--since", "2026-13-01", "--until", "2026-12-31"),
    ("--since", "2026-02-01", "--until", "2026-01-01"),
    ("--since", "2026-01-01"),
    ("--document", "abc", "--until", "2026-01-01"),
])
def test_report_refuses_a_bad_period(run, tmp_path, scope):
    out = tmp_path / "r.pdf"
    code, doc = run("compliance", "report", *scope, "-o", str(out))
    assert code == 2 and doc["error"]["code"] == "usage" and not out.exists()


def test_contract_report_after_signing(run, vault_dir, contract, seal_p12, tmp_path, capsys):
    assert run("consent", "accept", *_agree(*REQUIRED))[0] == 0
    signed = tmp_path / "signed.pdf"
    code = main(["sign", str(contract), "-o", str(signed), "--p12", str(seal_p12),
                 "--password-env", "P12PW", "--level", "B-B", "--vault", str(vault_dir),
                 "--vault-passphrase-env", "VPW", "--json"])
    assert code == 0
    capsys.readouterr()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        [record] = v.list_documents()
    js = tmp_path / "c.json"
    code, doc = run("compliance", "report", "--document", record.id[:10],
                    "-o", str(tmp_path / "c.pdf"), "--json-out", str(js))
    assert code == 0, doc
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["scope"]["document"]["id"] == record.id
    source = hashlib.sha256(contract.read_bytes()).hexdigest()
    types = [e["type"] for e in data["notices"]]
    assert "cert.notice.before_use" in types and "cert.notice.after_use" in types
    assert any(e["data"].get("document_sha256") == source for e in data["intent_checks"])
    assert len(data["consents"]) == 3
