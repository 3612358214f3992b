"""Small widgets the pages share: labelled fields with a hint and an error, the page
header, cards, and money in the current QLocale. (The "who pays what" bar is in
paybar.py: the first page is built before the paint and needs none of its Qt names.)"""

from __future__ import annotations

from jxdesk.gui import i18n
from jxdesk.gui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLocale,
    QVBoxLayout,
    QWidget,
    tr,
)
from jxdesk.gui.viewmodel import Page

# (not `from typing import TYPE_CHECKING`: imported after PySide6, an import of `typing`
# costs start-up ~0.5 ms, shiboken's import hook reading typing.py; mypy knows the name)
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from decimal import Decimal

    from jxdesk.gui.qt import QTableWidget

STEPS = (i18n.PAGE_IDENTITY, i18n.PAGE_CLAIMS, i18n.PAGE_FAMILY, i18n.PAGE_RESULTS)


def money(amount: Decimal) -> str:
    """An amount in the current locale's digits and grouping, two decimals."""
    return QLocale().toString(float(amount), "f", 2)


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


def put(table: QTableWidget, row: int, col: int, widget: QWidget) -> None:
    """Set a cell's widget; the one it replaces disappears now, not at the next loop."""
    old = table.cellWidget(row, col)
    table.setCellWidget(row, col, widget)
    if old is not None:
        old.hide()


class ErrorLabel(QLabel):
    """A field's problem in plain words; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "error")
        self.setWordWrap(True)
        self._selectable = False
        self.hide()

    def show_problem(self, text: str | None) -> None:
        if text and not self._selectable:  # set on first use: `Qt` is not loaded to start
            from jxdesk.gui.qt import Qt

            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._selectable = True
        self.setText(text or "")
        self.setVisible(bool(text))
        self.setAccessibleName(text or "")


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
