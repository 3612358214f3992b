"""The words of the explanation, in Chinese and English, and how a step becomes a line.

Templates (wording.py) name figures by key; rates are shown as percentages, money with
two decimals and thousands separators (12,345.60, as the GUI's headlines), codes (kind,
facility, …) by their plain-language label. English lines cite "Art. 17" / "Measure 4"
where Chinese lines cite （第十七条） / （措施第四条）.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Mapping
from decimal import Decimal

from jxdesk.core.money import percent
from jxdesk.core.trace import Figure, Step
from jxdesk.core.wording import LABELS, TEMPLATES

LANGS = ("zh", "en")
__all__ = ["LABELS", "LANGS", "TEMPLATES", "label", "render", "render_all"]

#: How each figure of a template is written, by its name.
MONEY_FIELDS = frozenset(
    {
        "amount",
        "account",
        "annual",
        "balance",
        "band",
        "band_amount",
        "base",
        "borne",
        "cap",
        "ceiling",
        "computed",
        "contribution",
        "covered",
        "critical_illness",
        "eligible",
        "excluded",
        "fund",
        "maximum",
        "medical_aid",
        "paid_before",
        "prior_account",
        "in_scope",
        "self_paid",
        "monthly",
        "rest",
        "threshold",
        "tier_deductible",
    }
)
RATE_FIELDS = frozenset({"rate"})
PLAIN_FIELDS = frozenset(
    {
        "age",
        "babies",
        "born",
        "count",
        "day",
        "days",
        "max_age",
        "months",
        "n",
        "need",
        "order",
        "per_month",
        "start",
        "enrolled",
        "year",
    }
)

#: figures written by a function of the language: who a premium line is for ("person",
#: "child:1"), and a national subsidy's calendar years ("2025:12:3600.00;2026:10:3000.00")
FUNCTION_FIELDS = {"whose": "W", "years": "Y"}

Renderer = Callable[[Mapping[str, Figure], "Decimal | None"], str]


def _expression(field: str) -> str:
    if field == "amount":
        return 'f"{a:,.2f}"'
    if field in MONEY_FIELDS:
        return f'f"{{f[{field!r}]:,.2f}}"'
    if field in FUNCTION_FIELDS:
        return f'f"{{{FUNCTION_FIELDS[field]}(f[{field!r}])}}"'
    if field in RATE_FIELDS:
        return f'f"{{P(f[{field!r}])}}"'
    if field in LABELS:
        return f'f"{{L[{field!r}][f[{field!r}]]}}"'
    if field in PLAIN_FIELDS:
        return f'f"{{f[{field!r}]}}"'
    raise ValueError(f"template field {field!r} has no known way to be written")


def _compile(template: str, lang: int) -> Renderer:
    """Turn a template into one f-string function.

    Explanations are rendered for every case (a batch renders millions of lines), and a
    compiled f-string is several times faster than str.format on Chinese text. The source is
    generated from this module's own templates only: literals via repr(), fields from the
    fixed tables above.
    """
    pieces = []
    for literal, field, _, _ in string.Formatter().parse(template):
        if literal:
            pieces.append(repr(literal))
        if field is not None:
            pieces.append(_expression(field))
    body = " ".join(pieces) or "''"
    namespace = {
        "L": {g: {c: t[lang] for c, t in codes.items()} for g, codes in LABELS.items()},
        "P": _percent,
        "W": _whose_en if lang else _whose_zh,
        "Y": _years_en if lang else _years_zh,
    }
    exec(f"def render(f, a):\n    return {body}\n", namespace)
    renderer: Renderer = namespace["render"]  # type: ignore[assignment]
    return renderer


@functools.lru_cache(maxsize=256)
def _percent(rate: Decimal) -> str:
    return percent(rate)


def _whose_zh(who: Figure) -> str:
    text = str(who)
    return "本人" if text == "person" else f"第{int(text[6:]) + 1}个孩子"


def _whose_en(who: Figure) -> str:
    text = str(who)
    return "you" if text == "person" else f"child {int(text[6:]) + 1}"


def years_figure(years: tuple[tuple[int, int, Decimal], ...]) -> str:
    """The figure for {years}: each calendar year's months and amount."""
    return ";".join(f"{y}:{n}:{amount}" for y, n, amount in years)


def _years(figure: Figure) -> list[tuple[str, str, str]]:
    out = []
    for part in str(figure).split(";"):
        year, months, amount = part.split(":")
        out.append((year, months, f"{Decimal(amount):,.2f}"))
    return out


def _years_zh(figure: Figure) -> str:
    return "，".join(f"{y}年 {n} 个月 {a} 元" for y, n, a in _years(figure))


def _years_en(figure: Figure) -> str:
    return "; ".join(f"{y}: {n} months, {a} yuan" for y, n, a in _years(figure))


_COMPILED: dict[str, tuple[Renderer, Renderer]] = {
    code: (_compile(zh, 0), _compile(en, 1)) for code, (zh, en) in TEMPLATES.items()
}

ASSUMPTION = ("（估算假设，见说明）", " (an assumption; see the notes)")


_HEADERS = frozenset(code for code in TEMPLATES if code.startswith("claim_header"))


_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_ARTICLE = re.compile(r"^(?P<prefix>.*?)第(?P<n>[一二三四五六七八九十百零]+)条$")
_DOCUMENT_NUMBER = re.compile(r"^(?P<name>.+)〔(?P<year>\d{4})〕(?P<n>\d+)号$")
#: English names of the documents articles are cited from (their cite_prefix)
_DOCUMENTS_EN = {
    "": "Art.",
    "措施": "Measure",
    "《女职工劳动保护特别规定》": "Art. {n} of the Special Provisions on Labour Protection of Female Employees",
    "《浙江省人口与计划生育条例》": "Art. {n} of the Zhejiang Population and Family Planning Regulations",
}
_NAMES_EN = {
    "国办发": "Guobanfa",
    "《育儿补贴制度实施方案》": "national Childcare Subsidy Scheme, 2025",
}


def chinese_number(text: str) -> int:
    """一 -> 1, 十七 -> 17, 二十 -> 20, 六十八 -> 68, 一百零二 -> 102."""
    total, digit = 0, 0
    for c in text:
        if c == "百":
            total += (digit or 1) * 100
            digit = 0
        elif c == "十":
            total += (digit or 1) * 10
            digit = 0
        else:
            digit = _NUMERALS[c]
    return total + digit


@functools.lru_cache(maxsize=512)
def english_article(article: str) -> str:
    """第十七条 -> Art. 17; 措施第四条 -> Measure 4; 第二十六条、第三十八条 -> Art. 26, Art. 38;
    国办发〔2024〕38号 -> Guobanfa [2024] No. 38. ASCII punctuation only."""
    parts = []
    for part in article.split("、"):
        m = _ARTICLE.match(part)
        if m is not None and m["prefix"] in _DOCUMENTS_EN:
            n = chinese_number(m["n"])
            form = _DOCUMENTS_EN[m["prefix"]]
            parts.append(form.format(n=n) if "{n}" in form else f"{form} {n}")
            continue
        d = _DOCUMENT_NUMBER.match(part)
        if d is not None:
            name = _NAMES_EN.get(d["name"], d["name"])
            parts.append(f"{name} [{d['year']}] No. {d['n']}")
            continue
        text = _NAMES_EN.get(part, part)
        for a, b in (("《", ""), ("》", ""), ("〔", "["), ("〕", "]"), ("（", "("), ("）", ")")):
            text = text.replace(a, b)
        parts.append(text)
    return ", ".join(parts)


def render(step: Step, lang: str = "zh") -> str:
    code, article, figures, amount, _, subject, assumption, _ = step
    if lang == "en":
        text = _COMPILED[code][1](figures, amount)
        text = text[:1].upper() + text[1:]
        if article:
            text += f" ({english_article(article)})"
    else:
        text = _COMPILED[code][0](figures, amount)
        if article:
            text += f"（{article}）"
    if subject and subject[:6] == "claim:" and code not in _HEADERS:
        text = "  " + text  # a claim's steps sit under its header
    if assumption:
        text += ASSUMPTION[1 if lang == "en" else 0]
    return text


def render_all(steps: list[Step] | tuple[Step, ...], lang: str = "zh") -> list[str]:
    return [render(s, lang) for s in steps]


def label(group: str, code: str, lang: str = "zh") -> str:
    return LABELS[group][code][1 if lang == "en" else 0]
