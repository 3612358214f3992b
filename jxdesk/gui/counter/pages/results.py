"""Page 4, 测算结果: three estimates side by side, what-if, the answers, print and save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jxdesk.gui import i18n
from jxdesk.gui.counter.explain_dialog import ExplainDialog
from jxdesk.gui.counter.pages.base import BasePage
from jxdesk.gui.counter.result_panels import (
    FertilityCard,
    MedicalCard,
    PremiumCard,
    SummaryPanel,
    WhatIfPanel,
)
from jxdesk.gui.qt import QFileDialog, QHBoxLayout, QPushButton, QWidget, tr
from jxdesk.gui.viewmodel import Page, WizardModel
from jxdesk.gui.widgets import Columns, ErrorLabel, label, money
from jxdesk.gui.yearly import carried_over_lines

SECTION_TITLE = {"medical": i18n.MEDICAL, "fertility": i18n.FERTILITY, "premium": i18n.PREMIUM}


def save_folder() -> Path:
    """Where 保存为 PDF opens: the person's documents folder, else their home (never the
    folder the app happened to be started in)."""
    home = Path.home()
    for name in ("Documents", "文档", "My Documents"):
        if (home / name).is_dir():
            return home / name
    return home


class ResultsPage(BasePage):
    page = Page.RESULTS

    def __init__(
        self,
        model: WizardModel,
        edit: Callable[[Page], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, parent)
        self.problem = ErrorLabel()
        self.body.addWidget(self.problem)
        self.year_note = label(role="hint")  # a later year's figures carried over (R19)
        self.year_note.setWordWrap(True)
        self.body.addWidget(self.year_note)
        # side by side where they fit, else under each other (widgets.Columns)
        self.cards = Columns(min_em=13)
        self.medical = MedicalCard(self.explain)
        self.fertility = FertilityCard(self.explain)
        self.premium = PremiumCard(self.explain)
        for card in (self.medical, self.fertility, self.premium):
            self.cards.add(card)
        self.body.addWidget(self.cards)

        self.below = Columns(min_em=18)
        self.whatif = WhatIfPanel()
        self.summary = SummaryPanel(edit)
        self.below.add(self.whatif)
        self.below.add(self.summary)
        self.body.addWidget(self.below)

        actions = QHBoxLayout()
        self.all_button = QPushButton()
        self.print_button = QPushButton()
        self.pdf_button = QPushButton()
        for b, slot in (
            (self.all_button, lambda: self.explain("all")),
            (self.print_button, self.print_report),
            (self.pdf_button, self.save_pdf),
        ):
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            actions.addWidget(b)
        actions.addStretch(1)
        self.saved = label(role="hint")
        actions.addWidget(self.saved)
        self.body.addLayout(actions)
        self.disclaimer = label(role="hint")
        self.body.addWidget(self.disclaimer)
        self.body.addStretch(1)
        self.dialog: ExplainDialog | None = None
        self.retranslate()

    # ---- showing the estimate
    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        result = self.model.result()
        lines = self.model.problem_lines(Page.RESULTS, tr) if result is None else []
        self.problem.show_problem("\n".join([tr(i18n.NOT_READY), *lines]) if lines else None)
        ready = result is not None
        for w in (self.medical, self.fertility, self.premium, self.whatif):
            w.setVisible(ready)
        for b in (self.all_button, self.print_button, self.pdf_button):
            b.setEnabled(ready)
        lang = self.model.lang
        carried = carried_over_lines(result, lambda st: self.model.engine.render(st, lang))
        self.year_note.setText("\n".join(carried))
        self.year_note.setVisible(bool(carried))
        if ready:
            self.medical.refresh(self.model)
            self.fertility.refresh(self.model)
            self.premium.refresh(self.model)
            self.whatif.refresh(self.model)
        self.summary.refresh(self.model)

    def show_problems(self) -> None:
        if self.isVisible():
            self.refresh()

    def explain(self, part: str) -> None:
        """Open the steps behind one figure (or `all` of them)."""
        result = self.model.result()
        if result is None:
            return
        if part == "all":
            title, lines = tr(i18n.EXPLAIN_ALL), self.model.all_lines()
        else:
            if part == "premium" and not result.premium.available:  # no figure to show
                self.dialog = ExplainDialog(tr(i18n.PREMIUM), self.model.explanation(part), self)
                self.dialog.open()
                return
            amount = {
                "medical": self.model.medical_paid_for_you(),
                "fertility": result.fertility.total,
                "premium": result.premium.total,
            }.get(part)
            if amount is None:
                amount = dict(self.model.medical_parts() + self.model.fertility_parts())[part]
            name = tr(SECTION_TITLE[part]) if part in SECTION_TITLE else tr(i18n.PART[part])
            title = tr(i18n.EXPLAIN_TITLE).format(part=name, amount=money(amount))
            lines = self.model.explanation(part)
        self.dialog = ExplainDialog(title, lines, self)
        self.dialog.open()

    # ---- print and save
    def print_report(self) -> None:
        from jxdesk.gui.counter.printing import print_report

        print_report(self.model, self)

    def save_pdf(self, path: str | None = None) -> bool:
        from jxdesk.gui.counter.printing import save_pdf

        if not path:  # Qt's own dialog, in the app's language (a native one may not be)
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr(i18n.SAVE_PDF),
                str(save_folder() / tr(i18n.PDF_NAME)),
                tr(i18n.PDF_FILTER),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            save_pdf(self.model, path)
        except OSError:
            self.saved.setText(tr(i18n.SAVE_FAILED).format(path=path))
            return False
        self.saved.setText(tr(i18n.SAVED).format(path=path))
        return True

    def retranslate(self) -> None:
        for b, text in (
            (self.all_button, i18n.EXPLAIN_ALL),
            (self.print_button, i18n.PRINT),
            (self.pdf_button, i18n.SAVE_PDF),
        ):
            b.setText(tr(text))
            b.setAccessibleName(tr(text))
        self.disclaimer.setText(tr(i18n.DISCLAIMER))
        self.saved.setText("")
