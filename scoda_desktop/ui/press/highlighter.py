"""Syntax highlighting for Jinja templates: ``{{ expressions }}``, ``{% statements %}`` with
their keywords, ``{# comments #}``, and strings inside tags. A tag or comment may span lines:
each block's state says what the next line starts inside of."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

__all__ = ["JinjaHighlighter"]

TEXT, COMMENT, STATEMENT, EXPRESSION = range(4)  # what a line starts inside of
_OPENERS = {"{#": COMMENT, "{%": STATEMENT, "{{": EXPRESSION}
_CLOSERS = {COMMENT: "#}", STATEMENT: "%}", EXPRESSION: "}}"}
_OPEN = re.compile(r"\{[#%{]")
_STRING = re.compile(r"""("([^"\\]|\\.)*"?|'([^'\\]|\\.)*'?)""")
_KEYWORDS = re.compile(
    r"\b(for|in|if|elif|else|endif|endfor|set|endset|macro|endmacro|call|endcall|filter|"
    r"endfilter|include|import|from|extends|block|endblock|with|endwith|not|and|or|is|"
    r"true|false|none|True|False|None|recursive|ignore|missing)\b"
)


def _format(colour: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    form = QTextCharFormat()
    form.setForeground(QColor(colour))
    if bold:
        form.setFontWeight(QFont.Weight.Bold)
    form.setFontItalic(italic)
    return form


class JinjaHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            COMMENT: _format("#6a737d", italic=True),
            STATEMENT: _format("#005cc5"),
            EXPRESSION: _format("#8250df"),
        }
        self.delimiter = _format("#b35900", bold=True)
        self.keyword = _format("#005cc5", bold=True)
        self.string = _format("#22863a")

    def highlightBlock(self, text: str) -> None:
        state = max(self.previousBlockState(), TEXT)
        position = 0
        while position < len(text):
            if state == TEXT:
                opened = _OPEN.search(text, position)
                if opened is None:
                    break
                state = _OPENERS[opened.group()]
                self.setFormat(opened.start(), 2, self.delimiter)
                position = opened.end()
                continue
            closer = text.find(_CLOSERS[state], position)
            end = len(text) if closer < 0 else closer
            self._inside(text, position, end, state)
            if closer < 0:
                break
            self.setFormat(closer, 2, self.delimiter)
            position, state = closer + 2, TEXT
        self.setCurrentBlockState(state)

    def _inside(self, text: str, start: int, end: int, state: int) -> None:
        """Format the inside of a tag or comment, from ``start`` to ``end`` on this line."""
        self.setFormat(start, end - start, self.formats[state])
        if state == COMMENT:
            return
        inner = text[start:end]
        if state == STATEMENT:
            for word in _KEYWORDS.finditer(inner):
                self.setFormat(start + word.start(), len(word.group()), self.keyword)
        for string in _STRING.finditer(inner):
            self.setFormat(start + string.start(), len(string.group()), self.string)
