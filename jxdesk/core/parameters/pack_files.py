"""Reading and checking one parameter pack: its manifest, checksums and parameter files.

The format and the rules are in docs/parameter-packs.md; jxdesk.core.parameters.packs lays
valid packs over the built-in parameters.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from jxdesk.core.parameters.loader import (
    DOCUMENTS_FILE,
    ParameterError,
    load_parameters,
    parse_documents,
    parse_node,
    read_yaml,
)
from jxdesk.core.parameters.loader import MAX_FILE_BYTES as MAX_YAML_BYTES
from jxdesk.core.parameters.tree import Document, Leaf, PackInfo, ParameterSet

if TYPE_CHECKING:  # pragma: no cover - types only
    from jxdesk.core.parameters.signing import TrustedKey

FORMAT = "jxdesk-parameter-pack/1"
MANIFEST = "pack.yaml"
SIGNATURE = "pack.sig"  # (jxdesk.core.parameters.signing, imported only to check a pack)
PARAMETERS_DIR = "parameters"
ATTACHMENTS_DIR = "attachments"

MAX_FILE_BYTES = 8 * 1024 * 1024  # an attachment (a scanned notice); YAML: MAX_YAML_BYTES
MAX_PACK_BYTES = 32 * 1024 * 1024
MAX_FILES = 500
FIRST_YEAR, LAST_YEAR = 2025, 2100
#: a pack may cover the current year and at most this many years after it
YEARS_AHEAD = 2

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class PackRefused(ParameterError):
    """A pack that cannot be trusted. The message names the pack, the file and the problem."""


# --------------------------------------------------------------------------- the manifest


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["jxdesk-parameter-pack/1"]
    #: a short stable identifier: lower-case letters, digits, '.', '_' and '-'
    name: str
    #: what the 规则版本 page and printouts show, e.g. 2026年度城乡居民医保个人缴费标准
    title: str
    #: a newer version of a pack with the same name supersedes the older one
    version: int
    issued_by: str
    issued: date
    #: the calendar years the pack's figures apply to
    years: list[int]
    #: where the figures come from: the notice's number, title, date or address
    source: str
    note: str | None = None
    #: every other file of the pack (POSIX relative path) with its SHA-256 in hex
    files: dict[str, str]

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not _NAME.match(v):
            raise ValueError(
                "use 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter "
                "or digit"
            )
        return v

    @field_validator("title", "issued_by", "source")
    @classmethod
    def _text(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be empty")
        return v

    @field_validator("version")
    @classmethod
    def _version(cls, v: int) -> int:
        if v < 1:
            raise ValueError("must be 1 or more")
        return v

    @field_validator("years")
    @classmethod
    def _years(cls, v: list[int]) -> list[int]:
        if not v:
            raise ValueError("list at least one year")
        if len(set(v)) != len(v):
            raise ValueError("a year is listed twice")
        for y in v:
            if not FIRST_YEAR <= y <= LAST_YEAR:
                raise ValueError(f"{y} is not a year from {FIRST_YEAR} to {LAST_YEAR}")
        ahead = today().year + YEARS_AHEAD
        for y in v:
            if y > ahead:
                raise ValueError(
                    f"{y} is more than {YEARS_AHEAD} years ahead (a pack covers at most "
                    f"{ahead} today): figures so far ahead are not issued yet"
                )
        return sorted(v)

    @field_validator("issued")
    @classmethod
    def _issued(cls, v: date) -> date:
        if v > today():
            raise ValueError(f"{v.isoformat()} lies in the future: a pack is issued before use")
        return v

    @field_validator("files")
    @classmethod
    def _files(cls, v: dict[str, str]) -> dict[str, str]:
        for name, digest in v.items():
            problem = bad_member(name)
            if problem:
                raise ValueError(f"{name}: {problem}")
            if not _SHA256.match(digest):
                raise ValueError(f"{name}: the checksum must be 64 lower-case hex digits (SHA-256)")
        if not any(n.startswith(PARAMETERS_DIR + "/") for n in v):
            raise ValueError(f"list at least one file under {PARAMETERS_DIR}/")
        return v


def today() -> date:
    """Today's date (a function, so that tests can move the clock)."""
    return date.today()


def bad_member(name: str) -> str | None:
    """Why a path may not be a pack file, or None."""
    p = PurePosixPath(name)
    if "\\" in name or p.is_absolute() or ".." in p.parts or name != str(p):
        return "not a plain relative path"
    if name == MANIFEST:
        return "the manifest does not list itself"
    if name == SIGNATURE:
        return "the manifest does not list the signature (the signature covers the manifest)"
    if p.name.lower() in (MANIFEST, SIGNATURE):
        return f"a pack has one {p.name.lower()}, at its top"
    if name == DOCUMENTS_FILE:
        return None
    if p.parts[0] == PARAMETERS_DIR and len(p.parts) > 1 and p.suffix == ".yaml":
        return None
    if p.parts[0] == ATTACHMENTS_DIR and len(p.parts) > 1:
        return None
    return (
        f"a pack holds only {DOCUMENTS_FILE}, {PARAMETERS_DIR}/**/*.yaml and {ATTACHMENTS_DIR}/**"
    )


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err["loc"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- reading a pack


def _read_folder(folder: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    total = 0
    for f in sorted(folder.rglob("*")):
        if f.is_dir():
            continue
        rel = f.relative_to(folder).as_posix()
        if f.is_symlink() or not f.is_file():
            raise PackRefused(f"{rel}: not a regular file")
        size = f.stat().st_size
        total += size
        if size > MAX_FILE_BYTES or total > MAX_PACK_BYTES or len(files) >= MAX_FILES:
            raise PackRefused(f"{rel}: the pack is too large for a parameter pack")
        files[rel] = f.read_bytes()
    _no_twins(list(files))
    return files


def _no_twins(names: Sequence[str]) -> None:
    """Two entries with one name (a zip may hold both; tools disagree on which is read), or
    names that differ only in case (one file on Windows and macOS), or a second manifest."""
    seen: dict[str, str] = {}
    for n in names:
        key = n.casefold()
        if key in seen:
            raise PackRefused(
                f"{n}: two entries named so"
                + (f" (and {seen[key]})" if seen[key] != n else "")
                + ": a pack holds each file once"
            )
        seen[key] = n
    for n in names:
        base = PurePosixPath(n).name.casefold()
        if base in (MANIFEST, SIGNATURE) and n not in (MANIFEST, SIGNATURE):
            raise PackRefused(f"{n}: a second {base}: a pack has one {base}, at its top")


def _read_zip(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as z:
            infos = [i for i in z.infolist() if not i.is_dir()]
            if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_PACK_BYTES:
                raise PackRefused("the pack is too large for a parameter pack")
            names = [i.filename for i in infos]
            # A zip of the folder itself (NAME/pack.yaml, ...) is accepted as well.
            prefix = ""
            if MANIFEST not in names:
                tops = {n.split("/", 1)[0] for n in names}
                if len(tops) == 1 and f"{next(iter(tops))}/{MANIFEST}" in names:
                    prefix = next(iter(tops)) + "/"
            _no_twins([n.removeprefix(prefix) for n in names])
            files: dict[str, bytes] = {}
            for info in infos:
                if info.file_size > MAX_FILE_BYTES:
                    raise PackRefused(f"{info.filename}: too large for a parameter pack")
                files[info.filename.removeprefix(prefix)] = z.read(info)
            return files
    except PackRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise PackRefused(f"not a readable zip file: {exc}") from exc
    except RuntimeError as exc:  # encrypted members
        raise PackRefused(f"cannot read the zip file: {exc}") from exc


def read_pack_files(path: Path) -> dict[str, bytes]:
    """Every file of a pack (folder or .zip), by POSIX relative path. Raises PackRefused."""
    try:
        if path.is_dir():
            return _read_folder(path)
        if path.is_file() and path.suffix.lower() == ".zip":
            return _read_zip(path)
    except OSError as exc:
        raise PackRefused(f"cannot read: {exc}") from exc
    if path.is_file() and path.suffix.lower() in (".yaml", ".yml"):
        raise PackRefused(
            f"a single YAML file is not a pack: a pack is a folder (or .zip) with {MANIFEST}"
        )
    raise PackRefused(f"not a pack: a pack is a folder (or .zip) with {MANIFEST}")


@dataclass(frozen=True)
class Checked:
    """A pack that passed every check on its own, ready to lay over the parameters."""

    info: PackInfo
    leaves: dict[str, Leaf]
    documents: dict[str, Document]


def _check_files(
    files: dict[str, bytes], keys: Mapping[str, TrustedKey] | None
) -> tuple[Manifest, bytes, TrustedKey]:
    from jxdesk.core.parameters.signing import trusted_keys, verify

    if MANIFEST not in files:
        raise PackRefused(f"{MANIFEST}: missing (this is not a parameter pack)")
    raw = files[MANIFEST]
    if len(raw) > MAX_YAML_BYTES:
        raise PackRefused(f"{MANIFEST}: too large for a manifest")
    # The signature first: nothing of an unsigned or forged pack is even parsed.
    signer = verify(raw, files.get(SIGNATURE), trusted_keys() if keys is None else keys)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackRefused(f"{MANIFEST}: not UTF-8 text") from exc
    data = read_yaml(text, MANIFEST)
    if not isinstance(data, dict):
        raise PackRefused(f"{MANIFEST}: expected a mapping (format, name, title, ...)")
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        raise PackRefused(f"{MANIFEST}: {_describe(exc)}") from exc

    missing = sorted(set(manifest.files) - set(files))
    if missing:
        raise PackRefused(
            f"{missing[0]}: listed in {MANIFEST} but missing (a partial copy?)"
            + (f"; {len(missing) - 1} more missing" if len(missing) > 1 else "")
        )
    extra = sorted(set(files) - set(manifest.files) - {MANIFEST, SIGNATURE})
    if extra:
        raise PackRefused(
            f"{extra[0]}: not listed in {MANIFEST} (a pack holds exactly the files it lists)"
        )
    for name, want in sorted(manifest.files.items()):
        got = sha256(files[name])
        if got != want:
            raise PackRefused(
                f"{name}: checksum mismatch (the manifest says {want[:12]}…, the file is "
                f"{got[:12]}…): the file was changed or damaged after the pack was made"
            )
    return manifest, raw, signer


def _text(files: dict[str, bytes], name: str) -> str:
    if len(files[name]) > MAX_YAML_BYTES:
        raise PackRefused(f"{name}: too large for a parameter file")
    try:
        return files[name].decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackRefused(f"{name}: not UTF-8 text") from exc


def _kind(value: Any) -> str:
    return "table" if isinstance(value, dict) else "figure"


def _check_against_base(leaf: Leaf, base: ParameterSet, years: Sequence[int], origin: str) -> None:
    path = leaf.path
    if path not in base.leaves:
        raise PackRefused(
            f"{origin}: {path}: unknown parameter (a pack may only set parameters that the "
            "built-in parameters have)"
        )
    built = base.leaves[path]
    if leaf.unit != built.unit:
        raise PackRefused(
            f"{origin}: {path}: unit '{leaf.unit}' differs from the built-in unit '{built.unit}'"
        )
    known = [d.value for d in built.history if d.value is not None]
    for d in leaf.history:
        day = d.since.isoformat()
        if d.since.year not in years:
            raise PackRefused(
                f"{origin}: {path}: {day} lies outside the years the pack covers "
                f"({', '.join(map(str, years))})"
            )
        if d.value is None:
            raise PackRefused(
                f"{origin}: {path}: {day}: null: a pack sets figures (what is not yet known "
                "is said by the built-in parameters)"
            )
        if not known:
            continue
        want = known[-1]
        if _kind(d.value) != _kind(want):
            raise PackRefused(
                f"{origin}: {path}: {day}: a {_kind(d.value)} where the built-in parameter "
                f"is a {_kind(want)}"
            )
        if isinstance(d.value, dict) and isinstance(want, dict) and set(d.value) != set(want):
            raise PackRefused(
                f"{origin}: {path}: {day}: table keys {sorted(d.value)} differ from the "
                f"built-in keys {sorted(want)}"
            )


def fixed_year(base: ParameterSet) -> int:
    """The last year the release itself dates figures for (2025): its built-in figures are in
    force then, and the self-test's known answers are computed with them, so no pack may set
    a value dated in or before it (a correction to a year in force needs a new release)."""
    return max(
        d.since.year for leaf in base for d in leaf.history if d.value is not None and not d.pack
    )


def check_files(
    files: dict[str, bytes],
    location: str,
    base: ParameterSet,
    keys: Mapping[str, TrustedKey] | None = None,
) -> Checked:
    """Check one pack's files: signature, manifest, checksums, then every figure.

    `keys` are the trusted public keys (by default `signing.trusted_keys()`)."""
    manifest, raw, signer = _check_files(files, keys)
    fixed = fixed_year(base)
    if manifest.years[0] <= fixed:
        raise PackRefused(
            f"{MANIFEST}: years: {manifest.years[0]} is already in force in the built-in "
            f"figures of this release (up to {fixed}); a pack may not rewrite it"
        )

    documents: dict[str, Document] = {}
    if DOCUMENTS_FILE in files:
        documents = parse_documents(
            read_yaml(_text(files, DOCUMENTS_FILE), DOCUMENTS_FILE), DOCUMENTS_FILE
        )
        for key in documents:
            if key in base.documents:
                raise PackRefused(
                    f"{DOCUMENTS_FILE}: document '{key}' is already a built-in document "
                    "(a pack adds documents under new keys; it cites built-in ones as they are)"
                )
    citable = {**base.documents, **documents}

    leaves: dict[str, Leaf] = {}
    for name in sorted(manifest.files):
        p = PurePosixPath(name)
        if p.parts[0] != PARAMETERS_DIR:
            continue
        prefix = ".".join(p.relative_to(PARAMETERS_DIR).with_suffix("").parts)
        found: dict[str, Leaf] = {}
        parse_node(read_yaml(_text(files, name), name), prefix, name, citable, found)
        for path, leaf in found.items():
            if path in leaves:
                raise PackRefused(f"{name}: {path}: defined twice in the pack")
            _check_against_base(leaf, base, manifest.years, name)
            leaves[path] = leaf
    if not leaves:
        raise PackRefused(f"{PARAMETERS_DIR}/: the pack sets no parameter")

    info = PackInfo(
        name=manifest.name,
        title=manifest.title,
        version=manifest.version,
        issued_by=manifest.issued_by,
        issued=manifest.issued,
        years=tuple(manifest.years),
        source=manifest.source,
        note=manifest.note,
        fingerprint=sha256(raw)[:16],
        location=location,
        documents=tuple(documents.values()),
        parameters=tuple(sorted(leaves)),
        signer=signer.label,
    )
    return Checked(info, leaves, documents)


def check_pack(
    path: Path | str,
    base: ParameterSet | None = None,
    keys: Mapping[str, TrustedKey] | None = None,
) -> PackInfo:
    """Validate one pack against the built-in parameters; its info, or PackRefused."""
    path = Path(path)
    try:
        files = read_pack_files(path)
        return check_files(files, str(path), base or load_parameters(), keys).info
    except PackRefused as exc:
        raise PackRefused(f"{path}: {exc}") from None
    except ParameterError as exc:  # bad YAML, schema errors: the message names the file
        raise PackRefused(f"{path}: {exc}") from None
