"""A case as a file: open (from its JSON text), save, save as; the title and the status bar.

A file the counter writes is the contract's JSON (`to_case`), so `jxdesk calc` reads it.
Nothing else is kept: no recent files, no settings (privacy.py seals Qt's own). Every way
of opening a case (the 打开 dialog, a scanned slip) goes through `open_case_text`.
Writing is atomic: a temporary file beside the target, fsync, rename.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from jxdesk.gui import i18n
from jxdesk.gui.answers import Answers, from_case, to_case
from jxdesk.gui.qt import QFileDialog, QMessageBox, QObject, QStatusBar, tr

#: the counter's Wizard (wizard.py), typed loosely: wizard.py imports this module, and the
#: package keeps its import graph free of cycles (tests/test_import_cycles.py)
Wizard = Any
WORDS = {
    "untitled": {"zh": "未命名案件", "en": "Untitled case"},
    "open": {"zh": "打开案件", "en": "Open a case"},
    "save_as": {"zh": "保存案件", "en": "Save the case"},
    "filter": {"zh": "案件文件 (*.json)", "en": "Case files (*.json)"},
    "file_name": {"zh": "案件.json", "en": "case.json"},
    "saved": {"zh": "案件已保存：{path}", "en": "Case saved: {path}"},
    "opened": {"zh": "已打开：{origin}", "en": "Opened: {origin}"},
    "save_failed": {
        "zh": "无法保存案件：{path}（{reason}）",
        "en": "Cannot save the case: {path} ({reason})",
    },
    "year_not_saved": {
        "zh": "未保存：结算年度“{typed}”不能用，{problem}",
        "en": "Not saved: the settlement year '{typed}' cannot be used; {problem}",
    },
    "cannot_open": {"zh": "无法打开这个案件", "en": "This case cannot be opened"},
    "unreadable": {
        "zh": "{origin}：无法读取（{reason}）",
        "en": "{origin}: cannot be read ({reason})",
    },
}
#: the answers' fields whose values the pages show from a fixed list
_CHOICES = {
    "scheme": i18n.SCHEME_LABEL,
    "medical_aid": i18n.MEDICAL_AID_LABEL,
    "enrollment_route": i18n.ENROLLMENT_LABEL,
}
_CLAIM_CHOICES = {
    "kind": i18n.KIND_LABEL,
    "facility": i18n.FACILITY_LABEL,
    "place": i18n.PLACE_LABEL,
}


def words(key: str, lang: str) -> str:
    return WORDS[key]["en" if lang == "en" else "zh"]


def answers_from_text(text: str, lang: str) -> Answers | list[str]:
    """The answers in a case's JSON text, or the reasons it cannot be opened. A case the
    core finds incomplete (a claim without an amount) still opens: its pages say what is
    missing, as when it was saved; what the pages cannot show is refused."""
    from jxdesk.core.api import parse_json, problems_of
    from jxdesk.core.problems import InvalidCase

    try:
        data: Any = parse_json(text)
        problems = problems_of(data)
    except InvalidCase as exc:
        return [p.text(lang) for p in exc.problems]
    reasons = [f"{p.path}: {p.text(lang)}" if p.path else p.text(lang) for p in problems]
    if not isinstance(data, dict):
        return reasons or ["?"]
    try:
        answers = from_case(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return reasons or ["?"]
    unknown = [v for k, labels in _CHOICES.items() if (v := getattr(answers, k)) not in labels]
    unknown += [
        v
        for c in answers.claims
        for k, labels in _CLAIM_CHOICES.items()
        if (v := getattr(c, k)) not in labels
    ]
    if answers.mother.scheme not in i18n.SCHEME_LABEL or unknown:
        return reasons or [str(unknown)]
    return answers


def case_text(answers: Answers) -> str:
    return json.dumps(to_case(answers), ensure_ascii=False, indent=2) + "\n"


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all (OSError when not)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)
        raise


class CaseFile(QObject):
    """The wizard's case file: where it was opened from or saved to, if anywhere."""

    def __init__(self, wizard: Wizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.path: Path | None = None
        self.origin: str | None = None  # what the title names (a file, a slip)
        self.status = QStatusBar(wizard)
        self.status.setSizeGripEnabled(False)
        # only while it has something to say: a page keeps its height the rest of the time
        self.status.messageChanged.connect(lambda text: self.status.setVisible(bool(text)))
        self.status.setVisible(False)

    def clean_changed(self, _clean: bool) -> None:
        self.update_title()

    @property
    def lang(self) -> str:
        return str(self.wizard.model.lang)

    def say(self, text: str) -> None:
        self.status.showMessage(text, 15000)

    def update_title(self) -> None:
        w = self.wizard
        name = self.origin or words("untitled", self.lang)
        w.setWindowTitle(f"{name}[*] — {tr(i18n.APP_TITLE)}")
        w.setWindowModified(w.dirty())

    # ---- opening
    def opened_from(self, path: Path) -> None:
        """The case on screen was read from `path` before the window opened (`--case`)."""
        self.path = path
        self.origin = path.name
        self.update_title()

    def open_case_text(self, text: str, origin: str) -> bool:
        """Open the case in `text` (its JSON), replacing the one on screen (ask first:
        `ask_to_save`). `origin` names it in the title. False, with the reasons shown,
        when it cannot be opened."""
        answers = answers_from_text(text, self.lang)
        if not isinstance(answers, Answers):
            self._refuse(origin, answers)
            return False
        w = self.wizard
        w.model.answers = answers
        w.history.reset()
        w.model.changed()
        self.path = None
        self.origin = origin
        w.start_over()
        w.to_results()  # as far as the answers allow; the first page with a problem else
        self.update_title()
        self.say(words("opened", self.lang).format(origin=origin))
        return True

    def open_file(self, path: Path) -> bool:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self._refuse(
                path.name, [words("unreadable", self.lang).format(origin=path.name, reason=reason)]
            )
            return False
        if not self.open_case_text(text, path.name):
            return False
        self.path = path
        return True

    def choose_and_open(self) -> None:
        """打开: Qt's own file dialog (in the app's language), then the file."""
        from jxdesk.gui.counter.pages.results import save_folder

        folder = self.path.parent if self.path else save_folder()
        chosen, _ = QFileDialog.getOpenFileName(
            self.wizard,
            words("open", self.lang),
            str(folder),
            words("filter", self.lang),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if chosen:
            self.open_file(Path(chosen))

    def _refuse(self, origin: str, reasons: list[str]) -> None:
        box = QMessageBox(self.wizard)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(words("cannot_open", self.lang))
        box.setText(f"{words('cannot_open', self.lang)}: {origin}")
        box.setInformativeText("\n".join(reasons[:12]))
        self.refusal = box
        box.open()

    # ---- saving
    def save(self) -> bool:
        """保存: to the file it came from, else as 另存为."""
        if self.year_refused():
            return False
        if self.path is None:
            return self.save_as()
        return self.write(self.path)

    def year_refused(self) -> bool:
        """A year typed into 结算年度 that is not offered is on screen but not in the answers
        (they keep the last year offered): saving then would write a year the clerk does
        not see, so nothing is saved and the status bar says why."""
        from jxdesk.gui.answers import year_problem

        a = self.wizard.model.answers
        if not a.year_text:
            return False
        problem = year_problem(a.years, self.lang)
        self.say(words("year_not_saved", self.lang).format(typed=a.year_text, problem=problem))
        return True

    def save_as(self) -> bool:
        from jxdesk.gui.counter.pages.results import save_folder

        if self.year_refused():
            return False

        start = self.path or save_folder() / words("file_name", self.lang)
        chosen, _ = QFileDialog.getSaveFileName(
            self.wizard,
            words("save_as", self.lang),
            str(start),
            words("filter", self.lang),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        return self.write(path)

    def write(self, path: Path) -> bool:
        try:
            write_atomically(path, case_text(self.wizard.model.answers))
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self.say(words("save_failed", self.lang).format(path=path, reason=reason))
            return False
        self.path = path
        self.origin = path.name
        self.wizard.history.mark_saved()
        self.update_title()
        self.say(words("saved", self.lang).format(path=path))
        return True
