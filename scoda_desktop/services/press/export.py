"""Exporting a press-release draft: plain text, Markdown, HTML and Word (DOCX).

The draft is the text the user approves (rendered from a template, then maybe edited), so every
format is converted from it: paragraphs are separated by blank lines, the first is the headline,
and a single line break inside a paragraph is kept as a line break. Every file is written
atomically (``services.files.write_atomically``: a temporary file renamed over it): a failed
export never leaves half a file where a good one was.

DOCX: the headline has the style "Heading 1", each paragraph is a real Word paragraph, and the
styles name an East Asian font (``w:eastAsia``) with the language zh-CN, so Chinese shows in
Chinese glyph forms: "Microsoft YaHei" (微软雅黑), on every Windows since Vista; Word on macOS
substitutes a Chinese system font (PingFang SC) when it is not installed.

HTML is a complete document from the template ``export/document.html`` (user folder first),
rendered by the one templating environment, whose autoescape escapes the draft's text.
"""

from __future__ import annotations

import io
import re
from enum import StrEnum
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING

from scoda_desktop.errors import InputError
from scoda_desktop.services.files import write_atomically
from scoda_desktop.services.press.text import paragraphs
from scoda_desktop.services.templating import TemplateSource, render
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

if TYPE_CHECKING:  # python-docx is imported when a DOCX is written
    from docx.document import Document as DocxDocument
    from docx.styles.style import BaseStyle
    from docx.text.paragraph import Paragraph

__all__ = [
    "EAST_ASIAN_FONT",
    "ExportFormat",
    "bilingual_docx",
    "draft_docx",
    "draft_html",
    "draft_markdown",
    "export_bilingual_docx",
    "export_draft",
    "format_for",
    "paragraphs",
]

EAST_ASIAN_FONT = "Microsoft YaHei"
HTML_TEMPLATE = TemplateSource("export/document.html")  # a name, not a path
_STYLES_WITH_CHINESE = ("Normal", "Heading 1", "Table Grid")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>&|])")
# a line that would start a heading, a list or a rule: "# ", "- ", "+ ", "= ", "1. ", "1) "
_MARKDOWN_LINE_START = re.compile(r"^(\s*(?:\d+(?=[.)]))?)([#+\-=.)])", re.MULTILINE)


class ExportFormat(StrEnum):
    TXT = "txt"
    MD = "md"
    HTML = "html"
    DOCX = "docx"


def format_for(path: Path, name: str | None = None) -> ExportFormat:
    """The format named, else the one of the file's extension (".htm" is HTML), else text.
    PDF is not one of them: Qt lays it out (``ui.press.export_menu.write_press_pdf``)."""
    chosen = (name or Path(path).suffix.lstrip(".") or "txt").lower()
    chosen = {"htm": "html", "markdown": "md", "text": "txt"}.get(chosen, chosen)
    if chosen == "pdf":
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "PDF is printed through Qt, not written by the text exporters."
                )
            )
        )
    try:
        return ExportFormat(chosen)
    except ValueError:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cannot export a press release as {format}: use txt, md, html or docx.",
                ),
                format=repr(chosen),
            )
        ) from None


def draft_markdown(draft: str) -> str:
    """The headline as a level-1 heading, then the paragraphs; characters Markdown would read
    as markup (``* _ [ ] < > & |``, a line starting like a list or a heading) are escaped."""
    blocks = [_escape_markdown(block) for block in paragraphs(draft)]
    if blocks:
        blocks[0] = "# " + blocks[0].replace("\n", " ")
    return "".join(block.replace("\n", "  \n") + "\n\n" for block in blocks).rstrip("\n") + "\n"


def _escape_markdown(text: str) -> str:
    return _MARKDOWN_LINE_START.sub(r"\1\\\2", _MARKDOWN_SPECIAL.sub(r"\\\1", text))


def draft_html(draft: str, language: str) -> str:
    """A complete HTML document, escaped by the environment's autoescape."""
    blocks = paragraphs(draft)
    return render(
        HTML_TEMPLATE,
        {
            "language": "zh-CN" if language == "zh" else language,
            "headline": blocks[0] if blocks else "",
            "paragraphs": [block.split("\n") for block in blocks[1:]],
        },
    )


def _east_asian(style: BaseStyle) -> None:
    """Name the East Asian font and language (zh-CN) on a style; its theme font
    (``w:eastAsiaTheme``) would win over ``w:eastAsia``, so it is removed."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
    lang = rpr.find(qn("w:lang"))
    if lang is None:  # last in the default styles' rPr, where the schema's order puts it
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _new_document() -> DocxDocument:
    import docx

    document = docx.Document()
    for name in _STYLES_WITH_CHINESE:
        _east_asian(document.styles[name])
    return document


def _write(paragraph: Paragraph, text: str, headline: bool) -> None:
    """Fill an empty Word paragraph; python-docx turns a line break in ``text`` into a Word
    line break."""
    if headline:
        paragraph.style = "Heading 1"
    paragraph.add_run(text)


def _docx_bytes(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def draft_docx(draft: str) -> bytes:
    """The draft as a Word document: the headline in "Heading 1", then one paragraph each."""
    document = _new_document()
    for index, block in enumerate(paragraphs(draft)):
        _write(document.add_paragraph(), block, headline=index == 0)
    return _docx_bytes(document)


def bilingual_docx(draft_zh: str, draft_en: str) -> bytes:
    """Chinese and English side by side: a two-column table, the n-th paragraphs of the two
    drafts in the n-th row (a draft with fewer paragraphs leaves its cells empty)."""
    document = _new_document()
    pairs = list(zip_longest(paragraphs(draft_zh), paragraphs(draft_en), fillvalue=""))
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for row_index, pair in enumerate(pairs):
        cells = table.add_row().cells
        for cell, text in zip(cells, pair, strict=True):
            _write(cell.paragraphs[0], text, headline=row_index == 0)
    return _docx_bytes(document)


def _text(draft: str) -> str:
    return "\n\n".join(paragraphs(draft)) + "\n"


def export_draft(draft: str, path: Path, export_format: ExportFormat | str, language: str) -> None:
    """Write ``draft`` to ``path`` in ``export_format`` (txt, md, html, docx)."""
    kind = ExportFormat(export_format)
    if kind == ExportFormat.DOCX:
        data = draft_docx(draft)
    else:
        text = {
            ExportFormat.TXT: _text,
            ExportFormat.MD: draft_markdown,
            ExportFormat.HTML: lambda d: draft_html(d, language),
        }[kind](draft)
        data = text.encode("utf-8")
    write_atomically(path, data)


def export_bilingual_docx(draft_zh: str, draft_en: str, path: Path) -> None:
    write_atomically(path, bilingual_docx(draft_zh, draft_en))
