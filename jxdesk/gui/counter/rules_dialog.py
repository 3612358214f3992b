"""The 规则版本 page: which documents and parameter packs the estimates rest on.

Counter mode: the 规则版本 button in the wizard's row (QWizard's Help button) and Ctrl+R
open it, with 打开规则包… to check and install a pack (then everything is recomputed). Read-only
(`read_only=True`, the kiosk): no button, nothing can be changed. The rows come from the
Qt-free `rules_info`; this module only displays them.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, cast

from jxdesk.gui import i18n, rules_info
from jxdesk.gui.counter.fit import fit_on_screen
from jxdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFileDialog,
    QKeySequence,
    QMessageBox,
    QObject,
    QShortcut,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    tr,
)
from jxdesk.gui.viewmodel import WizardModel
from jxdesk.gui.widgets import label

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.core.parameters.tree import PackInfo
    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.qt import QPushButton

#: QWizard has three custom buttons (language, 回到结果, 新建); 规则版本 takes the Help button
RULES_BUTTON = QWizard.WizardButton.HelpButton
RULES_KEY = "Ctrl+R"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f'<th align="left">{escape(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td valign="top">{escape(c)}</td>' for c in row) + "</tr>"
        for row in rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" border="1">'
        f"<tr>{head}</tr>{body}</table>"
    )


def rules_html(model: WizardModel) -> str:
    """The page's body: documents, then packs (with the folders read)."""
    from jxdesk.core.parameters.packs import pack_dirs

    engine = model.engine
    params = engine.params
    docs = rules_info.document_rows(params, tr, model.lang)
    packs = rules_info.pack_rows(params, engine.statuses, tr)
    h = [f"<p>{escape(tr(i18n.RULES_INTRO))}</p>", f"<h3>{escape(tr(i18n.RULES_DOCUMENTS))}</h3>"]
    h.append(
        _table(
            [
                tr(k)
                for k in (
                    i18n.DOC_NUMBER,
                    i18n.DOC_TITLE,
                    i18n.DOC_EFFECTIVE,
                    i18n.DOC_RELIABILITY,
                    i18n.DOC_ORIGIN,
                )
            ],
            [list(d) for d in docs],
        )
    )
    h.append(f"<h3>{escape(tr(i18n.RULES_PACKS))}</h3>")
    warning = rules_info.trust_env_warning(tr)
    if warning:  # as loud as `packs list`
        h.append(f'<p style="color:#b00020"><b>{escape(warning)}</b></p>')
    if packs:
        h.append(
            _table(
                [tr(i18n.PACK_NAME), tr(i18n.PACK_STATE), tr(i18n.PACK_DETAIL)],
                [[p.name, p.state, p.detail] for p in packs],
            )
        )
    else:
        h.append(f"<p>{escape(tr(i18n.NO_PACKS))}</p>")
    folders = tr(i18n.SEP).join(str(d) for d in pack_dirs(engine.config_dir, user=engine.user))
    where = tr(i18n.RULES_FOLDERS).format(folders=folders)
    h.append(f'<p style="font-size:small">{escape(where)}</p>')
    return "".join(h)


class RulesDialog(QDialog):
    def __init__(
        self,
        model: WizardModel,
        parent: QWidget | None = None,
        *,
        read_only: bool,
        on_installed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.read_only = read_only
        self.on_installed = on_installed
        title = tr(i18n.RULES_VERSION)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        lay.addWidget(label(title, role="section"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(title)
        self.text.setOpenLinks(False)
        lay.addWidget(self.text, 1)
        if read_only:
            lay.addWidget(label(tr(i18n.READ_ONLY_NOTE), role="hint"))
        buttons = QDialogButtonBox()
        self.open_button: QPushButton | None = None
        if not read_only:
            self.open_button = buttons.addButton(
                tr(i18n.OPEN_PACK), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.open_button.setAccessibleName(tr(i18n.OPEN_PACK))
            self.open_button.setAutoDefault(False)
            self.open_button.clicked.connect(self.open_pack)
        close = buttons.addButton(tr(i18n.CLOSE), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setAccessibleName(tr(i18n.CLOSE))
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.refresh()
        fit_on_screen(self, 80, 34)  # at most the screen: labels wrap, the text scrolls

    def refresh(self) -> None:
        self.text.setHtml(rules_html(self.model))

    # ---- installing (counter mode only)
    # Every dialog here is opened with open(), never exec(): nothing blocks the event loop
    # (a crash guard or a monkey test presses whatever is on top).
    def open_pack(self) -> None:
        dialog = QFileDialog(self, tr(i18n.OPEN_PACK), "", tr(i18n.OPEN_PACK_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        # only choosing: no new folders, renames or deletions from here
        dialog.setOption(QFileDialog.Option.ReadOnly, True)
        dialog.fileSelected.connect(lambda chosen: self.install_from(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def install_from(
        self, chosen: Path, machine: bool | None = None
    ) -> rules_info.InstallOutcome | None:
        """Check the pack, ask where to install it (unless `machine` says), install, recompute.
        Returns what happened (also shown to the person); None while the question is open."""
        if self.read_only:  # never from a kiosk
            return rules_info.InstallOutcome(False, tr(i18n.READ_ONLY_NOTE))
        source = rules_info.pack_source(chosen)
        info, problem = rules_info.check(source, tr, self.model.engine.today())
        if info is None:
            self._say(problem, ok=False)
            return rules_info.InstallOutcome(False, problem)
        if machine is None:
            self._ask_where(info, source)
            return None
        return self._install(source, machine)

    def _install(self, source: Path, machine: bool) -> rules_info.InstallOutcome:
        outcome = rules_info.install(source, self.model.engine, tr, machine=machine)
        if outcome.target is not None:  # copied: the parameters in force may have changed
            self.model.changed()
            if self.on_installed is not None:
                self.on_installed()
            self.refresh()
        self._say(outcome.message, ok=outcome.ok)
        return outcome

    def _ask_where(self, info: PackInfo, source: Path) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(tr(i18n.RULES_VERSION))
        box.setText(tr(i18n.INSTALL_CONFIRM).format(summary=rules_info.pack_summary(info, tr)))
        everyone = box.addButton(tr(i18n.INSTALL_MACHINE), QMessageBox.ButtonRole.AcceptRole)
        me = box.addButton(tr(i18n.INSTALL_USER), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)

        def answered(button: object) -> None:
            if button is everyone or button is me:
                self._install(source, machine=button is everyone)

        box.buttonClicked.connect(answered)
        self.question = box
        box.open()

    def _say(self, message: str, ok: bool) -> None:
        if not message or not self.isVisible():  # hidden (tests): the outcome says it
            return
        icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
        box = QMessageBox(
            icon, tr(i18n.RULES_VERSION), message, QMessageBox.StandardButton.Ok, self
        )
        box.open()


class RulesButton(QObject):
    """The 规则版本 button in the wizard's row, and Ctrl+R (counter mode)."""

    def __init__(self, wizard: Wizard, read_only: bool = False) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.read_only = read_only
        self.dialog: RulesDialog | None = None
        wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)
        b = cast("QPushButton", wizard.button(RULES_BUTTON))  # QWizard's are QPushButtons
        b.setToolTip(RULES_KEY)
        b.setAutoDefault(False)
        wizard.helpRequested.connect(self.show_rules)
        self.shortcut = QShortcut(QKeySequence(RULES_KEY), wizard)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.show_rules)
        wizard.installEventFilter(self)
        self.retranslate()

    def show_rules(self) -> RulesDialog:
        self.dialog = RulesDialog(
            self.wizard.model, self.wizard, read_only=self.read_only, on_installed=self._recompute
        )
        self.dialog.open()
        return self.dialog

    def _recompute(self) -> None:
        w = self.wizard
        if w.completed and w.currentId() == int(w.results.page):
            w.results.refresh()

    def retranslate(self) -> None:
        text = tr(i18n.RULES_VERSION)
        self.wizard.setButtonText(RULES_BUTTON, text)
        self.wizard.button(RULES_BUTTON).setAccessibleName(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
