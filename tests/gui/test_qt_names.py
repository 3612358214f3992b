"""jxdesk.gui.qt binds its Qt names lazily: the typed imports, the lazy table and
`__all__` must list the same names, and each must resolve to PySide6's own object."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from jxdesk.gui import qt

SOURCE = Path(qt.__file__).read_text(encoding="utf-8")


def typed_imports() -> dict[str, str]:
    """{name: PySide6 module} of the imports under `if TYPE_CHECKING:`."""
    out: dict[str, str] = {}
    for node in ast.walk(ast.parse(SOURCE)):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom) and stmt.module:
                    for alias in stmt.names:
                        out[alias.name] = stmt.module.removeprefix("PySide6.")
    return out


def test_the_three_lists_agree() -> None:
    typed = typed_imports()
    assert typed == qt._WHERE
    assert set(qt.__all__) == set(typed) | {"print_support", "tr"}


@pytest.mark.parametrize("name", sorted(qt._WHERE))
def test_each_name_is_pysides_own(name: str) -> None:
    module = importlib.import_module(f"PySide6.{qt._WHERE[name]}")
    assert getattr(qt, name) is getattr(module, name)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        qt.QNoSuchThing  # noqa: B018
