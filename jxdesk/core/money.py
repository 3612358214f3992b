"""Money is Decimal yuan. Paid amounts are rounded to the fen, half up (rulings: "Money")."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0")
FEN = Decimal("0.01")


def fen(amount: Decimal) -> Decimal:
    """Round an exact amount to 0.01 yuan, half up."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def percent(rate: Decimal) -> str:
    """0.85 -> '85%', 0.835 -> '83.5%'."""
    text = f"{(rate * 100).normalize():f}"
    return f"{text}%"
