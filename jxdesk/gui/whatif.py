""" "What if": the same case with every claim at another tier, or referred instead of not.

Qt-free. Each variant is a changed copy of the case dict; the view model estimates it and
compares what the person pays.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any, NamedTuple

from jxdesk.gui import i18n
from jxdesk.gui.codes import TIERS, fits


class Variant(NamedTuple):
    key: str  # "tier:level2", "place:referred", "place:local"
    case: dict[str, Any]


class Comparison(NamedTuple):
    key: str
    out_of_pocket: Decimal
    difference: Decimal  # variant minus the case as entered; negative = the person pays less


def _with_claims(case: dict[str, Any], claims: list[dict[str, Any]]) -> dict[str, Any]:
    out = copy.deepcopy(case)
    out["claims"] = claims
    return out


def _movable(claim: dict[str, Any]) -> bool:
    """A claim whose hospital tier could be chosen (not a pharmacy, not a home sickbed)."""
    return claim.get("facility") != "pharmacy" and claim.get("kind") != "home_bed"


def variants(case: dict[str, Any]) -> list[Variant]:
    claims: list[dict[str, Any]] = list(case.get("claims") or [])
    if not claims:
        return []
    out: list[Variant] = []
    for tier in TIERS:
        moved = []
        kinds: list[str] = []  # the kinds of the claims that can be there (the label says)
        for c in claims:
            c2 = dict(c)
            if _movable(c) and fits(str(c.get("kind")), tier):
                c2["facility"] = tier
                kinds += [str(c.get("kind"))] if str(c.get("kind")) not in kinds else []
            moved.append(c2)
        if moved != claims:
            every = len(kinds) == len({str(c.get("kind")) for c in claims}) and all(
                _movable(c) and fits(str(c.get("kind")), tier) for c in claims
            )
            key = f"tier:{tier}" if every else f"tier:{tier}:{','.join(kinds)}"
            out.append(Variant(key, _with_claims(case, moved)))
    places = {c.get("place", "local") for c in claims}
    if "unreferred" in places:
        swapped = [
            {**c, "place": "referred"} if c.get("place") == "unreferred" else dict(c)
            for c in claims
        ]
        out.append(Variant("place:referred", _with_claims(case, swapped)))
    if "referred" in places:
        swapped = [
            {**c, "place": "unreferred"} if c.get("place") == "referred" else dict(c)
            for c in claims
        ]
        out.append(Variant("place:unreferred", _with_claims(case, swapped)))
    if places - {"local"}:
        local = [{**c, "place": "local"} for c in claims]
        out.append(Variant("place:local", _with_claims(case, local)))
    return out


def variant_label(key: str, tr: i18n.Tr) -> str:
    """What the row moves: "都在二级医院就诊" when every claim moves, "住院都在二级医院就诊"
    when only those claims can (a pharmacy's or a home sickbed's stay where they are)."""
    kind, _, value = key.partition(":")
    if kind == "tier":
        value, _, some = value.partition(":")
        kinds = tr(i18n.SEP).join(tr(i18n.KIND_LABEL[k]) for k in some.split(",") if k)
        if value == "primary":
            return (
                tr(i18n.WHATIF_PRIMARY_SOME).format(kinds=kinds)
                if kinds
                else tr(i18n.WHATIF_PRIMARY)
            )
        tier = tr(i18n.FACILITY_LABEL[value])
        if kinds:
            return tr(i18n.WHATIF_TIER_SOME).format(kinds=kinds, tier=tier)
        return tr(i18n.WHATIF_TIER).format(tier=tier)
    return {
        "referred": tr(i18n.WHATIF_REFERRED),
        "unreferred": tr(i18n.WHATIF_UNREFERRED),
        "local": tr(i18n.WHATIF_LOCAL),
    }[value]
