"""结算年度 as a text field: what is typed stays as typed (issue 19: a QSpinBox clamped a
typed 2028 to 2027 without a word); the view model names the years offered. Up and Down
still step through them, as the spin box did."""

from __future__ import annotations

from collections.abc import Callable

from jxdesk.gui.qt import QKeyEvent, QLineEdit, QWidget


class YearEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("money", True)  # right-aligned, like every number
        self.years: Callable[[], tuple[int, int]] = lambda: (0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from jxdesk.gui.qt import Qt  # (not before the first paint)

        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        first, last = self.years()
        text = self.text().strip()
        year = int(text) if text.isascii() and text.isdigit() else last
        year = min(max(year + step, first), last) if first <= year <= last else last
        if str(year) != self.text():
            self.setText(str(year))
            self.selectAll()
            self.textEdited.emit(self.text())  # as if typed: the page writes the answer
        event.accept()
