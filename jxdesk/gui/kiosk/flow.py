"""The kiosk's steps, on the same view model as the counter's wizard. Qt-free.

One question a page: from January to March first the year the costs are from (R19);
then who (scheme), the card balance (employee schemes only), medical
aid; then the family (a child born in the last three years or on the way: its date year → month →
day, its birth order or 双胞胎, registered in Jiaxing, enrolled in 居民医保; more children;
then the mother: you or someone else, her insurance, months, base, a difficult labour;
"没有" skips it all with one tap); then per bill the kind, the hospital tier (skipped when
the kind allows one), the place and the invoice's total and 自费; then the result,
where ＋再加一笔 starts the next bill and 看病费用 lists them to change or delete.

Every question can be answered 不知道 (see `family`); the history of pages passed is
the step counter ("第 n 步" is the n-th question actually asked) and what 返回 undoes.
"""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation

from jxdesk.gui.answers import Answers, ClaimAnswer, clean_money
from jxdesk.gui.clock import kiosk_asks_year, kiosk_years
from jxdesk.gui.codes import allowed_facilities
from jxdesk.gui.kiosk.asking import FamilyQuestions
from jxdesk.gui.kiosk.family import ORDER_CAP, Kid, MotherInfo
from jxdesk.gui.kiosk.steps import (  # (re-exported: the pages and tests read them here)
    AFTER_RESULT,
    AID_CHOICES,
    AIDS,
    BEFORE_TWINS,
    CAUTIOUS_TIER,
    CLAIM_STEPS,
    DAYS,
    DONT_KNOW,
    FAMILY,
    KEYPAD_STEPS,
    KID_STEPS,
    KINDS,
    KNOWN,
    MONTHS,
    MORE,
    NO_BILL,
    OFFERED,
    ORDERS,
    PLACES,
    SCHEME_CHOICES,
    SCHEMES,
    TIER_CHOICES,
    TIERS,
    UNINSURED,
    UNKNOWN,
    WHO,
    YES_NO,
    Entry,
    Step,
)
from jxdesk.gui.viewmodel import WizardModel

__all__ = [
    "AFTER_RESULT",
    "AIDS",
    "AID_CHOICES",
    "BEFORE_TWINS",
    "CAUTIOUS_TIER",
    "CLAIM_STEPS",
    "DAYS",
    "DONT_KNOW",
    "FAMILY",
    "KID_STEPS",
    "KINDS",
    "MONTHS",
    "MORE",
    "NO_BILL",
    "OFFERED",
    "ORDERS",
    "PLACES",
    "SCHEMES",
    "SCHEME_CHOICES",
    "TIERS",
    "TIER_CHOICES",
    "UNINSURED",
    "UNKNOWN",
    "WHO",
    "YES_NO",
    "Entry",
    "KioskClaim",
    "KioskFlow",
    "Step",
]


class KioskClaim(ClaimAnswer):
    """A bill as the kiosk asks it: the invoice's total and its 自费; `eligible` (what the
    core needs) is the total less the 自费, kept up to date by `KioskFlow.set_amount`."""

    def __init__(self, total: str = "", tier_unknown: bool = False, **kw: str) -> None:
        super().__init__(**kw)
        self.total = total
        self.tier_unknown = tier_unknown  # 不知道: estimated at CAUTIOUS_TIER


def _money(text: str) -> Decimal | None:
    try:
        value = Decimal(clean_money(text))
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


class KioskFlow(FamilyQuestions):
    """Where the person is, and the answers so far (in `model.answers`, and for the
    family branch in `kids` / `mother` too)."""

    def __init__(self, model: WizardModel) -> None:
        self.model = model
        self._reset()

    def _reset(self) -> None:
        # a new session: this year's case; from January to March, first "which year?" (R19)
        self.step = Step.YEAR if kiosk_asks_year() else Step.SCHEME
        self.year_chosen = False  # the year question was answered
        self.history: list[Entry] = []
        self.draft: int | None = None  # the bill being entered or changed
        self.draft_new = False  # … and it is a new one (dropped if 返回 leaves it)
        self.backup: ClaimAnswer | None = None  # … or the bill as it was before the change
        self.family: str | None = None  # the answer to "a child born lately?"
        self.kids: list[Kid] = []
        self.kid: int | None = None  # the child being asked about
        self.mother = MotherInfo()
        self.removed: tuple[int, ClaimAnswer] | None = None  # the last bill deleted (撤销)
        self.account_unknown = False  # the card balance was answered 不知道
        self.scheme_unknown = False  # 参保类型 不知道: the case goes as 未参保, said so
        self.aid_unknown = False  # 救助 不知道: counted as none, said so

    # ---- the session
    def wipe(self) -> None:
        """Forget everything: fresh answers, the first page."""
        self.model.answers = Answers()
        self._reset()
        self.model.changed()

    def load(self) -> None:
        """Show the result of the answers already in the model (a case file)."""
        a = self.model.answers
        a.claims = [
            KioskClaim(
                total=_plain(_money(c.eligible or "0"), _money(c.excluded or "0")),
                kind=c.kind,
                facility=c.facility,
                place=c.place,
                eligible=c.eligible,
                excluded=c.excluded,
                date=c.date,
            )
            for c in a.claims
        ]
        self.kids = []
        for ch in a.children:
            kid = Kid()
            kid.year, kid.month, kid.day = (int(x) for x in ch.birth_date.split("-"))
            kid.order, kid.order_asked = min(ch.order, ORDER_CAP), True
            kid.registered, kid.insured, kid.done = (
                ch.registered_in_jiaxing,
                ch.resident_insured,
                True,
            )
            self.kids.append(kid)
        self.family = "born" if self.kids else "none"
        m = a.mother
        if m.include:
            self.mother.who, self.mother.scheme = "other", m.scheme
            self.mother.months, self.mother.base = str(m.continuous_months), m.contribution_base
            self.mother.difficult = m.difficult_labour
        self.history = [Entry(Step.SCHEME, None, None)]
        self.step = Step.RESULT
        self.model.changed()

    @property
    def pristine(self) -> bool:
        return (
            self.step in (Step.YEAR, Step.SCHEME)
            and not self.history
            and self.model.answers == Answers()
            and not self.kids
        )

    def go(self, step: Step) -> None:
        if step is not self.step:
            self.history.append(Entry(self.step, self.draft, self.kid))
            self.step = step

    def back(self) -> None:
        """One page back. Leaving a new bill from its first page drops it, leaving a
        changed one restores it; leaving a child that was never finished drops it."""
        if not self.history:
            return
        entry = self.history.pop()
        claims = self.model.answers.claims
        if self.draft is not None and entry.draft != self.draft:
            if self.draft_new:
                self.model.remove_claim(self.draft)
            elif self.backup is not None and self.draft < len(claims):
                claims[self.draft] = self.backup
                self.model.changed()
            self.draft, self.draft_new, self.backup = None, False, None
        if entry.draft is not None and self.draft is None and entry.draft < len(claims):
            self.draft, self.draft_new = entry.draft, False  # back into a bill from the result
            self.backup = copy.deepcopy(claims[entry.draft])
        kid = self.current_kid
        if kid is not None and entry.kid != self.kid and kid is self.kids[-1] and not kid.done:
            self.kids.pop()  # a child whose questions were left before the end
            self.sync()
        if entry.step in KID_STEPS and entry.kid is not None and entry.kid < len(self.kids):
            self.kids[entry.kid].done = False  # back into a child's questions
        self.kid = entry.kid
        self.step = entry.step

    @property
    def number(self) -> int:
        """'第 n 步': the n-th question of this pass (the question pages passed through
        since the start, or since the result for a bill added or changed there: 修改
        starts at 第 1 步 again)."""
        since = 0
        for i, e in enumerate(self.history):
            if e.step in AFTER_RESULT:
                since = i + 1
        return 1 + sum(e.step not in AFTER_RESULT for e in self.history[since:])

    # ---- the questions, as one list (the pages and `ahead` read it)
    def offered(self, step: Step | None = None) -> tuple[str, ...]:
        """The answers the page of `step` (the one on screen by default) offers: its tiles'
        codes; a keypad page's are KNOWN (下一步 with a figure) and DONT_KNOW."""
        step = self.step if step is None else step
        if step in KEYPAD_STEPS:
            return (KNOWN, DONT_KNOW) if step is not Step.AMOUNT else (KNOWN,)
        if step is Step.KIND:  # 没有看病的费用 only on the first bill, while it is new
            claims = self.model.answers.claims
            return KINDS if claims[:-1] or not self.draft_new else (*KINDS, NO_BILL)
        dynamic = {
            Step.YEAR: lambda: tuple(str(y) for y in kiosk_years()),
            Step.KID_YEAR: lambda: (*self.kid_years(), UNKNOWN),
            Step.KID_DAY: lambda: (*self.kid_days(), UNKNOWN),
            Step.TIER: lambda: (*self.tiers(), UNKNOWN),
        }
        if step in dynamic:
            return dynamic[step]()
        return OFFERED.get(step, ())

    def answer(self, code: str) -> None:
        """Answer the question on screen with one of `offered()` (a keypad page's KNOWN
        takes the figure as typed: the page checks it first, `ahead` assumes one)."""
        keypad = {
            Step.ACCOUNT: lambda: self._account_answered(code == KNOWN),
            Step.MOTHER_MONTHS: lambda: self._mother_answered("months", code == KNOWN),
            Step.MOTHER_BASE: lambda: self._mother_answered("base", code == KNOWN),
            Step.AMOUNT: self._amount_answered,
        }
        if self.step in keypad:
            keypad[self.step]()
            return
        choose = {
            Step.YEAR: self.choose_costs_year,
            Step.SCHEME: self.choose_scheme,
            Step.AID: self.choose_aid,
            Step.FAMILY: self.choose_family,
            Step.KID_YEAR: self.choose_year,
            Step.KID_MONTH: self.choose_month,
            Step.KID_DAY: self.choose_day,
            Step.KID_ORDER: self.choose_order,
            Step.TWIN_BEFORE: self.choose_before_twins,
            Step.KID_REGISTERED: self.choose_registered,
            Step.KID_INSURED: self.choose_insured,
            Step.MORE_KIDS: self.choose_more,
            Step.MOTHER_WHO: self.choose_mother,
            Step.MOTHER_SCHEME: self.choose_mother_scheme,
            Step.MOTHER_DIFFICULT: self.choose_difficult,
            Step.KIND: self.choose_kind,
            Step.TIER: self.choose_tier,
            Step.PLACE: self.choose_place,
        }
        if self.step in choose:
            choose[self.step](code)

    @property
    def insured(self) -> bool:
        """The person's scheme is known and is one (bills can change the estimate)."""
        return self.model.answers.scheme != UNINSURED

    @property
    def scheme_choice(self) -> str | None:
        if self.pristine:
            return None
        return UNKNOWN if self.scheme_unknown else self.model.answers.scheme

    # ---- which year (January to March only)
    def choose_costs_year(self, code: str) -> None:
        if code not in tuple(str(y) for y in kiosk_years()):
            return
        self.model.answers.year, self.year_chosen = int(code), True
        self.sync()  # (the children's birth years are asked against it)
        self.go(Step.SCHEME)

    # ---- who
    def choose_scheme(self, scheme: str) -> None:
        """未参保 or 不知道: the fund, the card and medical aid cannot count (R1), so the
        card balance, 救助 and the bills are not asked; the family's money still is."""
        a = self.model.answers
        self.scheme_unknown = scheme == UNKNOWN
        a.scheme = UNINSURED if self.scheme_unknown else scheme
        if not a.has_account:
            a.account_balance = ""
        if not self.insured:
            a.medical_aid, self.aid_unknown = "none", False
            a.claims = []
        self.sync()
        if not self.insured:
            self.go(Step.FAMILY)
        else:
            self.go(Step.ACCOUNT if a.has_account else Step.AID)

    def set_account(self, text: str) -> None:
        self.model.answers.account_balance = text
        self.model.changed()

    def account_problem(self) -> str | None:
        return self.model.problem_at("person.account_balance")

    def confirm_account(self, known: bool = True) -> bool:
        """下一步 (`known`), or 不知道: no balance (the result says what that leaves out)."""
        if not known:
            self.set_account("")
        if self.account_problem():
            return False
        self._account_answered(known)
        return True

    def _account_answered(self, known: bool) -> None:
        self.account_unknown = not known or not self.model.answers.account_balance
        self.go(Step.AID)

    def choose_aid(self, aid: str) -> None:
        """不知道 counts as none (nothing is granted that may not be due), and is said."""
        self.aid_unknown = aid == UNKNOWN
        self.model.answers.medical_aid = "none" if self.aid_unknown else aid
        self.model.changed()
        self.go(Step.FAMILY)

    # ---- bills
    def _to_bills(self) -> None:
        if self.model.answers.claims or not self.insured:
            self.go(Step.RESULT)
        else:
            self.new_claim()

    def new_claim(self) -> None:
        if not self.insured:  # (no bill can change an uninsured person's estimate)
            return
        self.model.answers.claims.append(KioskClaim())
        self.go(Step.KIND)
        self.draft, self.draft_new, self.backup = len(self.model.answers.claims) - 1, True, None
        self.model.changed()

    def edit_claim(self, index: int) -> None:
        """修改: the bill's questions again, its answers chosen; 返回 from the first puts
        it back as it was."""
        claims = self.model.answers.claims
        if 0 <= index < len(claims):
            self.go(Step.KIND)
            self.draft, self.draft_new = index, False
            self.backup = copy.deepcopy(claims[index])

    @property
    def claim(self) -> KioskClaim | None:
        claims = self.model.answers.claims
        if self.draft is None or self.draft >= len(claims):
            return None
        c = claims[self.draft]
        return c if isinstance(c, KioskClaim) else None

    def choose_kind(self, kind: str) -> None:
        if kind == NO_BILL:  # nothing to enter: the result
            if self.draft is not None and self.draft_new:
                self.model.remove_claim(self.draft)
            self.draft, self.draft_new, self.backup = None, False, None
            self.go(Step.RESULT)
            self.history[-1] = self.history[-1]._replace(draft=None)
            return
        if self.draft is None:  # back on this page after "no bill": a new one after all
            self.model.answers.claims.append(KioskClaim())
            self.draft, self.draft_new = len(self.model.answers.claims) - 1, True
        self.model.set_claim_kind(self.draft, kind)
        allowed = allowed_facilities(kind)
        if len(allowed) == 1:  # 家庭病床 is only ever 基层
            self.go(Step.PLACE)
        else:
            self.go(Step.TIER)

    @property
    def tier_choice(self) -> str | None:
        c = self.claim
        if c is None or self.draft_new:
            return None
        return UNKNOWN if getattr(c, "tier_unknown", False) else c.facility

    def tiers(self) -> tuple[str, ...]:
        c = self.claim
        return allowed_facilities(c.kind if c else "outpatient")

    def choose_tier(self, facility: str) -> None:
        c = self.claim
        unknown = facility == UNKNOWN
        if unknown and CAUTIOUS_TIER in self.tiers():
            facility = CAUTIOUS_TIER
        if c is None or facility not in self.tiers():
            return
        c.facility, c.tier_unknown = facility, unknown
        self.model.changed()
        self.go(Step.PLACE)

    def choose_place(self, place: str) -> None:
        c = self.claim
        if c is None:
            return
        c.place = place
        self.model.changed()
        self.go(Step.AMOUNT)

    def set_amount(self, which: str, text: str) -> None:
        """The invoice's total ("total") or its 自费 ("excluded"); the in-scope amount is
        the total less the 自费 (never typed: an 80-year-old should not subtract)."""
        c = self.claim
        if c is None or which not in ("total", "excluded"):
            return
        setattr(c, which, text)
        total, excluded = _money(c.total), _money(c.excluded or "0")
        if total is None or excluded is None or excluded > total:
            c.eligible = ""
        else:
            c.eligible = _plain(total, -excluded)
        self.model.changed()

    def amount_problem(self, which: str) -> str | None:
        c = self.claim
        if c is None:
            return None
        if which == "excluded":
            total, excluded = _money(c.total), _money(c.excluded or "0")
            if total is not None and excluded is not None and excluded > total:
                return "excluded_over_total"
            return self.model.problem_at(f"claims[{self.draft}].excluded")
        if c.total and c.eligible:
            return self.model.problem_at(f"claims[{self.draft}].eligible")
        return None

    def can_confirm_amount(self) -> bool:
        c = self.claim
        return (
            c is not None
            and bool(c.total)
            and bool(c.eligible)
            and not self.amount_problem("total")
            and not self.amount_problem("excluded")
        )

    def confirm_amount(self) -> bool:
        if not self.can_confirm_amount():
            return False
        self._amount_answered()
        return True

    def _amount_answered(self) -> None:
        self.go(Step.RESULT)
        self.draft, self.draft_new, self.backup = None, False, None

    def remove_claim(self, index: int) -> None:
        """删除 (on the bills page); `undo_remove` puts it back."""
        claims = self.model.answers.claims
        if not 0 <= index < len(claims):
            return
        self.removed = (index, claims[index])
        self.history = [_without_claim(e, index) for e in self.history if e.draft != index]
        self.model.remove_claim(index)

    def undo_remove(self) -> None:
        if self.removed is not None:
            index, claim = self.removed
            self.model.answers.claims.insert(min(index, len(self.model.answers.claims)), claim)
            self.removed = None
            self.model.changed()

    def bills(self) -> None:
        """看病费用, from the result."""
        if self.step is Step.RESULT:
            self.removed = None
            self.go(Step.BILLS)

    # ---- reading the result
    def explain(self) -> None:
        """为什么是这个数？ from the result page."""
        if self.step is Step.RESULT:
            self.go(Step.EXPLAIN)

    def rules(self) -> None:
        """规则依据, from the result or its explanation."""
        if self.step in (Step.RESULT, Step.EXPLAIN):
            self.go(Step.RULES)


def _without_claim(e: Entry, index: int) -> Entry:
    """A history entry once bill `index` is deleted (the later bills move up one)."""
    if e.draft is not None and e.draft > index:
        return e._replace(draft=e.draft - 1)
    return e


def _plain(a: Decimal | None, b: Decimal | None) -> str:
    """a + b as the contract writes money (no exponent, no grouping)."""
    value = (a or Decimal(0)) + (b or Decimal(0))
    return f"{value:f}"
