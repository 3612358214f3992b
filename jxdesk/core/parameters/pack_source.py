"""A pack's files, listed first and read only when asked, each with a hard cap.

A pack folder or .zip is listed (names and sizes: a zip's central directory, a folder's
stat) and nothing is read until the checks ask for a file: the manifest and the signature
first, then, once the signature holds, the files the signed manifest lists. So a zip bomb
or a folder of junk that is not signed costs one listing and at most the manifest's 512 KB.

A zip member is inflated in small steps and never past the size its header declares (nor
past the caps): Python's `ZipFile.read` asks zlib for up to 2 GB at once and only then cuts
to the declared size, so a member that declares 1,000 bytes and inflates to 1 GB cost 1 GB.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from jxdesk.core.parameters.pack_format import (
    MANIFEST,
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_PACK_BYTES,
    PackRefused,
)

if TYPE_CHECKING:  # pragma: no cover - types only
    import zipfile
    from pathlib import Path

#: how much of a zip member is inflated per step
_CHUNK = 64 * 1024


class PackSource(Mapping[str, bytes]):
    """name -> bytes, by POSIX relative path; a file is read (once) when it is looked up.
    Reading raises PackRefused: too large, inflating past its header, unreadable."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes = sizes
        self._read: dict[str, bytes] = {}

    def __getitem__(self, name: str) -> bytes:
        if name not in self.sizes:
            raise KeyError(name)
        if name not in self._read:
            self._read[name] = self._load(name)
        return self._read[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.sizes)

    def __len__(self) -> int:
        return len(self.sizes)

    def __contains__(self, name: object) -> bool:
        return name in self.sizes

    def _load(self, name: str) -> bytes:  # pragma: no cover - overridden
        raise NotImplementedError

    def close(self) -> None:
        """Release the open zip file, if any."""


def check_sizes(sizes: Mapping[str, int]) -> None:
    """The caps, on the sizes a listing declares, before anything is read."""
    if len(sizes) > MAX_FILES:
        raise PackRefused(f"{len(sizes)} files: the pack is too large for a parameter pack")
    total = 0
    for name, size in sizes.items():
        if size > MAX_FILE_BYTES:
            raise PackRefused(f"{name}: too large for a parameter pack ({size} bytes)")
        total += size
        if total > MAX_PACK_BYTES:
            raise PackRefused(f"{name}: the pack is too large for a parameter pack")


class FolderSource(PackSource):
    def __init__(self, folder: Path) -> None:
        sizes: dict[str, int] = {}
        self.paths: dict[str, Path] = {}
        for f in sorted(folder.rglob("*")):
            if f.is_dir() and not f.is_symlink():
                continue
            rel = f.relative_to(folder).as_posix()
            if f.is_symlink() or not f.is_file():
                raise PackRefused(f"{rel}: not a regular file")
            sizes[rel] = f.stat().st_size
            self.paths[rel] = f
            if len(sizes) > MAX_FILES:
                break
        check_sizes(sizes)
        super().__init__(sizes)

    def _load(self, name: str) -> bytes:
        try:
            with open(self.paths[name], "rb") as f:
                data = f.read(self.sizes[name] + 1)
        except OSError as exc:
            raise PackRefused(f"{name}: cannot read: {exc.strerror or exc}") from exc
        if len(data) != self.sizes[name]:
            raise PackRefused(f"{name}: changed while it was read")
        return data


class ZipSource(PackSource):
    def __init__(self, path: Path) -> None:
        import zipfile

        self._zip = zipfile.ZipFile(path)
        infos = [i for i in self._zip.infolist() if not i.is_dir()]
        if len(infos) > MAX_FILES:
            self._zip.close()
            raise PackRefused(f"{len(infos)} files: the pack is too large for a parameter pack")
        for i in infos:
            if i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                self._zip.close()
                raise PackRefused(
                    f"{i.filename}: compressed with method {i.compress_type}: a pack's zip "
                    "holds stored or deflated files only"
                )
        names = [i.filename for i in infos]
        # A zip of the folder itself (NAME/pack.yaml, ...) is accepted as well.
        prefix = ""
        if MANIFEST not in names:
            tops = {n.split("/", 1)[0] for n in names}
            if len(tops) == 1 and f"{next(iter(tops))}/{MANIFEST}" in names:
                prefix = next(iter(tops)) + "/"
        self.infos: dict[str, zipfile.ZipInfo] = {}
        sizes: dict[str, int] = {}
        self.names = [n.removeprefix(prefix) for n in names]
        for info, name in zip(infos, self.names, strict=True):
            self.infos.setdefault(name, info)
            sizes.setdefault(name, info.file_size)
        try:
            check_sizes({n: i.file_size for n, i in zip(self.names, infos, strict=True)})
        except PackRefused:
            self._zip.close()
            raise
        super().__init__(sizes)

    def _load(self, name: str) -> bytes:
        import zipfile

        info = self.infos[name]
        declared = info.file_size
        parts: list[bytes] = []
        got = 0
        try:
            with self._zip.open(info) as member:
                while True:
                    chunk = member.read(min(_CHUNK, declared + 1 - got))
                    if not chunk:
                        break
                    got += len(chunk)
                    parts.append(chunk)
                    if got > declared:
                        break
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise PackRefused(f"{name}: cannot be read from the zip file: {exc}") from exc
        except (RuntimeError, NotImplementedError) as exc:  # encrypted, unknown compression
            raise PackRefused(f"{name}: cannot be read from the zip file: {exc}") from exc
        except OSError as exc:
            raise PackRefused(f"{name}: cannot read: {exc.strerror or exc}") from exc
        if got != declared:
            raise PackRefused(
                f"{name}: inflates to other than the {declared} bytes its zip header declares "
                "(a damaged or crafted zip file)"
            )
        return b"".join(parts)

    def close(self) -> None:
        self._zip.close()
