"""The plain (unquoted) values a parameter file or pack may hold, and nothing YAML 1.1 adds.

PyYAML resolves plain scalars by YAML 1.1's rules, under which `0720` is the octal number
464, `12:00` is 720 (base 60), `7_20`, `0x2D0` and `0b1011010000` are 720, `yes` is true and
`2026-01-01T00:00:00` is the same date key as `2026-01-01`. A figure must mean what a person
reads, so a parameter file accepts exactly these plain forms (docs/parameter-packs.md):

    null                     nothing (a figure not yet known; it needs a note)
    true, false              (no field uses them today; never yes/no/on/off)
    -?(0|[1-9][0-9]*)        a whole number, no leading zeros, no sign but -, no _
    -?(0|[1-9][0-9]*)\\.[0-9]+ a decimal number, read exactly (no exponent, no .5, no 5.)
    YYYY-MM-DD               a date that exists (2026-02-30 is refused, not a crash)

Every other plain scalar is text, unless YAML 1.1 would read it as something else (a number,
a boolean, a null, a timestamp): then it is refused with a message saying what was written
and how to write it. Quoted scalars are always text.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import yaml

NULL = "tag:yaml.org,2002:null"
BOOL = "tag:yaml.org,2002:bool"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
TIMESTAMP = "tag:yaml.org,2002:timestamp"
STR = "tag:yaml.org,2002:str"

_INT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")

#: what YAML 1.1 would make of a refused spelling, for the message
_YAML11_KIND = {
    INT: "YAML 1.1 reads it as a whole number in another spelling (octal, hexadecimal, "
    "binary, base 60, a + sign or _ separators)",
    FLOAT: "YAML 1.1 reads it as a number in another spelling (an exponent, .inf, .nan, "
    "base 60, a + sign, _ separators, or a point with no digit on one side)",
    BOOL: "YAML 1.1 reads it as true or false",
    NULL: "YAML 1.1 reads it as nothing (null)",
    TIMESTAMP: "YAML 1.1 reads it as a date and time",
}


def plain_tag(value: str) -> str | None:
    """The tag of a plain scalar in the accepted forms, or None if it is not one of them
    (then it is text, or refused: see `refusal`)."""
    if value == "null":
        return NULL
    if value in ("true", "false"):
        return BOOL
    if _INT.match(value):
        return INT
    if _DECIMAL.match(value):
        return FLOAT
    if _DATE.match(value):
        return TIMESTAMP
    return None


_YAML11 = yaml.resolver.Resolver()


def refusal(value: str) -> str | None:
    """Why a plain scalar may not stand in a parameter file, or None if it may."""
    tag = plain_tag(value)
    if tag == TIMESTAMP:
        try:
            date.fromisoformat(value)
        except ValueError:
            return f"'{value}' is not a date that exists (write a real day as YYYY-MM-DD)"
        return None
    if tag is not None:
        return None
    yaml11: str = _YAML11.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    if yaml11 == STR:
        return None
    if yaml11 == NULL and value == "":
        return "a key with no value (write null, with a note saying why, or leave the key out)"
    if yaml11 == TIMESTAMP:
        return (
            f"'{value}' is a date with a time or in another spelling: a date is written "
            "YYYY-MM-DD and nothing else"
        )
    hint = {
        INT: "write whole numbers in decimal, without leading zeros, _ or +, e.g. 720",
        FLOAT: "write decimals as 0.85 or 720.5, e.g. no exponent, no .inf",
        BOOL: "write true or false, or quote it if it is text",
        NULL: "write null",
    }[yaml11]
    return f"'{value}' is not a plain form a parameter file accepts: {_YAML11_KIND[yaml11]}; {hint}"


class StrictResolver(yaml.resolver.BaseResolver):
    """Resolves plain scalars by `plain_tag` alone (the others stay text: `refusal` has
    already refused those that YAML 1.1 would read otherwise)."""


StrictResolver.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in (
    (NULL, re.compile(r"null\Z"), ["n"]),
    (BOOL, re.compile(r"(?:true|false)\Z"), ["t", "f"]),
    (INT, _INT, list("-0123456789")),
    (FLOAT, _DECIMAL, list("-0123456789")),
    (TIMESTAMP, _DATE, list("0123456789")),
):
    StrictResolver.add_implicit_resolver(_tag, _regexp, _first)


def _mark(event: Any) -> str:
    mark = getattr(event, "start_mark", None)
    return f" (line {mark.line + 1})" if mark is not None else ""


def check_scalar(event: Any, origin: str) -> str | None:
    """The refusal message for a plain scalar event, naming the file and line, or None."""
    if event.style or not event.implicit[0]:  # quoted, or tagged (tags are refused elsewhere)
        return None
    why = refusal(event.value)
    return f"{origin}: {why}{_mark(event)}" if why else None
