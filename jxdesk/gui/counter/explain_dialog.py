"""The steps behind one amount, each with its article, as the core words them."""

from __future__ import annotations

from html import escape

from jxdesk.gui import i18n
from jxdesk.gui.counter.fit import fit_on_screen
from jxdesk.gui.qt import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget, tr
from jxdesk.gui.widgets import label


def lines_html(lines: list[str]) -> str:
    if not lines:
        return f"<p>{escape(tr(i18n.EXPLAIN_EMPTY))}</p>"
    items = []
    for line in lines:
        indent = line.startswith("  ")
        style = "margin-left:18px;" if indent else "margin-top:8px;font-weight:600;"
        items.append(f'<p style="{style}">{escape(line.strip())}</p>')
    return "".join(items)


class ExplainDialog(QDialog):
    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        heading = label(title, role="section")
        self.text = QTextBrowser()
        self.text.setAccessibleName(title)
        self.text.setOpenLinks(False)
        self.text.setHtml(lines_html(lines))
        self.lines = lines
        disclaimer = label(tr(i18n.DISCLAIMER), role="hint")
        buttons = QDialogButtonBox()
        close = buttons.addButton(tr(i18n.CLOSE), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setAccessibleName(tr(i18n.CLOSE))
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        lay.addWidget(heading)
        lay.addWidget(self.text, 1)
        lay.addWidget(disclaimer)
        lay.addWidget(buttons)
        fit_on_screen(self, 70, 26)  # at most the screen: labels wrap, the text scrolls
