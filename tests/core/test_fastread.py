"""The fast reader (fastread.py) may vouch for a case only where the pydantic schema agrees.

For every input: when `read_case` returns a case, the schema accepts the same input and
gives an equal case, field by field, down to which fields were given. When it declines, the
schema decides (that is only slower). And it must not decline what is everyday: every
golden case, shared example and benchmark case is read by it.
"""

from __future__ import annotations

import copy
import json
import random
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from support.compare import SHARED_EXAMPLES, golden_files, invalid_files, load_golden

from jxdesk.core import case as plain
from jxdesk.core.api import parse_json, validate
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
        for p in sorted(SHARED_EXAMPLES.glob("*.json"))
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
