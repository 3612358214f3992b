"""The kiosk's pages, one per step, built for a window (`build_pages`): which tiles each
question shows, with which words, and which `KioskFlow` method an answer calls."""

from __future__ import annotations

from jxdesk.gui.answers import Answers
from jxdesk.gui.clock import birth_span
from jxdesk.gui.kiosk import flow
from jxdesk.gui.kiosk.amounts import AccountPage, AmountPage, MotherBasePage, MotherMonthsPage
from jxdesk.gui.kiosk.base import Host, KioskPage
from jxdesk.gui.kiosk.bills import BillsPage
from jxdesk.gui.kiosk.choices import ChoicePage, keyed
from jxdesk.gui.kiosk.explain import MONTHS as MONTH_NAMES
from jxdesk.gui.kiosk.explain import day
from jxdesk.gui.kiosk.flow import UNKNOWN, Step
from jxdesk.gui.kiosk.reading import ExplainPage, RulesPage
from jxdesk.gui.kiosk.result import ResultPage
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.kiosk.years import YearsPage, costs_year_page

FULL_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def build_pages(win: Host) -> dict[Step, KioskPage]:
    f = win.flow

    def a() -> Answers:  # read at call time: a wipe replaces the answers
        return f.model.answers

    def kid_word(key: str) -> str:
        """The question's words for a child born, or one on the way ('…_expected')."""
        kid = f.current_kid
        return f"{key}_expected" if kid is not None and kid.expected else key

    def unknown(code: str, lang: str) -> tuple[str, str] | None:
        return (say("unknown", lang), say("unknown_hint", lang)) if code == UNKNOWN else None

    def year_words(code: str, lang: str) -> tuple[str, str]:
        return unknown(code, lang) or (say("year_n", lang).format(n=code), "")

    def month_words(code: str, lang: str) -> tuple[str, str]:
        return unknown(code, lang) or (
            say("month_n", lang).format(n=code, name=FULL_MONTHS[int(code) - 1]),
            "",
        )

    def day_words(code: str, lang: str) -> tuple[str, str]:
        return unknown(code, lang) or (say("day_n", lang).format(n=code), "")

    def date_so_far(lang: str) -> str:
        kid = f.current_kid
        if kid is None or kid.year is None:
            return ""
        if kid.month is None:
            shown = say("year_n", lang).format(n=kid.year)
        elif lang == "en":
            shown = f"{MONTH_NAMES[kid.month - 1]} {kid.year}"
        else:
            shown = f"{kid.year}年{kid.month}月"
        if kid.day is not None and kid.month is not None:
            shown = day(f"{kid.year:04d}-{kid.month:02d}-{kid.day:02d}", lang)
        return say("date_so_far", lang).format(date=shown)

    def kid_attr(name: str) -> str | None:
        kid = f.current_kid
        if kid is None:
            return None
        value = getattr(kid, name)
        return None if value is None else str(value)

    def yes_no(name: str) -> str | None:
        kid = f.current_kid
        value = None if kid is None else getattr(kid, name)
        return None if value is None else ("yes" if value else "no")

    def order_chosen() -> str | None:
        kid = f.current_kid
        if kid is None or not kid.order_asked:
            return None
        if kid.twins:
            return "twins"
        return UNKNOWN if kid.order is None else str(kid.order)

    def kid_chosen(name: str) -> str | None:
        kid = f.current_kid
        if kid is None:
            return None
        if kid.date_unknown:
            return UNKNOWN
        return kid_attr(name)

    def scheme_words(code: str, lang: str) -> tuple[str, str]:
        if code == UNKNOWN:
            return say("unknown", lang), say("scheme_unknown_hint", lang)
        if code == flow.UNINSURED:
            return say("scheme_none", lang), say("scheme_none_hint", lang)
        return keyed()(code, lang)

    def aid_words(code: str, lang: str) -> tuple[str, str]:
        if code == UNKNOWN:
            return say("unknown", lang), say("aid_unknown_hint", lang)
        return keyed("aid_")(code, lang)

    def tier_words(code: str, lang: str) -> tuple[str, str]:
        if code == UNKNOWN:
            return say("unknown", lang), say("tier_unknown_hint", lang)
        return keyed("tier_")(code, lang)

    def family_words(code: str, lang: str) -> tuple[str, str]:
        name, hint = keyed()(code, lang)  # 有，已经出生了: born since three years before (R19)
        return name, hint.format(year=birth_span(a().year)[0]) if code == "born" else hint

    pages: list[KioskPage] = [
        ChoicePage(
            win,
            Step.SCHEME,
            "q_scheme",
            "",
            flow.OFFERED[Step.SCHEME],
            scheme_words,
            f.choose_scheme,
            # chosen once answered (passed: the year question may come first)
            lambda: (
                (UNKNOWN if f.scheme_unknown else a().scheme)
                if any(e.step is Step.SCHEME for e in f.history)
                else None
            ),
        ),
        AccountPage(win),
        ChoicePage(
            win,
            Step.AID,
            "q_aid",
            "aid_hint",
            flow.OFFERED[Step.AID],
            aid_words,
            f.choose_aid,
            lambda: UNKNOWN if f.aid_unknown else a().medical_aid,
            columns=3,
        ),
        ChoicePage(
            win,
            Step.FAMILY,
            "q_family",
            "family_hint",
            flow.OFFERED[Step.FAMILY],
            family_words,
            f.choose_family,
            lambda: f.family,
        ),
        YearsPage(
            win,
            Step.KID_YEAR,
            lambda: kid_word("q_year"),
            "",
            lambda: f.offered(Step.KID_YEAR),
            year_words,
            f.choose_year,
            lambda: kid_chosen("year"),
        ),
        ChoicePage(
            win,
            Step.KID_MONTH,
            "q_month",
            "",
            flow.OFFERED[Step.KID_MONTH],
            month_words,
            f.choose_month,
            lambda: kid_chosen("month"),
            columns=4,
            portrait_columns=3,
            compact=True,
            subtitle=date_so_far,
        ),
        ChoicePage(
            win,
            Step.KID_DAY,
            "q_day",
            "",
            (*flow.DAYS, UNKNOWN),
            day_words,
            f.choose_day,
            lambda: kid_chosen("day"),
            visible=lambda: f.offered(Step.KID_DAY),
            columns=8,
            portrait_columns=5,
            compact=True,
            subtitle=date_so_far,
        ),
        ChoicePage(
            win,
            Step.KID_ORDER,
            "q_order",
            "order_hint",
            flow.OFFERED[Step.KID_ORDER],
            keyed("order_"),
            f.choose_order,
            order_chosen,
        ),
        ChoicePage(
            win,
            Step.TWIN_BEFORE,
            "q_before_twins",
            "",
            flow.OFFERED[Step.TWIN_BEFORE],
            keyed("before_"),
            f.choose_before_twins,
        ),
        ChoicePage(
            win,
            Step.KID_REGISTERED,
            lambda: kid_word("q_registered"),
            "registered_hint",
            flow.OFFERED[Step.KID_REGISTERED],
            keyed(),
            f.choose_registered,
            lambda: yes_no("registered"),
            columns=3,
        ),
        ChoicePage(
            win,
            Step.KID_INSURED,
            lambda: kid_word("q_insured"),
            "insured_hint",
            flow.OFFERED[Step.KID_INSURED],
            keyed(),
            f.choose_insured,
            lambda: yes_no("insured"),
            columns=3,
        ),
        ChoicePage(
            win, Step.MORE_KIDS, "q_more", "", flow.OFFERED[Step.MORE_KIDS], keyed(), f.choose_more
        ),
        ChoicePage(
            win,
            Step.MOTHER_WHO,
            "q_mother",
            "mother_hint",
            flow.OFFERED[Step.MOTHER_WHO],
            keyed(),
            f.choose_mother,
            lambda: f.mother.who,
            columns=3,
        ),
        ChoicePage(
            win,
            Step.MOTHER_SCHEME,
            "q_mother_scheme",
            "",
            flow.OFFERED[Step.MOTHER_SCHEME],
            keyed("mother_"),
            f.choose_mother_scheme,
            lambda: f.mother.scheme,
        ),
        MotherMonthsPage(win),
        MotherBasePage(win),
        ChoicePage(
            win,
            Step.MOTHER_DIFFICULT,
            "q_difficult",
            "difficult_hint",
            flow.OFFERED[Step.MOTHER_DIFFICULT],
            keyed("difficult_"),
            f.choose_difficult,
            lambda: (
                None
                if not f.mother.difficult_asked
                else (
                    UNKNOWN if f.mother.difficult is None else "yes" if f.mother.difficult else "no"
                )
            ),
            columns=3,
        ),
        ChoicePage(
            win,
            Step.KIND,
            "q_kind",
            "",
            (*flow.KINDS, flow.NO_BILL),
            keyed(),
            f.choose_kind,
            lambda: f.claim.kind if f.claim is not None and not f.draft_new else None,
            visible=lambda: f.offered(Step.KIND),
        ),
        ChoicePage(
            win,
            Step.TIER,
            "q_tier",
            "",
            flow.TIER_CHOICES,
            tier_words,
            f.choose_tier,
            lambda: f.tier_choice,
            visible=lambda: f.offered(Step.TIER),
            pictures=True,
        ),
        ChoicePage(
            win,
            Step.PLACE,
            "q_place",
            "",
            flow.OFFERED[Step.PLACE],
            keyed("place_"),
            f.choose_place,
            lambda: f.claim.place if f.claim is not None and not f.draft_new else None,
            columns=1,
        ),
        AmountPage(win),
        ResultPage(win),
        BillsPage(win),
        ExplainPage(win),
        RulesPage(win),
        # (last: the stack opens on its first page, the scheme, as before the year question;
        # a switch at start-up would arm the tap guard against the first tap)
        costs_year_page(win),
    ]
    return {p.step: p for p in pages}
