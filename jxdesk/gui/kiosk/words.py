"""The kiosk's plain words. Qt-free.

The kiosk says things more simply than the counter (短句、常用词), so it has its own
words rather than the counter's labels. Each is a Chinese source string of the
translation context "kiosk" in the app's one catalogue, resources/translations/
jxdesk_en.ts (a block of its own, beside the counter's "jxdesk" context); `say(key,
lang)` gives the Chinese, or the catalogue's English (read by `catalogue`, so the
Qt-free parts and the tests see the same words as the screen).

After changing a word: `uv run pyside6-lupdate jxdesk/gui/i18n.py jxdesk/gui/kiosk/words.py
jxdesk/gui/kiosk/words_plain.py -ts resources/translations/jxdesk_en.ts -no-obsolete -locations none`, translate the
new entries, then `uv run pyside6-lrelease resources/translations/jxdesk_en.ts -qm
resources/translations/jxdesk_en.qm` (tests/gui/test_kiosk_words.py checks that every
word has its English).
"""

from __future__ import annotations

from jxdesk.gui.kiosk import catalogue
from jxdesk.gui.kiosk.words_plain import PLAIN

CONTEXT = "kiosk"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    return text


WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("kiosk", "医保和生育补助自助估算"),
    "step": QT_TRANSLATE_NOOP("kiosk", "第 {n} 步"),
    "back": QT_TRANSLATE_NOOP("kiosk", "‹ 返回"),
    "restart": QT_TRANSLATE_NOOP("kiosk", "重新开始"),
    "done": QT_TRANSLATE_NOOP("kiosk", "完成，清空"),
    "language": QT_TRANSLATE_NOOP("kiosk", "English"),
    "next": QT_TRANSLATE_NOOP("kiosk", "下一步 ›"),
    # scheme
    "q_scheme": QT_TRANSLATE_NOOP("kiosk", "您参加的是哪种医保？"),
    "employee": QT_TRANSLATE_NOOP("kiosk", "在职职工"),
    "employee_hint": QT_TRANSLATE_NOOP("kiosk", "单位给您交医保"),
    "retiree": QT_TRANSLATE_NOOP("kiosk", "退休职工"),
    "retiree_hint": QT_TRANSLATE_NOOP("kiosk", "退休前单位交的职工医保"),
    "flexible": QT_TRANSLATE_NOOP("kiosk", "灵活就业"),
    "flexible_hint": QT_TRANSLATE_NOOP("kiosk", "自己交职工医保"),
    "resident": QT_TRANSLATE_NOOP("kiosk", "城乡居民"),
    "resident_hint": QT_TRANSLATE_NOOP("kiosk", "每年自己交，老人、孩子、农民"),
    "student": QT_TRANSLATE_NOOP("kiosk", "在校大学生"),
    "student_hint": QT_TRANSLATE_NOOP("kiosk", "跟着学校参保"),
    # account
    "q_account": QT_TRANSLATE_NOOP("kiosk", "医保卡个人账户里还有多少钱？"),
    "account_hint": QT_TRANSLATE_NOOP("kiosk", "看病时先从这里扣钱。不知道就点“不知道”。"),
    "account_field": QT_TRANSLATE_NOOP("kiosk", "个人账户余额"),
    "dont_know": QT_TRANSLATE_NOOP("kiosk", "不知道"),
    # aid
    "q_aid": QT_TRANSLATE_NOOP("kiosk", "您是下面的救助对象吗？"),
    "aid_hint": QT_TRANSLATE_NOOP("kiosk", "不是就点“都不是”"),
    "aid_none": QT_TRANSLATE_NOOP("kiosk", "都不是"),
    "aid_destitute": QT_TRANSLATE_NOOP("kiosk", "特困供养人员"),
    "aid_minimum_living": QT_TRANSLATE_NOOP("kiosk", "低保家庭"),
    "aid_marginal": QT_TRANSLATE_NOOP("kiosk", "低边家庭"),
    "aid_expenditure_poverty": QT_TRANSLATE_NOOP("kiosk", "因病支出型贫困"),
    "aid_child_in_distress": QT_TRANSLATE_NOOP("kiosk", "困境儿童"),
    "aid_other": QT_TRANSLATE_NOOP("kiosk", "其他救助对象"),
    # kind
    "q_kind": QT_TRANSLATE_NOOP("kiosk", "这一笔是怎么看的病？"),
    "no_bill": QT_TRANSLATE_NOOP("kiosk", "没有看病的费用"),
    "no_bill_hint": QT_TRANSLATE_NOOP("kiosk", "只估算生育和参保补助"),
    "claim_n": QT_TRANSLATE_NOOP("kiosk", "第 {n} 笔"),
    "outpatient": QT_TRANSLATE_NOOP("kiosk", "门诊、急诊、药店"),
    "outpatient_hint": QT_TRANSLATE_NOOP("kiosk", "平常看病、配药"),
    "inpatient": QT_TRANSLATE_NOOP("kiosk", "住院"),
    "inpatient_hint": QT_TRANSLATE_NOOP("kiosk", "办了入院手续"),
    "chronic": QT_TRANSLATE_NOOP("kiosk", "慢性病配药"),
    "chronic_hint": QT_TRANSLATE_NOOP("kiosk", "已登记的慢性病"),
    "special": QT_TRANSLATE_NOOP("kiosk", "特殊病"),
    "special_hint": QT_TRANSLATE_NOOP("kiosk", "透析、放疗化疗等"),
    "home_bed": QT_TRANSLATE_NOOP("kiosk", "家庭病床"),
    "home_bed_hint": QT_TRANSLATE_NOOP("kiosk", "医生上门治疗"),
    # tier
    "q_tier": QT_TRANSLATE_NOOP("kiosk", "在哪一种医院看的？"),
    "tier_primary": QT_TRANSLATE_NOOP("kiosk", "社区/乡镇卫生院"),
    "tier_primary_hint": QT_TRANSLATE_NOOP("kiosk", "社区医院、卫生院、村卫生室"),
    "tier_level1": QT_TRANSLATE_NOOP("kiosk", "一级医院"),
    "tier_level1_hint": QT_TRANSLATE_NOOP("kiosk", "小医院、诊所、门诊部"),
    "tier_level2": QT_TRANSLATE_NOOP("kiosk", "二级医院"),
    "tier_level2_hint": QT_TRANSLATE_NOOP("kiosk", "县、区医院，如县人民医院"),
    "tier_level3": QT_TRANSLATE_NOOP("kiosk", "三级医院"),
    "tier_level3_hint": QT_TRANSLATE_NOOP("kiosk", "市里大医院，如市第一医院"),
    "tier_pharmacy": QT_TRANSLATE_NOOP("kiosk", "药店"),
    "tier_pharmacy_hint": QT_TRANSLATE_NOOP("kiosk", "能刷医保卡的药店"),
    # place
    "q_place": QT_TRANSLATE_NOOP("kiosk", "在哪里看的？"),
    "place_local": QT_TRANSLATE_NOOP("kiosk", "在嘉兴"),
    "place_local_hint": QT_TRANSLATE_NOOP("kiosk", "或已办异地安置"),
    "place_referred": QT_TRANSLATE_NOOP("kiosk", "外地，办了转诊"),
    "place_referred_hint": QT_TRANSLATE_NOOP("kiosk", "去之前办好了转诊备案"),
    "place_unreferred": QT_TRANSLATE_NOOP("kiosk", "外地，没办转诊"),
    "place_unreferred_hint": QT_TRANSLATE_NOOP("kiosk", "自己去的外地医院"),
    # amounts
    "q_amount": QT_TRANSLATE_NOOP("kiosk", "发票上写的是多少钱？"),
    "amount_hint": QT_TRANSLATE_NOOP(
        "kiosk", "点一下方框，再按数字。不用自己减：我们会算出医保范围内的钱。"
    ),
    "total": QT_TRANSLATE_NOOP("kiosk", "发票总金额"),
    "excluded": QT_TRANSLATE_NOOP("kiosk", "其中自费（没有就不填）"),
    "in_scope": QT_TRANSLATE_NOOP("kiosk", "医保范围内：{amount} 元"),
    "excluded_over_total": QT_TRANSLATE_NOOP("kiosk", "自费不能比总金额多，请再看一下发票"),
    "yuan": QT_TRANSLATE_NOOP("kiosk", "{amount} 元"),
    "empty": QT_TRANSLATE_NOOP("kiosk", "点这里输入"),
    "need_total": QT_TRANSLATE_NOOP("kiosk", "请填写发票总金额"),
    # keypad
    "key_back": QT_TRANSLATE_NOOP("kiosk", "⌫ 删一位"),
    "key_clear": QT_TRANSLATE_NOOP("kiosk", "清除"),
    # result
    "q_result": QT_TRANSLATE_NOOP("kiosk", "估算结果"),
    "total_cost": QT_TRANSLATE_NOOP("kiosk", "一共花了 {amount} 元"),
    "paid_for_you": QT_TRANSLATE_NOOP("kiosk", "医保等帮您付"),
    "you_pay": QT_TRANSLATE_NOOP("kiosk", "您自己付"),
    "fund": QT_TRANSLATE_NOOP("kiosk", "医保统筹基金"),
    "account": QT_TRANSLATE_NOOP("kiosk", "个人账户"),
    "critical_illness": QT_TRANSLATE_NOOP("kiosk", "大病保险"),
    "medical_aid": QT_TRANSLATE_NOOP("kiosk", "医疗救助"),
    "premium": QT_TRANSLATE_NOOP("kiosk", "政府帮您交居民医保 {amount} 元"),
    "your_bills": QT_TRANSLATE_NOOP("kiosk", "您填的费用"),
    "bill_line": QT_TRANSLATE_NOOP("kiosk", "{n}. {kind} · {tier} · 共 {amount}"),
    "bill_excluded": QT_TRANSLATE_NOOP("kiosk", "（其中自费 {amount}）"),
    "remove": QT_TRANSLATE_NOOP("kiosk", "删除"),
    "add_another": QT_TRANSLATE_NOOP("kiosk", "＋ 再加一笔"),
    "no_bills": QT_TRANSLATE_NOOP("kiosk", "还没有费用，请点“再加一笔”"),
    "disclaimer": QT_TRANSLATE_NOOP("kiosk", "这是估算，实际以医保结算为准。"),
    "cannot": QT_TRANSLATE_NOOP("kiosk", "有内容需要修改，请点“返回”。"),
    # why (为什么是这个数？) and the rules behind it
    "why": QT_TRANSLATE_NOOP("kiosk", "为什么是这个数？"),
    "explain_title": QT_TRANSLATE_NOOP("kiosk", "为什么是这个数？"),
    "explain_hint": QT_TRANSLATE_NOOP(
        "kiosk", "每一行是一步计算，括号里是政策条款。用手指上下滑动，或点“下一页”。"
    ),
    "explain_summary": QT_TRANSLATE_NOOP(
        "kiosk",
        "医保等帮您付 {paid} 元，您自己付 {you} 元；生育补助 {fertility}；参保补助 {premium}",
    ),
    "explain_none": QT_TRANSLATE_NOOP("kiosk", "还没有可以解释的结果，请点“返回结果”。"),
    "explain_total": QT_TRANSLATE_NOOP("kiosk", "合计"),
    "explain_premium": QT_TRANSLATE_NOOP("kiosk", "参保补助"),
    "explain_other": QT_TRANSLATE_NOOP("kiosk", "其他说明"),
    "page_up": QT_TRANSLATE_NOOP("kiosk", "▲ 上一页"),
    "page_down": QT_TRANSLATE_NOOP("kiosk", "▼ 下一页"),
    "back_to_result": QT_TRANSLATE_NOOP("kiosk", "‹ 返回结果"),
    "rules_button": QT_TRANSLATE_NOOP("kiosk", "规则依据"),
    "rules_title": QT_TRANSLATE_NOOP("kiosk", "这些数字的规则依据"),
    "rules_hint": QT_TRANSLATE_NOOP(
        "kiosk", "这些数字按下面的政策文件计算。这里只能查看，不能修改。"
    ),
    "rules_used": QT_TRANSLATE_NOOP("kiosk", "这次估算用到的文件"),
    "rules_doc": QT_TRANSLATE_NOOP("kiosk", "《{title}》{number}，{effective} 起施行"),
    "rules_since": QT_TRANSLATE_NOOP("kiosk", "；用到的数字自 {dates} 起执行"),
    "rules_all": QT_TRANSLATE_NOOP("kiosk", "本机的全部政策文件"),
    "rules_row": QT_TRANSLATE_NOOP(
        "kiosk", "《{title}》{number} · {effective} 起施行 · {reliability} · {origin}"
    ),
    "rules_packs": QT_TRANSLATE_NOOP("kiosk", "正在使用的参数更新包"),
    "rules_no_packs": QT_TRANSLATE_NOOP("kiosk", "没有参数更新包，用的是软件自带的参数。"),
    # the year (January to March only, R19)
    "q_costs_year": QT_TRANSLATE_NOOP("kiosk", "这些费用是哪一年的？"),
    "costs_year_hint": QT_TRANSLATE_NOOP("kiosk", "按看病的日期选：去年看的病，选去年"),
    "this_year": QT_TRANSLATE_NOOP("kiosk", "今年"),
    "last_year": QT_TRANSLATE_NOOP("kiosk", "去年"),
    "premium_not_published": QT_TRANSLATE_NOOP("kiosk", "尚未公布"),
    "estimate_year": QT_TRANSLATE_NOOP("kiosk", "按 {year} 年估算"),
    # the family
    "unknown": QT_TRANSLATE_NOOP("kiosk", "不知道 / 跳过"),
    "unknown_hint": QT_TRANSLATE_NOOP("kiosk", "窗口可以帮您查"),
    "q_family": QT_TRANSLATE_NOOP("kiosk", "最近几年家里有孩子出生吗？或者正在怀孕？"),
    "family_hint": QT_TRANSLATE_NOOP(
        "kiosk", "可以估算孕产补助、育儿津贴、生育津贴和孩子的参保补助"
    ),
    "born": QT_TRANSLATE_NOOP("kiosk", "有，已经出生了"),
    "born_hint": QT_TRANSLATE_NOOP("kiosk", "{year} 年及以后出生"),
    "expected": QT_TRANSLATE_NOOP("kiosk", "有，正在怀孕"),
    "expected_hint": QT_TRANSLATE_NOOP("kiosk", "按预产期估算"),
    "none": QT_TRANSLATE_NOOP("kiosk", "没有"),
    "none_hint": QT_TRANSLATE_NOOP("kiosk", "跳过这一部分"),
    "kid_n": QT_TRANSLATE_NOOP("kiosk", "孩子{n}"),
    "twin_1": QT_TRANSLATE_NOOP("kiosk", "（双胞胎之一）"),
    "twin_2": QT_TRANSLATE_NOOP("kiosk", "（双胞胎之二）"),
    "q_year": QT_TRANSLATE_NOOP("kiosk", "孩子是哪一年出生的？"),
    "q_year_expected": QT_TRANSLATE_NOOP("kiosk", "预产期是哪一年？"),
    "year_n": QT_TRANSLATE_NOOP("kiosk", "{n} 年"),
    "q_month": QT_TRANSLATE_NOOP("kiosk", "哪个月？"),
    "month_n": QT_TRANSLATE_NOOP("kiosk", "{n} 月"),
    "q_day": QT_TRANSLATE_NOOP("kiosk", "哪一天？"),
    "day_n": QT_TRANSLATE_NOOP("kiosk", "{n} 日"),
    "date_so_far": QT_TRANSLATE_NOOP("kiosk", "已选：{date}"),
    "q_order": QT_TRANSLATE_NOOP("kiosk", "这是家里的第几个孩子？"),
    "order_hint": QT_TRANSLATE_NOOP("kiosk", "按爸爸妈妈共同生育的孩子数"),
    "order_1": QT_TRANSLATE_NOOP("kiosk", "第 1 个"),
    "order_2": QT_TRANSLATE_NOOP("kiosk", "第 2 个"),
    "order_3": QT_TRANSLATE_NOOP("kiosk", "第 3 个或更多"),
    "order_twins": QT_TRANSLATE_NOOP("kiosk", "双胞胎"),
    "order_twins_hint": QT_TRANSLATE_NOOP("kiosk", "一次生两个，两个孩子都算"),
    "q_before_twins": QT_TRANSLATE_NOOP("kiosk", "双胞胎出生前，家里已经有几个孩子？"),
    "before_0": QT_TRANSLATE_NOOP("kiosk", "没有，双胞胎是头胎"),
    "before_1": QT_TRANSLATE_NOOP("kiosk", "已有 1 个"),
    "before_2": QT_TRANSLATE_NOOP("kiosk", "已有 2 个或更多"),
    "q_registered": QT_TRANSLATE_NOOP("kiosk", "出生户口在嘉兴登记吗？"),
    "q_registered_expected": QT_TRANSLATE_NOOP("kiosk", "出生后户口会在嘉兴登记吗？"),
    "registered_hint": QT_TRANSLATE_NOOP("kiosk", "在嘉兴落户"),
    "q_insured": QT_TRANSLATE_NOOP("kiosk", "孩子参加了居民医保吗？"),
    "q_insured_expected": QT_TRANSLATE_NOOP("kiosk", "出生后会给孩子参加居民医保吗？"),
    "insured_hint": QT_TRANSLATE_NOOP("kiosk", "城乡居民医保，政府帮交一部分"),
    "yes": QT_TRANSLATE_NOOP("kiosk", "是"),
    "no": QT_TRANSLATE_NOOP("kiosk", "不是"),
    "q_more": QT_TRANSLATE_NOOP("kiosk", "还有别的孩子要算吗？"),
    "more_born": QT_TRANSLATE_NOOP("kiosk", "还有一个已出生的"),
    "more_expected": QT_TRANSLATE_NOOP("kiosk", "还有一个正在怀孕"),
    "no_more": QT_TRANSLATE_NOOP("kiosk", "没有了"),
    "no_more_hint": QT_TRANSLATE_NOOP("kiosk", "下面问妈妈的情况"),
    "q_mother": QT_TRANSLATE_NOOP("kiosk", "孩子的妈妈是您本人吗？"),
    "mother_hint": QT_TRANSLATE_NOOP("kiosk", "生育津贴按妈妈的医保计算"),
    "self": QT_TRANSLATE_NOOP("kiosk", "是我本人"),
    "other": QT_TRANSLATE_NOOP("kiosk", "是家里其他人"),
    "other_hint": QT_TRANSLATE_NOOP("kiosk", "比如女儿、儿媳"),
    "q_mother_scheme": QT_TRANSLATE_NOOP("kiosk", "妈妈参加的是哪种医保？"),
    "mother_employee": QT_TRANSLATE_NOOP("kiosk", "在职职工"),
    "mother_employee_hint": QT_TRANSLATE_NOOP("kiosk", "单位给她交医保"),
    "mother_flexible": QT_TRANSLATE_NOOP("kiosk", "灵活就业"),
    "mother_flexible_hint": QT_TRANSLATE_NOOP("kiosk", "她自己交职工医保"),
    "mother_resident": QT_TRANSLATE_NOOP("kiosk", "城乡居民医保"),
    "mother_resident_hint": QT_TRANSLATE_NOOP("kiosk", "没有工作，每年交居民医保"),
    "mother_none": QT_TRANSLATE_NOOP("kiosk", "没有参加医保"),
    "q_months": QT_TRANSLATE_NOOP("kiosk", "妈妈连续交了几个月职工医保？"),
    "months_hint": QT_TRANSLATE_NOOP("kiosk", "连续交职工医保满 6 个月才有生育津贴"),
    "months_field": QT_TRANSLATE_NOOP("kiosk", "连续缴费月数"),
    "months_n": QT_TRANSLATE_NOOP("kiosk", "{n} 个月"),
    "q_base": QT_TRANSLATE_NOOP("kiosk", "妈妈每月的缴费基数是多少？"),
    "base_hint_employee": QT_TRANSLATE_NOOP(
        "kiosk", "在职职工：单位上年度月平均缴费基数，可问单位"
    ),
    "base_hint_flexible": QT_TRANSLATE_NOOP("kiosk", "灵活就业：上年度自己的缴费基数，看缴费单"),
    "base_field": QT_TRANSLATE_NOOP("kiosk", "每月缴费基数"),
    "q_difficult": QT_TRANSLATE_NOOP("kiosk", "生孩子时是难产吗？"),
    "difficult_hint": QT_TRANSLATE_NOOP("kiosk", "难产多 15 天产假"),
    "difficult_yes": QT_TRANSLATE_NOOP("kiosk", "是，难产"),
    "difficult_no": QT_TRANSLATE_NOOP("kiosk", "不是"),
    # the three cards
    "card_medical": QT_TRANSLATE_NOOP("kiosk", "医疗报销"),
    "card_fertility": QT_TRANSLATE_NOOP("kiosk", "生育补助"),
    "card_premium": QT_TRANSLATE_NOOP("kiosk", "参保补助"),
    "fertility_total": QT_TRANSLATE_NOOP("kiosk", "一共可以领"),
    "premium_label": QT_TRANSLATE_NOOP("kiosk", "政府帮您家交医保"),
    "premium_person": QT_TRANSLATE_NOOP("kiosk", "您本人"),
    "prenatal_subsidy": QT_TRANSLATE_NOOP("kiosk", "孕产补助"),
    "childcare_allowance": QT_TRANSLATE_NOOP("kiosk", "育儿津贴"),
    "maternity_allowance": QT_TRANSLATE_NOOP("kiosk", "生育津贴"),
    "national_childcare_subsidy": QT_TRANSLATE_NOOP("kiosk", "国家育儿补贴"),
    "leave_days": QT_TRANSLATE_NOOP("kiosk", "（产假 {days} 天）"),
    "not_eligible": QT_TRANSLATE_NOOP("kiosk", "不符合条件"),
    "no_bills_card": QT_TRANSLATE_NOOP("kiosk", "没有填写看病的费用"),
    "no_kids": QT_TRANSLATE_NOOP("kiosk", "没有填写孩子"),
    "no_kid_to_estimate": QT_TRANSLATE_NOOP("kiosk", "孩子的情况不全，不能估算，请到窗口确认"),
    "premium_none_why": QT_TRANSLATE_NOOP(
        "kiosk", "不符合条件：参保补助给参加居民医保的救助对象、残疾人和 2025 年起在嘉兴出生的孩子"
    ),
    "account_not_for_stay": QT_TRANSLATE_NOOP(
        "kiosk", "个人账户没有用在住院上：当年个人账户只付门诊和药店的钱，住院不用它付"
    ),
    "unknown_date": QT_TRANSLATE_NOOP("kiosk", "需要出生日期（或预产期）才能估算，请到窗口确认"),
    "unknown_order": QT_TRANSLATE_NOOP("kiosk", "需要知道是第几个孩子才能估算，请到窗口确认"),
    "unknown_registered": QT_TRANSLATE_NOOP(
        "kiosk", "育儿津贴、国家育儿补贴：需要知道户口是否在嘉兴登记，请到窗口确认"
    ),
    "unknown_registered_premium": QT_TRANSLATE_NOOP(
        "kiosk", "参保补助：需要知道户口是否在嘉兴登记，请到窗口确认"
    ),
    "unknown_insured": QT_TRANSLATE_NOOP(
        "kiosk", "参保补助：需要知道是否参加居民医保，请到窗口确认"
    ),
    "unknown_mother": QT_TRANSLATE_NOOP("kiosk", "生育津贴：需要妈妈的医保情况，请到窗口确认"),
    "unknown_months": QT_TRANSLATE_NOOP("kiosk", "生育津贴：需要连续缴费月数，请到窗口确认"),
    "unknown_base": QT_TRANSLATE_NOOP("kiosk", "生育津贴：需要缴费基数，请到窗口确认"),
    "unknown_difficult": QT_TRANSLATE_NOOP(
        "kiosk", "生育津贴按顺产估算；如是难产，多 15 天，请到窗口确认"
    ),
    "unknown_account": QT_TRANSLATE_NOOP(
        "kiosk", "个人账户余额没有填：按 0 估算，个人账户能付的门诊钱没有算进来，请到窗口确认"
    ),
    "see_bills": QT_TRANSLATE_NOOP("kiosk", "修改、删除费用"),
    "change": QT_TRANSLATE_NOOP("kiosk", "修改"),
    "removed": QT_TRANSLATE_NOOP("kiosk", "已删除：{bill}"),
    "undo": QT_TRANSLATE_NOOP("kiosk", "撤销"),
    "q_bills": QT_TRANSLATE_NOOP("kiosk", "您填的看病费用"),
    "bills_hint": QT_TRANSLATE_NOOP(
        "kiosk", "点“修改”重新回答这一笔，点“删除”去掉它（删错了可以撤销）"
    ),
    "restart_title": QT_TRANSLATE_NOOP("kiosk", "要全部清空，重新开始吗？"),
    "restart_text": QT_TRANSLATE_NOOP("kiosk", "您填写的内容都会删除。"),
    "restart_yes": QT_TRANSLATE_NOOP("kiosk", "是，全部清空"),
    "restart_no": QT_TRANSLATE_NOOP("kiosk", "不，继续填写"),
    "explain_medical": QT_TRANSLATE_NOOP("kiosk", "医疗报销"),
    "explain_fertility": QT_TRANSLATE_NOOP("kiosk", "生育补助"),
    "explain_unknown": QT_TRANSLATE_NOOP("kiosk", "没有估算的部分"),
    # idle and crash
    "idle_title": QT_TRANSLATE_NOOP("kiosk", "您还在吗？"),
    "idle_text": QT_TRANSLATE_NOOP("kiosk", "{n} 秒后将清空您填写的内容。"),
    "idle_touch": QT_TRANSLATE_NOOP("kiosk", "轻触屏幕任意位置继续"),
    "crash_title": QT_TRANSLATE_NOOP("kiosk", "抱歉，刚才出了点问题"),
    "crash_text": QT_TRANSLATE_NOOP("kiosk", "您填写的内容已清空，请从头再来。"),
    "crash_ok": QT_TRANSLATE_NOOP("kiosk", "好的，重新开始"),
    # voice and the slip (issue 22: speech.py, spoken.py, slip.py, slip_text.py)
    "speak": QT_TRANSLATE_NOOP("kiosk", "朗读"),  # (with a loudspeaker icon: speech.py)
    "speak_stop": QT_TRANSLATE_NOOP("kiosk", "■ 停止朗读"),
    "speak_choices": QT_TRANSLATE_NOOP("kiosk", "可以选：{choices}。"),
    "speak_entered": QT_TRANSLATE_NOOP("kiosk", "已经输入：{value}。"),
    "print_slip": QT_TRANSLATE_NOOP("kiosk", "打印凭条"),
    "slip_printing": QT_TRANSLATE_NOOP("kiosk", "凭条正在打印，请在出纸口取走。"),
    "slip_failed": QT_TRANSLATE_NOOP("kiosk", "凭条没有打印出来，请找工作人员帮忙。"),
    "slip_title": QT_TRANSLATE_NOOP("kiosk", "医保和生育补助估算凭条"),
    "slip_date": QT_TRANSLATE_NOOP("kiosk", "日期：{date}"),
    "slip_disclaimer": QT_TRANSLATE_NOOP("kiosk", "估算，仅供参考，以医保经办机构结算为准"),
    "slip_rules": QT_TRANSLATE_NOOP(
        "kiosk", "规则版本：{year} 年度，依据 {docs}（最近一份 {effective} 起施行）"
    ),
    "slip_packs": QT_TRANSLATE_NOOP("kiosk", "参数包：{packs}"),
    "slip_no_packs": QT_TRANSLATE_NOOP("kiosk", "无（使用内置参数）"),
    "slip_holds": QT_TRANSLATE_NOOP(
        "kiosk",
        "这个二维码里存有您在自助机上填写的内容（没有姓名，没有证件号码）。到窗口出示，工作人员扫一下就能看到同样的估算，不用再问一遍。",
    ),
    "slip_too_large": QT_TRANSLATE_NOOP(
        "kiosk",
        "您填写的内容太多，一个二维码放不下，所以这张凭条上没有二维码。到窗口时请把情况再告诉工作人员。",
    ),
}

WORDS.update(PLAIN)


def say(key: str, lang: str) -> str:
    zh = WORDS[key]
    return catalogue.english(CONTEXT, zh) if lang == "en" else zh


def say_if(key: str, lang: str) -> str:
    """The words for `key`, or "" when there are none (a tile without a hint)."""
    return say(key, lang) if key in WORDS else ""
