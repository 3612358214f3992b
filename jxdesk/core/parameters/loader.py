"""Load the built-in parameters: the compiled snapshot when it is current, else the YAML files.

`load_parameters()` is what every start calls. It reads `resources/parameters.compiled.json`
(jxdesk.core.parameters.compiled: plain JSON, no PyYAML, no pydantic) when that file was made
from exactly the YAML files now installed, and otherwise reads and validates the YAML
(jxdesk.core.parameters.yaml_files), which raises a ParameterError naming a damaged file.
Both give the same ParameterSet (tests/core/test_compiled_parameters.py).

The YAML reading lived here before; its names (`load_tree`, `read_yaml`, `parse_node`, ...)
can still be imported from this module and are loaded on first use.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any

from jxdesk.core.parameters.common import DOCUMENTS_FILE, MAX_FILE_BYTES, ParameterError
from jxdesk.core.parameters.tree import ParameterSet
from jxdesk.core.resources import resources_root

if TYPE_CHECKING:  # pragma: no cover - types only; at run time see __getattr__
    from pathlib import Path

    from jxdesk.core.parameters.yaml_files import (
        MAX_DEPTH,
        MAX_EVENTS,
        check_plain_yaml,
        parse_documents,
        parse_node,
        read_file,
        read_yaml,
    )

__all__ = [
    "DOCUMENTS_FILE",
    "MAX_DEPTH",
    "MAX_EVENTS",
    "MAX_FILE_BYTES",
    "ParameterError",
    "check_plain_yaml",
    "load_parameters",
    "load_tree",
    "parse_documents",
    "parse_node",
    "read_file",
    "read_yaml",
]

_FROM_YAML_FILES = frozenset(
    {
        "MAX_DEPTH",
        "MAX_EVENTS",
        "check_plain_yaml",
        "parse_documents",
        "parse_node",
        "read_file",
        "read_yaml",
    }
)


def __getattr__(name: str) -> Any:
    """The YAML reader's names, imported (with PyYAML and pydantic) only when asked for."""
    if name in _FROM_YAML_FILES:
        from jxdesk.core.parameters import yaml_files

        return getattr(yaml_files, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_tree(root: Path) -> ParameterSet:
    """Every YAML parameter file under `root`, read and validated (never the compiled file);
    ParameterError naming the file if one is missing, unreadable or malformed."""
    from jxdesk.core.parameters.yaml_files import load_tree as read_and_validate

    return read_and_validate(root)


@functools.cache
def load_parameters() -> ParameterSet:
    """The built-in parameters (cached: they are read once per process).

    A missing resources folder or an unreadable parameters folder is damage to the install:
    ParameterError naming it (an OSError here would be taken for the case file's)."""
    from jxdesk.core.parameters.compiled import PARAMETERS_DIR, load_compiled

    try:
        resources = resources_root()  # (os.path: pathlib only for the YAML path)
        compiled = load_compiled(resources)
        if compiled is not None:
            return compiled
        from pathlib import Path

        return load_tree(Path(os.path.join(resources, PARAMETERS_DIR)))
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        raise ParameterError(f"{where}cannot read: {exc.strerror or exc}") from exc
