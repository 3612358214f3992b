"""What every parameter module shares, at no import cost: the error and the file limits.

Its own module because the lean start-up path (loader, compiled) and the YAML path
(yaml_files, packs) both need these, and neither may import the other's heavy modules.
"""

from __future__ import annotations

DOCUMENTS_FILE = "documents.yaml"
#: no parameter file is anywhere near this (the largest built-in one is about 8 KB)
MAX_FILE_BYTES = 512 * 1024


class ParameterError(ValueError):
    """A parameter file (or pack) that cannot be trusted. The message names file and place."""
