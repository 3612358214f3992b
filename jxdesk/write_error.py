"""The error of output that cannot be written, shared by `calc` and its batch.

On its own so that a single `calc` can name it without importing the batch (and orjson).
"""

from __future__ import annotations


class WriteError(OSError):
    """Standard output (or the batch's output) could not be written."""
