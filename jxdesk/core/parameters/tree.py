"""Parameters in memory: leaves with dated values, and snapshots of them at a date."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from jxdesk.core.parameters.schema import DocumentEntry, LeafEntry, ParamValue


@dataclass(frozen=True, slots=True)
class Document:
    key: str
    number: str
    title: str
    issued: date | None
    effective: date | None
    cite_prefix: str
    reliability: str
    note: str | None

    @classmethod
    def from_entry(cls, key: str, e: DocumentEntry) -> Document:
        return cls(
            key, e.number, e.title, e.issued, e.effective, e.cite_prefix, e.reliability, e.note
        )


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a figure comes from: document, article and the date the value took effect."""

    document: Document
    article: str | None
    since: date
    note: str | None = None

    @property
    def short(self) -> str:
        """The article as an explanation line names it: 第十七条, 措施第四条."""
        if self.article is None:
            return self.document.number
        return f"{self.document.cite_prefix}{self.article}"


@dataclass(frozen=True, slots=True)
class Dated:
    since: date
    value: ParamValue
    citation: Citation | None
    note: str | None
    #: the parameter pack this value came from (its name); None for the built-in files
    pack: str | None = None


@dataclass(slots=True)
class Leaf:
    path: str
    label: str
    unit: str
    origin: str  # the file it came from, for messages and the 规则版本 page
    history: list[Dated] = field(default_factory=list)  # sorted by start date

    def at(self, day: date) -> Dated | None:
        starts = [d.since for d in self.history]
        i = bisect.bisect_right(starts, day)
        return self.history[i - 1] if i else None

    @classmethod
    def from_entry(
        cls, path: str, origin: str, e: LeafEntry, documents: Mapping[str, Document]
    ) -> Leaf:
        history = []
        for since, v in sorted(e.values.items()):
            citation = None
            if v.source is not None:
                citation = Citation(
                    documents[v.source.document], v.source.article, since, v.source.note
                )
            history.append(Dated(since, v.value, citation, v.note))
        return cls(path, e.label, e.unit, origin, history)


@dataclass(frozen=True, slots=True)
class PackInfo:
    """A parameter pack in force: what the 规则版本 page and every printout show."""

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
    signer: str = ""

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
    """All parameter values in force on one day. Rules read figures from here."""

    __slots__ = ("_articles", "_citations", "_values", "day", "memo")

    def __init__(self, day: date, leaves: Mapping[str, Leaf]) -> None:
        self.day = day
        self._values: dict[str, ParamValue] = {}
        self._citations: dict[str, Citation | None] = {}
        for path, leaf in leaves.items():
            d = leaf.at(day)
            if d is not None:
                self._values[path] = d.value
                self._citations[path] = d.citation
        self._articles = {p: c.short if c else "" for p, c in self._citations.items()}
        #: what rules derive from this snapshot's figures, kept for the next case (a cache)
        self.memo: dict[object, object] = {}

    def maybe(self, path: str) -> Decimal | None:
        """A scalar figure, or None where it is not (yet) in force on this day."""
        v = self._values.get(path)
        if isinstance(v, dict):
            raise TypeError(f"parameter {path} is a table, not a single figure")
        return v

    def has(self, path: str) -> bool:
        """Whether a figure (not a null "not yet known") is in force for this path today."""
        return self._values.get(path) is not None

    def get(self, path: str) -> Decimal:
        v = self._values.get(path)
        if isinstance(v, Decimal):  # the hot path: a scalar in force
            return v
        v = self.maybe(path)
        if v is None:
            raise ParameterMissing(f"parameter {path} has no value on {self.day.isoformat()}")
        return v

    def table(self, path: str) -> Mapping[str, Decimal]:
        v = self._values.get(path)
        if v is None:
            raise ParameterMissing(f"parameter {path} has no value on {self.day.isoformat()}")
        if not isinstance(v, dict):
            raise TypeError(f"parameter {path} is a single figure, not a table")
        return v

    def cite(self, path: str) -> Citation | None:
        return self._citations.get(path)

    def article(self, path: str) -> str:
        return self._articles.get(path, "")


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
