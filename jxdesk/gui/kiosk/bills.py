"""看病费用: each bill with its place and tier in words (a clinic bill tapped as 外地，
没办转诊 looks different), 修改 and 删除 (撤销 brings one back)."""

from __future__ import annotations

from jxdesk.gui.kiosk.base import (
    Host,
    KioskPage,
    ScrollCue,
    button,
    put_text,
    scroll_area,
    text_label,
)
from jxdesk.gui.kiosk.cards import yuan
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.pictures import TierPicture
from jxdesk.gui.kiosk.style import TARGET_PX
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.qt import QFrame, QHBoxLayout, QVBoxLayout, QWidget
from jxdesk.gui.viewmodel import parse_money


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
        self.area = scroll_area(self.body)
        self.lay.addWidget(self.area, 1)
        self.cue = self.scroll_cue = ScrollCue(self.area)
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
        self.action_area.add(self.add)
        self.lay.addWidget(self.action_area)
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
        """第 1 笔 · 门诊、急诊、药店 · 社区/乡镇卫生院 · 外地，没办转诊 / 发票 300.00 元."""
        c = self.win.flow.model.answers.claims[i]
        total = parse_money(c.eligible) + parse_money(c.excluded)
        tier = say(f"tier_{c.facility}", lang)
        if getattr(c, "tier_unknown", False):
            tier = say("told_tier_unknown", lang)
        where = say("bill_where", lang).format(
            kind=say(c.kind, lang), tier=tier, place=say(f"place_{c.place}", lang)
        )
        money = say("bill_money", lang).format(amount=yuan(total, lang))
        if parse_money(c.excluded) > 0:
            money += say("bill_excluded", lang).format(amount=yuan(parse_money(c.excluded), lang))
        text = f"{say('claim_n', lang).format(n=i + 1)} · {where}\n{money}"
        if c.place == "unreferred":
            text += "\n" + say("bill_place_warn", lang)
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
            where = say("bill_where", lang).format(
                kind=say(c.kind, lang),
                tier=say(f"tier_{c.facility}", lang),
                place=say(f"place_{c.place}", lang),
            )
            bill = f"{where} · {amount}"
            put_text(self.undo_text, say("removed", lang).format(bill=bill))
        self.scroll_cue.setText(say("scroll_more", lang))
        self.scroll_cue.setAccessibleName(self.scroll_cue.text())
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
        if self.win.flow.model.answers.claims[i].place == "unreferred":
            words.setProperty("role", "note")  # (a bill paid less stands out)
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
