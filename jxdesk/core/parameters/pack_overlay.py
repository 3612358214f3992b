"""Laying checked packs over the parameters: for each run of consecutive covered years, the
pack's values in force from its first date in the run to the run's end (docs/parameter-packs.md,
"How a pack takes effect"). Its own module so that reading a pack (pack_files) and finding
packs (packs) both use it without importing each other."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from jxdesk.core.parameters.tree import Dated, Document, Leaf, PackInfo, ParameterSet

if TYPE_CHECKING:  # pragma: no cover - types only
    from jxdesk.core.parameters.pack_checks import PackCheck


class Checked:
    """A pack that passed every check on its own, ready to lay over the parameters."""

    __slots__ = ("checks", "documents", "info", "leaves")

    def __init__(
        self,
        info: PackInfo,
        leaves: dict[str, Leaf],
        documents: dict[str, Document],
        checks: tuple[PackCheck, ...] = (),
    ) -> None:
        self.info, self.leaves, self.documents, self.checks = info, leaves, documents, checks


def runs(years: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive years as (first, last) runs: 2026, 2027, 2029 -> (2026, 2027), (2029, 2029)."""
    out: list[tuple[int, int]] = []
    for y in sorted(years):
        if out and out[-1][1] == y - 1:
            out[-1] = (out[-1][0], y)
        else:
            out.append((y, y))
    return out


def _in_force(history: Sequence[Dated], day: date) -> Dated | None:
    current = None
    for d in history:
        if d.since <= day:
            current = d
    return current


def overlay_leaf(base: Leaf, pack: Leaf, years: Iterable[int], pack_name: str) -> Leaf:
    """The leaf with the pack's values in force for the pack's years.

    For each run of consecutive covered years: from the pack's first date in the run to the end
    of the run only the pack's values apply (built-in entries there are set aside); on the
    first day after the run, whatever the built-in history has in force then applies again.
    """
    history = list(base.history)
    entries = [d.replace(pack=pack_name) for d in pack.history]
    for first_year, last_year in runs(years):
        start, end = date(first_year, 1, 1), date(last_year + 1, 1, 1)
        mine = [d for d in entries if start <= d.since < end]
        if not mine:
            continue
        begin = mine[0].since
        after = _in_force(history, end)
        kept = [d for d in history if not begin <= d.since < end]
        if after is not None and not any(d.since == end for d in kept):
            kept.append(after.replace(since=end))
        history = sorted(kept + mine, key=lambda d: d.since)
    return Leaf(base.path, base.label, base.unit, base.origin, history)


def lay_over(base: ParameterSet, checked: Sequence[Checked]) -> ParameterSet:
    """`base` with the checked packs' values in force for their years."""
    leaves = dict(base.leaves)
    documents = dict(base.documents)
    for c in checked:
        documents.update(c.documents)
        for path, leaf in c.leaves.items():
            leaves[path] = overlay_leaf(leaves[path], leaf, c.info.years, c.info.name)
    return ParameterSet(
        leaves,
        documents,
        packs=tuple(c.info.name for c in checked),
        pack_info=tuple(c.info for c in checked),
    )
