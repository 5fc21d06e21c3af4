"""The seal-use ledger (用印登记簿): every use of a seal, with its request and approval.

Rows come from the append-only ``custody_ledger`` table, joined with the signed request and
decision they were made under (requester, approver, purpose, document name) and the offline
queue (the signature's level now: B-B until upgraded, then B-LTA).  Exported as CSV (UTF-8 with
a byte-order mark, so spreadsheet programs read the Chinese text) and as an A4 PDF
laid out with the evidence page's Story and bundled CJK font.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from app.custody.registry import Seal, find_seal
from app.custody.requests import load_request
from app.custody.signed import common_name
from app.evidence.events import utc_now

if TYPE_CHECKING:
    from app.vault import Vault


@dataclass(frozen=True)
class LedgerEntry:
    """One use of a seal on one document."""

    seq: int
    seal_id: str
    seal_name: str
    request_id: str
    purpose: str
    document_name: str
    document_sha256: str
    document_sm3: str
    signed_sha256: str
    document_id: str
    level: str
    requester: str
    requester_sha256: str
    approver: str
    approver_sha256: str
    approved_at: str | None
    custodian_sha256: str
    applied_at: str

    def to_json(self) -> dict[str, Any]:
        """The stable ``seal ledger --json`` entry."""
        return asdict(self)


def ledger_entries(vault: Vault, seal_ident: str | None = None) -> list[LedgerEntry]:
    """Uses of one seal (or of all), oldest first."""

    def gather(conn: Any) -> list[LedgerEntry]:
        params: tuple[str, ...] = ()
        where = ""
        if seal_ident is not None:
            where, params = "WHERE l.seal_id = ?", (find_seal(conn, seal_ident).id,)
        rows = conn.execute(
            "SELECT l.seq, l.seal_id, l.request_id, l.document_sha256, l.document_sm3, "  # noqa: S608
            "l.signed_sha256, l.document_id, l.level, l.requester_sha256, l.approver_sha256, "
            "l.custodian_sha256, l.applied_at, q.state "
            "FROM custody_ledger l LEFT JOIN custody_queue q ON q.document_id = l.document_id "
            f"{where} ORDER BY l.seq",
            params,
        ).fetchall()
        seals: dict[str, Seal] = {}
        out = []
        for r in rows:
            seal = seals.setdefault(r[1], find_seal(conn, r[1]))
            req = load_request(conn, r[2])
            name = next((d["name"] for d in req.documents if d["sha256"] == r[3]), "")
            out.append(LedgerEntry(
                seq=int(r[0]), seal_id=r[1], seal_name=seal.name, request_id=r[2],
                purpose=req.purpose, document_name=name, document_sha256=r[3],
                document_sm3=r[4], signed_sha256=r[5], document_id=r[6],
                level="B-LTA" if r[12] == "done" else r[7],
                requester=req.request.signer_name, requester_sha256=r[8],
                approver=req.decision.signer_name if req.decision else "",
                approver_sha256=r[9], approved_at=req.decided_at,
                custodian_sha256=r[10], applied_at=r[11],
            ))
        return out

    return vault.db.call(gather)


CSV_HEADER = (
    ("seq", "序号 No."),
    ("applied_at", "用印时间 Sealed (UTC)"),
    ("seal_name", "印章 Seal"),
    ("document_name", "文件 Document"),
    ("purpose", "用途 Purpose"),
    ("requester", "申请人 Requester"),
    ("approver", "审批人 Approver"),
    ("approved_at", "审批时间 Approved (UTC)"),
    ("level", "签名级别 Level"),
    ("request_id", "申请编号 Request"),
    ("document_sha256", "文件 SHA-256"),
    ("document_sm3", "文件 SM3"),
    ("signed_sha256", "盖章后 SHA-256 Sealed file"),
    ("document_id", "保险库编号 Vault document"),
    ("requester_sha256", "申请人证书 SHA-256"),
    ("approver_sha256", "审批人证书 SHA-256"),
    ("custodian_sha256", "印章证书 SHA-256"),
)


def ledger_csv(entries: Sequence[LedgerEntry]) -> bytes:
    """The ledger as CSV (UTF-8 with BOM, bilingual header, one row per use)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([label for _, label in CSV_HEADER])
    for e in entries:
        writer.writerow([_cell(getattr(e, key)) for key, _ in CSV_HEADER])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # a cell a spreadsheet would run as a formula is kept as text
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


LEDGER_CSS = """
@font-face { font-family: cjk; src: url(cjk.otf); }
* { font-family: cjk; font-size: 8pt; line-height: 1.3; }
h1 { font-size: 15pt; text-align: center; margin-bottom: 2pt; }
p.sub { text-align: center; color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th { background-color: #eee; text-align: left; font-weight: bold; }
th, td { border: 1px solid #999; padding: 2pt 3pt; vertical-align: top; }
.mono { font-family: monospace; font-size: 6pt; }
"""


def ledger_html(seal: Seal | None, entries: Sequence[LedgerEntry], issued_at: str) -> str:
    """The ledger's content as HTML for pymupdf's Story."""
    e = html.escape
    title = f"{e(seal.name)}（{e(seal.kind)}）" if seal else "全部印章 · All seals"
    parts = [
        "<h1>用印登记簿 · Seal-use Ledger</h1>",
        f'<p class="sub">{title} · SealDesk 签章台 · {e(issued_at)}</p>',
    ]
    if seal is not None:
        parts.append(
            f'<p class="sub">印章证书 Seal cert.: {e(common_name(seal.certificate))} · '
            f'SHA-256 <span class="mono">{e(seal.certificate_sha256)}</span></p>'
        )
    head = ["序号<br/>No.", "用印时间<br/>Sealed (UTC)", "文件<br/>Document",
            "用途<br/>Purpose", "申请人<br/>Requester", "审批人<br/>Approver", "级别<br/>Level",
            "指纹<br/>Fingerprints"]
    rows = ["<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for x in entries:
        prints = (f"文件 {_split(x.document_sha256)}<br/>盖章后 {_split(x.signed_sha256)}"
                  f"<br/>申请 {e(x.request_id)}")
        rows.append(
            "<tr>"
            f"<td>{x.seq}</td><td>{e(x.applied_at[:19].replace('T', ' '))}</td>"
            f"<td>{e(x.document_name)}</td><td>{e(x.purpose)}</td>"
            f"<td>{e(x.requester)}</td>"
            f"<td>{e(x.approver)}<br/>{e((x.approved_at or '')[:19].replace('T', ' '))}</td>"
            f"<td>{e(x.level)}</td><td class=\"mono\">{prints}</td>"
            "</tr>"
        )
    if not entries:
        rows.append('<tr><td colspan="8">尚无用印记录 · No uses yet</td></tr>')
    parts.append("<table>" + "".join(rows) + "</table>")
    return "".join(parts)


def _split(digest: str) -> str:
    """A 64-digit fingerprint on two lines (it is kept whole: audits compare all of it)."""
    return html.escape(digest[:32]) + "<br/>" + html.escape(digest[32:])


def ledger_pdf(vault: Vault, seal_ident: str | None = None) -> bytes:
    """The ledger of one seal (or all) as an A4 PDF."""
    from app.evidence.page import story_pdf

    seal = vault.db.call(lambda conn: find_seal(conn, seal_ident)) if seal_ident else None
    entries = ledger_entries(vault, seal_ident)
    return story_pdf(ledger_html(seal, entries, utc_now()[:19] + "Z"), LEDGER_CSS)
