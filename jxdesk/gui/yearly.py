"""What an estimate says once about its year's figures (R19), for the counter and the
kiosk alike. Qt-free; the words are the core's.

A year after the last published figures (2026 under documents with no end date) is
estimated with the figures carried over, and the core says so once per estimate, naming
the document; the result page shows that line above the cards, once. A figure published
yearly (the 居民医保 contribution) is never carried over: the core reports it unavailable
(`premium.available` false) and the pages say "not available yet", never 0.00.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.core.result import Result
    from jxdesk.core.trace import Step


def is_carried_over(step: Step) -> bool:
    """The core's step saying which year's figures a later year uses."""
    return "carried" in step.code


def carried_over_lines(result: Result | None, render: Callable[[Step], str]) -> list[str]:
    """The carried-over line(s) of an estimate, rendered, each once; [] when the year's
    own figures are in force (or there is no estimate)."""
    if result is None:
        return []
    out: list[str] = []
    for step in result.steps:
        if is_carried_over(step):
            text = render(step).strip()
            if text and text not in out:
                out.append(text)
    return out
