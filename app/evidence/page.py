"""The signing evidence page (签约存证页): a signed PDF certificate for one contract.

It lists, in Chinese and English: the document (name, id, size, SHA-256, SM3, when archived
and signed), each signer with certificate (subject, issuer, serial, SHA-256) and times (claimed
and timestamped, with the timestamp authority), how intent was proved, every evidence event of
the document with its fingerprint, the chain head when the page was issued, and the platform
receipts if the events were synced.  The page is laid out with pymupdf's Story (the bundled
CJK font, several pages when needed) and signed (PAdES B-B) with the vault's client key
(:mod:`app.vault.client_key`).  Issuing it is chained as ``evidence_page_issued`` with the
page's fingerprints, so each page that leaves the vault is on record.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
from typing import TYPE_CHECKING, Any

from app.evidence import chain
from app.evidence.events import Event, EventDraft, utc_now
from app.vault import audit, documents
from app.vault.client_key import client_identity

if TYPE_CHECKING:
    from app.vault.vault import Vault

A4 = (595.0, 842.0)
MARGIN = 48.0
CSS = """
@font-face { font-family: cjk; src: url(cjk.otf); }
* { font-family: cjk; font-size: 9pt; line-height: 1.35; }
h1 { font-size: 16pt; text-align: center; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; border-bottom: 1px solid #888; }
p.sub { text-align: center; color: #555; margin-top: 0; }
td { vertical-align: top; padding: 1pt 4pt 1pt 0; }
td.k { color: #444; width: 150pt; }
.mono { font-family: monospace; font-size: 7pt; }
"""


def _row(label: str, value: Any, mono: bool = False) -> str:
    cls = ' class="mono"' if mono else ""
    text = "—" if value in (None, "") else html.escape(str(value))
    return f'<tr><td class="k">{html.escape(label)}</td><td{cls}>{text}</td></tr>'


def _table(rows: list[str]) -> str:
    return "<table>" + "".join(rows) + "</table>"


def render_html(facts: dict[str, Any]) -> str:
    """The page's content as HTML for pymupdf's Story (bilingual labels)."""
    doc, head = facts["document"], facts["head"]
    parts = [
        "<h1>签约存证页 · Signing Evidence Page</h1>",
        f'<p class="sub">SealDesk 签章台 · {html.escape(facts["issued_at"])}</p>',
        "<h2>合同文件 · Contract</h2>",
        _table(
            [
                _row("文件名 / File name", doc["name"]),
                _row("文档编号 / Document ID", doc["id"], True),
                _row("大小 / Size (bytes)", doc["size"]),
                _row("SHA-256", doc["sha256"], True),
                _row("SM3", doc["sm3"], True),
                _row("归档时间 / Archived (UTC)", doc["added_at"]),
                _row("签署时间 / Signed (UTC)", doc["signed_at"]),
            ]
        ),
        "<h2>签署方与证书 · Signers and certificates</h2>",
    ]
    if not doc["signers"]:
        parts.append("<p>无签名 · No signatures</p>")
    for i, s in enumerate(doc["signers"], 1):
        stamp = s.get("timestamp") or {}
        parts.append(
            _table(
                [
                    _row(f"签署方 {i} / Signer {i}", s.get("subject")),
                    _row("签发机构 / Issuer", s.get("issuer")),
                    _row("证书序列号 / Serial", s.get("serial"), True),
                    _row("证书 SHA-256 / Certificate", s.get("certificate_sha256"), True),
                    _row("声明时间 / Claimed time", s.get("claimed_time")),
                    _row("时间戳 / Timestamp", stamp.get("time")),
                    _row("时间戳机构 / TSA", stamp.get("authority") or stamp.get("url")),
                ]
            )
        )
    intents = sorted(
        {e["data"].get("method") for e in facts["events"] if e["type"] == "intent_checked"}
    )
    parts += [
        "<h2>意愿认证 · Intent</h2>",
        _table([_row("方式 / Method", ", ".join(m for m in intents if m) or None)]),
        "<h2>存证事件 · Evidence events</h2>",
        _table(
            [
                _row(f"#{e['seq']} {e['type']}", f"{e['at']}  SHA-256 {e['sha256']}", True)
                for e in facts["events"]
            ]
        ),
        "<h2>证据链头 · Evidence chain head</h2>",
        _table(
            [
                _row("序号 / Sequence", head["seq"]),
                _row("SHA-256", head["sha256"], True),
                _row("SM3", head["sm3"], True),
            ]
        ),
        "<h2>平台回执 · Platform receipts</h2>",
    ]
    if facts["receipts"]:
        rows = [_row(f"#{r['seq']} {r['platform']}", _receipt_line(r), True)
                for r in facts["receipts"]]
        parts.append(_table(rows))
    else:
        parts.append("<p>尚未同步 · Not synced to the platform yet</p>")
    parts += [
        "<h2>出具方 · Issued by</h2>",
        _table(
            [
                _row("客户端证书 / Client certificate", facts["client"]["subject"]),
                _row("证书 SHA-256", facts["client"]["sha256"], True),
                _row("保险库 / Vault", facts["vault"], True),
            ]
        ),
    ]
    return "".join(parts)


def receipt_summary(document: str) -> dict[str, Any]:
    """The parts of a stored receipt a reader checks by eye (the full JSON stays in the vault)."""
    try:
        doc = json.loads(document)
        receipt, head = doc["receipt"], doc["tree_head"]
        return {
            "leaf_index": int(receipt["leaf_index"]),
            "tree_size": int(head["tree_size"]),
            "root_hash": str(head["root_hash"]),
            "head_time": str(head["timestamp"]),
        }
    except (ValueError, KeyError, TypeError):
        return {}


def _receipt_line(receipt: dict[str, Any]) -> str:
    if not receipt.get("root_hash"):
        return "回执不可读 / unreadable receipt"
    return (
        f"叶 / leaf {receipt['leaf_index']} · 树大小 / tree size {receipt['tree_size']} · "
        f"根 / root {receipt['root_hash'][:16]}… · 树头时间 / tree head {receipt['head_time']}"
    )


def render_pdf(facts: dict[str, Any]) -> bytes:
    """Lay the page out (as many A4 pages as needed) with the bundled CJK font."""
    return story_pdf(render_html(facts), CSS)


def story_pdf(content: str, css: str) -> bytes:
    """HTML laid out on A4 pages with the bundled CJK font (``cjk`` in ``css``), fonts subset."""
    import pymupdf

    from crypto.seal.fonts import font_bytes

    archive = pymupdf.Archive()
    archive.add(font_bytes("regular"), "cjk.otf")
    story = pymupdf.Story(html=content, user_css=css, archive=archive)
    out = io.BytesIO()
    writer = pymupdf.DocumentWriter(out)
    page_rect = pymupdf.Rect(0, 0, *A4)
    where = page_rect + (MARGIN, MARGIN, -MARGIN, -MARGIN)
    more = True
    while more:
        device = writer.begin_page(page_rect)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", out.getvalue())
    try:
        doc.subset_fonts()  # the whole CJK font would make a 2 MB page
        return bytes(doc.tobytes(garbage=3, deflate=True))
    finally:
        doc.close()


def _event_json(event: Event) -> dict[str, Any]:
    body = json.loads(event.body)
    return {
        "seq": event.seq,
        "type": event.type,
        "at": event.at,
        "sha256": event.sha256,
        "data": body.get("data", {}),
    }


def issue_evidence_page(vault: Vault, document_id: str) -> bytes:
    """Make, sign and chain the evidence page of one active document; returns the PDF."""
    from app.vault.destroy import require_active
    from crypto.tokens.soft import SoftKeySigner

    def gather(conn: Any) -> tuple[dict[str, Any], Any, Any]:
        record = documents.get(conn, document_id)
        require_active(record)
        key, cert = client_identity(conn, vault.header.vault_id)
        events = chain.events_for(conn, document_id)
        seq, _ = chain.head(conn)
        head = chain.events_between(conn, seq, seq)[0]
        receipts = conn.execute(
            "SELECT r.evidence_seq, r.platform, r.receipt FROM receipts r "
            "JOIN evidence e ON e.seq = r.evidence_seq WHERE e.document_id = ? ORDER BY 1",
            (document_id,),
        ).fetchall()
        facts = {
            "document": record.to_json(),
            "events": [_event_json(e) for e in events],
            "head": {"seq": head.seq, "sha256": head.sha256, "sm3": head.sm3},
            "receipts": [
                {"seq": r[0], "platform": r[1], **receipt_summary(r[2])} for r in receipts
            ],
            "client": {
                "subject": str(cert.subject.human_friendly),
                "sha256": hashlib.sha256(cert.dump()).hexdigest(),
            },
            "vault": vault.header.vault_id,
            "issued_at": utc_now(),
        }
        return facts, key, cert

    facts, key, cert = vault.db.transaction(gather)
    pdf = sign_page(render_pdf(facts), SoftKeySigner(key, cert, []))
    data = {
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "sm3": hashlib.new("sm3", pdf).hexdigest(),
        "chain_head_seq": facts["head"]["seq"],
        "chain_head_sha256": facts["head"]["sha256"],
        "client_certificate_sha256": facts["client"]["sha256"],
    }

    def record_issue(conn: Any) -> None:
        chain.append(conn, EventDraft("evidence_page_issued", data, document_id))
        audit.record(conn, vault.actor, "evidence_page", document_id)

    vault.db.transaction(record_issue)
    return pdf


def sign_page(pdf: bytes, signer: Any) -> bytes:
    """Sign the page (PAdES B-B, approval signature) with the client key."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    meta = signers.PdfSignatureMetadata(
        field_name="SealDeskEvidence",
        reason="签约存证页 / Signing evidence page",
        md_algorithm="sha256",
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(writer, meta, signer=signer)
    return bytes(out.getvalue())
