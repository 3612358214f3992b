"""The parameter-pack format's names, limits and path rule: what reading a pack, checking its
manifest and laying packs over the parameters all need, at no import cost.

(docs/parameter-packs.md describes the format; pack_files reads and checks a pack, pack_manifest
validates its manifest.)
"""

from __future__ import annotations

from datetime import date

from jxdesk.core.parameters.common import DOCUMENTS_FILE, ParameterError

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
#: no pack is issued before the scheme it amends (嘉政发〔2024〕22号, issued 2024-11-22)
EARLIEST_ISSUED = date(2024, 11, 22)
#: a pack's signed expiry is at most this long after its issue (five years)
MAX_VALID_DAYS = 5 * 366
#: versions are small whole numbers (never 2**63: every tool must compare them alike)
MAX_VERSION = 1_000_000
CHECKS_DIR = "checks"


class PackRefused(ParameterError):
    """A pack that cannot be trusted. The message names the pack, the file and the problem."""


def bad_member(name: str) -> str | None:
    """Why a path may not be a pack file, or None."""
    from pathlib import PurePosixPath  # (not at import: a start with no pack needs no pathlib)

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
    if p.parts[0] == CHECKS_DIR and len(p.parts) == 2 and p.suffix == ".json":
        return None
    return (
        f"a pack holds only {DOCUMENTS_FILE}, {PARAMETERS_DIR}/**/*.yaml, {CHECKS_DIR}/*.json "
        f"and {ATTACHMENTS_DIR}/**"
    )


def sha256(data: bytes) -> str:
    """The SHA-256 of `data` in hex (hashlib, and with it OpenSSL, is loaded only for a pack)."""
    import hashlib

    return hashlib.sha256(data).hexdigest()
