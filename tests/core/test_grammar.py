"""grammar.py checks money and dates with str methods: each check is its pattern exactly."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from jxdesk.core.grammar import is_amount, is_date_shape

MONEY = re.compile(r"-?[0-9]+(?:\.[0-9]*)?")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# ASCII digits and signs, and characters that look like digits or spaces but are not ASCII
NEAR = list("0123456789-.+e _,/\n\t") + ["１", "²", "٣", "߀", "\u00b9", "\u2028", "\u0660", "𝟙"]


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
