"""Page 1, 参保身份: the scheme, medical-aid status, special statuses, the account."""

from __future__ import annotations

from jxdesk.gui import i18n
from jxdesk.gui.codes import FIRST_YEAR, LAST_YEAR, MEDICAL_AID, SCHEMES
from jxdesk.gui.counter.pages.base import BasePage
from jxdesk.gui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    tr,
)
from jxdesk.gui.viewmodel import Page, WizardModel
from jxdesk.gui.widgets import ErrorLabel, label, mark_invalid

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
        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.body.addLayout(columns)

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
        columns.addWidget(self.scheme_box, 1)

        # the right column: year, medical aid, account, birth date
        right = QGroupBox()
        grid = QGridLayout(right)
        grid.setVerticalSpacing(4)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.valueChanged.connect(self._year_changed)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.year_error = ErrorLabel()

        self.aid = QComboBox()
        self.aid.currentIndexChanged.connect(self._aid_changed)
        self.aid_label = QLabel()
        self.aid_label.setBuddy(self.aid)
        self.aid_hint = label(role="hint")

        self.account = QLineEdit()
        self.account.textEdited.connect(self._account_edited)
        self.account_label = QLabel()
        self.account_label.setBuddy(self.account)
        self.account_hint = label(role="hint")
        self.account_error = ErrorLabel()

        self.birth = QLineEdit()
        self.birth.textEdited.connect(self._birth_edited)
        self.birth_label = QLabel()
        self.birth_label.setBuddy(self.birth)
        self.birth_hint = label(role="hint")
        self.birth_error = ErrorLabel()

        row = 0
        fields: tuple[tuple[QLabel, QWidget, QLabel | None, QLabel | None], ...] = (
            (self.year_label, self.year, None, self.year_error),
            (self.aid_label, self.aid, self.aid_hint, None),
            (self.account_label, self.account, self.account_hint, self.account_error),
            (self.birth_label, self.birth, self.birth_hint, self.birth_error),
        )
        for lab, control, field_hint, field_error in fields:
            grid.addWidget(lab, row, 0)
            grid.addWidget(control, row + 1, 0)
            row += 2
            for extra in (field_hint, field_error):
                if extra is not None:
                    grid.addWidget(extra, row, 0)
                    row += 1
            grid.setRowMinimumHeight(row, 8)
            row += 1
        grid.setRowStretch(row, 1)
        self.account_widgets = (self.account_label, self.account, self.account_hint)
        columns.addWidget(right, 1)

        # yes/no statuses and the family question
        self.flags_box = QGroupBox()
        flags_lay = QGridLayout(self.flags_box)
        flags_lay.setHorizontalSpacing(20)
        self.flag_boxes: dict[str, QCheckBox] = {}
        self.flag_hints: dict[str, QLabel] = {}
        for i, (attr, _lab, _hint) in enumerate(FLAGS):
            box = QCheckBox()
            box.toggled.connect(lambda on, a=attr: self._flag_toggled(a, on))
            hint = label(role="hint")
            hint.setContentsMargins(26, 0, 0, 4)
            flags_lay.addWidget(box, (i // 2) * 2, i % 2)
            flags_lay.addWidget(hint, (i // 2) * 2 + 1, i % 2)
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

    # ---- reading and writing the answers
    def load(self) -> None:
        a = self.model.answers
        self.scheme_buttons[a.scheme].setChecked(True)
        self.year.setValue(a.year)
        self.aid.setCurrentIndex(MEDICAL_AID.index(a.medical_aid))
        if self.account.text() != a.account_balance:
            self.account.setText(a.account_balance)
        if self.birth.text() != a.birth_date:
            self.birth.setText(a.birth_date)
        for attr, box in self.flag_boxes.items():
            box.setChecked(bool(getattr(a, attr)))
        self.children_box.setChecked(a.has_children)
        self._show_account()

    def _show_account(self) -> None:
        for w in self.account_widgets:
            w.setVisible(self.model.answers.has_account)

    def _scheme_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.model.answers.scheme = SCHEMES[index]
            self._show_account()
            self.edited()

    def _year_changed(self, value: int) -> None:
        self.model.answers.year = value
        self.edited()

    def _aid_changed(self, index: int) -> None:
        if index >= 0:
            self.model.answers.medical_aid = MEDICAL_AID[index]
            self.edited()

    def _account_edited(self, text: str) -> None:
        self.model.answers.account_balance = text
        self.edited()

    def _birth_edited(self, text: str) -> None:
        self.model.answers.birth_date = text
        self.edited()

    def _flag_toggled(self, attr: str, on: bool) -> None:
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
            ("person.birth_date", self.birth, self.birth_error),
        ):
            problem = self.model.problem_at(path)
            error.show_problem(problem)
            mark_invalid(control, problem)

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
        self.aid_label.setText(tr(i18n.MEDICAL_AID))
        self.aid.setAccessibleName(tr(i18n.MEDICAL_AID))
        self.aid_hint.setText(tr(i18n.MEDICAL_AID_HINT))
        self.aid.setAccessibleDescription(tr(i18n.MEDICAL_AID_HINT))
        current = max(self.aid.currentIndex(), 0)
        self._loading, was = True, self._loading
        self.aid.clear()
        self.aid.addItems([tr(i18n.MEDICAL_AID_LABEL[c]) for c in MEDICAL_AID])
        self.aid.setCurrentIndex(current)
        self._loading = was
        self.account_label.setText(tr(i18n.ACCOUNT))
        self.account.setAccessibleName(tr(i18n.ACCOUNT))
        self.account_hint.setText(tr(i18n.ACCOUNT_HINT))
        self.account.setPlaceholderText("0.00")
        self.birth_label.setText(tr(i18n.BIRTH_DATE))
        self.birth.setAccessibleName(tr(i18n.BIRTH_DATE))
        self.birth_hint.setText(tr(i18n.BIRTH_DATE_HINT))
        self.birth.setPlaceholderText("YYYY-MM-DD")
        self.flags_box.setTitle(tr(i18n.STATUS))
        for attr, lab, hint in FLAGS:
            self.flag_boxes[attr].setText(tr(lab))
            self.flag_boxes[attr].setAccessibleName(tr(lab))
            self.flag_boxes[attr].setAccessibleDescription(tr(hint))
            self.flag_hints[attr].setText(tr(hint))
        self.children_box.setText(tr(i18n.HAS_CHILDREN))
        self.children_box.setAccessibleName(tr(i18n.HAS_CHILDREN))
        self.children_hint.setText(tr(i18n.HAS_CHILDREN_HINT))
