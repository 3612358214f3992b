"""The kiosk's pages, one per step, built for a window (`build_pages`)."""

from __future__ import annotations

from jxdesk.gui.answers import Answers
from jxdesk.gui.kiosk import flow
from jxdesk.gui.kiosk.base import Host, KioskPage
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.pages import ChoicePage, KeypadPage, ResultPage, TierPage
from jxdesk.gui.kiosk.reading import ExplainPage, RulesPage


def build_pages(win: Host) -> dict[Step, KioskPage]:
    f = win.flow

    def a() -> Answers:  # read at call time: a wipe replaces the answers
        return f.model.answers

    pages: list[KioskPage] = [
        ChoicePage(
            win,
            Step.SCHEME,
            "q_scheme",
            "",
            flow.SCHEMES,
            lambda c: c,
            f.choose_scheme,
            lambda: None if f.pristine else a().scheme,
            columns=2,
        ),
        KeypadPage(
            win,
            Step.ACCOUNT,
            "q_account",
            "account_hint",
            (("account_balance", "account_field"),),
            skip="dont_know",
        ),
        ChoicePage(
            win,
            Step.AID,
            "q_aid",
            "aid_hint",
            flow.AIDS,
            lambda c: f"aid_{c}",
            f.choose_aid,
            lambda: a().medical_aid,
            columns=3,
        ),
        ChoicePage(
            win,
            Step.KIND,
            "q_kind",
            "",
            flow.KINDS,
            lambda c: c,
            f.choose_kind,
            lambda: None,
            columns=2,
        ),
        TierPage(
            win,
            Step.TIER,
            "q_tier",
            "",
            ("level3", "level2", "level1", "primary", "pharmacy"),
            lambda c: f"tier_{c}",
            f.choose_tier,
            lambda: None,
            columns=2,
            pictures=True,
        ),
        ChoicePage(
            win,
            Step.PLACE,
            "q_place",
            "",
            flow.PLACES,
            lambda c: f"place_{c}",
            f.choose_place,
            lambda: None,
            columns=1,
        ),
        KeypadPage(
            win,
            Step.AMOUNT,
            "q_amount",
            "amount_hint",
            (("eligible", "eligible"), ("excluded", "excluded")),
        ),
        ResultPage(win),
        ExplainPage(win),
        RulesPage(win),
    ]
    return {p.step: p for p in pages}
