"""The kiosk's plain words, Chinese and English side by side. Qt-free.

The kiosk says things more simply than the counter (短句、常用词), so it has its own words
rather than the counter's labels; `say(key, lang)` picks one.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "title": ("医保报销自助估算", "Medical refund self-check"),
    "step": ("第 {n} 步", "Step {n}"),
    "back": ("‹ 返回", "‹ Back"),
    "restart": ("重新开始", "Start again"),
    "done": ("完成，清空", "Done, clear all"),
    "language": ("English", "中文"),
    "next": ("下一步 ›", "Next ›"),
    # scheme
    "q_scheme": ("您参加的是哪种医保？", "Which medical insurance do you have?"),
    "employee": ("在职职工", "Employee"),
    "employee_hint": ("单位给您交医保", "Your employer pays it"),
    "retiree": ("退休职工", "Retired employee"),
    "retiree_hint": ("退休前单位交的职工医保", "Employee insurance, now retired"),
    "flexible": ("灵活就业", "Self-employed"),
    "flexible_hint": ("自己交职工医保", "You pay employee insurance yourself"),
    "resident": ("城乡居民", "Resident"),
    "resident_hint": ("每年自己交，老人、孩子、农民", "Paid each year: elders, children, farmers"),
    "student": ("在校大学生", "University student"),
    "student_hint": ("跟着学校参保", "Insured through your university"),
    # account
    "q_account": ("医保卡个人账户里还有多少钱？", "How much is left on your insurance card?"),
    "account_hint": (
        "看病时先从这里扣钱。不知道就点“不知道”。",
        "Clinic bills are paid from it first. Not sure? Tap “Don't know”.",
    ),
    "account_field": ("个人账户余额", "Card balance"),
    "dont_know": ("不知道", "Don't know"),
    # aid
    "q_aid": ("您是下面的救助对象吗？", "Do you receive any of this help?"),
    "aid_hint": ("不是就点“都不是”", "If not, tap “None of these”"),
    "aid_none": ("都不是", "None of these"),
    "aid_destitute": ("特困供养人员", "Extreme poverty support"),
    "aid_minimum_living": ("低保家庭", "Minimum living allowance"),
    "aid_marginal": ("低边家庭", "Near-poverty household"),
    "aid_expenditure_poverty": ("因病支出型贫困", "Poverty from medical bills"),
    "aid_child_in_distress": ("困境儿童", "Child in difficulty"),
    "aid_other": ("其他救助对象", "Other assistance"),
    # kind
    "q_kind": ("这一笔是怎么看的病？", "What kind of visit was it?"),
    "claim_n": ("第 {n} 笔", "Bill {n}"),
    "outpatient": ("门诊、急诊、药店", "Clinic, A&E, pharmacy"),
    "outpatient_hint": ("平常看病、配药", "An ordinary visit or medicine"),
    "inpatient": ("住院", "Stayed in hospital"),
    "inpatient_hint": ("办了入院手续", "You were admitted"),
    "chronic": ("慢性病配药", "Chronic illness"),
    "chronic_hint": ("已登记的慢性病", "A registered chronic illness"),
    "special": ("特殊病", "Special treatment"),
    "special_hint": ("透析、放疗化疗等", "Dialysis, radio- or chemotherapy"),
    "home_bed": ("家庭病床", "Home hospital bed"),
    "home_bed_hint": ("医生上门治疗", "Your doctor treats you at home"),
    # tier
    "q_tier": ("在哪一种医院看的？", "Which kind of hospital?"),
    "tier_primary": ("社区医院、卫生院", "Community health centre"),
    "tier_primary_hint": ("村卫生室也算", "Village clinics too"),
    "tier_level1": ("小医院、诊所", "Small hospital, clinic"),
    "tier_level1_hint": ("一级医院、门诊部", "Level-1 hospital"),
    "tier_level2": ("县、区医院", "County hospital"),
    "tier_level2_hint": ("县人民医院、中医院", "County people's hospital"),
    "tier_level3": ("市里大医院", "Big city hospital"),
    "tier_level3_hint": ("市第一医院、第二医院", "Jiaxing First or Second Hospital"),
    "tier_pharmacy": ("药店", "Pharmacy"),
    "tier_pharmacy_hint": ("能刷医保卡的药店", "One that takes the insurance card"),
    # place
    "q_place": ("在哪里看的？", "Where was it?"),
    "place_local": ("在嘉兴", "In Jiaxing"),
    "place_local_hint": ("或已办异地安置", "Or you live elsewhere officially"),
    "place_referred": ("外地，办了转诊", "Elsewhere, referred"),
    "place_referred_hint": ("去之前办好了转诊备案", "Referral filed before you went"),
    "place_unreferred": ("外地，没办转诊", "Elsewhere, not referred"),
    "place_unreferred_hint": ("自己去的外地医院", "You went on your own"),
    # amounts
    "q_amount": ("花了多少钱？", "How much did it cost?"),
    "amount_hint": (
        "看发票，点一下方框，再按数字",
        "Look at the bill, tap a box, then the numbers",
    ),
    "eligible": ("医保范围内的钱", "Covered by insurance"),
    "excluded": ("全部自费的钱（没有就不填）", "Not covered at all (leave empty if none)"),
    "yuan": ("{amount} 元", "{amount} yuan"),
    "empty": ("点这里输入", "Tap to enter"),
    "need_eligible": ("请填写医保范围内的钱", "Please enter the covered amount"),
    # keypad
    "key_back": ("⌫ 删一位", "⌫ Delete"),
    "key_clear": ("清除", "Clear"),
    # result
    "q_result": ("估算结果", "Your estimate"),
    "total_cost": ("一共花了 {amount} 元", "Total cost {amount} yuan"),
    "paid_for_you": ("医保等帮您付", "Insurance and aid pay"),
    "you_pay": ("您自己付", "You pay"),
    "fund": ("医保统筹基金", "Insurance fund"),
    "account": ("个人账户", "Card account"),
    "critical_illness": ("大病保险", "Serious illness cover"),
    "medical_aid": ("医疗救助", "Medical assistance"),
    "premium": (
        "政府帮您交居民医保 {amount} 元",
        "The government pays {amount} yuan of your premium",
    ),
    "your_bills": ("您填的费用", "Your bills"),
    "bill_line": ("{n}. {kind} · {tier} · {amount} 元", "{n}. {kind} · {tier} · {amount} yuan"),
    "remove": ("删除", "Remove"),
    "add_another": ("＋ 再加一笔", "＋ Add another bill"),
    "no_bills": ("还没有费用，请点“再加一笔”", "No bills yet: tap “Add another bill”"),
    "fertility_note": (
        "生育补助、育儿津贴请到服务窗口咨询。",
        "For birth and childcare subsidies, please ask at the service counter.",
    ),
    "disclaimer": (
        "这是估算，实际以医保结算为准。",
        "This is an estimate; the insurance office's settlement is final.",
    ),
    "cannot": (
        "有内容需要修改，请点“返回”。",
        "Something needs changing: tap “Back”.",
    ),
    # why (为什么是这个数？) and the rules behind it
    "why": ("为什么是这个数？", "Why these numbers?"),
    "explain_title": ("为什么是这个数？", "Why these numbers?"),
    "explain_hint": (
        "每一行是一步计算，括号里是政策条款。用手指上下滑动，或点“下一页”。",
        "Each line is one step; the policy article is in brackets. "
        "Swipe up or down, or tap “Next page”.",
    ),
    "explain_summary": (
        "您自己付 {you} 元，医保等帮您付 {paid} 元",
        "You pay {you} yuan; insurance and aid pay {paid} yuan",
    ),
    "explain_none": (
        "还没有可以解释的结果，请点“返回结果”。",
        "There is no estimate to explain yet: tap “Back to the estimate”.",
    ),
    "explain_total": ("合计", "All together"),
    "explain_premium": ("政府帮您交医保", "Help with your premium"),
    "explain_other": ("其他说明", "Other notes"),
    "page_up": ("▲ 上一页", "▲ Previous page"),
    "page_down": ("▼ 下一页", "▼ Next page"),
    "back_to_result": ("‹ 返回结果", "‹ Back to the estimate"),
    "rules_button": ("规则依据", "Rules used"),
    "rules_title": ("规则依据", "The rules behind the numbers"),
    "rules_hint": (
        "这些数字按下面的政策文件计算。这里只能查看，不能修改。",
        "The numbers follow these policy documents. You can only read them here.",
    ),
    "rules_used": ("这次估算用到的文件", "Documents used for this estimate"),
    "rules_doc": (
        "《{title}》{number}，{effective} 起施行",
        "《{title}》 ({number}), in force from {effective}",
    ),
    "rules_since": ("；用到的数字自 {dates} 起执行", "; the figures used apply from {dates}"),
    "rules_all": ("本机的全部政策文件", "All policy documents on this machine"),
    "rules_row": (
        "《{title}》{number} · {effective} 起施行 · {reliability} · {origin}",
        "《{title}》 ({number}) · from {effective} · {reliability} · {origin}",
    ),
    "rules_packs": ("正在使用的参数更新包", "Parameter updates in use"),
    "rules_no_packs": (
        "没有参数更新包，用的是软件自带的参数。",
        "None: the figures built into the software are used.",
    ),
    # idle and crash
    "idle_title": ("您还在吗？", "Are you still there?"),
    "idle_text": (
        "{n} 秒后将清空您填写的内容。",
        "In {n} seconds everything you entered will be cleared.",
    ),
    "idle_touch": ("轻触屏幕任意位置继续", "Touch anywhere to continue"),
    "crash_title": ("抱歉，刚才出了点问题", "Sorry, something went wrong"),
    "crash_text": (
        "您填写的内容已清空，请从头再来。",
        "What you entered has been cleared. Please start again.",
    ),
    "crash_ok": ("好的，重新开始", "OK, start again"),
}


def say(key: str, lang: str) -> str:
    zh, en = WORDS[key]
    return en if lang == "en" else zh


def say_if(key: str, lang: str) -> str:
    """The words for `key`, or "" when there are none (a tile without a hint)."""
    return say(key, lang) if key in WORDS else ""
