"""``press MEETING_ID --lang en|zh [--template NAME_OR_PATH] --format ... -o FILE``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from sqlmodel import select

from scoda_desktop.app import main
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.models import Meeting
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.press.export import paragraphs

CLOSING = "Meng Qingsheng, Deputy Director of SCODA Administrative Committee, attended the meeting."


@pytest.fixture
def demo_file(tmp_path: Path) -> tuple[Path, int]:
    """The demo database (as on 28 November 2026) and the id of the 2 April 2021 meeting."""
    path = tmp_path / "demo.sqlite3"
    database = open_database(resolve_target(str(path)))
    try:
        populate_demo(database, today=date(2026, 11, 28))
        with database.session() as session:
            meeting_id = session.exec(
                select(Meeting.id).where(Meeting.theme_en == "Cloud Meeting for Common Development")
            ).one()
    finally:
        database.dispose()
    assert meeting_id is not None
    return path, meeting_id


def run_cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:  # argparse's own errors
        return int(exc.code or 0)


def press(demo_file: tuple[Path, int], *args: str) -> int:
    path, meeting_id = demo_file
    return run_cli("--database", str(path), "press", str(meeting_id), *args)


def test_an_english_text_draft(demo_file, tmp_path: Path, capsys):
    out = tmp_path / "release.txt"
    assert press(demo_file, "--lang", "en", "--published", "2021-04-16", "-o", str(out)) == 0
    assert capsys.readouterr().out == f"Wrote {out}\n"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Cloud Meeting for Common Development: Liu Jianjun Holds Video Talks")
    assert paragraphs(text)[1] == "2021-04-16"
    assert paragraphs(text)[-1] == CLOSING


def test_a_chinese_docx_reads_back_as_the_text_draft(demo_file, tmp_path: Path):
    text, word = tmp_path / "release.txt", tmp_path / "release.docx"
    assert press(demo_file, "--lang", "zh", "--format", "txt", "-o", str(text)) == 0
    assert press(demo_file, "--lang", "zh", "--format", "docx", "-o", str(word)) == 0
    read_back = [p.text for p in docx.Document(str(word)).paragraphs]
    assert read_back == paragraphs(text.read_text(encoding="utf-8"))
    assert read_back[2].startswith("4月2日，") and "刘建军" in read_back[2]
    assert read_back[-1] == "上合示范区管委会副主任孟庆胜参加会见。"


def test_html_and_markdown_from_the_extension(demo_file, tmp_path: Path):
    page, markdown = tmp_path / "release.html", tmp_path / "release.md"
    assert press(demo_file, "-o", str(page)) == 0
    assert press(demo_file, "-o", str(markdown)) == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert markdown.read_text(encoding="utf-8").startswith("# Cloud Meeting for Common")


def test_a_named_template_for_the_language(demo_file, tmp_path: Path):
    out = tmp_path / "brief.txt"
    assert press(demo_file, "--lang", "zh", "--template", "news-brief", "-o", str(out)) == 0
    assert out.read_text(encoding="utf-8").startswith("刘建军视频会见外国驻华使节\n\n4月2日，")


def test_a_template_given_by_path(demo_file, tmp_path: Path):
    mine, out = tmp_path / "mine.txt", tmp_path / "out.txt"
    mine.write_text("{{ host.second_reference }} met {{ guests | length }}.\n", encoding="utf-8")
    assert press(demo_file, "--template", str(mine), "-o", str(out)) == 0
    assert out.read_text(encoding="utf-8") == "Liu met 2.\n"


def test_a_bilingual_docx(demo_file, tmp_path: Path):
    out = tmp_path / "both.docx"
    assert press(demo_file, "--lang", "both", "-o", str(out)) == 0
    (table,) = docx.Document(str(out)).tables
    first = [cell.text for cell in table.rows[0].cells]
    assert first[0].startswith("云端共谋发展会见：") and first[1].startswith("Cloud Meeting")


def test_a_failing_template_exits_2_with_its_line(demo_file, tmp_path: Path, capsys):
    mine, out = tmp_path / "mine.txt", tmp_path / "out.txt"
    mine.write_text("{{ meeting.theme }}\n{{ ''.__class__.__mro__ }}\n", encoding="utf-8")
    assert press(demo_file, "--template", str(mine), "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert "Template mine.txt, line 2: refused by the sandbox" in err
    mine.write_text("{% if %}\n", encoding="utf-8")
    assert press(demo_file, "--template", str(mine), "-o", str(out)) == 2
    assert "Template mine.txt, line 1:" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_copies_out_as_the_draft(demo_file, tmp_path: Path, lang):
    """pdftotext gives back the draft's characters, Chinese included (the shipped font)."""
    import subprocess

    txt, pdf = tmp_path / "release.txt", tmp_path / "release.pdf"
    assert press(demo_file, "--lang", lang, "-o", str(txt)) == 0
    assert press(demo_file, "--lang", lang, "--format", "pdf", "-o", str(pdf)) == 0
    extracted = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    squeeze = lambda text: "".join(text.split())  # noqa: E731 - line breaks differ, words not
    body = squeeze(extracted)
    for paragraph in paragraphs(txt.read_text(encoding="utf-8")):
        assert squeeze(paragraph) in body


def test_an_unknown_meeting_exits_2(demo_file, tmp_path: Path, capsys):
    path, _ = demo_file
    out = tmp_path / "x.txt"
    assert run_cli("--database", str(path), "press", "99999", "-o", str(out)) == 2
    assert "There is no meeting with id 99999" in capsys.readouterr().err
    assert not out.exists()


def test_both_languages_need_docx(demo_file, tmp_path: Path, capsys):
    assert press(demo_file, "--lang", "both", "-o", str(tmp_path / "x.txt")) == 2
    assert "--lang both writes a bilingual DOCX" in capsys.readouterr().err


def test_a_language_that_is_not_offered_is_an_argument_error(demo_file, tmp_path: Path, capsys):
    assert press(demo_file, "--lang", "fr", "-o", str(tmp_path / "x.txt")) == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
