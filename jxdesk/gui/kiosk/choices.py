"""Questions answered with one tap on a big tile (the scheme, the tiers with their
pictures, the child's year, month and day, yes / no / 不知道 …)."""

from __future__ import annotations

from collections.abc import Callable

from jxdesk.gui.kiosk.base import Host, KioskPage, Tile, set_flag
from jxdesk.gui.kiosk.flow import CLAIM_STEPS, KID_STEPS, Step
from jxdesk.gui.kiosk.words import say, say_if
from jxdesk.gui.qt import QGridLayout

#: (code, lang) -> the tile's name and its line of plain words
Words = Callable[[str, str], tuple[str, str]]


def keyed(prefix: str = "") -> Words:
    """Tile words from the word list: `prefix + code` and its `_hint`."""

    def words(code: str, lang: str) -> tuple[str, str]:
        key = "unknown" if code == "unknown" else f"{prefix}{code}"
        return say(key, lang), say_if(f"{key}_hint", lang)

    return words


def title_prefix(win: Host, step: Step, lang: str) -> str:
    """'第 1 笔：' on a bill's pages, '孩子1：' on a child's."""
    f = win.flow
    colon = ": " if lang == "en" else "："
    if step in CLAIM_STEPS and f.draft is not None:
        return say("claim_n", lang).format(n=f.draft + 1) + colon
    if step in KID_STEPS and f.kid is not None:
        return say("kid_n", lang).format(n=f.kid + 1) + colon
    return ""


class ChoicePage(KioskPage):
    """A question answered with one tap on a tile."""

    def __init__(
        self,
        win: Host,
        step: Step,
        question: Callable[[], str] | str,
        hint: Callable[[], str] | str,
        choices: tuple[str, ...],
        words: Words,
        choose: Callable[[str], None],
        chosen: Callable[[], str | None] = lambda: None,
        visible: Callable[[], tuple[str, ...]] | None = None,
        columns: int = 2,
        pictures: bool = False,
        compact: bool = False,
        subtitle: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(win)
        self.step = step
        self.question = question if callable(question) else (lambda q=question: q)
        self.hint_key = hint if callable(hint) else (lambda h=hint: h)
        self.words, self.choose, self.chosen = words, choose, chosen
        self.visible = visible
        self.subtitle = subtitle
        grid = QGridLayout()
        grid.setSpacing(12 if compact else 16)
        self.grid = grid
        self.columns, self.pictures, self.compact = columns, pictures, compact
        self.tiles: dict[str, Tile] = {}
        self.place_tiles(choices)
        self.lay.addLayout(grid, 1)

    def place_tiles(self, choices: tuple[str, ...]) -> None:
        """A tile for each choice, in rows of `columns` (不知道 across the page)."""
        columns, grid = self.columns, self.grid
        answers = [c for c in choices if c != "unknown"]
        for i, code in enumerate(choices):
            picture = code if self.pictures and code != "unknown" else None
            tile = Tile(code, picture, compact=self.compact and code != "unknown")
            tile.clicked.connect(lambda _=False, c=code: self._tapped(c))
            self.tiles[code] = tile
            if code == "unknown":  # 不知道 / 跳过: a row of its own, across the page
                row = (len(answers) + columns - 1) // columns
                grid.addWidget(tile, row, 0, 1, columns)
            else:
                grid.addWidget(tile, i // columns, i % columns)

    def _tapped(self, code: str) -> None:
        if code in self.visible_choices():
            self.choose(code)
            self.win.show_step()

    def visible_choices(self) -> tuple[str, ...]:
        return self.visible() if self.visible is not None else tuple(self.tiles)

    def refresh(self) -> None:
        lang = self.lang
        title = title_prefix(self.win, self.step, lang) + say(self.question(), lang)
        hint_key = self.hint_key()
        hint = say(hint_key, lang) if hint_key else ""
        if self.subtitle is not None:
            hint = " ".join(t for t in (self.subtitle(lang), hint) if t)
        self.heading(title, hint)
        shown = self.visible_choices()
        current = self.chosen()
        for code, tile in self.tiles.items():
            name, line = self.words(code, lang)
            tile.set_words(name, line)
            tile.setVisible(code in shown)
            set_flag(tile, "chosen", code == current)
