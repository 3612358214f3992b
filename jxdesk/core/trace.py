"""Explanation steps: what each computed figure used, and the article it applies.

Steps are structured data (a message code, the article, the figures); `render` turns them
into the lines a citizen reads, in Chinese or English. The GUI renders the same steps.
Steps are named tuples: a case makes a couple of dozen and batches make millions.

No `from __future__ import annotations` here, on purpose: typing.NamedTuple turns every
string annotation into a ForwardRef, compiling it, which made this module cost a
millisecond to import; the annotations below are cheap real objects instead.
"""

from collections.abc import Mapping
from decimal import Decimal
from typing import Literal, NamedTuple

Section = Literal["medical", "fertility", "premium"]
Figure = Decimal | int | str


class Step(NamedTuple):
    code: str  # a key of jxdesk.core.messages.TEMPLATES
    article: str  # "第十七条", "措施第四条", "" where no article applies
    figures: Mapping[str, Figure]
    amount: Decimal | None = None
    section: Section = "medical"
    #: the claim ("claim:0") or family member ("person", "child:1") the step concerns
    subject: str | None = None
    #: the step rests on a reading the rulings do not settle; docs/assumptions.md explains
    assumption: bool = False
    #: which result figure this step explains ("fund", "critical_illness", "premium"…)
    explains: str | None = None


_new = tuple.__new__
#: shared by the steps that show no figure (nothing writes to a step's figures)
_NO_FIGURES: Mapping[str, Figure] = {}


class Trace:
    """Collects steps in the order the computation takes them."""

    __slots__ = ("steps",)

    def __init__(self) -> None:
        self.steps: list[Step] = []

    def step(
        self,
        code: str,
        article: str = "",
        figures: Mapping[str, Figure] = _NO_FIGURES,
        amount: Decimal | None = None,
        *,
        subject: str | None = None,
        explains: str | None = None,
        section: Section = "medical",
        assumption: bool = False,
    ) -> None:
        """Add a step; its figures come as one dict, in the template's words.

        A dict rather than keyword figures (**figures) on purpose: matching a call's many
        keywords against such a signature cost twice as much as the dict literal, on a
        path taken some 16 times per case.
        """
        # tuple.__new__ skips the named tuple's Python-level __new__
        self.steps.append(
            _new(Step, (code, article, figures, amount, section, subject, assumption, explains))
        )
