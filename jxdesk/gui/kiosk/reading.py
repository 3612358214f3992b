"""The kiosk's reading pages, full screen like every other: 为什么是这个数？ (the steps
behind the result, each with its article) and 规则依据 (the documents, dates and packs the
figures come from; read-only, nothing can be opened or installed).

The words come from the Qt-free `kiosk.explain`; here they are shown in large type, in
cards, in a scroll area that follows a finger (QScroller; a mouse drags it too) with big
上一页 / 下一页 buttons beside it for anyone who cannot swipe.
"""

from __future__ import annotations

from jxdesk.gui.kiosk.base import Host, KioskPage, button, put_text, text_label
from jxdesk.gui.kiosk.cards import note_text, result_cards, unsure_of
from jxdesk.gui.kiosk.explain import Section, explain_sections, rules_sections
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.qt import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    Qt,
    QVBoxLayout,
    QWidget,
    tr,
)
from jxdesk.gui.widgets import money

PAGE_OVERLAP = 0.85  # 下一页 moves this much of the visible height: a line stays in view


class ReadingPage(KioskPage):
    """A title, a hint, a line under them, then cards of lines that scroll."""

    def __init__(self, win: Host) -> None:
        super().__init__(win)
        self.summary = text_label("name")
        self.lay.addWidget(self.summary)
        row = QHBoxLayout()
        row.setSpacing(20)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.body = QWidget()
        self.body_lay = QVBoxLayout(self.body)
        self.body_lay.setContentsMargins(0, 0, 12, 0)
        self.body_lay.setSpacing(14)
        self.body_lay.addStretch(1)
        self.area.setWidget(self.body)
        # a finger (or a held left button) drags the text; a flick keeps it moving a little
        QScroller.grabGesture(
            self.area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        row.addWidget(self.area, 1)
        self.side = QVBoxLayout()
        self.side.setSpacing(16)
        self.up = button()
        self.down = button()
        self.up.clicked.connect(lambda: self.turn(-1))
        self.down.clicked.connect(lambda: self.turn(1))
        self.side.addWidget(self.up)
        self.side.addWidget(self.down)
        self.side.addStretch(1)
        row.addLayout(self.side)
        self.lay.addLayout(row, 1)
        self.cards: list[QWidget] = []
        self.shown: list[Section] | None = None
        bar = self.area.verticalScrollBar()
        bar.valueChanged.connect(self._paging)
        bar.rangeChanged.connect(self._paging)

    # ---- paging
    def turn(self, direction: int) -> None:
        """One page up (-1) or down (1)."""
        QScroller.scroller(self.area.viewport()).stop()
        bar = self.area.verticalScrollBar()
        step = max(1, int(self.area.viewport().height() * PAGE_OVERLAP))
        bar.setValue(bar.value() + direction * step)

    def _paging(self, *_: object) -> None:
        bar = self.area.verticalScrollBar()
        self.up.setEnabled(bar.value() > bar.minimum())
        self.down.setEnabled(bar.value() < bar.maximum())

    def enter(self) -> None:
        QScroller.scroller(self.area.viewport()).stop()
        self.area.verticalScrollBar().setValue(0)

    # ---- the words
    def show_sections(self, sections: list[Section]) -> None:
        if sections == self.shown:
            return
        self._clear()
        for section in sections:
            card = QFrame()
            card.setProperty("role", "card")
            lay = QVBoxLayout(card)
            lay.setContentsMargins(22, 14, 22, 16)
            lay.setSpacing(8)
            title = text_label("name")
            put_text(title, section.title)
            lay.addWidget(title)
            for line in section.lines:
                words = text_label()
                words.setProperty("kind", "line")
                put_text(words, line)
                lay.addWidget(words)
            self.body_lay.insertWidget(self.body_lay.count() - 1, card)
            card.show()  # now, not when the layout next runs (readers and tests see it)
            self.cards.append(card)
        self.shown = sections
        self._paging()

    def lines(self) -> list[str]:
        """Every line shown, titles included (tests)."""
        return [s.title for s in self.shown or []] + [
            line for s in self.shown or [] for line in s.lines
        ]

    def _clear(self) -> None:
        for w in self.cards:
            self.body_lay.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.cards = []
        self.shown = None

    def forget(self) -> None:
        self._clear()
        self.summary.setText("")
        self.summary.setAccessibleName("")

    def refresh(self) -> None:
        lang = self.lang
        self.up.setText(say("page_up", lang))
        self.down.setText(say("page_down", lang))
        self.up.setAccessibleName(self.up.text())
        self.down.setAccessibleName(self.down.text())


class ExplainPage(ReadingPage):
    """为什么是这个数？ Every step of the current result, grouped by bill, with articles."""

    step = Step.EXPLAIN

    def __init__(self, win: Host) -> None:
        super().__init__(win)
        self.rules = button()
        self.rules.clicked.connect(self._rules)
        self.side.addWidget(self.rules)

    def _rules(self) -> None:
        self.win.flow.rules()
        self.win.show_step()

    def refresh(self) -> None:
        super().refresh()
        lang = self.lang
        f = self.win.flow
        model = f.model
        self.heading(say("explain_title", lang), say("explain_hint", lang))
        result = model.result()
        if result is None:
            put_text(self.summary, say("explain_none", lang))
            self.show_sections([])
        else:
            cards = {
                c.key: c
                for c in result_cards(
                    model, f.notes(), f.kids, f.account_unknown, f.mother, unsure_of(f)
                )
            }
            put_text(
                self.summary,
                say("explain_summary", lang).format(
                    you=money(result.medical.out_of_pocket),
                    paid=money(model.medical_paid_for_you()),
                    fertility=cards["fertility"].figure or cards["fertility"].empty,
                    premium=cards["premium"].figure or cards["premium"].empty,
                ),
            )
            bills = [(c.kind, c.facility) for c in model.answers.claims]
            sections = explain_sections(result.steps, lang, bills, model.engine.render)
            notes = tuple(note_text(n, lang) for n in f.notes())
            if notes:
                sections.append(Section("unknown", say("explain_unknown", lang), notes))
            self.show_sections(sections)
        self.rules.setText(say("rules_button", lang))
        self.rules.setAccessibleName(self.rules.text())


class RulesPage(ReadingPage):
    """规则依据: which documents and dates, and which parameter packs, read-only."""

    step = Step.RULES

    def __init__(self, win: Host) -> None:
        super().__init__(win)
        self.summary.hide()

    def refresh(self) -> None:
        super().refresh()
        lang = self.lang
        model = self.win.flow.model
        self.heading(say("rules_title", lang), say("rules_hint", lang))
        used = model.documents() if model.result() is not None else []
        self.show_sections(rules_sections(model.engine.params, used, lang, tr))
