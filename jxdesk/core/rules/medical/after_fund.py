"""What is paid after the fund, once over the year: 大病保险 (R8) and 医疗救助 (R9)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxdesk.core.case import Case
from jxdesk.core.codes import MedicalAid
from jxdesk.core.money import ZERO, fen
from jxdesk.core.parameters import Snapshot
from jxdesk.core.trace import Trace

CI = "medical.critical_illness"
AID = "medical.medical_aid"


def critical_illness(base: Decimal, aid_person: bool, snap: Snapshot, trace: Trace) -> Decimal:
    """第三十四条 (70% above 15,000, base up to 600,000); 第三十九条 for aid persons."""
    if aid_person:
        threshold, rate = snap.get(f"{CI}.aid_threshold"), snap.get(f"{CI}.aid_rate")
        counted = base
        article = snap.article(f"{CI}.aid_rate")
    else:
        threshold, rate = snap.get(f"{CI}.threshold"), snap.get(f"{CI}.rate")
        counted = min(base, snap.get(f"{CI}.base_cap"))
        article = snap.article(f"{CI}.rate")
    paid = fen(max(ZERO, counted - threshold) * rate)
    code = "critical_illness_aid" if aid_person else "critical_illness"
    trace.step(
        code,
        article,
        {
            "base": base,
            "counted": counted,
            "threshold": threshold,
            "rate": rate,
            "cap": ZERO if aid_person else snap.get(f"{CI}.base_cap"),
        },
        amount=paid,
        explains="critical_illness",
    )
    return paid


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def reference_day(case: Case) -> date:
    """R9: the person's age is taken on the first claim date, or on 1 January; with undated
    claims a person born during the year is taken on the birth date (age 0, R18)."""
    dates = [c.date for c in case.claims if c.date is not None]
    if dates:
        return min(dates)
    born = case.person.birth_date
    if born is not None and born.year == case.year:
        return born
    return date(case.year, 1, 1)


def medical_aid(case: Case, base: Decimal, snap: Snapshot, trace: Trace) -> Decimal:
    """第三十六条 rates by category, the child 先心病/白血病 floor, 第三十七条 annual cap."""
    person = case.person
    rate = ZERO
    if person.medical_aid is not MedicalAid.NONE:
        rate = snap.table(f"{AID}.rate")[person.medical_aid]
        trace.step(
            "aid_category",
            snap.article(f"{AID}.rate"),
            {"category": person.medical_aid, "rate": rate},
        )
        if person.medical_aid is MedicalAid.OTHER:  # 第三十六条5: "不低于50%", the floor taken
            trace.step("aid_other_floor", snap.article(f"{AID}.rate"), {"rate": rate})
    if person.targeted_child_illness:
        floor = snap.get(f"{AID}.child_illness_rate")
        max_age = int(snap.get(f"{AID}.child_illness_max_age"))
        day = reference_day(case)
        if person.birth_date is None:
            trace.step(
                "aid_child_no_birth_date",
                snap.article(f"{AID}.child_illness_rate"),
                assumption=True,
            )
        elif not person.hukou_jiaxing:
            trace.step("aid_child_not_hukou", snap.article(f"{AID}.child_illness_rate"))
        else:
            age = age_on(person.birth_date, day)
            if 0 <= age <= max_age:
                if floor > rate:
                    rate = floor
                trace.step(
                    "aid_child_floor",
                    snap.article(f"{AID}.child_illness_rate"),
                    {"age": age, "day": day.isoformat(), "rate": floor, "max_age": max_age},
                )
            else:
                trace.step(
                    "aid_child_too_old",
                    snap.article(f"{AID}.child_illness_rate"),
                    {"age": age, "day": day.isoformat(), "max_age": max_age},
                )
    if rate == 0:
        return ZERO
    cap = snap.get(f"{AID}.annual_cap")
    computed = fen(base * rate)
    paid = min(computed, cap)
    trace.step(
        "medical_aid",
        snap.article(f"{AID}.rate"),
        {"base": base, "rate": rate},
        amount=paid,
        explains="medical_aid",
    )
    if computed > cap:
        trace.step(
            "medical_aid_cap",
            snap.article(f"{AID}.annual_cap"),
            {"cap": cap, "computed": computed},
            amount=paid,
            explains="medical_aid",
        )
    return paid
