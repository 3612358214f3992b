"""How the explanation writes numbers, articles, whose line it is and calendar years."""

from __future__ import annotations

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


def test_every_template_compiles_in_both_languages() -> None:
    # templates compile on first use (messages._Compiled): a field with no way to be
    # written must still be found here, not by the first citizen whose case reaches it
    from jxdesk.core.wording import TEMPLATES

    for code in TEMPLATES:
        zh, en = messages._COMPILED[0][code], messages._COMPILED[1][code]
        assert callable(zh) and callable(en), code


def test_a_template_brace_that_is_not_a_field_is_refused() -> None:
    with pytest.raises(ValueError, match="a brace that is not a"):
        messages._compile("第{n}笔 {n:>3}", 0)
