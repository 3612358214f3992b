"""How many questions remain: "第 3 步，还有 2 步". Qt-free.

The pages still to come depend on answers not given yet, so the rest of the pass (up to
the result) is played on a copy of the flow, through the flow's own `answer` (the branch
rules live once, in `flow` and `asking`): once answering every question with the answer
that leads to the nearest next page (the most questions: the count shown, which can only
fall as answers skip questions), once with the one that leads furthest (the fewest). Where
both agree the count is exact ("还有 2 步"), otherwise it is a most ("最多还有 15 步").
Another child (还有别的孩子要算吗) and another bill are never assumed: an answer that leads
back to an earlier page is not played.
"""

from __future__ import annotations

import copy
import weakref
from typing import TYPE_CHECKING, NamedTuple

from jxdesk.gui.kiosk.steps import AFTER_RESULT, Step
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.viewmodel import WizardModel

if TYPE_CHECKING:
    from jxdesk.gui.kiosk.flow import KioskFlow


class Ahead(NamedTuple):
    most: int  # questions after this one, answering so that the most are asked
    least: int  # … so that the fewest are

    @property
    def exact(self) -> bool:
        return self.most == self.least


def _rank(step: Step) -> int:
    """The page's place in the order the questions come (the year question is first)."""
    return -1 if step is Step.YEAR else int(step)


def _copy(f: KioskFlow) -> KioskFlow:
    """The flow with its own answers (the engine shared: `answer` never estimates). The
    answers change only in their own fields and lists (`write_family` replaces the
    children and the mother whole), so a copy of each list and of what is in it will do,
    at a tenth of a deep copy's time (a count plays ~130 answers)."""
    g = copy.copy(f)
    g.history = list(f.history)  # (its entries are tuples)
    g.kids = [copy.copy(k) for k in f.kids]
    g.mother = copy.copy(f.mother)
    a = copy.copy(f.model.answers)
    a.claims = [copy.copy(c) for c in a.claims]
    a.children = [copy.copy(c) for c in a.children]
    a.mother = copy.copy(a.mother)
    g.model = WizardModel(a, f.model.engine, f.model.lang)
    return g


def _walk(f: KioskFlow, most: bool) -> int:
    """The pages after the one on screen (the answers played, less this page's own)."""
    g, n = _copy(f), -1
    while g.step not in AFTER_RESULT:
        here = _rank(g.step)
        best: KioskFlow | None = None
        for code in g.offered():
            h = _copy(g)
            h.answer(code)
            there = _rank(h.step)
            if there <= here:  # back round (another child), or not taken
                continue
            if best is None or (there < _rank(best.step) if most else there > _rank(best.step)):
                best = h
            if there == (here + 1 if most else _rank(Step.RESULT)):
                break  # (no answer can do better: the very next page, or the result)
        if best is None:  # (no answer goes on: nothing more can be said)
            break
        g, n = best, n + 1
    return max(n, 0)


#: the last count of each flow, while its answers and page are the same (the top line and
#: 朗读 ask for it on each refresh; a keypad refreshes on every key)
_last: weakref.WeakKeyDictionary[KioskFlow, tuple[tuple[object, ...], Ahead]] = (
    weakref.WeakKeyDictionary()
)


def ahead(f: KioskFlow) -> Ahead:
    """The questions after the one on screen, up to the result."""
    if f.step in AFTER_RESULT:
        return Ahead(0, 0)
    key = (id(f.model), f.model.version, f.step, len(f.history), f.draft, f.kid)
    known = _last.get(f)
    if known is not None and known[0] == key:
        return known[1]
    left = Ahead(_walk(f, most=True), _walk(f, most=False))
    _last[f] = (key, left)
    return left


def step_words(f: KioskFlow, lang: str) -> str:
    """第 3 步，还有 2 步 / 第 3 步，最多还有 15 步 / 第 5 步，这是最后一步 (after the
    result: "")."""
    if f.step in AFTER_RESULT:
        return ""
    left = ahead(f)
    if left.most == 0:
        return say("step_last", lang).format(n=f.number)
    key = "step_left" if left.exact else "step_at_most"
    return say(key, lang).format(n=f.number, left=left.most)
