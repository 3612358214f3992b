"""Questions answered with one tap on a big tile (the scheme, the tiers with their
pictures, the child's year, month and day, yes / no / 不知道 …)."""

from __future__ import annotations

from collections.abc import Callable

from jxdesk.gui.kiosk.base import Host, KioskPage, Tile, gap, set_flag
from jxdesk.gui.kiosk.flow import CLAIM_STEPS, KID_STEPS, Step
from jxdesk.gui.kiosk.words import say, say_if
from jxdesk.gui.qt import QEvent, QGridLayout

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


#: upright, a tile may grow to this many times the height its words need
PORTRAIT_GROW = 2.0


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
        portrait_columns: int | None = None,
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
        self.landscape_columns = columns
        # upright: one tile a row for named answers (the words get the width), more
        # for the short ones (months, days)
        self.portrait_columns = portrait_columns or (min(columns, 3) if compact else 1)
        self.tiles: dict[str, Tile] = {}
        self.placed: tuple[int, tuple[str, ...] | None] = (0, None)
        self.place_tiles(choices)
        # landscape: the tiles as tall as their words, the rest below them; upright: the
        # tiles grow into the height (up to `PORTRAIT_GROW` times), what is left goes
        # above them, so that they stand low, where a hand reaches
        self.lay.addStretch(0)
        self.lay.addLayout(grid)
        self.lay.addStretch(1)
        self.lay.addWidget(self.action_area)

    def place_tiles(self, choices: tuple[str, ...]) -> None:
        """A tile for each choice (the years page makes them again when they change)."""
        for code in choices:
            picture = code if self.pictures and code != "unknown" else None
            tile = Tile(code, picture, compact=self.compact and code != "unknown")
            tile.clicked.connect(lambda _=False, c=code: self._tapped(c))
            self.tiles[code] = tile
        self._place()

    def _place(self, shown: tuple[str, ...] | None = None) -> None:
        """The tiles shown, in rows of `columns` (a hidden tile leaves no gap)."""
        columns = self.columns
        self.placed = (columns, shown)
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        answers = [c for c in self.tiles if c != "unknown" and (shown is None or c in shown)]
        for i, code in enumerate(answers):
            self.grid.addWidget(self.tiles[code], i // columns, i % columns)
        if "unknown" in self.tiles:  # 不知道 / 跳过: the row's free cell, or a row of its own
            if len(answers) % columns and columns > 1 and not self.compact:
                n = len(answers)
                self.grid.addWidget(self.tiles["unknown"], n // columns, n % columns)
            else:
                row = (len(answers) + columns - 1) // columns
                self.grid.addWidget(self.tiles["unknown"], row, 0, 1, columns)
        for c in range(max(self.landscape_columns, self.portrait_columns)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def arrange(self, portrait: bool) -> None:
        super().arrange(portrait)
        columns = self.portrait_columns if portrait else self.landscape_columns
        if columns != self.columns:
            self.columns = columns
            self._place(self.placed[1])
        at = self.lay.indexOf(self.grid)
        self.lay.setStretch(at - 1, 1 if portrait else 0)  # above the tiles
        self.lay.setStretch(at, 12 if portrait else 0)  # (the tiles first, up to their cap)
        self.lay.setStretch(at + 1, 0 if portrait else 1)  # below them
        gap(self.lay.itemAt(at + 1), portrait)
        self.lay.invalidate()
        self._grow()

    def _grow(self) -> None:
        """Upright: every tile shown may grow to `PORTRAIT_GROW` times the height the
        wordiest of them needs (one height for all: a page of even tiles)."""
        shown = [t for t in self.tiles.values() if not t.isHidden()]
        need = max((t.heightForWidth(t.width()) for t in shown), default=0)
        cap = round(need * PORTRAIT_GROW) if self.portrait and need else None
        for tile in self.tiles.values():
            tile.set_grow(cap)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._grow()  # (the words wrap anew at the new width)

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
        if self.placed != (self.columns, shown):
            self._place(shown)
        current = self.chosen()
        for code, tile in self.tiles.items():
            name, line = self.words(code, lang)
            tile.set_words(name, line)
            tile.setVisible(code in shown)
            set_flag(tile, "chosen", code == current)
        self._grow()
