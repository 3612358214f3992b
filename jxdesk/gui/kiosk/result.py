"""The result: three cards, 医疗报销, 生育补助 and 参保补助, side by side on a landscape
screen and one under another, full width, on an upright one; each with its headline
figure in the kiosk's largest type (never cut: `FitLabel`), its items each on one row
(words, then the figure), then the notes and what the person entered. The figures come
first, so they are on the screen without scrolling; where the words go on below the
screen, a large "向下看更多" bar says so (`ScrollCue`)."""

from __future__ import annotations

from jxdesk.gui.kiosk.base import (
    FitLabel,
    Host,
    KioskPage,
    ScrollCue,
    button,
    put_text,
    scroll_area,
    text_label,
)
from jxdesk.gui.kiosk.cards import Card, Line, colon, result_cards, unsure_of, year_note
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.style import BIG_PT, NAME_PT
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.qt import QBoxLayout, QEvent, QFrame, QGridLayout, QLabel, Qt, QVBoxLayout, QWidget

LINE_ROLE = {"item": None, "why": "hint", "note": "note", "told": "hint"}


class CardView(QFrame):
    """One card: its title, the words above the figure, the figure, then the lines."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setProperty("role", "card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 8)
        lay.setSpacing(2)
        self.title = text_label("name")
        self.label = text_label()
        self.figure = FitLabel("big", BIG_PT)
        self.empty = text_label("hint")
        lay.addWidget(self.title)
        # the headline, then the items under it (landscape) or beside it (upright: the
        # cards are stacked, so the three sets of figures share the screen's height)
        self.top = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.top.setSpacing(2)
        head = QVBoxLayout()
        head.setSpacing(2)
        for w in (self.label, self.figure, self.empty):
            head.addWidget(w)
        head.addStretch(1)
        self.top.addLayout(head)
        # each line: its words, and beside them (an item) its figure, right-aligned
        self.lines_lay = QGridLayout()
        self.lines_lay.setHorizontalSpacing(12)
        self.lines_lay.setVerticalSpacing(2)
        self.lines_lay.setColumnStretch(0, 1)
        self.lines_lay.setRowStretch(99, 1)  # (extra height below the items, not between)
        self.top.addLayout(self.lines_lay)
        lay.addLayout(self.top)
        # the notes, why an item is nothing, what was entered: the card's width
        self.notes_lay = QVBoxLayout()
        self.notes_lay.setSpacing(6)
        lay.addLayout(self.notes_lay)
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
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            scale = getattr(self.window(), "scale", 1.0)
            if isinstance(scale, float):
                amount.set_scale(scale)
            row = len(self.lines)
            self.lines_lay.addWidget(w, row, 0)
            self.lines_lay.addWidget(
                amount, row, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            )
            self.lines.append(w)
            self.figures.append(amount)
        for row, (w, amount, line) in enumerate(
            zip(self.lines, self.figures, card.lines, strict=False)
        ):
            # an item's words beside its figure; a note, or what was entered: below them
            self.lines_lay.removeWidget(w)
            self.notes_lay.removeWidget(w)
            if line.amount:
                self.lines_lay.addWidget(w, row, 0, Qt.AlignmentFlag.AlignTop)
            else:
                self.notes_lay.addWidget(w)
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
        self._direct()

    portrait = False
    WIDE = 880  # a card at least this wide puts its items beside the headline

    def arrange(self, portrait: bool) -> None:
        self.portrait = portrait
        self._direct()

    def _direct(self) -> None:
        items = any(f.text() for f in self.figures)  # (a card that only says why: full width)
        beside = self.portrait and self.width() >= self.WIDE and items
        self.top.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        self.top.setSpacing(24 if beside else 2)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._direct()

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
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.setSpacing(8)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(16)
        self.cards: dict[str, CardView] = {}
        for key in ("medical", "fertility", "premium"):
            view = CardView(key)
            self.cards[key] = view
            self.row.addWidget(view, 1)
        body_lay.addLayout(self.row)
        # the year estimated and, for a later year, the figures it uses, once (R19): under
        # the figures, which stay at the top of the screen
        self.year_note = text_label("note")
        body_lay.addWidget(self.year_note)
        # upright: the cards' notes gathered under the three (so all the figures are on
        # the screen at once); then what the person entered
        for key in ("notes", "told"):
            self.cards[key] = CardView(key)
            body_lay.addWidget(self.cards[key])
        body_lay.addStretch(1)
        self.area = scroll_area(body)
        self.lay.addWidget(self.area, 1)
        self.cue = self.scroll_cue = ScrollCue(self.area)
        # 为什么是这个数？ the steps behind the figures, on a page of their own
        self.why = button(primary=True)
        self.why.clicked.connect(self._why)
        self.see_bills = button()
        self.see_bills.clicked.connect(self._bills)
        self.add = button()
        self.add.clicked.connect(self._add)
        for b in (self.why, self.see_bills, self.add):
            b.setProperty("tight", True)  # less padding: the English words fit side by side
            self.action_area.add(b)
        self.lay.addWidget(self.action_area)

    def arrange(self, portrait: bool) -> None:
        super().arrange(portrait)
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.row.setSpacing(8 if portrait else 16)
        for view in self.cards.values():
            view.arrange(portrait)
        if self.isVisible():
            self.refresh()

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
        # said in the window's top line, with the disclaimer: the cards get the height
        top = say("q_result", lang)
        if not self.portrait:  # (upright: it closes the notes instead, the line is short)
            top += f" · {say('disclaimer', lang)}"
        self.heading(top)
        self.title.hide()
        cards = result_cards(f.model, f.notes(), f.kids, f.account_unknown, f.mother, unsure_of(f))
        notes: list[Line] = []
        if self.portrait:
            for i, card in enumerate(cards[:3]):
                said = [ln for ln in card.lines if not ln.amount]
                notes += [ln._replace(text=f"{card.title}{colon(lang)}{ln.text}") for ln in said]
                cards[i] = card._replace(lines=tuple(ln for ln in card.lines if ln.amount))
        if self.portrait:
            notes.append(Line(say("disclaimer", lang), "why"))
        cards.insert(3, Card("notes", say("notes_title", lang), "", "", "", tuple(notes)))
        for card in cards:
            self.cards[card.key].show_card(card)
        self.cards["notes"].setVisible(bool(notes))
        self.cards["told"].setVisible(bool(cards[-1].lines))
        self.scroll_cue.setText(say("scroll_more", lang))
        self.scroll_cue.setAccessibleName(self.scroll_cue.text())
        put_text(self.year_note, year_note(f.model))
        self.why.setText(say("why", lang))
        self.why.setVisible(f.model.result() is not None)
        self.see_bills.setText(say("see_bills", lang))
        self.see_bills.setVisible(bool(f.model.answers.claims))
        self.add.setText(say("add_another", lang))
        self.add.setVisible(f.insured)  # (no bill changes an uninsured person's estimate)
        for b in (self.why, self.see_bills, self.add):
            b.setAccessibleName(b.text())
