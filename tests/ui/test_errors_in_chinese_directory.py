"""Errors of the directory, the import and export of files and the press releases, shown in a
Chinese interface: the window (or ``display.error_text``) reads the Chinese sentence with the
values (names, files, a library's own message) as they are, while ``str(error)`` stays the
English the command line and the log print."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from scoda_desktop.data.database import Database
from scoda_desktop.domain.enums import PressReleaseStatus
from scoda_desktop.domain.models import Meeting, Person
from scoda_desktop.errors import InputError, ScodaError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.directory import DirectoryService
from scoda_desktop.services.directory.csv_format import decode_text
from scoda_desktop.services.interchange import import_document, load_document
from scoda_desktop.services.meeting_drafts import StaleRecordError
from scoda_desktop.services.press.refusals import PressStatusError
from scoda_desktop.services.press.store import PressReleaseStore
from scoda_desktop.services.tabular import table_format_for
from scoda_desktop.services.templating import TemplateProblem, create_environment, render
from scoda_desktop.ui.directory.import_dialog import ImportDialog
from scoda_desktop.ui.directory.merge_dialog import MergeDialog
from scoda_desktop.ui.directory.person_dialog import PersonDialog
from scoda_desktop.ui.directory.stale_question import StaleChoice, StaleQuestion
from scoda_desktop.ui.display import error_text
from scoda_desktop.ui.workers import TaskRunner

TODAY = date(2026, 11, 28)
CLOUD_THEME = "Cloud Meeting for Common Development"
TIMEOUT = 10_000


@pytest.fixture(autouse=True)
def chinese(interface) -> None:
    assert interface("zh") == "zh"


@pytest.fixture
def demo_database(sqlite_database: Database) -> Database:
    assert populate_demo(sqlite_database, today=TODAY) is True
    return sqlite_database


@pytest.fixture
def service(demo_database: Database) -> DirectoryService:
    return DirectoryService(demo_database, actor="tester", today=lambda: TODAY)


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_for_done()


@pytest.fixture
def failures() -> list[tuple[str, BaseException, str]]:
    return []


@pytest.fixture
def report_failure(failures) -> Callable[[str, BaseException, str], None]:
    return lambda title, exc, details: failures.append((title, exc, details))


def _person_id(database: Database, family_name: str) -> int:
    table = Person.__table__
    with database.session() as session:
        return int(
            session.execute(
                sa.select(table.c.id).where(table.c.family_name == family_name)
            ).scalar_one()
        )


# -- in the windows ------------------------------------------------------------------------------


def test_a_file_not_in_utf8_is_explained_in_chinese_in_the_import_dialog(
    qtbot, runner, service, report_failure, failures, tmp_path: Path
):
    path = tmp_path / "gbk.csv"
    path.write_bytes("family_name,name_zh\nWang,王芳\n".encode("gbk"))
    dialog = ImportDialog(runner, lambda: service, report_failure, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state_name == "unreadable", timeout=TIMEOUT)
    text = dialog.message_label.text()
    assert text.startswith(f"{path} 不是 UTF-8 文本（第 2 行含有 UTF-8 不允许的字节")
    assert "请在 Excel 中使用“另存为”，并选择“CSV UTF-8（逗号分隔）”。未导入任何内容。" in text
    assert "UTF-8 text" not in text
    assert failures == []


def test_a_record_changed_meanwhile_is_explained_in_chinese_in_the_merge_dialog(
    qtbot, monkeypatch, runner, service, report_failure, failures, demo_database
):
    kept, other = _person_id(demo_database, "Liu"), _person_id(demo_database, "Rakhimov")
    monkeypatch.setattr(MergeDialog, "confirm", lambda _self, _question: True)
    dialog = MergeDialog(runner, lambda: service, report_failure, kept)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and dialog.busy_bar.isHidden())
    dialog.choose(other)
    qtbot.waitUntil(lambda: dialog.ready, timeout=TIMEOUT)
    record = service.person(other).record
    service.save_person(replace(record, email="a.rakhimov@example.com"))  # someone else

    dialog.merge()
    qtbot.waitUntil(lambda: "未合并" in dialog.status_label.text(), timeout=TIMEOUT)
    status = dialog.status_label.text()
    assert status.startswith("未合并：您打开")
    assert "后，tester于 " in status and "修改了该记录。" in status
    assert "已重新读取两条记录的当前内容" in status
    assert "请重新打开" not in status  # the advice the dialog has followed itself is left out
    assert failures == []


def test_a_stale_save_is_explained_in_chinese_in_the_person_dialog(
    qtbot, monkeypatch, runner, service, report_failure, demo_database
):
    monkeypatch.setattr(PersonDialog, "ask_discard", classmethod(lambda *_args: True))
    record = service.person(_person_id(demo_database, "Rakhimov")).record
    dialog = PersonDialog(runner, service, report_failure, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form.country.count() > 200, timeout=TIMEOUT)
    service.save_person(replace(record, phone="+998 71 000 00 00"))  # someone else, meanwhile
    dialog.form.mobile.setText("+998 90 123 45 67")
    explanations: list[str] = []

    def ask(_cls, _parent, _what, explanation):
        explanations.append(explanation)
        return StaleChoice.KEEP_EDITING

    monkeypatch.setattr(StaleQuestion, "ask", classmethod(ask))
    dialog.save()
    qtbot.waitUntil(lambda: bool(explanations), timeout=TIMEOUT)
    assert explanations[0].startswith(f"您打开{record.name_en}后，tester于 ")
    assert explanations[0].endswith(
        "修改了该记录，您的修改未保存。请重新打开以查看当前版本，然后再次修改。"
    )


# -- error_text: what a message box or a status line shows ---------------------------------------


def test_a_person_no_longer_in_the_directory_reads_in_chinese(service):
    with pytest.raises(ScodaError) as caught:
        service.person(987654)
    assert str(caught.value) == (
        "Person 987654 is no longer in the directory: someone may have merged or deleted it. "
        "Refresh the list (F5)."
    )
    assert error_text(caught.value) == (
        "编号为 987654 的人员已不在名录中，可能已被他人合并或删除。请刷新列表（F5）。"
    )


def test_a_file_in_utf16_that_breaks_reads_in_chinese_with_the_codecs_words():
    broken = "\ufeffname".encode("utf-16-le")[:-1]  # half a character at the end
    with pytest.raises(InputError) as caught:
        decode_text(b"\xff\xfe" + broken[2:], "people.csv")
    assert str(caught.value).startswith("people.csv is not valid UTF-16 text (truncated data).")
    assert error_text(caught.value) == (
        "people.csv 不是有效的 UTF-16 文本（truncated data）。"
        "请在 Excel 中使用“另存为”，并选择“CSV UTF-8（逗号分隔）”。"
    )


def test_directory_export_targets_read_in_chinese(service, tmp_path: Path):
    with pytest.raises(InputError) as folder:
        service.export_people(tmp_path)
    assert str(folder.value) == f"{tmp_path} is a folder; name the file to write."
    assert error_text(folder.value) == f"{tmp_path} 是一个文件夹，请指定要写入的文件名。"
    with pytest.raises(InputError) as suffix:
        service.export_people(tmp_path / "people.txt")
    assert error_text(suffix.value) == (
        "people.txt：请指定 .csv 或 .vcf 文件（格式由文件扩展名决定）。"
    )
    with pytest.raises(InputError) as table:
        table_format_for(tmp_path / "list.txt")
    assert str(table.value).startswith("Cannot tell the format to write")
    assert error_text(table.value).startswith(f"无法确定写入 {tmp_path / 'list.txt'} 所用的格式")


def _cloud_meeting(database: Database) -> int:
    with database.session() as session:
        return int(
            session.execute(
                sa.select(Meeting.id).where(Meeting.theme_en == CLOUD_THEME)
            ).scalar_one()
        )


def test_the_press_release_stores_refusals_read_in_chinese(demo_database):
    store = PressReleaseStore(demo_database, actor="alice", today=lambda: TODAY)
    release = store.generate(_cloud_meeting(demo_database), "en")
    with pytest.raises(PressStatusError) as draft:
        store.publish(release.id, version=release.version)
    assert str(draft.value) == "The press release is a draft, so it cannot be published."
    assert error_text(draft.value) == "该新闻稿尚为草稿，不能发布。"

    approved = store.approve(release.id, version=release.version)
    assert approved.status == PressReleaseStatus.APPROVED
    with pytest.raises(PressStatusError) as edited:
        store.save_text(release.id, "Sneaky edit.", version=approved.version)
    assert str(edited.value).endswith("so it cannot be edited. Reopen it first.")
    assert error_text(edited.value) == "该新闻稿已审定，不能修改。请先退回草稿。"

    with pytest.raises(StaleRecordError) as stale:
        store.reopen(release.id, version=release.version)  # the version read before approval
    assert "was changed by alice at " in str(stale.value)
    chinese = error_text(stale.value)
    assert chinese.startswith(f"您打开“{CLOUD_THEME}”的新闻稿后，alice于 ")
    assert chinese.endswith(
        "修改了该新闻稿，您的修改未保存。请重新打开以查看当前版本，然后再次修改。"
    )


def test_a_template_problem_reads_in_chinese_with_jinjas_own_words_as_they_are(tmp_path: Path):
    (tmp_path / "unsafe.txt").write_text("{{ meeting }}\n{{ ''.__class__ }}\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_text("{% if guests %}\n", encoding="utf-8")
    env = create_environment([tmp_path])
    with pytest.raises(TemplateProblem) as unsafe:
        render("unsafe.txt", {"meeting": "x"}, env)
    assert str(unsafe.value).startswith("Template unsafe.txt, line 2: refused by the sandbox: ")
    assert error_text(unsafe.value).startswith("模板 unsafe.txt 第 2 行：被模板沙盒拒绝：access to")
    with pytest.raises(TemplateProblem) as broken:
        render("broken.txt", {}, env)
    assert error_text(broken.value).startswith(
        "模板 broken.txt 第 1 行：Unexpected end of template."
    )
    with pytest.raises(TemplateProblem) as missing:
        render("missing.txt", {}, env)
    assert error_text(missing.value) == "模板 missing.txt：没有名为 'missing.txt' 的模板"


def test_an_interchange_file_with_problems_reads_in_chinese_line_by_line(
    demo_database, tmp_path: Path
):
    document = {
        "format": "scoda-desktop-interchange",
        "format_version": 1,
        "people": [{"uid": "p-1", "given_name": "Aziz", "country": "XX"}],
    }
    with pytest.raises(InputError) as caught:
        import_document(demo_database, document, source="people.json")
    english = str(caught.value)
    assert english.startswith("people.json is not a valid SCODA Desktop interchange file: ")
    assert "people[0] (uid p-1) family_name: is required" in english
    chinese = error_text(caught.value)
    assert chinese.startswith("people.json 不是有效的 SCODA Desktop 交换格式文件：发现 ")
    assert "  - people[0] (uid p-1) family_name：为必填项" in chinese.splitlines()

    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document)[:-1], encoding="utf-8")
    with pytest.raises(InputError) as unreadable:
        load_document(path)
    assert str(unreadable.value).startswith(f"{path} is not valid JSON: ")
    assert error_text(unreadable.value).startswith(f"{path} 不是有效的 JSON：第 1 行第 ")
