"""What every page shares: the model, the header, a scrolling body, re-translation."""

from __future__ import annotations

from jxdesk.gui.qt import QEvent, QScrollArea, QVBoxLayout, QWidget, QWizardPage
from jxdesk.gui.viewmodel import Page, WizardModel
from jxdesk.gui.widgets import PageHeader


class BasePage(QWizardPage):
    """A page reads and writes `model.answers`; it is complete when the model says so."""

    page: Page

    def __init__(self, model: WizardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = PageHeader(self.page)
        outer.addWidget(self.header)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body_widget = QWidget()
        self.body = QVBoxLayout(self.body_widget)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(10)
        scroll.setWidget(self.body_widget)
        outer.addWidget(scroll, 1)
        self.scroll_area = scroll  # (not `scroll`: that is QWidget.scroll())
        model.subscribe(self._model_changed)
        #: fields the person has left (a problem shows there only then, or when the field
        #: holds something: an empty field is not an error while the cursor arrives in it)
        self.touched: set[QWidget] = set()
        self._watching = False

    # ---- hooks for subclasses
    def load(self) -> None:
        """Fill the controls from the answers."""

    def show_problems(self) -> None:
        """Show each field's problem beside it."""

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    # ---- QWizardPage
    def initializePage(self) -> None:
        self.reload()

    def isComplete(self) -> bool:
        return self.model.page_valid(self.page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.header.retranslate()
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    # ---- helpers
    def seen(self, widget: QWidget) -> bool:
        """Whether a problem of this field may show: it was left, or it holds something."""
        if not self._watching:  # (connected on first use: nothing before the first paint)
            from jxdesk.gui.qt import QApplication

            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_changed)
            self._watching = True
        text = getattr(widget, "text", None)
        return widget in self.touched or bool(callable(text) and str(text()).strip())

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and old not in self.touched and self.isAncestorOf(old):
            self.touched.add(old)
            proxy = old.parentWidget()  # (a date field's line edit: the field too)
            if proxy is not None and proxy.focusProxy() is old:
                self.touched.add(proxy)
            self.show_problems()

    def reload(self) -> None:
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self.show_problems()

    def edited(self) -> None:
        """A control changed an answer: tell the model (which tells every page)."""
        if not self._loading:
            self.model.changed()

    def _model_changed(self) -> None:
        if self._loading:
            return
        self.show_problems()
        self.completeChanged.emit()
