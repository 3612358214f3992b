"""The kiosk's look, for people of eighty (适老化). Qt-free.

Body text 20 pt (at least 18), hints 18 pt, touch targets at least 72 px (the issue asks
for 60), line spacing 1.3 (rich-text paragraphs, `para`), colours from `theme`, whose
text pairs are all at least 4.5:1 (tests/gui/test_kiosk.py checks the kiosk's pairs).
"""

from __future__ import annotations

import html

from jxdesk.gui import theme

BODY_PT = 20
HINT_PT = 18
TITLE_PT = 32
BIG_PT = 44
KEY_PT = 30
NAME_PT = 24
TARGET_PX = 72  # the smallest button side; the minimum is 60
MIN_TARGET_PX = 60
MIN_BODY_PT = 18
LINE_HEIGHT = 130  # per cent

SELECTED_BG = "#e8f0fe"
#: (foreground, background) pairs the kiosk draws text with
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    (theme.INK, theme.PAPER),
    (theme.INK, theme.CANVAS),
    (theme.INK, SELECTED_BG),
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


def stylesheet() -> str:
    t = theme
    return f"""
QWidget#kiosk {{ background: {t.CANVAS}; }}
QWidget#kiosk QWidget {{ color: {t.INK}; font-size: {BODY_PT}pt; }}
QWidget#kiosk QLabel {{ background: transparent; }}
QWidget#kiosk QLabel[role="title"] {{ font-size: {TITLE_PT}pt; font-weight: 700; }}
QWidget#kiosk QLabel[role="hint"] {{ color: {t.MUTED}; font-size: {HINT_PT}pt; }}
QWidget#kiosk QLabel[role="step"] {{ color: {t.MUTED}; font-size: {HINT_PT}pt; }}
QWidget#kiosk QLabel[role="error"] {{ color: {t.ERROR}; font-size: {BODY_PT}pt; font-weight: 700; }}
QWidget#kiosk QLabel[role="name"] {{ font-size: {NAME_PT}pt; font-weight: 700; }}
QWidget#kiosk QLabel[role="big"] {{ font-size: {BIG_PT}pt; font-weight: 700; }}
QWidget#kiosk QLabel[role="pay"] {{ font-size: {BIG_PT}pt; font-weight: 700; color: {t.ERROR}; }}
QWidget#kiosk QLabel[role="good"] {{ font-size: {BIG_PT}pt; font-weight: 700; color: {t.GOOD}; }}
QWidget#kiosk QFrame[role="card"] {{
    background: {t.PAPER}; border: 2px solid {t.LINE}; border-radius: 14px; }}
QWidget#kiosk QPushButton {{
    background: {t.PAPER}; color: {t.PRIMARY}; border: 3px solid {t.PRIMARY};
    border-radius: 14px; padding: 10px 22px; min-height: {TARGET_PX - 26}px;
    min-width: {TARGET_PX}px; font-size: {BODY_PT}pt; font-weight: 600; }}
QWidget#kiosk QPushButton:pressed {{ background: {SELECTED_BG}; }}
QWidget#kiosk QPushButton[tight="true"] {{ padding: 10px 8px; }}
QWidget#kiosk QPushButton[primary="true"] {{ background: {t.PRIMARY}; color: {t.ON_PRIMARY}; }}
QWidget#kiosk QPushButton[primary="true"]:pressed {{ background: {t.PRIMARY_DARK}; }}
QWidget#kiosk QPushButton:disabled {{
    background: #eef0f3; color: {t.MUTED}; border-color: #aab2bd; }}
QWidget#kiosk QPushButton[role="tile"] {{
    background: {t.PAPER}; color: {t.INK}; border: 3px solid {t.LINE}; text-align: left;
    padding: 14px; }}
QWidget#kiosk QPushButton[role="tile"][chosen="true"] {{
    border: 4px solid {t.PRIMARY}; background: {SELECTED_BG}; }}
QWidget#kiosk QPushButton[role="key"] {{ font-size: {KEY_PT}pt; color: {t.INK};
    border-color: {t.LINE}; }}
QWidget#kiosk QPushButton[role="field"] {{
    background: {t.PAPER}; color: {t.INK}; border: 3px solid {t.LINE}; text-align: right;
    font-size: {KEY_PT}pt; padding: 8px 18px; }}
QWidget#kiosk QPushButton[role="field"][current="true"] {{ border: 5px solid {t.FOCUS}; }}
QWidget#kiosk QPushButton[role="field"][invalid="true"] {{ border: 5px solid {t.ERROR}; }}
QWidget#kiosk QScrollArea, QWidget#kiosk QScrollArea > QWidget > QWidget {{
    background: transparent; border: none; }}
QWidget#kiosk QScrollBar:vertical {{ width: 48px; background: {t.CANVAS}; }}
QWidget#kiosk QScrollBar::handle:vertical {{ background: {t.LINE}; border-radius: 10px;
    min-height: 80px; }}
QWidget#overlay {{ background: {t.INK}; }}
QWidget#overlay QLabel {{ color: {t.ON_PRIMARY}; background: transparent; }}
"""
