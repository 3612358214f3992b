"""Parameter packs: dated, cited figures an administrator adds without a new release.

A pack is a folder (or a .zip of one) holding::

    pack.yaml                      the manifest: name, version, issuer, years, every file's SHA-256
    pack.sig                       the issuing office's Ed25519 signature over pack.yaml
    documents.yaml                 optional: documents the pack's figures cite (new keys only)
    parameters/<topic>/<file>.yaml the figures, in exactly the format of resources/parameters
    attachments/...                optional: e.g. the scanned notice; checksummed, never parsed

Packs are read from the `packs` folder of the configuration folders (see `pack_dirs`),
machine-wide first (a per-user pack never overrides one); reading never writes anything. A pack
that is unsigned, signed by a key the release does not trust, malformed, partial or changed
after its manifest was made is refused as a whole with a message naming the file and the
problem, and the built-in parameters (and the other packs) stay in force. A valid pack takes
effect for the years its manifest covers, and only for the parameters it sets; it may only set
parameters that the built-in tree already has (same unit, same table keys). The rules are in
docs/parameter-packs.md.

    jxdesk packs make DIR --key PRIVATE.pem   # checksums into DIR/pack.yaml, sign, check
    jxdesk packs sign PACK --key PRIVATE.pem  # sign (again) a folder or .zip
    jxdesk packs check PACK                   # validate one pack (folder or .zip)
    jxdesk packs list                         # the packs found and whether they load
    jxdesk packs keygen NAME [--out DIR]      # the issuing office's key pair
(the tool is jxdesk.core.parameters.pack_tool)

With no pack installed, `load_effective_parameters` only lists the pack folders and returns the
compiled built-in parameters: zipfile, hashlib, PyYAML, pydantic and cryptography are imported
only once there is a pack to read (tests/core/test_compiled_parameters.py holds it so).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Literal

from jxdesk.core.parameters.common import ParameterError
from jxdesk.core.parameters.loader import load_parameters
from jxdesk.core.parameters.pack_format import (
    FORMAT,
    MANIFEST,
    SIGNATURE,
    PackRefused,
    bad_member,
    sha256,
)
from jxdesk.core.parameters.pack_overlay import lay_over, runs
from jxdesk.core.parameters.tree import PackInfo, ParameterSet

if TYPE_CHECKING:  # pragma: no cover - types only (a start with no pack imports neither)
    from pathlib import Path

    from jxdesk.core.parameters.pack_files import Checked
    from jxdesk.core.parameters.signing import TrustedKey

__all__ = [
    "CONFIG_ENV",
    "FORMAT",
    "MANIFEST",
    "PackInfo",
    "PackRefused",
    "PackStatus",
    "check_pack",
    "config_dirs",
    "find_packs",
    "install_pack",
    "load_effective_parameters",
    "make_manifest",
    "pack_dirs",
]

CONFIG_ENV = "JXDESK_CONFIG_DIR"
APP_DIR = "jxdesk"
PACKS_DIR = "packs"


# --------------------------------------------------------------------------- laying packs over


# --------------------------------------------------------------------------- where packs live


def _config_dirs(user: bool) -> list[str]:
    """`config_dirs` as strings, with os.path alone (no pathlib for a start with no pack)."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return [env]
    home = os.path.expanduser("~")
    system: list[str]
    if sys.platform == "win32":
        system = [os.path.join(os.environ.get("PROGRAMDATA", r"C:\ProgramData"), APP_DIR)]
        roaming = os.environ.get("APPDATA", os.path.join(home, "AppData", "Roaming"))
        personal = os.path.join(roaming, APP_DIR)
    elif sys.platform == "darwin":
        system = [os.path.join("/Library/Application Support", APP_DIR)]
        personal = os.path.join(home, "Library", "Application Support", APP_DIR)
    else:
        dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
        system = [os.path.join(d, APP_DIR) for d in reversed(dirs.split(os.pathsep)) if d]
        xdg_home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
        personal = os.path.join(xdg_home, APP_DIR)
    return [*system, personal] if user else system


def config_dirs(*, user: bool = True) -> list[Path]:
    """The configuration folders, machine-wide first. $JXDESK_CONFIG_DIR replaces them all.

    Linux: $XDG_CONFIG_DIRS/jxdesk (default /etc/xdg/jxdesk), then $XDG_CONFIG_HOME/jxdesk
    (default ~/.config/jxdesk). Windows: %PROGRAMDATA%\\jxdesk, then %APPDATA%\\jxdesk.
    macOS: /Library/Application Support/jxdesk, then ~/Library/Application Support/jxdesk.
    `user=False` leaves out the per-user folder (a kiosk honours only what an administrator
    placed machine-wide).
    """
    from pathlib import Path

    return [Path(d) for d in _config_dirs(user)]


def pack_dirs(config_dir: Path | str | None = None, *, user: bool = True) -> list[Path]:
    """The folders packs are read from: `<config folder>/packs` for each configuration folder."""
    from pathlib import Path

    roots = [Path(config_dir)] if config_dir is not None else config_dirs(user=user)
    return [r / PACKS_DIR for r in roots]


def _is_candidate(name: str, is_dir: bool) -> bool:
    """What `find_packs` considers: not hidden; a folder, a .zip, or (to refuse it) YAML."""
    if name.startswith("."):
        return False
    return is_dir or os.path.splitext(name)[1].lower() in (".zip", ".yaml", ".yml")


def find_packs(dirs: Iterable[Path]) -> list[Path]:
    """Candidate packs: sub-folders, .zip files and (to refuse them clearly) stray YAML files."""
    found: list[Path] = []
    for d in dirs:
        try:
            entries = sorted(d.iterdir())
        except OSError:  # absent or unreadable: nothing installed there
            continue
        found.extend(e for e in entries if _is_candidate(e.name, e.is_dir()))
    return found


def _any_pack(dirs: Iterable[str]) -> bool:
    """Whether `find_packs` would find anything in these folders (os.scandir: no pathlib)."""
    for d in dirs:
        try:
            with os.scandir(d) as entries:
                if any(_is_candidate(e.name, e.is_dir()) for e in entries):
                    return True
        except OSError:  # absent or unreadable: nothing installed there
            continue
    return False


# --------------------------------------------------------------------------- the effective set


class PackStatus:
    """What became of one pack: loaded, refused (with the reason) or superseded."""

    __slots__ = ("info", "location", "reason", "state")

    def __init__(
        self,
        location: str,
        state: Literal["loaded", "refused", "superseded"],
        reason: str | None = None,
        info: PackInfo | None = None,
    ) -> None:
        self.location, self.state, self.reason, self.info = location, state, reason, info

    def _key(self) -> tuple[str, str, str | None, PackInfo | None]:
        return (self.location, self.state, self.reason, self.info)

    def __eq__(self, other: object) -> bool:
        return self._key() == other._key() if isinstance(other, PackStatus) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"PackStatus({self.location!r}, {self.state!r}, {self.reason!r}, {self.info!r})"

    @property
    def loaded(self) -> bool:
        return self.state == "loaded"

    def line(self) -> str:
        """One line (a folder's name may hold a newline or ESC: written as escapes)."""
        from jxdesk.core.problems import printable

        where = printable(self.location)
        who = f"{self.info.name} v{self.info.version}" if self.info else where
        if self.state == "loaded":
            signed = f"; signed by {self.info.signer}" if self.info and self.info.signer else ""
            return f"{who}: loaded ({where}{signed})"
        return printable(f"{who}: {self.state}: {self.reason}")


def _pack_years(c: Checked) -> dict[str, set[int]]:
    """For each parameter the pack sets, the covered years in which its values apply."""
    out: dict[str, set[int]] = {}
    for path, leaf in c.leaves.items():
        starts = [d.since.year for d in leaf.history]
        out[path] = {
            y
            for a, b in runs(c.info.years)
            for y in range(a, b + 1)
            if any(a <= s <= y for s in starts)
        }
    return out


def _check_all(
    paths: Sequence[Path],
    base: ParameterSet,
    statuses: dict[str, PackStatus],
    today: date,
    floors: Mapping[str, int],
) -> list[Checked]:
    from jxdesk.core.parameters.pack_files import check_files, read_pack_files

    good: list[Checked] = []
    for p in paths:
        try:
            files = read_pack_files(p)
            try:
                good.append(check_files(files, str(p), base, today=today, floors=floors))
            finally:
                files.close()
        except ParameterError as exc:
            statuses[str(p)] = PackStatus(str(p), "refused", str(exc))
    return good


def _own_answers_hold(
    base: ParameterSet, applied: list[Checked], statuses: dict[str, PackStatus]
) -> list[Checked]:
    """The applied packs whose own known-answer cases hold with everything in force; a pack
    whose case fails is refused (naming the case) and the rest are laid over again."""
    from jxdesk.core.parameters.pack_files import run_checks

    kept = list(applied)
    while True:
        params = lay_over(base, kept)
        for c in kept:
            try:
                run_checks(c, params)
            except PackRefused as exc:
                statuses[c.info.location] = PackStatus(c.info.location, "refused", str(exc), c.info)
                kept.remove(c)
                break
        else:
            return kept


def _newest(good: list[Checked], statuses: dict[str, PackStatus]) -> list[Checked]:
    """Of the packs with one name, the highest version is in force; the same pack found twice
    loads once; the same name and version with other contents is refused."""
    good.sort(key=lambda c: (c.info.name, -c.info.version, c.info.location))
    chosen: list[Checked] = []
    for c in good:
        prior = next((k for k in chosen if k.info.name == c.info.name), None)
        if prior is None:
            chosen.append(c)
        elif prior.info.version == c.info.version and prior.info.fingerprint != c.info.fingerprint:
            statuses[c.info.location] = PackStatus(
                c.info.location,
                "refused",
                f"same name and version as {prior.info.location} but different contents",
                c.info,
            )
        else:
            same = prior.info.version == c.info.version
            statuses[c.info.location] = PackStatus(
                c.info.location,
                "superseded",
                (
                    f"the same pack is in force from {prior.info.location}"
                    if same
                    else f"version {prior.info.version} ({prior.info.location}) is in force"
                ),
                c.info,
            )
    return chosen


def _not_overriding(
    personal: list[Checked], machine: list[Checked], statuses: dict[str, PackStatus]
) -> list[Checked]:
    """Per-user packs whose name is not also installed machine-wide (in any version)."""
    official = {c.info.name: c for c in machine}
    kept = []
    for c in personal:
        admin = official.get(c.info.name)
        if admin is None:
            kept.append(c)
            continue
        same = admin.info.fingerprint == c.info.fingerprint
        statuses[c.info.location] = PackStatus(
            c.info.location,
            "superseded" if same else "refused",
            (
                f"the same pack is in force from {admin.info.location}"
                if same
                else f"pack '{c.info.name}' is installed machine-wide ({admin.info.location}): "
                "a per-user pack never replaces it"
            ),
            c.info,
        )
    return kept


def effective_parameters(
    paths: Iterable[Path],
    base: ParameterSet | None = None,
    *,
    user_paths: Iterable[Path] = (),
    today: date,
    floors: Mapping[str, int] | None = None,
) -> tuple[ParameterSet, list[PackStatus]]:
    """The built-in parameters with every valid pack among `paths` laid over them.

    `paths` are the machine-wide packs (what an administrator installed); `user_paths` the
    per-user ones, which never override them: a per-user pack with the name of a machine-wide
    pack is not used, and one that sets a parameter for a year a machine-wide pack sets is
    refused, whatever the names and versions. `today` is the caller's date (expiry, issue
    dates); `floors` the lowest version accepted per name (default: the release's
    resources/pack-versions.yaml). A pack whose own known-answer cases fail once everything
    is laid over is refused."""
    from jxdesk.core.parameters.pack_versions import minimum_versions

    base = base or load_parameters()
    floors = minimum_versions() if floors is None else floors
    machine_paths, personal_paths = list(paths), list(user_paths)
    statuses: dict[str, PackStatus] = {}
    machine_good = _check_all(machine_paths, base, statuses, today, floors)
    machine = _newest(list(machine_good), statuses)
    personal = _newest(_check_all(personal_paths, base, statuses, today, floors), statuses)
    personal = _not_overriding(personal, machine_good, statuses)

    # Different packs may not set the same parameter for the same year: the later one is
    # refused (machine-wide before per-user; within each, by first year, then name), so what
    # is in force never depends on file order and never on the user's folder.
    machine.sort(key=lambda c: (c.info.years[0], c.info.name))
    personal.sort(key=lambda c: (c.info.years[0], c.info.name))
    applied: list[Checked] = []
    claimed: dict[tuple[str, int], str] = {}
    for c in machine + personal:
        clash = None
        mine = _pack_years(c)
        for path, years in sorted(mine.items()):
            for y in sorted(years):
                if (path, y) in claimed:
                    clash = (path, y, claimed[(path, y)])
                    break
            if clash:
                break
        if clash:
            statuses[c.info.location] = PackStatus(
                c.info.location,
                "refused",
                f"{clash[0]}: {clash[1]} is already set by pack '{clash[2]}'",
                c.info,
            )
            continue
        for path, years in mine.items():
            for y in years:
                claimed[(path, y)] = c.info.name
        applied.append(c)
    applied = _own_answers_hold(base, applied, statuses)
    for c in applied:
        statuses[c.info.location] = PackStatus(c.info.location, "loaded", None, c.info)

    everything = machine_paths + personal_paths
    ordered = [statuses[str(p)] for p in everything if str(p) in statuses]
    if not applied:
        return base, ordered
    return lay_over(base, applied), ordered


def _scoped(config_dir: Path | str | None, user: bool) -> tuple[list[str], list[str]]:
    """`scoped_pack_dirs` as strings."""
    if config_dir is not None:
        return [os.path.join(config_dir, PACKS_DIR)], []
    dirs = [os.path.join(d, PACKS_DIR) for d in _config_dirs(True)]
    if os.environ.get(CONFIG_ENV):
        return dirs, []
    return (dirs[:-1], dirs[-1:] if user else [])


def scoped_pack_dirs(
    config_dir: Path | str | None = None, *, user: bool = True
) -> tuple[list[Path], list[Path]]:
    """(machine-wide, per-user) packs folders. A `config_dir` or $JXDESK_CONFIG_DIR counts as
    machine-wide (whoever sets it decides for the process)."""
    from pathlib import Path

    machine, personal = _scoped(config_dir, user)
    return [Path(d) for d in machine], [Path(d) for d in personal]


def load_effective_parameters(
    config_dir: Path | str | None = None,
    *,
    user: bool = True,
    base: ParameterSet | None = None,
    today: date,
) -> tuple[ParameterSet, list[PackStatus]]:
    """The parameters in force on `today`: built-in, with each valid installed pack laid over.

    `today` is the caller's date: the CLI and the GUI read the clock, the core never does
    (a pack past its signed expiry, or issued after `today`, is refused).

    `config_dir` replaces the configuration folders (packs are read from `<config_dir>/packs`);
    by default they are those of `config_dirs(user=user)`, machine-wide first: a per-user pack
    never overrides a machine-wide one (see `effective_parameters`). Refused packs change
    nothing; their statuses say why. Nothing is written. Not cached: call it again after
    installing a pack. With no pack in any folder, only the folders are listed: the built-in
    (compiled) parameters are returned without importing anything a pack would need.
    """
    machine, personal = _scoped(config_dir, user)
    if not _any_pack(machine + personal):
        return base or load_parameters(), []
    from pathlib import Path

    return effective_parameters(
        find_packs(map(Path, machine)),
        base,
        user_paths=find_packs(map(Path, personal)),
        today=today,
    )


def check_pack(
    path: Path | str,
    base: ParameterSet | None = None,
    keys: Mapping[str, TrustedKey] | None = None,
    *,
    today: date,
) -> PackInfo:
    """Validate one pack against the built-in parameters on `today` (the caller's date); its
    info, or PackRefused (jxdesk.core.parameters.pack_files.check_pack, imported when needed)."""
    from jxdesk.core.parameters.pack_files import check_pack as check

    return check(path, base, keys, today=today)


def install_pack(
    source: Path | str,
    config_dir: Path | str | None = None,
    *,
    machine: bool = False,
    base: ParameterSet | None = None,
    today: date,
) -> Path:
    """Check a pack and copy it into a configuration folder's packs folder.

    Into `config_dir` if given, else the per-user folder, or the machine-wide one with
    `machine=True` (which needs an administrator). The only function here that writes.
    Raises PackRefused if the pack is not valid, FileExistsError if that name and version is
    already installed there, OSError if the folder cannot be written.
    """
    import shutil
    from pathlib import Path

    source = Path(source)
    info = check_pack(source, base, today=today)
    dirs = pack_dirs(config_dir)
    target_dir = dirs[0] if machine else dirs[-1]
    suffix = ".zip" if source.is_file() else ""
    target = target_dir / f"{info.name}-v{info.version}{suffix}"
    if target.exists():
        raise FileExistsError(f"{target}: already installed")
    target_dir.mkdir(parents=True, exist_ok=True)
    if source.is_file():
        shutil.copyfile(source, target)
    else:
        shutil.copytree(source, target)
    return target


# --------------------------------------------------------------------------- making a pack


def make_manifest(folder: Path | str) -> dict[str, str]:
    """Write every file's SHA-256 into FOLDER/pack.yaml (keeping its other fields); return them.

    The other fields (format, name, title, version, issued_by, issued, years, source) must be
    filled in by hand first. An old signature is removed: sign the pack (`sign_pack`), then
    `check` validates the result.
    """
    from pathlib import Path

    import yaml

    from jxdesk.core.parameters.yaml_files import read_yaml

    folder = Path(folder)
    manifest_file = folder / MANIFEST
    if not manifest_file.is_file():
        raise PackRefused(f"{manifest_file}: missing: write the manifest fields first")
    data = read_yaml(manifest_file.read_text("utf-8-sig"), str(manifest_file))
    if not isinstance(data, dict):
        raise PackRefused(f"{manifest_file}: expected a mapping")
    files = {}
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder).as_posix()
        if f.is_dir() or rel in (MANIFEST, SIGNATURE):
            continue
        problem = bad_member(rel)
        if problem:
            raise PackRefused(f"{rel}: {problem}")
        files[rel] = sha256(f.read_bytes())
    data["files"] = files
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    manifest_file.write_text(text, "utf-8")
    (folder / SIGNATURE).unlink(missing_ok=True)  # it was for the old manifest: sign again
    return files
