"""The kiosk's steps and the codes of its tiles. Qt-free (see `flow`)."""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from jxdesk.gui.kiosk.family import MOTHER_SCHEMES

SCHEMES = ("employee", "retiree", "flexible", "resident", "student")
UNINSURED = "none"  # 未参保 (R1: the family's money still counts)
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
TIERS = ("level3", "level2", "level1", "primary", "pharmacy")
PLACES = ("local", "referred", "unreferred")
UNKNOWN = "unknown"  # the 不知道 / 跳过 tile of every question
NO_BILL = "no_bill"  # the kind page's "no bill to enter"
FAMILY = ("born", "expected", "none", UNKNOWN)
ORDERS = ("1", "2", "3", "twins", UNKNOWN)
BEFORE_TWINS = ("0", "1", "2", UNKNOWN)
YES_NO = ("yes", "no", UNKNOWN)
MORE = ("more_born", "more_expected", "no_more")
WHO = ("self", "other", UNKNOWN)
MONTHS = tuple(str(m) for m in range(1, 13))
DAYS = tuple(str(d) for d in range(1, 32))
#: what the first page offers: the schemes, 未参保, 不知道
SCHEME_CHOICES = (*SCHEMES, UNINSURED, UNKNOWN)
AID_CHOICES = (*AIDS, UNKNOWN)
TIER_CHOICES = (*TIERS, UNKNOWN)
#: 不知道 on the tier: the tier the fund pays least at (the most cautious estimate;
#: tests/gui/test_kiosk_unsure.py checks it against the core for every kind and scheme)
CAUTIOUS_TIER = "level3"
#: the 不知道 answer of a keypad question
DONT_KNOW = ""


class Step(IntEnum):
    SCHEME = 0
    ACCOUNT = 1
    AID = 2
    FAMILY = 3  # a child born in the last three years, or on the way?
    KID_YEAR = 4
    KID_MONTH = 5
    KID_DAY = 6
    KID_ORDER = 7
    TWIN_BEFORE = 8  # twins: how many children before them
    KID_REGISTERED = 9
    KID_INSURED = 10
    MORE_KIDS = 11
    MOTHER_WHO = 12
    MOTHER_SCHEME = 13
    MOTHER_MONTHS = 14
    MOTHER_BASE = 15
    MOTHER_DIFFICULT = 16
    KIND = 17
    TIER = 18
    PLACE = 19
    AMOUNT = 20
    RESULT = 21
    BILLS = 22  # 看病费用: the bills, to change or delete
    EXPLAIN = 23  # 为什么是这个数？ the steps behind the result
    RULES = 24  # 规则依据: the documents and packs the figures come from (read-only)
    YEAR = 25  # 这些费用是哪一年的？ (January to March only: the first question, R19)


#: the result and the pages read from it: no step number, 完成，清空 at the bottom
AFTER_RESULT = (Step.RESULT, Step.BILLS, Step.EXPLAIN, Step.RULES)
KID_STEPS = tuple(s for s in Step if Step.KID_YEAR <= s <= Step.KID_INSURED)
CLAIM_STEPS = (Step.KIND, Step.TIER, Step.PLACE, Step.AMOUNT)


KEYPAD_STEPS = (Step.ACCOUNT, Step.MOTHER_MONTHS, Step.MOTHER_BASE, Step.AMOUNT)
#: a keypad page's answer 下一步 (with a figure; DONT_KNOW is its 不知道)
KNOWN = "known"
#: the answers a page offers where they do not depend on earlier ones (`KioskFlow.offered`)
OFFERED: dict[Step, tuple[str, ...]] = {
    Step.SCHEME: SCHEME_CHOICES,
    Step.AID: AID_CHOICES,
    Step.FAMILY: FAMILY,
    Step.KID_MONTH: (*MONTHS, UNKNOWN),
    Step.KID_ORDER: ORDERS,
    Step.TWIN_BEFORE: BEFORE_TWINS,
    Step.KID_REGISTERED: YES_NO,
    Step.KID_INSURED: YES_NO,
    Step.MORE_KIDS: MORE,
    Step.MOTHER_WHO: WHO,
    Step.MOTHER_SCHEME: (*MOTHER_SCHEMES, UNKNOWN),
    Step.MOTHER_DIFFICULT: YES_NO,
    Step.PLACE: PLACES,
}


class Entry(NamedTuple):
    step: Step
    draft: int | None
    kid: int | None
