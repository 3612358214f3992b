"""The lowest version of each pack this release accepts: resources/pack-versions.yaml.

TUF's rollback promise is that a client never accepts a version lower than one it trusted.
Nothing may stay on disk here (a counter or kiosk writes nothing), so there is no record of
the highest version ever seen; instead the release (or the installer, which writes this file
into resources/) carries a floor per pack name. A signed older pack put back in place of a
newer one is refused once a release names the newer version here (docs/parameter-packs.md).
"""

from __future__ import annotations

from jxdesk.core.parameters.common import ParameterError
from jxdesk.core.parameters.pack_format import MAX_VERSION
from jxdesk.core.resources import resources_root

VERSIONS_FILE = "pack-versions.yaml"
KEY = "minimum_versions"


def minimum_versions(resources: str | None = None) -> dict[str, int]:
    """name -> the lowest version accepted. ParameterError naming the file if it is damaged
    (it ships with the release: a missing or malformed one is damage to the install)."""
    from pathlib import Path

    from jxdesk.core.parameters.yaml_files import read_file

    file = Path(resources or resources_root()) / VERSIONS_FILE
    if not file.is_file():
        raise ParameterError(f"{VERSIONS_FILE}: missing")
    data = read_file(file, VERSIONS_FILE)
    floors = data.get(KEY) if isinstance(data, dict) else None
    if not isinstance(data, dict) or set(data) != {KEY} or not isinstance(floors, dict):
        raise ParameterError(f"{VERSIONS_FILE}: expected one mapping, {KEY}: {{name: version}}")
    for name, version in floors.items():
        if not isinstance(name, str) or type(version) is not int:
            raise ParameterError(f"{VERSIONS_FILE}: {name}: expected a pack name and a version")
        if not 1 <= version <= MAX_VERSION:
            raise ParameterError(f"{VERSIONS_FILE}: {name}: version {version} out of range")
    return dict(floors)


__all__ = ["VERSIONS_FILE", "minimum_versions"]
