"""Amounts as a person says them (jxdesk.core.spoken), worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jxdesk.core.spoken import en_amount, say_amount, zh_amount


@pytest.mark.parametrize(
    ("amount", "said"),
    [
        ("12345.60", "一万二千三百四十五元六角"),  # the issue's own example
        ("0", "零元"),
        ("0.05", "五分"),
        ("0.50", "五角"),
        ("10", "十元"),
        ("15", "十五元"),
        ("110", "一百一十元"),
        ("1050", "一千零五十元"),
        ("10005", "一万零五元"),
        ("12.05", "十二元零五分"),
        ("100.56", "一百元五角六分"),
        ("100000", "十万元"),
        ("101000", "十万一千元"),
        ("1000000", "一百万元"),
        ("46070.00", "四万六千零七十元"),
        ("100010000", "一亿零一万元"),
        ("12345678.90", "一千二百三十四万五千六百七十八元九角"),
        ("1.005", "一元零一分"),  # to the fen, half up
    ],
)
def test_chinese(amount: str, said: str) -> None:
    assert zh_amount(Decimal(amount)) == said
    assert say_amount(Decimal(amount), "zh") == said


@pytest.mark.parametrize(
    ("amount", "said"),
    [
        ("12345.60", "twelve thousand three hundred forty-five yuan and sixty fen"),
        ("0", "zero yuan"),
        ("0.05", "five fen"),
        ("46070", "forty-six thousand seventy yuan"),
        ("1000000", "one million yuan"),
        ("13930.5", "thirteen thousand nine hundred thirty yuan and fifty fen"),
    ],
)
def test_english(amount: str, said: str) -> None:
    assert en_amount(Decimal(amount)) == said
    assert say_amount(Decimal(amount), "en") == said
