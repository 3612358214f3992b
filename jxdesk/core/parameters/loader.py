"""Load and validate the parameter tree. A malformed file is a clear error, never a wrong number."""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from jxdesk.core.parameters.schema import DocumentEntry, LeafEntry
from jxdesk.core.parameters.tree import Document, Leaf, ParameterSet
from jxdesk.core.resources import resources_dir

DOCUMENTS_FILE = "documents.yaml"


class ParameterError(ValueError):
    """A parameter file (or pack) that cannot be trusted. The message names file and place."""


# libyaml's C parser when PyYAML has it (the wheels do): parameters load at every start.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DecimalLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """YAML with every non-integer number read as an exact Decimal, never a float."""


def _decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # .inf, .nan
        raise yaml.constructor.ConstructorError(
            None, None, f"not a number: {text}", node.start_mark
        ) from exc


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _decimal)


def read_yaml(text: str, origin: str) -> Any:
    try:
        return yaml.load(text, Loader=_DecimalLoader)
    except yaml.YAMLError as exc:
        raise ParameterError(f"{origin}: not valid YAML: {exc}") from exc


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err["loc"])
        parts.append(f"{where}: {err['msg']}" if where else err["msg"])
    return "; ".join(parts)


def parse_documents(data: Any, origin: str) -> dict[str, Document]:
    if not isinstance(data, dict):
        raise ParameterError(f"{origin}: expected a mapping of document keys")
    docs = {}
    for key, entry in data.items():
        try:
            docs[str(key)] = Document.from_entry(str(key), DocumentEntry.model_validate(entry))
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
            out[path] = Leaf.from_entry(path, origin, entry, documents)
        elif isinstance(child, dict):
            parse_node(child, path, origin, documents, out)
        else:
            raise ParameterError(
                f"{origin}: {path}: expected a parameter (with 'values') or a group of parameters"
            )


def load_tree(root: Path) -> ParameterSet:
    doc_file = root / DOCUMENTS_FILE
    if not doc_file.is_file():
        raise ParameterError(f"{doc_file}: missing")
    documents = parse_documents(
        read_yaml(doc_file.read_text("utf-8"), str(doc_file)), str(doc_file)
    )
    leaves: dict[str, Leaf] = {}
    for file in sorted(root.rglob("*.yaml")):
        if file == doc_file:
            continue
        rel = file.relative_to(root).with_suffix("")
        prefix = ".".join(rel.parts)
        origin = str(file.relative_to(root.parent))
        parse_node(read_yaml(file.read_text("utf-8"), origin), prefix, origin, documents, leaves)
    return ParameterSet(leaves, documents)


@functools.cache
def load_parameters() -> ParameterSet:
    """The built-in parameters (cached: they are read once per process)."""
    return load_tree(resources_dir() / "parameters")
