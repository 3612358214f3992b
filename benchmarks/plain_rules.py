"""A plain, unvalidated, pure-Python reading of the same 2025 rules: the benchmark's yardstick.

It trusts its input, hard-codes the 2025 figures and writes no explanation. `jxdesk calc
--batch` (validated, parameter-driven, explained) is compared against it for speed, and
their amounts are compared for equality, which doubles as an independent check.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

D = Decimal
Z = D(0)
C = D("0.01")
EMPLOYEE = {"employee", "flexible", "retiree"}


def r(x: Decimal) -> Decimal:
    return x.quantize(C, rounding=ROUND_HALF_UP)


OUT_RATE_EMP = {"primary": D("0.85"), "level2": D("0.70")}
OUT_RATE_RES = {"primary": D("0.55"), "level2": D("0.45")}
CHR_RATE_RES = {"primary": D("0.65"), "level2": D("0.50"), "pharmacy": D("0.53")}
IN_DED = {"primary": D(300), "level1": D(300), "level2": D(500), "level3": D(800)}
IN_EMP = {"primary": D("0.9"), "level1": D("0.9"), "level2": D("0.85"), "level3": D("0.8")}
IN_RES = {"primary": D("0.9"), "level1": D("0.85"), "level2": D("0.75"), "level3": D("0.65")}
AID = {
    "destitute": D(1),
    "minimum_living": D("0.9"),
    "marginal": D("0.8"),
    "expenditure_poverty": D("0.7"),
    "child_in_distress": D("0.7"),
    "other": D("0.5"),
}


def month_after(d: date, n: int) -> date:
    i = d.year * 12 + d.month - 1 + n
    return date(i // 12, i % 12 + 1, 1)


def starts(case: dict[str, Any]) -> date:
    """R15: the first day of benefits."""
    p = case["person"]
    e = p.get("enrollment") or {"route": "annual"}
    route = e["route"]
    if route == "annual":
        return date(case["year"], 1, 1)
    d = date.fromisoformat(e["date"])
    if route == "newborn":
        b = date.fromisoformat(p["birth_date"])
        i = b.year * 12 + b.month - 1 + 3
        y, m = i // 12, i % 12 + 1
        last = (date(y + (m == 12), m % 12 + 1, 1) - date(y, m, 1)).days
        if d <= date(y, m, min(b.day, last)):
            return b
        route = "mid_year"
    n = {"employer_registration": 1, "mid_year": 2, "continuation": 1, "special_group": 0}
    return month_after(d, n[route])


def opening(p: dict[str, Any]) -> Decimal:
    """R17: the current-year account, given or 12 months of inflow."""
    if not p.get("estimate_account"):
        return D(p.get("account_balance", "0"))
    if p["scheme"] == "retiree":
        return D(195 * 12)
    return r(D(p["contribution_base"]) * D("0.02")) * 12


def medical(case: dict[str, Any]) -> dict[str, Any]:
    p = case["person"]
    scheme = p["scheme"]
    claims = case.get("claims", [])
    emp = scheme in EMPLOYEE
    retiree = scheme == "retiree"
    old = emp and p.get("pre1949_worker", False)
    bal = opening(p) if emp else Z
    start = starts(case)
    of = oo = od = Z  # outpatient filled, ordinary filled, deductible paid
    inf = ind = Z
    out = []
    tot_e = tot_x = fund_t = acc_t = base = cov_e = cov_x = Z
    for c in claims:
        e, x = D(c["eligible"]), D(c.get("excluded", "0"))
        tot_e += e
        tot_x += x
        if scheme == "none" or (c.get("date") and date.fromisoformat(c["date"]) < start):
            out.append((Z, Z, Z, Z))
            continue
        cov_e += e
        cov_x += x
        kind, fac, place = c["kind"], c["facility"], c.get("place", "local")
        fp_rate = {"local": Z, "referred": D("0.1"), "unreferred": D("0.2")}[place]
        if kind in ("outpatient", "chronic"):
            acc = min(bal, e) if emp else Z
            bal -= acc
            rest = e - acc
            fp = r(rest * fp_rate)
            a = rest - fp
            if place != "local":
                fac = "level3"
            if emp:
                ded_total = D(200) if retiree else D(400)
                if fac == "primary":
                    ded_total = Z
                rate = OUT_RATE_EMP.get(fac, D("0.60")) + (D("0.05") if retiree else Z)
                if kind == "chronic":
                    rate = D("0.83") if fac == "pharmacy" else rate + D("0.03")
                mx, mt = D(10000), D(15000)
            else:
                ded_total = Z
                rate = (
                    CHR_RATE_RES.get(fac, D("0.35"))
                    if kind == "chronic"
                    else OUT_RATE_RES.get(fac, D("0.35"))
                )
                mx, mt = D(2400), D(4200)
            if old:
                rate, w = D("0.95"), a
            else:
                room = mt - of
                if kind == "outpatient":
                    room = min(room, mx - oo)
                w = min(a, max(Z, room))
            ded = min(w, max(Z, ded_total - od))
            f = r((w - ded) * rate)
            of += w
            if kind == "outpatient":
                oo += w
            od += ded
            base += (a - w) if kind == "outpatient" else e - f
            out.append((f, acc, ded, fp))
        else:
            fp = r(e * fp_rate)
            a = e - fp
            if place != "local":
                fac = "level3"
            mx = D(1000000) if emp else D(200000)
            w = min(a, max(Z, mx - inf))
            ded = Z if kind in ("special", "home_bed") else min(IN_DED[fac], max(Z, 800 - ind), w)
            lo, hi = inf + ded, inf + w
            band = D(200000)
            rate = (IN_EMP if emp else IN_RES)[fac] + (D("0.05") if retiree else Z)
            paid = max(Z, min(hi, band) - lo) * rate
            if emp:
                paid += max(Z, min(hi, mx) - max(lo, band)) * D("0.85")
            f = r(paid)
            if old:
                f += r((e - f) * D("0.95"))
            inf += w
            ind += ded
            base += e - f
            out.append((f, Z, ded, fp))
        fund_t += out[-1][0]
        acc_t += out[-1][1]
    ci = aid = Z
    if scheme != "none" and claims:
        aid_person = p.get("medical_aid", "none") != "none"
        if aid_person:
            ci = r(max(Z, base - 7500) * D("0.8"))
        else:
            ci = r(max(Z, min(base, D(600000)) - 15000) * D("0.7"))
        rate = AID.get(p.get("medical_aid", "none"), Z)
        if p.get("targeted_child_illness") and p.get("birth_date") and p.get("hukou_jiaxing", True):
            b = date.fromisoformat(p["birth_date"])
            ds = [date.fromisoformat(c["date"]) for c in claims if c.get("date")]
            d = min(ds) if ds else date(case["year"], 1, 1)
            if not ds and b.year == case["year"]:
                d = b  # R18: born during the year, undated claims -> age 0
            age = d.year - b.year - ((d.month, d.day) < (b.month, b.day))
            if 0 <= age <= 14:
                rate = max(rate, D("0.8"))
        aid = min(r(max(Z, cov_e - fund_t - acc_t - ci) * rate), D(120000))
    prior = Z
    if emp and scheme != "none" and claims:
        prior = min(
            D(p.get("prior_account_balance", "0")),
            max(Z, cov_e - fund_t - acc_t - ci - aid + cov_x),
        )
    oop = tot_e + tot_x - fund_t - acc_t - prior - ci - aid
    return {
        "eligible": tot_e,
        "excluded": tot_x,
        "fund": fund_t,
        "account": acc_t,
        "prior_account": prior,
        "benefits_from": start.isoformat(),
        "critical_illness": ci,
        "medical_aid": aid,
        "out_of_pocket": oop,
        "claims": [
            {"fund": f, "account": a, "deductible": d, "first_paid": p} for f, a, d, p in out
        ],
    }


def fertility(case: dict[str, Any]) -> dict[str, Any]:
    kids = [k for k in case.get("children", []) if k["birth_date"] >= "2025-01-01"]
    mother = case.get("mother")
    hukou = (mother or case["person"]).get("hukou_jiaxing", True)
    pre = care = mat = Z
    days_t = 0
    for k in kids:
        o = min(k["order"], 3)
        if hukou:
            pre += (D(1000), D(2000), D(3000))[o - 1]
        if k.get("registered_in_jiaxing", True):
            care += (Z, D(5000), D(20000))[o - 1]
    if (
        mother
        and mother["scheme"] in ("employee", "flexible")
        and mother.get("continuous_months", 0) >= 6
    ):
        groups: dict[str, list[dict[str, Any]]] = {}
        for k in kids:
            groups.setdefault(k["birth_date"], []).append(k)
        for g in groups.values():
            days = mother.get("leave_days")
            if days is None:
                days = 98 + (60 if all(k["order"] == 1 for k in g) else 90)
                days += (15 if mother.get("difficult_labour") else 0) + 15 * (len(g) - 1)
            mat += r(D(mother["contribution_base"]) * days / 30)
            days_t += days
    nat = Z  # R14: 300 a month from the later of January 2025 and the birth month, 36 months
    for k in case.get("children", []):
        if k.get("registered_in_jiaxing", True):
            b = date.fromisoformat(k["birth_date"])
            i = b.year * 12 + b.month - 1
            nat += 300 * max(0, i + 36 - max(i, 2025 * 12))
    return {
        "prenatal_subsidy": pre,
        "childcare_allowance": care,
        "maternity_allowance": mat,
        "maternity_leave_days": days_t,
        "national_childcare_subsidy": nat,
        "total": pre + care + mat + nat,
    }


def premium(case: dict[str, Any]) -> dict[str, Any]:
    y = case["year"]
    if y != 2025:
        return {"available": False, "total": Z}
    p = case["person"]
    total = Z
    if p["scheme"] in ("resident", "student") and (
        p.get("disabled_certified")
        or p.get("family_planning_special")
        or p.get("medical_aid", "none") != "none"
    ):
        total += D(200) if p["scheme"] == "student" else D(680)
    for k in case.get("children", []):
        if not k.get("resident_insured", True):
            continue
        rate = D(1) if k.get("disabled_certified") else Z
        b = date.fromisoformat(k["birth_date"])
        if b >= date(2025, 1, 1) and k.get("registered_in_jiaxing", True) and b.year <= y:
            try:
                third = b.replace(year=b.year + 3)
            except ValueError:
                third = date(b.year + 3, 3, 1)
            if date(y, 1, 1) < third:
                rate = max(rate, (D("0.2"), D("0.5"), D(1))[min(k["order"], 3) - 1])
        total += r(D(680) * rate)
    return {"available": True, "total": total}


def money(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return f"{obj:.2f}"
    if isinstance(obj, dict):
        return {k: money(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [money(v) for v in obj]
    return obj


def main() -> None:
    out = sys.stdout
    for line in sys.stdin:
        case = json.loads(line)
        out.write(
            json.dumps(
                money(
                    {
                        "medical": medical(case),
                        "fertility": fertility(case),
                        "premium": premium(case),
                    }
                ),
                ensure_ascii=False,
            )
        )
        out.write("\n")


if __name__ == "__main__":
    main()
