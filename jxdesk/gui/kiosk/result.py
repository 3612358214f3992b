"""The result: three cards side by side, 医疗报销, 生育补助 and 参保补助, each with its
headline figure in the kiosk's largest type (never cut: `FitLabel`) and its items
under it; and 看病费用, the bills, each with 修改 and 删除 (撤销 brings one back)."""

from __future__ import annotations

from jxdesk.gui.kiosk.base import FitLabel, Host, KioskPage, button, put_text, text_label
from jxdesk.gui.kiosk.cards import Card, result_cards, year_note, yuan
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.pictures import TierPicture
from jxdesk.gui.kiosk.style import BIG_PT, NAME_PT, TARGET_PX
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    Qt,
    QVBoxLayout,
    QWidget,
)
from jxdesk.gui.viewmodel import parse_money

LINE_ROLE = {"item": None, "why": "hint", "note": "note"}


def scroll_area(body: QWidget) -> QScrollArea:
    """A vertical scroll area that a finger (or a held mouse button) drags."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


class CardView(QFrame):
    """One card: its title, the words above the figure, the figure, then the lines."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setProperty("role", "card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 16)
        lay.setSpacing(4)
        self.title = text_label("name")
        self.label = text_label()
        self.figure = FitLabel("big", BIG_PT)
        self.empty = text_label("hint")
        for w in (self.title, self.label, self.figure, self.empty):
            lay.addWidget(w)
        self.lines_lay = QVBoxLayout()
        self.lines_lay.setSpacing(2)
        lay.addLayout(self.lines_lay)
        lay.addStretch(1)
        self.lines: list[QLabel] = []  # for each line its words, then its figure
        self.figures: list[FitLabel] = []

    def show_card(self, card: Card) -> None:
        put_text(self.title, card.title)
        put_text(self.label, card.label)
        self.label.setVisible(bool(card.label))
        self.figure.set_words(card.figure)
        self.figure.setVisible(bool(card.figure))
        put_text(self.empty, card.empty)
        self.empty.setVisible(bool(card.empty))
        while len(self.lines) < len(card.lines):
            w = text_label()
            amount = FitLabel("name", NAME_PT)
            amount.setContentsMargins(0, 0, 0, 10)  # a gap before the next item's words
            scale = getattr(self.window(), "scale", 1.0)
            if isinstance(scale, float):
                amount.set_scale(scale)
            self.lines_lay.addWidget(w)
            self.lines_lay.addWidget(amount)
            self.lines.append(w)
            self.figures.append(amount)
        for w, amount, line in zip(self.lines, self.figures, card.lines, strict=False):
            role = LINE_ROLE[line.kind]
            if w.property("role") != role:
                w.setProperty("role", role)
                w.style().unpolish(w)
                w.style().polish(w)
            put_text(w, line.text)
            w.show()
            amount.set_words(line.amount)
            amount.setVisible(bool(line.amount))
        for w, amount in zip(
            self.lines[len(card.lines) :], self.figures[len(card.lines) :], strict=True
        ):
            w.hide()
            w.setText("")
            amount.hide()
            amount.set_words("")

    def forget(self) -> None:
        for w in (self.title, self.label, self.empty, *self.lines):
            w.setText("")
            w.setAccessibleName("")
        for f in (self.figure, *self.figures):
            f.set_words("")

    def text(self) -> str:
        """Everything the card says (tests)."""
        parts = [self.title.accessibleName(), self.label.accessibleName()]
        if self.figure.isVisibleTo(self):
            parts.append(self.figure.text())
        if self.empty.isVisibleTo(self):
            parts.append(self.empty.accessibleName())
        for w, amount in zip(self.lines, self.figures, strict=True):
            if w.isVisibleTo(self):
                parts.append(" ".join(t for t in (w.accessibleName(), amount.text()) if t))
        return "\n".join(p for p in parts if p)


class ResultPage(KioskPage):
    step = Step.RESULT
    top_title = True  # the window's top line says 估算结果

    def __init__(self, win: Host) -> None:
        super().__init__(win)
        body = QWidget()
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 12, 0)
        body_lay.setSpacing(12)
        # the year estimated and, for a later year, the figures it uses, once (R19)
        self.year_note = text_label("note")
        body_lay.addWidget(self.year_note)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.cards: dict[str, CardView] = {}
        for key in ("medical", "fertility", "premium"):
            view = CardView(key)
            self.cards[key] = view
            row.addWidget(view, 1)
        body_lay.addLayout(row)
        body_lay.addStretch(1)
        self.area = scroll_area(body)
        self.lay.addWidget(self.area, 1)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        # 为什么是这个数？ the steps behind the figures, on a page of their own
        self.why = button(primary=True)
        self.why.clicked.connect(self._why)
        self.see_bills = button()
        self.see_bills.clicked.connect(self._bills)
        self.add = button()
        self.add.clicked.connect(self._add)
        for b in (self.why, self.see_bills, self.add):
            b.setProperty("tight", True)  # less padding: the English words fit side by side
            actions.addWidget(b, 1)
        self.lay.addLayout(actions)

    def _add(self) -> None:
        self.win.flow.new_claim()
        self.win.show_step()

    def _why(self) -> None:
        self.win.flow.explain()
        self.win.show_step()

    def _bills(self) -> None:
        self.win.flow.bills()
        self.win.show_step()

    def enter(self) -> None:
        self.area.verticalScrollBar().setValue(0)

    def forget(self) -> None:
        for view in self.cards.values():
            view.forget()

    def refresh(self) -> None:
        lang = self.lang
        f = self.win.flow
        self.heading(say("q_result", lang), say("disclaimer", lang))
        self.title.hide()  # said in the window's top line: the cards get the height
        for card in result_cards(f.model, f.notes(), f.kids, f.account_unknown):
            self.cards[card.key].show_card(card)
        put_text(self.year_note, year_note(f.model))
        self.why.setText(say("why", lang))
        self.why.setVisible(f.model.result() is not None)
        self.see_bills.setText(say("see_bills", lang))
        self.see_bills.setVisible(bool(f.model.answers.claims))
        self.add.setText(say("add_another", lang))
        for b in (self.why, self.see_bills, self.add):
            b.setAccessibleName(b.text())


class BillsPage(KioskPage):
    """看病费用: each bill with 修改 and 删除; a deleted bill can be brought back (撤销)."""

    step = Step.BILLS

    def __init__(self, win: Host) -> None:
        super().__init__(win)
        self.body = QWidget()
        self.rows_lay = QVBoxLayout(self.body)
        self.rows_lay.setContentsMargins(0, 0, 12, 0)
        self.rows_lay.setSpacing(10)
        self.rows_lay.addStretch(1)
        self.lay.addWidget(scroll_area(self.body), 1)
        self.undo_bar = QFrame()
        self.undo_bar.setProperty("role", "card")
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(16, 6, 16, 6)
        self.undo_text = text_label()
        bar.addWidget(self.undo_text, 1)
        self.undo = button(primary=True)
        self.undo.clicked.connect(self._undo)
        bar.addWidget(self.undo)
        self.lay.addWidget(self.undo_bar)
        self.add = button()
        self.add.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addStretch(1)
        self.lay.addLayout(row)
        self.rows: list[QWidget] = []

    def _add(self) -> None:
        self.win.flow.new_claim()
        self.win.show_step()

    def _edit(self, index: int) -> None:
        self.win.flow.edit_claim(index)
        self.win.show_step()

    def _remove(self, index: int) -> None:
        self.win.flow.remove_claim(index)
        self.refresh()

    def _undo(self) -> None:
        self.win.flow.undo_remove()
        self.refresh()

    def forget(self) -> None:
        self._clear_rows()
        self.undo_text.setText("")

    def _clear_rows(self) -> None:
        for w in self.rows:
            self.rows_lay.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.rows = []

    def bill_words(self, i: int, lang: str) -> str:
        c = self.win.flow.model.answers.claims[i]
        total = parse_money(c.eligible) + parse_money(c.excluded)
        text = say("bill_line", lang).format(
            n=i + 1,
            kind=say(c.kind, lang),
            tier=say(f"tier_{c.facility}", lang),
            amount=yuan(total, lang),
        )
        if parse_money(c.excluded) > 0:
            text += say("bill_excluded", lang).format(amount=yuan(parse_money(c.excluded), lang))
        return text

    def refresh(self) -> None:
        lang = self.lang
        f = self.win.flow
        self.heading(say("q_bills", lang), say("bills_hint", lang))
        self._clear_rows()
        for i, c in enumerate(f.model.answers.claims):
            self.rows.append(self._row(i, c.facility, self.bill_words(i, lang)))
            self.rows_lay.insertWidget(self.rows_lay.count() - 1, self.rows[-1])
            self.rows[-1].show()  # now, not when the layout next runs (taps and tests see it)
        if not f.model.answers.claims:
            empty = text_label("hint")
            put_text(empty, say("no_bills", lang))
            self.rows.append(empty)
            self.rows_lay.insertWidget(0, empty)
            empty.show()
        removed = f.removed
        self.undo_bar.setVisible(removed is not None)
        if removed is not None:
            c = removed[1]
            amount = yuan(parse_money(c.eligible) + parse_money(c.excluded), lang)
            bill = f"{say(c.kind, lang)} · {say(f'tier_{c.facility}', lang)} · {amount}"
            put_text(self.undo_text, say("removed", lang).format(bill=bill))
        self.undo.setText(say("undo", lang))
        self.add.setText(say("add_another", lang))
        for b in (self.undo, self.add):
            b.setAccessibleName(b.text())

    def _row(self, i: int, facility: str, words_text: str) -> QWidget:
        lang = self.lang
        row = QFrame()
        row.setProperty("role", "card")
        lay = QHBoxLayout(row)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(12)
        lay.addWidget(TierPicture(facility, small=True))
        words = text_label()
        put_text(words, words_text)
        lay.addWidget(words, 1)
        bill = say("claim_n", lang).format(n=i + 1)
        for key, act in (("change", self._edit), ("remove", self._remove)):
            b = button()
            b.setMinimumSize(TARGET_PX + 24, TARGET_PX)
            b.setProperty("tight", True)
            b.setText(say(key, lang))
            b.setAccessibleName(f"{b.text()} {bill}")
            b.setProperty("action", key)
            b.clicked.connect(lambda _=False, index=i, act=act: act(index))
            lay.addWidget(b)
        return row

    def row_buttons(self, i: int, key: str) -> QWidget:
        """The 修改 ("change") or 删除 ("remove") button of bill `i` (tests)."""
        from jxdesk.gui.qt import QPushButton

        return next(
            b for b in self.rows[i].findChildren(QPushButton) if b.property("action") == key
        )
