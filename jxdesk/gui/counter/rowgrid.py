"""A table made of plain widgets in a grid: the claims and the children pages' rows.

Not a QTableWidget: an item view moves the keyboard focus to a row's first cell widget
whenever its current index changes (QAbstractItemView::edit on a persistent editor), so
keys typed into an amount went to the row's 就医类型 combo (issue 8), and its header
elides what does not fit. Here every cell is an ordinary widget in the page's tab
chain, a click or Tab puts the cursor where it lands, headers wrap, and where the
window is too narrow for a row on one line it goes on two (the first `split` columns,
then the rest), so nothing needs a horizontal scrollbar.

The API follows the part of QTableWidget the pages and tests use: `rowCount()`,
`cellWidget(row, col)`, `currentRow()`, `selectRow(row)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from jxdesk.gui.qt import QEvent, QGridLayout, QLabel, QObject, QWidget
from jxdesk.gui.widgets import label, restyle

TYPE_CHECKING = False  # (not from `typing`: see widgets.py)
if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QResizeEvent


class RowGrid(QWidget):
    def __init__(self, columns: int, split: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.split = split  # a two-line row breaks before this column
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.headers: list[QLabel] = []
        for _ in range(columns):
            head = label(role="colhead")
            self.headers.append(head)
        self.rows: list[list[QWidget]] = []
        self.numbers: list[QLabel] = []
        self._current = -1
        self.on_select: Callable[[int], None] | None = None  # told the new current row
        self.wide = True
        self._placing = False  # (showing a cell can resize the grid: see _place)
        self._again = False
        self._place()

    # ---- the QTableWidget-like part
    def rowCount(self) -> int:
        return len(self.rows)

    def cellWidget(self, row: int, col: int) -> QWidget | None:
        if 0 <= row < len(self.rows) and 0 <= col < self.columns:
            return self.rows[row][col]
        return None

    def currentRow(self) -> int:
        return self._current if self._current < len(self.rows) else len(self.rows) - 1

    def selectRow(self, row: int) -> None:
        """Mark a row as the current one (删除/上移/下移 act on it); the focus stays."""
        self._current = row
        for i, number in enumerate(self.numbers):
            current = i == row
            if bool(number.property("current")) != current:
                number.setProperty("current", current)
                restyle(number)
        if self.on_select is not None:
            self.on_select(row)

    # ---- building
    def set_headers(self, texts: Sequence[str], tips: Sequence[str] = ()) -> None:
        for i, head in enumerate(self.headers):
            head.setText(texts[i])
            head.setToolTip(tips[i] if i < len(tips) else "")

    def set_rows(self, rows: list[list[QWidget]], numbers: Sequence[str]) -> None:
        """Replace every row; the old widgets go at once (hidden, deleted later)."""
        for row in self.rows:
            for w in row:
                w.hide()
                w.deleteLater()
        for n in self.numbers:
            n.hide()
            n.deleteLater()
        self.rows = rows
        self.numbers = []
        for r, (row, text) in enumerate(zip(rows, numbers, strict=True)):
            number = label(text, role="rownumber", wrap=False)
            self.numbers.append(number)
            for w in row:
                _watch(self, r, w)
        self._place()
        self.selectRow(min(self._current, len(rows) - 1))

    def replace(self, row: int, col: int, widget: QWidget) -> None:
        """Put another widget in one cell (the facilities follow the kind)."""
        old = self.rows[row][col]
        self.rows[row][col] = widget
        _watch(self, row, widget)
        self.grid.replaceWidget(old, widget)
        widget.show()
        old.hide()
        old.deleteLater()

    def _place(self) -> None:
        """Lay the headers and rows out on one line each (wide) or two.

        Showing a cell can resize the grid at once (a new row's first show), and the
        resize may choose the other number of lines: placing again from inside left the
        headers on two lines and the cells, re-added by the outer pass, on one, the
        header 医保范围内（元） over the first row (issue 19). A resize while placing
        is taken up after it."""
        if self._placing:
            self._again = True
            return
        self._placing = True
        try:
            for _ in range(3):  # (the width cannot flip the choice back and forth)
                self._again = False
                self._place_once()
                if not self._again:
                    break
                self.wide = self.width() >= self._needed(True)
        finally:
            self._placing = False

    def _place_once(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        lines = 1 if self.wide else 2
        first = (self.split if not self.wide else self.columns) or self.columns
        for c, head in enumerate(self.headers):
            line, col = (0, c) if c < first else (1, c - first)
            self.grid.addWidget(head, line, col + 1)
        for r, row in enumerate(self.rows):
            top = lines + r * lines
            self.grid.addWidget(self.numbers[r], top, 0)
            self.numbers[r].show()
            for c, w in enumerate(row):
                line, col = (0, c) if c < first else (1, c - first)
                self.grid.addWidget(w, top + line, col + 1)
                w.show()  # now, not at the next event loop: the cursor goes into it at once
        width = max(first, self.columns - first)
        for col in range(self.columns + 1):
            self.grid.setColumnStretch(col, 1 if 0 < col <= width else 0)
        self.setMinimumWidth(self._needed(False))

    def _needed(self, wide: bool) -> int:
        """The width rows need on one line (`wide`) or on two."""
        first = self.columns if wide else self.split
        cols: dict[int, int] = {}
        cells: list[QWidget] = list(self.headers)
        for row in self.rows:
            cells += row
        for i, w in enumerate(cells):
            c = i % self.columns
            col = c if c < first else c - first
            hint = w.minimumSizeHint().width() if w in self.headers else w.sizeHint().width()
            cols[col] = max(cols.get(col, 0), hint)
        numbers = max((n.sizeHint().width() for n in self.numbers), default=0)
        spacing = self.grid.horizontalSpacing() * len(cols)
        return numbers + sum(cols.values()) + spacing

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self.width() >= self._needed(True)
        if wide != self.wide:
            self.wide = wide
            self._place()
        super().resizeEvent(event)

    def relayout(self) -> None:
        """Choose one or two lines again (after the words or the font changed)."""
        self.wide = self.width() >= self._needed(True)
        self._place()


def _watch(grid: RowGrid, row: int, widget: QWidget) -> None:
    target = widget.focusProxy() or widget  # a DateField's focus is its line edit's
    target.installEventFilter(_Focus(grid, row, target))


class _Focus(QObject):
    """The row whose cell has the keyboard focus is the current row."""

    def __init__(self, grid: RowGrid, row: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.grid = grid
        self.row = row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.grid.selectRow(self.row)
        return False
