"""The family branch's questions, as `KioskFlow` asks them (a mixin of it). Qt-free.

Each answer is written to the kiosk's own record (`kids`, `mother`, where None is
不知道) and, through `sync`, into the shared answers the core estimates (`family`).
"""

from __future__ import annotations

from jxdesk.gui.answers import clean_money
from jxdesk.gui.kiosk.family import (
    ORDER_CAP,
    WORKING,
    Kid,
    MotherInfo,
    Note,
    days_in,
    family_notes,
    write_family,
    years,
)
from jxdesk.gui.kiosk.steps import DAYS, UNKNOWN, Step
from jxdesk.gui.viewmodel import WizardModel

_MOTHER_PATH = {"months": "continuous_months", "base": "contribution_base"}


class FamilyQuestions:
    """The family's questions; `KioskFlow` provides the navigation (`go`, `_to_bills`)."""

    model: WizardModel
    family: str | None
    kids: list[Kid]
    kid: int | None
    mother: MotherInfo

    def go(self, step: Step) -> None:
        raise NotImplementedError

    def _to_bills(self) -> None:
        raise NotImplementedError

    def sync(self) -> None:
        write_family(self.model.answers, self.kids, self.mother)
        self.model.changed()

    @property
    def current_kid(self) -> Kid | None:
        return self.kids[self.kid] if self.kid is not None and self.kid < len(self.kids) else None

    def choose_family(self, code: str) -> None:
        self.family = code
        if code in ("born", "expected"):
            self._new_kid(code == "expected")
            return
        self.kids, self.kid, self.mother = [], None, MotherInfo()
        self.sync()
        self._to_bills()

    def _new_kid(self, expected: bool) -> None:
        self.kids.append(Kid(expected))
        self.go(Step.KID_YEAR)
        self.kid = len(self.kids) - 1

    def kid_years(self) -> tuple[str, ...]:
        kid = self.current_kid
        return tuple(str(y) for y in years(kid.expected if kid else False, self.model.answers.year))

    def kid_days(self) -> tuple[str, ...]:
        kid = self.current_kid
        return DAYS[: days_in(kid.year, kid.month) if kid else 31]

    def _date_unknown(self, kid: Kid) -> None:
        """Without a date nothing can be estimated for the child: its other questions
        cannot change the estimate, so they are not asked."""
        kid.date_unknown = True
        kid.year = kid.month = kid.day = None
        self._kid_done(kid)

    def _kid_done(self, kid: Kid) -> None:
        kid.done = True
        self.sync()
        self.go(Step.MORE_KIDS)

    def _dated_kid(self, code: str) -> Kid | None:
        """The child whose birth date is being asked, or None: no child, or 不知道 (which
        is answered here: the date is dropped and the order comes next)."""
        kid = self.current_kid
        if kid is not None and code == UNKNOWN:
            self._date_unknown(kid)
            return None
        return kid

    @staticmethod
    def _drop_impossible_day(kid: Kid) -> None:
        """A day chosen earlier that the newly chosen year or month does not have."""
        if kid.day is not None and kid.day > days_in(kid.year, kid.month):
            kid.day = None

    def choose_year(self, code: str) -> None:
        kid = self._dated_kid(code)
        if kid is None:
            return
        kid.year, kid.date_unknown = int(code), False
        self._drop_impossible_day(kid)
        self.sync()
        self.go(Step.KID_MONTH)

    def choose_month(self, code: str) -> None:
        kid = self._dated_kid(code)
        if kid is None:
            return
        kid.month = int(code)
        self._drop_impossible_day(kid)
        self.sync()
        self.go(Step.KID_DAY)

    def choose_day(self, code: str) -> None:
        kid = self._dated_kid(code)
        if kid is None or int(code) > days_in(kid.year, kid.month):
            return
        kid.day = int(code)
        self.sync()
        self.go(Step.KID_ORDER)

    def choose_order(self, code: str) -> None:
        kid = self.current_kid
        if kid is None:
            return
        kid.order_asked = True
        if code == "twins":
            kid.twins = True
            self.go(Step.TWIN_BEFORE)
            return
        kid.twins = False
        kid.order = None if code == UNKNOWN else int(code)
        if kid.order is None:  # left out of the case: 户口 and 居民医保 cannot matter
            self._kid_done(kid)
            return
        self.sync()
        self.go(Step.KID_REGISTERED)

    def choose_before_twins(self, code: str) -> None:
        kid = self.current_kid
        if kid is None:
            return
        kid.order = None if code == UNKNOWN else min(int(code) + 1, ORDER_CAP)
        if kid.order is None:
            self._kid_done(kid)
            return
        self.sync()
        self.go(Step.KID_REGISTERED)

    def choose_registered(self, code: str) -> None:
        kid = self.current_kid
        if kid is not None:
            kid.registered = None if code == UNKNOWN else code == "yes"
            if kid.registered is False:  # the premium support needs the registration
                kid.insured = None
                self._kid_done(kid)
                return
            self.sync()
            self.go(Step.KID_INSURED)

    def choose_insured(self, code: str) -> None:
        kid = self.current_kid
        if kid is not None:
            kid.insured = None if code == UNKNOWN else code == "yes"
            kid.done = True
            self.sync()
            self.go(Step.MORE_KIDS)

    def choose_more(self, code: str) -> None:
        if code in ("more_born", "more_expected"):
            self._new_kid(code == "more_expected")
        elif any(k.estimable for k in self.kids):
            self.go(Step.MOTHER_WHO)
            self.kid = None
        else:  # no child can be estimated: nothing about the mother can matter
            self.kid = None
            self._to_bills()

    def choose_mother(self, code: str) -> None:
        m = self.mother
        m.who = code
        if code == "self":
            m.scheme = None
            self.sync()
            if self.model.answers.scheme in WORKING:
                self.go(Step.MOTHER_MONTHS)
            else:
                self._to_bills()
        elif code == "other":
            self.sync()
            self.go(Step.MOTHER_SCHEME)
        else:
            self.sync()
            self._to_bills()

    def choose_mother_scheme(self, code: str) -> None:
        self.mother.scheme = None if code == UNKNOWN else code
        self.sync()
        if code in WORKING:
            self.go(Step.MOTHER_MONTHS)
        else:
            self._to_bills()

    @property
    def mother_scheme(self) -> str | None:
        m = self.mother
        return self.model.answers.scheme if m.who == "self" else m.scheme

    def set_mother(self, which: str, text: str) -> None:
        """The months ("months") or the contribution base ("base") as typed."""
        m = self.mother
        if which == "months":
            m.months, m.months_unknown = text, False
        elif which == "base":
            m.base, m.base_unknown = text, False
        self.sync()

    def mother_problem(self, which: str) -> str | None:
        if which == "base" and self.mother.base and not _is_money(self.mother.base):
            return self.model.problem_at("mother.contribution_base") or "?"
        return self.model.problem_at(f"mother.{_MOTHER_PATH[which]}")

    def confirm_mother(self, which: str, known: bool = True) -> bool:
        """下一步 (`known`) or 不知道 on the months or base page."""
        m = self.mother
        if known and which == "months" and not m.months:
            return False
        if known and which == "base" and (not m.base or self.mother_problem("base")):
            return False
        self._mother_answered(which, known)
        return True

    def _mother_answered(self, which: str, known: bool) -> None:
        m = self.mother
        if which == "months":
            m.months_unknown = not known
            if not known:
                m.months = ""
            self.sync()
            if known:
                self.go(Step.MOTHER_BASE)
            else:  # no allowance without the months: the base and 难产 cannot matter
                self._to_bills()
            return
        m.base_unknown = not known
        if not known:
            m.base = ""
        self.sync()
        if known:
            self.go(Step.MOTHER_DIFFICULT)
        else:  # no allowance without the base: 难产 cannot matter
            self._to_bills()

    def choose_difficult(self, code: str) -> None:
        m = self.mother
        m.difficult = None if code == UNKNOWN else code == "yes"
        m.difficult_asked = True
        self.sync()
        self._to_bills()

    def notes(self) -> list[Note]:
        """What the family answers leave unknown (the result says each plainly)."""
        return list(family_notes(self.kids, self.mother, self.model.answers.scheme))


def _is_money(text: str) -> bool:
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(clean_money(text))
    except InvalidOperation:
        return False
    return value.is_finite() and value >= 0
