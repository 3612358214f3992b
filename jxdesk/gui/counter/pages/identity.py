"""Page 1, 参保身份: the scheme, medical-aid status, special statuses, the account."""

from __future__ import annotations

import itertools

from jxdesk.gui import i18n
from jxdesk.gui.answers import longest_message, year_of
from jxdesk.gui.codes import ENROLLMENT_ROUTES, MEDICAL_AID, SCHEMES
from jxdesk.gui.counter.pages.base import BasePage
from jxdesk.gui.counter.year_field import YearEdit
from jxdesk.gui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    tr,
)
from jxdesk.gui.viewmodel import Page, WizardModel
from jxdesk.gui.widgets import Columns, DateField, ErrorLabel, label, mark_invalid, money_edit

Field = tuple[QLabel | None, QWidget, QLabel | None, QLabel | None]


def _fill(grid: QGridLayout, fields: tuple[Field, ...]) -> None:
    """Label, control, hint and error of each field, one under the other."""
    row = 0
    for lab, control, field_hint, field_error in fields:
        if lab is not None:
            grid.addWidget(lab, row, 0)
            row += 1
        grid.addWidget(control, row, 0)
        row += 1
        if field_hint is not None:  # (a message takes the hint's place: ErrorLabel)
            grid.addWidget(field_hint, row, 0)
        if field_error is not None:
            grid.addWidget(field_error, row, 0)
        if field_hint is not None or field_error is not None:
            row += 1
        if field_error is None:  # (an error's lines, kept free, are the gap: issue 19)
            grid.setRowMinimumHeight(row, 6)
            row += 1
    grid.setRowStretch(row, 1)


def _refill(box: QComboBox, items: list[str]) -> None:
    if [box.itemText(i) for i in range(box.count())] != items:
        box.clear()
        box.addItems(items)


# (answer attribute, label, hint) of each yes/no status
FLAGS = (
    ("hukou_jiaxing", i18n.HUKOU, i18n.HUKOU_HINT),
    ("disabled_certified", i18n.DISABLED, i18n.DISABLED_HINT),
    ("family_planning_special", i18n.FAMILY_SPECIAL, i18n.FAMILY_SPECIAL_HINT),
    ("pre1949_worker", i18n.PRE1949, i18n.PRE1949_HINT),
    ("targeted_child_illness", i18n.CHILD_ILLNESS, i18n.CHILD_ILLNESS_HINT),
)


class IdentityPage(BasePage):
    page = Page.IDENTITY

    def __init__(self, model: WizardModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        # three blocks side by side where they fit, else fewer columns (widgets.Columns)
        self.columns = columns = Columns(min_em=14)
        self.body.addWidget(columns)

        # the scheme: six radio buttons, each with its one-line hint
        self.scheme_box = QGroupBox()
        scheme_lay = QVBoxLayout(self.scheme_box)
        scheme_lay.setSpacing(2)
        self.scheme_group = QButtonGroup(self)
        self.scheme_buttons: dict[str, QRadioButton] = {}
        self.scheme_hints: dict[str, QLabel] = {}
        for i, code in enumerate(SCHEMES):
            b = QRadioButton()
            self.scheme_group.addButton(b, i)
            hint = label(role="hint")
            hint.setContentsMargins(26, 0, 0, 6)
            scheme_lay.addWidget(b)
            scheme_lay.addWidget(hint)
            self.scheme_buttons[code] = b
            self.scheme_hints[code] = hint
        scheme_lay.addStretch(1)
        self.scheme_group.idToggled.connect(self._scheme_toggled)
        columns.add(self.scheme_box)

        # the middle column: year, medical aid, birth date, how insurance started
        middle = QGroupBox()
        grid = QGridLayout(middle)
        grid.setVerticalSpacing(4)
        self.year = YearEdit()  # typed text kept (a spin box clamped it); R19's years
        self.year.years = lambda: self.model.answers.years
        self.year.textEdited.connect(self._year_edited)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.year_error = ErrorLabel(field=self.year)

        self.aid = QComboBox()
        self.aid.currentIndexChanged.connect(self._aid_changed)
        self.aid_label = QLabel()
        self.aid_label.setBuddy(self.aid)
        self.aid_hint = label(role="hint")

        self.birth_field = DateField()
        self.birth = self.birth_field.edit
        self.birth_field.on_edit(self._birth_edited)
        self.birth_label = QLabel()
        self.birth_label.setBuddy(self.birth)
        self.birth_hint = label(role="hint")
        self.birth_error = ErrorLabel(field=self.birth_field, hint=self.birth_hint)

        self.route = QComboBox()
        self.route.currentIndexChanged.connect(self._route_changed)
        self.route_label = QLabel()
        self.route_label.setBuddy(self.route)
        self.route_hint = label(role="hint")
        self.route_error = ErrorLabel(field=self.route, hint=self.route_hint)
        self.enrolled_field = DateField()
        self.enrolled = self.enrolled_field.edit
        self.enrolled_field.on_edit(self._enrolled_edited)
        self.enrolled_label = QLabel()
        self.enrolled_label.setBuddy(self.enrolled)
        self.enrolled_hint = label(role="hint")
        self.enrolled_error = ErrorLabel(field=self.enrolled_field, hint=self.enrolled_hint)
        self.enrollment_date_widgets: tuple[QWidget, ...] = (
            self.enrolled_label,
            self.enrolled_field,
            self.enrolled_hint,
        )
        _fill(
            grid,
            (
                (self.year_label, self.year, None, self.year_error),
                (self.aid_label, self.aid, self.aid_hint, None),
                (self.birth_label, self.birth_field, self.birth_hint, self.birth_error),
                (self.route_label, self.route, self.route_hint, self.route_error),
                (self.enrolled_label, self.enrolled_field, self.enrolled_hint, self.enrolled_error),
            ),
        )
        columns.add(middle)

        # the right column (employee schemes only): the personal accounts
        self.account_box = QGroupBox()
        acc = QGridLayout(self.account_box)
        acc.setVerticalSpacing(4)
        self.account = money_edit()
        self.account.textEdited.connect(self._account_edited)
        self.account_label = QLabel()
        self.account_label.setBuddy(self.account)
        self.account_hint = label(role="hint")
        self.account_error = ErrorLabel(field=self.account, hint=self.account_hint)
        self.estimate = QCheckBox()
        self.estimate.toggled.connect(self._estimate_toggled)
        self.estimate_hint = label(role="hint")
        self.estimate_hint.setContentsMargins(26, 0, 0, 0)
        self.base = money_edit()
        self.base.textEdited.connect(self._base_edited)
        self.base_label = QLabel()
        self.base_label.setBuddy(self.base)
        self.base_hint = label(role="hint")
        self.base_error = ErrorLabel(field=self.base, hint=self.base_hint)
        self.prior = money_edit()
        self.prior.textEdited.connect(self._prior_edited)
        self.prior_label = QLabel()
        self.prior_label.setBuddy(self.prior)
        self.prior_hint = label(role="hint")
        self.prior_error = ErrorLabel(field=self.prior, hint=self.prior_hint)
        self.balance_widgets: tuple[QWidget, ...] = (
            self.account_label,
            self.account,
            self.account_hint,
        )
        self.base_widgets: tuple[QWidget, ...] = (self.base_label, self.base, self.base_hint)
        _fill(
            acc,
            (
                (self.account_label, self.account, self.account_hint, self.account_error),
                (None, self.estimate, self.estimate_hint, None),
                (self.base_label, self.base, self.base_hint, self.base_error),
                (self.prior_label, self.prior, self.prior_hint, self.prior_error),
            ),
        )
        self.account_widgets = (self.account_box,)
        columns.add(self.account_box)

        # yes/no statuses and the family question
        self.flags_box = QGroupBox()
        flags_lay = QVBoxLayout(self.flags_box)
        self.flag_columns = Columns(min_em=9, spacing=16)
        flags_lay.addWidget(self.flag_columns)
        self.flag_boxes: dict[str, QCheckBox] = {}
        self.flag_hints: dict[str, QLabel] = {}
        for attr, _lab, _hint in FLAGS:
            box = QCheckBox()
            box.toggled.connect(lambda on, a=attr: self._flag_toggled(a, on))
            hint = label(role="hint")
            hint.setContentsMargins(26, 0, 0, 4)
            block = QWidget()
            block_lay = QVBoxLayout(block)
            block_lay.setContentsMargins(0, 0, 0, 0)
            block_lay.setSpacing(0)
            block_lay.addWidget(box)
            block_lay.addWidget(hint)
            block_lay.addStretch(1)
            self.flag_columns.add(block)
            self.flag_boxes[attr] = box
            self.flag_hints[attr] = hint
        self.body.addWidget(self.flags_box)

        self.children_box = QCheckBox()
        self.children_box.toggled.connect(self._children_toggled)
        self.children_hint = label(role="hint")
        self.children_hint.setContentsMargins(26, 0, 0, 0)
        self.body.addWidget(self.children_box)
        self.body.addWidget(self.children_hint)
        self.body.addStretch(1)
        self.retranslate()
        self.reload()
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab in reading order: the scheme (arrows choose within it), the middle column,
        the accounts, the statuses row by row, the family question."""
        chain: list[QWidget] = [*self.scheme_buttons.values()]
        chain += [self.year, self.aid, self.birth, self.route, self.enrolled]
        chain += [self.account, self.estimate, self.base, self.prior]
        chain += [*self.flag_boxes.values(), self.children_box]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def focus_first(self) -> None:
        """The cursor on the first question: the scheme chosen (arrows change it)."""
        self.scheme_buttons[self.model.answers.scheme].setFocus()

    # ---- reading and writing the answers
    def load(self) -> None:
        a = self.model.answers
        self.scheme_buttons[a.scheme].setChecked(True)
        year_text = a.year_text or str(a.year)
        if self.year.text() != year_text:
            self.year.setText(year_text)
        self._year_hint()
        self.aid.setCurrentIndex(MEDICAL_AID.index(a.medical_aid))
        self.route.setCurrentIndex(ENROLLMENT_ROUTES.index(a.enrollment_route))
        for edit, text in (
            (self.account, a.account_balance),
            (self.base, a.contribution_base),
            (self.prior, a.prior_account_balance),
            (self.birth, a.birth_date),
            (self.enrolled, a.enrollment_date),
        ):
            if edit.text() != text:
                edit.setText(text)
        self.estimate.setChecked(a.estimate_account)
        for attr, box in self.flag_boxes.items():
            box.setChecked(bool(getattr(a, attr)))
        self.children_box.setChecked(a.has_children)
        self._show()

    def _show(self) -> None:
        """Show only the questions the answers so far make relevant."""
        a = self.model.answers
        self.account_box.setVisible(a.has_account)  # (Columns re-arranges itself)
        for w in self.balance_widgets:
            w.setEnabled(not a.estimate_account)
        for w in self.base_widgets:
            w.setVisible(a.needs_base)
        route: tuple[QWidget, ...] = (self.route_label, self.route, self.route_hint)
        for w in route:
            w.setVisible(a.insured)
        for w in self.enrollment_date_widgets:
            w.setVisible(a.insured and a.enrollment_route != "annual")
        self.route_hint.setText(tr(i18n.ENROLLMENT_HINT[a.enrollment_route]))

    # every handler returns while load() fills the controls: a control being filled (or
    # re-filled by retranslate) must never write its passing value back into the answers
    def _scheme_toggled(self, index: int, checked: bool) -> None:
        if checked and not self._loading:
            self.model.answers.scheme = SCHEMES[index]
            self._show()
            self.edited()

    def _year_hint(self) -> None:
        """This year by default, and the years offered (a tooltip: page 1 has no room for
        another line at 1024 × 768)."""
        first, last = self.model.answers.years
        hint = tr(i18n.YEAR_HINT).format(first=first, last=last)
        self.year.setToolTip(hint)
        self.year.setAccessibleDescription(hint)

    def _year_edited(self, text: str) -> None:
        if not self._loading:
            a = self.model.answers
            year = year_of(text, a.years)
            if year is None:  # kept as typed, and named (answers.field_problems)
                a.year_text = text
            else:
                a.year, a.year_text = year, ""
            self.edited()

    def _aid_changed(self, index: int) -> None:
        if index >= 0 and not self._loading:
            self.model.answers.medical_aid = MEDICAL_AID[index]
            self.edited()

    def _route_changed(self, index: int) -> None:
        if index >= 0 and not self._loading:
            self.model.answers.enrollment_route = ENROLLMENT_ROUTES[index]
            self._show()
            self.edited()

    def _text(self, attr: str, text: str) -> None:
        if not self._loading:
            setattr(self.model.answers, attr, text)
            self.edited()

    def _account_edited(self, text: str) -> None:
        self._text("account_balance", text)

    def _base_edited(self, text: str) -> None:
        self._text("contribution_base", text)

    def _prior_edited(self, text: str) -> None:
        self._text("prior_account_balance", text)

    def _birth_edited(self, text: str) -> None:
        self._text("birth_date", text)

    def _enrolled_edited(self, text: str) -> None:
        self._text("enrollment_date", text)

    def _estimate_toggled(self, on: bool) -> None:
        if not self._loading:
            self.model.answers.estimate_account = on
            self._show()
            self.edited()

    def _flag_toggled(self, attr: str, on: bool) -> None:
        if not self._loading:
            setattr(self.model.answers, attr, on)
            self.edited()

    def _children_toggled(self, on: bool) -> None:
        if not self._loading:
            self.model.set_has_children(on)

    # ---- problems and words
    def show_problems(self) -> None:
        for path, control, error in (
            ("year", self.year, self.year_error),
            ("person.account_balance", self.account, self.account_error),
            ("person.contribution_base", self.base, self.base_error),
            ("person.prior_account_balance", self.prior, self.prior_error),
            ("person.birth_date", self.birth, self.birth_error),
            ("person.enrollment", self.route, self.route_error),
            ("person.enrollment.date", self.enrolled, self.enrolled_error),
        ):
            problem = self.model.problem_at(path) if self.seen(control) else None
            error.set_sample(longest_message(path, self.model.answers, self.model.lang))
            error.show_problem(problem)
            mark_invalid(control, problem)
        if not self.year.property("invalid"):
            self._year_hint()  # (mark_invalid cleared the tooltip naming the years)

    def retranslate(self) -> None:
        self.scheme_box.setTitle(tr(i18n.SCHEME))
        for code in SCHEMES:
            b = self.scheme_buttons[code]
            b.setText(tr(i18n.SCHEME_LABEL[code]))
            self.scheme_hints[code].setText(tr(i18n.SCHEME_HINT[code]))
            b.setAccessibleName(tr(i18n.SCHEME_LABEL[code]))
            b.setAccessibleDescription(tr(i18n.SCHEME_HINT[code]))
        self.year_label.setText(tr(i18n.YEAR))
        self.year.setAccessibleName(tr(i18n.YEAR))
        self._year_hint()
        self.aid_label.setText(tr(i18n.MEDICAL_AID))
        self.aid.setAccessibleName(tr(i18n.MEDICAL_AID))
        self.aid_hint.setText(tr(i18n.MEDICAL_AID_HINT))
        self.aid.setAccessibleDescription(tr(i18n.MEDICAL_AID_HINT))
        a = self.model.answers
        self._loading, was = True, self._loading
        try:  # the items' words change, never the answer: from the answers, not the combo
            _refill(self.aid, [tr(i18n.MEDICAL_AID_LABEL[c]) for c in MEDICAL_AID])
            self.aid.setCurrentIndex(MEDICAL_AID.index(a.medical_aid))
            _refill(self.route, [tr(i18n.ENROLLMENT_LABEL[c]) for c in ENROLLMENT_ROUTES])
            self.route.setCurrentIndex(ENROLLMENT_ROUTES.index(a.enrollment_route))
        finally:
            self._loading = was
        for w, name, hint in (
            (self.account, i18n.ACCOUNT, i18n.ACCOUNT_HINT),
            (self.base, i18n.OWN_BASE, i18n.OWN_BASE_HINT),
            (self.prior, i18n.PRIOR_ACCOUNT, i18n.PRIOR_ACCOUNT_HINT),
        ):
            w.setAccessibleName(tr(name))
            w.setAccessibleDescription(tr(hint))
        self.account_box.setTitle(tr(i18n.ACCOUNT_BOX))
        self.account_label.setText(tr(i18n.ACCOUNT))
        self.account_hint.setText(tr(i18n.ACCOUNT_HINT))
        self.estimate.setText(tr(i18n.ESTIMATE_ACCOUNT))
        self.estimate.setAccessibleName(tr(i18n.ESTIMATE_ACCOUNT))
        self.estimate_hint.setText(tr(i18n.ESTIMATE_ACCOUNT_HINT))
        self.base_label.setText(tr(i18n.OWN_BASE))
        self.base_hint.setText(tr(i18n.OWN_BASE_HINT))
        self.prior_label.setText(tr(i18n.PRIOR_ACCOUNT))
        self.prior_hint.setText(tr(i18n.PRIOR_ACCOUNT_HINT))
        self.birth_label.setText(tr(i18n.BIRTH_DATE))
        self.birth_field.set_name(tr(i18n.BIRTH_DATE))
        self.birth_hint.setText(tr(i18n.BIRTH_DATE_HINT))
        self.route_label.setText(tr(i18n.ENROLLMENT))
        self.route.setAccessibleName(tr(i18n.ENROLLMENT))
        self.route_hint.setText(tr(i18n.ENROLLMENT_HINT[a.enrollment_route]))
        self.enrolled_label.setText(tr(i18n.ENROLLMENT_DATE))
        self.enrolled_field.set_name(tr(i18n.ENROLLMENT_DATE))
        self.enrolled_hint.setText(tr(i18n.ENROLLMENT_DATE_HINT))
        self.flags_box.setTitle(tr(i18n.STATUS))
        for attr, lab, hint in FLAGS:
            self.flag_boxes[attr].setText(tr(lab))
            self.flag_boxes[attr].setAccessibleName(tr(lab))
            self.flag_boxes[attr].setAccessibleDescription(tr(hint))
            self.flag_hints[attr].setText(tr(hint))
        self.children_box.setText(tr(i18n.HAS_CHILDREN))
        self.children_box.setAccessibleName(tr(i18n.HAS_CHILDREN))
        self.children_hint.setText(tr(i18n.HAS_CHILDREN_HINT))
