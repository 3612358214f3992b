"""Where the read-only resources live: the source tree, an installed wheel or a frozen bundle.

`resources_root()` answers with a plain str, found with os.path: `jxdesk calc` reads its
parameters and known answers without importing pathlib (which, with urllib.parse and
ipaddress behind it, costs a process ~3 ms). `resources_dir()` is the same folder as a Path.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

#: replaces the resources folder for this process (tests point it at a damaged copy); an
#: install never sets it
RESOURCES_ENV = "JXDESK_RESOURCES"


def resources_root() -> str:
    """The resources folder, as a str."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return override
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # the jxdesk package
    candidates = [
        os.path.join(os.path.dirname(here), "resources"),  # a source checkout (uv run)
        os.path.join(here, "resources"),  # a wheel: hatch maps resources/ into the package
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, os.path.join(frozen, "resources"))
    for c in candidates:
        if os.path.isdir(os.path.join(c, "parameters")):
            return c
    raise FileNotFoundError(
        "jxdesk resources not found; looked in: " + ", ".join(str(c) for c in candidates)
    )


def resources_dir() -> Path:
    from pathlib import Path

    return Path(resources_root())
