"""Money is Decimal yuan. Paid amounts are rounded to the fen, half up (rulings: "Money")."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0")
FEN = Decimal("0.01")


def fen(amount: Decimal) -> Decimal:
    """Round an exact amount to 0.01 yuan, half up."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def yuan(amount: Decimal) -> str:
    """The contract's rendering: exactly two decimals, no exponent, no grouping.

    Every amount of a result is already a whole number of fen (the property tests check
    it), so this formats without rounding. output.result_to_dict writes the same f-string
    in place, some 35 times a case, rather than calling this.
    """
    return f"{amount:.2f}"


def percent(rate: Decimal) -> str:
    """0.85 -> '85%', 0.835 -> '83.5%'."""
    text = f"{(rate * 100).normalize():f}"
    return f"{text}%"
