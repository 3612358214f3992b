"""Dated, cited parameters: every figure the rules use, loaded from resources/parameters."""

from jxdesk.core.parameters.loader import ParameterError, load_parameters
from jxdesk.core.parameters.tree import Citation, Document, ParameterSet, Snapshot

__all__ = [
    "Citation",
    "Document",
    "ParameterError",
    "ParameterSet",
    "Snapshot",
    "load_parameters",
]
