"""The words of the explanation, in Chinese and English, and how a step becomes a line.

Templates (wording.py) name figures by key; rates are shown as percentages, money with
two decimals and thousands separators (12,345.60, as the GUI's headlines), codes (kind,
facility, …) by their plain-language label. English lines cite "Art. 17" / "Measure 4"
where Chinese lines cite （第十七条） / （措施第四条）.
"""

from __future__ import annotations

import functools
import re
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
        "since",
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
        return f'f"{{L_{field}[f[{field!r}]]}}"'
    if field in PLAIN_FIELDS:
        return f'f"{{f[{field!r}]}}"'
    raise ValueError(f"template field {field!r} has no known way to be written")


def _split(template: str) -> list[str]:
    """Literals at even places, field names at odd ones: "a{x}b" -> ["a", "x", "b"].

    By hand, not with string.Formatter (importing string costs a `calc` 0.4 ms) or re
    (compiling the pattern, 0.1 ms): a template's only braces are its {field}s."""
    parts = []
    rest = template
    while True:
        literal, brace, rest = rest.partition("{")
        if "}" in literal:
            raise ValueError(f"template {template!r}: a brace that is not a {{field}}")
        parts.append(literal)
        if not brace:
            return parts
        field, close, rest = rest.partition("}")
        if not close or not field.isidentifier():
            raise ValueError(f"template {template!r}: a brace that is not a {{field}}")
        parts.append(field)


def _parse(template: str, lang: int) -> list[tuple[bool, str]]:
    """The template as (is a field, text) pieces. English lines begin with a capital: a
    template that begins with words has it written in here (one that begins with a figure
    capitalises at run time)."""
    pieces = []
    for i, part in enumerate(_split(template)):
        if i % 2:
            pieces.append((True, part))
        elif part:
            if i == 0 and lang == 1:
                part = part[:1].upper() + part[1:]
            pieces.append((False, part))
    return pieces


def _compile(template: str, lang: int) -> Renderer:
    """Turn a template into one f-string function.

    Explanations are rendered for every case (a batch renders millions of lines), and a
    compiled f-string is several times faster than str.format on Chinese text. The source is
    generated from this module's own templates only: literals via repr(), fields from the
    fixed tables above.
    """
    pieces = [_expression(text) if field else repr(text) for field, text in _parse(template, lang)]
    body = " ".join(pieces) or "''"
    if lang == 1 and template[:1] == "{":
        body = f"_capital({body})"
    namespace: dict[str, object] = {f"L_{g}": labels for g, labels in _labels(lang).items()}
    namespace |= {
        "P": _percent,
        "W": _whose_en if lang else _whose_zh,
        "Y": _years_en if lang else _years_zh,
        "_capital": _capital,
    }
    exec(f"def render(f, a):\n    return {body}\n", namespace)
    renderer: Renderer = namespace["render"]  # type: ignore[assignment]
    return renderer


def _writer(field: str, lang: int) -> Renderer:
    """How a field is written, as a function: _expression's twin for _interpret (an f-string
    field `{x:,.2f}` is format(x, ",.2f"), `{x}` is format(x, ""))."""
    if field == "amount":
        return lambda f, a: format(a, ",.2f")
    if field in MONEY_FIELDS:
        return lambda f, a: format(f[field], ",.2f")
    if field in FUNCTION_FIELDS:
        ways: dict[str, tuple[Callable[[Figure], str], ...]] = {
            "W": (_whose_zh, _whose_en),
            "Y": (_years_zh, _years_en),
        }
        write = ways[FUNCTION_FIELDS[field]][lang]
        return lambda f, a: write(f[field])
    if field in RATE_FIELDS:
        return lambda f, a: _percent(f[field])
    if field in LABELS:
        labels = _labels(lang)[field]
        return lambda f, a: labels[f[field]]  # type: ignore[index]
    if field in PLAIN_FIELDS:
        return lambda f, a: format(f[field], "")
    raise ValueError(f"template field {field!r} has no known way to be written")


def _interpret(template: str, lang: int) -> Renderer:
    """The same line as _compile's function, by joining the pieces: slower to run, but
    ready in a few microseconds where compiling takes some 50 (a `calc` renders each of
    its ~16 lines once)."""
    parts = [_writer(text, lang) if field else text for field, text in _parse(template, lang)]
    capital = lang == 1 and template[:1] == "{"

    def render(f: Mapping[str, Figure], a: Decimal | None) -> str:
        text = "".join([p if isinstance(p, str) else p(f, a) for p in parts])
        return _capital(text) if capital else text

    return render


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@functools.cache
def _labels(lang: int) -> dict[str, dict[str, str]]:
    """Each group's labels in one language (code -> words), built once."""
    return {g: {c: t[lang] for c, t in codes.items()} for g, codes in LABELS.items()}


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


# cached: a child's calendar years recur from case to case (a few birth months, one rate)
@functools.lru_cache(maxsize=256)
def _years_zh(figure: Figure) -> str:
    return "，".join(f"{y}年 {n} 个月 {a} 元" for y, n, a in _years(figure))


@functools.lru_cache(maxsize=256)
def _years_en(figure: Figure) -> str:
    return "; ".join(f"{y}: {n} months, {a} yuan" for y, n, a in _years(figure))


class _Compiled(dict[str, Renderer]):
    """One language's renderers by message code, made on first use: interpreted for the
    first COMPILE_AFTER lines, compiled from then on.

    Compiling every template took some 6 ms at import, on every `calc`, which renders only
    its ~16 codes in one language, each once; a batch renders them thousands of times.
    """

    def __init__(self, lang: int) -> None:
        super().__init__()
        self.lang = lang

    def __missing__(self, code: str) -> Renderer:
        template = TEMPLATES[code][self.lang]
        interpreted = _interpret(template, self.lang)
        uses = 0

        def counted(f: Mapping[str, Figure], a: Decimal | None) -> str:
            nonlocal uses
            uses += 1
            if uses == COMPILE_AFTER:
                self[code] = _compile(template, self.lang)  # used from the next line on
            return interpreted(f, a)

        self[code] = counted
        return counted


#: uses of a template before it is compiled: compiling (~50 µs) pays for itself after some
#: 25 lines, and a `calc` writes each of its lines once or a few times
COMPILE_AFTER = 20

_COMPILED = (_Compiled(0), _Compiled(1))

ASSUMPTION = ("（估算假设，见说明）", " (an assumption; see the notes)")


_HEADERS = frozenset(code for code in TEMPLATES if code.startswith("claim_header"))


_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九")}
#: patterns of english_article (left to re's own cache: compiled only if an article is cited)
_ARTICLE = r"^(?P<prefix>.*?)第(?P<n>[一二三四五六七八九十百零]+)条$"
_DOCUMENT_NUMBER = r"^(?P<name>.+)〔(?P<year>\d{4})〕(?P<n>\d+)号$"
#: English names of the documents articles are cited from (their cite_prefix)
_DOCUMENTS_EN = {
    "": "Art.",
    "措施": "Measure",
    "《女职工劳动保护特别规定》": "Art. {n} of the Special Provisions on Labour Protection of Female Employees",
    "《浙江省人口与计划生育条例》": "Art. {n} of the Zhejiang Population and Family Planning Regulations",
}
_NAMES_EN = {
    "国办发": "Guobanfa",
    "嘉政发": "Jiazhengfa",
    "嘉政办发": "Jiazhengbanfa",
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
        m = re.match(_ARTICLE, part)
        if m is not None and m["prefix"] in _DOCUMENTS_EN:
            n = chinese_number(m["n"])
            form = _DOCUMENTS_EN[m["prefix"]]
            parts.append(form.format(n=n) if "{n}" in form else f"{form} {n}")
            continue
        d = re.match(_DOCUMENT_NUMBER, part)
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
    return render_all((step,), lang)[0]


def render_all(steps: list[Step] | tuple[Step, ...], lang: str = "zh") -> list[str]:
    """The lines of the steps, in Chinese, or English for lang "en"."""
    en = lang == "en"
    compiled = _COMPILED[en]
    cites = _CITES[en]
    marker = ASSUMPTION[en]
    lines = []
    for code, article, figures, amount, _, subject, assumption, _ in steps:
        text = compiled[code](figures, amount)
        if article:
            cite = cites.get(article)
            if cite is None:
                cite = cites[article] = f" ({english_article(article)})" if en else f"（{article}）"
            text += cite
        if subject and subject[:6] == "claim:" and code not in _HEADERS:
            text = "  " + text  # a claim's steps sit under its header
        if assumption:
            text += marker
        lines.append(text)
    return lines


#: each language's citation of an article, as a line ends with it, by article
_CITES: tuple[dict[str, str], dict[str, str]] = ({}, {})


def forget() -> None:
    """Empty this module's caches (jxdesk.core.caches.reset)."""
    for table in (*_COMPILED, *_CITES):
        table.clear()
    for cached in (_percent, _years_zh, _years_en, english_article, _labels):
        cached.cache_clear()


def label(group: str, code: str, lang: str = "zh") -> str:
    return LABELS[group][code][1 if lang == "en" else 0]
