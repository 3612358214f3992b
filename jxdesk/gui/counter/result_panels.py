"""The blocks of the results page: three estimate cards, the what-if, the answers summary.

Each block only shows what the view model worked out; clicking an amount asks the page
to explain it (`explain(part)`), a 修改 link asks it to go to a page (`edit(page)`).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from jxdesk.gui import i18n, theme
from jxdesk.gui.counter.paybar import PayBar
from jxdesk.gui.qt import (
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSize,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    tr,
)
from jxdesk.gui.summary import summarise
from jxdesk.gui.viewmodel import Page, WizardModel
from jxdesk.gui.whatif import variant_label
from jxdesk.gui.widgets import Card, label, money, set_role, yuan

Explain = Callable[[str], None]
Edit = Callable[[Page], None]


def clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:  # pragma: no cover - count() said there is one
            break
        w = item.widget()
        inner = item.layout()
        if w is not None:
            w.deleteLater()
        elif inner is not None:
            clear(inner)


class AmountButton(QPushButton):
    """One figure as a button: a colour key (optional), its name, the amount."""

    def __init__(self, part: str, explain: Explain, big: bool = False) -> None:
        super().__init__()
        self.part = part
        set_role(self, "amount")
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(2, 3, 2, 3)
        lay.setSpacing(8)
        self.swatch = QFrame()
        self._size_swatch()
        self.swatch.setVisible(part in theme.SEGMENTS)
        if part in theme.SEGMENTS:
            self.swatch.setStyleSheet(f"background: {theme.SEGMENTS[part]}; border-radius: 3px;")
        self.name = QLabel()  # on one line: the cards go under each other before it wraps
        self.name.setWordWrap(False)
        self.value = QLabel()
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if big:
            set_role(self.value, "big")
        for w in (self.swatch, self.name, self.value):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        lay.addWidget(self.swatch)
        lay.addWidget(self.name, 1)
        lay.addWidget(self.value)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.clicked.connect(lambda: explain(self.part))

    def _size_swatch(self) -> None:
        """The colour key grows with the text (large-text mode): 14 px at 12 pt."""
        side = max(10, round(self.fontMetrics().height() * 0.65))
        self.swatch.setFixedSize(side, side)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._size_swatch()
        super().changeEvent(event)

    def set(self, name: str, amount: Decimal, emphasis: bool = False) -> None:
        self.set_text(name, yuan(amount), emphasis)

    def set_text(self, name: str, value: str, emphasis: bool = False) -> None:
        self.name.setText(f"<b>{name}</b>" if emphasis else name)
        self.value.setText(value)
        self.setAccessibleName(f"{name} {value}")
        self.setAccessibleDescription(tr(i18n.EXPLAIN))
        self.setToolTip(tr(i18n.EXPLAIN))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        lay = self.layout()
        return lay.sizeHint() if lay is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        lay = self.layout()
        return lay.minimumSize() if lay is not None else super().minimumSizeHint()


class EstimateCard(Card):
    """A section's title, its total as a big figure, then its parts."""

    def __init__(self, section: str, explain: Explain) -> None:
        super().__init__()
        self.explain = explain
        self.title = label(role="section")
        self.total = AmountButton(section, explain, big=True)
        self.note = label(role="hint")
        self.body.addWidget(self.title)
        self.body.addWidget(self.total)
        self.body.addWidget(self.note)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra)
        self.parts = QVBoxLayout()
        self.parts.setSpacing(0)
        self.body.addLayout(self.parts)
        self.body.addStretch(1)
        self.buttons: dict[str, AmountButton] = {}

    def part(self, key: str) -> AmountButton:
        if key not in self.buttons:
            b = AmountButton(key, self.explain)
            self.buttons[key] = b
            self.parts.addWidget(b)
        return self.buttons[key]


class MedicalCard(EstimateCard):
    def __init__(self, explain: Explain) -> None:
        super().__init__("medical", explain)
        self.start = label(role="hint")  # benefits_from, when not 1 January (R15)
        self.start.hide()
        self.bar = PayBar()
        self.extra.addWidget(self.start)
        self.extra.addWidget(self.bar)

    def refresh(self, model: WizardModel) -> None:
        self.title.setText(tr(i18n.MEDICAL))
        r = model.result()
        if r is None:
            return
        m = r.medical
        self.total.set(tr(i18n.MEDICAL_TOTAL), model.medical_paid_for_you())
        self.note.setText(tr(i18n.TOTAL_COST).format(amount=money(m.eligible + m.excluded)))
        start = model.benefits_from()
        self.start.setText(tr(i18n.BENEFITS_FROM).format(date=start) if start else "")
        self.start.setVisible(start is not None)
        parts = model.medical_parts()
        names = {
            p: tr(i18n.YOU_PAY) if p == "out_of_pocket" else tr(i18n.PART[p]) for p, _ in parts
        }
        self.bar.set_parts([(p, names[p], v) for p, v in parts])
        self.bar.setAccessibleName(tr(i18n.BAR_NAME))
        self.bar.setVisible(m.eligible + m.excluded > 0)
        for p, v in parts:
            b = self.part(p)
            b.set(names[p], v, emphasis=p == "out_of_pocket")
            b.setVisible(v > 0 or p in ("fund", "out_of_pocket"))


class FertilityCard(EstimateCard):
    def __init__(self, explain: Explain) -> None:
        super().__init__("fertility", explain)

    def refresh(self, model: WizardModel) -> None:
        self.title.setText(tr(i18n.FERTILITY))
        r = model.result()
        if r is None:
            return
        f = r.fertility
        asked = model.fertility_asked
        if not asked:  # not 0.00: nobody asked (the person did not tick 估算生育补助)
            self.total.set_text(tr(i18n.FERTILITY_TOTAL), tr(i18n.NOT_ESTIMATED))
            self.note.setText(tr(i18n.NOT_ASKED))
            self.note.setVisible(True)
        else:
            self.total.set(tr(i18n.FERTILITY_TOTAL), f.total)
            days = f.maternity_leave_days
            self.note.setText(tr(i18n.LEAVE_DAYS).format(days=days) if days else "")
            self.note.setVisible(bool(days))
        for p, v in model.fertility_parts():
            b = self.part(p)
            b.set(tr(i18n.PART[p]), v)
            b.setVisible(asked)


class PremiumCard(EstimateCard):
    def __init__(self, explain: Explain) -> None:
        super().__init__("premium", explain)
        self.rows = QVBoxLayout()
        self.extra.addLayout(self.rows)

    def refresh(self, model: WizardModel) -> None:
        self.title.setText(tr(i18n.PREMIUM))
        r = model.result()
        if r is None:
            return
        p = r.premium
        if p.available:
            self.total.set(tr(i18n.PREMIUM_TOTAL), p.total)
            self.note.setText(
                tr(i18n.PREMIUM_CONTRIBUTION).format(year=r.year, amount=money(p.contribution))
            )
        else:  # the year's contribution is not published: no figure, never 0.00 (R19)
            self.total.set_text(tr(i18n.PREMIUM_TOTAL), tr(i18n.NOT_PUBLISHED))
            self.note.setText(tr(i18n.PREMIUM_UNAVAILABLE))
        clear(self.rows)
        for who, amount in model.premium_items(tr):
            b = AmountButton("premium", self.explain)
            b.set(who, amount)
            self.rows.addWidget(b)
        if not p.items and p.available:
            self.rows.addWidget(label(tr(i18n.NOTHING), role="hint"))


class WhatIfPanel(Card):
    def __init__(self) -> None:
        super().__init__()
        self.title = label(role="section")
        self.hint = label(role="hint")
        self.body.addWidget(self.title)
        self.body.addWidget(self.hint)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        self.body.addLayout(self.rows)
        self.body.addStretch(1)

    def refresh(self, model: WizardModel) -> None:
        self.title.setText(tr(i18n.WHATIF))
        self.hint.setText(tr(i18n.WHATIF_HINT))
        clear(self.rows)
        comparisons = model.comparisons()
        if not comparisons:
            self.rows.addWidget(label(tr(i18n.WHATIF_NONE), role="hint"))
            return
        for c in comparisons:
            row = QWidget()
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 2, 0, 2)
            name = label(variant_label(c.key, tr), wrap=False)
            pays = label(tr(i18n.WHATIF_PAYS).format(amount=money(c.out_of_pocket)), wrap=False)
            if c.difference > 0:
                diff = label(tr(i18n.WHATIF_MORE).format(amount=money(c.difference)), "bad")
            elif c.difference < 0:
                diff = label(tr(i18n.WHATIF_LESS).format(amount=money(-c.difference)), "good")
            else:
                diff = label(tr(i18n.WHATIF_SAME), "hint")
            diff.setWordWrap(False)
            diff.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            lay.addWidget(name, 1)
            lay.addWidget(pays)
            lay.addWidget(diff)
            row.setAccessibleName(f"{name.text()}: {pays.text()}, {diff.text()}")
            self.rows.addWidget(row)


class SummaryPanel(Card):
    """The answers, each part with a 修改 link back to its page."""

    def __init__(self, edit: Edit) -> None:
        super().__init__()
        self.edit = edit
        self.title = label(role="section")
        self.body.addWidget(self.title)
        self.rows = QVBoxLayout()
        self.body.addLayout(self.rows)
        self.body.addStretch(1)
        self.links: list[QPushButton] = []

    def refresh(self, model: WizardModel) -> None:
        self.title.setText(tr(i18n.ANSWERS))
        clear(self.rows)
        self.links = []
        for section in summarise(model, tr, money):
            head = QHBoxLayout()
            head.addWidget(label(f"<b>{section.title}</b>"), 1)
            link = QPushButton(tr(i18n.CHANGE))
            set_role(link, "link")
            link.setAutoDefault(False)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setAccessibleName(tr(i18n.CHANGE_NAME).format(section=section.title))
            link.setProperty("target", int(section.page))
            link.clicked.connect(lambda _=False, p=section.page: self.edit(p))
            self.links.append(link)
            head.addWidget(link)
            self.rows.addLayout(head)
            lines = label("\n".join(section.lines))
            lines.setContentsMargins(0, 0, 0, 6)
            self.rows.addWidget(lines)
