"""Where the read-only resources live: the source tree, an installed wheel or a frozen bundle.

Found with os.path alone (`resources_path`): a start that reads only the compiled parameters
never imports pathlib (about 3 ms with its imports). `resources_dir` is the same as a Path.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - types only
    from pathlib import Path

#: replaces the resources folder for this process (tests point it at a damaged copy); an
#: install never sets it
RESOURCES_ENV = "JXDESK_RESOURCES"


def resources_path() -> str:
    """The resources folder (a string); FileNotFoundError naming where it looked."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return override
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # the jxdesk package
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [
        os.path.join(os.path.dirname(here), "resources"),  # a source checkout (uv run)
        os.path.join(here, "resources"),  # a wheel: hatch maps resources/ into the package
    ]
    if frozen:
        candidates.insert(0, os.path.join(frozen, "resources"))
    for c in candidates:
        if os.path.isdir(os.path.join(c, "parameters")):
            return c
    raise FileNotFoundError("jxdesk resources not found; looked in: " + ", ".join(candidates))


def resources_dir() -> Path:
    """The resources folder as a Path."""
    from pathlib import Path

    return Path(resources_path())
