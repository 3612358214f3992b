"""Where the read-only resources live: the source tree, an installed wheel or a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: replaces the resources folder for this process (tests point it at a damaged copy); an
#: install never sets it
RESOURCES_ENV = "JXDESK_RESOURCES"


def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent.parent  # the jxdesk package
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [
        here.parent / "resources",  # a source checkout (editable install, uv run)
        here / "resources",  # a wheel: hatch maps resources/ into the package
    ]
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for c in candidates:
        if (c / "parameters").is_dir():
            return c
    raise FileNotFoundError(
        "jxdesk resources not found; looked in: " + ", ".join(str(c) for c in candidates)
    )
