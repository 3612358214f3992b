"""The core's process-wide caches, and one call that empties them all.

The core keeps three: the built-in parameters (`load_parameters`, read once per process),
with each `ParameterSet`'s snapshots and every `Snapshot.memo` of derived terms (the
inpatient and outpatient tier terms) hanging off them, and the explanation's own
(`messages.forget`: templates compiled on first use, formatted rates, national subsidy
years, article citations). They are keyed by their inputs, so in one program
they never go stale. Only a tool that swaps code under a running process (mutmut's forked
runner: see docs/testing.md) can make them hold a value the current code would not
compute; it calls `reset()` first.
"""

from __future__ import annotations


def reset() -> None:
    """Forget every cached value; the next use recomputes it with the code now loaded."""
    from jxdesk.core import messages
    from jxdesk.core.parameters import loader

    loader.load_parameters.cache_clear()  # its ParameterSet: snapshots and their memos
    messages.forget()  # compiled templates, formatted rates, years and citations
