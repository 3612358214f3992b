"""The kiosk's questions answered with a year (R19): "这些费用是哪一年的？" (asked only from
January to March: this year or last year) and a child's birth year (three years before
the settlement year to the year after it). Their tiles follow the clock and the year
chosen, so the page makes them again when the years it should offer change (a kiosk left
running over New Year, last year chosen instead of this one)."""

from __future__ import annotations

from collections.abc import Callable

from jxdesk.gui.kiosk.base import Host
from jxdesk.gui.kiosk.choices import ChoicePage, Words
from jxdesk.gui.kiosk.steps import Step


class YearsPage(ChoicePage):
    """A tile question whose choices (`years()`) are worked out when it is shown."""

    def __init__(
        self,
        win: Host,
        step: Step,
        question: Callable[[], str] | str,
        hint: Callable[[], str] | str,
        years: Callable[[], tuple[str, ...]],
        words: Words,
        choose: Callable[[str], None],
        chosen: Callable[[], str | None],
        columns: int = 2,
    ) -> None:
        choices = years()
        super().__init__(win, step, question, hint, choices, words, choose, chosen, years, columns)

    def refresh(self) -> None:
        wanted = self.visible_choices()
        if wanted != tuple(self.tiles):
            for tile in self.tiles.values():
                self.grid.removeWidget(tile)
                tile.hide()
                tile.deleteLater()
            self.tiles = {}
            self.place_tiles(wanted)
        super().refresh()


def costs_year_page(win: Host) -> YearsPage:
    """这些费用是哪一年的？ — this year (今年) or last year (去年)."""
    from jxdesk.gui.kiosk.words import say

    f = win.flow

    def years() -> tuple[str, ...]:
        return f.offered(Step.YEAR)

    def words(code: str, lang: str) -> tuple[str, str]:
        this = years()[0]
        return say("year_n", lang).format(n=code), say(
            "this_year" if code == this else "last_year", lang
        )

    return YearsPage(
        win,
        Step.YEAR,
        "q_costs_year",
        "costs_year_hint",
        years,
        words,
        f.choose_costs_year,
        lambda: str(f.model.answers.year) if f.year_chosen else None,
    )
