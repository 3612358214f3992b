"""The one grammar of money and dates (grammar.py): its shortcuts change no reading, and its
str-method checks are exactly their patterns.

`read_money` reads the commonest spellings ("1234.56", "80", "1234.5") at once; for every
string, it must give what the grammar step by step (`money_by_grammar`) gives: the same
Decimal, with the same exponent and sign, or the same refusal. `read_date` remembers the
dates it read by spelling; a date read again is the one read the first time.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from jxdesk.core import fastread, grammar
from jxdesk.core.grammar import (
    Unreadable,
    is_amount,
    is_date_shape,
    money_by_grammar,
    read_date,
    read_money,
)

#: characters a money string is made of, and a few that are near them
MONEY_CHARS = "0123456789" * 4 + ".-+eE_, " + "０１٣\u00b2"


def outcome(read: object, value: object) -> tuple[str, str]:
    """A reading as comparable text: the Decimal's type and str (exponent and sign show
    in it), or the refusal's code and message."""
    try:
        amount = read(value)  # type: ignore[operator]
    except Unreadable as exc:
        return ("refused " + exc.code, exc.message)
    return (type(amount).__name__, str(amount))


money_like = st.one_of(
    st.text(alphabet=MONEY_CHARS, max_size=14),
    st.from_regex(r"\A-?[0-9]{0,10}(\.[0-9]{0,4})?\Z"),
    st.builds(lambda n, d: f"{n}.{d}", st.integers(0, 10**10), st.integers(0, 999)),
    st.text(max_size=6),
)


@settings(max_examples=3000, deadline=None)
@given(money_like)
@example("1234.56")
@example("00000000.00")
@example("99999999.99")
@example("100000000.00")
@example("100000000.01")
@example("0")
@example("5.")
@example("-0.00")
@example("１２.00")
@example("12.34\n")
def test_read_money_gives_what_the_grammar_gives(text: str) -> None:
    want = outcome(money_by_grammar, text)
    assert outcome(read_money, text) == want
    assert outcome(fastread._money, text) == want  # its own copy of the commonest spelling


@pytest.mark.parametrize(
    ("text", "want"),
    [("1234.56", "1234.56"), ("80", "80.00"), ("1234.5", "1234.50"), ("0", "0.00"), ("5.", "5.00")],
)
def test_the_commonest_spellings_are_read_to_the_fen(text: str, want: str) -> None:
    amount = read_money(text)
    assert str(amount) == want and amount.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "value", [Decimal("12.5"), 12, 12.5, True, None, "1e3", "-1.00", "1.005", "１２"]
)
def test_other_values_take_the_grammar(value: object) -> None:
    assert outcome(read_money, value) == outcome(money_by_grammar, value)


def test_a_date_read_again_is_the_same_date() -> None:
    first = read_date("2031-07-09")
    assert first == date(2031, 7, 9)
    assert read_date("2031-07-09") is first
    assert grammar.DAYS_READ["2031-07-09"] is first


def test_refused_dates_are_refused_each_time_and_not_remembered() -> None:
    for _ in range(2):
        with pytest.raises(Unreadable) as exc:
            read_date("2031-02-30")
        assert exc.value.code == "date_invalid"
        with pytest.raises(Unreadable) as exc:
            read_date("2031-2-3")
        assert exc.value.code == "date_format"
    assert "2031-02-30" not in grammar.DAYS_READ and "2031-2-3" not in grammar.DAYS_READ


def test_the_remembered_dates_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grammar, "DAYS_READ", {})
    monkeypatch.setattr(grammar, "_MOST_DAYS", 3)
    days = [f"2030-01-{d:02d}" for d in range(1, 8)]
    assert [read_date(d) for d in days] == [date(2030, 1, d) for d in range(1, 8)]
    assert list(grammar.DAYS_READ) == days[:3]


MONEY = re.compile(r"-?[0-9]+(?:\.[0-9]*)?")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# ASCII digits and signs, and characters that look like digits or spaces but are not ASCII
NEAR = [*"0123456789-.+e _,/\n\t", "１", "²", "٣", "߀", "\u00b9", "\u2028", "\u0660", "𝟙"]


@settings(max_examples=3000, deadline=None)
@given(st.text(st.sampled_from(NEAR), max_size=9) | st.text(max_size=6))
def test_is_amount_is_the_money_pattern(text: str) -> None:
    assert is_amount(text) == (MONEY.fullmatch(text) is not None)


dates = st.builds(
    lambda a, b, c, end: f"{a}-{b}-{c}{end}",
    st.text(st.sampled_from(NEAR), min_size=3, max_size=5),
    st.text(st.sampled_from(NEAR), min_size=1, max_size=3),
    st.text(st.sampled_from(NEAR), min_size=1, max_size=3),
    st.sampled_from(["", "\n", "\n\n", " ", "x"]),
)


@settings(max_examples=3000, deadline=None)
@given(dates | st.text(st.sampled_from(NEAR), max_size=12))
def test_is_date_shape_is_the_date_pattern(text: str) -> None:
    assert is_date_shape(text) == (DATE.match(text) is not None)


def test_the_spellings_that_matter() -> None:
    assert [is_amount(t) for t in ("1234.50", "5", "5.", "-0", "0.001")] == [True] * 5
    assert not any(is_amount(t) for t in ("", "-", ".5", "+5", "1e3", "1_000", " 1", "１２"))
    assert is_date_shape("2025-02-30") and is_date_shape("2025-01-01\n")
    assert not any(is_date_shape(t) for t in ("2025-1-01", "20250101", "2025-01-01 ", ""))
