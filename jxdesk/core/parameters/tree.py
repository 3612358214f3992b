"""Parameters in memory: leaves with dated values, and snapshots of them at a date.

Plain `__slots__` classes rather than dataclasses: this module is imported at every start
(`jxdesk calc` reads the compiled parameters into these classes), and `dataclasses` costs
3-4 ms of imports (`inspect`) plus an `exec` per class. `_Record` gives the value classes
what the dataclasses gave them: field-wise equality (the compiled parameters are tested equal
to the YAML ones, field by field), a readable repr, and, for the frozen ones, hashing and
refusal of assignment.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

#: one figure (a Decimal), a table of figures by key, or None ("not in force / not yet known")
ParamValue = Decimal | dict[str, Decimal] | None


#: sets a slot past a frozen class's __setattr__ (as a frozen dataclass's __init__ does)
_put = object.__setattr__


class _Record:
    """Field-wise equality, hashing and repr over `__slots__`; assignment refused if `_frozen`."""

    __slots__: tuple[str, ...] = ()
    _frozen = True

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({args})"

    def __setattr__(self, name: str, value: object) -> None:
        if self._frozen:
            raise AttributeError(f"{type(self).__name__} is frozen: cannot set '{name}'")
        object.__setattr__(self, name, value)

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    # Pickling (the workers of `calc --batch` where processes are spawned, not forked):
    # the default restores slots with setattr, which a frozen record refuses.
    def __getstate__(self) -> tuple[Any, ...]:
        return self._fields()

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            object.__setattr__(self, name, value)


class Document(_Record):
    __slots__ = (
        "cite_prefix",
        "effective",
        "issued",
        "key",
        "note",
        "number",
        "number_en",
        "reliability",
        "title",
        "title_en",
    )
    key: str
    number: str
    title: str
    issued: date | None
    effective: date | None
    cite_prefix: str
    reliability: str
    note: str | None
    number_en: str | None
    title_en: str | None

    def __init__(
        self,
        key: str,
        number: str,
        title: str,
        issued: date | None,
        effective: date | None,
        cite_prefix: str,
        reliability: str,
        note: str | None,
        number_en: str | None = None,
        title_en: str | None = None,
    ) -> None:
        self._set(
            key=key,
            number=number,
            title=title,
            issued=issued,
            effective=effective,
            cite_prefix=cite_prefix,
            reliability=reliability,
            note=note,
            number_en=number_en,
            title_en=title_en,
        )

    def named(self, lang: str) -> tuple[str, str]:
        """(number, title) in a language: English where the file gives it (a pack's own
        document may not: then as issued)."""
        if lang == "en":
            return self.number_en or self.number, self.title_en or self.title
        return self.number, self.title


class Citation(_Record):
    """Where a figure comes from: document, article and the date the value took effect."""

    __slots__ = ("article", "document", "note", "since")
    document: Document
    article: str | None
    since: date
    note: str | None

    def __init__(
        self, document: Document, article: str | None, since: date, note: str | None = None
    ) -> None:
        _put(self, "document", document)
        _put(self, "article", article)
        _put(self, "since", since)
        _put(self, "note", note)

    @property
    def short(self) -> str:
        """The article as an explanation line names it: 第十七条, 措施第四条."""
        if self.article is None:
            return self.document.number
        return f"{self.document.cite_prefix}{self.article}"


class Dated(_Record):
    __slots__ = ("citation", "note", "pack", "since", "value")
    since: date
    value: ParamValue
    citation: Citation | None
    note: str | None
    #: the parameter pack this value came from (its name); None for the built-in files
    pack: str | None

    def __init__(
        self,
        since: date,
        value: ParamValue,
        citation: Citation | None,
        note: str | None,
        pack: str | None = None,
    ) -> None:
        _put(self, "since", since)
        _put(self, "value", value)
        _put(self, "citation", citation)
        _put(self, "note", note)
        _put(self, "pack", pack)

    def replace(self, **changes: Any) -> Dated:
        """A copy with some fields changed (what `dataclasses.replace` did)."""
        fields = {n: getattr(self, n) for n in self.__slots__}
        fields.update(changes)
        return Dated(**fields)


class Leaf(_Record):
    __slots__ = ("history", "label", "origin", "path", "unit")
    _frozen = False
    __hash__ = None  # type: ignore[assignment]  # mutable: compared, never hashed
    path: str
    label: str
    unit: str
    origin: str  # the file it came from, for messages and the 规则版本 page
    history: list[Dated]  # sorted by start date

    def __init__(
        self,
        path: str,
        label: str,
        unit: str,
        origin: str,
        history: list[Dated] | None = None,
    ) -> None:
        _put(self, "path", path)
        _put(self, "label", label)
        _put(self, "unit", unit)
        _put(self, "origin", origin)
        _put(self, "history", [] if history is None else history)

    def at(self, day: date) -> Dated | None:
        starts = [d.since for d in self.history]
        i = bisect.bisect_right(starts, day)
        return self.history[i - 1] if i else None


#: what a signer's label carries when the key is trusted only through $JXDESK_TRUST_KEYS
ENV_TRUST_MARK = "(trusted only through $JXDESK_TRUST_KEYS)"


class PackInfo(_Record):
    """A parameter pack in force: what the 规则版本 page and every printout show."""

    __slots__ = (
        "documents",
        "fingerprint",
        "issued",
        "issued_by",
        "location",
        "name",
        "note",
        "parameters",
        "signer",
        "source",
        "title",
        "version",
        "years",
    )
    name: str
    title: str
    version: int
    issued_by: str
    issued: date
    years: tuple[int, ...]
    source: str
    note: str | None
    #: the first 16 hex digits of the SHA-256 of the pack's manifest (which lists every
    #: file's SHA-256): compare it with the figure the issuer publishes
    fingerprint: str
    location: str
    documents: tuple[Document, ...]  # the documents the pack adds
    parameters: tuple[str, ...]  # the parameter paths it sets
    #: the key that signed the manifest: its name and id (jxdesk.core.parameters.signing)
    signer: str

    def __init__(
        self,
        name: str,
        title: str,
        version: int,
        issued_by: str,
        issued: date,
        years: tuple[int, ...],
        source: str,
        note: str | None,
        fingerprint: str,
        location: str,
        documents: tuple[Document, ...],
        parameters: tuple[str, ...],
        signer: str = "",
    ) -> None:
        self._set(
            name=name,
            title=title,
            version=version,
            issued_by=issued_by,
            issued=issued,
            years=years,
            source=source,
            note=note,
            fingerprint=fingerprint,
            location=location,
            documents=documents,
            parameters=parameters,
            signer=signer,
        )

    @property
    def trusted_only_by_env(self) -> bool:
        """Signed by a key that $JXDESK_TRUST_KEYS added (tests), not one the release ships:
        every place that shows the pack says so (signing.TrustedKey.label writes the mark)."""
        return ENV_TRUST_MARK in self.signer

    @property
    def years_text(self) -> str:
        ys = sorted(self.years)
        if ys == list(range(ys[0], ys[-1] + 1)) and len(ys) > 1:
            return f"{ys[0]}–{ys[-1]}年"
        return "、".join(str(y) for y in ys) + "年"

    def summary(self) -> str:
        """One line for a printout: which pack, for which years, issued by whom, from what."""
        return (
            f"参数包《{self.title}》（{self.name} 第{self.version}版，适用{self.years_text}；"
            f"{self.issued_by} {self.issued.isoformat()} 发布；来源：{self.source}；"
            f"校验码 {self.fingerprint}）"
        )


class ParameterMissing(LookupError):
    """A rule asked for a figure the parameters do not hold for that date."""


class Snapshot:
    """All parameter values in force on one day. Rules read figures from here.

    Each figure is looked up in its leaf's history the first time a rule asks for it, then
    kept: a case asks for a few dozen of the tree's figures, and the national 育儿补贴 takes
    a snapshot of each of a child's 36 months (building every figure of each cost the
    start-up self-test ~3 ms)."""

    __slots__ = ("_found", "_leaves", "_values", "day", "memo")

    def __init__(self, day: date, leaves: Mapping[str, Leaf]) -> None:
        self.day = day
        self._leaves = leaves
        #: every path asked for so far: (value, citation, article as cited); (None, None, "")
        #: where none is in force
        self._found: dict[str, tuple[ParamValue | None, Citation | None, str]] = {}
        #: the values in force among them (the hot path of `get`)
        self._values: dict[str, ParamValue] = {}
        #: what rules derive from this snapshot's figures, kept for the next case (a cache)
        self.memo: dict[object, object] = {}

    def _find(self, path: str) -> tuple[ParamValue | None, Citation | None, str]:
        found = self._found.get(path)
        if found is None:
            leaf = self._leaves.get(path)
            d = None if leaf is None else leaf.at(self.day)
            if d is None:
                found = self._found[path] = (None, None, "")
            else:
                c = d.citation
                found = self._found[path] = (d.value, c, c.short if c else "")
            if found[0] is not None:
                self._values[path] = found[0]
        return found

    def maybe(self, path: str) -> Decimal | None:
        """A scalar figure, or None where it is not (yet) in force on this day."""
        v = self._values.get(path)
        if v is None:
            v = self._find(path)[0]
        if isinstance(v, dict):
            raise TypeError(f"parameter {path} is a table, not a single figure")
        return v

    def has(self, path: str) -> bool:
        """Whether a figure (not a null "not yet known") is in force for this path today."""
        return path in self._values or self._find(path)[0] is not None

    def get(self, path: str) -> Decimal:
        v = self._values.get(path)
        if isinstance(v, Decimal):  # the hot path: a scalar in force, asked for before
            return v
        v = self.maybe(path)
        if v is None:
            raise ParameterMissing(f"parameter {path} has no value on {self.day.isoformat()}")
        return v

    def table(self, path: str) -> Mapping[str, Decimal]:
        v = self._values.get(path)
        if v is None:
            v = self._find(path)[0]
        if v is None:
            raise ParameterMissing(f"parameter {path} has no value on {self.day.isoformat()}")
        if not isinstance(v, dict):
            raise TypeError(f"parameter {path} is a single figure, not a table")
        return v

    def cite(self, path: str) -> Citation | None:
        return self._find(path)[1]

    def article(self, path: str) -> str:
        return self._find(path)[2]


class ParameterSet:
    """Every leaf with its full dated history, and the documents they cite."""

    def __init__(
        self,
        leaves: dict[str, Leaf],
        documents: dict[str, Document],
        packs: tuple[str, ...] = (),
        pack_info: tuple[PackInfo, ...] = (),
    ) -> None:
        self.leaves = leaves
        self.documents = documents
        #: names of parameter packs laid over the built-in files, in order
        self.packs = packs
        #: the same packs in full (title, years, issuer, source, fingerprint), for display
        self.pack_info = pack_info
        self._snapshots: dict[date, Snapshot] = {}

    def at(self, day: date) -> Snapshot:
        snap = self._snapshots.get(day)
        if snap is None:
            snap = self._snapshots[day] = Snapshot(day, self.leaves)
        return snap

    def __iter__(self) -> Iterator[Leaf]:
        return iter(self.leaves.values())

    def __contains__(self, path: object) -> bool:
        return path in self.leaves


def fixed_year(base: ParameterSet) -> int:
    """The last year the release itself dates figures for (2025): its built-in figures are in
    force then, and the self-test's known answers are computed with them, so no pack may set
    a value dated in or before it (a correction to a year in force needs a new release)."""
    return max(
        d.since.year for leaf in base for d in leaf.history if d.value is not None and not d.pack
    )
