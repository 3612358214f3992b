"""When insurance starts paying (待遇享受期): the first day of benefits. Ruling R15.

Routes, with month M the month of registration or payment: `annual` 1 January
(第二十二条); `employer_registration` the 1st of M+1 (第十二条, "第2个自然月起");
`mid_year` the 1st of M+2 (第二十二条, "自缴费月起的第3个自然月"); `continuation` the 1st of
M+1 (第二十三条); `special_group` the 1st of M (第二十六条, 第三十八条); `newborn` the birth
date when registered within 3 months of birth (第二十四条), otherwise as `mid_year`.
The month counts are parameters (resources/parameters/medical/enrollment.yaml).
"""

from datetime import date, timedelta
from typing import NamedTuple

from jxdesk.core.case import Case, Person
from jxdesk.core.codes import MedicalAid, Route
from jxdesk.core.parameters import Snapshot

ENROLL = "medical.enrollment"

#: the parameter holding each route's month count
MONTHS_PATH: dict[Route, str] = {
    Route.EMPLOYER_REGISTRATION: f"{ENROLL}.employer_registration_months",
    Route.MID_YEAR: f"{ENROLL}.mid_year_months",
    Route.CONTINUATION: f"{ENROLL}.continuation_months",
    Route.SPECIAL_GROUP: f"{ENROLL}.special_group_months",
}
NEWBORN_WINDOW = f"{ENROLL}.newborn_window_months"


class Start(NamedTuple):
    """The first day of benefits and how it was found."""

    day: date
    route: Route  # the route applied: a late newborn registration is read as mid_year
    article: str
    late_newborn: bool = False


def first_of_month_after(day: date, months: int) -> date:
    """The 1st of the month `months` after the month of `day` ("month M+n")."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def add_months(day: date, months: int) -> date:
    """The same day `months` on, or that month's last day where it has none."""
    # that month's last day, as the day before the next month's first (not calendar, whose
    # import, with locale, costs every calc process ~1 ms)
    last = first_of_month_after(day, months + 1) - timedelta(days=1)
    return last.replace(day=min(day.day, last.day))


def _newborn_in_time(person: Person, snap: Snapshot) -> bool:
    e, born = person.enrollment, person.birth_date
    window = int(snap.get(NEWBORN_WINDOW))
    return e.date is not None and born is not None and e.date <= add_months(born, window)


def benefits_start(case: Case, snap: Snapshot) -> Start:
    """The first day the insurance pays, as computed (it may fall outside the year)."""
    person = case.person
    e = person.enrollment
    if e.route is Route.ANNUAL or e.date is None:  # validation requires a date otherwise
        return Start(date(case.year, 1, 1), Route.ANNUAL, snap.article(MONTHS_PATH[Route.MID_YEAR]))
    if e.route is Route.NEWBORN:
        born = person.birth_date
        if born is not None and _newborn_in_time(person, snap):
            return Start(born, Route.NEWBORN, snap.article(NEWBORN_WINDOW))
        path = MONTHS_PATH[Route.MID_YEAR]
        day = first_of_month_after(e.date, int(snap.get(path)))
        article = f"{snap.article(NEWBORN_WINDOW)}、{snap.article(path)}"
        return Start(day, Route.MID_YEAR, article, late_newborn=True)
    path = MONTHS_PATH[e.route]
    article = snap.article(path)
    if e.route is Route.SPECIAL_GROUP and person.medical_aid is not MedicalAid.NONE:
        article += "、第三十八条"  # the same rule for medical-aid persons
    return Start(first_of_month_after(e.date, int(snap.get(path))), e.route, article)
