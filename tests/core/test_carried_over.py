"""R19: which figures an estimate for a later year carries over, read from the parameters.

The rule (jxdesk/core/rules/carried.py): only the parts the estimate uses count (medical with
claims, fertility with children, premium when its contribution is known); a parameter file
with a figure of the year itself was updated for that year (by a yearly pack), so none of its
figures is carried; the other files' figures dated in or after the release's year (2025) are
carried, and the estimate names their documents once, in the first section it shows.

The yearly pack is tests/support/packs.py's `year_pack`: a 2026 resident contribution and a
2026 national childcare figure, as the issuing office would send (fictional figures).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from support.packs import TODAY, install, year_pack

from jxdesk.core.api import estimate, estimate_json
from jxdesk.core.parameters import ParameterSet, load_parameters
from jxdesk.core.parameters.loader import load_tree
from jxdesk.core.parameters.packs import load_effective_parameters
from jxdesk.core.resources import resources_dir
from jxdesk.core.result import CarriedOver

CITY = "嘉政发〔2024〕22号"  # the 办法: medical figures, the 生育津贴, premium support
MEASURES = "嘉政办发〔2024〕27号"  # the 措施: 孕产补助, 育儿津贴, premium support for children
NATIONAL = "《育儿补贴制度实施方案》"  # the national 育儿补贴
PERSON = {"scheme": "resident", "medical_aid": "minimum_living", "birth_date": "1990-05-05"}


def case(year: int, claims: bool = False, child: bool = False) -> dict[str, Any]:
    c: dict[str, Any] = {"year": year, "person": PERSON}
    if claims:
        stay = {"kind": "inpatient", "facility": "level3", "eligible": "50000"}
        c["claims"] = [{**stay, "date": f"{year}-03-01"}]
    if child:
        c["children"] = [{"birth_date": "2026-02-14", "order": 2}]
    return c


@pytest.fixture(scope="module")
def with_pack(tmp_path_factory: pytest.TempPathFactory) -> ParameterSet:
    tmp = tmp_path_factory.mktemp("carried")
    install(tmp / "cfg", year_pack(tmp))
    params, statuses = load_effective_parameters(tmp / "cfg", today=TODAY)
    assert [s.state for s in statuses] == ["loaded"]
    return params


def line(c: dict[str, Any], params: ParameterSet) -> tuple[str, str] | None:
    """The carried-over step's section and its rendered sentence, if the estimate has one."""
    r = estimate(c, params)
    steps = [s for s in r.steps if s.code == "carried_over"]
    if not steps:
        return None
    [step] = steps  # said once per estimate
    return step.section, estimate_json(c, params)["explanation"][0]


def test_premium_alone_is_a_part_that_carries(with_pack: ParameterSet) -> None:
    # 2026 with the pack: the contribution is the pack's, the support shares are still the
    # 办法's and the 措施's of 2025, so those two documents are named, in the premium section
    c = case(2026)
    assert estimate(c, with_pack).carried_over == CarriedOver(2025, (CITY, MEASURES))
    assert line(c, with_pack) == (
        "premium",
        f"2026年沿用2025年起施行的标准：未录入新的调整文件（{CITY}、{MEASURES}）",
    )
    # without the pack the contribution of 2026 is not known: the premium is not estimated,
    # nothing of it is used, and nothing is said to be carried over
    plain = estimate(c, load_parameters())
    assert plain.premium.available is False
    assert plain.carried_over is None
    assert line(c, load_parameters()) is None


def test_a_file_the_pack_updated_for_the_year_is_not_carried(with_pack: ParameterSet) -> None:
    c = case(2026, child=True)
    # the pack's 2026 national figure: that file is the year's own, its document not named
    assert estimate(c, with_pack).carried_over == CarriedOver(2025, (CITY, MEASURES))
    assert line(c, with_pack) == (
        "fertility",
        f"2026年沿用2025年起施行的标准：未录入新的调整文件（{CITY}、{MEASURES}）",
    )
    # without it the national scheme's 2025 figure is carried over too
    assert estimate(c, load_parameters()).carried_over == CarriedOver(
        2025, (CITY, MEASURES, NATIONAL)
    )


def test_a_yearly_figure_serves_its_own_year_only(with_pack: ParameterSet) -> None:
    # in 2027 the pack's 2026 figures no longer apply: the release's 2025 ones are carried,
    # the same as with no pack at all
    c = case(2027, child=True)
    want = CarriedOver(2025, (CITY, MEASURES, NATIONAL))
    assert estimate(c, with_pack).carried_over == want
    assert estimate(c, load_parameters()).carried_over == want


def test_only_the_parts_used_are_named(with_pack: ParameterSet) -> None:
    # the same year and parameters, asked in turn: the answer is per set of parts, never the
    # first one asked
    stay, child, both = case(2027, claims=True), case(2027, child=True), case(2027, True, True)
    assert estimate(stay, with_pack).carried_over == CarriedOver(2025, (CITY,))
    assert line(stay, with_pack) == (
        "medical",
        f"2027年沿用2025年起施行的标准：未录入新的调整文件（{CITY}）",
    )
    assert estimate(child, with_pack).carried_over == CarriedOver(2025, (CITY, MEASURES, NATIONAL))
    assert estimate(both, with_pack).carried_over == CarriedOver(2025, (CITY, MEASURES, NATIONAL))
    said = line(both, with_pack)
    assert said is not None and said[0] == "medical"  # the first section the estimate shows
    assert estimate(stay, with_pack).carried_over == CarriedOver(2025, (CITY,))


@pytest.mark.parametrize("claims, child", [(True, False), (False, True), (True, True)])
def test_the_release_year_carries_nothing(
    with_pack: ParameterSet, claims: bool, child: bool
) -> None:
    c = case(2025, claims, child)
    if child:
        c["children"] = [{"birth_date": "2025-02-14", "order": 2}]
    for params in (with_pack, load_parameters()):
        assert estimate(c, params).carried_over is None
        assert line(c, params) is None


def test_an_empty_case_carries_nothing(with_pack: ParameterSet) -> None:
    # 2027 with the pack: no claims, no children, the contribution unknown (the pack's is
    # 2026's): the estimate uses no figure at all
    assert estimate(case(2027), with_pack).carried_over is None


def test_the_figures_are_those_in_force_on_1_january(tmp_path: Path) -> None:
    # a pack whose national figure starts on 2 January 2026: on 1 January the scheme's 2025
    # figure was in force, so that file is carried over into 2026 and its document named
    install(tmp_path / "cfg", year_pack(tmp_path, national_from=date(2026, 1, 2)))
    params, _ = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    c = case(2026, child=True)
    assert estimate(c, params).carried_over == CarriedOver(2025, (CITY, MEASURES, NATIONAL))


def test_a_reading_is_not_a_standard_carried_over(tmp_path: Path) -> None:
    # a figure whose source is our own reading of the rules (the rulings, reliability
    # "interpretation"), not a document that sets standards: it is never named as carried
    root = tmp_path / "parameters"
    shutil.copytree(resources_dir() / "parameters", root)
    f = root / "medical" / "critical_illness.yaml"
    text = f.read_text("utf-8")
    assert "document: jzf-2024-22" in text
    f.write_text(text.replace("document: jzf-2024-22", "document: jxdesk-rulings", 1), "utf-8")
    params = load_tree(root)
    stay = case(2026, claims=True)
    assert estimate(stay, params).carried_over == CarriedOver(2025, (CITY,))
