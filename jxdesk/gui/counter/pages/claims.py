"""Page 2, 就医与费用: the year's claims as an editable table with a running subtotal."""

from __future__ import annotations

import itertools

from jxdesk.gui import i18n
from jxdesk.gui.codes import FACILITIES, KINDS, PLACES, allowed_facilities
from jxdesk.gui.counter.pages.base import BasePage
from jxdesk.gui.counter.rowgrid import RowGrid
from jxdesk.gui.qt import (
    QComboBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    Qt,
    QWidget,
    tr,
)
from jxdesk.gui.viewmodel import Page, WizardModel
from jxdesk.gui.widgets import Card, DateField, ErrorLabel, label, mark_invalid, money, money_edit

COLUMNS = (
    (i18n.KIND, ""),
    (i18n.FACILITY, ""),
    (i18n.PLACE, ""),
    (i18n.ELIGIBLE, i18n.ELIGIBLE_HINT),
    (i18n.EXCLUDED, i18n.EXCLUDED_HINT),
    (i18n.CLAIM_DATE, i18n.CLAIM_DATE_HINT),
)
KIND_COL, FACILITY_COL, PLACE_COL, ELIGIBLE_COL, EXCLUDED_COL, DATE_COL = range(6)
TEXT_FIELDS = {ELIGIBLE_COL: "eligible", EXCLUDED_COL: "excluded", DATE_COL: "date"}


class ClaimsPage(BasePage):
    page = Page.CLAIMS

    def __init__(self, model: WizardModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        # (named `table` as before: rowCount(), cellWidget(), currentRow(), selectRow())
        self.table = RowGrid(len(COLUMNS), split=ELIGIBLE_COL)
        self.table.on_select = lambda _row: self._update_buttons()
        self.empty = label(role="hint")
        self.subtotal = label(role="section")
        self.errors = ErrorLabel()

        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setProperty("primary", True)
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        for b, slot in (
            (self.add_button, self._add),
            (self.remove_button, self._remove),
            (self.up_button, lambda: self._move(-1)),
            (self.down_button, lambda: self._move(1)),
        ):
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        QShortcut(QKeySequence("Ctrl+N"), self, self._add)
        QShortcut(QKeySequence("Ctrl+Delete"), self, self._remove)
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self._move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self._move(1))

        self.guide = Card()
        self.guide_title = label(role="section")
        self.guide.body.addWidget(self.guide_title)
        self.guide_lines: dict[str, QLabel] = {}
        for code in FACILITIES:
            line = label()
            self.guide_lines[code] = line
            self.guide.body.addWidget(line)

        self.body.addLayout(buttons)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.errors)
        self.body.addWidget(self.subtotal)
        self.body.addWidget(self.guide)
        self.body.addStretch(1)
        self.retranslate()
        self.reload()

    # ---- the rows, built from the answers
    def load(self) -> None:
        rows: list[list[QWidget]] = []
        for row, claim in enumerate(self.model.answers.claims):
            kind = self._combo(KINDS, i18n.KIND_LABEL, i18n.KIND_HINT, claim.kind)
            kind.currentIndexChanged.connect(lambda i, r=row: self._kind_changed(r, i))
            place = self._combo(PLACES, i18n.PLACE_LABEL, i18n.PLACE_HINT, claim.place)
            place.currentIndexChanged.connect(
                lambda i, r=row: self._set(r, "place", PLACES[i] if i >= 0 else "local")
            )
            cells: list[QWidget] = [kind, self._facility(row, claim.kind, claim.facility), place]
            for attr in ("eligible", "excluded"):
                edit = money_edit(getattr(claim, attr))
                edit.textEdited.connect(lambda text, r=row, a=attr: self._set(r, a, text))
                cells.append(edit)
            day = DateField(claim.date)
            day.on_edit(lambda text, r=row: self._set(r, "date", text))
            cells.append(day)
            rows.append(cells)
        n = len(rows)
        self.table.set_rows(rows, [str(i + 1) for i in range(n)])
        self._name_cells()
        self._set_tab_order()
        self._update_buttons()

    def _facility(self, row: int, kind: str, value: str) -> QComboBox:
        facilities = allowed_facilities(kind)
        fac = self._combo(facilities, i18n.FACILITY_LABEL, i18n.FACILITY_HINT, value)
        fac.currentIndexChanged.connect(
            lambda i, r=row, f=facilities: self._set(r, "facility", f[i] if i >= 0 else "")
        )
        return fac

    def _combo(
        self,
        codes: tuple[str, ...],
        labels: dict[str, str],
        hints: dict[str, str],
        value: str,
    ) -> QComboBox:
        box = QComboBox()
        for code in codes:
            box.addItem(tr(labels[code]), code)
            box.setItemData(box.count() - 1, tr(hints[code]), Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(codes.index(value) if value in codes else 0)
        return box

    def _name_cells(self) -> None:
        for row in range(self.table.rowCount()):
            head = tr(i18n.CLAIM_N).format(n=row + 1)
            for col, (name, _hint) in enumerate(COLUMNS):
                w = self.table.cellWidget(row, col)
                if isinstance(w, DateField):
                    w.set_name(f"{head} {tr(name)}")
                elif w is not None:
                    w.setAccessibleName(f"{head} {tr(name)}")

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.add_button, self.remove_button, self.up_button]
        chain.append(self.down_button)
        for row in range(self.table.rowCount()):
            for col in range(len(COLUMNS)):
                w = self.table.cellWidget(row, col)
                if w is not None:
                    chain.append(w.focusProxy() or w)
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _update_buttons(self) -> None:
        n = self.table.rowCount()
        row = self.table.currentRow()
        self.remove_button.setEnabled(n > 0)
        self.up_button.setEnabled(n > 1 and row > 0)
        self.down_button.setEnabled(n > 1 and 0 <= row < n - 1)
        self.empty.setVisible(n == 0)
        self.subtotal.setText(self.model.subtotal_text(tr, money))

    def _focus_cell(self, row: int, col: int) -> None:
        """The text cursor into a cell (a new row: its 医保范围内 amount), scrolled to."""
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
            w = self.table.cellWidget(row, col)
            if w is not None:
                w.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll_area.ensureWidgetVisible(w)

    # ---- edits
    def _set(self, row: int, attr: str, value: str) -> None:
        if self._loading or row >= len(self.model.answers.claims):
            return
        setattr(self.model.answers.claims[row], attr, value)
        self.edited()

    def _kind_changed(self, row: int, index: int) -> None:
        if self._loading or index < 0:
            return
        self.model.set_claim_kind(row, KINDS[index])
        self._loading = True
        try:  # offer only the facilities this kind allows
            claim = self.model.answers.claims[row]
            self.table.replace(row, FACILITY_COL, self._facility(row, claim.kind, claim.facility))
            self._name_cells()
            self._set_tab_order()
        finally:
            self._loading = False

    def _add(self) -> None:
        row = self.model.add_claim()
        self.reload()
        self._focus_cell(row, ELIGIBLE_COL)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        self.model.remove_claim(row)
        self.reload()
        self._focus_cell(min(row, self.table.rowCount() - 1), KIND_COL)
        if self.table.rowCount() == 0:
            self.add_button.setFocus()

    def _move(self, delta: int) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        new = self.model.move_claim(row, delta)
        self.reload()
        self._focus_cell(new, KIND_COL)

    # ---- problems and words
    def show_problems(self) -> None:
        hidden = set()  # problems of fields not yet left (and empty): not shown yet
        for row in range(self.table.rowCount()):
            for col, attr in TEXT_FIELDS.items():
                w = self.table.cellWidget(row, col)
                if w is not None:
                    path = f"claims[{row}].{attr}"
                    field = w.focusProxy() or w
                    seen = self.seen(field) or self.seen(w)
                    if not seen:
                        hidden.add(path)
                    mark_invalid(field, self.model.problem_at(path) if seen else None)
        lines = [
            line
            for p, line in zip(
                self.model.problems_on(Page.CLAIMS),
                self.model.problem_lines(Page.CLAIMS, tr),
                strict=True,
            )
            if p.path not in hidden
        ]
        self.errors.show_problem("\n".join(lines) if lines else None)
        self._update_buttons()

    def retranslate(self) -> None:
        self.table.set_headers(
            [tr(name) for name, _hint in COLUMNS],
            [tr(hint) if hint else "" for _n, hint in COLUMNS],
        )
        self.table.setAccessibleName(tr(i18n.CLAIMS_TABLE))
        for b, text in (
            (self.add_button, i18n.ADD_CLAIM),
            (self.remove_button, i18n.REMOVE_CLAIM),
            (self.up_button, i18n.MOVE_UP),
            (self.down_button, i18n.MOVE_DOWN),
        ):
            b.setText(tr(text))
            b.setAccessibleName(tr(text))
        self.add_button.setToolTip("Ctrl+N")
        self.empty.setText(tr(i18n.NO_CLAIMS))
        self.guide_title.setText(tr(i18n.TIER_GUIDE))
        for code, line in self.guide_lines.items():
            line.setText(f"<b>{tr(i18n.FACILITY_LABEL[code])}</b>: {tr(i18n.FACILITY_HINT[code])}")
