"""The core's front door: read a case, validate it, estimate. Used by the CLI and the GUI."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from jxdesk.core.checks import check_case
from jxdesk.core.engine import calculate
from jxdesk.core.models import Case
from jxdesk.core.output import result_to_dict
from jxdesk.core.parameters import ParameterSet, load_parameters
from jxdesk.core.partial import partial_case
from jxdesk.core.problems import InvalidCase, Problem, from_validation_error
from jxdesk.core.result import Result


def parse_json(text: str) -> Any:
    """JSON with every non-integer number as an exact Decimal. Raises InvalidCase."""
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise InvalidCase(
            [
                Problem(
                    "",
                    "json",
                    f"not valid JSON ({exc.msg}) at line {exc.lineno} column {exc.colno}",
                    {"detail": exc.msg},
                )
            ]
        ) from None
    except RecursionError:
        raise InvalidCase(
            [
                Problem(
                    "", "json", "not valid JSON: nested too deeply", {"detail": "nested too deeply"}
                )
            ]
        ) from None


def validate_text(text: str | bytes, params: ParameterSet | None = None) -> Case:
    """Parse and validate JSON text in one pass (the command line's fast path)."""
    try:
        case = Case.model_validate_json(text)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        if any(e["type"] == "json_invalid" for e in errors):
            detail = str(errors[0].get("ctx", {}).get("error", "invalid JSON"))
            raise InvalidCase(
                [Problem("", "json", f"not valid JSON ({detail})", {"detail": detail})]
            ) from None
        if any(e["type"] == "model_type" and not e["loc"] for e in errors):
            raise InvalidCase(
                [Problem("", "not_object", "the case must be a JSON object")]
            ) from None
        raise InvalidCase(every_problem(exc, _data_of(text), params)) from None
    problems = check_case(case, params or load_parameters())
    if problems:
        raise InvalidCase(problems)
    return case


def _data_of(text: str | bytes) -> Any:
    """The parsed case for the cross-field checks of an invalid case (None if unreadable)."""
    try:
        return parse_json(text.decode("utf-8", "replace") if isinstance(text, bytes) else text)
    except InvalidCase:
        return None


def every_problem(exc: ValidationError, data: Any, params: ParameterSet | None) -> list[Problem]:
    """The field problems and, from the fields that are valid, the cross-field ones (R18)."""
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


def validate(data: Any, params: ParameterSet | None = None) -> Case:
    """A validated case, or InvalidCase listing every problem (one per field)."""
    if not isinstance(data, dict):
        raise InvalidCase([Problem("", "not_object", "the case must be a JSON object")])
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        raise InvalidCase(every_problem(exc, data, params)) from None
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
    text: str | bytes, params: ParameterSet | None = None, lang: str = "zh"
) -> dict[str, Any]:
    """The result dict for a case given as JSON text (the command line's path)."""
    params = params or load_parameters()
    return result_to_dict(calculate(validate_text(text, params), params), lang)
