"""More of the kiosk's plain words (issue 20: what the person entered, in words, and
why an item is nothing, without article numbers). Qt-free; merged into `words.WORDS`."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    return text


PLAIN: dict[str, str] = {
    "notes_title": QT_TRANSLATE_NOOP("kiosk", "请注意"),
    "told_title": QT_TRANSLATE_NOOP("kiosk", "您填的内容"),
    "scheme_none": QT_TRANSLATE_NOOP("kiosk", "没有参加医保"),
    "scheme_none_hint": QT_TRANSLATE_NOOP("kiosk", "生育补助和孩子的参保补助照样可以估算"),
    "scheme_unknown_hint": QT_TRANSLATE_NOOP("kiosk", "不清楚是哪一种，窗口可以帮您查"),
    "aid_unknown_hint": QT_TRANSLATE_NOOP("kiosk", "按不是救助对象估算"),
    "tier_unknown_hint": QT_TRANSLATE_NOOP("kiosk", "按报销最少的三级医院估算"),
    "step_left": QT_TRANSLATE_NOOP("kiosk", "第 {n} 步，还有 {left} 步"),
    "step_at_most": QT_TRANSLATE_NOOP("kiosk", "第 {n} 步，最多还有 {left} 步"),
    "step_last": QT_TRANSLATE_NOOP("kiosk", "第 {n} 步，这是最后一步"),
    "scroll_more": QT_TRANSLATE_NOOP("kiosk", "▼ 向下看更多"),
    "told_person": QT_TRANSLATE_NOOP("kiosk", "您：{scheme}"),
    "told_aid": QT_TRANSLATE_NOOP("kiosk", "救助：{aid}"),
    "told_card": QT_TRANSLATE_NOOP("kiosk", "医保卡个人账户：{amount}"),
    "told_card_unknown": QT_TRANSLATE_NOOP("kiosk", "医保卡个人账户：不知道"),
    "told_bill": QT_TRANSLATE_NOOP("kiosk", "第 {n} 笔：{kind}，{tier}，{place}，发票 {amount}"),
    "told_excluded": QT_TRANSLATE_NOOP("kiosk", "（自费 {amount}）"),
    "told_tier_unknown": QT_TRANSLATE_NOOP("kiosk", "医院等级不知道"),
    "tier_unknown_note": QT_TRANSLATE_NOOP(
        "kiosk", "第 {n} 笔：医院等级不知道，按报销最少的三级医院估算，实际可能报得更多"
    ),
    "aid_unknown_note": QT_TRANSLATE_NOOP(
        "kiosk", "救助：您选了不知道，按不是救助对象估算；如果是，可能还能多报一些，请到窗口问"
    ),
    "medical_uninsured": QT_TRANSLATE_NOOP("kiosk", "您没有参加医保：看病的钱医保不报，要自己付"),
    "medical_scheme_unknown": QT_TRANSLATE_NOOP(
        "kiosk", "您不知道参加的是哪种医保，看病报销没法估算。请带上社保卡到窗口问"
    ),
    "premium_scheme_unknown": QT_TRANSLATE_NOOP(
        "kiosk", "您本人：要知道参加的是哪种医保才能估算，请到窗口问"
    ),
    "premium_person_none": QT_TRANSLATE_NOOP("kiosk", "您本人：{why}"),
    "premium_person_why": QT_TRANSLATE_NOOP("kiosk", "参保补助只给参加居民医保的救助对象、残疾人"),
    "premium_person_uninsured": QT_TRANSLATE_NOOP("kiosk", "没有参加医保，没有参保补助"),
    "premium_kid_none": QT_TRANSLATE_NOOP("kiosk", "{who}：{why}"),
    "premium_kid_not_insured": QT_TRANSLATE_NOOP("kiosk", "没有参加居民医保，所以没有参保补助"),
    "premium_kid_not_registered": QT_TRANSLATE_NOOP("kiosk", "户口不在嘉兴登记，所以没有参保补助"),
    "premium_kid_not_due": QT_TRANSLATE_NOOP(
        "kiosk", "不符合条件（只补 2025 年起出生、不满 3 岁的孩子）"
    ),
    "premium_kid_left_out": QT_TRANSLATE_NOOP("kiosk", "情况不全，没有估算"),
    "told_kid": QT_TRANSLATE_NOOP("kiosk", "{who}：{date}，家里第 {order} 个孩子"),
    "told_kid_expected": QT_TRANSLATE_NOOP("kiosk", "{who}：预产期 {date}，家里第 {order} 个孩子"),
    "told_kid_twins": QT_TRANSLATE_NOOP("kiosk", "{who}：{date}，双胞胎，家里第 {order} 个孩子"),
    "told_date_unknown": QT_TRANSLATE_NOOP("kiosk", "出生日期不知道"),
    "told_order_unknown": QT_TRANSLATE_NOOP("kiosk", "不知道是第几个孩子"),
    "told_registered": QT_TRANSLATE_NOOP("kiosk", "户口在嘉兴"),
    "told_not_registered": QT_TRANSLATE_NOOP("kiosk", "户口不在嘉兴"),
    "told_registered_unknown": QT_TRANSLATE_NOOP("kiosk", "户口不知道"),
    "told_insured": QT_TRANSLATE_NOOP("kiosk", "参加了居民医保"),
    "told_not_insured": QT_TRANSLATE_NOOP("kiosk", "没参加居民医保"),
    "told_insured_unknown": QT_TRANSLATE_NOOP("kiosk", "居民医保不知道"),
    "told_mother": QT_TRANSLATE_NOOP("kiosk", "孩子的妈妈：{what}"),
    "told_mother_self": QT_TRANSLATE_NOOP("kiosk", "是您本人，{scheme}"),
    "told_mother_unknown": QT_TRANSLATE_NOOP("kiosk", "不知道"),
    "told_mother_scheme_unknown": QT_TRANSLATE_NOOP("kiosk", "医保不知道"),
    "told_months": QT_TRANSLATE_NOOP("kiosk", "连续缴费 {n} 个月"),
    "told_months_unknown": QT_TRANSLATE_NOOP("kiosk", "缴费月数不知道"),
    "told_base": QT_TRANSLATE_NOOP("kiosk", "缴费基数 {amount}"),
    "told_base_unknown": QT_TRANSLATE_NOOP("kiosk", "缴费基数不知道"),
    "told_difficult": QT_TRANSLATE_NOOP("kiosk", "难产"),
    "told_not_difficult": QT_TRANSLATE_NOOP("kiosk", "不是难产"),
    "why_childcare_order": QT_TRANSLATE_NOOP("kiosk", "育儿津贴只发给家里第 2 个、第 3 个孩子"),
    "why_childcare_registered": QT_TRANSLATE_NOOP("kiosk", "孩子的户口不在嘉兴登记，没有育儿津贴"),
    "why_not_working": QT_TRANSLATE_NOOP(
        "kiosk", "妈妈没有交职工医保，生育津贴只发给交职工医保（含灵活就业）的妈妈"
    ),
    "hukou_assumed": QT_TRANSLATE_NOOP("kiosk", "孕产补助按孩子的妈妈户口在嘉兴估算，请到窗口确认"),
    "bill_where": QT_TRANSLATE_NOOP("kiosk", "{kind} · {tier} · {place}"),
    "bill_money": QT_TRANSLATE_NOOP("kiosk", "发票 {amount}"),
    "bill_place_warn": QT_TRANSLATE_NOOP("kiosk", "外地没办转诊：报得少"),
}
