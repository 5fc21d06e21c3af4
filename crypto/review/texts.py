"""The review engine's plain-language sentences, in English and Chinese.

The crypto layer cannot use the app's Qt-Linguist catalogs (``crypto`` never imports ``app``), so
the findings a lawyer reads — reasons for a verdict and changes after signing — are kept here as
(English, Chinese) pairs keyed by a stable name; :func:`say` picks the language and fills in the
parameters.  Keys, not texts, are what code compares.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, tuple[str, str]] = {
    # --- changes after signing (Change.detail) --------------------------------------------
    "field_value": ('field "{name}": "{old}" → "{new}"', "字段“{name}”：“{old}” → “{new}”"),
    "field_appearance": ('field "{name}": appearance redrawn', "字段“{name}”：外观重绘"),
    "field_property": ('field "{name}": {keys} changed', "字段“{name}”：{keys} 被修改"),
    "field_added": ('form field "{name}" added', "新增表单字段“{name}”"),
    "field_removed": ('form field "{name}" removed', "表单字段“{name}”被删除"),
    "sig_added": ('signature "{name}" added', "新增签名“{name}”"),
    "sig_signed": ('signature field "{name}" signed', "签名域“{name}”已签署"),
    "sig_replaced": ('signature "{name}" replaced', "签名“{name}”被替换"),
    "empty_sig_added": ('empty signature field "{name}" added', "新增空白签名域“{name}”"),
    "doc_timestamp_added": ('document timestamp "{name}" added', "新增文档时间戳“{name}”"),
    "dss_updated": ("validation data (DSS) added", "新增验证数据（DSS）"),
    "metadata_updated": ("document information updated", "文档信息被更新"),
    "annot_added": ("page {page}: annotation added ({subtype})",
                    "第 {page} 页：新增注释（{subtype}）"),
    "annot_removed": ("page {page}: annotation removed ({subtype})",
                      "第 {page} 页：注释被删除（{subtype}）"),
    "annot_changed": ("page {page}: annotation changed ({subtype})",
                      "第 {page} 页：注释被修改（{subtype}）"),
    # a change no other entry names (Change.covers_signed says what it does to signed content)
    "covers_signed": ("page {page}: appearance of {what}", "第 {page} 页：{what} 的外观"),
    "page_added": ("page {page} added", "新增第 {page} 页"),
    "page_removed": ("page {page} removed", "第 {page} 页被删除"),
    "pages_changed": ("page tree changed", "页面结构被修改"),
    "page_changed": ("page {page}: {keys} changed", "第 {page} 页：{keys} 被修改"),
    "catalog_changed": ("document catalog: {keys} changed", "文档目录：{keys} 被修改"),
    "form_changed": ("form settings: {keys} changed", "表单设置：{keys} 被修改"),
    "dr_added": ("form default resources: {names} added", "表单默认资源：新增 {names}"),
    "root_replaced": ("the document catalog was replaced", "文档目录被整体替换"),
    "object_added": ("object {ref} added ({nature})", "新增对象 {ref}（{nature}）"),
    "object_changed": ("object {ref} changed ({nature})", "对象 {ref} 被修改（{nature}）"),
    "object_freed": ("object {ref} deleted", "对象 {ref} 被删除"),
    "objects_unused": ("{count} object(s) added that nothing in the document uses (not displayed)",
                       "新增 {count} 个文档中未被使用的对象（不显示）"),
    "py_rejected": ("changes not recognised as allowed ({detail})",
                    "修改未被识别为允许的修改（{detail}）"),
    "unreadable_revision": ("revision {revision} cannot be analysed ({detail})",
                            "第 {revision} 版无法分析（{detail}）"),
    # --- reasons for a signature's verdict (SignatureReport.reasons) ------------------------
    "r_hash": ("The signed bytes were altered: the document digest does not match the signature.",
               "签名覆盖的内容已被改动：文档摘要与签名不符。"),
    "r_crypto": ("The signature value is not valid for the signer's certificate.",
                 "签名值与签名者证书不匹配。"),
    "r_sm2_signer_id": ('The SM2 signature verifies with the signer ID "{id}", not with the '
                        "standard ID 1234567812345678.",
                        "该 SM2 签名以签名者标识“{id}”验证通过，而不是标准标识 1234567812345678。"),
    "r_format": ("The signature is malformed: {detail}.", "签名格式错误：{detail}。"),
    "r_byte_range": ("The signed byte range is abnormal ({detail}); this is how signature "
                     "wrapping attacks hide content.",
                     "签名字节范围异常（{detail}）；签名包装攻击正是借此隐藏内容。"),
    "r_revoked": ("The signer's certificate was revoked on {when}, before the signature's "
                  "timestamp.", "签名证书已于 {when} 被吊销，早于签名时间戳。"),
    "r_revoked_no_poe": ("The signer's certificate was revoked on {when}, and nothing proves the "
                         "signature existed before that.",
                         "签名证书已于 {when} 被吊销，且无证据证明签名早于吊销时间。"),
    "r_revoked_after_ts": ("The signer's certificate was revoked on {when}, after the signature's "
                           "timestamp ({ts}); the signature stays valid.",
                           "签名证书于 {when} 被吊销，晚于签名时间戳（{ts}），签名仍然有效。"),
    "r_ca_revoked": ("A certificate authority in the signer's chain was revoked.",
                     "签名者证书链中的某个证书机构已被吊销。"),
    "r_expired_no_poe": ("The signer's certificate expired on {when} and nothing proves the "
                         "signature was made before that.",
                         "签名证书已于 {when} 过期，且无证据证明签名早于过期时间。"),
    "r_expired": ("The signature's timestamp ({ts}) is after the certificate expired ({when}).",
                  "签名时间戳（{ts}）晚于证书过期时间（{when}）。"),
    "r_not_yet_valid": ("The signature was made before the signer's certificate became valid.",
                        "签名时间早于签名证书生效时间。"),
    "r_no_chain": ("No trusted root certificate was found for the signer's certificate; add the "
                   "issuing CA with --trust if you trust it.",
                   "找不到签名证书的可信根证书；如确认可信，请用 --trust 添加签发机构。"),
    "r_chain": ("The signer's certificate chain is not valid: {detail}.",
                "签名证书链无效：{detail}。"),
    "r_key_usage": ("The signer's certificate is not meant for signing documents (key usage).",
                    "签名证书的密钥用途不允许签署文档。"),
    "r_revocation_unknown": ("Revocation status could not be checked{offline}; try again later "
                             "or online.", "无法检查吊销状态{offline}；请稍后或联网重试。"),
    "r_offline": (" (offline)", "（离线）"),
    "r_weak_algorithm": ("A weak or forbidden algorithm was used: {detail}.",
                         "使用了弱的或被禁止的算法：{detail}。"),
    "r_sha1_after_sunset": ("The signature uses SHA-1, which is no longer acceptable for "
                            "signatures made after {sunset}; it was made on {when}.",
                            "签名使用 SHA-1 摘要算法，{sunset} 之后所签的签名已不再接受该算法；"
                            "本签名签于 {when}。"),
    "r_sha1_no_poe": ("The signature uses SHA-1, acceptable only for signatures made before "
                      "{sunset}; it claims {when}, but no trusted timestamp proves that time.",
                      "签名使用 SHA-1 摘要算法，仅 {sunset} 之前所签的签名可接受；"
                      "本签名声称签于 {when}，但没有可信时间戳证明。"),
    "r_timestamp_invalid": ("The signature timestamp is not valid ({detail}).",
                            "签名时间戳无效（{detail}）。"),
    "r_changes_forbidden": ("The document was changed after signing in a way this signature "
                            "does not permit.", "签署后文档被以本签名不允许的方式修改。"),
    "r_docmdp": ("The document was certified with permission level {level} ({allowed}) but "
                 "later changes go beyond it.",
                 "文档已认证（权限级别 {level}：{allowed}），但之后的修改超出许可。"),
    "r_fieldmdp": ('The field "{name}" was locked by this signature but changed afterwards.',
                   "字段“{name}”已被本签名锁定，之后却被修改。"),
    "r_changed_allowed": ("The document was changed after this signature ({level}); each change "
                          "is listed.", "本签名之后文档有修改（{level}），每项修改均已列出。"),
    "r_lta_only": ("Only validation data and archive timestamps were added after signing.",
                   "签署后仅添加了验证数据和存档时间戳。"),
    "r_coverage": ("The signature does not cover a whole revision of the document.",
                   "签名未覆盖文档的完整版本。"),
    "r_unsupported": ("Signature type {detail} is not supported.", "不支持的签名类型 {detail}。"),
    "r_generic": ("The signature could not be validated: {detail}.", "签名无法验证：{detail}。"),
    "r_tail": ("Bytes after the signed part are not a clean incremental update: {detail}.",
               "签名部分之后的字节不是干净的增量更新：{detail}。"),
    "r_passed": ("The signature is valid and the signer's certificate is trusted.",
                 "签名有效，签名证书可信。"),
    "r_passed_ts": ("The timestamp is valid and the timestamp authority is trusted.",
                    "时间戳有效，时间戳机构可信。"),
    "r_past": ("Validated as of {when} with the validation data archived in the document.",
               "依据文档中存档的验证数据，按 {when} 的时间验证通过。"),
    "r_covered": ("Something added after this signature ({what}, revision {revision}) is drawn "
                  "over content it signed on page {page}: what is displayed is not what was "
                  "signed. Compare with the signed revision.",
                  "本签名之后添加的内容（{what}，第 {revision} 版）覆盖在第 {page} 页已签署的内容"
                  "之上：显示的内容与签署的内容不同。请与签署时的版本比对。"),
    "r_ts_past": ("The signature timestamp was validated as of {when}, the time a later archive "
                  "timestamp proves, with the validation data archived in the document.",
                  "签名时间戳依据文档中存档的验证数据，"
                  "按之后的存档时间戳所证明的 {when} 验证通过。"),
    "docmdp_1": ("no changes", "不允许任何修改"),
    "docmdp_2": ("form filling and signing", "仅允许填写表单和签名"),
    "docmdp_3": ("form filling, signing and annotations", "允许填写表单、签名和注释"),
    # --- file-level errors -------------------------------------------------------------------
    "e_not_pdf": ("This is not a PDF file.", "这不是 PDF 文件。"),
    "e_encrypted": ("The PDF is encrypted: give its password to review it (sealdesk verify "
                    "--password-env VAR).",
                    "PDF 已加密：请提供密码后再审阅（sealdesk verify --password-env 变量名）。"),
    "e_wrong_password": ("The PDF is encrypted and the password given does not open it.",
                         "PDF 已加密，所给密码无法打开。"),
    "e_encryption_unsupported": ("The PDF is encrypted in a way SealDesk cannot open ({detail}).",
                                 "PDF 的加密方式 SealDesk 无法打开（{detail}）。"),
    "e_unreadable": ("The file cannot be read: {detail}.", "无法读取文件：{detail}。"),
    "e_damaged": ("The PDF is damaged or truncated and cannot be reviewed ({detail}).",
                  "PDF 已损坏或被截断，无法审阅（{detail}）。"),
    "e_unsupported": ("No signature in this file is of a type SealDesk can verify ({detail}).",
                      "文件中没有 SealDesk 能够验证的签名类型（{detail}）。"),
    "e_time_limit": ("Reviewing this file took longer than {seconds} seconds and was stopped.",
                     "审阅此文件超过 {seconds} 秒，已停止。"),
    "e_crashed": ("The review of this file stopped unexpectedly ({detail}).",
                  "审阅此文件时意外中止（{detail}）。"),
    "e_internal": ("An unexpected error occurred while reviewing this file ({detail}).",
                   "审阅此文件时发生意外错误（{detail}）。"),
}

LEVEL_NAMES: dict[str, tuple[str, str]] = {
    "NONE": ("no changes", "无修改"),
    "LTA_UPDATES": ("validation data only", "仅验证数据"),
    "FORM_FILLING": ("form filling and signing", "填写表单和签名"),
    "ANNOTATIONS": ("annotations", "注释"),
    "OTHER": ("other changes", "其他修改"),
}


def say(key: str, lang: str, **params: Any) -> str:
    """The sentence ``key`` in ``lang`` ("zh" or "en") with ``params`` filled in."""
    en, zh = TEXTS[key]
    template = zh if lang.startswith("zh") else en
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def level_name(level: str, lang: str) -> str:
    """A modification level in words."""
    en, zh = LEVEL_NAMES.get(level, (level, level))
    return zh if lang.startswith("zh") else en


__all__ = ["LEVEL_NAMES", "TEXTS", "level_name", "say"]
