"""What the on-screen keypad types into an amount. Qt-free.

The keys can only make an amount the core accepts: digits, at most one point, at most
two decimals, at most nine digits before the point, no leading zeros.
"""

from __future__ import annotations

DIGITS = tuple("0123456789")
KEYS = (*"789456123", "00", "0", ".")  # the grid, row by row
BACKSPACE, CLEAR = "back", "clear"
MAX_WHOLE = 9


def press(text: str, key: str) -> str:
    """The amount after one key."""
    if key == CLEAR:
        return ""
    if key == BACKSPACE:
        return text[:-1]
    if key == ".":
        if "." in text:
            return text
        return (text or "0") + "."
    if key == "00":
        return press(press(text, "0"), "0")
    if key not in DIGITS:
        return text
    whole, dot, frac = text.partition(".")
    if dot:
        return text + key if len(frac) < 2 else text
    if whole == "0":
        return key  # no leading zero: "0" then "5" is "5"
    if len(whole) >= MAX_WHOLE:
        return text
    return text + key


def grouped(text: str) -> str:
    """'73519.2' -> '73,519.2' (as typed: the decimals stay as they are)."""
    if not text:
        return ""
    whole, dot, frac = text.partition(".")
    return f"{int(whole or '0'):,}{dot}{frac}"


MAX_COUNT_DIGITS = 3


def press_count(text: str, key: str) -> str:
    """A whole number (months) after one key: digits only, at most three, no leading 0."""
    if key == CLEAR:
        return ""
    if key == BACKSPACE:
        return text[:-1]
    if key == "00":
        return press_count(press_count(text, "0"), "0")
    if key not in DIGITS or len(text) >= MAX_COUNT_DIGITS:
        return text
    return key if text == "0" else text + key
