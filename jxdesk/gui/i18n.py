"""Every word the wizard shows, as Chinese source strings in the one translation context.

The strings are marked with QT_TRANSLATE_NOOP so `pyside6-lupdate` collects them into
resources/translations/jxdesk_en.ts; the Qt layer translates them at display time
(`jxdesk.gui.qt.tr`), the Qt-free modules take a `tr` callable (identity in plain tests).
Explanation lines are not here: they come from the core's `render(step, lang)`.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "jxdesk"

Tr = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    return text


def same(text: str) -> str:
    """The identity translation: the Chinese source text."""
    return text


APP_TITLE = QT_TRANSLATE_NOOP("jxdesk", "嘉兴医保与生育待遇估算")

# ---- wizard chrome
NEXT = QT_TRANSLATE_NOOP("jxdesk", "下一步")
BACK = QT_TRANSLATE_NOOP("jxdesk", "上一步")
FINISH = QT_TRANSLATE_NOOP("jxdesk", "完成")
CANCEL = QT_TRANSLATE_NOOP("jxdesk", "退出")
TO_RESULTS = QT_TRANSLATE_NOOP("jxdesk", "回到结果")
SWITCH_LANGUAGE = QT_TRANSLATE_NOOP("jxdesk", "English")
SWITCH_LANGUAGE_NAME = QT_TRANSLATE_NOOP("jxdesk", "切换为英文界面")
STEP_OF = QT_TRANSLATE_NOOP("jxdesk", "第 {n} 步，共 {total} 步")

PAGE_IDENTITY = QT_TRANSLATE_NOOP("jxdesk", "参保身份")
PAGE_IDENTITY_SUB = QT_TRANSLATE_NOOP("jxdesk", "您参加的是哪种医保？有没有特殊身份？")
PAGE_CLAIMS = QT_TRANSLATE_NOOP("jxdesk", "就医与费用")
PAGE_CLAIMS_SUB = QT_TRANSLATE_NOOP(
    "jxdesk", "今年每一次看病或住院的费用，按发生先后填写。没有可不填。"
)
PAGE_FAMILY = QT_TRANSLATE_NOOP("jxdesk", "生育与子女")
PAGE_FAMILY_SUB = QT_TRANSLATE_NOOP("jxdesk", "子女的出生情况，以及母亲的生育保险缴费情况。")
PAGE_RESULTS = QT_TRANSLATE_NOOP("jxdesk", "测算结果")
PAGE_RESULTS_SUB = QT_TRANSLATE_NOOP("jxdesk", "点击任一金额，可查看计算依据和条款。")

# ---- page 1: 参保身份
YEAR = QT_TRANSLATE_NOOP("jxdesk", "结算年度")
YEAR_HINT = QT_TRANSLATE_NOOP("jxdesk", "默认今年；可选 {first}–{last} 年")
SCHEME = QT_TRANSLATE_NOOP("jxdesk", "参保类型")
SCHEME_LABEL = {
    "employee": QT_TRANSLATE_NOOP("jxdesk", "在职职工"),
    "flexible": QT_TRANSLATE_NOOP("jxdesk", "灵活就业"),
    "retiree": QT_TRANSLATE_NOOP("jxdesk", "退休"),
    "resident": QT_TRANSLATE_NOOP("jxdesk", "城乡居民"),
    "student": QT_TRANSLATE_NOOP("jxdesk", "在校大学生"),
    "none": QT_TRANSLATE_NOOP("jxdesk", "未参保"),
}
SCHEME_HINT = {
    "employee": QT_TRANSLATE_NOOP("jxdesk", "单位为您缴纳职工医保"),
    "flexible": QT_TRANSLATE_NOOP("jxdesk", "个体户、自由职业，自己缴纳职工医保"),
    "retiree": QT_TRANSLATE_NOOP("jxdesk", "已退休，享受职工医保退休待遇"),
    "resident": QT_TRANSLATE_NOOP("jxdesk", "每年自己缴费的居民医保，含老人和儿童"),
    "student": QT_TRANSLATE_NOOP("jxdesk", "在嘉兴高校就读，随学校参加居民医保"),
    "none": QT_TRANSLATE_NOOP("jxdesk", "今年没有参加医保，只估算生育补助和子女参保补助"),
}
MEDICAL_AID = QT_TRANSLATE_NOOP("jxdesk", "医疗救助身份")
MEDICAL_AID_HINT = QT_TRANSLATE_NOOP("jxdesk", "民政部门认定的救助对象，医保报销后还可再报一部分")
MEDICAL_AID_LABEL = {
    "none": QT_TRANSLATE_NOOP("jxdesk", "不是救助对象"),
    "destitute": QT_TRANSLATE_NOOP("jxdesk", "特困供养人员"),
    "minimum_living": QT_TRANSLATE_NOOP("jxdesk", "低保家庭成员"),
    "marginal": QT_TRANSLATE_NOOP("jxdesk", "低边家庭成员"),
    "expenditure_poverty": QT_TRANSLATE_NOOP("jxdesk", "支出型贫困家庭成员"),
    "child_in_distress": QT_TRANSLATE_NOOP("jxdesk", "困境儿童"),
    "other": QT_TRANSLATE_NOOP("jxdesk", "其他特殊救助对象"),
}
STATUS = QT_TRANSLATE_NOOP("jxdesk", "特殊身份（可多选）")
DISABLED = QT_TRANSLATE_NOOP("jxdesk", "持证残疾人")
DISABLED_HINT = QT_TRANSLATE_NOOP("jxdesk", "持有残疾人证，居民医保个人缴费由政府承担")
FAMILY_SPECIAL = QT_TRANSLATE_NOOP("jxdesk", "计生特殊家庭")
FAMILY_SPECIAL_HINT = QT_TRANSLATE_NOOP(
    "jxdesk", "独生子女伤残或死亡的家庭，居民医保个人缴费由政府承担"
)
PRE1949 = QT_TRANSLATE_NOOP("jxdesk", "建国前老工人")
PRE1949_HINT = QT_TRANSLATE_NOOP("jxdesk", "建国前参加革命工作的老工人，仅职工医保适用")
CHILD_ILLNESS = QT_TRANSLATE_NOOP("jxdesk", "儿童先心病或白血病治疗")
CHILD_ILLNESS_HINT = QT_TRANSLATE_NOOP(
    "jxdesk", "0–14 岁本市户籍儿童治疗先天性心脏病、白血病，救助比例不低于 80%"
)
HUKOU = QT_TRANSLATE_NOOP("jxdesk", "嘉兴户籍")
HUKOU_HINT = QT_TRANSLATE_NOOP("jxdesk", "户口在嘉兴市")
BIRTH_DATE = QT_TRANSLATE_NOOP("jxdesk", "出生日期")
BIRTH_DATE_HINT = QT_TRANSLATE_NOOP("jxdesk", "可不填；儿童救助需要，例如 2018-06-01")
ACCOUNT = QT_TRANSLATE_NOOP("jxdesk", "当年个人账户余额（元）")
ACCOUNT_HINT = QT_TRANSLATE_NOOP("jxdesk", "年初当年账户里的钱，门诊先用它支付；不知道可填 0")
ACCOUNT_BOX = QT_TRANSLATE_NOOP("jxdesk", "职工医保个人账户")
ESTIMATE_ACCOUNT = QT_TRANSLATE_NOOP("jxdesk", "不知道当年账户余额，按划入估算")
ESTIMATE_ACCOUNT_HINT = QT_TRANSLATE_NOOP(
    "jxdesk", "按 12 个月划入估算：退休每月 195 元；在职、灵活就业按本人缴费基数的 2%"
)
OWN_BASE = QT_TRANSLATE_NOOP("jxdesk", "本人月缴费基数（元）")
OWN_BASE_HINT = QT_TRANSLATE_NOOP("jxdesk", "您本人职工医保的月缴费基数，用来估算每月划入")
PRIOR_ACCOUNT = QT_TRANSLATE_NOOP("jxdesk", "历年个人账户余额（元）")
PRIOR_ACCOUNT_HINT = QT_TRANSLATE_NOOP(
    "jxdesk", "以前年度结余在账户里的钱，最后支付自付和自费部分；没有可不填"
)
ENROLLMENT = QT_TRANSLATE_NOOP("jxdesk", "参保方式")
ENROLLMENT_LABEL = {
    "annual": QT_TRANSLATE_NOOP("jxdesk", "按年连续参保"),
    "employer_registration": QT_TRANSLATE_NOOP("jxdesk", "单位新参保登记"),
    "mid_year": QT_TRANSLATE_NOOP("jxdesk", "年中缴费参保"),
    "continuation": QT_TRANSLATE_NOOP("jxdesk", "按规定接续参保"),
    "special_group": QT_TRANSLATE_NOOP("jxdesk", "特殊群体随时参保"),
    "newborn": QT_TRANSLATE_NOOP("jxdesk", "新生儿参保"),
}
ENROLLMENT_HINT = {
    "annual": QT_TRANSLATE_NOOP("jxdesk", "上年底前已缴费，1 月 1 日起享受待遇"),
    "employer_registration": QT_TRANSLATE_NOOP(
        "jxdesk", "单位当月办理参保登记，次月 1 日起享受待遇"
    ),
    "mid_year": QT_TRANSLATE_NOOP("jxdesk", "居民年中缴费，缴费当月起第 3 个月 1 日起享受待遇"),
    "continuation": QT_TRANSLATE_NOOP(
        "jxdesk", "退役军人、毕业生、职工转居民等 3 个月内接续，次月 1 日起享受待遇"
    ),
    "special_group": QT_TRANSLATE_NOOP(
        "jxdesk", "残疾人、计生特殊家庭、救助对象年中参保，当月 1 日起享受待遇"
    ),
    "newborn": QT_TRANSLATE_NOOP("jxdesk", "出生 3 个月内登记缴费，出生之日起享受待遇"),
}
ENROLLMENT_DATE = QT_TRANSLATE_NOOP("jxdesk", "登记或缴费日期")
ENROLLMENT_DATE_HINT = QT_TRANSLATE_NOOP(
    "jxdesk", "例如 2025-08-12 或 20250812；年中参保时每笔费用都要填日期"
)
HAS_CHILDREN = QT_TRANSLATE_NOOP("jxdesk", "要估算生育补助或子女参保补助")
HAS_CHILDREN_HINT = QT_TRANSLATE_NOOP(
    "jxdesk", "家里有子女出生、或孩子参加居民医保时勾选，会多一页填写子女情况"
)

# ---- page 2: 就医与费用
KIND = QT_TRANSLATE_NOOP("jxdesk", "就医类型")
KIND_LABEL = {
    "outpatient": QT_TRANSLATE_NOOP("jxdesk", "普通门诊"),
    "chronic": QT_TRANSLATE_NOOP("jxdesk", "慢性病门诊"),
    "special": QT_TRANSLATE_NOOP("jxdesk", "特殊病种门诊"),
    "inpatient": QT_TRANSLATE_NOOP("jxdesk", "住院"),
    "home_bed": QT_TRANSLATE_NOOP("jxdesk", "家庭病床"),
}
KIND_HINT = {
    "outpatient": QT_TRANSLATE_NOOP("jxdesk", "平常看病、急诊、在药店买药"),
    "chronic": QT_TRANSLATE_NOOP("jxdesk", "已登记的慢性病，门诊配药"),
    "special": QT_TRANSLATE_NOOP("jxdesk", "透析、肿瘤放化疗等，按住院结算"),
    "inpatient": QT_TRANSLATE_NOOP("jxdesk", "办理了入院手续"),
    "home_bed": QT_TRANSLATE_NOOP("jxdesk", "社区医生上门的家庭病床，只在基层"),
}
FACILITY = QT_TRANSLATE_NOOP("jxdesk", "医院等级")
FACILITY_LABEL = {
    "primary": QT_TRANSLATE_NOOP("jxdesk", "基层"),
    "level1": QT_TRANSLATE_NOOP("jxdesk", "一级"),
    "level2": QT_TRANSLATE_NOOP("jxdesk", "二级"),
    "level3": QT_TRANSLATE_NOOP("jxdesk", "三级"),
    "pharmacy": QT_TRANSLATE_NOOP("jxdesk", "药店"),
}
FACILITY_HINT = {
    "primary": QT_TRANSLATE_NOOP("jxdesk", "社区卫生服务中心（站）、乡镇卫生院、村卫生室"),
    "level1": QT_TRANSLATE_NOOP("jxdesk", "其他一级及以下医院、门诊部、诊所"),
    "level2": QT_TRANSLATE_NOOP("jxdesk", "县（市、区）人民医院、中医院等二级医院"),
    "level3": QT_TRANSLATE_NOOP("jxdesk", "嘉兴市第一医院、市第二医院等三级医院"),
    "pharmacy": QT_TRANSLATE_NOOP("jxdesk", "医保定点零售药店"),
}
PLACE = QT_TRANSLATE_NOOP("jxdesk", "就医地")
PLACE_LABEL = {
    "local": QT_TRANSLATE_NOOP("jxdesk", "本市"),
    "referred": QT_TRANSLATE_NOOP("jxdesk", "规范转诊异地"),
    "unreferred": QT_TRANSLATE_NOOP("jxdesk", "未规范转诊异地"),
}
PLACE_HINT = {
    "local": QT_TRANSLATE_NOOP("jxdesk", "在嘉兴市内就医，或已办异地安置"),
    "referred": QT_TRANSLATE_NOOP("jxdesk", "办理了转诊备案后去外地就医，先自付 10%"),
    "unreferred": QT_TRANSLATE_NOOP("jxdesk", "没办转诊自己去外地就医，先自付 20%"),
}
ELIGIBLE = QT_TRANSLATE_NOOP("jxdesk", "医保范围内（元）")
ELIGIBLE_HINT = QT_TRANSLATE_NOOP("jxdesk", "发票上“符合医保支付范围”的金额")
EXCLUDED = QT_TRANSLATE_NOOP("jxdesk", "自费（元）")
EXCLUDED_HINT = QT_TRANSLATE_NOOP("jxdesk", "医保目录外、全部自己付的金额，没有填 0")
CLAIM_DATE = QT_TRANSLATE_NOOP("jxdesk", "日期")
CLAIM_DATE_HINT = QT_TRANSLATE_NOOP("jxdesk", "可不填，例如 2025-03-01 或 20250301")
CALENDAR = QT_TRANSLATE_NOOP("jxdesk", "日历")
CALENDAR_NAME = QT_TRANSLATE_NOOP("jxdesk", "从日历选择{field}")
CLAIMS_TABLE = QT_TRANSLATE_NOOP("jxdesk", "今年的就医费用")
ADD_CLAIM = QT_TRANSLATE_NOOP("jxdesk", "添加一笔")
REMOVE_CLAIM = QT_TRANSLATE_NOOP("jxdesk", "删除这笔")
MOVE_UP = QT_TRANSLATE_NOOP("jxdesk", "上移")
MOVE_DOWN = QT_TRANSLATE_NOOP("jxdesk", "下移")
NO_CLAIMS = QT_TRANSLATE_NOOP(
    "jxdesk", "还没有就医费用。点“添加一笔”开始；只估算生育补助可直接下一步。"
)
SUBTOTAL = QT_TRANSLATE_NOOP(
    "jxdesk", "共 {count} 笔　医保范围内 {eligible} 元　自费 {excluded} 元　合计 {total} 元"
)
CLAIM_N = QT_TRANSLATE_NOOP("jxdesk", "第{n}笔")
TIER_GUIDE = QT_TRANSLATE_NOOP("jxdesk", "医院等级怎么选")

# ---- page 3: 生育与子女
CHILDREN_TABLE = QT_TRANSLATE_NOOP("jxdesk", "子女")
CHILD_N = QT_TRANSLATE_NOOP("jxdesk", "第{n}个孩子")
CHILD_BIRTH = QT_TRANSLATE_NOOP("jxdesk", "出生日期")
CHILD_ORDER = QT_TRANSLATE_NOOP("jxdesk", "孩次")
CHILD_ORDER_HINT = QT_TRANSLATE_NOOP("jxdesk", "夫妻共同生育的第几个孩子；双胞胎分别算")
CHILD_REGISTERED = QT_TRANSLATE_NOOP("jxdesk", "在嘉兴登记户口")
CHILD_INSURED = QT_TRANSLATE_NOOP("jxdesk", "参加居民医保")
CHILD_DISABLED = QT_TRANSLATE_NOOP("jxdesk", "持证残疾")
ADD_CHILD = QT_TRANSLATE_NOOP("jxdesk", "添加子女")
ADD_TWIN = QT_TRANSLATE_NOOP("jxdesk", "添加同日出生的孩子（双胞胎）")
REMOVE_CHILD = QT_TRANSLATE_NOOP("jxdesk", "删除这个孩子")
NO_CHILDREN = QT_TRANSLATE_NOOP("jxdesk", "请至少添加一个孩子；没有子女请回到第一步取消勾选。")
MOTHER = QT_TRANSLATE_NOOP("jxdesk", "母亲（估算生育津贴）")
MOTHER_INCLUDE = QT_TRANSLATE_NOOP("jxdesk", "估算母亲的生育津贴")
MOTHER_INCLUDE_HINT = QT_TRANSLATE_NOOP("jxdesk", "母亲参加职工医保（含灵活就业）时才有生育津贴")
MOTHER_SCHEME = QT_TRANSLATE_NOOP("jxdesk", "母亲参保类型")
MOTHER_HUKOU = QT_TRANSLATE_NOOP("jxdesk", "母亲是嘉兴户籍")
MOTHER_BASE = QT_TRANSLATE_NOOP("jxdesk", "缴费基数（元/月）")
MOTHER_BASE_HINT = QT_TRANSLATE_NOOP(
    "jxdesk", "单位上年度职工医保月平均缴费基数；灵活就业填本人上年度缴费基数"
)
MOTHER_MONTHS = QT_TRANSLATE_NOOP("jxdesk", "连续缴费月数")
MOTHER_MONTHS_HINT = QT_TRANSLATE_NOOP("jxdesk", "生育前连续足额缴费的月数，满 6 个月才发放")
MOTHER_DIFFICULT = QT_TRANSLATE_NOOP("jxdesk", "难产")
MOTHER_LEAVE = QT_TRANSLATE_NOOP("jxdesk", "实际产假天数")
MOTHER_LEAVE_STATUTORY = QT_TRANSLATE_NOOP("jxdesk", "按规定天数")
MOTHER_LEAVE_HINT = QT_TRANSLATE_NOOP("jxdesk", "一般不用改；实际休假天数不同时填写")

# ---- page 4: 测算结果
MEDICAL = QT_TRANSLATE_NOOP("jxdesk", "医疗报销")
FERTILITY = QT_TRANSLATE_NOOP("jxdesk", "生育补助")
PREMIUM = QT_TRANSLATE_NOOP("jxdesk", "参保补助")
MEDICAL_TOTAL = QT_TRANSLATE_NOOP("jxdesk", "医保等共支付")
FERTILITY_TOTAL = QT_TRANSLATE_NOOP("jxdesk", "可领取")
PREMIUM_TOTAL = QT_TRANSLATE_NOOP("jxdesk", "政府代缴")
PART = {
    "fund": QT_TRANSLATE_NOOP("jxdesk", "统筹基金"),
    "account": QT_TRANSLATE_NOOP("jxdesk", "个人账户"),
    "critical_illness": QT_TRANSLATE_NOOP("jxdesk", "大病保险"),
    "medical_aid": QT_TRANSLATE_NOOP("jxdesk", "医疗救助"),
    "prior_account": QT_TRANSLATE_NOOP("jxdesk", "历年个人账户"),
    "out_of_pocket": QT_TRANSLATE_NOOP("jxdesk", "您自己付"),
    "deductible": QT_TRANSLATE_NOOP("jxdesk", "其中起付标准"),
    "first_paid": QT_TRANSLATE_NOOP("jxdesk", "其中异地先行自付"),
    "prenatal_subsidy": QT_TRANSLATE_NOOP("jxdesk", "孕产补助"),
    "childcare_allowance": QT_TRANSLATE_NOOP("jxdesk", "育儿津贴"),
    "national_childcare_subsidy": QT_TRANSLATE_NOOP("jxdesk", "国家育儿补贴"),
    "maternity_allowance": QT_TRANSLATE_NOOP("jxdesk", "生育津贴"),
    "premium": QT_TRANSLATE_NOOP("jxdesk", "参保补助"),
}
TOTAL_COST = QT_TRANSLATE_NOOP("jxdesk", "费用合计 {amount} 元")
YOU_PAY = QT_TRANSLATE_NOOP("jxdesk", "您自己付")
LEAVE_DAYS = QT_TRANSLATE_NOOP("jxdesk", "产假 {days} 天")
NOT_ESTIMATED = QT_TRANSLATE_NOOP("jxdesk", "未估算")
NOT_ASKED = QT_TRANSLATE_NOOP("jxdesk", "第一步没有勾选估算生育补助")
BENEFITS_FROM = QT_TRANSLATE_NOOP("jxdesk", "医保待遇自 {date} 起享受，之前的费用不报销")
PREMIUM_CONTRIBUTION = QT_TRANSLATE_NOOP("jxdesk", "{year} 年居民医保个人缴费 {amount} 元")
PREMIUM_UNAVAILABLE = QT_TRANSLATE_NOOP("jxdesk", "该年度缴费标准尚未公布，暂不估算")
#: a yearly figure not published yet (R19): shown in place of an amount, never 0.00
NOT_PUBLISHED = QT_TRANSLATE_NOOP("jxdesk", "尚未公布")
PREMIUM_WHO_PERSON = QT_TRANSLATE_NOOP("jxdesk", "本人")
NOTHING = QT_TRANSLATE_NOOP("jxdesk", "无")
YUAN = QT_TRANSLATE_NOOP("jxdesk", "{amount} 元")
BAR_NAME = QT_TRANSLATE_NOOP("jxdesk", "费用由谁支付")
WHATIF = QT_TRANSLATE_NOOP("jxdesk", "换个方式会怎样？")
WHATIF_HINT = QT_TRANSLATE_NOOP("jxdesk", "同样的费用，换一种就医方式，您自己要付多少")
WHATIF_NONE = QT_TRANSLATE_NOOP(
    "jxdesk", "填写就医费用后，这里比较在不同等级医院或转诊时您自付多少。"
)
WHATIF_TIER = QT_TRANSLATE_NOOP("jxdesk", "都在{tier}医院就诊")
WHATIF_PRIMARY = QT_TRANSLATE_NOOP("jxdesk", "都在基层医疗机构就诊")
WHATIF_TIER_SOME = QT_TRANSLATE_NOOP("jxdesk", "{kinds}都在{tier}医院就诊")
WHATIF_PRIMARY_SOME = QT_TRANSLATE_NOOP("jxdesk", "{kinds}都在基层医疗机构就诊")
WHATIF_REFERRED = QT_TRANSLATE_NOOP("jxdesk", "去外地前办好转诊")
WHATIF_UNREFERRED = QT_TRANSLATE_NOOP("jxdesk", "去外地没办转诊")
WHATIF_LOCAL = QT_TRANSLATE_NOOP("jxdesk", "都在本市就医")
WHATIF_PAYS = QT_TRANSLATE_NOOP("jxdesk", "您付 {amount} 元")
WHATIF_MORE = QT_TRANSLATE_NOOP("jxdesk", "多付 {amount} 元")
WHATIF_LESS = QT_TRANSLATE_NOOP("jxdesk", "少付 {amount} 元")
WHATIF_SAME = QT_TRANSLATE_NOOP("jxdesk", "一样")
ANSWERS = QT_TRANSLATE_NOOP("jxdesk", "您填写的情况")
CHANGE = QT_TRANSLATE_NOOP("jxdesk", "修改")
CHANGE_NAME = QT_TRANSLATE_NOOP("jxdesk", "修改{section}")
EXPLAIN = QT_TRANSLATE_NOOP("jxdesk", "计算依据")
EXPLAIN_ALL = QT_TRANSLATE_NOOP("jxdesk", "查看全部计算过程")
EXPLAIN_TITLE = QT_TRANSLATE_NOOP("jxdesk", "{part}：{amount} 元是怎么算的")
EXPLAIN_EMPTY = QT_TRANSLATE_NOOP("jxdesk", "这一项没有发生金额。")
CLOSE = QT_TRANSLATE_NOOP("jxdesk", "关闭")
QUIT_TITLE = QT_TRANSLATE_NOOP("jxdesk", "退出")
QUIT_CONFIRM = QT_TRANSLATE_NOOP(
    "jxdesk", "退出后，这个案件填写的内容都会清除（本软件不保存任何个人信息）。确定退出吗？"
)
QUIT_YES = QT_TRANSLATE_NOOP("jxdesk", "退出并清除")
QUIT_NO = QT_TRANSLATE_NOOP("jxdesk", "继续填写")
PDF_FILTER = QT_TRANSLATE_NOOP("jxdesk", "PDF 文件 (*.pdf)")
PDF_NAME = QT_TRANSLATE_NOOP("jxdesk", "估算单.pdf")
PRINT = QT_TRANSLATE_NOOP("jxdesk", "打印")
SAVE_PDF = QT_TRANSLATE_NOOP("jxdesk", "导出 PDF")  # (the 文件 menu says the same)
SAVED = QT_TRANSLATE_NOOP("jxdesk", "已保存：{path}")
SAVE_FAILED = QT_TRANSLATE_NOOP("jxdesk", "无法保存：{path}")
NOT_READY = QT_TRANSLATE_NOOP("jxdesk", "还有需要修改的内容，请回到前面的步骤。")
DISCLAIMER = QT_TRANSLATE_NOOP("jxdesk", "本结果为估算，仅供参考，以医保经办机构实际结算为准")
ASSUMPTION_NOTE = QT_TRANSLATE_NOOP("jxdesk", "标“估算假设”的步骤依据本软件的解读，详见说明文档。")

# ---- answers summary
SUM_SCHEME = QT_TRANSLATE_NOOP("jxdesk", "{year} 年 · {scheme}")
SUM_AID = QT_TRANSLATE_NOOP("jxdesk", "医疗救助：{aid}")
SUM_ACCOUNT = QT_TRANSLATE_NOOP("jxdesk", "个人账户余额 {amount} 元")
SUM_ACCOUNT_ESTIMATED = QT_TRANSLATE_NOOP("jxdesk", "个人账户按划入估算")
SUM_PRIOR_ACCOUNT = QT_TRANSLATE_NOOP("jxdesk", "历年个人账户余额 {amount} 元")
SUM_ENROLLMENT = QT_TRANSLATE_NOOP("jxdesk", "参保方式：{route}，{date}")
SUM_CLAIMS = QT_TRANSLATE_NOOP("jxdesk", "{count} 笔，医保范围内 {eligible} 元，自费 {excluded} 元")
SUM_CLAIM = QT_TRANSLATE_NOOP(
    "jxdesk", "{n}. {kind} · {facility} · {place} · {eligible} 元 + 自费 {excluded} 元"
)
SUM_NO_CLAIMS = QT_TRANSLATE_NOOP("jxdesk", "没有就医费用")
SUM_CHILDREN = QT_TRANSLATE_NOOP("jxdesk", "{count} 个孩子")
SUM_CHILD = QT_TRANSLATE_NOOP("jxdesk", "第{order}孩，{born} 出生")
SUM_NO_CHILDREN = QT_TRANSLATE_NOOP("jxdesk", "不估算生育补助")
SUM_MOTHER = QT_TRANSLATE_NOOP(
    "jxdesk", "母亲：{scheme}，缴费基数 {base} 元，连续缴费 {months} 个月"
)
SUM_NO_MOTHER = QT_TRANSLATE_NOOP("jxdesk", "不估算生育津贴")
YES = QT_TRANSLATE_NOOP("jxdesk", "是")
SEP = QT_TRANSLATE_NOOP("jxdesk", "、")

# ---- the printout
REPORT_TITLE = QT_TRANSLATE_NOOP("jxdesk", "嘉兴医保与生育待遇估算单")
REPORT_DATE = QT_TRANSLATE_NOOP("jxdesk", "打印日期：{date}")
REPORT_EXPLANATION = QT_TRANSLATE_NOOP("jxdesk", "计算过程")
REPORT_RULES = QT_TRANSLATE_NOOP("jxdesk", "依据的规则文件和参数日期")
REPORT_RULE = QT_TRANSLATE_NOOP(
    "jxdesk", "{number}《{title}》，{effective} 起施行；所用参数自 {dates} 起适用"
)
REPORT_ITEM = QT_TRANSLATE_NOOP("jxdesk", "项目")
REPORT_AMOUNT = QT_TRANSLATE_NOOP("jxdesk", "金额（元）")

# ---- validation and errors
FIX_BELOW = QT_TRANSLATE_NOOP("jxdesk", "请先修改下面标红的内容")
PROBLEM_AT = QT_TRANSLATE_NOOP("jxdesk", "{where}：{message}")
INVALID_CASE = QT_TRANSLATE_NOOP("jxdesk", "这个案件有问题，不能打开：")
INTERNAL_ERROR = QT_TRANSLATE_NOOP("jxdesk", "计算时出了问题，请把输入告诉工作人员：{detail}")

# ---- 规则版本 (rules_info.py, rules_dialog.py) and the packs on the printout
RULES_VERSION = QT_TRANSLATE_NOOP("jxdesk", "规则版本")
RULES_INTRO = QT_TRANSLATE_NOOP(
    "jxdesk",
    "测算使用程序内置的参数，以及已安装的有效参数包（按年度补充的新数字）。内置参数不能在此修改。",
)
RULES_DOCUMENTS = QT_TRANSLATE_NOOP("jxdesk", "参数所依据的文件")
RULES_PACKS = QT_TRANSLATE_NOOP("jxdesk", "参数包")
RULES_FOLDERS = QT_TRANSLATE_NOOP("jxdesk", "读取参数包的文件夹：{folders}")
DOC_NUMBER = QT_TRANSLATE_NOOP("jxdesk", "文号")
DOC_TITLE = QT_TRANSLATE_NOOP("jxdesk", "标题")
DOC_EFFECTIVE = QT_TRANSLATE_NOOP("jxdesk", "施行日期")
DOC_RELIABILITY = QT_TRANSLATE_NOOP("jxdesk", "可靠程度")
DOC_ORIGIN = QT_TRANSLATE_NOOP("jxdesk", "来源")
RELIABILITY_OFFICIAL = QT_TRANSLATE_NOOP("jxdesk", "正式文件")
RELIABILITY_SECONDARY = QT_TRANSLATE_NOOP("jxdesk", "转载或二手资料")
RELIABILITY_INTERPRETATION = QT_TRANSLATE_NOOP("jxdesk", "政策解读")
BUILT_IN = QT_TRANSLATE_NOOP("jxdesk", "内置")
PACK_NAME = QT_TRANSLATE_NOOP("jxdesk", "名称")
PACK_STATE = QT_TRANSLATE_NOOP("jxdesk", "状态")
PACK_DETAIL = QT_TRANSLATE_NOOP("jxdesk", "说明")
PACK_LOADED = QT_TRANSLATE_NOOP("jxdesk", "生效")
PACK_LOADED_ENV_KEY = QT_TRANSLATE_NOOP(
    "jxdesk", "生效，但仅因 $JXDESK_TRUST_KEYS 受信任（不是本版本的签发密钥）"
)
PACK_ENV_KEY_WARNING = QT_TRANSLATE_NOOP(
    "jxdesk",
    "警告：这个参数包的签名密钥只是由环境变量 $JXDESK_TRUST_KEYS 加入的，"
    "不是本版本信任的签发密钥；柜台和自助机不应设置它。",
)
RULES_TRUST_ENV = QT_TRANSLATE_NOOP(
    "jxdesk", "警告：环境变量 $JXDESK_TRUST_KEYS 为本程序加入了受信任的密钥：{keys}"
)
PACK_REFUSED = QT_TRANSLATE_NOOP("jxdesk", "拒绝")
PACK_SUPERSEDED = QT_TRANSLATE_NOOP("jxdesk", "已被新版本取代")
NO_PACKS = QT_TRANSLATE_NOOP("jxdesk", "没有安装参数包：使用内置参数。")
PACK_YEARS = QT_TRANSLATE_NOOP("jxdesk", "{years}年")
PACK_SUMMARY = QT_TRANSLATE_NOOP(
    "jxdesk",
    "参数包《{title}》（{name} 第{version}版，适用{years}；{issued_by} {issued} 发布；"
    "来源：{source}；校验码 {fingerprint}）",
)
OPEN_PACK = QT_TRANSLATE_NOOP("jxdesk", "打开规则包…")
OPEN_PACK_FILTER = QT_TRANSLATE_NOOP("jxdesk", "规则包 (*.zip pack.yaml)")
READ_ONLY_NOTE = QT_TRANSLATE_NOOP("jxdesk", "自助机上只能查看规则版本；安装参数包请到柜台。")
PACK_CHECK_REFUSED = QT_TRANSLATE_NOOP("jxdesk", "这个规则包不能使用，未作任何更改：\n{reason}")
PACK_CANNOT_READ = QT_TRANSLATE_NOOP("jxdesk", "读不出 {path}：{detail}")
PACK_ALREADY = QT_TRANSLATE_NOOP("jxdesk", "这个版本已经安装过了：{detail}")
PACK_NO_RIGHTS = QT_TRANSLATE_NOOP(
    "jxdesk", "不能写入本机的参数包文件夹（为所有用户安装需要管理员权限）：{detail}"
)
PACK_CANNOT_WRITE = QT_TRANSLATE_NOOP("jxdesk", "不能写入参数包文件夹：{detail}")
PACK_INSTALLED = QT_TRANSLATE_NOOP("jxdesk", "已安装并生效：{target}")
PACK_INSTALLED_NOT_LOADED = QT_TRANSLATE_NOOP("jxdesk", "已复制到 {target}，但没有生效：{reason}")
INSTALL_CONFIRM = QT_TRANSLATE_NOOP("jxdesk", "检查通过。要安装这个参数包吗？\n\n{summary}")
INSTALL_MACHINE = QT_TRANSLATE_NOOP("jxdesk", "为本机所有用户安装")
INSTALL_USER = QT_TRANSLATE_NOOP("jxdesk", "仅为当前用户安装")
REPORT_PACKS = QT_TRANSLATE_NOOP("jxdesk", "生效的参数包")
REPORT_NO_PACKS = QT_TRANSLATE_NOOP("jxdesk", "无（仅使用内置参数）")

# ---- 扫码打开 (issue 22: jxdesk/gui/counter/scan_open.py)
SCAN_OPEN = QT_TRANSLATE_NOOP("jxdesk", "扫码打开…")
SCAN_TITLE = QT_TRANSLATE_NOOP("jxdesk", "扫码打开凭条")
SCAN_HINT = QT_TRANSLATE_NOOP(
    "jxdesk", "用扫码枪扫凭条上的二维码（或粘贴二维码的文字），再按回车：打开凭条上的案件。"
)
SCAN_FIELD = QT_TRANSLATE_NOOP("jxdesk", "二维码内容")
SCAN_OPEN_BUTTON = QT_TRANSLATE_NOOP("jxdesk", "打开")
SCAN_CANCEL = QT_TRANSLATE_NOOP("jxdesk", "取消")
SCAN_EMPTY = QT_TRANSLATE_NOOP("jxdesk", "还没有扫到内容。")
SCAN_BAD = QT_TRANSLATE_NOOP("jxdesk", "打不开这个二维码：{problem}")
SCAN_BAD_CASE = QT_TRANSLATE_NOOP("jxdesk", "二维码里的案件有问题，没有打开：\n{problems}")
