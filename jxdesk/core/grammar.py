"""How money and dates may be written in a case (rulings R18), for both readers of a case.

`read_money` and `read_date` are the one grammar: the pydantic schema (models.py) turns
their `Unreadable` into its field problem, the fast reader (fastread.py) hands the case to
the schema when they refuse. No pydantic here: the everyday path never imports it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

#: The settlement years a case may name
FIRST_YEAR, LAST_YEAR = 2025, 2100
#: The most claims and children one case may list (the largest valid case is about 200 KB)
MAX_CLAIMS, MAX_CHILDREN = 1000, 30
#: Bounds of the whole numbers of a case, inclusive
MONTHS = (0, 1200)  # mother.continuous_months
LEAVE_DAYS = (0, 365)  # mother.leave_days
ORDER = (1, 30)  # children[].order

#: An amount larger than this (one hundred million yuan) is not a plausible medical bill.
MAX_MONEY = Decimal("100000000")
_CENT = Decimal("0.01")
_ZERO = Decimal("0.00")
NOT_AMOUNT = 'is not an amount of yuan (write digits such as "1234.50")'

# The patterns below are checked with str methods, not regular expressions: compiling them
# cost every `jxdesk calc` process ~0.3 ms (tests/core/test_grammar.py holds each check to
# its pattern).


def is_amount(text: str) -> bool:
    """The one way money may be written, `-?[0-9]+(\\.[0-9]*)?` in full: ASCII digits,
    optionally a point and decimals; a leading minus is read only to say "must not be
    negative". No exponent, no grouping ("1,000", "1_000"), no sign "+", no spaces, no
    fullwidth digits, no leading point."""
    digits = text[1:] if text[:1] == "-" else text
    whole, _, decimals = digits.partition(".")
    return (
        whole.isascii()
        and whole.isdigit()
        and (not decimals or (decimals.isascii() and decimals.isdigit()))
    )


def is_date_shape(text: str) -> bool:
    """`^\\d{4}-\\d{2}-\\d{2}$` as `re.match` reads it: any decimal digits (date.fromisoformat
    then refuses what is not a real date), and a final newline allowed by `$`."""
    if len(text) == 11 and text[10] == "\n":
        text = text[:10]
    return (
        len(text) == 10
        and text[4] == "-"
        and text[7] == "-"
        and text[:4].isdecimal()
        and text[5:7].isdecimal()
        and text[8:].isdecimal()
    )


class Unreadable(ValueError):
    """A value the grammar refuses: `code` names the problem (problems.ZH words it)."""

    def __init__(self, code: str, message: str, ctx: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.ctx = code, message, ctx


def read_money(value: Any) -> Decimal:
    """The amount, as a Decimal with exactly two decimals; Unreadable otherwise."""
    # Nearly every amount is spelled so: read at once (~0.2 µs, against ~1 µs through the
    # whole grammar, which gives the same Decimal: tests/core/test_grammar.py compares them).
    # The commonest spellings: at most 8 digits (below MAX_MONEY), then a point and two
    # decimals ("1234.56": Decimal reads it with the exponent of fen already) or fewer
    # ("80", "1234.5", "5.": quantized to the fen).
    if value.__class__ is str:
        whole, _, decimals = value.partition(".")
        if (
            0 < len(whole) <= 8
            and len(decimals) <= 2
            and whole.isascii()
            and whole.isdigit()
            and (not decimals or (decimals.isascii() and decimals.isdigit()))
        ):
            return Decimal(value) if len(decimals) == 2 else Decimal(value).quantize(_CENT)
    return money_by_grammar(value)


def money_by_grammar(value: Any) -> Decimal:
    """read_money step by step, for any value (the reference of its shortcut)."""
    kind = value.__class__
    if kind is str:
        text = value
    elif kind is int or kind is Decimal:  # not bool, a subclass of int
        text = str(value)
    elif kind is float:
        # A JSON number such as 1234.5: its shortest repr is the digits that were written.
        text = repr(value)
    else:
        raise Unreadable(
            "money_type", 'must be an amount of yuan written as a string, such as "1234.50"'
        )
    if not is_amount(text):
        raise Unreadable("money_format", NOT_AMOUNT)
    amount = Decimal(text)
    if amount < 0:
        raise Unreadable("money_negative", "must not be negative")
    if amount > MAX_MONEY:
        raise Unreadable(
            "money_too_large",
            "is implausibly large (at most {limit} yuan)",
            {"limit": str(MAX_MONEY)},
        )
    fen = amount.quantize(_CENT)  # also normalises the exponent: "5" -> 5.00
    if fen != amount:
        raise Unreadable(
            "money_precision", "has more than two decimals (the smallest unit is one fen, 0.01)"
        )
    return fen if fen else _ZERO  # "-0" is zero, not a negative zero in the result


#: The dates read, by spelling: cases name few different days, and a date is immutable, so
#: each spelling is read through the grammar once (~0.35 µs, against ~0.03 µs looked up).
#: Only read_date adds to it; the fast reader looks a spelling up here first (a call less).
DAYS_READ: dict[str, date] = {}
_MOST_DAYS = 20_000  # then read again each time: a bounded memory whatever the input


def read_date(value: Any) -> date:
    """A real calendar date written YYYY-MM-DD (or a date object); Unreadable otherwise."""
    if value.__class__ is str:
        day = DAYS_READ.get(value)
        if day is not None:
            return day
    elif isinstance(value, date):
        return value
    if not isinstance(value, str) or not is_date_shape(value):
        raise Unreadable("date_format", "must be a date written YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise Unreadable("date_invalid", "is not a real calendar date") from None
    if value.__class__ is str and len(DAYS_READ) < _MOST_DAYS:
        DAYS_READ[value] = day
    return day
