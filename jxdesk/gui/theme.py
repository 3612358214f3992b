"""Colours, sizes and the style sheet. Qt-free: the Qt layer applies the sheet it builds.

Every text colour is checked against its background for WCAG contrast >= 4.5:1
(tests/gui/test_theme.py); the bar's segments carry white labels, so they are too.
"""

from __future__ import annotations

INK = "#1f2328"  # body text
MUTED = "#4b5563"  # hints
PAPER = "#ffffff"
CANVAS = "#f3f5f8"  # window background
LINE = "#c9d1db"
PRIMARY = "#0b57d0"  # buttons, links, the current step
PRIMARY_DARK = "#0842a0"
ON_PRIMARY = "#ffffff"
ERROR = "#b3261e"
ERROR_BG = "#fdecea"
GOOD = "#146c2e"  # "pays less"
FOCUS = "#f29900"

#: the bar "who pays what": colours of fund, account, 历年账户, 大病保险, 医疗救助, the person
SEGMENTS = {
    "fund": "#1d4ed8",
    "account": "#0e7490",
    "prior_account": "#3f6212",
    "critical_illness": "#6d28d9",
    "medical_aid": "#9a3412",
    "out_of_pocket": "#b3261e",
}

#: (foreground, background) pairs the interface uses for text
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    (INK, PAPER),
    (INK, CANVAS),
    (MUTED, PAPER),
    (MUTED, CANVAS),
    (PRIMARY, PAPER),
    (PRIMARY, CANVAS),
    (ON_PRIMARY, PRIMARY),
    (ON_PRIMARY, PRIMARY_DARK),
    (ERROR, PAPER),
    (ERROR, ERROR_BG),
    (ERROR, CANVAS),
    (GOOD, PAPER),
    *((ON_PRIMARY, c) for c in SEGMENTS.values()),
    *((c, PAPER) for c in SEGMENTS.values()),
)


def _channel(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


class Sizes:
    """Point sizes; large text multiplies them all by 1.5. (A plain class: imported
    before the first paint, where `dataclasses` would cost a few ms.)"""

    __slots__ = ("scale",)

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale

    def pt(self, base: float) -> int:
        return round(base * self.scale)

    @property
    def body(self) -> int:
        return self.pt(12)

    @property
    def small(self) -> int:
        return self.pt(11)

    @property
    def title(self) -> int:
        return self.pt(20)

    @property
    def big(self) -> int:
        return self.pt(24)

    @property
    def control_height(self) -> int:
        return round(36 * self.scale)


def stylesheet(sizes: Sizes) -> str:
    s = sizes
    pad = round(6 * s.scale)
    return f"""
QWidget {{ color: {INK}; font-size: {s.body}pt; }}
QWizard, QWizard > QWidget, QDialog {{ background: {CANVAS}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QLabel[role="title"] {{ font-size: {s.title}pt; font-weight: 600; }}
QLabel[role="subtitle"], QLabel[role="hint"] {{ color: {MUTED}; font-size: {s.small}pt; }}
QLabel[role="step"] {{ color: {MUTED}; font-size: {s.small}pt; }}
QLabel[role="step"][current="true"] {{ color: {PRIMARY}; font-weight: 600; }}
QLabel[role="error"] {{ color: {ERROR}; font-size: {s.small}pt; font-weight: 600; }}
QLabel[role="hint"], QLabel[role="error"] {{ qproperty-alignment: 'AlignLeft | AlignTop'; }}
QLabel[role="big"] {{ font-size: {s.big}pt; font-weight: 700; }}
QLabel[role="section"] {{ font-size: {s.pt(14)}pt; font-weight: 600; }}
QLabel[role="good"] {{ color: {GOOD}; font-weight: 600; }}
QLabel[role="bad"] {{ color: {ERROR}; font-weight: 600; }}
QFrame[role="card"] {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 8px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QLineEdit {{
    background: {PAPER}; border: 1px solid {LINE}; border-radius: 4px;
    padding: {pad // 2}px {pad}px; min-height: {s.control_height - pad}px;
}}
QLineEdit[money="true"] {{ qproperty-alignment: 'AlignRight | AlignVCenter'; }}
/* the thicker border takes a pixel of padding: a field never grows (issue 19) */
QLineEdit[invalid="true"] {{
    border: 2px solid {ERROR}; background: {ERROR_BG}; padding: {pad // 2 - 1}px {pad - 1}px;
}}
QLineEdit:focus {{ border: 2px solid {FOCUS}; padding: {pad // 2 - 1}px {pad - 1}px; }}
QRadioButton, QCheckBox {{ spacing: {pad}px; padding: 2px 0; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {s.pt(18)}px; height: {s.pt(18)}px; }}
QRadioButton:focus, QCheckBox:focus {{ outline: 2px solid {FOCUS}; color: {PRIMARY_DARK}; }}
QPushButton {{
    background: {PAPER}; color: {PRIMARY}; border: 1px solid {PRIMARY}; border-radius: 6px;
    padding: {pad}px {pad * 2}px; min-height: {s.control_height - 2 * pad}px;
}}
QPushButton:hover {{ background: #e8f0fe; }}
QPushButton:focus {{ border: 2px solid {FOCUS}; }}
QPushButton:default, QPushButton[primary="true"] {{
    background: {PRIMARY}; color: {ON_PRIMARY}; font-weight: 600;
}}
QPushButton:default:hover, QPushButton[primary="true"]:hover {{ background: {PRIMARY_DARK}; }}
QPushButton:disabled {{ background: #eef0f3; color: #5f6670; border-color: #aab2bd; }}
QPushButton[role="link"] {{
    background: transparent; border: none; color: {PRIMARY}; text-decoration: underline;
    padding: 0 {pad // 2}px; min-height: 0; text-align: left;
}}
QPushButton[role="amount"] {{
    background: transparent; border: none; border-bottom: 1px dashed {LINE}; border-radius: 0;
    color: {INK}; text-align: left; padding: {pad // 2}px 0; min-height: 0;
}}
QPushButton[role="amount"]:hover {{ color: {PRIMARY}; }}
QPushButton[role="amount"]:focus {{ border: 2px solid {FOCUS}; }}
QTableWidget {{ background: {PAPER}; border: 1px solid {LINE}; gridline-color: {LINE};
    selection-background-color: #e8f0fe; selection-color: {INK}; }}
QHeaderView::section {{
    background: {CANVAS}; color: {INK}; border: none; border-bottom: 1px solid {LINE};
    padding: {pad}px; font-weight: 600;
}}
QGroupBox {{ font-weight: 600; border: 1px solid {LINE}; border-radius: 8px;
    margin-top: {s.pt(14)}px; background: {PAPER}; padding: {pad}px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QToolTip {{ color: {INK}; background: {PAPER}; border: 1px solid {LINE}; }}
"""
