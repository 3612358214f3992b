"""The compiled parameters: the validated built-in tree as JSON, read at start-up instead of YAML.

`resources/parameters.compiled.json` holds exactly what `yaml_files.load_tree` builds from
`resources/parameters/**.yaml` (documents, leaves, every dated value with its citation, note
and origin; Decimals written as strings, dates as ISO text), so that a start needs neither
PyYAML nor pydantic: reading it costs about half a millisecond, against about 100 ms of imports
and 6 ms of parsing and validating for the YAML (benchmarks/bench_parameters.py). It is
generated, never edited:

    uv run python -m jxdesk.core.parameters.compiled           # after editing any YAML file
    uv run python -m jxdesk.core.parameters.compiled --check   # exit 1 if it is stale

The same command then rewrites resources/manifest.json (jxdesk.core.manifest: the SHA-256 of
every shipped resource file, checked at every start), so run it after changing any file under
resources/ (a known answer, the translation catalogue, a key) as well.

It is used only while it matches its sources (`load_compiled`); otherwise the loader reads the
YAML, which is always correct and names a damaged file. So a figure edited without running the
command still gives the right numbers (only slower), and tests/core/test_compiled_parameters.py
fails, naming the command.

How "matches" is checked: the file records, for every YAML file under resources/parameters, its
length and CRC-32 (zlib). At start every `*.yaml` there is read (19 KB in all) and compared: the
same set of files, each the same length and CRC. CRC-32 rather than SHA-256 because `hashlib`
costs ~3 ms to import (OpenSSL) against ~0.1 ms for zlib, and what it guards against is damage
and forgotten regeneration, not forgery: whoever can change a YAML file can change this file as
well, so a cryptographic hash would add nothing; a CRC-32 with the length misses an accidental
change with a probability of about 2^-32. Storing the sources' bytes instead would be exact but
doubles the file and every diff of it. The compiled file carries a CRC-32 of itself as well (its
last key covers every byte before it), so a damaged compiled file is set aside rather than
believed: at any doubt the YAML is read.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from jxdesk.core.parameters.common import DOCUMENTS_FILE
from jxdesk.core.parameters.tree import (
    Citation,
    Dated,
    Document,
    Leaf,
    ParameterSet,
    ParamValue,
)

if TYPE_CHECKING:  # pragma: no cover - types only (a start never imports pathlib for this)
    from pathlib import Path

FORMAT = "jxdesk-compiled-parameters/1"
COMPILED_FILE = "parameters.compiled.json"
PARAMETERS_DIR = "parameters"
COMMAND = "uv run python -m jxdesk.core.parameters.compiled"


# --------------------------------------------------------------------------- the sources


def read_sources(parameters: str | os.PathLike[str]) -> dict[str, bytes] | None:
    """Every `*.yaml` under the folder (what `load_tree` reads), by POSIX path relative to it,
    sorted; None if any cannot be read, is not a plain file, or a symbolic link is met."""
    found: dict[str, bytes] = {}
    try:
        _walk(os.fspath(parameters), "", found)
    except OSError:
        return None
    return dict(sorted(found.items()))


def _walk(folder: str, rel: str, out: dict[str, bytes]) -> None:
    with os.scandir(folder) as entries:
        for e in entries:
            if e.is_symlink():
                raise OSError(f"{e.path}: a symbolic link")  # load_tree would not follow it
            if os.path.normcase(e.name).endswith(".yaml"):
                with open(e.path, "rb") as f:  # a folder named *.yaml: IsADirectoryError
                    out[rel + e.name] = f.read()
            elif e.is_dir():
                _walk(e.path, f"{rel}{e.name}/", out)


def _stamp(data: bytes) -> dict[str, int]:
    return {"bytes": len(data), "crc32": zlib.crc32(data)}


#: the compiled file ends with this key and the CRC-32 of every byte before it
_CHECKSUM = b',\n "checksum": '


def _with_checksum(text: str) -> str:
    """`text` (JSON of an object, ending "\n}") with a last key: the CRC-32 of all before it."""
    body = text.removesuffix("\n}")
    crc = zlib.crc32(body.encode("utf-8"))
    return f"{body}{_CHECKSUM.decode()}{crc}\n}}\n"


def _intact(raw: bytes, data: dict[str, Any]) -> bool:
    """Whether the file's checksum (its last key) is the CRC-32 of all the bytes before it."""
    end = raw.rfind(_CHECKSUM)
    return end > 0 and data.get("checksum") == zlib.crc32(raw[:end])


# --------------------------------------------------------------------------- tree <-> JSON


def _day(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _value(v: ParamValue) -> str | dict[str, str] | None:
    if isinstance(v, dict):
        return {k: str(n) for k, n in v.items()}
    return None if v is None else str(v)


def _own(params: ParameterSet, c: Citation) -> bool:
    """Whether the citation's document is the set's own (as load_tree makes it)."""
    return params.documents.get(c.document.key) is c.document


def _citation(c: Citation) -> dict[str, Any]:
    return {
        "document": c.document.key,
        "article": c.article,
        "since": c.since.isoformat(),
        "note": c.note,
    }


def encode(params: ParameterSet) -> dict[str, Any]:
    """The tree as JSON data (documents and leaves, in the order load_tree made them)."""
    if params.packs or params.pack_info:
        raise ValueError("only the built-in parameters are compiled, never packs")
    documents = {
        key: {
            "number": d.number,
            "title": d.title,
            "issued": _day(d.issued),
            "effective": _day(d.effective),
            "cite_prefix": d.cite_prefix,
            "reliability": d.reliability,
            "note": d.note,
            "number_en": d.number_en,
            "title_en": d.title_en,
        }
        for key, d in params.documents.items()
    }
    leaves = {}
    for path, leaf in params.leaves.items():
        history = []
        for h in leaf.history:
            c = h.citation
            if h.pack is not None or (c is not None and not _own(params, c)):
                raise ValueError(f"{path}: not a built-in value")
            history.append(
                {
                    "since": h.since.isoformat(),
                    "value": _value(h.value),
                    "note": h.note,
                    "citation": None if c is None else _citation(c),
                }
            )
        leaves[path] = {
            "label": leaf.label,
            "unit": leaf.unit,
            "origin": leaf.origin.replace(os.sep, "/"),
            "history": history,
        }
    return {"documents": documents, "leaves": leaves}


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _figures(v: Any) -> ParamValue:
    if v is None:
        return None
    if isinstance(v, dict):
        return {str(k): Decimal(n) for k, n in v.items()}
    if not isinstance(v, str):
        raise TypeError(f"a figure is written as a string, got {v!r}")
    return Decimal(v)


def decode(tree: dict[str, Any]) -> ParameterSet:
    """The ParameterSet `encode` wrote (KeyError, TypeError, ValueError if it is not one)."""
    documents = {
        key: Document(
            key,
            d["number"],
            d["title"],
            _date(d["issued"]),
            _date(d["effective"]),
            d["cite_prefix"],
            d["reliability"],
            d["note"],
            d["number_en"],
            d["title_en"],
        )
        for key, d in tree["documents"].items()
    }
    leaves = {}
    for path, leaf in tree["leaves"].items():
        history = []
        for h in leaf["history"]:
            c = h["citation"]
            citation = None
            if c is not None:
                since = date.fromisoformat(c["since"])
                citation = Citation(documents[c["document"]], c["article"], since, c["note"])
            history.append(
                Dated(date.fromisoformat(h["since"]), _figures(h["value"]), citation, h["note"])
            )
        origin = leaf["origin"] if os.sep == "/" else leaf["origin"].replace("/", os.sep)
        leaves[path] = Leaf(path, leaf["label"], leaf["unit"], origin, history)
    return ParameterSet(leaves, documents)


# --------------------------------------------------------------------------- the file


def compiled_text(resources: Path) -> str:
    """The compiled file's contents for `resources` (reads and validates every YAML file:
    ParameterError naming the file if one is wrong)."""
    from jxdesk.core.parameters.yaml_files import load_tree

    parameters = resources / PARAMETERS_DIR
    params = load_tree(parameters)
    sources = read_sources(parameters)
    read = sorted(p.relative_to(parameters).as_posix() for p in parameters.rglob("*.yaml"))
    if sources is None or sorted(sources) != read or DOCUMENTS_FILE not in sources:
        raise ValueError(f"{parameters}: the YAML files cannot all be read as plain files")
    tree = encode(params)
    if decode(tree).leaves != params.leaves:  # pragma: no cover - a bug in encode/decode
        raise AssertionError("the compiled parameters do not read back as the YAML ones")
    data = {
        "format": FORMAT,
        "about": f"generated from resources/{PARAMETERS_DIR}/**.yaml by `{COMMAND}`: "
        "never edit it, edit the YAML and run the command (see docs/parameters.md)",
        "sources": {name: _stamp(raw) for name, raw in sources.items()},
        "tree": tree,
    }
    return _with_checksum(json.dumps(data, ensure_ascii=False, indent=1))


def load_compiled(resources: str | os.PathLike[str]) -> ParameterSet | None:
    """The compiled built-in parameters if the file is there, intact and made from exactly the
    YAML files now under `resources/parameters`; None otherwise (then read the YAML)."""
    try:
        with open(os.path.join(resources, COMPILED_FILE), "rb") as f:
            raw = f.read()
        data = json.loads(raw)
        if data["format"] != FORMAT or not _intact(raw, data):
            return None
        sources = read_sources(os.path.join(resources, PARAMETERS_DIR))
        if sources is None or len(sources) != len(data["sources"]):
            return None
        for name, raw in sources.items():
            if data["sources"].get(name) != _stamp(raw):
                return None
        return decode(data["tree"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ArithmeticError):
        return None  # missing, not JSON, not UTF-8, not this format: the YAML decides


def write_compiled(resources: Path) -> bool:
    """(Re)write the compiled file; whether it changed."""
    target = resources / COMPILED_FILE
    text = compiled_text(resources)
    try:
        if target.read_text("utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    target.write_text(text, "utf-8")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m jxdesk.core.parameters.compiled [--check] [RESOURCES]`."""
    import argparse
    from pathlib import Path

    from jxdesk.core.manifest import MANIFEST_FILE, manifest_text, write_manifest
    from jxdesk.core.parameters.common import ParameterError
    from jxdesk.core.resources import resources_dir

    parser = argparse.ArgumentParser(
        prog="python -m jxdesk.core.parameters.compiled",
        description=f"Regenerate resources/{COMPILED_FILE} from resources/{PARAMETERS_DIR}.",
    )
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    parser.add_argument("resources", nargs="?", type=Path, help="default: the app's resources")
    args = parser.parse_args(argv)
    resources: Path = args.resources or resources_dir()
    try:
        if args.check:
            target = resources / COMPILED_FILE
            current = target.is_file() and target.read_bytes() == compiled_text(resources).encode()
            print(f"{target}: {'current' if current else 'STALE: run ' + COMMAND}")
            listed = resources / MANIFEST_FILE
            fresh = manifest_text(str(resources)).encode()
            whole = listed.is_file() and listed.read_bytes() == fresh
            print(f"{listed}: {'current' if whole else 'STALE: run ' + COMMAND}")
            return 0 if current and whole else 1
        changed = write_compiled(resources)
        # the manifest fingerprints the compiled file too: always after it
        listed_changed = write_manifest(str(resources))
    except (ParameterError, ValueError, OSError) as exc:
        print(f"cannot compile the parameters: {exc}", file=sys.stderr)
        return 2
    print(f"{resources / COMPILED_FILE}: {'written' if changed else 'already current'}")
    print(f"{resources / MANIFEST_FILE}: {'written' if listed_changed else 'already current'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
