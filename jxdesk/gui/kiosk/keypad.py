"""The large on-screen numeric keypad (a kiosk has no keyboard).

Digits, 00, the point, ⌫ and 清除; each key is at least 96 × 80 px. For a whole number
(`count`) the point is left out. The keypad only says which key was pressed
(`key_pressed`); `entry.press` / `entry.press_count` work out the figure.
"""

from __future__ import annotations

from jxdesk.gui.kiosk.entry import BACKSPACE, CLEAR, KEYS
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.qt import QGridLayout, QPushButton, QSizePolicy, Qt, QWidget, Signal

KEY_W, KEY_H = 96, 80
TALL = 1.7
WIDGET_MAX = 16777215  # (QWIDGETSIZE_MAX)


class Keypad(QWidget):
    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None, count: bool = False) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(10)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for i, key in enumerate(KEYS):
            if count and key == ".":
                continue
            self._add(key, key, i // 3, i % 3, grid)
        self._add(BACKSPACE, "", 0, 3, grid)
        self._add(CLEAR, "", 1, 3, grid)
        for key in (BACKSPACE, CLEAR):
            self.keys[key].setProperty("role", "keyword")
            self.keys[key].setProperty("tight", True)  # (less padding: see kiosk/style.py)
        self.retranslate("zh")

    def _add(self, key: str, text: str, row: int, col: int, grid: QGridLayout) -> None:
        b = QPushButton(text)
        b.setProperty("role", "key")
        b.setMinimumSize(KEY_W, KEY_H)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setAutoDefault(False)
        b.clicked.connect(lambda _=False, k=key: self.key_pressed.emit(k))
        self.keys[key] = b
        grid.addWidget(b, row, col)

    scale = 1.0
    tall = False  # upright: the keys grow into the page's spare height, up to TALL times

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        for b in self.keys.values():
            b.setMinimumSize(round(KEY_W * scale), round(KEY_H * scale))
        self.set_tall(self.tall)

    def set_tall(self, tall: bool) -> None:
        self.tall = tall
        vertical = QSizePolicy.Policy.Expanding if tall else QSizePolicy.Policy.Fixed
        cap = round(KEY_H * self.scale * TALL) if tall else WIDGET_MAX
        for b in self.keys.values():
            b.setSizePolicy(b.sizePolicy().horizontalPolicy(), vertical)
            b.setMaximumHeight(cap)
        # (the rows no further apart than the keys allow: the spare height stays outside)
        grid = self.layout()
        spacing = grid.spacing() if grid is not None else 0
        self.setMaximumHeight(4 * cap + 3 * spacing if tall else WIDGET_MAX)

    def retranslate(self, lang: str) -> None:
        self.keys[BACKSPACE].setText(say("key_back", lang))
        self.keys[CLEAR].setText(say("key_clear", lang))
        for key, b in self.keys.items():
            b.setAccessibleName(b.text())
            if key == ".":
                b.setAccessibleName("点" if lang == "zh" else "point")
