"""Amounts as a person says them, for the kiosk's voice: 12345.60 -> 一万二千三百四十五元六角,
"twelve thousand three hundred forty-five yuan sixty". Pure text, Qt-free.

Chinese follows how amounts are read aloud: 零 once for each run of zeros inside the
number (一万零五元, 一千零五十元), none at the end (十万元), 十 rather than 一十 at the
start (十二元, but 一百一十元), and the 角 and 分 after 元 (五角, 零五分 when only fen).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_DIGITS = "零一二三四五六七八九"
_SMALL = ("", "十", "百", "千")
_BIG = ("", "万", "亿", "万亿")


def _under_10000(n: int) -> str:
    """0 < n < 10000, with 零 for zeros inside (but not a leading 零)."""
    out: list[str] = []
    zero = False
    for power in (3, 2, 1, 0):
        d = n // 10**power % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[d] + _SMALL[power])
    return "".join(out)


def zh_integer(n: int) -> str:
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        n, g = divmod(n, 10000)
        groups.append(g)
    out: list[str] = []
    need_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or g < 1000):
            out.append("零")
        need_zero = False
        out.append(_under_10000(g) + _BIG[i])
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text  # 十二, not 一十二


def zh_amount(amount: Decimal) -> str:
    """一万二千三百四十五元六角 (the amount rounded to the fen)."""
    fen = int((abs(amount) * 100).quantize(Decimal(1), ROUND_HALF_UP))
    yuan, rest = divmod(fen, 100)
    jiao, fen = divmod(rest, 10)
    sign = "负" if amount < 0 and (yuan or rest) else ""
    if not yuan and not rest:
        return "零元"
    text = f"{zh_integer(yuan)}元" if yuan else ""
    if jiao:
        text += _DIGITS[jiao] + "角"
    if fen:
        text += ("零" if yuan and not jiao else "") + _DIGITS[fen] + "分"
    return sign + text


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def _en_under_1000(n: int) -> str:
    parts: list[str] = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        parts.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def en_integer(n: int) -> str:
    if n == 0:
        return "zero"
    parts: list[str] = []
    for size, name in _SCALES:
        if n >= size:
            parts.append(f"{en_integer(n // size)} {name}")
            n %= size
    if n:
        parts.append(_en_under_1000(n))
    return " ".join(parts)


def en_amount(amount: Decimal) -> str:
    """ "twelve thousand three hundred forty-five yuan and sixty fen"."""
    fen = int((abs(amount) * 100).quantize(Decimal(1), ROUND_HALF_UP))
    yuan, rest = divmod(fen, 100)
    sign = "minus " if amount < 0 and fen else ""
    text = f"{en_integer(yuan)} yuan" if yuan or not rest else ""
    if rest:
        text += f" and {en_integer(rest)} fen" if text else f"{en_integer(rest)} fen"
    return sign + text


def say_amount(amount: Decimal, lang: str) -> str:
    return zh_amount(amount) if lang == "zh" else en_amount(amount)
