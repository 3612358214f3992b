"""The kiosk's pages: big tiles for each choice, the keypad for amounts, the result.

Each page reads and writes the `KioskFlow` of its window and asks the window to show
the next step (`win.show_step()`); `refresh()` fills it from the answers in the current
language. No page opens a pop-up.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from jxdesk.gui.kiosk import entry
from jxdesk.gui.kiosk.base import Host, KioskPage, Tile, button, put_text, set_flag, text_label
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.keypad import Keypad
from jxdesk.gui.kiosk.pictures import TierPicture
from jxdesk.gui.kiosk.style import TARGET_PX
from jxdesk.gui.kiosk.words import say, say_if
from jxdesk.gui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    tr,
)
from jxdesk.gui.viewmodel import Page, parse_money
from jxdesk.gui.widgets import money


class ChoicePage(KioskPage):
    """A question answered with one tap on a tile."""

    def __init__(
        self,
        win: Host,
        step: Step,
        question: str,
        hint: str,
        choices: tuple[str, ...],
        word: Callable[[str], str],
        choose: Callable[[str], None],
        chosen: Callable[[], str | None],
        columns: int = 2,
        pictures: bool = False,
    ) -> None:
        super().__init__(win)
        self.step = step
        self.question, self.hint_key = question, hint
        self.word, self.choose, self.chosen = word, choose, chosen
        grid = QGridLayout()
        grid.setSpacing(16)
        self.tiles: dict[str, Tile] = {}
        for i, code in enumerate(choices):
            tile = Tile(code, code if pictures else None)
            tile.clicked.connect(lambda _=False, c=code: self._tapped(c))
            self.tiles[code] = tile
            grid.addWidget(tile, i // columns, i % columns)
        self.lay.addLayout(grid, 1)

    def _tapped(self, code: str) -> None:
        self.choose(code)
        self.win.show_step()

    def visible_choices(self) -> tuple[str, ...]:
        return tuple(self.tiles)

    def refresh(self) -> None:
        lang = self.lang
        title = say(self.question, lang)
        claim = self.win.flow.draft
        if claim is not None:
            title = f"{say('claim_n', lang).format(n=claim + 1)}：{title}"
        self.heading(title, say(self.hint_key, lang) if self.hint_key else "")
        shown = self.visible_choices()
        current = self.chosen()
        for code, tile in self.tiles.items():
            key = self.word(code)
            tile.set_words(say(key, lang), say_if(f"{key}_hint", lang))
            tile.setVisible(code in shown)
            set_flag(tile, "chosen", code == current)


class TierPage(ChoicePage):
    def visible_choices(self) -> tuple[str, ...]:
        return self.win.flow.tiers()


class KeypadPage(KioskPage):
    """Amounts typed on the keypad into one or two big fields."""

    def __init__(
        self,
        win: Host,
        step: Step,
        question: str,
        hint: str,
        fields: tuple[tuple[str, str], ...],  # (answer name, label key)
        skip: str | None = None,
    ) -> None:
        super().__init__(win)
        self.step = step
        self.question, self.hint_key = question, hint
        self.fields: dict[str, QPushButton] = {}
        self.labels: dict[str, QLabel] = {}
        self.current = fields[0][0]
        columns = QHBoxLayout()
        columns.setSpacing(36)
        left = QVBoxLayout()
        left.setSpacing(8)
        for name, label_key in fields:
            lab = text_label()
            b = QPushButton()
            b.setProperty("role", "field")
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumHeight(96)
            b.clicked.connect(lambda _=False, n=name: self._select(n))
            self.fields[name] = b
            self.labels[name] = lab
            lab.setProperty("key", label_key)
            left.addWidget(lab)
            left.addWidget(b)
            left.addSpacing(10)
        self.error = text_label("error")
        left.addWidget(self.error)
        left.addStretch(1)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        self.skip = button() if skip else None
        self.skip_key = skip
        if self.skip is not None:
            self.skip.clicked.connect(self._skip)
            actions.addWidget(self.skip)
        self.next = button(primary=True)
        self.next.clicked.connect(self._next)
        actions.addWidget(self.next)
        actions.addStretch(1)
        left.addLayout(actions)
        columns.addLayout(left, 1)
        self.keypad = Keypad()
        self.keypad.key_pressed.connect(self._key)
        columns.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)
        self.lay.addLayout(columns, 1)

    # what the fields hold: the account balance or the draft claim's amounts
    def value(self, name: str) -> str:
        f = self.win.flow
        if name == "account_balance":
            return f.model.answers.account_balance
        c = f.claim
        return str(getattr(c, name)) if c is not None else ""

    def store(self, name: str, text: str) -> None:
        f = self.win.flow
        if name == "account_balance":
            f.set_account(text)
        else:
            f.set_amount(name, text)

    def problem(self, name: str) -> str | None:
        f = self.win.flow
        return f.account_problem() if name == "account_balance" else f.amount_problem(name)

    def enter(self) -> None:
        self.current = next(iter(self.fields))

    def forget(self) -> None:
        for b in self.fields.values():
            b.setText("")
            b.setAccessibleName("")

    def _select(self, name: str) -> None:
        self.current = name
        self.refresh()

    def _key(self, key: str) -> None:
        self.store(self.current, entry.press(self.value(self.current), key))
        self.refresh()

    def _skip(self) -> None:
        self.store(self.current, "")
        self._next()

    def _next(self) -> None:
        f = self.win.flow
        ok = f.confirm_account() if self.step is Step.ACCOUNT else f.confirm_amount()
        if ok:
            self.win.show_step()
        else:
            self.refresh()

    def ready(self) -> bool:
        f = self.win.flow
        if self.step is Step.ACCOUNT:
            return not f.account_problem()
        return f.can_confirm_amount()

    def refresh(self) -> None:
        lang = self.lang
        title = say(self.question, lang)
        claim = self.win.flow.draft
        if claim is not None:
            title = f"{say('claim_n', lang).format(n=claim + 1)}：{title}"
        self.heading(title, say(self.hint_key, lang))
        problems = []
        for name, b in self.fields.items():
            text = self.value(name)
            shown = entry.grouped(text)
            b.setText(say("yuan", lang).format(amount=shown) if shown else say("empty", lang))
            lab = self.labels[name]
            put_text(lab, say(str(lab.property("key")), lang))
            b.setAccessibleName(f"{lab.accessibleName()} {b.text()}")
            set_flag(b, "current", name == self.current)
            problem = self.problem(name) if text else None
            set_flag(b, "invalid", problem is not None)
            if problem:
                problems.append(problem)
        if self.step is Step.AMOUNT and not self.value("eligible"):
            problems.append(say("need_eligible", lang))
        put_text(self.error, "\n".join(problems))
        self.error.setVisible(bool(problems))
        self.next.setText(say("next", lang))
        self.next.setEnabled(self.ready())
        if self.skip is not None and self.skip_key:
            self.skip.setText(say(self.skip_key, lang))
        self.keypad.retranslate(lang)


class ResultPage(KioskPage):
    step = Step.RESULT

    def __init__(self, win: Host) -> None:
        super().__init__(win)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        # left: what the person pays, in the biggest type
        self.card = QFrame()
        self.card.setProperty("role", "card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(28, 20, 28, 20)
        card.setSpacing(2)
        self.you_pay_name = text_label("name")
        self.you_pay = text_label("pay")
        self.paid_name = text_label("name")
        self.paid = text_label("good")
        self.parts = text_label("hint")
        self.premium = text_label()
        self.problem = text_label("error")
        for w in (
            self.you_pay_name,
            self.you_pay,
            self.paid_name,
            self.paid,
            self.parts,
            self.premium,
            self.problem,
        ):
            card.addWidget(w)
        card.addStretch(1)
        columns.addWidget(self.card, 1)
        # right: the bills, one line each with 删除, and 再加一笔
        right = QVBoxLayout()
        right.setSpacing(10)
        self.bills_title = text_label("name")
        right.addWidget(self.bills_title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bills_widget = QWidget()
        self.bills = QVBoxLayout(self.bills_widget)
        self.bills.setContentsMargins(0, 0, 0, 0)
        self.bills.setSpacing(8)
        self.bills.addStretch(1)
        scroll.setWidget(self.bills_widget)
        right.addWidget(scroll, 1)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        # 为什么是这个数？ the steps behind the figures, on a page of their own
        self.why = button(primary=True)
        self.why.clicked.connect(self._why)
        self.add = button()
        self.add.clicked.connect(self._add)
        for b in (self.why, self.add):
            b.setProperty("tight", True)  # less padding: the English words fit side by side
            actions.addWidget(b, 1)
        right.addLayout(actions)
        columns.addLayout(right, 1)
        self.lay.addLayout(columns, 1)
        self.notes = text_label("hint")
        self.lay.addWidget(self.notes)
        self.rows: list[QWidget] = []

    def _add(self) -> None:
        self.win.flow.new_claim()
        self.win.show_step()

    def _why(self) -> None:
        self.win.flow.explain()
        self.win.show_step()

    def _remove(self, index: int) -> None:
        self.win.flow.remove_claim(index)
        self.refresh()

    def forget(self) -> None:
        self._clear_rows()
        for w in (self.you_pay, self.paid, self.parts, self.premium, self.problem):
            w.setText("")
            w.setAccessibleName("")
        self.bills_title.setText("")

    def _clear_rows(self) -> None:
        for w in self.rows:
            self.bills.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.rows = []

    def refresh(self) -> None:
        lang = self.lang
        model = self.win.flow.model
        self.heading(say("q_result", lang))
        result = model.result()
        ready = result is not None
        for w in (self.you_pay_name, self.you_pay, self.paid_name, self.paid, self.why):
            w.setVisible(ready)
        self.why.setText(say("why", lang))
        self.why.setAccessibleName(self.why.text())
        count, eligible, excluded = model.subtotal()
        if result is not None:
            m = result.medical
            put_text(self.you_pay_name, say("you_pay", lang))
            put_text(self.you_pay, say("yuan", lang).format(amount=money(m.out_of_pocket)))
            put_text(self.paid_name, say("paid_for_you", lang))
            paid = model.medical_paid_for_you()
            put_text(self.paid, say("yuan", lang).format(amount=money(paid)))
            parts = [
                f"{say(part, lang)} {say('yuan', lang).format(amount=money(getattr(m, part)))}"
                for part in ("fund", "account", "critical_illness", "medical_aid")
                if getattr(m, part) > 0
            ]
            put_text(self.parts, "\n".join(parts))
            self.parts.setVisible(bool(parts))
            support = result.premium.total
            put_text(self.premium, say("premium", lang).format(amount=money(support)))
            self.premium.setVisible(support > 0)
            self.problem.hide()
        else:
            self.parts.hide()
            self.premium.hide()
            lines = model.problem_lines(Page.RESULTS, tr)
            put_text(self.problem, "\n".join([say("cannot", lang), *lines]))
            self.problem.show()
        self._clear_rows()
        title = say("your_bills", lang)
        if count:
            title += " · " + say("total_cost", lang).format(amount=money(eligible + excluded))
        put_text(self.bills_title, title)
        for i, c in enumerate(model.answers.claims):
            self.rows.append(self._bill_row(i, c.kind, c.facility, c.eligible, c.excluded))
            self.bills.insertWidget(self.bills.count() - 1, self.rows[-1])
        if not model.answers.claims:
            empty = text_label("hint")
            put_text(empty, say("no_bills", lang))
            self.rows.append(empty)
            self.bills.insertWidget(0, empty)
        self.add.setText(say("add_another", lang))
        put_text(self.notes, f"{say('disclaimer', lang)} {say('fertility_note', lang)}")

    def _bill_row(self, i: int, kind: str, facility: str, elig: str, excl: str) -> QWidget:
        lang = self.lang
        row = QFrame()
        row.setProperty("role", "card")
        lay = QHBoxLayout(row)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addWidget(TierPicture(facility, small=True))
        words = text_label()
        amount: Decimal = parse_money(elig) + parse_money(excl)
        put_text(
            words,
            say("bill_line", lang).format(
                n=i + 1,
                kind=say(kind, lang),
                tier=say(f"tier_{facility}", lang),
                amount=money(amount),
            ),
        )
        lay.addWidget(words, 1)
        remove = QPushButton(say("remove", lang))
        remove.setAutoDefault(False)
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.setMinimumSize(TARGET_PX + 24, TARGET_PX)
        remove.setAccessibleName(f"{say('remove', lang)} {say('claim_n', lang).format(n=i + 1)}")
        remove.clicked.connect(lambda _=False, index=i: self._remove(index))
        lay.addWidget(remove)
        return row
