"""What the kiosk's 为什么是这个数？ and 规则依据 pages say, as sections of plain lines. Qt-free.

`explain_sections` groups the result's explanation steps card by card: for 医疗报销 each
bill's steps under the bill's title (as the result page names it), then 大病保险, 医疗救助
and the totals; then 生育补助 (each child's subsidies, the maternity allowance with its
leave days, the national 育儿补贴); then 参保补助; then anything else. Each line is
`render(step, lang)` (with its article, 第十七条 …). `rules_sections` lists the documents
and dates the figures come from and the parameter packs in force (read-only: nothing
here installs anything).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from jxdesk.gui.kiosk.words import say

if TYPE_CHECKING:  # pragma: no cover - types only
    from jxdesk.core.parameters import ParameterSet
    from jxdesk.core.trace import Step
    from jxdesk.gui.engine import RuleDocument
    from jxdesk.gui.i18n import Tr

Render = Callable[["Step", str], str]

#: the groups after the bills, in the order they are shown, with their titles' word keys
GROUPS: tuple[tuple[str, str], ...] = (
    ("critical_illness", "critical_illness"),
    ("medical_aid", "medical_aid"),
    ("total", "explain_total"),
    ("fertility", "explain_fertility"),
    ("premium", "explain_premium"),
    ("other", "explain_other"),
)
_AID_CODES = ("aid_", "medical_aid")


class Section(NamedTuple):
    key: str  # "claim:0", "critical_illness", "medical_aid", "total", "fertility", "premium"…
    title: str
    lines: tuple[str, ...]


def group_of(step: Step) -> str | None:
    """Where a step is shown, or None when the kiosk leaves it out."""
    if step.section == "fertility":
        return "fertility"
    if step.section == "premium":
        return None if step.code == "premium_none" else "premium"
    if step.subject and step.subject.startswith("claim:"):
        return step.subject
    if step.explains == "critical_illness" or step.code.startswith("critical_illness"):
        return "critical_illness"
    if step.explains == "medical_aid" or step.code.startswith(_AID_CODES):
        return "medical_aid"
    if step.code == "medical_total":
        return "total"
    return "other"


def bill_title(n: int, kind: str, facility: str, lang: str) -> str:
    """第 1 笔 · 住院 · 三级医院 (the words of the bills page)."""
    parts = [say("claim_n", lang).format(n=n + 1)]
    if kind:
        parts.append(say(kind, lang))
    if facility:
        parts.append(say(f"tier_{facility}", lang))
    return " · ".join(parts)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(d: date | str | None, lang: str) -> str:
    """2025年1月1日 / 1 Jan 2025 (plainer than 2025-01-01); "—" when there is none."""
    if isinstance(d, str):
        text = d
        try:
            d = date.fromisoformat(text)
        except ValueError:
            return text
    if d is None:
        return "—"
    if lang == "en":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.year}年{d.month}月{d.day}日"


def _core_render(step: Step, lang: str) -> str:
    from jxdesk.core.messages import render

    return render(step, lang)


def explain_sections(
    steps: Iterable[Step],
    lang: str,
    bills: Sequence[tuple[str, str]] = (),
    render: Render = _core_render,
) -> list[Section]:
    """The steps grouped for reading: the bills in order (`bills` gives each bill's kind
    and facility, as answered), then the groups of `GROUPS`; empty groups are left out."""
    lines: dict[str, list[str]] = {}
    for step in steps:
        key = group_of(step)
        if key is not None:
            lines.setdefault(key, []).append(render(step, lang).strip())
    sections = []
    claims = sorted(
        (k for k in lines if k.startswith("claim:")), key=lambda k: int(k.split(":")[1])
    )
    for key in claims:
        n = int(key.split(":")[1])
        kind, facility = bills[n] if n < len(bills) else ("", "")
        sections.append(Section(key, bill_title(n, kind, facility, lang), tuple(lines[key])))
    for key, word in GROUPS:
        if key in lines:
            sections.append(Section(key, say(word, lang), tuple(lines[key])))
    return sections


def rules_sections(
    params: ParameterSet, used: Sequence[RuleDocument], lang: str, tr: Tr
) -> list[Section]:
    """The documents this estimate draws on (with the dates of the figures used, when
    they differ from the document's), the parameter packs in force, and every document
    the parameters cite."""
    from jxdesk.gui import rules_info

    sections = []
    if used:
        lines = []
        for d in used:
            line = say("rules_doc", lang).format(
                title=d.title, number=d.number, effective=day(d.effective, lang)
            )
            if d.since and d.since != (d.effective,):
                sep = ", " if lang == "en" else "、"
                dates = sep.join(day(s, lang) for s in d.since)
                line += say("rules_since", lang).format(dates=dates)
            lines.append(line)
        sections.append(Section("used", say("rules_used", lang), tuple(lines)))
    packs = tuple(rules_info.packs_in_force(params, tr)) or (say("rules_no_packs", lang),)
    sections.append(Section("packs", say("rules_packs", lang), packs))
    every = tuple(
        say("rules_row", lang).format(
            title=r.title,
            number=r.number,
            effective=day(r.effective, lang),
            reliability=r.reliability,
            origin=r.origin,
        )
        for r in rules_info.document_rows(params, tr, lang)
    )
    if every:
        sections.append(Section("documents", say("rules_all", lang), every))
    return sections
