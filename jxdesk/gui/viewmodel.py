"""The wizard's state and everything the pages show that needs working out. Qt-free.

Pages write `model.answers` and call `model.changed()`; they read problems, the result,
the what-if comparison, the explanation lines and the summary texts from here and
never compute. Results are cached per change, so reading them twice is free.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from jxdesk.gui import i18n
from jxdesk.gui.answers import (
    Answers,
    ChildAnswer,
    ClaimAnswer,
    clean_money,
    field_problems,
    money_ok,
    to_case,
)
from jxdesk.gui.codes import allowed_facilities
from jxdesk.gui.engine import Engine, FieldProblem, RuleDocument

if TYPE_CHECKING:  # pragma: no cover
    from decimal import Decimal

    from jxdesk.core.result import Result
    from jxdesk.core.trace import Step
    from jxdesk.gui.whatif import Comparison

Money = Callable[["Decimal"], str]


class Page(IntEnum):
    IDENTITY = 0
    CLAIMS = 1
    FAMILY = 2
    RESULTS = 3


MEDICAL_PARTS = (
    "fund",
    "account",
    "prior_account",
    "critical_illness",
    "medical_aid",
    "out_of_pocket",
)
FERTILITY_PARTS = (
    "prenatal_subsidy",
    "childcare_allowance",
    "national_childcare_subsidy",
    "maternity_allowance",
)
#: the figures whose explanation is the whole medical section: what the person pays is
#: what is left after every payer, claim by claim, then 大病保险 and 医疗救助
_WHOLE_MEDICAL = ("out_of_pocket",)
_MATERNITY_CONTEXT = ("leave_", "delivery_before_rules", "maternity_", "multiple_birth")

_FIELD_LABEL = {
    "year": i18n.YEAR,
    "scheme": i18n.SCHEME,
    "birth_date": i18n.BIRTH_DATE,
    "medical_aid": i18n.MEDICAL_AID,
    "account_balance": i18n.ACCOUNT,
    "prior_account_balance": i18n.PRIOR_ACCOUNT,
    "estimate_account": i18n.ESTIMATE_ACCOUNT,
    "enrollment": i18n.ENROLLMENT,
    "route": i18n.ENROLLMENT,
    "kind": i18n.KIND,
    "facility": i18n.FACILITY,
    "place": i18n.PLACE,
    "eligible": i18n.ELIGIBLE,
    "excluded": i18n.EXCLUDED,
    "date": i18n.CLAIM_DATE,
    "order": i18n.CHILD_ORDER,
    "contribution_base": i18n.MOTHER_BASE,
    "continuous_months": i18n.MOTHER_MONTHS,
    "leave_days": i18n.MOTHER_LEAVE,
}
_ITEM = re.compile(r"^(claims|children)\[(\d+)\]\.?(.*)$")


def _internal(exc: Exception) -> str:
    return i18n.INTERNAL_ERROR.format(detail=f"{type(exc).__name__}: {exc}")


def page_of(path: str) -> Page:
    if path.startswith("claims"):
        return Page.CLAIMS
    if path.startswith(("children", "mother")):
        return Page.FAMILY
    return Page.IDENTITY


def plain_money(amount: Decimal) -> str:
    """Grouped, two decimals: the Qt-free stand-in for QLocale formatting."""
    return f"{amount:,.2f}"


def parse_money(text: str) -> Decimal:
    """An amount as typed, or 0 where it is not one yet (for running subtotals only)."""
    from decimal import Decimal, InvalidOperation  # (not imported before the first paint)

    if not money_ok(text):  # "1_000", "1e3": refused at the field, counted as nothing
        return Decimal(0)
    try:
        value = Decimal(clean_money(text) or "0")
    except InvalidOperation:
        return Decimal(0)
    return value if value.is_finite() and value >= 0 else Decimal(0)


def problem_where(path: str, tr: i18n.Tr) -> str:
    """'claims[1].eligible' -> '第2笔 · 医保范围内（元）'."""
    m = _ITEM.match(path)
    if m:
        group, index, rest = m.group(1), int(m.group(2)), m.group(3)
        head = i18n.CLAIM_N if group == "claims" else i18n.CHILD_N
        text = tr(head).format(n=index + 1)
        if rest in _FIELD_LABEL:
            text += " · " + tr(_FIELD_LABEL[rest])
        return text
    leaf = path.rsplit(".", 1)[-1]
    if leaf in _FIELD_LABEL:
        return tr(_FIELD_LABEL[leaf])
    return path


class WizardModel:
    def __init__(
        self, answers: Answers | None = None, engine: Engine | None = None, lang: str = "zh"
    ) -> None:
        self.answers = answers or Answers()
        self.engine = engine or Engine()
        self.lang = lang
        self.version = 0
        self._listeners: list[Callable[[], None]] = []
        self._cache: dict[str, Any] = {}

    # ---- change tracking
    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def changed(self) -> None:
        self.version += 1
        self._cache.clear()
        for listener in list(self._listeners):
            listener()

    def set_lang(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.changed()

    def _cached(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    # ---- edits that change more than one field (each ends with `changed`)
    def set_has_children(self, on: bool) -> None:
        """Ticking 估算生育补助 adds no child: page 3 asks for each one (a child nobody
        entered would earn subsidies)."""
        self.answers.has_children = on
        self.changed()

    def add_claim(self) -> int:
        """A new row, like the last one (a clerk often enters similar claims)."""
        claims = self.answers.claims
        last = claims[-1] if claims else None
        claims.append(
            ClaimAnswer(kind=last.kind, facility=last.facility, place=last.place)
            if last
            else ClaimAnswer()
        )
        self.changed()
        return len(claims) - 1

    def remove_claim(self, index: int) -> None:
        if 0 <= index < len(self.answers.claims):
            del self.answers.claims[index]
            self.changed()

    def move_claim(self, index: int, delta: int) -> int:
        """Move a claim up (-1) or down (+1); its new index."""
        claims = self.answers.claims
        target = index + delta
        if 0 <= index < len(claims) and 0 <= target < len(claims):
            claims[index], claims[target] = claims[target], claims[index]
            self.changed()
            return target
        return index

    def set_claim_kind(self, index: int, kind: str) -> None:
        """Change the kind; a facility the kind does not allow becomes the first it does."""
        claim = self.answers.claims[index]
        claim.kind = kind
        allowed = allowed_facilities(kind)
        if claim.facility not in allowed:
            claim.facility = allowed[0]
        self.changed()

    def add_child(self, twin: bool = False) -> int:
        """Another child, numbered after the others; a twin shares the last child's birth date."""
        children = self.answers.children
        last = children[-1] if children else None
        born = last.birth_date if last and twin else ""
        order = (max(c.order for c in children) if children else 0) + 1
        children.append(ChildAnswer(birth_date=born, order=order))
        self.answers.has_children = True
        self.changed()
        return len(children) - 1

    def remove_child(self, index: int) -> None:
        if 0 <= index < len(self.answers.children):
            del self.answers.children[index]
            self.changed()

    # ---- the case and its problems
    def case(self) -> dict[str, Any]:
        result: dict[str, Any] = self._cached("case", lambda: to_case(self.answers))
        return result

    def warm(self) -> None:
        """Load the core now (the app calls this after its first paint) and re-check."""
        was_ready = self.engine.ready
        self.engine.warm()
        if not was_ready:
            self.changed()

    def warm_or_problem(self) -> str | None:
        """Like warm(); a parameter file that cannot be trusted is returned as a message
        (never a wrong number): the app shows it and stops."""
        from jxdesk.core.parameters import ParameterError

        try:
            self.warm()
        except ParameterError as exc:
            return f"规则参数文件有误，无法估算 / The rule parameters are damaged: {exc}"
        from jxdesk.core.selftest import startup_problem  # the known answers (~5 ms)

        failed = startup_problem(self.engine.params)
        if failed:
            return f"启动自检未通过，无法估算 / The start-up self-test failed: {failed}"
        return None

    def problems(self) -> list[FieldProblem]:
        if not self.engine.ready:
            return []  # the core is not loaded yet; warm() re-checks everything

        def make() -> list[FieldProblem]:
            typed = [FieldProblem(*p) for p in field_problems(self.answers, self.lang)]
            try:
                core = self.engine.problems(self.case(), self.lang)
            except Exception as exc:  # never a traceback: say it as a problem of the case
                return [*typed, FieldProblem("", "internal", _internal(exc))]
            at = {p.path for p in typed}  # the field's own check speaks for that field
            return [*typed, *(p for p in core if p.path not in at)]

        result: list[FieldProblem] = self._cached("problems", make)
        return result

    def problems_on(self, page: Page) -> list[FieldProblem]:
        if page is Page.FAMILY and not self.answers.has_children:
            return []
        return [p for p in self.problems() if page_of(p.path) is page]

    def problem_at(self, path: str) -> str | None:
        for p in self.problems():
            if p.path == path:
                return p.text
        return None

    def problem_lines(self, page: Page, tr: i18n.Tr) -> list[str]:
        return [
            tr(i18n.PROBLEM_AT).format(where=problem_where(p.path, tr), message=p.text)
            if p.path
            else p.text
            for p in self.problems_on(page)
        ]

    def page_valid(self, page: Page) -> bool:
        if page is Page.RESULTS:
            return not self.problems()
        return not self.problems_on(page)

    def first_invalid_page(self) -> Page | None:
        pages = sorted({page_of(p.path) for p in self.problems()})
        return pages[0] if pages else None

    @property
    def skips_family(self) -> bool:
        return not self.answers.has_children

    # ---- the estimate
    def result(self) -> Result | None:
        def make() -> Result | None:
            if not self.engine.ready or self.problems():
                return None
            try:
                return self.engine.estimate(self.case())
            except Exception as exc:  # a rule the core cannot apply: shown, not raised
                self._cache["problems"] = [FieldProblem("", "internal", _internal(exc))]
                return None

        result: Result | None = self._cached("result", make)
        return result

    def comparisons(self) -> list[Comparison]:
        def make() -> list[Comparison]:
            from jxdesk.gui.whatif import Comparison, variants

            base = self.result()
            if base is None:
                return []
            out = []
            for v in variants(self.case()):
                try:
                    if self.engine.problems(v.case, self.lang):
                        continue
                    pays = self.engine.estimate(v.case).medical.out_of_pocket
                except Exception:  # a comparison is a nicety: leave it out
                    continue
                if pays != base.medical.out_of_pocket:  # a row that changes nothing is left out
                    out.append(Comparison(v.key, pays, pays - base.medical.out_of_pocket))
            return out

        result: list[Comparison] = self._cached("comparisons", make)
        return result

    def recompute(self) -> Result | None:
        """Everything the results page shows, worked out now (what a change costs)."""
        self.problems()
        result = self.result()
        self.comparisons()
        return result

    # ---- parts and explanations
    def medical_parts(self) -> list[tuple[str, Decimal]]:
        r = self.result()
        if r is None:
            return []
        parts = [(part, getattr(r.medical, part, None)) for part in MEDICAL_PARTS]
        return [(part, v) for part, v in parts if v is not None]

    def medical_paid_for_you(self) -> Decimal:
        from decimal import Decimal

        r = self.result()
        if r is None:
            return Decimal(0)
        m = r.medical
        prior: Decimal = getattr(m, "prior_account", Decimal(0))
        return m.fund + m.account + prior + m.critical_illness + m.medical_aid

    def benefits_from(self) -> str | None:
        """The first day insurance pays, when it is not 1 January of the year (R15)."""
        r = self.result()
        start = getattr(r.medical, "benefits_from", None) if r is not None else None
        if r is None or start is None:
            return None
        text = str(start.isoformat() if hasattr(start, "isoformat") else start)
        return None if text == f"{r.year}-01-01" else text

    def fertility_parts(self) -> list[tuple[str, Decimal]]:
        r = self.result()
        if r is None:
            return []
        parts = [(part, getattr(r.fertility, part, None)) for part in FERTILITY_PARTS]
        return [(part, v) for part, v in parts if v is not None]

    @property
    def fertility_asked(self) -> bool:
        """Whether the person asked for a fertility estimate (else the card says 未估算)."""
        return self.answers.has_children

    def premium_items(self, tr: i18n.Tr) -> list[tuple[str, Decimal]]:
        """(who, amount) per person with support: '本人' or '第2个孩子'."""
        r = self.result()
        if r is None:
            return []
        out = []
        for item in r.premium.items:
            if item.who == "person":
                who = tr(i18n.PREMIUM_WHO_PERSON)
            else:
                who = tr(i18n.CHILD_N).format(n=int(item.who.split(":")[1]) + 1)
            out.append((who, item.amount))
        return out

    def steps_for(self, part: str) -> list[Step]:
        """The steps behind one figure, in the order the computation took them."""
        r = self.result()
        if r is None:
            return []
        return select_steps(r.steps, part)

    def explanation(self, part: str) -> list[str]:
        return [self.engine.render(s, self.lang) for s in self.steps_for(part)]

    def all_lines(self) -> list[str]:
        r = self.result()
        return [] if r is None else [self.engine.render(s, self.lang) for s in r.steps]

    def documents(self) -> list[RuleDocument]:
        def make() -> list[RuleDocument]:
            return self.engine.documents_used(self.case(), self.lang)

        return list(self._cached("documents", make))

    # ---- the claims page's running subtotal
    def subtotal(self) -> tuple[int, Decimal, Decimal]:
        from decimal import Decimal

        claims = self.answers.claims
        eligible = sum((parse_money(c.eligible) for c in claims), Decimal(0))
        excluded = sum((parse_money(c.excluded) for c in claims), Decimal(0))
        return len(claims), eligible, excluded

    def subtotal_text(self, tr: i18n.Tr, money: Money = plain_money) -> str:
        count, eligible, excluded = self.subtotal()
        return tr(i18n.SUBTOTAL).format(
            count=count,
            eligible=money(eligible),
            excluded=money(excluded),
            total=money(eligible + excluded),
        )


def select_steps(steps: Sequence[Step], part: str) -> list[Step]:
    """The steps that explain one result figure, with the context a reader needs.

    `part` is a field a step `explains` ("fund", "maternity_allowance", …) or a whole
    section ("medical", "fertility", "premium"). For a medical figure each claim it
    concerns is introduced by its header line and keeps its rate and band lines.
    """
    if part in ("medical", "fertility", "premium", "premium_total"):
        section = "premium" if part == "premium_total" else part
        return [s for s in steps if s.section == section]
    if part in FERTILITY_PARTS:
        return [s for s in steps if s.section == "fertility" and _fertility_context(s, part)]
    if part in _WHOLE_MEDICAL:
        return [s for s in steps if s.section == "medical"]
    wanted = (part,)
    primary = [s for s in steps if s.section == "medical" and s.explains in wanted]
    subjects = {s.subject for s in primary if s.subject}
    return [
        s
        for s in steps
        if s.section == "medical"
        and (s.explains in wanted or (s.subject in subjects and s.explains is None))
    ]


def _fertility_context(step: Step, part: str) -> bool:
    if step.explains is not None:
        return step.explains == part
    if part == "maternity_allowance":
        return step.subject is None and step.code.startswith(_MATERNITY_CONTEXT)
    if step.code == "hukou_from_person":
        return part == "prenatal_subsidy"
    return bool(step.subject and step.subject.startswith("child:"))
