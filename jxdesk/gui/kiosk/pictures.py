"""Pictures of the hospital tiers, drawn with QPainter (our own drawings, no artwork).

The bigger the hospital, the taller the building: a cottage with a cross (社区、卫生院),
a one-storey clinic, a two-storey county hospital, a tower with wings (市里大医院), and
a capsule for the pharmacy. Drawn on a 100 × 80 grid, scaled to the widget.
"""

from __future__ import annotations

from jxdesk.gui import theme
from jxdesk.gui.qt import (
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QPointF,
    QPolygonF,
    QRectF,
    QSize,
    Qt,
    QWidget,
)

WALL = "#dbe7fb"
WINDOW = "#7aa2e3"
ROOF = theme.PRIMARY_DARK
CROSS = theme.ERROR
GROUND = "#9aa5b1"
FLOORS = {"primary": 1, "level1": 1, "level2": 2, "level3": 4}


def _cross(p: QPainter, cx: float, cy: float, size: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(theme.PAPER))
    p.drawRect(QRectF(cx - size * 0.6, cy - size * 0.6, size * 1.2, size * 1.2))
    p.setBrush(QColor(CROSS))
    arm = size / 3
    p.drawRect(QRectF(cx - arm / 2, cy - size / 2, arm, size))
    p.drawRect(QRectF(cx - size / 2, cy - arm / 2, size, arm))


def _windows(p: QPainter, x: float, y: float, w: float, rows: int, cols: int) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(WINDOW))
    gap = w / (cols * 2 + 1)
    for r in range(rows):
        for c in range(cols):
            p.drawRect(QRectF(x + gap * (1 + 2 * c), y + r * 12 + 3, gap, 6))


def _building(p: QPainter, x: float, y: float, w: float, h: float) -> None:
    p.setPen(QPen(QColor(theme.INK), 1.5))
    p.setBrush(QColor(WALL))
    p.drawRect(QRectF(x, y, w, h))


def _door(p: QPainter, cx: float, bottom: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(ROOF))
    p.drawRect(QRectF(cx - 5, bottom - 12, 10, 12))


def draw_tier(p: QPainter, tier: str) -> None:
    """Draw `tier` on the 100 × 80 grid (the caller scales the painter)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(GROUND), 2))
    p.drawLine(QPointF(4, 76), QPointF(96, 76))
    if tier == "pharmacy":
        p.save()
        p.translate(50, 42)
        p.rotate(-30)
        p.setPen(QPen(QColor(theme.INK), 1.5))
        p.setBrush(QColor(CROSS))
        p.drawRoundedRect(QRectF(-36, -13, 36, 26), 13, 13)
        p.drawRect(QRectF(-18, -13, 18, 26))
        p.setBrush(QColor(theme.PAPER))
        p.drawRoundedRect(QRectF(0, -13, 36, 26), 13, 13)
        p.drawRect(QRectF(0, -13, 18, 26))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(QRectF(-0.75, -12.2, 19, 24.5))
        p.restore()
        return
    if tier == "primary":  # a cottage with a pitched roof
        _building(p, 28, 44, 44, 32)
        p.setPen(QPen(QColor(theme.INK), 1.5))
        p.setBrush(QColor(ROOF))
        p.drawPolygon(QPolygonF([QPointF(22, 46), QPointF(50, 22), QPointF(78, 46)]))
        _door(p, 50, 76)
        _cross(p, 38, 56, 10)
        return
    floors = FLOORS.get(tier, 1)
    if tier == "level3":  # wings either side of a tower
        _building(p, 8, 52, 24, 24)
        _building(p, 68, 52, 24, 24)
        _windows(p, 8, 54, 24, 2, 2)
        _windows(p, 68, 54, 24, 2, 2)
    width = {1: 52, 2: 56, 4: 40}[floors]
    height = 14 + floors * 12
    x = 50 - width / 2
    top = 76 - height
    _building(p, x, top, width, height)
    _windows(p, x, top + 12, width, floors, 3 if width > 44 else 2)
    _door(p, 50, 76)
    _cross(p, 50, top + 6, 9 if floors < 4 else 11)


class TierPicture(QWidget):
    def __init__(self, tier: str, small: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier = tier
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFixedSize(QSize(80, 64) if small else QSize(130, 104))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        scale = min(self.width() / 100, self.height() / 80)
        p.translate((self.width() - 100 * scale) / 2, (self.height() - 80 * scale) / 2)
        p.scale(scale, scale)
        draw_tier(p, self.tier)
        p.end()
