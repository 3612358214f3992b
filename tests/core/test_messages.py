"""How the explanation writes numbers, articles, whose line it is and calendar years."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from jxdesk.core import messages
from jxdesk.core.messages import chinese_number, english_article, years_figure
from jxdesk.core.money import percent

D = Decimal


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("一", 1), ("零", 0), ("十", 10), ("十七", 17), ("二十", 20), ("六十八", 68),
        ("百", 100), ("一百", 100), ("一百零二", 102), ("二百三十", 230), ("三百一十五", 315),
    ],
)  # fmt: skip
def test_chinese_numbers(text: str, n: int) -> None:
    assert chinese_number(text) == n


@pytest.mark.parametrize(
    ("article", "english"),
    [
        ("第十七条", "Art. 17"),
        ("措施第四条", "Measure 4"),
        ("第二十六条、第三十八条", "Art. 26, Art. 38"),
        ("国办发〔2024〕38号、第十七条", "Guobanfa [2024] No. 38, Art. 17"),
        ("第十七条、国办发〔2024〕38号", "Art. 17, Guobanfa [2024] No. 38"),
        ("《育儿补贴制度实施方案》", "national Childcare Subsidy Scheme, 2025"),
        (
            "《浙江省人口与计划生育条例》第二十五条",
            "Art. 25 of the Zhejiang Population and Family Planning Regulations",
        ),
        # a document the table does not know keeps its name, in ASCII brackets
        ("《某办法》（试行）〔附件〕", "某办法(试行)[附件]"),
        ("《某条例》第三条", "某条例第三条"),
    ],
)
def test_english_articles(article: str, english: str) -> None:
    assert english_article(article) == english


def test_a_template_field_with_no_way_to_be_written_is_refused() -> None:
    with pytest.raises(ValueError, match="template field 'nonsense' has no known way"):
        messages._expression("nonsense")
    with pytest.raises(ValueError, match=r"^template field 'nonsense' has no known way to be"):
        messages._writer("nonsense", 1)


@pytest.mark.parametrize("make", [messages._compile, messages._interpret])
def test_english_lines_begin_with_a_capital_and_chinese_ones_are_left_alone(make) -> None:  # type: ignore[no-untyped-def]
    figures = {"n": 2, "place": "local"}
    assert make("one {n} two {n} three", 1)(figures, None) == "One 2 two 2 three"
    assert make("{place}: {n} {place}", 1)(figures, None) == "In Jiaxing: 2 in Jiaxing"
    assert make("a {n} b", 0)(figures, None) == "a 2 b"
    assert make("{place} {n}", 0)(figures, None) == "本市 2"
    assert make("{day} x", 0)({"day": "today"}, None) == "today x"


def test_rates_as_percentages() -> None:
    assert [percent(D(r)) for r in ("0.8", "0.835", "1", "0.05", "0.10")] == [
        "80%",
        "83.5%",
        "100%",
        "5%",
        "10%",
    ]


def test_whose_line_and_calendar_years() -> None:
    assert (messages._whose_zh("person"), messages._whose_en("person")) == ("本人", "you")
    assert (messages._whose_zh("child:1"), messages._whose_en("child:1")) == (
        "第2个孩子",
        "child 2",
    )
    figure = years_figure(((2025, 12, D("3600")), (2026, 10, D("3000"))))
    assert figure == "2025:12:3600;2026:10:3000"
    assert messages._years_zh(figure) == "2025年 12 个月 3,600.00 元，2026年 10 个月 3,000.00 元"
    assert (
        messages._years_en(figure)
        == "2025: 12 months, 3,600.00 yuan; 2026: 10 months, 3,000.00 yuan"
    )


def test_every_template_compiles_and_both_ways_write_the_same_lines() -> None:
    # templates are made on first use (messages._Compiled): interpreted once, then compiled.
    # A field with no way to be written must still be found here, not by the first citizen
    # whose case reaches it; and the two ways must agree to the character on every step
    # of the golden cases, in both languages.
    from support.compare import golden_files, load_golden

    from jxdesk.core.api import estimate
    from jxdesk.core.wording import TEMPLATES

    made = {
        (code, lang): (messages._compile(t, lang), messages._interpret(t, lang))
        for code, pair in TEMPLATES.items()
        for lang, t in enumerate(pair)
    }
    lines = 0
    for path in golden_files():
        for step in estimate(load_golden(path)["case"]).steps:
            for lang in (0, 1):
                compiled, interpreted = made[step.code, lang]
                line = compiled(step.figures, step.amount)
                assert interpreted(step.figures, step.amount) == line, (path.name, step.code)
                lines += 1
    assert lines > 1000


def test_a_line_is_interpreted_first_then_compiled() -> None:
    table = messages._Compiled(1)
    figures = {"kind": "inpatient", "maximum": D("400000")}
    code = "outpatient_maximum_reached"
    lines = [table[code](figures, D("0")) for _ in range(messages.COMPILE_AFTER - 1)]
    assert table[code].__code__.co_filename == messages.__file__  # still interpreted
    lines.append(table[code](figures, D("0")))
    assert table[code].__code__.co_filename == "<string>"  # exec'd: the compiled f-string
    lines.append(table[code](figures, D("0")))
    assert len(set(lines)) == 1
    assert lines[0].startswith("The inpatient stay maximum (400,000.00 yuan)")


def test_a_template_brace_that_is_not_a_field_is_refused() -> None:
    with pytest.raises(ValueError, match="a brace that is not a"):
        messages._compile("第{n}笔 {n:>3}", 0)
    for stray in ("a}b", "a{b", "{}"):
        with pytest.raises(
            ValueError, match=f"^template {re.escape(repr(stray))}: a brace that is not a"
        ):
            messages._interpret(stray, 1)


def test_forget_empties_every_cache_of_the_explanation() -> None:
    # jxdesk.core.caches.reset calls it: a tool that swaps code under a running process
    # must not get lines made by the code it replaced
    from jxdesk.core.trace import Step

    steps = [
        Step(
            "premium_child_order",
            "第四条",
            {"whose": "child:0", "contribution": D("400"), "rate": D("0.5"), "amount": D("200")},
            D("200"),
        ),
        Step(
            "national_childcare",
            "国办发〔2025〕1号",
            {"n": 1, "born": "2025-03-01", "months": 2, "years": "2025:2:600", "monthly": D("300")},
            D("600"),
        ),
    ]
    messages.render_all(steps, "en")
    cached = (messages._percent, messages._years_en, messages.english_article, messages._labels)
    assert all(c.cache_info().currsize for c in cached)
    assert messages._COMPILED[1] and messages._CITES[1]
    messages.forget()
    assert not any(c.cache_info().currsize for c in cached)
    assert not any(messages._COMPILED) and not any(messages._CITES)
