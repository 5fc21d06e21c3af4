"""Wording of the bilingual sample sales contract (Chinese first, English below)."""

from __future__ import annotations

from dataclasses import dataclass

TITLE_ZH = "销售合同"
TITLE_EN = "SALES CONTRACT"
BUYER_ZH = "上海示范贸易有限公司"
BUYER_EN = "Shanghai Model Trading Co., Ltd."
ANCHOR = "盖章处"

CHINESE_NUMERALS = "零一二三四五六七八九"


@dataclass(frozen=True)
class Clause:
    """One article: a heading and a paragraph, each in Chinese and English."""

    heading_zh: str
    heading_en: str
    body_zh: str
    body_en: str


BODY_CLAUSES: tuple[Clause, ...] = (
    Clause(
        "产品、数量及价格",
        "Products, Quantity and Price",
        "甲方同意向乙方出售、乙方同意向甲方购买电子签章终端设备（型号 SD-200）共计 500 台，"
        "单价为人民币 1,200.00 元（含 13% 增值税），合同总价为人民币 600,000.00 元"
        "（大写：陆拾万元整）。",
        "Party A agrees to sell and Party B agrees to buy 500 units of electronic signing "
        "terminals (model SD-200) at a unit price of RMB 1,200.00 (13% VAT included), for a "
        "total contract price of RMB 600,000.00.",
    ),
    Clause(
        "质量标准",
        "Quality Standard",
        "产品应符合国家相关标准及甲方公布的产品技术规格，并随货附产品合格证及使用说明书。",
        "The products shall conform to the applicable national standards and to Party A's "
        "published technical specifications, and shall be delivered with certificates of "
        "conformity and user manuals.",
    ),
    Clause(
        "交货时间与地点",
        "Delivery Time and Place",
        "甲方应于本合同生效之日起三十日内将产品运至乙方指定地点（上海市浦东新区），"
        "运输费用及运输途中的风险由甲方承担。",
        "Party A shall deliver the products to the place designated by Party B (Pudong New "
        "Area, Shanghai) within thirty days after this contract takes effect, and shall bear "
        "the freight and the risk of loss during transport.",
    ),
    Clause(
        "验收",
        "Acceptance",
        "乙方应在收货后七个工作日内完成验收；如有数量短缺或质量异议，应书面通知甲方，"
        "逾期未提出异议的视为验收合格。",
        "Party B shall inspect the goods within seven working days after receipt and notify "
        "Party A in writing of any shortage or defect; goods not objected to within that "
        "period are deemed accepted.",
    ),
    Clause(
        "付款方式",
        "Payment",
        "乙方应于合同签订后五个工作日内支付合同总价的 30% 作为预付款，余款于验收合格后"
        "十五日内以银行转账方式付清。",
        "Party B shall pay 30% of the total price as an advance within five working days "
        "after signing, and the balance by bank transfer within fifteen days after acceptance.",
    ),
    Clause(
        "质量保证",
        "Warranty",
        "产品质保期为验收合格之日起十二个月。质保期内非人为损坏的，甲方负责免费维修或更换。",
        "The warranty period is twelve months from acceptance. During this period Party A "
        "shall repair or replace free of charge any product not damaged by improper use.",
    ),
    Clause(
        "违约责任",
        "Liability for Breach",
        "任何一方未按约定履行义务的，应向守约方支付合同总价 0.05% 每日的违约金，"
        "但违约金总额不超过合同总价的 10%。",
        "A party failing to perform its obligations shall pay the other party liquidated "
        "damages of 0.05% of the total price per day of delay, capped at 10% of the total price.",
    ),
    Clause(
        "保密",
        "Confidentiality",
        "双方对因履行本合同而知悉的对方商业秘密负有保密义务，该义务在本合同终止后继续有效。",
        "Each party shall keep confidential the other party's trade secrets learned in the "
        "performance of this contract; this obligation survives termination.",
    ),
    Clause(
        "不可抗力",
        "Force Majeure",
        "因不可抗力致使不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，"
        "可部分或全部免除责任。",
        "A party prevented from performing by force majeure shall promptly notify the other "
        "party and provide evidence within a reasonable time, and shall be released from "
        "liability in whole or in part.",
    ),
    Clause(
        "争议解决",
        "Dispute Resolution",
        "因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向甲方所在地人民法院"
        "提起诉讼。",
        "Disputes arising from this contract shall be settled through friendly negotiation; "
        "failing that, either party may bring a lawsuit before the people's court where "
        "Party A is located.",
    ),
)

CLOSING_CLAUSES: tuple[Clause, ...] = (
    Clause(
        "合同生效及其他",
        "Effectiveness and Miscellaneous",
        "本合同经双方签字并加盖公章或合同专用章（含可靠电子签名）后生效。本合同以中文为准，"
        "英文译文仅供参考。",
        "This contract takes effect when signed and sealed by both parties (reliable "
        "electronic signatures included). The Chinese text prevails; the English translation "
        "is for reference only.",
    ),
)

EXTRA_CLAUSE = Clause(
    "补充约定（{n}）",
    "Supplementary Provision ({n})",
    "双方就本合同未尽事宜可另行签订补充协议，补充协议与本合同具有同等法律效力。"
    "本条款为示例文本，用于生成多页合同。",
    "Matters not covered by this contract may be settled by supplementary agreements, "
    "which have the same legal force as this contract. This article is sample text used "
    "to produce longer contracts.",
)

PREAMBLE_ZH = (
    "甲乙双方根据《中华人民共和国民法典》及相关法律法规，本着平等自愿、诚实信用的原则，"
    "经友好协商，就产品买卖事宜达成如下协议："
)
PREAMBLE_EN = (
    "In accordance with the Civil Code of the People's Republic of China and related laws, "
    "the parties, on the principles of equality, free will and good faith, agree as follows:"
)


def article_number_zh(n: int) -> str:
    """第一条, 第十二条, 第一百零五条 … (1-999)."""
    return f"第{chinese_number(n)}条"


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 105 → 一百零五, 120 → 一百二十 (1-999)."""
    if not 0 < n < 1000:
        raise ValueError(f"{n} is outside 1-999")
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    out = ""
    if hundreds:
        out += CHINESE_NUMERALS[hundreds] + "百"
        if rest and tens == 0:
            out += "零"
    if tens:
        out += ("" if tens == 1 and not hundreds else CHINESE_NUMERALS[tens]) + "十"
    if units:
        out += CHINESE_NUMERALS[units]
    return out
