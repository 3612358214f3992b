"""Qt's own Chinese, where its catalogue is behind its code.

qtbase_zh_CN.qm has "Look in:" and "Files of type:" but the file dialog of this Qt asks
for "&Look in:" and "Files of &type:" (a shortcut letter added since), so those labels
stayed English in a Chinese window. This translator, installed after Qt's, answers such a
string from the catalogue's text without the "&", with the letter as "(&L)" after it, as
the catalogue writes its own shortcuts ("打开(&O)").
"""

from __future__ import annotations

from jxdesk.gui.qt import QTranslator


class AmpersandFallback(QTranslator):
    def __init__(self, catalogue: QTranslator) -> None:
        super().__init__(catalogue)
        self.catalogue = catalogue

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]  # (6.9's stubs say str; None is Qt's "none here")
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": an empty string is a translation (to nothing), and Qt would stop
        # there instead of asking the next catalogue
        own = self.catalogue.translate(context, source, disambiguation, n)
        if own or "&" not in source or "&&" in source:
            return own or None
        at = source.index("&")
        letter = source[at + 1 : at + 2]
        if not letter.isalpha():
            return None
        plain = self.catalogue.translate(context, source.replace("&", "", 1), disambiguation, n)
        if not plain:
            return None
        colon = plain.endswith(("：", ":"))
        body = plain[:-1] if colon else plain
        return f"{body}(&{letter.upper()}){plain[-1] if colon else ''}"
