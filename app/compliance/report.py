"""The compliance export for the company's compliance officer: per contract or per period,
the consents, the certificate notices and the intent checks with their times and fingerprints,
as JSON (``sealdesk.compliance-report/1``) and as a PDF signed with the vault's client key.

Everything comes from the evidence chain (and the consent rows that mirror it); the report
holds fingerprints, ids, methods and times — no names, no content.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.compliance import event_types as ev
from app.compliance.consent import ConsentRecord, history
from app.evidence import chain
from app.evidence.events import Event, utc_now
from app.vault import documents

if TYPE_CHECKING:
    from app.vault.vault import Vault

SCHEMA = "sealdesk.compliance-report/1"
LEGACY = frozenset({"intent_checked", "certificate_used", "signature_applied"})
NOTICES = (ev.BEFORE_ISSUANCE, ev.ISSUED, ev.BEFORE_USE, ev.AFTER_USE, ev.RENEWAL,
           ev.EXPIRY_WARNING)


def _entry(event: Event) -> dict[str, Any]:
    body = json.loads(event.body)
    return {"seq": event.seq, "type": event.type, "at": event.at, "document": event.document,
            "sha256": event.sha256, "data": body.get("data", {})}


def _consents_in(records: Sequence[ConsentRecord], start: str, end: str) -> list[ConsentRecord]:
    """Consents in force at some moment of [start, end]."""
    return [r for r in records
            if r.given_at <= end and (r.withdrawn_at is None or r.withdrawn_at >= start)]


def period_report(vault: Vault, start: str, end: str) -> dict[str, Any]:
    """Every consent, notice and intent check between two RFC 3339 UTC times (inclusive)."""

    def gather(conn: Any) -> list[Event]:
        return [e for e in chain.iter_events(conn)
                if start <= e.at <= end and (e.type in ev.EVENT_TYPES or e.type in LEGACY)]

    events = vault.db.call(gather)
    return _report(vault, {"from": start, "to": end}, events,
                   _consents_in(history(vault), start, end))


def contract_report(vault: Vault, ident: str) -> dict[str, Any]:
    """Everything about one archived contract: from its before-use notice to after use."""

    def gather(conn: Any) -> tuple[documents.DocumentRecord, list[Event]]:
        record = documents.resolve(conn, ident)
        every = list(chain.iter_events(conn))
        shas = {record.sha256}
        for e in every:  # the after-use notice links the signed file to its source
            data = json.loads(e.body).get("data", {})
            if e.type == ev.AFTER_USE and (e.document == record.id
                                           or data.get("signed_sha256") == record.sha256):
                shas.add(str(data.get("document_sha256")))
        picked = []
        for e in every:
            data = json.loads(e.body).get("data", {})
            ours = e.document == record.id or data.get("document_sha256") in shas
            if ours and (e.type in ev.EVENT_TYPES or e.type in LEGACY):
                picked.append(e)
        return record, picked

    record, events = vault.db.call(gather)
    scope = {"document": {"id": record.id, "sha256": record.sha256, "sm3": record.sm3,
                          "signed_at": record.signed_at, "added_at": record.added_at}}
    if events:
        consents = _consents_in(history(vault), events[0].at, events[-1].at)
    else:
        consents = []
    return _report(vault, scope, events, consents)


def _report(vault: Vault, scope: dict[str, Any], events: Sequence[Event],
            consents: Sequence[ConsentRecord]) -> dict[str, Any]:
    seq, head = vault.chain_head()
    entries = [_entry(e) for e in events]
    return {
        "schema": SCHEMA,
        "vault": vault.header.vault_id,
        "generated_at": utc_now(),
        "scope": scope,
        "consents": [c.to_json() for c in consents],
        "notices": [e for e in entries if e["type"] in NOTICES or e["type"] == "certificate_used"],
        "intent_checks": [e for e in entries if e["type"] in (ev.INTENT_CHECKED,
                                                             "intent_checked")],
        "consent_events": [e for e in entries if e["type"] in (ev.CONSENT_GIVEN,
                                                              ev.CONSENT_WITHDRAWN)],
        "chain_head": {"seq": seq, "sha256": head},
    }


CSS = """
@font-face { font-family: cjk; src: url(cjk.otf); }
* { font-family: cjk; font-size: 8.5pt; line-height: 1.3; }
h1 { font-size: 15pt; text-align: center; margin-bottom: 2pt; }
h2 { font-size: 10.5pt; margin-top: 10pt; margin-bottom: 3pt; border-bottom: 1px solid #888; }
p.sub { text-align: center; color: #555; margin-top: 0; }
p.t { margin: 5pt 0 0 0; }
p.mono { font-family: monospace; font-size: 7pt; margin: 0 0 0 12pt; color: #333; }
"""
TYPE_LABELS = {
    ev.CONSENT_GIVEN: "同意 / consent given",
    ev.CONSENT_WITHDRAWN: "撤回 / consent withdrawn",
    ev.BEFORE_ISSUANCE: "签发前告知 / before issuance",
    ev.ISSUED: "签发告知 / issued",
    ev.BEFORE_USE: "使用前告知 / before use",
    ev.AFTER_USE: "使用后告知 / after use",
    ev.RENEWAL: "更新告知 / renewal",
    ev.EXPIRY_WARNING: "到期提醒 / expiry warning",
    ev.INTENT_CHECKED: "意愿核验 / intent checked",
    "certificate_used": "证书使用 / certificate used",
    "intent_checked": "意愿核验 / intent checked",
}
METHOD_LABELS = {"pin": "证书 PIN / token PIN", "sms": "短信验证码 / SMS code",
                 "face": "人脸核验 / face check", "token_pin": "证书 PIN / token PIN",
                 "key_file": "密钥文件 / key file",
                 "key_file_password": "密钥文件口令 / key file password"}


def _entry_html(title: str, when: Any, lines: Sequence[tuple[str, Any]]) -> str:
    """One record: a title line with its time, then its fingerprints on lines of their own."""
    head = f"<p class=\"t\"><b>{html.escape(title)}</b> · {html.escape(str(when or '—'))}</p>"
    body = "<br/>".join(f"{html.escape(k)}: {html.escape(str(v))}" for k, v in lines
                        if v not in (None, ""))
    return head + (f'<p class="mono">{body}</p>' if body else "")


def _section(title: str, entries: Sequence[str]) -> str:
    return f"<h2>{title}</h2>" + ("".join(entries) if entries else "<p>无 · None</p>")


def render_html(report: dict[str, Any]) -> str:
    """The report as HTML for pymupdf's Story (bilingual labels)."""
    scope = report["scope"]
    if "document" in scope:
        doc = scope["document"]
        what = f"合同 / Contract {doc['id']} · SHA-256 {doc['sha256']}"
    else:
        what = f"期间 / Period {scope['from']} — {scope['to']}"
    consents = [
        _entry_html(f"{c['kind']} {c['version']} ({c['language']})", c["given_at"],
                    [("SHA-256", c["sha256"]), ("撤回 / withdrawn", c["withdrawn_at"]),
                     ("事件 / event", c["event_seq"])])
        for c in report["consents"]]
    notices = [
        _entry_html(f"#{e['seq']} {TYPE_LABELS.get(e['type'], e['type'])}", e["at"],
                    [("证书 / certificate", _cert(e["data"])),
                     ("文件 / document", e["data"].get("document_sha256")),
                     ("签署后 / signed", e["data"].get("signed_sha256")),
                     ("状态 / state", e["data"].get("state")),
                     ("到期 / expires", e["data"].get("not_after"))])
        for e in report["notices"]]
    checks = [
        _entry_html(f"#{e['seq']} {METHOD_LABELS.get(e['data'].get('method'), '?')}",
                    e["data"].get("verified_at") or e["at"],
                    [("文件 / document", e["data"].get("document_sha256") or e["document"]),
                     ("证书 / certificate", _cert(e["data"])),
                     ("批次 / batch", e["data"].get("batch")),
                     ("平台证明 / attestation", e["data"].get("attestation_sha256"))])
        for e in report["intent_checks"]]
    head = report["chain_head"]
    return "".join([
        "<h1>合规报告 · Compliance Report</h1>",
        f'<p class="sub">SealDesk 签章台 · {html.escape(report["generated_at"])}</p>',
        f'<p class="sub">{html.escape(what)}</p>',
        _section("同意记录 · Consents", consents),
        _section("证书告知 · Certificate notices", notices),
        _section("意愿核验 · Intent checks", checks),
        "<h2>证据链头 · Evidence chain head</h2>",
        f'<p class="mono">#{head["seq"]} {head["sha256"]}</p>',
        f'<p class="sub">保险库 / Vault {html.escape(report["vault"])}</p>',
    ])


def _cert(data: dict[str, Any]) -> Any:
    if "certificate_sha256" in data:
        return data["certificate_sha256"]
    cert = data.get("certificate")
    return cert.get("sha256") if isinstance(cert, dict) else None


def render_pdf(report: dict[str, Any], vault: Vault | None = None) -> bytes:
    """The report as PDF; signed with the vault's client key when a vault is given."""
    from app.evidence.page import sign_page, story_pdf

    pdf = story_pdf(render_html(report), CSS)
    if vault is None:
        return pdf
    from app.vault.client_key import client_identity
    from crypto.tokens.soft import SoftKeySigner

    key, cert = vault.db.transaction(lambda conn: client_identity(conn, vault.header.vault_id))
    return sign_page(pdf, SoftKeySigner(key, cert, []))


def report_json(report: dict[str, Any]) -> bytes:
    """The JSON file's bytes."""
    return json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def fingerprint(data: bytes) -> str:
    """SHA-256 of an exported file (shown to the officer)."""
    return hashlib.sha256(data).hexdigest()
