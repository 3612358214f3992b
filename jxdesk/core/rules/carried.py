"""Figures carried over into a later year (R19): said once per estimate, with the documents.

嘉政发〔2024〕22号 and 嘉政办发〔2024〕27号 have no end date ((七十), M7): their figures stand for
2026 and later until a newer document (a signed parameter pack) replaces them. Whether a year's
figures are carried over is read from the parameters, never from a fixed year:

- the figures considered are those of the parts the estimate uses (medical with claims,
  fertility with children, premium when it is available), in force on 1 January of the year;
- they are grouped by the parameter file they belong to; a file with a figure whose document
  dates it in the settlement year has been updated for that year (a pack's 2026 national
  childcare figure), so none of its figures is carried over;
- in the other files, a figure is carried over when its document dates it before the year and
  in or after the release's own latest year (`release_year`: 2025); older figures (the
  national 98 days of maternity leave, 2012) are standing law, not a yearly standard.

The estimate then names the carried documents (`CarriedOver.documents`) and the latest year
their figures were set (`since`). A yearly figure is never carried over: the resident
contribution of a year without one is null in the parameters (R13, `premium_unavailable`).
"""

from __future__ import annotations

from datetime import date

from jxdesk.core.case import Case
from jxdesk.core.parameters import ParameterSet
from jxdesk.core.result import CarriedOver
from jxdesk.core.trace import Section, Trace

#: the documents whose figures are readings, not figures of a document (the rulings)
NOT_A_STANDARD = "interpretation"


def _prefixes(case: Case, premium_available: bool) -> tuple[str, ...]:
    out = []
    if case.claims:
        out.append("medical.")
    if case.children:
        out.append("fertility.")
    if premium_available:
        out.append("premium.")
    return tuple(out)


def carried_over(case: Case, params: ParameterSet, premium_available: bool) -> CarriedOver | None:
    """What the estimate for `case.year` carries over from an earlier year, or None."""
    prefixes = _prefixes(case, premium_available)
    if not prefixes:
        return None
    snap = params.at(date(case.year, 1, 1))
    key = ("carried_over", prefixes)
    if key in snap.memo:
        return snap.memo[key]  # type: ignore[return-value]
    found = snap.memo[key] = _find(params, case.year, prefixes)
    return found


def release_year(params: ParameterSet) -> int:
    """The latest year the release's own documents date a figure in (2025): `tree.fixed_year`
    read from the citations, as a pack laid over re-dates the built-in value that follows its
    years (to 1 January after them) but not its citation."""
    return max(
        d.citation.since.year
        for leaf in params
        for d in leaf.history
        if d.value is not None and not d.pack and d.citation is not None
    )


def _find(params: ParameterSet, year: int, prefixes: tuple[str, ...]) -> CarriedOver | None:
    first = date(year, 1, 1)
    memo = params.at(first).memo
    release = memo.get("release_year")
    if release is None:
        release = memo["release_year"] = release_year(params)
    if year <= release:  # type: ignore[operator]
        return None
    by_file: dict[str, list[tuple[int, str, str, str]]] = {}
    for leaf in params:
        if not leaf.path.startswith(prefixes):
            continue
        d = leaf.at(first)
        if d is None or d.value is None or d.citation is None:
            continue
        doc = d.citation.document
        by_file.setdefault(leaf.origin, []).append(
            (d.citation.since.year, doc.key, doc.number, doc.reliability)
        )
    order = {key: i for i, key in enumerate(params.documents)}
    documents: dict[str, int] = {}
    since = 0
    for figures in by_file.values():
        if any(y >= year for y, _, _, _ in figures):
            continue  # this file has figures of the year: a newer document replaced it
        for y, key, number, reliability in figures:
            if y >= release and reliability != NOT_A_STANDARD:  # type: ignore[operator]
                documents[number] = order.get(key, len(order))
                since = max(since, y)
    ordered = tuple(sorted(documents, key=documents.__getitem__))
    return CarriedOver(since, ordered) if ordered else None


def explain(found: CarriedOver, case: Case, trace: Trace) -> None:
    """The line, in the first section the estimate has (medical with claims, ...)."""
    section: Section = "medical" if case.claims else "fertility" if case.children else "premium"
    trace.step(
        "carried_over",
        "、".join(found.documents),
        {"year": case.year, "since": found.since},
        section=section,
    )
