"""Arbitrary JSON into the core: it only ever returns a result or validation messages."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jxdesk.core.api import estimate, estimate_text, parse_json
from jxdesk.core.money import ZERO
from jxdesk.core.output import result_to_dict
from jxdesk.core.problems import InvalidCase
from jxdesk.core.result import Result

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(
        [
            "2025-01-01",
            "2025-02-30",
            "1e400",
            "-0",
            "0.001",
            "NaN",
            "employee",
            "inpatient",
            "level3",
            "pharmacy",
            "referred",
            "99999999999",
            " 12 ",
        ]
    ),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)

VALID: dict[str, Any] = {
    "year": 2025,
    "person": {"scheme": "employee", "birth_date": "1980-05-01", "account_balance": "100"},
    "claims": [
        {
            "kind": "inpatient",
            "facility": "level3",
            "eligible": "50000",
            "excluded": "3000",
            "date": "2025-03-01",
        },
        {"kind": "outpatient", "facility": "pharmacy", "eligible": "300"},
    ],
    "mother": {"scheme": "employee", "contribution_base": "8000", "continuous_months": 12},
    "children": [{"birth_date": "2025-04-10", "order": 2}],
}
FIELDS = [
    ("year",),
    ("person",),
    ("person", "scheme"),
    ("person", "birth_date"),
    ("person", "account_balance"),
    ("person", "medical_aid"),
    ("claims",),
    ("claims", 0),
    ("claims", 0, "kind"),
    ("claims", 0, "facility"),
    ("claims", 0, "eligible"),
    ("claims", 1, "date"),
    ("claims", 1, "place"),
    ("mother",),
    ("mother", "contribution_base"),
    ("mother", "leave_days"),
    ("children",),
    ("children", 0, "order"),
    ("children", 0, "birth_date"),
    ("person", "unknown"),
]


def only_result_or_problems(data: Any) -> None:
    try:
        result = estimate(data)
    except InvalidCase as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.line() and problem.text("zh")
        return
    assert_a_whole_result(data, result)


MONEY = re.compile(r"^\d+\.\d\d$")


def assert_a_whole_result(data: Any, result: Result) -> None:
    """What every accepted case gives: one figure per claim, parts that add up, money as the
    contract writes it, and an explanation that renders in both languages."""
    m = result.medical
    assert result.year == data["year"]
    assert len(m.claims) == len(data.get("claims") or [])
    assert m.out_of_pocket == (
        m.eligible
        + m.excluded
        - m.fund
        - m.account
        - m.prior_account
        - m.critical_illness
        - m.medical_aid
    )
    assert m.fund == sum((c.fund for c in m.claims), ZERO)
    zh, en = result_to_dict(result, "zh"), result_to_dict(result, "en")
    for section in ("medical", "fertility", "premium"):
        for key, value in zh[section].items():
            if isinstance(value, str) and key not in ("who", "reason", "benefits_from"):
                assert MONEY.match(value), (section, key, value)
    assert len(zh["explanation"]) == len(en["explanation"]) == len(result.steps)
    for line in zh["explanation"] + en["explanation"]:
        assert line.strip() and "{" not in line and "None" not in line, line


@SETTINGS
@given(json_values)
def test_arbitrary_json_values(data: Any) -> None:
    only_result_or_problems(data)


@SETTINGS
@given(st.sampled_from(FIELDS), json_values)
def test_a_valid_case_with_one_field_replaced(path: tuple[Any, ...], value: Any) -> None:
    case = json.loads(json.dumps(VALID))
    target = case
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    only_result_or_problems(case)


@SETTINGS
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_arbitrary_text_through_the_command_line_path(text: str | bytes) -> None:
    try:
        out = estimate_text(text)
    except InvalidCase as exc:
        assert exc.problems
        return
    # arbitrary text that happens to be a valid case: the same result as the dict path
    assert out == result_to_dict(
        estimate(parse_json(text if isinstance(text, str) else text.decode())), "zh"
    )
