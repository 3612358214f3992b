"""Where the read-only resources live: the source tree, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
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
