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
    AIDS,
    BEFORE_TWINS,
    CLAIM_STEPS,
    DAYS,
    DONT_KNOW,
    FAMILY,
    KID_STEPS,
    KINDS,
    MONTHS,
    MORE,
    NO_BILL,
    ORDERS,
    PLACES,
    SCHEMES,
    TIERS,
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
    "BEFORE_TWINS",
    "CLAIM_STEPS",
    "DAYS",
    "DONT_KNOW",
    "FAMILY",
    "KID_STEPS",
    "KINDS",
    "MONTHS",
    "MORE",
    "NO_BILL",
    "ORDERS",
    "PLACES",
    "SCHEMES",
    "TIERS",
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

    def __init__(self, total: str = "", **kw: str) -> None:
        super().__init__(**kw)
        self.total = total


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
        if entry.step is Step.KID_INSURED and self.kid is not None:
            self.kids[self.kid].done = False
        self.kid = entry.kid
        self.step = entry.step

    @property
    def number(self) -> int:
        """'第 n 步': the n-th question asked (the question pages actually passed through;
        the result and its reading pages are not questions)."""
        return 1 + sum(e.step not in AFTER_RESULT for e in self.history)

    # ---- which year (January to March only)
    def choose_costs_year(self, code: str) -> None:
        if code not in tuple(str(y) for y in kiosk_years()):
            return
        self.model.answers.year, self.year_chosen = int(code), True
        self.sync()  # (the children's birth years are asked against it)
        self.go(Step.SCHEME)

    # ---- who
    def choose_scheme(self, scheme: str) -> None:
        a = self.model.answers
        a.scheme = scheme
        if not a.has_account:
            a.account_balance = ""
        self.sync()
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
        self.account_unknown = not known or not self.model.answers.account_balance
        self.go(Step.AID)
        return True

    def choose_aid(self, aid: str) -> None:
        self.model.answers.medical_aid = aid
        self.model.changed()
        self.go(Step.FAMILY)

    # ---- bills
    def _to_bills(self) -> None:
        if self.model.answers.claims:
            self.go(Step.RESULT)
        else:
            self.new_claim()

    def new_claim(self) -> None:
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

    def tiers(self) -> tuple[str, ...]:
        c = self.claim
        return allowed_facilities(c.kind if c else "outpatient")

    def choose_tier(self, facility: str) -> None:
        c = self.claim
        if c is None or facility not in self.tiers():
            return
        c.facility = facility
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
        self.go(Step.RESULT)
        self.draft, self.draft_new, self.backup = None, False, None
        return True

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
