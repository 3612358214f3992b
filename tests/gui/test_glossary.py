"""One name for each thing: the counter's labels (jxdesk/gui/i18n.py and its English
catalogue), the printout and the explanations (the core's wording) use the words of
jxdesk/core/glossary.py."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from support.compare import golden_files, load_golden

from jxdesk.core import glossary
from jxdesk.gui import i18n

CATALOGUE = Path(__file__).resolve().parents[2] / "resources/translations/jxdesk_en.ts"


def english(context: str = "jxdesk") -> dict[str, str]:
    """Source -> English translation in one context of the catalogue."""
    text = CATALOGUE.read_text("utf-8")
    text = next(c for c in text.split("<context>") if f"<name>{context}</name>" in c)
    pairs = re.findall(
        r"<source>(.*?)</source>\s*<translation[^>]*>(.*?)</translation>", text, re.S
    )
    return {unescape(s): unescape(t) for s, t in pairs}


LABELS = [
    (glossary.PAYERS, i18n.PART),
    (glossary.FAMILY, {k: v for k, v in i18n.PART.items() if k in glossary.FAMILY}),
    (glossary.SCHEMES, i18n.SCHEME_LABEL),
    (glossary.AID_STATUSES, i18n.MEDICAL_AID_LABEL),
    (glossary.ENROLLMENT_ROUTES, i18n.ENROLLMENT_LABEL),
    (glossary.PLACES, i18n.PLACE_LABEL),
]


@pytest.mark.parametrize(("terms", "labels"), LABELS)
def test_the_counter_names_each_term_as_the_glossary_does(
    terms: dict[str, glossary.Term], labels: dict[str, str]
) -> None:
    en = english()
    for key, label in labels.items():
        if key in terms:
            assert label == terms[key].zh, key
            assert en[label] == terms[key].en, (key, en[label])


def test_section_names_follow_the_glossary() -> None:
    en = english()
    assert glossary.FAMILY["fertility"].zh == i18n.FERTILITY
    assert en[i18n.FERTILITY] == glossary.FAMILY["fertility"].en
    assert glossary.FAMILY["premium"].zh == i18n.PREMIUM
    assert glossary.PAYERS["out_of_pocket"].zh == i18n.YOU_PAY
    assert en[i18n.YOU_PAY] == glossary.PAYERS["out_of_pocket"].en


@pytest.mark.parametrize("context", ["jxdesk", "kiosk"])
def test_english_labels_use_ascii_punctuation(context: str) -> None:
    # the CJK font draws “ ” as wide marks with space around them ('Tap “Don't know”.')
    chinese_marks = re.compile(r"[\u3000-\u303f\uff01-\uff5e“”‘’…]")
    for source, translation in english(context).items():
        if source == "English":  # the button that switches to Chinese says 中文
            continue
        assert not chinese_marks.search(translation), (source, translation)


# names that the glossary replaced: none may come back in an explanation line
RETIRED = {
    "zh": ("个人现金支付", "低保家庭、", "低保家庭）"),
    "en": ("Serious illness", "Critical-illness", "critical-illness"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_explanations_use_the_glossary_names(lang: str) -> None:
    from jxdesk.core.api import estimate
    from jxdesk.core.messages import render

    seen = set()
    for path in golden_files():
        result = estimate(load_golden(path)["case"])
        for step in result.steps:
            line = render(step, lang)
            for retired in RETIRED[lang]:
                assert retired not in line, (path.name, line)
            seen.add(line)
    joined = "\n".join(seen)
    names = [t.name(lang) for t in (glossary.PAYERS["critical_illness"],)]
    assert all(n.lower() in joined.lower() for n in names)


def test_a_term_by_key() -> None:
    assert glossary.term("critical_illness", "en") == "Critical illness insurance"
    assert glossary.term("none", "zh", glossary.AID_STATUSES) == "不是救助对象"
    assert glossary.term("none", "zh", glossary.SCHEMES) == "未参保"
    with pytest.raises(KeyError):
        glossary.term("nothing")


def test_the_kiosk_names_the_payers_and_items_as_the_glossary_does() -> None:
    """Where the kiosk shows a glossary term by its Chinese name, its English is the
    glossary's too (it once said "Serious illness cover" and "Card account")."""
    en = english("kiosk")
    shown = [t for t in (*glossary.PAYERS.values(), *glossary.FAMILY.values()) if t.zh in en]
    assert len(shown) >= 4  # the kiosk does name payers and fertility items
    for t in shown:
        assert en[t.zh] == t.en, (t.zh, en[t.zh])
