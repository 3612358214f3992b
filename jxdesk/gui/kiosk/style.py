"""The kiosk's look, for people of eighty (适老化). Qt-free.

All text at least 20 pt (body and hints 20, names 24, questions 32, figures 44), touch
targets at least 72 px, line spacing 1.3 (rich-text paragraphs, `para`), colours from
`theme`, whose text pairs are all at least 4.5:1 (tests/gui/test_kiosk.py checks the
kiosk's pairs). On a large screen (1920 × 1080) every size is scaled up (`scale_for`):
the space is used for larger type and tiles, not for emptiness.
"""

from __future__ import annotations

import html

from jxdesk.gui import theme

BODY_PT = 20
HINT_PT = 20
TITLE_PT = 32
BIG_PT = 44
KEY_PT = 30
NAME_PT = 24
TARGET_PX = 72  # the smallest button side
MIN_TARGET_PX = 72
MIN_BODY_PT = 20
LINE_HEIGHT = 130  # per cent
FIELD_BASE_PT = 26  # the keypad's fields: 999,999,999.99 元 fits at 1024 × 768
BASE_PT = {
    "body": BODY_PT,
    "hint": HINT_PT,
    "title": TITLE_PT,
    "big": BIG_PT,
    "key": KEY_PT,
    "name": NAME_PT,
}

SELECTED_BG = "#e8f0fe"
PRESSED_BG = "#c6dafc"  # a tile or key held down (ink on it: 4.5:1 and more)
#: (foreground, background) pairs the kiosk draws text with
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    (theme.INK, theme.PAPER),
    (theme.INK, theme.CANVAS),
    (theme.INK, SELECTED_BG),
    (theme.INK, PRESSED_BG),
    (theme.PRIMARY, PRESSED_BG),
    (theme.MUTED, theme.PAPER),
    (theme.MUTED, theme.CANVAS),
    (theme.PRIMARY, theme.PAPER),
    (theme.ON_PRIMARY, theme.PRIMARY),
    (theme.ON_PRIMARY, theme.PRIMARY_DARK),
    (theme.ERROR, theme.PAPER),
    (theme.ERROR, theme.CANVAS),
    (theme.GOOD, theme.PAPER),
    (theme.ON_PRIMARY, theme.INK),  # the countdown and the crash message
)


def para(text: str, align: str = "left") -> str:
    """Plain text as a rich-text paragraph with 1.3 line spacing."""
    body = html.escape(text).replace("\n", "<br>")
    return f'<div style="line-height:{LINE_HEIGHT}%" align="{align}">{body}</div>'


def scale_for(width: int, height: int) -> float:
    """How much larger than at 1280 × 800 everything is drawn on a screen this size: 1 up
        to 1366 × 768 (whose height is the limit), in steps of 0.05 on a larger screen
        (1.35 at 1920 × 1080), at most 1.5. An upright screen is measured turned (1080 × 1920
    draws like 1920 × 1080)."""
    if height > width:  # upright: the same reference, turned
        width, height = height, width
    scale = min(width / 1280, height / 800, 1.5)
    if scale < 1.15:
        return 1.0
    return int(scale * 20) / 20


def _upright_tiles(scale: float) -> str:
    """Upright, the tiles have the height: their words a fifth larger."""
    name, hint = (f"{BASE_PT[k] * scale * 1.2:g}pt" for k in ("name", "hint"))
    return f"""
QWidget#kiosk QPushButton[role="tile"] QLabel[role="name"] {{ font-size: {name}; }}
QWidget#kiosk QPushButton[role="tile"] QLabel[role="hint"] {{ font-size: {hint}; }}"""


def stylesheet(scale: float = 1.0, portrait: bool = False) -> str:
    """The kiosk's sheet; `portrait`: taller tiles (an upright screen has the height)."""
    t = theme

    def pt(size: float) -> str:
        return f"{size * scale:g}pt"

    def px(size: float) -> str:
        return f"{round(size * scale)}px"

    body, hint, title, big, key, name = (
        pt(BASE_PT[k]) for k in ("body", "hint", "title", "big", "key", "name")
    )
    field = pt(FIELD_BASE_PT)
    # Minimum heights are the sheet's (a sheet's min-height wins over setMinimumHeight,
    # and the application's own sheet has one): the box's content, less its padding
    # and border, so that every button is at least TARGET_PX (72) high.
    tile, compact = (130, 96) if portrait else (108, TARGET_PX)
    button_h, tile_h, compact_h = px(TARGET_PX - 26), px(tile - 34), px(compact - 34)
    field_h, key_h = px(80 - 22), px(80 - 26)
    return f"""
QWidget#kiosk {{ background: {t.CANVAS}; }}
QWidget#kiosk QWidget {{ color: {t.INK}; font-size: {body}; }}
QWidget#kiosk QLabel {{ background: transparent; }}
QWidget#kiosk QLabel[role="title"] {{ font-size: {title}; font-weight: 700; }}
QWidget#kiosk QLabel[role="hint"] {{ color: {t.MUTED}; font-size: {hint}; }}
QWidget#kiosk QLabel[role="step"] {{ color: {t.MUTED}; font-size: {hint}; }}
QWidget#kiosk QLabel[role="error"] {{ color: {t.ERROR}; font-size: {body}; font-weight: 700; }}
QWidget#kiosk QLabel[role="note"] {{ color: {t.PRIMARY}; font-weight: 700; }}
QWidget#kiosk QLabel[role="name"] {{ font-size: {name}; font-weight: 700; }}
QWidget#kiosk QLabel[role="big"] {{ font-size: {big}; font-weight: 700; }}
QWidget#kiosk QLabel[role="pay"] {{ font-size: {big}; font-weight: 700; color: {t.ERROR}; }}
QWidget#kiosk QLabel[role="good"] {{ font-size: {big}; font-weight: 700; color: {t.GOOD}; }}
QWidget#kiosk QFrame[role="card"] {{
    background: {t.PAPER}; border: 2px solid {t.LINE}; border-radius: 14px; }}
QWidget#kiosk QPushButton {{
    background: {t.PAPER}; color: {t.PRIMARY}; border: 3px solid {t.PRIMARY};
    border-radius: 14px; padding: 10px 22px; font-size: {body}; font-weight: 600;
    min-height: {button_h}; min-width: {TARGET_PX}px; }}
QWidget#kiosk QPushButton:pressed {{ background: {PRESSED_BG}; }}
QWidget#kiosk QPushButton[tight="true"] {{ padding: 10px 8px; }}
QWidget#kiosk QPushButton[primary="true"] {{ background: {t.PRIMARY}; color: {t.ON_PRIMARY}; }}
QWidget#kiosk QPushButton[primary="true"]:pressed {{ background: {t.PRIMARY_DARK}; }}
QWidget#kiosk QPushButton:disabled {{
    background: #eef0f3; color: {t.MUTED}; border-color: #aab2bd; }}
QWidget#kiosk QPushButton[role="tile"] {{
    background: {t.PAPER}; color: {t.INK}; border: 3px solid {t.LINE}; text-align: left;
    padding: 14px; min-height: {tile_h}; }}
QWidget#kiosk QPushButton[role="tile"][compact="true"] {{ min-height: {compact_h}; }}
QWidget#kiosk QPushButton[role="tile"][chosen="true"] {{
    border: 4px solid {t.PRIMARY}; background: {SELECTED_BG}; }}
QWidget#kiosk QPushButton[role="tile"]:pressed, QWidget#kiosk QPushButton[role="key"]:pressed,
QWidget#kiosk QPushButton[role="keyword"]:pressed,
QWidget#kiosk QPushButton[role="field"]:pressed {{
    background: {PRESSED_BG}; border: 4px solid {t.PRIMARY_DARK}; }}
QWidget#kiosk QPushButton[role="cue"] {{
    background: {t.PRIMARY}; color: {t.ON_PRIMARY}; border: 3px solid {t.PRIMARY_DARK};
    font-size: {name}; font-weight: 700; }}
QWidget#kiosk QPushButton[role="cue"]:pressed {{ background: {t.PRIMARY_DARK}; }}
QWidget#kiosk QPushButton[role="key"] {{ font-size: {key}; color: {t.INK};
    border-color: {t.LINE}; min-height: {key_h}; }}
QWidget#kiosk QPushButton[role="keyword"] {{ font-size: {name}; color: {t.INK};
    border-color: {t.LINE}; padding: 10px 8px; min-height: {key_h}; }}
QWidget#kiosk QPushButton[role="field"] {{
    background: {t.PAPER}; color: {t.INK}; border: 3px solid {t.LINE}; text-align: right;
    font-size: {field}; padding: 8px 18px; min-height: {field_h}; }}
QWidget#kiosk QPushButton[role="field"][current="true"] {{ border: 5px solid {t.FOCUS}; }}
QWidget#kiosk QPushButton[role="field"][invalid="true"] {{ border: 5px solid {t.ERROR}; }}
QWidget#kiosk QScrollArea, QWidget#kiosk QScrollArea > QWidget > QWidget {{
    background: transparent; border: none; }}
QWidget#kiosk QScrollBar:vertical {{ width: 48px; background: {t.CANVAS}; }}
QWidget#kiosk QScrollBar::handle:vertical {{ background: {t.LINE}; border-radius: 10px;
    min-height: 80px; }}
{_upright_tiles(scale) if portrait else ""}
QWidget#overlay {{ background: {t.INK}; }}
QWidget#overlay QLabel {{ color: {t.ON_PRIMARY}; background: transparent; }}
"""
