"""The one door to the core, opened late.

Importing jxdesk.core loads pydantic and the parameter files (about 0.3 s), so the app
paints its first page first and then calls `warm()`. Everything here is Qt-free.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdesk.gui.records import Value

if TYPE_CHECKING:  # pragma: no cover - types only
    from collections.abc import Callable
    from datetime import date

    from jxdesk.core.parameters import ParameterSet
    from jxdesk.core.parameters.packs import PackStatus
    from jxdesk.core.result import Result
    from jxdesk.core.trace import Step


def _today() -> date:
    """The GUI's clock (jxdesk.gui.clock: pinned by tests); the core never reads it."""
    from datetime import date

    from jxdesk.gui import clock

    day = clock.today()
    return date(day.year, day.month, day.day)


class FieldProblem(Value):
    """One core problem, with the text in the language asked for."""

    __slots__ = ("code", "path", "text")

    def __init__(self, path: str, code: str, text: str) -> None:
        self.path = path
        self.code = code
        self.text = text


class RuleDocument(Value):
    __slots__ = ("effective", "number", "since", "title")

    def __init__(
        self, number: str, title: str, effective: date | None, since: tuple[date, ...]
    ) -> None:
        self.number = number
        self.title = title
        self.effective = effective
        self.since = since  # the start dates of the parameter values used


class Engine:
    """validate / estimate / render through jxdesk.core.api, imported on first use."""

    def __init__(
        self, defer: bool = False, *, user: bool = False, config_dir: Path | str | None = None
    ) -> None:
        """With `defer`, nothing is validated until `warm()` (the app's first paint).

        The parameters are the effective ones: built-in, with each valid parameter pack laid
        over them. `user` also reads the per-user packs folder (the counter passes True; the
        default, machine-wide only, is what a kiosk must use); `config_dir` replaces the
        configuration folders (tests)."""
        self._params: ParameterSet | None = None
        self._defer = defer
        self.user = user
        self.config_dir = config_dir
        self.statuses: list[PackStatus] = []  # what became of each pack found
        #: the GUI's clock (tests pin it): packs are checked against today's date
        self.today: Callable[[], date] = _today

    @property
    def loaded(self) -> bool:
        return self._params is not None

    @property
    def ready(self) -> bool:
        return self._params is not None or not self._defer

    def warm(self) -> None:
        if self._params is None:
            from jxdesk.core.parameters import load_parameters
            from jxdesk.core.parameters.packs import PackStatus, load_effective_parameters

            try:
                self._params, self.statuses = load_effective_parameters(
                    self.config_dir, user=self.user, today=self.today()
                )
            except OSError as exc:  # an unreadable packs folder: the built-in figures hold
                self._params = load_parameters()
                self.statuses = [PackStatus("packs", "refused", str(exc))]

    def reload(self) -> None:
        """Read the packs again (after installing one); callers then recompute."""
        self._params = None
        self.warm()

    @property
    def params(self) -> ParameterSet:
        self.warm()
        assert self._params is not None
        return self._params

    def problems(self, data: dict[str, Any], lang: str) -> list[FieldProblem]:
        from jxdesk.core.api import problems_of

        return [FieldProblem(p.path, p.code, p.text(lang)) for p in problems_of(data, self.params)]

    def estimate(self, data: dict[str, Any]) -> Result:
        from jxdesk.core.api import estimate

        return estimate(data, self.params)

    def render(self, step: Step, lang: str) -> str:
        from jxdesk.core.messages import render

        return render(step, lang)

    def documents_used(self, data: dict[str, Any], lang: str = "zh") -> list[RuleDocument]:
        """The rule documents whose figures a case draws on, with the values' start dates.

        The core's trace does not record which parameters a computation read, so this
        takes every figure of the sections the case touches, in force on the days the
        core looks them up (1 January of the year; each child's birth date).
        """
        from datetime import date  # not before the first paint: ~2 ms

        params = self.params
        year = int(data.get("year", 2025))
        days = {date(year, 1, 1)}
        prefixes = ["premium."]
        if data.get("claims"):
            prefixes.append("medical.")
        children = data.get("children") or []
        if children or data.get("mother"):
            prefixes.append("fertility.")
            for ch in children:
                try:
                    days.add(date.fromisoformat(str(ch["birth_date"])))
                except (KeyError, ValueError):
                    continue
        since: dict[str, set[date]] = {}
        for leaf in params:
            if not leaf.path.startswith(tuple(prefixes)):
                continue
            for day in days:
                dated = leaf.at(day)
                if dated is None or dated.citation is None or dated.value is None:
                    continue
                since.setdefault(dated.citation.document.key, set()).add(dated.since)
        out = []
        for key, doc in params.documents.items():
            if key in since:
                number, title = doc.named(lang)  # (the English printout: English titles)
                out.append(RuleDocument(number, title, doc.effective, tuple(sorted(since[key]))))
        return out
