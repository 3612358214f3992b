"""Page 3, 生育与子女: the children and the mother's contribution record."""

from __future__ import annotations

import itertools

from jxdesk.gui import i18n
from jxdesk.gui.answers import longest_message
from jxdesk.gui.clock import birth_span
from jxdesk.gui.codes import SCHEMES
from jxdesk.gui.counter.pages.base import BasePage
from jxdesk.gui.counter.rowgrid import RowGrid
from jxdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
    tr,
)
from jxdesk.gui.viewmodel import Page, WizardModel
from jxdesk.gui.widgets import (
    DateField,
    ErrorLabel,
    count_edit,
    label,
    mark_invalid,
    money_edit,
)

COLUMNS = (
    i18n.CHILD_BIRTH,
    i18n.CHILD_ORDER,
    i18n.CHILD_REGISTERED,
    i18n.CHILD_INSURED,
    i18n.CHILD_DISABLED,
)
FLAG_COLUMNS = {2: "registered_in_jiaxing", 3: "resident_insured", 4: "disabled_certified"}


class FamilyPage(BasePage):
    page = Page.FAMILY

    def __init__(self, model: WizardModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.children_box = QGroupBox()
        box_lay = QGridLayout(self.children_box)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setProperty("primary", True)
        self.twin_button = QPushButton()
        self.remove_button = QPushButton()
        for b, slot in (
            (self.add_button, lambda: self._add(False)),
            (self.twin_button, lambda: self._add(True)),
            (self.remove_button, self._remove),
        ):
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.table = RowGrid(len(COLUMNS), split=2)
        self.order_hint = label(role="hint")
        # the children's problems take the order hint's place (as a field's message takes its
        # hint's): one appearing does not push the mother's fields down (issue 19)
        self.children_errors = ErrorLabel(field=self.table, hint=self.order_hint)
        box_lay.addLayout(buttons, 0, 0)
        box_lay.addWidget(self.table, 1, 0)
        box_lay.addWidget(self.order_hint, 2, 0)
        box_lay.addWidget(self.children_errors, 2, 0)
        self.body.addWidget(self.children_box, 1)

        # the mother
        self.mother_box = QGroupBox()
        grid = QGridLayout(self.mother_box)
        grid.setHorizontalSpacing(16)
        self.include = QCheckBox()
        self.include.toggled.connect(lambda on: self._mother("include", on))
        self.include_hint = label(role="hint")
        self.scheme = QComboBox()
        self.scheme.currentIndexChanged.connect(
            lambda i: self._mother("scheme", SCHEMES[i]) if i >= 0 else None
        )
        self.scheme_label = QLabel()
        self.scheme_label.setBuddy(self.scheme)
        self.hukou = QCheckBox()
        self.hukou.toggled.connect(lambda on: self._mother("hukou_jiaxing", on))
        self.base = money_edit()
        self.base.textEdited.connect(lambda t: self._mother("contribution_base", t))
        self.base_label = QLabel()
        self.base_label.setBuddy(self.base)
        self.base_hint = label(role="hint")
        self.base_error = ErrorLabel(field=self.base, hint=self.base_hint)
        # (text, not spin boxes: "-3" or a cleared field is shown as typed, with a message)
        self.months = count_edit()
        self.months.textEdited.connect(lambda t: self._mother("continuous_months", t))
        self.months_label = QLabel()
        self.months_label.setBuddy(self.months)
        self.months_hint = label(role="hint")
        self.months_error = ErrorLabel(field=self.months, hint=self.months_hint)
        self.difficult = QCheckBox()
        self.difficult.toggled.connect(lambda on: self._mother("difficult_labour", on))
        self.leave = count_edit()
        self.leave.textEdited.connect(lambda t: self._mother("leave_days", t))
        self.leave_label = QLabel()
        self.leave_label.setBuddy(self.leave)
        self.leave_hint = label(role="hint")
        self.leave_error = ErrorLabel(field=self.leave, hint=self.leave_hint)

        grid.addWidget(self.include, 0, 0, 1, 2)
        grid.addWidget(self.include_hint, 1, 0, 1, 2)
        grid.addWidget(self.scheme_label, 2, 0)
        grid.addWidget(self.scheme, 3, 0)
        grid.addWidget(self.hukou, 3, 1)
        grid.addWidget(self.base_label, 4, 0)
        grid.addWidget(self.base, 5, 0)
        grid.addWidget(self.base_hint, 6, 0)
        grid.addWidget(self.base_error, 6, 0)  # (in the hint's place)
        grid.addWidget(self.months_label, 4, 1)
        grid.addWidget(self.months, 5, 1)
        grid.addWidget(self.months_hint, 6, 1)
        grid.addWidget(self.months_error, 6, 1)
        grid.addWidget(self.leave_label, 8, 0)
        grid.addWidget(self.leave, 9, 0)
        grid.addWidget(self.leave_hint, 10, 0)
        grid.addWidget(self.leave_error, 10, 0)
        grid.addWidget(self.difficult, 9, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.mother_fields: tuple[QWidget, ...] = (
            self.scheme_label, self.scheme, self.hukou, self.base_label, self.base,
            self.base_hint, self.months_label, self.months, self.months_hint,
            self.leave_label, self.leave, self.leave_hint, self.difficult,
        )  # fmt: skip
        self.body.addWidget(self.mother_box)
        self.cells: dict[tuple[int, int], QWidget] = {}
        self.retranslate()
        self.reload()

    # ---- reading and writing the answers
    def load(self) -> None:
        children = self.model.answers.children
        self.cells = {}
        rows: list[list[QWidget]] = []
        for row, child in enumerate(children):
            born = DateField(child.birth_date)
            born.years = lambda: birth_span(self.model.answers.year)
            born.on_edit(lambda text, r=row: self._child(r, "birth_date", text))
            order = QSpinBox()
            order.setRange(1, 30)
            order.setValue(child.order)
            order.valueChanged.connect(lambda v, r=row: self._child(r, "order", v))
            cells: list[QWidget] = [born, order]
            self.cells[(row, 0)], self.cells[(row, 1)] = born, order
            for col, attr in FLAG_COLUMNS.items():
                box = QCheckBox()
                box.setChecked(bool(getattr(child, attr)))
                box.toggled.connect(lambda on, r=row, a=attr: self._child(r, a, on))
                cells.append(box)
                self.cells[(row, col)] = box
            rows.append(cells)
        self.table.set_rows(rows, [str(i + 1) for i in range(len(rows))])
        self._name_cells()
        m = self.model.answers.mother
        self.include.setChecked(m.include)
        self.scheme.setCurrentIndex(SCHEMES.index(m.scheme))
        self.hukou.setChecked(m.hukou_jiaxing)
        if self.base.text() != m.contribution_base:
            self.base.setText(m.contribution_base)
        for edit, text in ((self.months, m.continuous_months), (self.leave, m.leave_days)):
            if edit.text() != text:
                edit.setText(text)
        self.difficult.setChecked(m.difficult_labour)
        for w in self.mother_fields:
            w.setEnabled(m.include)
        self.remove_button.setEnabled(bool(children))
        self.twin_button.setEnabled(bool(children))

    def _name_cells(self) -> None:
        chain: list[QWidget] = [self.add_button, self.twin_button, self.remove_button]
        for row in range(self.table.rowCount()):
            head = tr(i18n.CHILD_N).format(n=row + 1)
            for col, name in enumerate(COLUMNS):
                w = self.cells.get((row, col))
                if isinstance(w, DateField):
                    w.set_name(f"{head} {tr(name)}")
                    chain.append(w.edit)
                elif w is not None:
                    w.setAccessibleName(f"{head} {tr(name)}")
                    chain.append(w)
        chain += [self.include, self.scheme, self.hukou, self.base, self.months]
        chain += [self.leave, self.difficult]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _child(self, row: int, attr: str, value: object) -> None:
        if self._loading or row >= len(self.model.answers.children):
            return
        setattr(self.model.answers.children[row], attr, value)
        self.edited()

    def _mother(self, attr: str, value: object) -> None:
        if self._loading:
            return
        setattr(self.model.answers.mother, attr, value)
        if attr == "include":
            for w in self.mother_fields:
                w.setEnabled(bool(value))
        self.edited()

    def _add(self, twin: bool) -> None:
        row = self.model.add_child(twin)
        self.reload()
        self.table.selectRow(row)
        w = self.cells.get((row, 0))
        if w is not None:  # the cursor in the new child's birth date, ready to type
            w.setFocus()
            self.scroll_area.ensureWidgetVisible(w)

    def _remove(self) -> None:
        row = self.table.currentRow()
        self.model.remove_child(row if row >= 0 else self.table.rowCount() - 1)
        self.reload()
        self.add_button.setFocus()

    # ---- problems and words
    def show_problems(self) -> None:
        hidden = set()  # problems of fields not yet left (and empty): not shown yet
        for row in range(self.table.rowCount()):
            for col, attr in ((0, "birth_date"), (1, "order")):
                w = self.cells.get((row, col))
                if w is not None:
                    path = f"children[{row}].{attr}"
                    field = w.focusProxy() or w
                    seen = self.seen(field) or self.seen(w)
                    if not seen:
                        hidden.add(path)
                    mark_invalid(field, self.model.problem_at(path) if seen else None)
        for path, control, error in (
            ("mother.contribution_base", self.base, self.base_error),
            ("mother.continuous_months", self.months, self.months_error),
            ("mother.leave_days", self.leave, self.leave_error),
        ):
            problem = self.model.problem_at(path) if self.seen(control) else None
            error.set_sample(longest_message(path, self.model.answers, self.model.lang))
            error.show_problem(problem)
            mark_invalid(control, problem)
        lines = [
            line
            for p, line in zip(
                self.model.problems_on(Page.FAMILY),
                self.model.problem_lines(Page.FAMILY, tr),
                strict=True,
            )
            if p.path.startswith("children") and p.path not in hidden
        ]
        if not self.model.answers.children:
            lines.insert(0, tr(i18n.NO_CHILDREN))
        self.children_errors.show_problem("\n".join(lines) if lines else None)

    def retranslate(self) -> None:
        self.children_box.setTitle(tr(i18n.CHILDREN_TABLE))
        self.table.set_headers([tr(c) for c in COLUMNS])
        self.table.setAccessibleName(tr(i18n.CHILDREN_TABLE))
        for b, text in (
            (self.add_button, i18n.ADD_CHILD),
            (self.twin_button, i18n.ADD_TWIN),
            (self.remove_button, i18n.REMOVE_CHILD),
        ):
            b.setText(tr(text))
            b.setAccessibleName(tr(text))
        self.order_hint.setText(tr(i18n.CHILD_ORDER_HINT))
        self.mother_box.setTitle(tr(i18n.MOTHER))
        self.include.setText(tr(i18n.MOTHER_INCLUDE))
        self.include.setAccessibleName(tr(i18n.MOTHER_INCLUDE))
        self.include_hint.setText(tr(i18n.MOTHER_INCLUDE_HINT))
        current = max(self.scheme.currentIndex(), 0)
        was, self._loading = self._loading, True
        self.scheme.clear()
        self.scheme.addItems([tr(i18n.SCHEME_LABEL[c]) for c in SCHEMES])
        self.scheme.setCurrentIndex(current)
        self._loading = was
        self.scheme_label.setText(tr(i18n.MOTHER_SCHEME))
        self.scheme.setAccessibleName(tr(i18n.MOTHER_SCHEME))
        self.hukou.setText(tr(i18n.MOTHER_HUKOU))
        self.hukou.setAccessibleName(tr(i18n.MOTHER_HUKOU))
        self.base_label.setText(tr(i18n.MOTHER_BASE))
        self.base.setAccessibleName(tr(i18n.MOTHER_BASE))
        self.base_hint.setText(tr(i18n.MOTHER_BASE_HINT))
        self.months_label.setText(tr(i18n.MOTHER_MONTHS))
        self.months.setAccessibleName(tr(i18n.MOTHER_MONTHS))
        self.months_hint.setText(tr(i18n.MOTHER_MONTHS_HINT))
        self.difficult.setText(tr(i18n.MOTHER_DIFFICULT))
        self.difficult.setAccessibleName(tr(i18n.MOTHER_DIFFICULT))
        self.leave_label.setText(tr(i18n.MOTHER_LEAVE))
        self.leave.setAccessibleName(tr(i18n.MOTHER_LEAVE))
        self.leave.setPlaceholderText(tr(i18n.MOTHER_LEAVE_STATUTORY))  # empty: by the rules
        self.leave_hint.setText(tr(i18n.MOTHER_LEAVE_HINT))
