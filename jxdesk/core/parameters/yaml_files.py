"""Read and validate the YAML parameter files: the complete (and slower) way to the tree.

PyYAML parses, `schema` (pydantic) validates, `tree` holds the result. A malformed file is a
clear `ParameterError` naming the file, never a wrong number. The built-in files are read this
way only when the compiled snapshot (jxdesk.core.parameters.compiled) is missing or does not
match them; packs are always read this way. `jxdesk.core.parameters.loader` is the entry point.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from jxdesk.core.parameters.common import DOCUMENTS_FILE, MAX_FILE_BYTES, ParameterError
from jxdesk.core.parameters.plain_scalars import StrictResolver, check_scalar
from jxdesk.core.parameters.schema import DocumentEntry, LeafEntry
from jxdesk.core.parameters.tree import Citation, Dated, Document, Leaf, ParameterSet

# libyaml's C parser when PyYAML has it (the wheels do): every pack is read at every start.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DecimalLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """YAML with only the plain forms of `plain_scalars` resolved (never YAML 1.1's octal,
    base 60, yes/no ...), every non-integer number read as an exact Decimal, never a float."""

    yaml_implicit_resolvers = StrictResolver.yaml_implicit_resolvers


def _decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # .inf, .nan
        raise yaml.constructor.ConstructorError(
            None, None, f"not a number: {text}", node.start_mark
        ) from exc


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _decimal)


#: how deep a parameter file may nest (the built-in files nest 4 deep: leaf, values, date, table)
MAX_DEPTH = 24
#: how many YAML events (scalars, mappings, ...) one file may hold (the largest built-in file
#: has about 600)
MAX_EVENTS = 50_000


def _mark(event: Any) -> str:
    mark = getattr(event, "start_mark", None)
    return f" (line {mark.line + 1})" if mark is not None else ""


def check_plain_yaml(text: str, origin: str) -> None:
    """Refuse, before any object is built, what a parameter file never needs.

    Anchors and aliases (`&a`, `*a`, merge keys): a kilobyte of nested aliases expands to
    millions of nodes; nesting deeper than MAX_DEPTH; more than MAX_EVENTS nodes; a key written
    twice in one mapping (YAML keeps the last silently); explicit tags (`!!int`); a plain value
    outside the forms of `plain_scalars` (YAML 1.1's octal, base 60, ..., a date that does not
    exist). One linear pass over libyaml's events.
    """
    depth = 0
    count = 0
    # per open collection: [is a mapping, items seen so far, the scalar keys seen]
    stack: list[tuple[bool, list[int], set[str]]] = []
    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            count += 1
            if count > MAX_EVENTS:
                raise ParameterError(f"{origin}: too many entries for a parameter file")
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise ParameterError(
                    f"{origin}: YAML anchors and aliases (& and *) are not allowed in "
                    f"parameter files{_mark(event)}"
                )
            tag = getattr(event, "tag", None)
            if tag is not None:
                raise ParameterError(
                    f"{origin}: explicit YAML tags ({tag}) are not allowed in parameter "
                    f"files{_mark(event)}"
                )
            if isinstance(event, yaml.ScalarEvent):
                problem = check_scalar(event, origin)
                if problem:
                    raise ParameterError(problem)
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)) and stack:
                mapping, seen, keys = stack[-1]
                if mapping and seen[0] % 2 == 0 and isinstance(event, yaml.ScalarEvent):
                    if event.value in keys:
                        raise ParameterError(
                            f"{origin}: '{event.value}' is written twice in one mapping"
                            f"{_mark(event)}"
                        )
                    keys.add(event.value)
                seen[0] += 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise ParameterError(
                        f"{origin}: nested more than {MAX_DEPTH} levels deep{_mark(event)}"
                    )
                stack.append((isinstance(event, yaml.MappingStartEvent), [0], set()))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
                stack.pop()
    except yaml.YAMLError as exc:
        raise ParameterError(f"{origin}: not valid YAML: {exc}") from exc


def read_yaml(text: str, origin: str) -> Any:
    """The file's data, after `check_plain_yaml`; every number exact. Raises ParameterError."""
    check_plain_yaml(text, origin)
    try:
        return yaml.load(text, Loader=_DecimalLoader)
    except yaml.YAMLError as exc:
        raise ParameterError(f"{origin}: not valid YAML: {exc}") from exc
    except ValueError as exc:  # pragma: no cover - check_plain_yaml refuses impossible dates
        raise ParameterError(f"{origin}: not a valid value: {exc}") from exc
    except RecursionError as exc:  # pragma: no cover - MAX_DEPTH stops it first
        raise ParameterError(f"{origin}: nested too deeply") from exc


def read_file(file: Path, origin: str) -> Any:
    """Read and parse one parameter file; anything wrong with it names the file."""
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ParameterError(f"{origin}: cannot read: {exc.strerror or exc}") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise ParameterError(f"{origin}: too large for a parameter file ({len(raw)} bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParameterError(
            f"{origin}: not UTF-8 text (byte {exc.start}): the file is damaged"
        ) from exc
    if "\x00" in text:
        raise ParameterError(f"{origin}: contains NUL bytes: the file is damaged")
    return read_yaml(text, origin)


_DATE_REPR = re.compile(r"datetime\.date\((\d+), (\d+), (\d+)\)")


def _where(loc: tuple[int | str | date, ...]) -> str:
    """A pydantic location as a person reads it: values.2025-01-01.value (no union tags)."""
    parts = []
    for x in loc:
        text = x.isoformat() if isinstance(x, date) else str(x)
        text = _DATE_REPR.sub(lambda m: date(*map(int, m.groups())).isoformat(), text)
        if "[" in text or text in ("decimal", "none", "dict"):  # which union branch: noise
            continue
        parts.append(text)
    return ".".join(parts)


def _describe(exc: ValidationError) -> str:
    """Each problem once per place (a union reports every branch: the first is the one meant)."""
    seen: dict[str, str] = {}
    for err in exc.errors():
        where = _where(err["loc"])
        if where not in seen:
            msg = str(err["msg"]).removeprefix("Value error, ")
            seen[where] = f"{where}: {msg}" if where else msg
    return "; ".join(seen.values())


def document_from_entry(key: str, e: DocumentEntry) -> Document:
    return Document(
        key,
        e.number,
        e.title,
        e.issued,
        e.effective,
        e.cite_prefix,
        e.reliability,
        e.note,
        e.number_en,
        e.title_en,
    )


def leaf_from_entry(path: str, origin: str, e: LeafEntry, documents: dict[str, Document]) -> Leaf:
    history = []
    for since, v in sorted(e.values.items()):
        citation = None
        if v.source is not None:
            citation = Citation(
                documents[v.source.document], v.source.article, since, v.source.note
            )
        history.append(Dated(since, v.value, citation, v.note))
    return Leaf(path, e.label, e.unit, origin, history)


def parse_documents(data: Any, origin: str) -> dict[str, Document]:
    if not isinstance(data, dict):
        raise ParameterError(f"{origin}: expected a mapping of document keys")
    docs = {}
    for key, entry in data.items():
        try:
            docs[str(key)] = document_from_entry(str(key), DocumentEntry.model_validate(entry))
        except ValidationError as exc:
            raise ParameterError(f"{origin}: document {key}: {_describe(exc)}") from exc
    return docs


def parse_node(
    data: Any, prefix: str, origin: str, documents: dict[str, Document], out: dict[str, Leaf]
) -> None:
    """A node maps names to leaves (which have `values`) or to further nodes."""
    if not isinstance(data, dict):
        raise ParameterError(f"{origin}: {prefix or 'top level'}: expected a mapping")
    for key, child in data.items():
        if key == "description":
            continue
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(child, dict) and "values" in child:
            try:
                entry = LeafEntry.model_validate(child)
            except ValidationError as exc:
                raise ParameterError(f"{origin}: {path}: {_describe(exc)}") from exc
            for since, v in entry.values.items():
                if v.source is not None and v.source.document not in documents:
                    raise ParameterError(
                        f"{origin}: {path}: {since}: unknown document "
                        f"'{v.source.document}' (not in {DOCUMENTS_FILE})"
                    )
            if path in out:
                raise ParameterError(f"{origin}: {path}: defined twice")
            out[path] = leaf_from_entry(path, origin, entry, documents)
        elif isinstance(child, dict):
            parse_node(child, path, origin, documents, out)
        else:
            raise ParameterError(
                f"{origin}: {path}: expected a parameter (with 'values') or a group of parameters"
            )


def load_tree(root: Path) -> ParameterSet:
    """Every parameter file under `root`; a missing, unreadable or malformed file (or one
    with a value the schema refuses) raises ParameterError naming the file."""
    if not root.is_dir():
        gone = root.parent if not root.parent.is_dir() else root  # the resources folder itself?
        raise ParameterError(f"{gone}: cannot read: missing, or not a folder")
    doc_file = root / DOCUMENTS_FILE
    if not doc_file.is_file():
        raise ParameterError(f"{doc_file}: missing")
    documents = parse_documents(read_file(doc_file, str(doc_file)), str(doc_file))
    leaves: dict[str, Leaf] = {}
    try:
        files = sorted(root.rglob("*.yaml"))
    except OSError as exc:
        raise ParameterError(f"{root}: cannot read: {exc.strerror or exc}") from exc
    for file in files:
        if file == doc_file:
            continue
        rel = file.relative_to(root).with_suffix("")
        prefix = ".".join(rel.parts)
        origin = str(file.relative_to(root.parent))
        parse_node(read_file(file, origin), prefix, origin, documents, leaves)
    return ParameterSet(leaves, documents)
