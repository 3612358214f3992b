"""The English of the app's translation catalogue, read without Qt.

resources/translations/jxdesk_en.ts is the one catalogue of every word the app shows
(the counter's context "jxdesk", the kiosk's "kiosk"); Qt reads its compiled .qm, the
kiosk's Qt-free parts read the .ts itself, here, once (a few hundred short messages).
A source with no translation is shown as it is (the test of the words catches that).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.etree import ElementTree

FILE = "jxdesk_en.ts"


def catalogue_path() -> Path:
    from jxdesk.core.resources import resources_dir  # plain pathlib, no pydantic

    return resources_dir() / "translations" / FILE


@cache
def messages(context: str) -> dict[str, str]:
    """source -> English of one context."""
    root = ElementTree.parse(catalogue_path()).getroot()
    out: dict[str, str] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            english = msg.findtext("translation")
            if source is not None and english:
                out[source] = english
    return out


def english(context: str, source: str) -> str:
    return messages(context).get(source, source)
