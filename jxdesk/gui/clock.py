"""The one place the program reads the clock (R19: time is an input; the core never reads
it), and the years that follow from today's date. Qt-free, and no `datetime` before the
first paint (~2 ms): `time.localtime` gives the day.

A new case (the counter's first page, 新建, a kiosk session) is for the current year;
the counter offers every year from 2025 to this one (not next year: its yearly figures are
not published, and the estimator answers for the year lived in or the one before); the
kiosk asks which year only from January to March (this year or last year).

For tests and demonstrations only, ``JXDESK_TODAY=2026-12-07`` pins the date the program
takes as today (the GUI tests pin it always); `pin` does the same within a process.
"""

from __future__ import annotations

import os
import time

from jxdesk.gui.codes import FIRST_YEAR

#: the environment variable that pins today's date (tests, demonstrations)
ENV = "JXDESK_TODAY"
#: the kiosk asks which year the costs are from in these months (the year before is
#: still being claimed and settled)
ASK_MONTHS = (1, 2, 3)


class Day:
    """A calendar day (a plain class: `datetime` is not loaded before the first paint)."""

    __slots__ = ("day", "month", "year")

    def __init__(self, year: int, month: int, day: int) -> None:
        self.year, self.month, self.day = year, month, day

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Day) and self.iso() == other.iso()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Day({self.iso()})"

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


_pinned: Day | None = None


def parse(text: str) -> Day | None:
    """2026-12-07 as a Day; None for anything that is not a real date."""
    import calendar

    parts = text.strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    y, m, d = (int(p) for p in parts)
    if not 1 <= m <= 12 or not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return Day(y, m, d)


def env_problem() -> str | None:
    """What is wrong with JXDESK_TODAY, or None (unset or a date)."""
    text = os.environ.get(ENV)
    if text and parse(text) is None:
        return f"{ENV}={text!r} is not a date (YYYY-MM-DD)"
    return None


def pin(day: Day | None) -> None:
    """Take `day` as today in this process (None: the clock again)."""
    global _pinned
    _pinned = day


def today() -> Day:
    """Today: the pinned day, JXDESK_TODAY, or the machine's clock (the only read of it)."""
    if _pinned is not None:
        return _pinned
    text = os.environ.get(ENV)
    day = parse(text) if text else None
    if day is not None:
        return day
    now = time.localtime()
    return Day(now.tm_year, now.tm_mon, now.tm_mday)


def case_year(day: Day | None = None) -> int:
    """The year of a new case: this one (never before the first year the rules cover)."""
    return max(FIRST_YEAR, (day or today()).year)


def counter_years(day: Day | None = None, current: int | None = None) -> tuple[int, int]:
    """The counter's 结算年度 range: 2025 to this year, widened to a case's own year."""
    last = case_year(day)
    if current is not None:
        last = max(last, current)
    return FIRST_YEAR, last


def kiosk_asks_year(day: Day | None = None) -> bool:
    """Whether the kiosk asks "这些费用是哪一年的？" (January to March, when last year is
    one the rules cover)."""
    d = day or today()
    return d.month in ASK_MONTHS and d.year - 1 >= FIRST_YEAR


def kiosk_years(day: Day | None = None) -> tuple[int, ...]:
    """The kiosk's answers to the year question: this year, then last year."""
    this = case_year(day)
    return tuple(y for y in (this, this - 1) if y >= FIRST_YEAR)


def birth_span(year: int) -> tuple[int, int]:
    """The first and last birth year a list offers for a settlement year (R19): three
    years before it (R14: a child born then may still be under three in it) to the year
    after (an expected birth, R18)."""
    return year - 3, year + 1


def birth_years(year: int, expected: bool, day: Day | None = None) -> tuple[int, ...]:
    """The kiosk's birth years (`birth_span`): a birth that has happened is not after this
    year; an expected one is not before it (nor before the settlement year)."""
    first, last = birth_span(year)
    this = (day or today()).year
    if expected:
        return tuple(range(max(year, this), last + 1))
    return tuple(range(first, min(last, this) + 1))
