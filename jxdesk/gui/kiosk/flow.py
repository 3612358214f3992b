"""The kiosk's steps, on the same view model as the counter's wizard. Qt-free.

One question a page, one claim at a time: who (scheme), the card balance (employee
schemes only), medical aid, then per claim the kind, the hospital tier (skipped when the
kind allows one), the place and the amounts; then the result, where 再加一笔 starts the
next claim. Fertility is left to the counter (too many questions for a kiosk).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from jxdesk.gui.answers import Answers, ClaimAnswer
from jxdesk.gui.codes import allowed_facilities
from jxdesk.gui.viewmodel import WizardModel

SCHEMES = ("employee", "retiree", "flexible", "resident", "student")
AIDS = (
    "none",
    "minimum_living",
    "marginal",
    "destitute",
    "expenditure_poverty",
    "child_in_distress",
    "other",
)
KINDS = ("outpatient", "inpatient", "chronic", "special", "home_bed")
PLACES = ("local", "referred", "unreferred")


class Step(IntEnum):
    SCHEME = 0
    ACCOUNT = 1
    AID = 2
    KIND = 3
    TIER = 4
    PLACE = 5
    AMOUNT = 6
    RESULT = 7
    EXPLAIN = 8  # 为什么是这个数？ the steps behind the result
    RULES = 9  # 规则依据: the documents and packs the figures come from (read-only)


#: the result and the pages read from it: no step number, 完成，清空 at the bottom
AFTER_RESULT = (Step.RESULT, Step.EXPLAIN, Step.RULES)


@dataclass
class KioskFlow:
    """Where the person is, and the answers so far (in `model.answers`)."""

    model: WizardModel
    step: Step = Step.SCHEME
    history: list[Step] = field(default_factory=list)
    draft: int | None = None  # the claim being entered, not yet confirmed

    # ---- the session
    def wipe(self) -> None:
        """Forget everything: fresh answers, the first page."""
        self.model.answers = Answers()
        self.step = Step.SCHEME
        self.history = []
        self.draft = None
        self.model.changed()

    def load(self) -> None:
        """Show the result of the answers already in the model (a case file)."""
        self.history = [Step.SCHEME]
        self.draft = None
        self.step = Step.RESULT
        self.model.changed()

    @property
    def pristine(self) -> bool:
        return self.step is Step.SCHEME and not self.history and self.model.answers == Answers()

    def go(self, step: Step) -> None:
        if step is not self.step:
            self.history.append(self.step)
            self.step = step

    def back(self) -> None:
        """One page back; leaving a claim that was never confirmed drops it."""
        if not self.history:
            return
        target = self.history.pop()
        if target < Step.KIND or target is Step.RESULT:
            self._drop_draft()
        self.step = target

    def _drop_draft(self) -> None:
        if self.draft is not None:
            self.model.remove_claim(self.draft)
            self.draft = None

    @property
    def number(self) -> int:
        """'第 n 步' as the person sees it (the pages they actually pass through)."""
        return len(self.history) + 1

    # ---- who
    def choose_scheme(self, scheme: str) -> None:
        a = self.model.answers
        a.scheme = scheme
        if not a.has_account:
            a.account_balance = ""
        self.model.changed()
        self.go(Step.ACCOUNT if a.has_account else Step.AID)

    def set_account(self, text: str) -> None:
        self.model.answers.account_balance = text
        self.model.changed()

    def account_problem(self) -> str | None:
        return self.model.problem_at("person.account_balance")

    def confirm_account(self) -> bool:
        if self.account_problem():
            return False
        self.go(Step.AID)
        return True

    def choose_aid(self, aid: str) -> None:
        self.model.answers.medical_aid = aid
        self.model.changed()
        if self.model.answers.claims:
            self.go(Step.RESULT)
        else:
            self.new_claim()

    # ---- one claim
    def new_claim(self) -> None:
        self._drop_draft()
        self.model.answers.claims.append(ClaimAnswer())
        self.draft = len(self.model.answers.claims) - 1
        self.model.changed()
        self.go(Step.KIND)

    @property
    def claim(self) -> ClaimAnswer | None:
        claims = self.model.answers.claims
        return claims[self.draft] if self.draft is not None and self.draft < len(claims) else None

    def choose_kind(self, kind: str) -> None:
        if self.draft is None:
            return
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
        c = self.claim
        if c is None or which not in ("eligible", "excluded"):
            return
        setattr(c, which, text)
        self.model.changed()

    def amount_problem(self, which: str) -> str | None:
        if self.draft is None:
            return None
        return self.model.problem_at(f"claims[{self.draft}].{which}")

    def can_confirm_amount(self) -> bool:
        c = self.claim
        return (
            c is not None
            and bool(c.eligible)
            and not self.amount_problem("eligible")
            and not self.amount_problem("excluded")
        )

    def confirm_amount(self) -> bool:
        if not self.can_confirm_amount():
            return False
        self.draft = None
        self.history = [s for s in self.history if s < Step.KIND]  # back from the result: who
        self.step = Step.RESULT
        return True

    def remove_claim(self, index: int) -> None:
        self.model.remove_claim(index)

    # ---- reading the result
    def explain(self) -> None:
        """为什么是这个数？ from the result page."""
        if self.step is Step.RESULT:
            self.go(Step.EXPLAIN)

    def rules(self) -> None:
        """规则依据, from the result or its explanation."""
        if self.step in (Step.RESULT, Step.EXPLAIN):
            self.go(Step.RULES)
