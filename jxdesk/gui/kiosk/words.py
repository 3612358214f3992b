"""The kiosk's plain words, Chinese and English side by side. Qt-free.

The kiosk says things more simply than the counter (短句、常用词), so it has its own words
rather than the counter's labels; `say(key, lang)` picks one.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "title": ("医保和生育补助自助估算", "Insurance and birth subsidy self-check"),
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
    "no_bill": ("没有看病的费用", "No medical bill"),
    "no_bill_hint": ("只估算生育和参保补助", "Only the birth and premium subsidies"),
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
    "tier_primary": ("社区/乡镇卫生院", "Community health centre"),
    "tier_primary_hint": ("社区医院、卫生院、村卫生室", "Township or village clinic"),
    "tier_level1": ("一级医院", "Level-1 hospital"),
    "tier_level1_hint": ("小医院、诊所、门诊部", "Small hospital or clinic"),
    "tier_level2": ("二级医院", "Level-2 hospital"),
    "tier_level2_hint": ("县、区医院，如县人民医院", "County or district hospital"),
    "tier_level3": ("三级医院", "Level-3 hospital"),
    "tier_level3_hint": ("市里大医院，如市第一医院", "Big city hospital, e.g. Jiaxing First"),
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
    "q_amount": ("发票上写的是多少钱？", "What does the invoice say?"),
    "amount_hint": (
        "点一下方框，再按数字。不用自己减：我们会算出医保范围内的钱。",
        "Tap a box, then the numbers. No need to subtract: we work out the covered part.",
    ),
    "total": ("发票总金额", "Invoice total"),
    "excluded": ("其中自费（没有就不填）", "Of which 自费 (if any)"),
    "in_scope": ("医保范围内：{amount} 元", "Covered by insurance: {amount} yuan"),
    "excluded_over_total": (
        "自费不能比总金额多，请再看一下发票",
        "The 自费 part cannot be more than the total: please check the invoice",
    ),
    "yuan": ("{amount} 元", "{amount} yuan"),
    "empty": ("点这里输入", "Tap to enter"),
    "need_total": ("请填写发票总金额", "Enter the invoice total"),
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
    "bill_line": ("{n}. {kind} · {tier} · 共 {amount}", "{n}. {kind} · {tier} · {amount} in all"),
    "bill_excluded": ("（其中自费 {amount}）", " (of which {amount} 自费)"),
    "remove": ("删除", "Remove"),
    "add_another": ("＋ 再加一笔", "＋ Add another bill"),
    "no_bills": ("还没有费用，请点“再加一笔”", "No bills yet: tap “Add another bill”"),
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
        "医保等帮您付 {paid} 元，您自己付 {you} 元；生育补助 {fertility}；参保补助 {premium}",
        "Insurance and aid pay {paid} yuan, you pay {you} yuan; "
        "birth subsidies {fertility}; premium help {premium}",
    ),
    "explain_none": (
        "还没有可以解释的结果，请点“返回结果”。",
        "There is no estimate to explain yet: tap “Back to the estimate”.",
    ),
    "explain_total": ("合计", "All together"),
    "explain_premium": ("参保补助", "Premium help"),
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
    # the family
    "unknown": ("不知道 / 跳过", "Don't know / skip"),
    "unknown_hint": ("窗口可以帮您查", "The counter can look it up"),
    "q_family": (
        "2025 年以来家里有孩子出生吗？或者正在怀孕？",
        "Has a child been born in your family since 2025, or is one on the way?",
    ),
    "family_hint": (
        "可以估算孕产补助、育儿津贴、生育津贴和孩子的参保补助",
        "For the birth, childcare and maternity money and the child's premium help",
    ),
    "born": ("有，已经出生了", "Yes, born"),
    "born_hint": ("2025 年及以后出生", "Born in 2025 or later"),
    "expected": ("有，正在怀孕", "Yes, on the way"),
    "expected_hint": ("按预产期估算", "Estimated from the due date"),
    "none": ("没有", "No"),
    "none_hint": ("跳过这一部分", "Skip this part"),
    "kid_n": ("孩子{n}", "Child {n}"),
    "twin_1": ("（双胞胎之一）", " (twin 1)"),
    "twin_2": ("（双胞胎之二）", " (twin 2)"),
    "q_year": ("孩子是哪一年出生的？", "In which year was the child born?"),
    "q_year_expected": ("预产期是哪一年？", "In which year is the baby due?"),
    "year_n": ("{n} 年", "{n}"),
    "q_month": ("哪个月？", "Which month?"),
    "month_n": ("{n} 月", "{name}"),
    "q_day": ("哪一天？", "Which day?"),
    "day_n": ("{n} 日", "{n}"),
    "date_so_far": ("已选：{date}", "So far: {date}"),
    "q_order": ("这是家里的第几个孩子？", "Which child of the couple is this?"),
    "order_hint": ("按爸爸妈妈共同生育的孩子数", "Counting the couple's children"),
    "order_1": ("第 1 个", "The first"),
    "order_2": ("第 2 个", "The second"),
    "order_3": ("第 3 个或更多", "The third or later"),
    "order_twins": ("双胞胎", "Twins"),
    "order_twins_hint": ("一次生两个，两个孩子都算", "Both children count"),
    "q_before_twins": (
        "双胞胎出生前，家里已经有几个孩子？",
        "How many children did the couple have before the twins?",
    ),
    "before_0": ("没有，双胞胎是头胎", "None: the twins are the first"),
    "before_1": ("已有 1 个", "One"),
    "before_2": ("已有 2 个或更多", "Two or more"),
    "q_registered": ("出生户口在嘉兴登记吗？", "Is the birth registered in Jiaxing?"),
    "q_registered_expected": (
        "出生后户口会在嘉兴登记吗？",
        "Will the birth be registered in Jiaxing?",
    ),
    "registered_hint": ("在嘉兴落户", "Hukou registered in Jiaxing"),
    "q_insured": ("孩子参加了居民医保吗？", "Is the child enrolled in resident insurance?"),
    "q_insured_expected": (
        "出生后会给孩子参加居民医保吗？",
        "Will the child be enrolled in resident insurance?",
    ),
    "insured_hint": ("城乡居民医保，政府帮交一部分", "The government pays part of it"),
    "yes": ("是", "Yes"),
    "no": ("不是", "No"),
    "q_more": ("还有别的孩子要算吗？", "Another child to count?"),
    "more_born": ("还有一个已出生的", "Another child, born"),
    "more_expected": ("还有一个正在怀孕", "Another one on the way"),
    "no_more": ("没有了", "No more"),
    "no_more_hint": ("下面问妈妈的情况", "Next: about the mother"),
    "q_mother": ("孩子的妈妈是您本人吗？", "Are you the children's mother?"),
    "mother_hint": ("生育津贴按妈妈的医保计算", "The maternity allowance follows her insurance"),
    "self": ("是我本人", "Yes, I am"),
    "other": ("是家里其他人", "No, someone else"),
    "other_hint": ("比如女儿、儿媳", "A daughter or daughter-in-law, say"),
    "q_mother_scheme": ("妈妈参加的是哪种医保？", "Which insurance does the mother have?"),
    "mother_employee": ("在职职工", "Employee"),
    "mother_employee_hint": ("单位给她交医保", "Her employer pays it"),
    "mother_flexible": ("灵活就业", "Self-employed"),
    "mother_flexible_hint": ("自己交职工医保", "She pays employee insurance herself"),
    "mother_resident": ("城乡居民医保", "Resident insurance"),
    "mother_resident_hint": ("没有工作，每年交居民医保", "No job; paid each year"),
    "mother_none": ("没有参加医保", "No insurance"),
    "q_months": (
        "妈妈连续交了几个月职工医保？",
        "How many months in a row has the mother paid employee insurance?",
    ),
    "months_hint": ("满 6 个月才有生育津贴", "The maternity allowance needs 6 months"),
    "months_field": ("连续缴费月数", "Months in a row"),
    "months_n": ("{n} 个月", "{n} months"),
    "q_base": ("妈妈每月的缴费基数是多少？", "What is the mother's monthly contribution base?"),
    "base_hint_employee": (
        "在职职工：单位上年度月平均缴费基数，可问单位",
        "Employee: the employer's average monthly base last year; ask the employer",
    ),
    "base_hint_flexible": (
        "灵活就业：上年度自己的缴费基数，看缴费单",
        "Self-employed: her own base last year, on the payment slip",
    ),
    "base_field": ("每月缴费基数", "Monthly base"),
    "q_difficult": ("生孩子时是难产吗？", "Was it a difficult labour?"),
    "difficult_hint": ("难产多 15 天产假", "A difficult labour adds 15 days of leave"),
    "difficult_yes": ("是，难产", "Yes"),
    "difficult_no": ("不是", "No"),
    # the three cards
    "card_medical": ("医疗报销", "Medical refund"),
    "card_fertility": ("生育补助", "Birth subsidies"),
    "card_premium": ("参保补助", "Premium help"),
    "fertility_total": ("一共可以领", "In all you can receive"),
    "premium_label": ("政府帮您家交医保", "The government pays"),
    "premium_person": ("您本人", "You"),
    "prenatal_subsidy": ("孕产补助", "Birth subsidy"),
    "childcare_allowance": ("育儿津贴", "Childcare allowance"),
    "maternity_allowance": ("生育津贴", "Maternity allowance"),
    "national_childcare_subsidy": ("国家育儿补贴", "National childcare subsidy"),
    "leave_days": ("（产假 {days} 天）", " ({days} days of leave)"),
    "not_eligible": ("不符合条件", "Not eligible"),
    "no_bills_card": ("没有填写看病的费用", "No medical bill entered"),
    "no_kids": ("没有填写孩子", "No child entered"),
    "no_kid_to_estimate": (
        "孩子的情况不全，不能估算，请到窗口确认",
        "Not enough about the child to estimate: please ask at the counter",
    ),
    "premium_none_why": (
        "不符合条件：参保补助给参加居民医保的救助对象、残疾人和 2025 年起在嘉兴出生的孩子",
        "Not eligible: premium help is for resident-insured aid recipients, "
        "disabled people and children born in Jiaxing from 2025",
    ),
    "account_not_for_stay": (
        "个人账户没有用在住院上：当年个人账户只付门诊和药店的钱，住院不用它付（第十六条）",
        "Your card account paid nothing for the hospital stay: the current-year account "
        "pays clinic and pharmacy costs only (Art. 16)",
    ),
    "unknown_date": (
        "需要出生日期（或预产期）才能估算，请到窗口确认",
        "needs the birth (or due) date to estimate: please ask at the counter",
    ),
    "unknown_order": (
        "需要知道是第几个孩子才能估算，请到窗口确认",
        "needs the birth order to estimate: please ask at the counter",
    ),
    "unknown_registered": (
        "育儿津贴、国家育儿补贴：需要知道户口是否在嘉兴登记，请到窗口确认",
        "childcare allowance and national subsidy need to know if the birth is "
        "registered in Jiaxing: please ask at the counter",
    ),
    "unknown_registered_premium": (
        "参保补助：需要知道户口是否在嘉兴登记，请到窗口确认",
        "premium help needs to know if the birth is registered in Jiaxing: "
        "please ask at the counter",
    ),
    "unknown_insured": (
        "参保补助：需要知道是否参加居民医保，请到窗口确认",
        "premium help needs to know if the child is in resident insurance: "
        "please ask at the counter",
    ),
    "unknown_mother": (
        "生育津贴：需要妈妈的医保情况，请到窗口确认",
        "Maternity allowance: needs the mother's insurance: please ask at the counter",
    ),
    "unknown_months": (
        "生育津贴：需要连续缴费月数，请到窗口确认",
        "Maternity allowance: needs the months of contributions: please ask at the counter",
    ),
    "unknown_base": (
        "生育津贴：需要缴费基数，请到窗口确认",
        "Maternity allowance: needs the contribution base: please ask at the counter",
    ),
    "unknown_difficult": (
        "生育津贴按顺产估算；如是难产，多 15 天，请到窗口确认",
        "Maternity allowance assumes a normal labour; a difficult one adds 15 days: "
        "please ask at the counter",
    ),
    "unknown_account": (
        "个人账户余额没有填：按 0 估算，个人账户能付的门诊钱没有算进来，请到窗口确认",
        "Card balance not given: counted as 0, so what the card would pay at the clinic "
        "is not included: please ask at the counter",
    ),
    "see_bills": ("修改、删除费用", "Change bills"),
    "change": ("修改", "Change"),
    "removed": ("已删除：{bill}", "Removed: {bill}"),
    "undo": ("撤销", "Undo"),
    "q_bills": ("您填的看病费用", "Your medical bills"),
    "bills_hint": (
        "点“修改”重新回答这一笔，点“删除”去掉它（删错了可以撤销）",
        "Tap “Change” to answer a bill again, “Remove” to drop it (you can undo)",
    ),
    "restart_title": ("要全部清空，重新开始吗？", "Clear everything and start again?"),
    "restart_text": (
        "您填写的内容都会删除。",
        "Everything you entered will be deleted.",
    ),
    "restart_yes": ("是，全部清空", "Yes, clear all"),
    "restart_no": ("不，继续填写", "No, carry on"),
    "explain_medical": ("医疗报销", "Medical refund"),
    "explain_fertility": ("生育补助", "Birth subsidies"),
    "explain_unknown": ("没有估算的部分", "What could not be estimated"),
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
