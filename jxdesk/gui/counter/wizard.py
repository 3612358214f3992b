"""The wizard: four pages, the language switch, and "修改" from the results page."""

from __future__ import annotations

from jxdesk.gui import i18n
from jxdesk.gui.counter.pages.identity import IdentityPage
from jxdesk.gui.qt import QEvent, QSize, QWidget, QWizard, QWizardPage, Signal, tr
from jxdesk.gui.viewmodel import Page, WizardModel
from jxdesk.gui.widgets import (
    Columns,
    held_focus_policies,
    hold_focus_policies,
    set_focus_policies,
)

TYPE_CHECKING = False  # (not from `typing`: see widgets.py)
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Sequence

    from jxdesk.gui.counter.pages.base import BasePage
    from jxdesk.gui.counter.pages.claims import ClaimsPage
    from jxdesk.gui.counter.pages.family import FamilyPage
    from jxdesk.gui.counter.pages.results import ResultsPage
    from jxdesk.gui.qt import (
        QGridLayout,
        QKeyEvent,
        QMenuBar,
        QMessageBox,
        QPushButton,
        QShowEvent,
    )

LANGUAGE_BUTTON = QWizard.WizardButton.CustomButton1
TO_RESULTS_BUTTON = QWizard.WizardButton.CustomButton2


def button_layout(*left: QWizard.WizardButton) -> list[QWizard.WizardButton]:
    """The wizard's button row: the language button and `left` (counter mode adds 新建 and
    规则版本), then, on the right, 回到结果, 上一步, 下一步, 完成 and 退出."""
    return [
        LANGUAGE_BUTTON,
        *left,
        QWizard.WizardButton.Stretch,
        TO_RESULTS_BUTTON,
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    ]


class Wizard(QWizard):
    FRAME = 30  # px: the title bar and borders a window manager adds (show_sized)
    #: the person asked for the other language ("zh" or "en")
    language_requested = Signal(str)

    def __init__(
        self, model: WizardModel, parent: QWidget | None = None, *, lazy: bool = False
    ) -> None:
        """With `lazy`, only the first page is built now; `complete()` builds the rest
        (the app calls it after the first paint, to start fast)."""
        super().__init__(parent)
        self.model = model
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        if lazy:
            hold_focus_policies()  # page 1's date buttons: set in complete(), after the paint
        self.identity = IdentityPage(model)
        self._held_buttons = held_focus_policies()
        self.setPage(int(Page.IDENTITY), self.identity)
        for page in (Page.CLAIMS, Page.FAMILY, Page.RESULTS):
            self.setPage(int(page), QWizardPage())  # placeholders until complete()
        self.setStartId(int(Page.IDENTITY))
        self.completed = False
        self.setButtonLayout(button_layout())
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self._editing = False
        self._quitting = False  # 退出 was confirmed
        self.quit_box: QMessageBox | None = None
        self.menu_bar: QMenuBar | None = None  # counter mode's 文件 menu (filemenu.py)
        self.auto_sized = False  # show_sized chose the size (not --geometry, not a test)
        self.button(TO_RESULTS_BUTTON).setVisible(False)  # only while editing from results
        self.retranslate()
        if not lazy:
            self.complete()

    def complete(self) -> None:
        """Build pages 2–4 (their modules are imported here, not at start-up)."""
        if self.completed:
            return
        set_focus_policies(self._held_buttons)  # page 1's, held while it was first painted
        self._held_buttons = []
        from jxdesk.gui.counter.pages.claims import ClaimsPage
        from jxdesk.gui.counter.pages.family import FamilyPage
        from jxdesk.gui.counter.pages.results import ResultsPage

        self.claims: ClaimsPage = ClaimsPage(self.model)
        self.family: FamilyPage = FamilyPage(self.model)
        self.results: ResultsPage = ResultsPage(self.model, self.edit)
        for page in (self.claims, self.family, self.results):
            self.removePage(int(page.page))
            self.setPage(int(page.page), page)
        self.completed = True
        self.model.subscribe(self._sync_buttons)  # 回到结果 follows the problems
        self._guard_slips()
        self._page_changed(self.currentId())

    def _guard_slips(self) -> None:
        """The case's undo history, its file and the guard against double clicks."""
        from jxdesk.gui.counter.casefile import CaseFile
        from jxdesk.gui.counter.guards import ClickGuard
        from jxdesk.gui.counter.undo import CaseHistory

        self.case_file = CaseFile(self)  # (first: destroyed before the stack it listens to)
        self.history = CaseHistory(self.model, self.reload_pages, self)
        self.history.stack.cleanChanged.connect(self.case_file.clean_changed)
        self.click_guard = ClickGuard(self)
        self.case_file.update_title()
        self.place_status()
        self.currentIdChanged.connect(lambda _id: self.place_status())

    def main_grid(self) -> QGridLayout | None:
        """QWizard's own grid (on an inner widget that covers the window, not on the
        wizard): the menu bar goes on top of it, the status line under the buttons."""
        from jxdesk.gui.qt import QGridLayout

        # (the inner widget's wrapper is kept: when it is collected, PySide marks the
        # layout's wrapper deleted although the C++ layout lives on)
        if getattr(self, "_inner", None) is None:
            self._inner = next(
                (c for c in self.children() if isinstance(c, QWidget) and c.layout()), None
            )
        grid = self._inner.layout() if self._inner is not None else None
        return grid if isinstance(grid, QGridLayout) else None

    def place_status(self) -> None:
        """(Again after QWizard re-lays its grid out, which drops what it did not put there.)"""
        grid = self.main_grid()
        status = self.case_file.status
        if grid is not None and grid.indexOf(status) < 0:
            grid.addWidget(status, grid.rowCount(), 0, 1, -1)

    def reload_pages(self) -> None:
        """Every page filled again from the answers (after an undo, an opened case)."""
        for page in (self.identity, self.claims, self.family):
            page.reload()
            page.completeChanged.emit()
        if self.currentId() == int(Page.RESULTS):
            self.results.refresh()

    def start_over(self) -> None:
        """Page 1 of the case now in the model, the cursor on its first question."""
        self.restart()
        self._editing = False
        self.reload_pages()
        self._sync_buttons()
        self.identity.focus_first()

    def save_case(self) -> bool:
        return self.completed and self.case_file.save()

    def showEvent(self, event: QShowEvent) -> None:
        """Page 1 opens with the cursor on its first question (QWizard gives the focus to
        the page's scroll area)."""
        super().showEvent(event)
        from jxdesk.gui.qt import QApplication, QScrollArea, QTimer

        def first() -> None:
            if self.currentId() == int(Page.IDENTITY) and (
                QApplication.focusWidget() is None
                or isinstance(QApplication.focusWidget(), QScrollArea)
            ):
                self.identity.focus_first()

        QTimer.singleShot(0, self, first)

    def sizeHint(self) -> QSize:
        """66 font heights wide (~1250 px at 12 pt) and as tall as the fullest question page
        needs at that width (the results may scroll: they grow with the claims); with large
        text that is usually more than the screen, and show_sized maximises."""
        em = self.fontMetrics().height()
        width = round(em * 66)
        pages: list[BasePage] = [self.identity]
        if self.completed:
            pages += [self.claims, self.family]
        tallest = 0
        for page in pages:
            body = page.body_widget
            inner = width - 3 * em  # the wizard's and the page's margins, the scrollbar
            if not self.isVisible():  # before the first show: as they will be at that width
                for columns in body.findChildren(Columns):
                    columns.prepare(inner - (0 if columns.parent() is body else 2 * em))
            high = body.heightForWidth(inner) if body.hasHeightForWidth() else -1
            tallest = max(
                tallest,
                page.header.sizeHint().height()
                + max(high, body.sizeHint().height() if high < 0 else high),
            )
        bar = getattr(self, "menu_bar", None)  # (sizeHint may be asked during __init__)
        menu = bar.sizeHint().height() if bar is not None else 0
        return QSize(width, tallest + menu + round(em * 6))  # + the buttons, margins, slack

    def show_sized(self) -> None:
        """Open at the size hint, centred, where the screen has room for it; else
        maximised (a 1024×768 screen, or large text on a small one)."""
        from jxdesk.gui.qt import QApplication

        self.auto_sized = True  # (the menu bar, added later, sizes it again: filemenu.py)
        screen = self.screen() or QApplication.primaryScreen()
        area = screen.availableGeometry()
        want = self.sizeHint()
        frame = self.FRAME
        if want.width() > area.width() or want.height() + frame > area.height():
            self.setGeometry(area)  # the whole screen even where no window manager maximises
            self.showMaximized()
            return
        self.resize(want)
        self.move(
            area.left() + (area.width() - want.width()) // 2,
            area.top() + (area.height() - want.height() - frame) // 2,
        )
        self.show()

    # ---- navigation
    def nextId(self) -> int:
        current = Page(self.currentId()) if self.currentId() >= 0 else Page.IDENTITY
        if current is Page.RESULTS:
            return -1
        following = Page(current + 1)
        if following is Page.FAMILY and self.model.skips_family:
            following = Page.RESULTS
        return int(following)

    def edit(self, page: Page) -> None:
        """Go back to a page to change an answer; 回到结果 then returns here."""
        self._editing = True
        while self.currentId() > int(page):
            self.back()
        self._page_changed(self.currentId())

    def to_results(self) -> None:
        """Forward through the pages (each must be valid) to the results page."""
        while self.currentId() != int(Page.RESULTS):
            page = self.currentPage()
            if page is None or not page.isComplete():
                return
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                return
        self._editing = False

    def show_results(self) -> None:
        """Walk forward as far as the answers allow (the headless screenshot uses this)."""
        self.to_results()

    def _custom_button(self, which: int) -> None:
        if which == LANGUAGE_BUTTON.value:
            self.language_requested.emit("en" if self.model.lang == "zh" else "zh")
        elif which == TO_RESULTS_BUTTON.value:
            self.to_results()

    def _page_changed(self, page_id: int) -> None:
        if not self.completed:
            return
        on_results = page_id == int(Page.RESULTS)
        if on_results:
            self._editing = False
            self.results.refresh()
            self.results.to_top()
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        """回到结果 only while editing from the results page: it is in the button row
        only then (QWizard shows every button of its layout again at times of its own)."""
        editing = getattr(self, "_editing", False)  # (setButtonLayout runs in __init__)
        show = editing and self.currentId() != int(Page.RESULTS)
        layout = getattr(self, "_layout", [])
        wanted = [b for b in layout if show or b != TO_RESULTS_BUTTON]
        if wanted != getattr(self, "_applied", None):
            self._applied = wanted
            super().setButtonLayout(wanted)
        if getattr(self, "completed", False) and 0 <= self.currentId() < int(Page.RESULTS):
            # 下一步 says why it is off (a field's own message waits until it is touched)
            here = self.model.problem_lines(Page(self.currentId()), tr)
            self.button(QWizard.WizardButton.NextButton).setToolTip("\n".join(here))
        back = self.button(TO_RESULTS_BUTTON)
        back.setVisible(show)
        if show:  # disabled, with the reason, while the case has a problem
            lines = [line for p in Page for line in self.model.problem_lines(p, tr)]
            back.setEnabled(not lines)
            back.setToolTip(lines[0] if lines else "")
            back.setAccessibleDescription(lines[0] if lines else "")

    def setButtonLayout(self, layout: Sequence[QWizard.WizardButton]) -> None:
        self._layout = list(layout)
        self._sync_buttons()

    # ---- 退出: never lose a case without asking
    def dirty(self) -> bool:
        """Whether the case has answers that are not saved (nothing entered is not dirty)."""
        if self.completed:
            return self.history.dirty
        from jxdesk.gui.answers import Answers

        return self.model.answers != Answers()

    def reject(self) -> None:
        """退出 (and the window's close box, which QDialog sends here): asks first when
        the case has unsaved answers (guards.ask_to_save: 保存 / 不保存 / 取消)."""
        self._leave(super().reject)

    def accept(self) -> None:
        """完成 closes the window too: the same question first."""
        self._leave(super().accept)

    def _leave(self, close: Callable[[], None]) -> None:
        if self._quitting:
            self._quitting = False
            close()
            return
        from jxdesk.gui.counter.guards import ask_to_save

        def confirmed() -> None:
            self._quitting = True
            try:
                close()
            finally:
                self._quitting = False

        ask_to_save(self, confirmed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter is 下一步 on the question pages; on the results page it does nothing (it
        was 完成, which closed the window)."""
        from jxdesk.gui.qt import Qt  # (not before the first paint)

        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.currentId() == int(Page.RESULTS):
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if getattr(self, "completed", False):
            self.case_file.update_title()  # the file's name and the mark while unsaved
        else:
            self.setWindowTitle(tr(i18n.APP_TITLE))
        for which, text in (
            (QWizard.WizardButton.NextButton, i18n.NEXT),
            (QWizard.WizardButton.BackButton, i18n.BACK),
            (QWizard.WizardButton.FinishButton, i18n.FINISH),
            (QWizard.WizardButton.CancelButton, i18n.CANCEL),
            (TO_RESULTS_BUTTON, i18n.TO_RESULTS),
            (LANGUAGE_BUTTON, i18n.SWITCH_LANGUAGE),
        ):
            self.setButtonText(which, tr(text))
            self.button(which).setAccessibleName(tr(text))
        self.button(LANGUAGE_BUTTON).setAccessibleName(tr(i18n.SWITCH_LANGUAGE_NAME))
        for which in (LANGUAGE_BUTTON, TO_RESULTS_BUTTON):  # QWizard's buttons are QPushButtons
            button: QPushButton = self.button(which)  # type: ignore[assignment]
            button.setAutoDefault(False)
