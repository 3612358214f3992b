"""Turn a validated case into the three estimates, with the steps that explain them."""

from __future__ import annotations

from datetime import date

from jxdesk.core.case import Case
from jxdesk.core.parameters import ParameterSet, load_parameters
from jxdesk.core.result import Result
from jxdesk.core.rules.carried import carried_over, explain
from jxdesk.core.rules.fertility import settle_fertility
from jxdesk.core.rules.medical.year import settle_year
from jxdesk.core.rules.premium import settle_premium
from jxdesk.core.trace import Trace


def calculate(case: Case, params: ParameterSet | None = None) -> Result:
    params = params or load_parameters()
    trace = Trace()
    # Medical figures are those in force on 1 January of the settlement year (R1: annual).
    medical = settle_year(case, params.at(date(case.year, 1, 1)), trace)
    fertility = settle_fertility(case, params, trace)
    premium = settle_premium(case, params, trace)
    carried = carried_over(case, params, premium.available)
    if carried is None:
        return Result(case.year, medical, fertility, premium, tuple(trace.steps))
    said = Trace()  # R19: said once, first
    explain(carried, case, said)
    steps = tuple(said.steps) + tuple(trace.steps)
    return Result(case.year, medical, fertility, premium, steps, carried)
