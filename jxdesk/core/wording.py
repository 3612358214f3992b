"""The words of the explanation: labels of codes and one template per step, (中文, English).

Templates name figures by key (how each is written: messages.py). Chinese lines use Chinese
punctuation; English lines ASCII punctuation only. A step marked as an assumption gets its
marker from messages.render: templates never write one themselves.
"""

# ruff: noqa: E501
from __future__ import annotations

from jxdesk.core.glossary import AID_STATUSES, ENROLLMENT_ROUTES, SCHEMES, Term


def _in_sentence(terms: dict[str, Term]) -> dict[str, tuple[str, str]]:
    """The glossary's names as they read inside a line: English not capitalised."""
    return {k: (t.zh, t.en[:1].lower() + t.en[1:]) for k, t in terms.items()}


#: codes by their plain-language name; schemes, aid statuses and routes from the glossary
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "category": _in_sentence({k: t for k, t in AID_STATUSES.items() if k != "none"}),
    "route": _in_sentence(ENROLLMENT_ROUTES),
    "scheme": _in_sentence(SCHEMES),
    "kind": {
        "outpatient": ("普通门诊", "ordinary outpatient"),
        "chronic": ("慢性病门诊", "chronic-disease outpatient"),
        "special": ("特殊病种门诊", "special-disease outpatient"),
        "inpatient": ("住院", "inpatient stay"),
        "home_bed": ("家庭病床", "home sickbed"),
    },
    "facility": {
        "primary": ("基层", "primary care"),
        "level1": ("一级", "level 1"),
        "level2": ("二级", "level 2"),
        "level3": ("三级", "level 3"),
        "pharmacy": ("零售药店", "retail pharmacy"),
    },
    "place": {
        "local": ("本市", "in Jiaxing"),
        "referred": ("规范转诊异地", "referred out of the city"),
        "unreferred": ("未规范转诊异地", "out of the city without referral"),
    },
}

# code -> (Chinese, English)
TEMPLATES: dict[str, tuple[str, str]] = {
    "claim_header": (
        "第{n}笔：{kind} {facility}（{place}），符合医保支付范围 {eligible} 元",
        "Claim {n}: {kind}, {facility} ({place}); in scope {eligible} yuan",
    ),
    "claim_header_excluded": (
        "第{n}笔：{kind} {facility}（{place}），符合医保支付范围 {eligible} 元；范围外自费 {excluded} 元由个人负担",
        "Claim {n}: {kind}, {facility} ({place}); in scope {eligible} yuan; {excluded} yuan "
        "outside the catalogue is paid by the person",
    ),
    "account_pays": (
        "当年个人账户先支付 {amount} 元（余额 {balance} 元）",
        "The current-year personal account pays first: {amount} yuan (balance {balance} yuan)",
    ),
    "out_of_city": (
        "{place}：个人先行自付 {rate}，即 {amount} 元；其余 {rest} 元按三级医院标准结算",
        "{place}: the person first pays {rate}, {amount} yuan; the remaining "
        "{rest} yuan is settled as at a level 3 hospital",
    ),
    "outpatient_deductible": (
        "门诊起付标准 {amount} 元由个人自付（年度起付标准 {annual} 元，此前已付 {paid_before} 元）",
        "Outpatient deductible paid by the person: {amount} yuan (annual "
        "deductible {annual} yuan, {paid_before} yuan paid before)",
    ),
    "outpatient_no_deductible_primary": (
        "基层医疗机构就诊不设起付标准",
        "No deductible at primary-care facilities",
    ),
    "outpatient_fund": (
        "{kind} {facility} 统筹基金按 {rate} 支付 {covered} 元中的 {amount} 元",
        "{kind} at {facility}: the fund pays {rate} of {covered} yuan, {amount} yuan",
    ),
    "outpatient_beyond_maximum": (
        "超过{kind}最高支付限额（{maximum} 元）的 {amount} 元由个人自付",
        "{amount} yuan above the {kind} maximum ({maximum} yuan) is paid by the person",
    ),
    "inpatient_no_deductible": (
        "{kind}按住院费用结算，不设起付标准",
        "{kind} is settled as inpatient costs with no deductible",
    ),
    "inpatient_deductible": (
        "住院 {facility} 起付标准 {amount} 元（本级起付标准 {tier_deductible} 元，"
        "年度累计以 {ceiling} 元为限，此前已付 {paid_before} 元）",
        "Inpatient deductible at {facility}: {amount} yuan (tier deductible "
        "{tier_deductible} yuan, at most {ceiling} yuan a year, "
        "{paid_before} yuan paid before)",
    ),
    "inpatient_band": (
        "{kind} {facility}：{band} 元以下部分 {covered} 元按 {rate} 支付 {band_amount} 元",
        "{kind} at {facility}: {covered} yuan below {band} yuan paid at {rate}, {band_amount} yuan",
    ),
    "inpatient_upper_band": (
        "{band} 元以上至 {maximum} 元部分 {covered} 元按 {rate} 支付 {band_amount} 元",
        "{covered} yuan between {band} and {maximum} yuan paid at {rate}, {band_amount} yuan",
    ),
    "inpatient_maximum_reached": (
        "已达到住院年度最高支付限额（{maximum} 元），本笔统筹基金不再支付",
        "The annual inpatient maximum ({maximum} yuan) is already reached: the fund pays nothing more for this claim",
    ),
    "inpatient_within_deductible": (
        "本笔符合范围的费用都在起付标准内，统筹基金不支付",
        "All of this claim lies within the deductible: the fund pays nothing",
    ),
    "outpatient_maximum_reached": (
        "已达到{kind}最高支付限额（{maximum} 元），本笔统筹基金不再支付",
        "The {kind} maximum ({maximum} yuan) is already reached: the fund pays nothing more for this claim",
    ),
    "outpatient_within_deductible": (
        "本笔进入统筹的费用都在起付标准内，统筹基金不支付",
        "All of this claim that reaches the fund lies within the deductible: the fund pays nothing",
    ),
    "inpatient_fund": (
        "本笔统筹基金支付合计 {amount} 元",
        "The fund pays {amount} yuan for this claim",
    ),
    "inpatient_beyond_maximum": (
        "超过住院年度最高支付限额（{maximum} 元）的 {amount} 元由个人自付",
        "{amount} yuan above the annual inpatient maximum ({maximum} yuan) is paid by the person",
    ),
    "pre1949_supplement": (
        "建国前老工人：按规定报销后个人负担的 {borne} 元，统筹基金再按 {rate} 支付 {amount} 元",
        "Pre-1949 worker: of the {borne} yuan left to the person, the fund "
        "pays a further {rate}, {amount} yuan",
    ),
    "pre1949_not_employee": (
        "建国前老工人待遇仅适用于职工医保，本案不适用",
        "Pre-1949 worker terms apply to employee insurance only; not applied",
    ),
    "no_account_for_residents": (
        "居民医保不设个人账户，所填账户余额不予使用",
        "Resident insurance has no personal account; the balance given is not used",
    ),
    "uninsured": (
        "未参保：基本医保、个人账户、大病保险和医疗救助均不支付，{amount} 元全部由个人负担",
        "Uninsured: neither the fund, an account, critical illness insurance nor medical "
        "aid pays; the person pays all {amount} yuan",
    ),
    "critical_illness": (
        "大病保险：纳入支付范围的个人累计费用 {base} 元（计入上限 {cap} 元），"
        "超过 {threshold} 元的部分按 {rate} 支付 {amount} 元",
        "Critical illness insurance: of {base} yuan borne in scope (counted up "
        "to {cap} yuan), the part above {threshold} yuan is paid at {rate}: "
        "{amount} yuan",
    ),
    "critical_illness_aid": (
        "大病保险（医疗救助对象）：个人累计费用 {base} 元中超过 {threshold} 元"
        "的部分按 {rate} 支付 {amount} 元，不设最高支付限额",
        "Critical illness insurance for medical-aid persons: of {base} yuan, "
        "the part above {threshold} yuan is paid at {rate}, no upper limit: "
        "{amount} yuan",
    ),
    "aid_category": (
        "医疗救助对象：{category}，救助比例 {rate}",
        "Medical-aid person: {category}, aid rate {rate}",
    ),
    "aid_child_floor": (
        "{day} 时 {age} 周岁（0-{max_age} 周岁）的户籍参保儿童先心病、白血病治疗"
        "自付费用，救助比例不低于 {rate}",
        "A registered child aged {age} on {day} (0-{max_age}) treated for "
        "congenital heart disease or leukaemia: aid rate at least {rate}",
    ),
    "aid_child_too_old": (
        "{day} 时已满 {age} 周岁，超过 {max_age} 周岁，不适用儿童先心病、白血病救助",
        "Aged {age} on {day}, over {max_age}: the child illness aid does not apply",
    ),
    "aid_child_no_birth_date": (
        "未填写出生日期，无法确认是否为 0-14 周岁儿童，未计入儿童先心病、白血病救助",
        "No birth date: the child illness aid (ages 0-14) is not applied",
    ),
    "aid_child_not_hukou": (
        "非本市户籍，不适用儿童先心病、白血病救助",
        "No Jiaxing hukou: the child illness aid does not apply",
    ),
    "medical_aid": (
        "医疗救助：扣除基本医保、个人账户和大病保险后个人自付 {base} 元，按 {rate} 救助 "
        "{amount} 元",
        "Medical aid: of {base} yuan still borne in scope after the fund, account and "
        "critical illness insurance, {rate} is paid: {amount} yuan",
    ),
    "medical_aid_cap": (
        "医疗救助按比例为 {computed} 元，年最高救助额 {cap} 元，实际救助 {amount} 元",
        "Medical aid computed {computed} yuan; the annual maximum is {cap} yuan, so {amount} yuan",
    ),
    "medical_total": (
        "医疗费用合计 {eligible} 元（另自费 {excluded} 元）：统筹基金 {fund} 元，"
        "个人账户 {account} 元，大病保险 {critical_illness} 元，医疗救助 {medical_aid} 元，"
        "您自己付 {amount} 元",
        "Medical costs {eligible} yuan in scope plus {excluded} yuan outside scope: insurance fund "
        "{fund}, personal account {account}, critical illness insurance {critical_illness}, "
        "medical aid {medical_aid}; the person pays {amount} yuan",
    ),
    "medical_total_prior": (
        "医疗费用合计 {eligible} 元（另自费 {excluded} 元）：统筹基金 {fund} 元，"
        "当年个人账户 {account} 元，历年个人账户 {prior_account} 元，大病保险 {critical_illness} 元，"
        "医疗救助 {medical_aid} 元，您自己付 {amount} 元",
        "Medical costs {eligible} yuan in scope plus {excluded} yuan outside scope: insurance "
        "fund {fund}, personal account {account}, prior-years account {prior_account}, "
        "critical illness insurance {critical_illness}, medical aid {medical_aid}; the person "
        "pays {amount} yuan",
    ),
    "no_prior_account_for_residents": (
        "居民医保不设个人账户，所填历年个人账户余额不予使用",
        "Resident insurance has no personal account; the prior-years balance given is not used",
    ),
    "prior_account": (
        "历年个人账户（余额 {balance} 元）支付个人仍需负担的费用 {amount} 元："
        "医保范围内自付 {in_scope} 元，自费 {self_paid} 元",
        "The prior-years account (balance {balance} yuan) pays {amount} yuan of "
        "what the person still bears: {in_scope} yuan in scope, {self_paid} yuan outside "
        "the catalogue",
    ),
    "account_estimated": (
        "当年个人账户余额按划入估算：缴费基数 {base} 元 × {rate} = 每月 {monthly} 元，"
        "× {months} 个月 = {amount} 元",
        "Current-year account estimated from its inflow: base {base} yuan x {rate} = "
        "{monthly} yuan a month, x {months} months = {amount} yuan",
    ),
    "account_estimated_retiree": (
        "当年个人账户余额按划入估算：退休人员每月 {monthly} 元 × {months} 个月 = {amount} 元",
        "Current-year account estimated from its inflow: a retiree's {monthly} yuan a month "
        "x {months} months = {amount} yuan",
    ),
    "claim_before_benefits": (
        "就诊日期 {day} 早于待遇享受起始日 {start}：医保不予支付，{amount} 元由个人负担",
        "Treated on {day}, before benefits start on {start}: insurance pays nothing, "
        "the person pays {amount} yuan",
    ),
    "benefits_employer_registration": (
        "用人单位 {enrolled} 办理参保登记，自登记的第2个自然月起享受待遇：{day} 起",
        "Registered by the employer on {enrolled}: benefits from the second calendar month, {day}",
    ),
    "benefits_mid_year": (
        "年中缴费（{enrolled}），自缴费月起的第3个自然月起享受待遇：{day} 起",
        "Paid mid-year on {enrolled}: benefits from the third calendar month counting the month "
        "of payment, {day}",
    ),
    "benefits_continuation": (
        "接续或中途参保，{enrolled} 缴费，自缴费的次月起享受待遇：{day} 起",
        "Continued or joined on {enrolled}: benefits from the month after payment, {day}",
    ),
    "benefits_special_group": (
        "特殊人员年中参保（{enrolled}），自参保当月起享受待遇：{day} 起",
        "Special group enrolled mid-year on {enrolled}: benefits from that month, {day}",
    ),
    "benefits_newborn": (
        "新生儿出生后3个月内（{enrolled}）登记参保，自出生之日 {day} 起享受待遇",
        "Newborn registered within 3 months of birth ({enrolled}): benefits from the birth "
        "date, {day}",
    ),
    "benefits_late_newborn": (
        "新生儿超过出生后3个月才登记参保（{enrolled}），按年中参保，自缴费月起的第3个自然月起享受"
        "待遇：{day} 起",
        "Newborn registered more than 3 months after birth ({enrolled}): read as mid-year "
        "enrolment, benefits from {day}",
    ),
    "waiting_after_break_not_modelled": (
        "国家规定：凡未在集中参保期内参保的（新生儿等特殊群体除外），参保后设固定待遇等待期3个月，"
        "断保的每多断保1年再加1个月；第二十二条规定国家和省另有规定的从其规定。本估算按第二十二条"
        "（缴费月起第3个自然月）计算，未计入国家规定的等待期。如遇上级政策调整，按上级政策执行",
        "National rule: everyone enrolling outside the annual enrolment period (newborns and other "
        "special groups excepted) waits a fixed 3 months after enrolling, and one more month for "
        "each further year without contributions; Art. 22 defers to national and provincial "
        "rules. This estimate uses Art. 22 (the third calendar month counting the month of "
        "payment) and does not add the national waiting period. Higher-level policy prevails "
        "where it changes",
    ),
    "national_ci_cap_not_modelled": (
        "未计入：国家规定对连续参加居民医保满4年的人员逐年提高、对上年基金零报销的人员提高大病保险"
        "最高支付限额，断保后不再享受提高的限额；本估算按第三十四条的限额计算。如遇上级政策调整，"
        "按上级政策执行",
        "Not modelled: the national raises of the critical-illness maximum for residents insured "
        "4 years or more without a break, or without claims the year before, and their loss after "
        "a break; this estimate uses the maximum of Art. 34. Higher-level policy prevails where "
        "it changes",
    ),
    "aid_other_floor": (
        "其他特殊医疗救助对象的救助比例由市、县（市、区）人民政府规定，不低于{rate}：按{rate}估算，"
        "实际可能更高",
        "Other special medical-aid persons: the city or county sets the rate, at least {rate}; "
        "estimated at {rate}, the actual rate may be higher",
    ),
    "child_before_measures": (
        "子女 {born} 出生，早于措施施行日（2025年1月1日），不享受孕产补助、育儿津贴",
        "Child born {born}, before the measures took effect (2025-01-01): "
        "no prenatal subsidy or childcare allowance",
    ),
    "order_capped": ("第 {order} 孩按三孩认定", "Child number {order} counts as a third child"),
    "prenatal": (
        "孕产补助：{order}孩 {amount} 元",
        "Prenatal subsidy, child {order}: {amount} yuan",
    ),
    "prenatal_no_hukou": (
        "母亲非嘉兴户籍，不享受孕产补助",
        "The mother has no Jiaxing hukou: no prenatal subsidy",
    ),
    "hukou_from_person": (
        "未填写母亲信息，按本人户籍认定孕产妇户籍",
        "No mother given: the person's hukou is taken as the mother's",
    ),
    "childcare": (
        "育儿津贴：{order}孩 {amount} 元",
        "Childcare allowance, child {order}: {amount} yuan",
    ),
    "childcare_none_for_order": (
        "{order}孩无育儿津贴（育儿津贴发给二孩、三孩）",
        "No childcare allowance for child {order} (it is paid for second and third children)",
    ),
    "childcare_not_registered": (
        "出生户口未在嘉兴申报登记，不享受育儿津贴",
        "Birth not registered in Jiaxing: no childcare allowance",
    ),
    "delivery_before_rules": (
        "{born} 分娩早于本办法施行日（2025年1月1日），不按本办法计算生育津贴",
        "Delivery on {born} is before the 2025 rules took effect: no maternity allowance computed",
    ),
    "maternity_not_working": (
        "母亲的参保身份为{scheme}，生育津贴仅在职职工（含灵活就业人员）享受",
        "The mother's scheme is {scheme}: the maternity allowance is for working "
        "insured women (incl. flexible workers) only",
    ),
    "maternity_months_short": (
        "连续足额缴费 {months} 个月，未满 {need} 个月，暂不计发；缴满 {need} 个月后回溯支付",
        "{months} months of continuous contributions, fewer than {need}: "
        "not paid now, paid back once {need} months are reached",
    ),
    "leave_national": ("国家规定产假 {days} 天", "Statutory maternity leave: {days} days"),
    "leave_first_child": ("生育一孩延长产假 {days} 天", "Extension for a first child: {days} days"),
    "leave_later_child": (
        "生育二孩、三孩延长产假 {days} 天",
        "Extension for a second or later child: {days} days",
    ),
    "leave_difficult_labour": ("难产增加产假 {days} 天", "Difficult labour: {days} more days"),
    "leave_extra_babies": (
        "多胞胎（{babies} 个婴儿）增加产假 {days} 天",
        "Multiple birth ({babies} babies): {days} more days",
    ),
    "leave_days_given": (
        "按实际享受的产假 {days} 天计发",
        "Paid for the {days} days of leave actually taken",
    ),
    "maternity_allowance": (
        "生育津贴（{scheme}）：缴费基数 {base} 元 ÷ {per_month} 天 × {days} 天 = {amount} 元",
        "Maternity allowance ({scheme}): base {base} yuan / {per_month} days x {days} days = {amount} yuan",
    ),
    "multiple_birth_confirm": (
        "多胞胎（{count} 个婴儿）：产假天数请到经办窗口确认",
        "Multiple birth ({count} babies): please confirm the leave days at the counter",
    ),
    "national_childcare": (
        "第{n}个孩子（{born} 出生）国家育儿补贴：共 {months} 个月 {amount} 元，其中{years}（每月 {monthly} 元，出生次月起至满3周岁当月）",
        "Child {n} (born {born}), national childcare subsidy: {months} months, {amount} yuan; {years} ({monthly} yuan a month from the month after birth to the month of the third birthday)",
    ),
    "national_childcare_none": (
        "第{n}个孩子（{born} 出生）在国家育儿补贴施行时（2025年1月1日）已满3周岁，无应补贴月数",
        "Child {n} (born {born}) was already 3 when the national childcare subsidy began (1 January 2025): no month to pay",
    ),
    "national_childcare_not_registered": (
        "第{n}个孩子户籍未登记在嘉兴，本估算不计国家育儿补贴（在户籍地申领）",
        "Child {n} is not registered in Jiaxing: the national childcare subsidy is not "
        "estimated here (it is claimed where the child is registered)",
    ),
    "national_and_local_childcare": (
        "国家育儿补贴与本市育儿津贴是否按就高不重复相抵尚未公布，本估算两项都计入，请到窗口确认",
        "Whether Jiaxing nets the national subsidy against its own childcare allowance is not "
        "published: both are counted here; please confirm at the counter",
    ),
    "note_retiree_years": (
        "按已满 20 年缴费年限计算退休人员待遇；未满的须按月延缴或一次性补缴，期间按在职职工待遇，本估算未计入",
        "Computed as a retiree with the 20 contribution years completed; short years are paid up monthly or at once, meanwhile the employee terms apply (not modelled)",
    ),
    "note_home_bed_limits": (
        "家庭病床每年最多建床 3 次、累计 180 天，一次不超过 90 天，上门服务每周不超过 3 次；本估算未核对这些限制",
        "Home sickbeds: at most 3 a year, 180 days in all, 90 days each, home visits at most 3 a week; these limits are not checked here",
    ),
    "note_maternity_medical": (
        "生育医疗费（含产前检查）不单列，按普通医疗费用录入即按相应待遇计算",
        "Maternity medical costs (antenatal care included) are not a separate item: enter them as ordinary claims",
    ),
    "note_estimate_for_residents": (
        "居民医保不设个人账户，不按划入估算账户余额",
        "Resident insurance has no personal account: no account is estimated",
    ),
    "premium_unavailable": (
        "{year} 年度居民医保个人缴费标准暂无（尚未公布或未录入；按年度公布，不沿用上年标准），暂不估算参保补助",
        "The {year} resident contribution is not available yet (it is published each year and "
        "never carried over): no premium support estimate",
    ),
    "carried_over": (
        "{year}年沿用{since}年起施行的标准：未录入新的调整文件",
        "{year} uses the standards in force since {since}: no newer document has been entered",
    ),
    "premium_disabled": (
        "{whose}（持证残疾人）：个人缴费 {contribution} 元由政府承担 {rate}，即 {amount} 元",
        "{whose} (certified disability): the government pays {rate} of the {contribution} yuan contribution, {amount} yuan",
    ),
    "premium_family_planning_special": (
        "{whose}（计生特殊家庭）：个人缴费 {contribution} 元由政府承担 {rate}，即 {amount} 元",
        "{whose} (family-planning special family): the government pays {rate} of the {contribution} yuan contribution, {amount} yuan",
    ),
    "premium_medical_aid": (
        "{whose}（医疗救助对象）：个人缴费 {contribution} 元由政府资助 {rate}，即 {amount} 元",
        "{whose} (medical-aid person): the government pays {rate} of the {contribution} yuan contribution, {amount} yuan",
    ),
    "premium_child_order": (
        "{whose}（子女参保补助）：个人缴费 {contribution} 元补助 {rate}，即 {amount} 元",
        "{whose} (child premium support): {rate} of the {contribution} yuan contribution, {amount} yuan",
    ),
    "premium_highest_wins": (
        "{whose}：多项补助不叠加，按最高一项享受（就高不重复）",
        "{whose}: supports do not add up, the highest one applies",
    ),
    "premium_none": ("无参保补助", "No premium support applies"),
}
