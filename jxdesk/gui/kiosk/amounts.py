"""Questions answered on the big keypad: the card balance, a bill's invoice total and
自费, the mother's months of contributions and her contribution base. Each has
下一步 and, where it can be skipped, 不知道."""

from __future__ import annotations

from jxdesk.gui.kiosk import entry
from jxdesk.gui.kiosk.base import Host, KioskPage, button, gap, put_text, set_flag, text_label
from jxdesk.gui.kiosk.choices import title_prefix
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.keypad import Keypad
from jxdesk.gui.kiosk.words import WORDS, say
from jxdesk.gui.qt import (
    QBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)


class KeypadPage(KioskPage):
    """Amounts typed on the keypad into one or two big fields (subclasses say where
    the figures go)."""

    question = ""
    hint_word = ""
    count = False  # a whole number (no point), else money
    unit = "yuan"  # the word that shows a figure: "{amount} 元"

    def __init__(
        self, win: Host, step: Step, fields: tuple[tuple[str, str], ...], skip: bool = False
    ) -> None:
        super().__init__(win)
        self.step = step
        self.fields: dict[str, QPushButton] = {}
        self.labels: dict[str, QLabel] = {}
        self.current = fields[0][0]
        # what may be said wrong: a field's figure once something was typed into it, an
        # empty field only once it was typed in and left, or 下一步 was pressed (never on
        # arrival, nor for a field the person only moved past)
        self.typed: set[str] = set()
        self.tried = False
        # the fields, then the keypad beside them (landscape) or under them (upright),
        # with 下一步 and 不知道 right under the keypad: one hand's reach from the keys
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(36)
        left = QVBoxLayout()
        left.setSpacing(12)
        self.left_top = QWidget()  # (upright: the height the keys leave, above the fields)
        left.addWidget(self.left_top, 1)
        for name, label_key in fields:
            lab = text_label()
            b = QPushButton()
            b.setProperty("role", "field")
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumHeight(80)
            b.clicked.connect(lambda _=False, n=name: self._select(n))
            self.fields[name] = b
            self.labels[name] = lab
            lab.setProperty("key", label_key)
            if self.labels and len(self.labels) > 1:
                left.addSpacing(16)  # (the second field's words apart from the first field)
            left.addWidget(lab)
            left.addWidget(b)
        self.derived = text_label("name")  # a figure worked out from the fields
        left.addWidget(self.derived)
        self.error = text_label("error")
        left.addWidget(self.error)
        self.left_stretch = QWidget()  # (takes the height beside the keypad, not under it)
        left.addWidget(self.left_stretch, 1)
        self.body.addLayout(left, 1)
        right = QVBoxLayout()
        right.setSpacing(16)
        self.keypad = Keypad(count=self.count)
        self.keypad.key_pressed.connect(self._key)
        right.addWidget(self.keypad)
        self.right = right
        self.next = button(primary=True)
        self.next.clicked.connect(self._next)
        self.skip = button() if skip else None
        if self.skip is not None:
            self.skip.clicked.connect(self._skip)
            self.action_area.add(self.skip)
        self.action_area.add(self.next)
        right.addWidget(self.action_area)
        right.addStretch(1)
        self.body.addLayout(right)
        self.lay.addLayout(self.body, 1)

    def arrange(self, portrait: bool) -> None:
        super().arrange(portrait)
        self.action_area.set_per_row(4)  # (two buttons at most: side by side under the keys)
        self.body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        # upright: the keys take the spare height (up to keypad.TALL times), 下一步 and
        # 不知道 stay right under them, the fields right above them, and what is left
        # goes above the fields (the question stays at the top)
        self.body.setStretch(0, 1)
        self.body.setStretch(1, 12 if portrait else 0)
        self.left_stretch.setVisible(not portrait)
        self.left_top.setVisible(portrait)
        self.keypad.set_tall(portrait)
        self.right.setStretch(0, 12 if portrait else 0)  # the keys, up to their cap
        gap(self.right.itemAt(2), portrait)  # under 下一步
        self.right.invalidate()

    # ---- where the figures go (subclasses)
    def value(self, name: str) -> str:
        raise NotImplementedError

    def store(self, name: str, text: str) -> None:
        raise NotImplementedError

    def problem(self, name: str) -> str | None:
        return None

    def confirm(self) -> bool:
        raise NotImplementedError

    def dont_know(self) -> None:
        """不知道: the question is skipped, its answer not known."""

    def missing(self) -> tuple[str, str]:
        """Why 下一步 is not possible yet: (the empty field, the word), or ("", "")."""
        return "", ""

    def derived_text(self, lang: str) -> str:
        return ""

    def hint_text(self, lang: str) -> str:
        return say(self.hint_word, lang) if self.hint_word else ""

    # ---- the page
    def enter(self) -> None:
        self.current = next(iter(self.fields))
        self.typed.clear()
        self.tried = False

    def forget(self) -> None:
        for b in self.fields.values():
            b.setText("")
            b.setAccessibleName("")
        self.derived.setText("")

    def _select(self, name: str) -> None:
        self.current = name
        self.refresh()

    def _key(self, key: str) -> None:
        self.typed.add(self.current)
        press = entry.press_count if self.count else entry.press
        self.store(self.current, press(self.value(self.current), key))
        self.refresh()

    def _skip(self) -> None:
        self.dont_know()
        self.win.show_step()

    def _next(self) -> None:
        """下一步: on, or (a figure missing or wrong) what is wrong is said."""
        if self.confirm():
            self.win.show_step()
        else:
            self.tried = True
            self.refresh()

    def shown(self, text: str, lang: str) -> str:
        if not text:
            return say("empty", lang)
        if self.count:
            return say(self.unit, lang).format(n=text)
        return say(self.unit, lang).format(amount=entry.grouped(text))

    def refresh(self) -> None:
        lang = self.lang
        title = title_prefix(self.win, self.step, lang) + say(self.question, lang)
        self.heading(title, self.hint_text(lang))
        problems = []
        for name, b in self.fields.items():
            text = self.value(name)
            b.setText(self.shown(text, lang))
            lab = self.labels[name]
            put_text(lab, say(str(lab.property("key")), lang))
            b.setAccessibleName(f"{lab.accessibleName()} {b.text()}")
            set_flag(b, "current", name == self.current)
            told = self.tried or name in self.typed
            problem = self.problem(name) if text and told else None
            set_flag(b, "invalid", problem is not None)
            if problem:
                problems.append(say(problem, lang) if problem in WORDS else problem)
        field, missing = self.missing()
        left = field in self.typed and field != self.current
        if missing and (self.tried or left):
            problems.append(say(missing, lang))
            set_flag(self.fields[field], "invalid", True)
        put_text(self.error, "\n".join(problems))
        self.error.setVisible(bool(problems))
        derived = self.derived_text(lang)
        put_text(self.derived, derived)
        self.derived.setVisible(bool(derived))
        self.next.setText(say("next", lang))
        # (always pressable: a greyed button that does nothing when an 80-year-old
        # presses it explains nothing; pressed too soon, it says what is missing)
        if self.skip is not None:
            self.skip.setText(say("dont_know", lang))
        self.keypad.retranslate(lang)


class AccountPage(KeypadPage):
    question, hint_word = "q_account", "account_hint"

    def __init__(self, win: Host) -> None:
        super().__init__(win, Step.ACCOUNT, (("account_balance", "account_field"),), skip=True)

    def value(self, name: str) -> str:
        return self.win.flow.model.answers.account_balance

    def store(self, name: str, text: str) -> None:
        self.win.flow.set_account(text)

    def problem(self, name: str) -> str | None:
        return self.win.flow.account_problem()

    def confirm(self) -> bool:
        return self.win.flow.confirm_account()

    def dont_know(self) -> None:  # nothing counted from the card, and the result says so
        self.win.flow.confirm_account(known=False)


class AmountPage(KeypadPage):
    """The invoice: its total and the 自费 part; the in-scope amount is shown, not typed."""

    question, hint_word = "q_amount", "amount_hint"

    def __init__(self, win: Host) -> None:
        super().__init__(win, Step.AMOUNT, (("total", "total"), ("excluded", "excluded")))

    def value(self, name: str) -> str:
        c = self.win.flow.claim
        return str(getattr(c, name)) if c is not None else ""

    def store(self, name: str, text: str) -> None:
        self.win.flow.set_amount(name, text)

    def problem(self, name: str) -> str | None:
        return self.win.flow.amount_problem(name)

    def confirm(self) -> bool:
        return self.win.flow.confirm_amount()

    def missing(self) -> tuple[str, str]:
        return ("", "") if self.value("total") else ("total", "need_total")

    def derived_text(self, lang: str) -> str:
        c = self.win.flow.claim
        if c is None or not c.eligible or not c.excluded:
            return ""
        return say("in_scope", lang).format(amount=entry.grouped(c.eligible))


class MotherMonthsPage(KeypadPage):
    question, hint_word = "q_months", "months_hint"
    count, unit = True, "months_n"

    def __init__(self, win: Host) -> None:
        super().__init__(win, Step.MOTHER_MONTHS, (("months", "months_field"),), skip=True)

    def value(self, name: str) -> str:
        return self.win.flow.mother.months

    def store(self, name: str, text: str) -> None:
        self.win.flow.set_mother("months", text)

    def confirm(self) -> bool:
        return self.win.flow.confirm_mother("months")

    def dont_know(self) -> None:
        self.win.flow.confirm_mother("months", known=False)


class MotherBasePage(KeypadPage):
    question = "q_base"

    def __init__(self, win: Host) -> None:
        super().__init__(win, Step.MOTHER_BASE, (("base", "base_field"),), skip=True)

    def hint_text(self, lang: str) -> str:
        scheme = self.win.flow.mother_scheme
        return say("base_hint_flexible" if scheme == "flexible" else "base_hint_employee", lang)

    def value(self, name: str) -> str:
        return self.win.flow.mother.base

    def store(self, name: str, text: str) -> None:
        self.win.flow.set_mother("base", text)

    def problem(self, name: str) -> str | None:
        return self.win.flow.mother_problem("base")

    def confirm(self) -> bool:
        return self.win.flow.confirm_mother("base")

    def dont_know(self) -> None:
        self.win.flow.confirm_mother("base", known=False)
