"""The one glossary: what each term of the rules is called, in Chinese and in English.

Every screen (the counter, the kiosk), the printout and the explanations name a thing
the same way: the words here. The GUI's catalogue (jxdesk/gui/i18n.py and its English
translation) is checked against this table by tests/gui/test_glossary.py, so a label
that drifts from it fails the suite. Plain data, no Qt and no pydantic: importing it
costs nothing.

A term's key is the contract's field or code where there is one (`fund`,
`critical_illness`, `minimum_living`, ...).
"""

from __future__ import annotations


class Term:
    """A term's name in Chinese (`zh`), in English (`en`, as a label: capitalised)."""

    __slots__ = ("en", "zh")

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def __repr__(self) -> str:
        return f"Term({self.zh!r}, {self.en!r})"

    def name(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


#: who pays a medical bill (result.medical)
PAYERS: dict[str, Term] = {
    "fund": Term("统筹基金", "Insurance fund"),
    "account": Term("个人账户", "Personal account"),
    "prior_account": Term("历年个人账户", "Prior-years account"),
    "critical_illness": Term("大病保险", "Critical illness insurance"),
    "medical_aid": Term("医疗救助", "Medical aid"),
    "out_of_pocket": Term("您自己付", "You pay"),
}

#: parts of a claim and of its settlement
MEDICAL: dict[str, Term] = {
    "eligible": Term("医保范围内", "In scope"),
    "excluded": Term("自费", "Outside scope"),
    "deductible": Term("起付标准", "Deductible"),
    "first_paid": Term("异地先行自付", "First-paid share out of the city"),
    "benefits_from": Term("待遇享受起始日", "Benefits from"),
}

#: fertility (result.fertility) and premium support (result.premium)
FAMILY: dict[str, Term] = {
    "prenatal_subsidy": Term("孕产补助", "Prenatal subsidy"),
    "childcare_allowance": Term("育儿津贴", "Childcare allowance"),
    "national_childcare_subsidy": Term("国家育儿补贴", "National childcare subsidy"),
    "maternity_allowance": Term("生育津贴", "Maternity allowance"),
    "fertility": Term("生育补助", "Birth benefits"),
    "premium": Term("参保补助", "Premium support"),
}

#: person.scheme
SCHEMES: dict[str, Term] = {
    "employee": Term("在职职工", "Employee"),
    "flexible": Term("灵活就业", "Flexible worker"),
    "retiree": Term("退休", "Retiree"),
    "resident": Term("城乡居民", "Urban and rural resident"),
    "student": Term("在校大学生", "University student"),
    "none": Term("未参保", "Not insured"),
}

#: person.medical_aid
AID_STATUSES: dict[str, Term] = {
    "none": Term("不是救助对象", "Not an aid recipient"),
    "destitute": Term("特困供养人员", "Destitute person"),
    "minimum_living": Term("低保家庭成员", "Minimum-living family member"),
    "marginal": Term("低边家庭成员", "Marginal family member"),
    "expenditure_poverty": Term("支出型贫困家庭成员", "Expenditure-poverty family member"),
    "child_in_distress": Term("困境儿童", "Child in distress"),
    "other": Term("其他特殊救助对象", "Other special aid recipient"),
}

#: person.enrollment.route (R15)
ENROLLMENT_ROUTES: dict[str, Term] = {
    "annual": Term("按年连续参保", "Enrolled for the whole year"),
    "employer_registration": Term("单位新参保登记", "New employer registration"),
    "mid_year": Term("年中缴费参保", "Paid mid-year"),
    "continuation": Term("按规定接续参保", "Continuation group"),
    "special_group": Term("特殊群体随时参保", "Special group, any time"),
    "newborn": Term("新生儿参保", "Newborn"),
}

#: where a claim was treated (the explanations say the same: core/wording.py)
PLACES: dict[str, Term] = {
    "local": Term("本市", "In Jiaxing"),
    "referred": Term("规范转诊异地", "Referred out of the city"),
    "unreferred": Term("未规范转诊异地", "Out of the city without referral"),
}

GROUPS: tuple[dict[str, Term], ...] = (
    PAYERS,
    MEDICAL,
    FAMILY,
    SCHEMES,
    AID_STATUSES,
    ENROLLMENT_ROUTES,
    PLACES,
)


def term(key: str, lang: str = "zh", group: dict[str, Term] | None = None) -> str:
    """A term's name; `group` where a key means different things (`none`)."""
    for table in (group,) if group is not None else GROUPS:
        if key in table:
            return table[key].name(lang)
    raise KeyError(key)


def all_terms() -> list[Term]:
    return [t for table in GROUPS for t in table.values()]
