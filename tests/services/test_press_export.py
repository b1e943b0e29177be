"""Exports of a draft: text, Markdown, HTML and DOCX read back, Chinese included, written
atomically."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from scoda_desktop.errors import InputError
from scoda_desktop.services.press.export import (
    EAST_ASIAN_FONT,
    ExportFormat,
    bilingual_docx,
    draft_html,
    draft_markdown,
    export_bilingual_docx,
    export_draft,
    format_for,
    paragraphs,
)

ENGLISH = (
    "Rail & <Sea>: Liu Jianjun Holds Video Talks with Ambassadors\n\n"
    "2021-04-16\n\n"
    'On April 2, a video meeting themed "Rail & <Sea>" was held at Service Center, SCODA.\n\n'
    "A paragraph with a line break\nin it.\n\n"
    "Meng Qingsheng, Deputy Director of SCODA Administrative Committee, attended the meeting.\n"
)
CHINESE = (
    "云端共谋发展会见：刘建军视频会见外国驻华使节\n\n"
    "2021年4月16日\n\n"
    "4月2日，以“云端共谋发展会见”为主题的视频会见在上合示范区服务中心举行。\n\n"
    "上合示范区管委会副主任孟庆胜参加会见。\n"
)


def test_paragraphs_are_the_blocks_between_blank_lines():
    assert paragraphs("A\n\n\nB\nb\n  \nC\r\n\r\nD\n") == ["A", "B\nb", "C", "D"]
    assert paragraphs("") == []


@pytest.mark.parametrize("draft", [ENGLISH, CHINESE], ids=["en", "zh"])
def test_docx_reads_back_as_the_draft(tmp_path: Path, draft: str):
    path = tmp_path / "release.docx"
    export_draft(draft, path, "docx", "zh")
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs] == paragraphs(draft)
    assert document.paragraphs[0].style.name == "Heading 1"
    assert {p.style.name for p in document.paragraphs[1:]} == {"Normal"}


def test_docx_names_an_east_asian_font_and_chinese_language(tmp_path: Path):
    path = tmp_path / "release.docx"
    export_draft(CHINESE, path, ExportFormat.DOCX, "zh")
    document = docx.Document(str(path))
    for name in ("Normal", "Heading 1"):
        rpr = document.styles[name].element.rPr
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == EAST_ASIAN_FONT
        assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would win
        assert rpr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def test_a_bilingual_docx_has_chinese_and_english_side_by_side(tmp_path: Path):
    path = tmp_path / "both.docx"
    export_bilingual_docx(CHINESE, ENGLISH, path)
    (table,) = docx.Document(str(path)).tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    english = paragraphs(ENGLISH)
    chinese = [*paragraphs(CHINESE), ""]  # one paragraph fewer: its last cell stays empty
    assert rows == [list(pair) for pair in zip(chinese, english, strict=True)]
    assert table.rows[0].cells[0].paragraphs[0].style.name == "Heading 1"
    assert bilingual_docx("", "A\n") != b""


def test_html_is_a_complete_escaped_document():
    page = draft_html(ENGLISH, "en")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "<title>Rail &amp; &lt;Sea&gt;: Liu Jianjun" in page
    assert "<h1>Rail &amp; &lt;Sea&gt;: Liu Jianjun Holds Video Talks with Ambassadors</h1>" in page
    assert "themed &#34;Rail &amp; &lt;Sea&gt;&#34; was held" in page
    assert "<p>A paragraph with a line break<br>\nin it.</p>" in page
    assert "<Sea>" not in page
    assert page.rstrip().endswith("</html>")
    assert '<html lang="zh-CN">' in draft_html(CHINESE, "zh")


def test_markdown_escapes_what_would_be_markup():
    text = draft_markdown(ENGLISH + "\n1. not a list\n\n# not a heading *or* _this_\n")
    blocks = text.split("\n\n")
    assert blocks[0] == r"# Rail \& \<Sea\>: Liu Jianjun Holds Video Talks with Ambassadors"
    assert "A paragraph with a line break  \nin it." in blocks
    assert r"1\. not a list" in blocks
    assert r"\# not a heading \*or\* \_this\_" + "\n" in blocks


def test_text_export_keeps_the_draft(tmp_path: Path):
    path = tmp_path / "release.txt"
    export_draft(CHINESE, path, "txt", "zh")
    assert path.read_text(encoding="utf-8") == CHINESE


def test_an_export_replaces_the_file_whole_and_leaves_no_temporary(tmp_path: Path):
    path = tmp_path / "release.html"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    export_draft(ENGLISH, path, "html", "en")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["release.html"]


def test_an_export_to_a_missing_folder_fails_cleanly(tmp_path: Path):
    with pytest.raises(InputError, match="Cannot write"):
        export_draft(ENGLISH, tmp_path / "missing" / "release.txt", "txt", "en")
    with pytest.raises(InputError, match="is a folder"):
        export_draft(ENGLISH, tmp_path, "txt", "en")


def test_the_format_comes_from_the_option_or_the_extension():
    assert format_for(Path("a.docx")) == ExportFormat.DOCX
    assert format_for(Path("a.htm")) == ExportFormat.HTML
    assert format_for(Path("a"), None) == ExportFormat.TXT
    assert format_for(Path("a.txt"), "md") == ExportFormat.MD
    with pytest.raises(InputError, match="PDF is printed through Qt"):
        format_for(Path("a.pdf"))
    with pytest.raises(InputError, match="use txt, md, html or docx"):
        format_for(Path("a.rtf"))
