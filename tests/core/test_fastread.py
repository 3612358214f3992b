"""The fast reader (fastread.py) may vouch for a case only where the pydantic schema agrees.

For every input: when `read_case` returns a case, the schema accepts the same input and
gives an equal case, field by field, down to which fields were given. When it declines, the
schema decides (that is only slower). And it must not decline what is everyday: every
golden case, worked example and benchmark case is read by it.
"""

from __future__ import annotations

import copy
import json
import random
import re
import sys
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from support.compare import WORKED_EXAMPLES, golden_files, invalid_files, load_golden

from jxdesk.core import case as plain
from jxdesk.core.api import _quick_case, parse_json, validate, validate_text
from jxdesk.core.fastread import read_case
from jxdesk.core.models import Case, to_case
from jxdesk.core.problems import InvalidCase

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_calc import make_case


def same(a: Any, b: Any, where: str = "case") -> list[str]:
    """Where two plain cases differ, `given` included (plain equality leaves it out)."""
    if isinstance(a, plain._Plain) or isinstance(b, plain._Plain):
        if type(a) is not type(b):
            return [f"{where}: {type(a).__name__} vs {type(b).__name__}"]
        out = [] if a.given == b.given else [f"{where}.given: {a.given} vs {b.given}"]
        for f in a.FIELDS:
            out += same(getattr(a, f), getattr(b, f), f"{where}.{f}")
        return out
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{where}: {len(a)} vs {len(b)} entries"]
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in same(x, y, f"{where}[{i}]")
        ]
    # the same value of the same type (an enum member, a Decimal with its exponent, a date)
    if type(a) is not type(b) or a != b or str(a) != str(b):
        return [f"{where}: {a!r} vs {b!r}"]
    return []


def agree(data: Any) -> bool:
    """Check the promise on one input; True when the fast reader vouched for it."""
    fast = read_case(data)
    if fast is None:
        return False
    try:
        reference = to_case(Case.model_validate(data))
    except ValidationError as exc:
        pytest.fail(f"the fast reader took what the schema refuses: {data!r}\n{exc}")
    diffs = same(fast, reference)
    assert not diffs, f"{data!r}: " + "; ".join(diffs)
    return True


def everyday_cases() -> list[tuple[str, Any]]:
    cases = [(p.name, load_golden(p)["case"]) for p in golden_files()]
    cases += [
        (p.name, parse_json(p.read_bytes()).get("case", parse_json(p.read_bytes())))
        for p in sorted(WORKED_EXAMPLES.glob("*.json"))
    ]
    rng = random.Random(20250101)
    cases += [(f"bench-{i}", make_case(rng)) for i in range(500)]
    return cases


def test_every_everyday_case_takes_the_fast_path_and_agrees() -> None:
    cases = everyday_cases()
    assert len(cases) > 600
    declined = [
        name for name, data in cases if not agree(json.loads(json.dumps(data, default=str)))
    ]
    assert declined == []


def test_the_golden_cases_as_json_text_agree() -> None:
    """As the command line reads them: Decimals from JSON numbers, ints, explicit nulls."""
    for path in golden_files():
        text = json.dumps(load_golden(path)["case"], default=str)
        assert agree(parse_json(text)), path.name


def test_cases_with_problems_still_get_every_problem() -> None:
    """tests/invalid: the fast reader may read their fields; the cross-field checks still
    run, so the problems are the same whichever reader read them."""
    for path in invalid_files():
        data = load_golden(path)["case"]
        with pytest.raises(InvalidCase):
            validate(data)


# -- mutations: one value of a valid case replaced by something near it or wrong ------


class Text(str):
    pass


class Other(StrEnum):
    INPATIENT = "inpatient"
    LEVEL3 = "level3"


ODD = [
    None,
    True,
    False,
    0,
    1,
    -1,
    2025,
    2101,
    2024,
    30,
    31,
    365,
    366,
    1200,
    1201,
    1.5,
    1e3,
    float("nan"),
    Decimal("1.5"),
    Decimal("1E+3"),
    Decimal("-0"),
    Decimal("0.001"),
    Decimal("100000000.00"),
    Decimal("100000000.01"),
    "",
    "0",
    "-0",
    "-0.00",
    "5",
    "5.",
    ".5",
    "+5",
    "1e3",
    "1_000",
    "1,000",
    " 12",
    "１２",
    "100000000",
    "100000000.001",
    "12.345",
    "2025-01-01",
    "2025-02-29",
    "2024-02-29",
    "2025-13-01",
    "2025-1-1",
    "2025-01-01\n",
    "２０２５-01-01",
    "20250101",
    date(2025, 3, 1),
    datetime(2025, 3, 1, 12, 0),
    "employee",
    "resident",
    "none",
    "EMPLOYEE",
    "inpatient",
    "home_bed",
    "level3",
    "pharmacy",
    "referred",
    "destitute",
    "annual",
    "mid_year",
    "newborn",
    [],
    {},
    [{}],
    {"route": "annual"},
    {"route": "mid_year", "date": "2025-03-01"},
    ("a",),
    Text("employee"),  # a str subclass, and a member of another enum: read by value
    Other.INPATIENT,
    Other.LEVEL3,
]

odd = st.sampled_from(ODD)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here] if here else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*here, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*here, i))
    return out


def _set(node: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def _drop(node: Any, path: tuple[Any, ...]) -> None:
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]


FIELD_NAMES = ["scheme", "date", "order", "mother", "claims", "route", "kind", "extra", "年份"]


@st.composite
def mutated_cases(draw: st.DrawFn) -> Any:
    case = make_case(random.Random(draw(st.integers(0, 10**6))))
    if draw(st.booleans()):
        case["person"]["enrollment"] = {"route": "mid_year", "date": "2025-02-10"}
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(case)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["set", "set", "set", "drop", "add"]))
        if action == "set":
            _set(case, path, copy.deepcopy(draw(odd)))
        elif action == "drop" and not isinstance(path[-1], int):
            _drop(case, path)
        elif action == "add":
            parent = case
            for part in path[:-1]:
                parent = parent[part]
            if isinstance(parent, dict):
                parent[draw(st.sampled_from(FIELD_NAMES))] = copy.deepcopy(draw(odd))
    return case


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_cases())
def test_a_mutated_case_is_read_alike_or_left_to_the_schema(data: Any) -> None:
    agree(data)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from([*FIELD_NAMES, "year", "person"]), odd, max_size=5))
def test_an_odd_object_is_read_alike_or_left_to_the_schema(data: Any) -> None:
    agree(data)


def test_the_fast_reader_declines_what_the_schema_refuses() -> None:
    """A few the schema refuses, each a different reason: the fast reader says None."""
    base = {"year": 2025, "person": {"scheme": "employee"}}
    refused = [
        {**base, "year": True},
        {**base, "year": 2025.0},
        {**base, "year": Decimal("2025")},
        {**base, "person": {"scheme": "employee", "account_balance": "1e3"}},
        {**base, "person": {"scheme": "employee", "account_balance": "１２"}},
        {**base, "person": {"scheme": "employee", "hukou_jiaxing": None}},
        {**base, "person": {"scheme": "employee", "enrollment": None}},
        {**base, "claims": None},
        {**base, "claims": [{"kind": "inpatient", "facility": "level3"}]},
        {**base, "children": [{"birth_date": "2025-02-30", "order": 1}]},
        {**base, "children": [{"birth_date": "2025-01-01", "order": 0}]},
        {**base, "mother": {"scheme": "employee", "leave_days": 366}},
        {**base, "unknown": 1},
        {"person": {"scheme": "employee"}},
    ]
    for data in refused:
        assert read_case(data) is None, data
        with pytest.raises(ValidationError):
            Case.model_validate(data)


# -- the batch's quicker parser: validate_text with `loads` reads as parse_json would ----


def read_text(text: str | bytes, loads: Any = None) -> tuple[str, Any]:
    """What validate_text makes of a text: the case, or every problem (path, code, message)."""
    try:
        return ("case", validate_text(text, None, loads))
    except InvalidCase as exc:
        return ("problems", [tuple(p[:3]) for p in exc.problems])


def reads_alike(text: str | bytes) -> None:
    """With orjson's loads and json's, validate_text gives parse_json + validate's outcome:
    the same case (down to `given`, and each amount's exponent) or the same problems."""
    want = read_text(text)
    for loads in (orjson.loads, json.loads):
        got = read_text(text, loads)
        assert got[0] == want[0], f"{text!r}: {got} vs {want}"
        if got[0] == "case":
            diffs = same(got[1], want[1])
            assert not diffs, f"{text!r}: " + "; ".join(diffs)
        else:
            assert got == want, text


#: Text-level changes JSON values cannot show (a pattern, its first match replaced): a key
#: given twice, numbers written as JSON writes them (floats, where json reads Decimals),
#: colons and escapes in strings, spacing.
MONEY_FIELD = r'"(eligible|excluded|account_balance|contribution_base)": ?"[^"]*"'
TEXT_EDITS = [
    (r'"kind": ?', r'"kind": "inpatient", "kind": '),
    (r'"scheme": ?', r'"scheme": "none", "scheme": '),
    (r'"year": ?2025', r'"year": 2025, "year": 2025'),
    (r'"order": ?1', r'"order": 1, "order": 1'),
    (r'"route": ?', r'"route": "annual", "route": '),
    (r'"eligible": ?', r'"eligible": 1, "eligible": '),
    (r'"person": ?\{', r'"person": {"scheme": "none", '),
    (r'"year": ?2025', r'"year": 2025.0'),
    (r'"year": ?2025', r'"year": 2.025e3'),
    (r'"year": ?2025', r'"year": 20250000000000000000000'),
    (r'"year": ?2025', r'"year": -0'),
    (r'"continuous_months": ?[0-9]+', r'"continuous_months": 1.0e1'),
    (r'"order": ?1', r'"order": 1.0'),
    *[
        (MONEY_FIELD, rf'"\1": {number}')
        for number in [
            "12.5",
            "12.50",
            "12",
            "1E2",
            "1e-2",
            "-0.0",
            "0.1000000000000000000001",
            "100000000.000000000001",
            "12345678901234567890.5",
            "123456789012345678901234",
            "NaN",
            "-Infinity",
        ]
    ],
    (r'"kind": ?"', r'"kind": "\\u003a'),
    (r'"kind": ?"inpatient"', r'"kind": "in\\u0070atient"'),
    (r'"kind": ?', '"kind":\t\r\n '),
    (r'"date": ?"', r'"date": "\\ud800'),
    (r'"scheme": ?"', r'"scheme": "a:b'),
    (r'"scheme": ?"', r'"scheme": "{'),
    (r", ", ","),
    (r": ", ":"),
    (r"\}", "} "),
    (r"\]", ", ]"),
    (r'"mother": ?\{', r'"mother": {"x": {"a": 1, "a": 2}, '),
    (r'"mother": ?', '"mother": ' + "[" * 3000 + "]" * 3000 + ', "m": '),
    (
        r'"claims": ?\[',
        r'"claims": [{"kind": "outpatient", "kind": "outpatient", '
        r'"facility": "primary", "eligible": "1"}, ',
    ),
]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    mutated_cases(),
    st.lists(st.sampled_from(TEXT_EDITS), max_size=3),
    st.booleans(),
    st.booleans(),
)
def test_the_batch_parser_reads_alike(
    data: Any, edits: list[tuple[str, str]], compact: bool, as_bytes: bool
) -> None:
    text = json.dumps(data, default=str, separators=(",", ":") if compact else None)
    for pattern, replacement in edits:
        text = re.sub(pattern, replacement, text, count=1)
    reads_alike(text.encode("utf-8") if as_bytes else text)


def test_the_batch_parser_takes_every_everyday_case() -> None:
    """...and reads it as parse_json does, quickly: the quick way must not decline them."""
    for name, data in everyday_cases():
        text = json.dumps(data, default=str)
        assert _quick_case(text.encode("utf-8"), orjson.loads) is not None, name
        reads_alike(text)


def test_a_key_given_twice_is_refused_by_the_batch_parser() -> None:
    """The issue's reproduction, and a key twice in each kind of object."""
    base = '{"year": 2025, "person": {"scheme": "employee"}, "claims": [CLAIM]}'
    claim = '{"kind": "inpatient", "facility": "level3", "eligible": "-1", "eligible": "５０００"}'
    text = base.replace("CLAIM", claim).encode("utf-8")
    got = read_text(text, orjson.loads)
    assert got == read_text(text)
    assert got == (
        "problems",
        [
            (
                "claims[0].eligible",
                "duplicate_key",
                "is given more than once (each field only once)",
            )
        ],
    )
