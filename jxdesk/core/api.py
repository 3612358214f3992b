"""The core's front door: read a case, validate it, estimate. Used by the CLI and the GUI.

Reading is strict about what the text says: it must be UTF-8 JSON of at most
`MAX_CASE_BYTES`, with no key given twice in one object (`"eligible": "-1", "eligible":
"5000"` is refused, not read as the last one), and no NaN or Infinity (not JSON). Numbers
that are not whole come through as exact Decimals, never floats. The batch parses with
orjson where that certainly gives the same case (validate_text says when).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from jxdesk.core.case import Case
from jxdesk.core.checks import check_case
from jxdesk.core.engine import calculate
from jxdesk.core.fastread import read_case
from jxdesk.core.output import result_to_dict
from jxdesk.core.parameters import ParameterSet, load_parameters
from jxdesk.core.problems import InvalidCase, Problem, path_of
from jxdesk.core.result import Result

if TYPE_CHECKING:  # pragma: no cover
    from pydantic import ValidationError

#: The largest case read, in bytes of UTF-8 (a file, standard input, one batch line). The
#: largest valid case (1,000 claims, 30 children) is about 200 KB.
MAX_CASE_BYTES = 1 << 20
#: A UTF-8 byte order mark, which readers of a file or standard input drop
BOM = b"\xef\xbb\xbf"
#: A JSON parser: the value of a text, or ValueError (orjson.loads, json.loads)
Loads = Callable[[str | bytes], Any]


class _Duplicate(ValueError):
    """A key given twice in one object; found again, with its path, by `_duplicate_paths`."""


class _NotJson(Exception):
    """NaN, Infinity or -Infinity: Python's json reads them, JSON has no such values."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Duplicate
    return obj


def _constant(name: str) -> Any:
    raise _NotJson(name)


_DECODER = json.JSONDecoder(
    object_pairs_hook=_unique, parse_float=Decimal, parse_constant=_constant
)


class _Pairs(list[tuple[str, Any]]):
    """An object as its list of pairs, duplicates kept (only to name them)."""


#: a \\uD800-\\uDFFF escape (a lone one, unless its partner follows)
_LONE = re.compile(r"\\u[dD][89a-fA-F]")

_PAIRS = json.JSONDecoder(object_pairs_hook=_Pairs, parse_float=Decimal, parse_constant=_constant)


def _duplicate_paths(tree: Any) -> list[str]:
    """The path of every key given more than once, in the order of the text."""
    found: list[str] = []

    def walk(node: Any, loc: tuple[int | str, ...]) -> None:
        if isinstance(node, _Pairs):
            seen: set[str] = set()
            for key, value in node:
                if key in seen and path_of((*loc, key)) not in found:
                    found.append(path_of((*loc, key)))
                seen.add(key)
                walk(value, (*loc, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, (*loc, i))

    walk(tree, ())
    return found


def _not_json(detail: str, message: str | None = None) -> InvalidCase:
    return InvalidCase(
        [Problem("", "json", message or f"not valid JSON ({detail})", {"detail": detail})]
    )


def too_large() -> InvalidCase:
    """The refusal of a case of more than MAX_CASE_BYTES."""
    return InvalidCase(
        [
            Problem(
                "",
                "too_large",
                f"the case is too large (more than {MAX_CASE_BYTES:,} bytes): not read",
                {"limit": f"{MAX_CASE_BYTES:,}"},
            )
        ]
    )


def _decode(decoder: json.JSONDecoder, text: str) -> Any:
    try:
        return decoder.decode(text)
    except json.JSONDecodeError as exc:
        raise _not_json(
            exc.msg, f"not valid JSON ({exc.msg}) at line {exc.lineno} column {exc.colno}"
        ) from None
    except _NotJson as exc:
        raise _not_json(f"{exc} is not a JSON value") from None
    except RecursionError:
        raise _not_json("nested too deeply", "not valid JSON: nested too deeply") from None
    except InvalidOperation:  # a Decimal's exponent beyond its limits: 1e30000000000000000000
        raise _not_json("a number is out of range") from None
    except ValueError as exc:  # JSONDecodeError is one; this is an integer of >4,300 digits
        if isinstance(exc, _Duplicate):
            raise
        raise _not_json("a number has too many digits") from None


def _lone_surrogates(tree: Any) -> list[Problem]:
    """A `\\ud800` escape with no partner decodes to a lone surrogate, which is no character
    (pydantic then says only "unable to parse raw data"): name each field that holds one."""
    found: list[Problem] = []

    def bad(text: str) -> str | None:
        for ch in text:
            if "\ud800" <= ch <= "\udfff":
                return f"\\u{ord(ch):04x}"
        return None

    def walk(node: Any, loc: tuple[int | str, ...]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                where = (*loc, key)  # (path_of writes it with escapes)
                escape = bad(key)
                if escape:
                    found.append(
                        Problem(
                            path_of(where),
                            "lone_surrogate",
                            f"the field's name holds {escape}, an escape that is no character",
                            {"escape": escape},
                        )
                    )
                walk(value, where)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, (*loc, i))
        elif isinstance(node, str):
            escape = bad(node)
            if escape:
                found.append(
                    Problem(
                        path_of(loc),
                        "lone_surrogate",
                        f"holds {escape}, an escape that is no character",
                        {"escape": escape},
                    )
                )

    walk(tree, ())
    return found


def parse_json(text: str | bytes) -> Any:
    """The JSON value of a case's text (bytes must be UTF-8). Raises InvalidCase."""
    if isinstance(text, bytes):
        if len(text) > MAX_CASE_BYTES:
            raise too_large()
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _not_json(
                "not UTF-8",
                f"not valid UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})",
            ) from None
    elif len(text) > MAX_CASE_BYTES // 4:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_CASE_BYTES:
            raise too_large()
    if text[:1] != "{" and text.lstrip("\r\n\t\ufeff")[:2].upper() == "JX":  # a slip's code
        text = _unslip(text)  # (slipcode.is_slip_code, without importing it at start)
    try:
        value = _decode(_DECODER, text)
    except _Duplicate:
        pass
    else:
        if "\\u" in text and _LONE.search(text):  # (a quick look first: almost never)
            lone = _lone_surrogates(value)
            if lone:
                raise InvalidCase(lone)
        return value
    tree = _decode(_PAIRS, text)  # the slow way, only to name every key given twice
    raise InvalidCase(
        [
            Problem(path, "duplicate_key", "is given more than once (each field only once)")
            for path in _duplicate_paths(tree)
        ]
    )


def _unslip(text: str) -> str:
    """The case's JSON in a slip code (jxdesk.core.slipcode), or InvalidCase naming the
    part of the code that is wrong."""
    from jxdesk.core.slipcode import SlipCodeError, decode

    try:
        return decode(text)
    except SlipCodeError as exc:
        raise InvalidCase([Problem("", exc.code, exc.message, exc.params)]) from None


def validate_text(
    text: str | bytes, params: ParameterSet | None = None, loads: Loads | None = None
) -> Case:
    """Read and validate a case's JSON text (the command line's path).

    `loads`, a quicker JSON parser (the batch passes orjson's: ~2.4 µs a case, against ~6
    for parse_json, whose duplicate-key hook runs in Python for each object), reads an
    everyday case (`_quick_case` says when its reading is kept); any other text is read by
    parse_json and validate, exactly as without it."""
    if loads is not None:
        case = _quick_case(text, loads)
        if case is not None:
            return _checked(case, params)
    return validate(parse_json(text), params)


def _quick_case(text: str | bytes, loads: Loads) -> Case | None:
    """The fast reader's case of the text as `loads` parses it, when that is certainly the
    case parse_json's value gives; None to read the text the reference way.

    `loads` may differ from parse_json in two ways, both caught here. A number with a
    fraction or an exponent may come as a float (parse_json: a Decimal), and the fast
    reader declines every float. A key given twice may come as one: but each key the text
    writes is followed by a colon, so the text holds at least as many colons as the keys it
    writes, which are at least as many as the objects read hold; when the count of colons
    equals the keys of the objects the fast reader read, no key was given twice (nor any
    object left out of the count). A text `loads` refuses is read by parse_json, which
    words the problem."""
    if len(text) > MAX_CASE_BYTES // 4:  # parse_json says whether it is too large
        return None
    try:
        data = loads(text)
    except (ValueError, RecursionError):  # orjson's and json's JSONDecodeError are ValueErrors
        return None
    case = read_case(data)
    if case is None:
        return None
    colons = text.count(b":") if isinstance(text, bytes) else text.count(":")
    if colons != _keys(data):
        return None
    return case


def _keys(data: dict[str, Any]) -> int:
    """The keys of every object of a case the fast reader read (its shape is then known)."""
    person = data["person"]
    keys = len(data) + len(person) + len(person.get("enrollment", ()))
    keys += sum(map(len, data.get("claims", ()))) + sum(map(len, data.get("children", ())))
    return keys + len(data.get("mother") or ())


def every_problem(exc: ValidationError, data: Any, params: ParameterSet | None) -> list[Problem]:
    """The field problems and, from the fields that are valid, the cross-field ones (R18)."""
    from jxdesk.core.partial import partial_case
    from jxdesk.core.problems import from_validation_error

    problems = from_validation_error(exc)
    case = partial_case(data)
    if case is None:
        return problems
    try:
        cross = check_case(case, params or load_parameters())
    except (AttributeError, TypeError, KeyError, ValueError):  # never a traceback for bad input
        cross = []
    seen = {p.path for p in problems}
    return problems + [p for p in cross if p.path not in seen]


def schema_case(data: dict[str, Any], params: ParameterSet | None = None) -> Case:
    """The case as the pydantic schema reads it (the reference; it words every problem)."""
    from pydantic import ValidationError

    from jxdesk.core.models import Case as Schema
    from jxdesk.core.models import to_case

    try:
        return to_case(Schema.model_validate(data))
    except ValidationError as exc:
        raise InvalidCase(every_problem(exc, data, params)) from None


def validate(data: Any, params: ParameterSet | None = None) -> Case:
    """A validated case, or InvalidCase listing every problem (one per field).

    Fields are read by the fast reader when it vouches for them all, else by the schema
    (fastread.py says why); the cross-field checks then run on either's case."""
    if not isinstance(data, dict):
        raise InvalidCase([Problem("", "not_object", "the case must be a JSON object")])
    case = read_case(data)
    if case is None:
        case = schema_case(data, params)
    return _checked(case, params)


def _checked(case: Case, params: ParameterSet | None) -> Case:
    """The case, once the cross-field checks find nothing; else InvalidCase with them."""
    problems = check_case(case, params or load_parameters())
    if problems:
        raise InvalidCase(problems)
    return case


def problems_of(data: Any, params: ParameterSet | None = None) -> list[Problem]:
    try:
        validate(data, params)
    except InvalidCase as exc:
        return exc.problems
    return []


def estimate(data: Any, params: ParameterSet | None = None) -> Result:
    params = params or load_parameters()
    return calculate(validate(data, params), params)


def estimate_json(
    data: Any, params: ParameterSet | None = None, lang: str = "zh"
) -> dict[str, Any]:
    return result_to_dict(estimate(data, params), lang)


def estimate_text(
    text: str | bytes,
    params: ParameterSet | None = None,
    lang: str = "zh",
    loads: Loads | None = None,
) -> dict[str, Any]:
    """The result dict for a case given as JSON text (the command line's path; the batch's,
    with orjson's `loads`: validate_text says why)."""
    params = params or load_parameters()
    return result_to_dict(calculate(validate_text(text, params, loads), params), lang)
