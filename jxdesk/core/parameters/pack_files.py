"""Reading and checking one parameter pack: its manifest, checksums and parameter files.

The format and the rules are in docs/parameter-packs.md; jxdesk.core.parameters.packs lays
valid packs over the built-in parameters. Importing this module is cheap: pathlib, zipfile,
hashlib, PyYAML, pydantic and the signature check are imported only when a pack is read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from jxdesk.core.parameters.common import DOCUMENTS_FILE, ParameterError
from jxdesk.core.parameters.common import MAX_FILE_BYTES as MAX_YAML_BYTES
from jxdesk.core.parameters.loader import load_parameters
from jxdesk.core.parameters.pack_format import (
    ATTACHMENTS_DIR,
    FORMAT,
    MANIFEST,
    PARAMETERS_DIR,
    SIGNATURE,
    PackRefused,
    bad_member,
    sha256,
)
from jxdesk.core.parameters.pack_overlay import Checked
from jxdesk.core.parameters.tree import Document, Leaf, PackInfo, ParameterSet, fixed_year

if TYPE_CHECKING:  # pragma: no cover - types only
    from datetime import date
    from pathlib import Path

    from jxdesk.core.parameters.pack_manifest import Manifest
    from jxdesk.core.parameters.pack_source import PackSource
    from jxdesk.core.parameters.signing import TrustedKey

__all__ = [
    "ATTACHMENTS_DIR",
    "FORMAT",
    "MANIFEST",
    "PARAMETERS_DIR",
    "SIGNATURE",
    "Checked",
    "PackRefused",
    "bad_member",
    "check_files",
    "check_pack",
    "fixed_year",
    "read_pack_files",
    "run_checks",
    "sha256",
]


# --------------------------------------------------------------------------- reading a pack


def _no_twins(names: Sequence[str]) -> None:
    """Two entries with one name (a zip may hold both; tools disagree on which is read), or
    names that differ only in case (one file on Windows and macOS), or a second manifest."""
    from pathlib import PurePosixPath

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


def read_pack_files(path: Path) -> PackSource:
    """The files of a pack (folder or .zip), by POSIX relative path, listed now and each read
    when first looked up (pack_source: sizes capped before anything is read or inflated).
    Raises PackRefused. Close it when done (it may hold the zip file open)."""
    import zipfile

    from jxdesk.core.parameters.pack_source import FolderSource, ZipSource

    try:
        if path.is_dir():
            folder = FolderSource(path)
            _no_twins(list(folder))
            return folder
        if path.is_file() and path.suffix.lower() == ".zip":
            z = ZipSource(path)
            try:
                _no_twins(z.names)
            except PackRefused:
                z.close()
                raise
            return z
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise PackRefused(f"not a readable zip file: {exc}") from exc
    except OSError as exc:
        raise PackRefused(f"cannot read: {exc.strerror or exc}") from exc
    if path.is_file() and path.suffix.lower() in (".yaml", ".yml"):
        raise PackRefused(
            f"a single YAML file is not a pack: a pack is a folder (or .zip) with {MANIFEST}"
        )
    raise PackRefused(f"not a pack: a pack is a folder (or .zip) with {MANIFEST}")


def _declared(files: Mapping[str, bytes], name: str) -> int | None:
    """The size a listing declares for `name` (before reading it), if the source knows it."""
    sizes = getattr(files, "sizes", None)
    return sizes.get(name) if isinstance(sizes, dict) else None


def _check_files(
    files: Mapping[str, bytes],
    keys: Mapping[str, TrustedKey] | None,
    today: date,
    floors: Mapping[str, int],
) -> tuple[Manifest, bytes, TrustedKey]:
    from jxdesk.core.parameters.pack_manifest import parse_manifest
    from jxdesk.core.parameters.signing import MAX_SIGNATURE_BYTES, trusted_keys, verify
    from jxdesk.core.parameters.yaml_files import read_yaml

    if MANIFEST not in files:
        raise PackRefused(f"{MANIFEST}: missing (this is not a parameter pack)")
    # Sizes first, from the listing: nothing large is read (or inflated) before the signature.
    if (_declared(files, MANIFEST) or 0) > MAX_YAML_BYTES:
        raise PackRefused(f"{MANIFEST}: too large for a manifest")
    if (_declared(files, SIGNATURE) or 0) > MAX_SIGNATURE_BYTES:
        raise PackRefused(f"{SIGNATURE}: not a pack signature (too large)")
    raw = files[MANIFEST]
    if len(raw) > MAX_YAML_BYTES:
        raise PackRefused(f"{MANIFEST}: too large for a manifest")
    # The signature first: nothing of an unsigned or forged pack is even parsed.
    signer = verify(raw, files.get(SIGNATURE), trusted_keys() if keys is None else keys)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackRefused(f"{MANIFEST}: not UTF-8 text") from exc
    manifest = parse_manifest(read_yaml(text, MANIFEST), today)
    floor = floors.get(manifest.name)
    if floor is not None and manifest.version < floor:
        raise PackRefused(
            f"{MANIFEST}: version {manifest.version} of '{manifest.name}' is older than "
            f"version {floor}, the lowest this release accepts (an older pack put back in "
            "place of a newer one?): install the issuing office's current version"
        )

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


def _text(files: Mapping[str, bytes], name: str) -> str:
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


def check_files(
    files: Mapping[str, bytes],
    location: str,
    base: ParameterSet,
    keys: Mapping[str, TrustedKey] | None = None,
    *,
    today: date,
    floors: Mapping[str, int] | None = None,
) -> Checked:
    """Check one pack's files: signature, manifest, checksums, then every figure.

    `keys` are the trusted public keys (by default `signing.trusted_keys()`); `today` is the
    day the caller's clock says (the core never reads it); `floors` the lowest version
    accepted per pack name (by default resources/pack-versions.yaml). The pack's own
    known-answer cases are read here and run once it is laid over (`run_checks`)."""
    from pathlib import PurePosixPath

    from jxdesk.core.parameters.pack_checks import read_checks
    from jxdesk.core.parameters.pack_versions import minimum_versions
    from jxdesk.core.parameters.yaml_files import parse_documents, parse_node, read_yaml

    if floors is None:
        floors = minimum_versions()
    manifest, raw, signer = _check_files(files, keys, today, floors)
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
    checks = read_checks(files, sorted(manifest.files), manifest.years)
    return Checked(info, leaves, documents, checks)


def run_checks(checked: Checked, params: ParameterSet) -> None:
    """PackRefused if the pack's own known-answer cases do not hold with `params` (the
    parameters in force with the pack laid over)."""
    from jxdesk.core.parameters.pack_checks import failed_check

    problem = failed_check(checked.checks, params) if checked.checks else None
    if problem:
        raise PackRefused(problem)


def check_pack(
    path: Path | str,
    base: ParameterSet | None = None,
    keys: Mapping[str, TrustedKey] | None = None,
    *,
    today: date,
) -> PackInfo:
    """Validate one pack against the built-in parameters on `today` (the caller's clock),
    its own known-answer cases included; its info, or PackRefused."""
    from pathlib import Path

    from jxdesk.core.parameters.pack_overlay import lay_over

    path = Path(path)
    base = base or load_parameters()
    try:
        files = read_pack_files(path)
        try:
            checked = check_files(files, str(path), base, keys, today=today)
            run_checks(checked, lay_over(base, [checked]))
        finally:
            files.close()
        return checked.info
    except PackRefused as exc:
        raise PackRefused(f"{path}: {exc}") from None
    except ParameterError as exc:  # bad YAML, schema errors: the message names the file
        raise PackRefused(f"{path}: {exc}") from None
