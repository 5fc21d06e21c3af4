"""The review report's words in Chinese and English.

Every string is an English source text.  Chinese comes from the translation catalog (context
``"report"``, read per language because a report's language is chosen per call, not per
process) and, while the catalog does not have an entry, from the table below.  Reasons that are
:class:`crypto.errors.Text` are rendered with the catalog's ``"errors"`` context.
"""

from __future__ import annotations

import functools
from importlib import resources

from app.i18n import Catalog, catalog_file, normalize, parse_catalog
from crypto.errors import render_text
from crypto.review.model import Change, FileReport, Indication, Integrity, SubIndication
from crypto.review.overlays import AnnotationChange

INTEGRITY = {
    Integrity.UNCHANGED: "Unchanged",
    Integrity.CHANGED: "Changed after signing",
    Integrity.MANIPULATED: "Manipulated",
    Integrity.BROKEN: "Broken signature",
    Integrity.NONE: "Not signed",
    Integrity.ERROR: "Could not be checked",
}
INTEGRITY_NOTE = {
    Integrity.UNCHANGED: "The document is exactly what was signed (at most long-term validation "
    "data was added).",
    Integrity.CHANGED: "The document was changed after signing. The changes are allowed ones and "
    "are listed below; read them before relying on the document.",
    Integrity.MANIPULATED: "The document was changed after signing in a way that is not allowed, "
    "or its structure hides what was signed. Do not rely on it.",
    Integrity.BROKEN: "A signature does not match the bytes it covers. Do not rely on the "
    "document.",
    Integrity.NONE: "The document carries no signature.",
    Integrity.ERROR: "The document could not be checked. See the error below.",
}
#: the note of a CHANGED file when a change is drawn over what a signer saw (Change.covers_signed)
COVERED_NOTE = ("The document was changed after signing, and a change is drawn over content the "
                "signer saw: what is displayed is not what was signed. Do not rely on it; compare "
                "it with the signed version.")
COVERED = "drawn over signed content"
INDICATION = {
    Indication.TOTAL_PASSED: "Valid",
    Indication.TOTAL_FAILED: "Invalid",
    Indication.INDETERMINATE: "Indeterminate",
}
SUB_INDICATION = {
    SubIndication.FORMAT_FAILURE: "the signature is not correctly formatted",
    SubIndication.HASH_FAILURE: "the signed content was altered (digest mismatch)",
    SubIndication.SIG_CRYPTO_FAILURE: "the signature value does not verify",
    SubIndication.REVOKED: "the signing certificate was revoked",
    SubIndication.SIG_CONSTRAINTS_FAILURE: "a change after signing or a signature constraint "
    "is not allowed",
    SubIndication.NO_CERTIFICATE_CHAIN_FOUND: "no chain to a trusted root certificate was found",
    SubIndication.NO_SIGNING_CERTIFICATE_FOUND: "the signing certificate is missing",
    SubIndication.OUT_OF_BOUNDS_NO_POE: "the certificate was outside its validity period and "
    "there is no proof the signature existed earlier",
    SubIndication.OUT_OF_BOUNDS_NOT_REVOKED: "the certificate is outside its validity period "
    "(not revoked)",
    SubIndication.REVOKED_NO_POE: "the certificate was revoked and there is no proof the "
    "signature existed before",
    SubIndication.REVOKED_CA_NO_POE: "an issuing CA certificate was revoked and there is no "
    "proof of existence",
    SubIndication.TRY_LATER: "revocation information is not available yet; try again later",
    SubIndication.CRYPTO_CONSTRAINTS_FAILURE: "the algorithm or key size is no longer secure",
    SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE: "the algorithm is no longer secure and "
    "there is no proof of existence from when it was",
    SubIndication.CHAIN_CONSTRAINTS_FAILURE: "the certificate chain does not meet the constraints",
    SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE: "the certificate chain could not be validated",
    SubIndication.SIGNED_DATA_NOT_FOUND: "the signed data could not be found",
    SubIndication.NOT_YET_VALID: "the certificate was not yet valid at the signing time",
    SubIndication.EXPIRED: "the certificate has expired",
    SubIndication.POLICY_PROCESSING_ERROR: "the validation policy could not be processed",
    SubIndication.GENERIC: "another reason",
}
WORDS = {  # the JSON's enumerations in words
    "signature": "Signature",
    "doc_timestamp": "Document timestamp",
    "ENTIRE_FILE": "the whole file",
    "ENTIRE_REVISION": "its whole revision (later updates follow)",
    "PARTIAL": "only part of the file",
    "NONE": "none",
    "LTA_UPDATES": "long-term validation data only",
    "FORM_FILLING": "form filling and signing",
    "ANNOTATIONS": "annotations, form filling and signing",
    "OTHER": "other changes",
    "good": "good (not revoked)",
    "revoked": "revoked",
    "unknown": "unknown",
    "not_checked": "not checked",
    "form_field": "Form field",
    "annotation": "Annotation",
    "page": "Page",
    "other": "Other",
    "content": "content differs",
    "covered": "a later signature's appearance covers signed content",
    "size": "page size changed",
    "rotation": "page rotation changed",
    "moved": "page moved",
    "added": "page added",
    "removed": "page removed",
    "unrenderable": "page cannot be displayed",
}
ANNOTATION_CHANGE = {
    "added": "Page {page}: annotation added ({subtype})",
    "removed": "Page {page}: annotation removed ({subtype})",
    "modified": "Page {page}: annotation modified ({subtype})",
}
DOCMDP = {
    1: "certified: no changes allowed",
    2: "certified: form filling and signing allowed",
    3: "certified: form filling, signing and annotations allowed",
}

_ZH = {
    # verdicts
    "Unchanged": "未更改",
    "Changed after signing": "签署后有更改",
    "Manipulated": "被篡改",
    "Broken signature": "签名已损坏",
    "Not signed": "未签名",
    "Could not be checked": "无法检查",
    "The document is exactly what was signed (at most long-term validation data was added).":
        "文档与签署时完全一致（至多追加了长期验证数据）。",
    "The document was changed after signing. The changes are allowed ones and are listed below; "
    "read them before relying on the document.":
        "文档在签署后被更改。这些更改属于允许的更改，已在下方列出；依赖本文档前请仔细阅读。",
    "The document was changed after signing in a way that is not allowed, or its structure hides "
    "what was signed. Do not rely on it.":
        "文档在签署后被以不允许的方式更改，或其结构掩盖了签署的内容。请勿依赖本文档。",
    "A signature does not match the bytes it covers. Do not rely on the document.":
        "有签名与其覆盖的内容不符。请勿依赖本文档。",
    "The document carries no signature.": "文档不含任何签名。",
    "The document could not be checked. See the error below.": "无法检查该文档，错误见下文。",
    COVERED_NOTE: "文档在签署后被更改，且有更改覆盖在签署人所见的内容之上："
                  "显示的内容不是签署的内容。请勿依赖本文档，请与签署时的版本比对。",
    COVERED: "覆盖已签署的内容",
    "Valid": "有效",
    "Invalid": "无效",
    "Indeterminate": "无法确定",
    # sub-indications
    "the signature is not correctly formatted": "签名格式不符合规范",
    "the signed content was altered (digest mismatch)": "签名所覆盖的内容已被改动（摘要不符）",
    "the signature value does not verify": "签名值验证失败",
    "the signing certificate was revoked": "签名证书已被吊销",
    "a change after signing or a signature constraint is not allowed":
        "签署后的更改或签名约束不被允许",
    "no chain to a trusted root certificate was found": "找不到通往受信任根证书的证书链",
    "the signing certificate is missing": "找不到签名证书",
    "the certificate was outside its validity period and there is no proof the signature "
    "existed earlier": "证书不在有效期内，且无法证明签名在此之前已存在",
    "the certificate is outside its validity period (not revoked)": "证书超出有效期（未被吊销）",
    "the certificate was revoked and there is no proof the signature existed before":
        "证书已被吊销，且无法证明签名早于吊销时间",
    "an issuing CA certificate was revoked and there is no proof of existence":
        "签发机构证书已被吊销，且无存在性证明",
    "revocation information is not available yet; try again later":
        "暂时无法获得吊销信息，请稍后重试",
    "the algorithm or key size is no longer secure": "所用算法或密钥长度已不再安全",
    "the algorithm is no longer secure and there is no proof of existence from when it was":
        "所用算法已不再安全，且无该算法安全时的存在性证明",
    "the certificate chain does not meet the constraints": "证书链不满足约束条件",
    "the certificate chain could not be validated": "证书链验证失败",
    "the signed data could not be found": "找不到被签名的数据",
    "the certificate was not yet valid at the signing time": "签名时证书尚未生效",
    "the certificate has expired": "证书已过期",
    "the validation policy could not be processed": "无法处理验证策略",
    "another reason": "其他原因",
    # enumerations
    "Signature": "签名",
    "Document timestamp": "文档时间戳",
    "the whole file": "整个文件",
    "its whole revision (later updates follow)": "其所在修订版本的全部内容（其后另有更新）",
    "only part of the file": "仅文件的一部分",
    "none": "无",
    "long-term validation data only": "仅长期验证数据",
    "form filling and signing": "表单填写和签名",
    "annotations, form filling and signing": "注释、表单填写和签名",
    "other changes": "其他更改",
    "good (not revoked)": "正常（未吊销）",
    "revoked": "已吊销",
    "unknown": "未知",
    "not checked": "未检查",
    "Form field": "表单字段",
    "Annotation": "注释",
    "Page": "页面",
    "Other": "其他",
    "content differs": "内容不同",
    "a later signature's appearance covers signed content": "后续签名的外观遮盖了已签署的内容",
    "page size changed": "页面尺寸已改变",
    "page rotation changed": "页面旋转已改变",
    "page moved": "页面位置已改变",
    "page added": "新增页面",
    "page removed": "页面被删除",
    "page cannot be displayed": "页面无法显示",
    "certified: no changes allowed": "认证签名：不允许任何更改",
    "certified: form filling and signing allowed": "认证签名：允许填写表单和签名",
    "certified: form filling, signing and annotations allowed":
        "认证签名：允许填写表单、签名和注释",
    "Page {page}: annotation added ({subtype})": "第 {page} 页：新增注释（{subtype}）",
    "Page {page}: annotation removed ({subtype})": "第 {page} 页：删除注释（{subtype}）",
    "Page {page}: annotation modified ({subtype})": "第 {page} 页：修改注释（{subtype}）",
    "Page {page}: appearance of a later signature ({field}), left out of the comparison":
        "第 {page} 页：后续签名（{field}）的外观，比对时未计入",
    "Page {page}: appearance of a later signature ({field}) covers signed content":
        "第 {page} 页：后续签名（{field}）的外观遮盖了已签署的内容",
    # labels
    "Signature verification report": "签名验证报告",
    "SealDesk {version} · Signature verification report · page {page} of {pages}":
        "SealDesk {version} · 签名验证报告 · 第 {page} / {pages} 页",
    "Generated": "生成时间",
    "Tool": "工具",
    "Files": "文件数",
    "Files by integrity verdict": "按完整性结论统计的文件",
    "{count} file(s)": "{count} 个文件",
    "of which a change is drawn over signed content": "其中有更改覆盖已签署的内容",
    "Passed (every signature valid, document unchanged or changed only as allowed): {passed} of "
    "{total}": "通过（全部签名有效，且文档未更改或仅有允许的更改）：{passed} / {total}",
    "Signatures by verdict": "按结论统计的签名",
    "{count} signature(s)": "{count} 个签名",
    "Colours": "颜色说明",
    "green: unchanged and every signature valid": "绿色：未更改，且全部签名有效",
    "amber: changed after signing, or a signature is indeterminate":
        "琥珀色：签署后有更改，或有签名无法确定",
    "red: manipulated, broken, a signature is invalid, or a change is drawn over signed "
    "content": "红色：被篡改、签名损坏、有签名无效，或有更改覆盖已签署的内容",
    "grey: not signed, or could not be checked": "灰色：未签名，或无法检查",
    "File list": "文件一览",
    "No files.": "没有文件。",
    "File {index} of {total}: {name}": "文件 {index} / {total}：{name}",
    "Integrity: {verdict}": "完整性：{verdict}",
    "Path": "路径",
    "Revisions": "修订版本数",
    "Visual comparison": "视觉比对",
    "not compared": "未比对",
    "no difference from what was signed": "与签署时的显示一致",
    "differs from what was signed": "与签署时的显示不同",
    "differs from what was signed on page(s) {pages}": "第 {pages} 页与签署时的显示不同",
    "Error": "错误",
    "Signatures ({count})": "签名（{count}）",
    "{kind} {number}: {field}": "{kind} {number}：{field}",
    "Signer": "签名人",
    "Issuer": "颁发者",
    "Certificate serial": "证书序列号",
    "Certificate valid until": "证书有效期至",
    "Signing time (claimed)": "签名时间（签名人声称）",
    "Timestamp time": "时间戳时间",
    "PAdES level": "PAdES 级别",
    "Algorithm": "算法",
    "Covers": "覆盖范围",
    "Changes after it": "其后的更改",
    "Revocation": "吊销状态",
    "Checks": "检查项",
    "digest {intact}, signature value {crypto}, chain to a trusted root {trusted}":
        "摘要{intact}，签名值{crypto}，可信证书链{trusted}",
    "passed": "通过",
    "failed": "未通过",
    "Certification": "认证级别",
    "Revision": "修订版本",
    "Reasons": "原因",
    "Changes after signing ({count})": "签署后的更改（{count}）",
    "Revision {revision} · {kind} · {detail} · {allowed}":
        "修订版本 {revision} · {kind} · {detail} · {allowed}",
    "allowed": "允许",
    "not allowed": "不允许",
    "Visual differences": "视觉差异",
    "{count} page(s) were not compared (page limit): {pages}":
        "有 {count} 页因页数上限未比对：第 {pages} 页",
    "Page {page}": "第 {page} 页",
    "{where}: {kind}": "{where}：{kind}",
    "Signed page {page}": "签署时的第 {page} 页",
    "As signed": "签署时",
    "As displayed now": "当前显示",
    "As signed (enlarged)": "签署时（放大）",
    "As displayed now (enlarged)": "当前显示（放大）",
}


class Words:
    """The report's words in one language ("zh" or "en")."""

    def __init__(self, lang: str) -> None:
        self.language = normalize(lang)
        self.chinese = self.language == "zh_CN"
        self._catalog = _catalog(self.language)

    def __call__(self, source: str, **params: object) -> str:
        """``source`` in this language, with ``{name}`` parameters filled in."""
        text = self._catalog.get(("report", source)) or (_ZH.get(source) if self.chinese else None)
        text = text or source
        return text.format(**params) if params else text

    def integrity(self, verdict: Integrity) -> str:
        """A file verdict in words."""
        return self(INTEGRITY[verdict])

    def integrity_note(self, verdict: Integrity) -> str:
        """What a file verdict means for the reader."""
        return self(INTEGRITY_NOTE[verdict])

    def file_note(self, report: FileReport) -> str:
        """What a file's verdict means for the reader; a change drawn over signed content says
        so instead of calling the changes allowed."""
        if report.integrity is Integrity.CHANGED and report.covers_signed_content:
            return self(COVERED_NOTE)
        return self.integrity_note(report.integrity)

    def change_status(self, change: Change) -> str:
        """Whether a change is allowed: one drawn over signed content never reads "allowed"."""
        parts = [] if change.allowed and change.covers_signed else [
            self("allowed") if change.allowed else self("not allowed")]
        if change.covers_signed:
            parts.append(self(COVERED))
        return " · ".join(parts)

    def indication(self, indication: Indication) -> str:
        """A signature's ETSI indication in words."""
        return self(INDICATION[indication])

    def sub_indication(self, sub: SubIndication) -> str:
        """An ETSI sub-indication in words."""
        return self(SUB_INDICATION.get(sub, "another reason"))

    def coded(self, words: str, code: str) -> str:
        """Words followed by the machine code they stand for: "有效（TOTAL-PASSED）"."""
        return f"{words}（{code}）" if self.chinese else f"{words} ({code})"

    def pages(self, numbers: list[int]) -> str:
        """Page numbers as a list ("1、3" in Chinese, "1, 3" in English)."""
        return ("、" if self.chinese else ", ").join(str(n) for n in numbers)

    def annotation(self, note: AnnotationChange) -> str:
        """One annotation change from the visual comparison."""
        if note.later_signature:
            template = ("Page {page}: appearance of a later signature ({field}), left out of the "
                        "comparison" if note.hidden else
                        "Page {page}: appearance of a later signature ({field}) covers signed "
                        "content")
            return self(template, page=note.page, field=note.field or "?")
        return self(ANNOTATION_CHANGE.get(note.change, note.change), page=note.page,
                    subtype=note.subtype + (f" {note.field}" if note.field else ""))

    def error_text(self, value: str) -> str:
        """A reason or detail: a :class:`crypto.errors.Text` translated, anything else as is."""
        catalog = self._catalog
        result: str = render_text(value, lambda t: catalog.get(("errors", t), t))
        return result


@functools.cache
def _catalog(language: str) -> Catalog:
    try:
        path = resources.files("resources") / "translations" / catalog_file(language)
        return parse_catalog(path.read_bytes())
    except (OSError, SyntaxError, ValueError):  # xml.etree's ParseError is a SyntaxError
        return {}
