"""Small widgets the pages share: labelled fields with a hint and an error, the page
header, cards, and money in the current QLocale. (The "who pays what" bar is in
paybar.py: the first page is built before the paint and needs none of its Qt names.)"""

from __future__ import annotations

from jxdesk.gui import i18n
from jxdesk.gui.qt import (
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLocale,
    QObject,
    QRect,
    QSize,
    QVBoxLayout,
    QWidget,
    tr,
)
from jxdesk.gui.viewmodel import Page

# (not `from typing import TYPE_CHECKING`: imported after PySide6, an import of `typing`
# costs start-up ~0.5 ms, shiboken's import hook reading typing.py; mypy knows the name)
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable
    from decimal import Decimal
    from typing import Any

    from PySide6.QtGui import QResizeEvent

    from jxdesk.gui.qt import QLineEdit, QTableWidget

STEPS = (i18n.PAGE_IDENTITY, i18n.PAGE_CLAIMS, i18n.PAGE_FAMILY, i18n.PAGE_RESULTS)


def money(amount: Decimal) -> str:
    """An amount in the current locale's digits and grouping, two decimals."""
    # PySide6 6.9's type stubs lack Qt's toString(double, char format, int precision)
    locale: Any = QLocale()
    return str(locale.toString(float(amount), "f", 2))


def yuan(amount: Decimal) -> str:
    return tr(i18n.YUAN).format(amount=money(amount))


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    w = QLabel(text)
    if role:
        set_role(w, role)
    w.setWordWrap(wrap)
    return w


def money_edit(text: str = "") -> QLineEdit:
    """A field for an amount: right-aligned like every amount, 0.00 as its placeholder.
    (The style sheet aligns it, `QLineEdit[money="true"]`: `Qt.AlignmentFlag` here would
    load the whole `Qt` namespace before page 1 paints, ~20 ms.)"""
    from jxdesk.gui.qt import QLineEdit

    edit = QLineEdit(text)
    edit.setProperty("money", True)
    edit.setPlaceholderText("0.00")
    return edit


def count_edit() -> QLineEdit:
    """A field for a whole number (months, days), right-aligned; what is typed stays as
    typed ("-3", empty) and the view model says what is wrong with it."""
    from jxdesk.gui.qt import QLineEdit

    edit = QLineEdit()
    edit.setProperty("money", True)
    return edit


def put(table: QTableWidget, row: int, col: int, widget: QWidget) -> None:
    """Set a cell's widget; the one it replaces disappears now, not at the next loop."""
    old = table.cellWidget(row, col)
    table.setCellWidget(row, col, widget)
    if old is not None:
        old.hide()


#: Qt.TextFlag.TextWordWrap (a number: the `Qt` namespace costs ~20 ms before page 1 paints)
_WORD_WRAP = 0x1000


class ErrorLabel(QLabel):
    """A field's problem in plain words; hidden while there is none.

    Given its `field`, a message that appears or goes never moves the fields below
    (issue 19: the field a clerk was aiming at moved down as the cursor left the one
    above): while the field shows, the label keeps the height of its `sample` (the
    field's own longest message, set by the page in the language in use) at its width,
    or one line, and at least that of the field's `hint`, which it shares a grid cell
    with and takes the place of while a message shows. A message longer than the sample
    still takes the lines it needs."""

    def __init__(
        self,
        parent: QWidget | None = None,
        field: QWidget | None = None,
        hint: QLabel | None = None,
    ) -> None:
        super().__init__(parent)
        set_role(self, "error")
        self.setWordWrap(True)
        self._selectable = False
        self.field = field
        self.hint = hint
        self.sample = ""
        if field is not None:
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # (hidden, it still holds its lines)
            policy.setHeightForWidth(True)  # (an empty QLabel is not: its sizeHint guesses)
            self.setSizePolicy(policy)
            field.installEventFilter(self)  # (the lines go and come with the field)
        self.hide()

    def set_sample(self, text: str) -> None:
        """The message whose lines are kept free (the longest the field says itself)."""
        if text != self.sample:
            self.sample = text
            self.updateGeometry()

    def show_problem(self, text: str | None) -> None:
        if text and not self._selectable:  # set on first use: `Qt` is not loaded to start
            from jxdesk.gui.qt import Qt

            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._selectable = True
        self.setText(text or "")
        if self.hint is not None:  # the hint's place: one or the other, never both
            shown = self.field is None or not self.field.isHidden()
            self.hint.setVisible(shown and not text)
        self.setVisible(bool(text))
        self.setAccessibleName(text or "")

    def reserved(self, width: int = -1, least: bool = False) -> int:
        """The height kept under a field that shows (0 without a field): the sample's
        at `width`, measured as QLabel measures its text, and at least the hint's
        (with no width, its minimum when `least`: its size hint guesses two lines)."""
        if self.field is None or self.field.isHidden():
            return 0
        hint = 0
        if self.hint is not None:
            if width > 0 and self.hint.wordWrap():
                hint = self.hint.heightForWidth(width)
            else:
                size = self.hint.minimumSizeHint() if least else self.hint.sizeHint()
                hint = size.height()
        self.ensurePolished()
        m = self.contentsMargins()
        inner = (width if width > 0 else 4000) - m.left() - m.right() - 2 * self.margin()
        # (as QLabel measures its own plain text: the font's metrics, word-wrapped)
        area = QRect(0, 0, max(1, inner), 1 << 20)
        text = self.fontMetrics().boundingRect(area, _WORD_WRAP, self.sample or "错误 Ag")
        return max(hint, text.height() + m.top() + m.bottom() + 2 * self.margin())

    def heightForWidth(self, width: int) -> int:
        needed = super().heightForWidth(width) if self.text() else 0
        return max(needed, self.reserved(width))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(max(hint.height() if self.text() else 0, self.reserved()))
        return hint

    def minimumSizeHint(self) -> QSize:
        # (the hint's minimum, not its guessed two lines: three hidden messages made page 3
        # of a 1280×800 window with its menu bar scroll; at a real width heightForWidth
        # still keeps the lines, so nothing below moves)
        hint = super().minimumSizeHint()
        hint.setHeight(max(hint.height() if self.text() else 0, self.reserved(least=True)))
        return hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self.updateGeometry()
        return False


def mark_invalid(widget: QWidget, problem: str | None) -> None:
    invalid = problem is not None
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        restyle(widget)
    widget.setToolTip(problem or "")
    widget.setAccessibleDescription(problem or "")


class PageHeader(QWidget):
    """Where am I (step n of 4, the steps named) and what this page asks."""

    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 8)
        steps = QHBoxLayout()
        steps.setSpacing(18)
        self.steps: list[QLabel] = []
        for i in range(len(STEPS)):
            s = label(role="step", wrap=False)
            s.setProperty("current", i == int(page))
            self.steps.append(s)
            steps.addWidget(s)
        steps.addStretch(1)
        self.title = label(role="title")
        self.subtitle = label(role="subtitle")
        lay.addLayout(steps)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        self.retranslate()

    def retranslate(self) -> None:
        for i, (s, name) in enumerate(zip(self.steps, STEPS, strict=True)):
            mark = "●" if i == int(self.page) else "○"
            s.setText(f"{mark} {i + 1} {tr(name)}")
        titles = {
            Page.IDENTITY: (i18n.PAGE_IDENTITY, i18n.PAGE_IDENTITY_SUB),
            Page.CLAIMS: (i18n.PAGE_CLAIMS, i18n.PAGE_CLAIMS_SUB),
            Page.FAMILY: (i18n.PAGE_FAMILY, i18n.PAGE_FAMILY_SUB),
            Page.RESULTS: (i18n.PAGE_RESULTS, i18n.PAGE_RESULTS_SUB),
        }
        title, sub = titles[self.page]
        self.title.setText(tr(title))
        self.subtitle.setText(tr(sub))
        step = tr(i18n.STEP_OF).format(n=int(self.page) + 1, total=len(STEPS))
        self.title.setAccessibleName(f"{step}: {tr(title)}")


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(6)


#: DateField buttons whose focus policy waits (see hold_focus_policies); None: set at once
_held: list[QWidget] | None = None


def hold_focus_policies() -> None:
    """Let the DateFields built from now on (until `held_focus_policies`) leave their
    button's focus policy to be set later.

    Setting it needs the Qt.FocusPolicy enum, and the first use of `Qt`'s enums in a process
    costs ~20 ms: before the first paint of page 1 that was a sixth of the start. Nobody can
    press Tab before the page is on screen, so the wizard sets them after the first paint."""
    global _held
    _held = []


def held_focus_policies() -> list[QWidget]:
    """Stop holding; the buttons held, for `set_focus_policies` after the first paint."""
    global _held
    held, _held = _held or [], None
    return held


def set_focus_policies(buttons: list[QWidget]) -> None:
    for button in buttons:
        _no_tab_focus(button)


def _no_tab_focus(button: QWidget) -> None:
    from jxdesk.gui.qt import Qt

    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab skips it; F4 / Alt+Down open it


class DateField(QWidget):
    """A date typed as digits (2025-06-01 or 20250601) into a line edit, with a calendar
    beside it as a help: the 日历 button, or Alt+Down / F4 in the field, opens it as a
    pop-up kept inside the screen. `edit` is the line edit (the keyboard's stop: the
    button takes no Tab focus); `edited(text)` is the text the person typed or picked."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        from jxdesk.gui.qt import QLineEdit, QToolButton  # (not needed before the paint)

        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setMaxLength(10)
        self.button = QToolButton()
        self.button.setText("▾")
        if _held is None:
            _no_tab_focus(self.button)
        else:
            _held.append(self.button)
        self.button.clicked.connect(self.open_calendar)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._tidy)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)
        self.popup: QWidget | None = None
        self.edit.installEventFilter(self)
        self._name = ""
        #: the years the calendar offers, read when it opens (a child's birth: R19)
        self.years: Callable[[], tuple[int, int]] | None = None
        self.retranslate()

    def set_name(self, name: str) -> None:
        """The field's accessible name (the calendar button says it picks this field)."""
        self._name = name
        self.edit.setAccessibleName(name)
        self.retranslate()

    def retranslate(self) -> None:
        name = tr(i18n.CALENDAR_NAME).format(field=self._name)
        self.button.setAccessibleName(name)
        self.button.setToolTip(f"{tr(i18n.CALENDAR)} (Alt+↓)")

    def on_edit(self, slot: object) -> None:
        """Call `slot(text)` when the person types or picks a date."""
        self.edit.textEdited.connect(slot)

    def text(self) -> str:
        return str(self.edit.text())

    def _tidy(self) -> None:
        """On leaving the field, 20250601 is shown as 2025-06-01 (the answer is the same)."""
        from jxdesk.gui.answers import clean_date

        text = self.edit.text()
        tidy = clean_date(text)
        if tidy != text and len(tidy) == 10 and tidy[4] == tidy[7] == "-":
            self.edit.setText(tidy)
            self.edit.textEdited.emit(tidy)

    def set_text(self, text: str) -> None:
        if self.edit.text() != text:
            self.edit.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            # `Qt` only now: its first use costs ~20 ms, and this filter sees the field's
            # layout and polish events before page 1 is first painted
            from jxdesk.gui.qt import QKeyEvent, Qt

            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and bool(
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return False

    def open_calendar(self) -> None:
        from jxdesk.gui.answers import clean_date
        from jxdesk.gui.qt import QApplication, QCalendarWidget, QDate, Qt

        cal = QCalendarWidget()
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setGridVisible(True)
        first, last = self.years() if self.years is not None else (1900, 2100)
        cal.setMinimumDate(QDate(first, 1, 1))
        cal.setMaximumDate(QDate(last, 12, 31))
        day = QDate.fromString(clean_date(self.edit.text()), "yyyy-MM-dd")
        if not day.isValid():  # opens on today by the program's one clock, not Qt's
            from jxdesk.gui.clock import today

            t = today()
            day = QDate(t.year, t.month, t.day)
        cal.setSelectedDate(day)  # (kept within the years offered)
        from jxdesk.gui.qt import QToolButton

        month = cal.findChild(QToolButton, "qt_calendar_monthbutton")
        if month is not None:  # its month menu runs a loop of its own: the arrows (and
            month.setMenu(None)  # type: ignore[arg-type]  # (PageUp/PageDown change it too)
        cal.clicked.connect(self._picked)
        cal.activated.connect(self._picked)
        cal.resize(cal.sizeHint())
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen() or QApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(max(below.x(), area.left()), area.right() - cal.width())
        y = below.y()
        if y + cal.height() > area.bottom():  # no room below: above the field
            y = max(area.top(), self.mapToGlobal(self.rect().topLeft()).y() - cal.height())
        cal.move(x, y)
        self.popup = cal
        cal.show()
        frame = cal.frameGeometry()  # (known once shown) kept wholly inside the screen
        dx = max(0, frame.right() - area.right()) or min(0, frame.left() - area.left())
        dy = max(0, frame.bottom() - area.bottom()) or min(0, frame.top() - area.top())
        if dx or dy:
            cal.move(cal.x() - dx, cal.y() - dy)
        cal.setFocus()

    def _picked(self, day: object) -> None:
        from jxdesk.gui.qt import QDate

        assert isinstance(day, QDate)
        text = day.toString("yyyy-MM-dd")
        self.edit.setText(text)
        self.edit.textEdited.emit(text)  # as if typed: the page's one path for a change
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
            self.popup = None
        self.edit.setFocus()


class Columns(QWidget):
    """Blocks side by side where the width allows, else in fewer columns, down to one
    under the other, so no page needs a horizontal scrollbar and no text is squeezed to a
    character per line: a column is never narrower than `min_em` font heights (or its
    block's own minimum). Blocks keep their order: row by row, left to right."""

    def __init__(
        self, min_em: float = 16, spacing: int = 12, parent: QWidget | None = None
    ) -> None:
        from jxdesk.gui.qt import QGridLayout

        super().__init__(parent)
        self.min_em = min_em
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.blocks: list[QWidget] = []
        self.count = 0  # columns in use
        self._key: tuple[int, ...] = ()  # the columns and the blocks shown, as arranged

    def add(self, block: QWidget) -> None:
        self.blocks.append(block)
        self._arrange(len(self.blocks))

    def event(self, event: QEvent) -> bool:
        # a block shown or hidden invalidates the grid, which posts LayoutRequest here
        # (not an event filter on the blocks: one would be called while they are deleted)
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange(self.columns_for(self.width()))
        return super().event(event)

    def _floor(self) -> int:
        return round(self.fontMetrics().height() * self.min_em)

    def _width(self, block: QWidget) -> int:
        return max(block.minimumSizeHint().width(), self._floor())

    def _shown(self) -> list[QWidget]:
        return [b for b in self.blocks if not b.isHidden()]

    def columns_for(self, width: int) -> int:
        shown = self._shown()
        for k in range(max(len(shown), 1), 1, -1):
            widths = [0] * k
            for i, b in enumerate(shown):
                widths[i % k] = max(widths[i % k], self._width(b))
            if sum(widths) + self.grid.spacing() * (k - 1) <= width:
                return k
        return 1

    def _arrange(self, k: int) -> None:
        key = (k, *(i for i, b in enumerate(self.blocks) if not b.isHidden()))
        if key == self._key:
            return
        self._key = key
        self.count = k
        for b in self.blocks:
            self.grid.removeWidget(b)
        for i, b in enumerate(self._shown()):
            self.grid.addWidget(b, i // k, i % k)
        for i, b in enumerate(b for b in self.blocks if b.isHidden()):
            self.grid.addWidget(b, 100 + i, 0)  # (placed, so showing it later is in order)
        for c in range(len(self.blocks)):
            self.grid.setColumnStretch(c, 1 if c < k else 0)
        floor = max((self._width(b) for b in self.blocks), default=0)
        self.setMinimumWidth(floor)

    def prepare(self, width: int) -> None:
        """Arrange for `width` now, before the widget is shown at it (a size hint asks)."""
        self._arrange(self.columns_for(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the blocks take at `width`, arranged as they would be there (the
        window's size hint asks before anything is shown)."""
        shown = self._shown()
        k = self.columns_for(width)
        spacing = self.grid.spacing()
        column = max(1, (width - spacing * (k - 1)) // k)
        total = 0
        for start in range(0, len(shown), k):
            row = shown[start : start + k]
            total += max(
                b.heightForWidth(column) if b.hasHeightForWidth() else b.sizeHint().height()
                for b in row
            )
        return total + spacing * max(0, (len(shown) + k - 1) // k - 1)

    def rearrange(self) -> None:
        """Choose the columns again (a block was shown or hidden, the font changed)."""
        self._key = ()
        self._arrange(self.columns_for(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self.columns_for(self.width()))
        super().resizeEvent(event)
