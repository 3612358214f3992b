"""The "who pays what" bar: one bar cut into coloured parts (the results page)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jxdesk.gui import theme
from jxdesk.gui.qt import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QWidget,
)
from jxdesk.gui.widgets import money


class PayBar(QWidget):
    """Who pays what, as one bar cut into coloured parts, with a legend underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[tuple[str, str, Decimal]] = []  # (key, label, amount)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_parts(self, parts: Sequence[tuple[str, str, Decimal]]) -> None:
        self._parts = [p for p in parts if p[2] > 0]
        total = sum((p[2] for p in self._parts), Decimal(0))
        desc = "；".join(f"{name} {money(v)}" for _, name, v in self._parts)
        self.setAccessibleDescription(desc)
        self.setToolTip(desc)
        self._total = total
        self.updateGeometry()
        self.update()

    def _bar_height(self) -> int:
        return round(self.fontMetrics().height() * 1.9)

    def sizeHint(self) -> QSize:
        return QSize(240, self._bar_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self._bar_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self._bar_height()
        rect = QRectF(0, 0, self.width(), h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.CANVAS))
        p.drawRoundedRect(rect, 6, 6)
        if not self._parts or self._total <= 0:
            p.end()
            return
        x = 0.0
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for i, (key, _name, amount) in enumerate(self._parts):
            w = float(amount / self._total) * self.width()
            if i == len(self._parts) - 1:
                w = self.width() - x
            seg = QRectF(x, 0, w, h)
            p.setBrush(QColor(theme.SEGMENTS[key]))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRect(seg)
            share = f"{float(amount / self._total):.0%}"
            if p.fontMetrics().horizontalAdvance(share) + 8 < w:
                p.setPen(QColor(theme.ON_PRIMARY))
                p.drawText(seg, Qt.AlignmentFlag.AlignCenter, share)
            x += w
        p.end()
