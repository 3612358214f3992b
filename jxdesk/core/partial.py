"""A partly valid case, for listing every problem at once (rulings R18).

When a case fails field validation, the cross-field checks still run, on the fields that
are valid: `partial_case` validates each field on its own and builds the models without
the failed ones (an optional field then takes its default; a required one is None, which
`checks.known` lets every check see). Used only on the error path: a valid case never
comes here.
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from jxdesk.core import case as plain
from jxdesk.core.models import Case, Child, Claim, Mother, Person, to_plain

M = TypeVar("M", bound=BaseModel)

_ADAPTERS: dict[tuple[type[BaseModel], str], TypeAdapter[Any]] = {}
_BAD = object()


def _adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    adapter = _ADAPTERS.get((model, name))
    if adapter is None:
        info = model.model_fields[name]
        annotation: Any = info.annotation
        if info.metadata:
            annotation = Annotated[(annotation, *info.metadata)]
        adapter = _ADAPTERS[(model, name)] = TypeAdapter(annotation)
    return adapter


def _value(model: type[BaseModel], name: str, raw: Any) -> Any:
    try:
        return _adapter(model, name).validate_python(raw)
    except ValidationError:
        return _BAD


def _partial(model: type[M], raw: Any, nested: dict[str, Any] | None = None) -> M | None:
    """`model` built from the valid fields of `raw` (a dict), or None if it is not one."""
    if not isinstance(raw, dict):
        return None
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if nested is not None and name in nested:
            values[name] = nested[name]
            continue
        value = _value(model, name, raw[name]) if name in raw else _BAD
        if value is not _BAD:
            values[name] = value
        elif info.is_required():
            values[name] = None  # `checks.known` reads it as "not known"
    given = {name for name in raw if name in model.model_fields}
    return model.model_construct(_fields_set=given, **values)


def partial_case(data: Any) -> plain.Case | None:
    if not isinstance(data, dict):
        return None
    claims = data.get("claims")
    children = data.get("children")
    nested = {
        "person": _partial(Person, data.get("person")),
        "claims": [_partial(Claim, c) for c in claims] if isinstance(claims, list) else [],
        "children": [_partial(Child, c) for c in children] if isinstance(children, list) else [],
        "mother": _partial(Mother, data.get("mother")),
    }
    model = _partial(Case, data, nested)
    if model is None:
        return None
    case: plain.Case = to_plain(model)
    return case
