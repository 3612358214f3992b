"""What a test needs from the machine. CI has every tool, so there a lack is a failure."""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    """CI sets CI=true (.ci/run runs with it); a developer's shell usually does not."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def require(present: bool, what: str) -> None:
    """Skip on a developer's machine that lacks `what`; fail in CI, which must have it."""
    if present:
        return
    if in_ci():
        pytest.fail(f"{what} is missing, and CI must have it (.ci/run installs it)")
    pytest.skip(f"{what} is missing on this machine")


def tool(name: str) -> str:
    """A dev dependency's command (pyproject.toml): always there under `uv run`, so never skip."""
    path = shutil.which(name)
    assert path is not None, f"{name} is not installed: run the suite with `uv run pytest`"
    return path
