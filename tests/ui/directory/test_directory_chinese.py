"""The directory in Chinese: the People, Organisations and Countries pages, their detail panes
and forms, the merge and import dialogs read in Chinese, with dates written the Chinese way and
the enumerations (ranks, head-of-mission classes, organisation kinds, SCO statuses) named as a
protocol officer names them. And back in English, the counts read in the singular and plural."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from scoda_desktop.domain.enums import DiplomaticRank, HeadOfMissionClass, ScoStatus
from scoda_desktop.services.directory.records import PostRecord
from scoda_desktop.ui.directory.countries_page import CountriesPage
from scoda_desktop.ui.directory.country_detail import sco_label
from scoda_desktop.ui.directory.detail_html import time_ago
from scoda_desktop.ui.directory.import_dialog import ImportDialog
from scoda_desktop.ui.directory.merge_dialog import MergeDialog
from scoda_desktop.ui.directory.organisations_page import OrganisationsPage
from scoda_desktop.ui.directory.people_page import PeoplePage
from scoda_desktop.ui.directory.person_dialog import PersonDialog
from scoda_desktop.ui.directory.post_dialog import PostDialog
from scoda_desktop.ui.directory.post_labels import hom_class_label, rank_label
from scoda_desktop.ui.directory.record_dialog import RecordDialog

from .conftest import TODAY

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture(autouse=True)
def chinese(interface) -> None:
    assert interface("zh") == "zh"


@pytest.fixture(autouse=True)
def no_questions(monkeypatch) -> None:
    """Closing a form at the end of a test asks nothing."""
    monkeypatch.setattr(RecordDialog, "ask_discard", classmethod(lambda *_args: True))


def _headers(model) -> list[str]:
    return [
        model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(model.columnCount(QModelIndex()))
    ]


def _texts(widget, kind) -> set[str]:
    return {child.text() for child in widget.findChildren(kind)}


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _page(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def _links():
    return {"open_meeting": lambda _id: None, "open_history": lambda _kind, _key: None}


def test_the_people_page_and_a_persons_detail_read_in_chinese(
    qtbot, runner, service_factory, report_failure, person_id, failures
):
    page = _page(
        qtbot,
        PeoplePage(
            runner,
            service_factory,
            report_failure,
            now=lambda: NOW,
            merge_person=lambda _id: None,
            import_people=lambda: None,
            export_people=lambda: None,
            **_links(),
        ),
    )
    assert _headers(page.model) == ["姓名", "现任职务", "机构", "国家", "电子邮箱"]
    assert page.count_label.text() == "共 39 人"
    assert page.filter_edit.placeholderText().startswith("按姓名的任一形式")
    assert {"新建人员(&N)…", "编辑(&E)…", "新增职务(&P)…", "往来记录(&H)…", "合并(&M)…"} <= (
        _texts(page, QPushButton)
    )
    page.filter_edit.setText("刘建军")
    assert page.count_label.text() == "显示 1 人，共 39 人"
    page.filter_edit.clear()

    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.show_person(person_id("Oratmangun"))
    pane = page.detail.toPlainText()
    for heading in ("联系方式", "最近往来", "职务", "其负责的后续事项和成果", "参加的会见"):
        assert heading in pane
    assert "现任 · 2018年12月10日起 · 特命全权大使 · 第一级：大使或教廷大使" in pane
    assert "于北京时间2019年1月22日 10:00开始履职" in pane
    assert "2021年4月2日（5 年前）：" in pane
    # the name is shown in both forms, as recorded
    assert "Djauhari Oratmangun" in pane and "周浩黎" in pane

    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.show_person(person_id("Gao"))
    pane = page.detail.toPlainText()
    assert "未办结的后续事项" in pane
    assert "已逾期（应于2026年10月14日前完成）" in pane
    assert failures == []


def test_the_person_and_post_forms_read_in_chinese(
    qtbot, runner, directory_service, report_failure, person_id
):
    service = directory_service()
    dialog = PersonDialog(runner, service, report_failure)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form.country.count() > 20, timeout=10_000)
    assert dialog.windowTitle() == "新建人员"
    tabs = [dialog.form.tabs.tabText(i) for i in range(dialog.form.tabs.count())]
    assert tabs == ["姓名(&N)", "联系方式(&C)", "简历和备注(&B)"]
    assert {"姓(&F)：", "名(&G)：", "姓名顺序(&O)：", "中文名(&M)："} <= _texts(dialog, QLabel)
    assert _items(dialog.form.name_order) == ["名在前", "姓在前", "单一名字"]
    dialog.form.country.setEditText("Atlantis")
    assert dialog.form.problem_labels["country_code"].text().startswith("“Atlantis”不在国家列表中")

    oratmangun = service.person(person_id("Oratmangun"))
    post = PostDialog(
        runner,
        service,
        report_failure,
        PostRecord(person_id=oratmangun.record.id or 0),
        person_name=oratmangun.record.name_en,
        current_posts=oratmangun.current_posts,
    )
    qtbot.addWidget(post)
    post.show()
    assert post.windowTitle() == "为 Djauhari Oratmangun 新增职务"
    ranks = _items(post.form.diplomatic_rank)
    assert ranks[0] == "非外交职务"
    assert {"特命全权大使", "临时代办", "公使衔参赞", "参赞", "一等秘书", "随员"} <= set(ranks)
    assert _items(post.form.hom_class) == [
        "非使馆馆长",
        "第一级：大使或教廷大使",
        "第二级：使节、公使或教廷公使",
        "第三级：向外交部长派遣的代办",
    ]
    assert post.form.end_current.text() == "现任职务于本职务开始前一天结束(&B)"
    post.form.start_date.setText("2026-13-01")
    assert "不是有效日期" in post.form.problem_labels["start_date"].text()


def test_the_organisations_page_and_form_read_in_chinese(
    qtbot, runner, service_factory, report_failure, organisation_id
):
    page = _page(
        qtbot,
        OrganisationsPage(runner, service_factory, report_failure, clock=lambda: NOW, **_links()),
    )
    headers = ["英文名称", "中文名称", "简称", "类别", "国家", "隶属于", "人员数"]
    assert _headers(page.model) == headers
    assert page.count_label.text() == "共 32 个机构"
    kinds = {page.model.index(n, 3).data() for n in range(page.model.rowCount())}
    assert {"大使馆", "商会或协会", "企业", "党委", "政府机关"} <= kinds

    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.show_organisation(organisation_id("Embassy of Tajikistan in China"))
    pane = page.detail.toPlainText()
    assert "类别\n大使馆" in pane
    assert "最近往来\n2021年4月2日（5 年前）" in pane
    assert "现有人员（1）" in pane and "塔吉克斯坦驻华副大使" in pane
    assert "会见（1），按时间倒序" in pane

    page.edit_organisation(organisation_id("Embassy of Tajikistan in China"))
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    dialog = page.dialog
    assert dialog.windowTitle() == "编辑机构：Embassy of Tajikistan in China"
    assert dialog.kind.currentText() == "大使馆"
    assert {"英文名称(&N)：", "中文名称(&C)：", "类别(&K)：", "隶属于(&P)："} <= _texts(
        dialog, QLabel
    )


def test_the_countries_page_and_form_read_in_chinese(
    qtbot, runner, service_factory, report_failure
):
    page = _page(
        qtbot, CountriesPage(runner, service_factory, report_failure, clock=lambda: NOW, **_links())
    )
    assert _headers(page.model)[:4] == ["英文名称", "中文名称", "代码", "上合组织身份"]
    assert page.count_label.text() == "名录涉及 17 个国家"
    assert page.in_use_check.text() == "仅显示名录涉及的国家(&O)"
    statuses = ["上合组织成员国", "上合组织观察员国", "上合组织对话伙伴", "非上合组织国家"]
    assert [sco_label(status) for status in ScoStatus] == statuses

    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.show_country("ID")
    pane = page.detail.toPlainText()
    assert "上合组织身份\n非上合组织国家" in pane
    assert "是：已签署共建“一带一路”合作文件" in pane
    assert "Asia/Jakarta（首都）\nUTC+07:00 · 比北京时间晚 1 小时" in pane
    assert "2026年3月3日" in pane  # the last contact, as China writes a day

    page.edit_country("ID")
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    dialog = page.dialog
    assert dialog.windowTitle() == "编辑国家信息：Indonesia"
    assert dialog.sco_status.currentText() == "非上合组织国家"
    dialog.checked_on.setText("2030-01-01")
    assert "核实日期不能晚于今天（2026年11月28日）" in dialog.save_status.text()


def test_the_merge_and_import_dialogs_read_in_chinese(
    qtbot, runner, service_factory, report_failure, person_id, tmp_path: Path
):
    merge = MergeDialog(runner, service_factory, report_failure, person_id("Igormonzod"))
    qtbot.addWidget(merge)
    merge.show()
    qtbot.waitUntil(lambda: merge.model.rowCount() > 0 and merge.busy_bar.isHidden())
    assert merge.windowTitle() == "合并同一人员的两条记录"
    assert _headers(merge.model) == ["姓名", "中文名", "职务", "国家", "建议理由"]
    assert merge.intro_label.text().startswith("将“Muhammed Igormonzod”与同一人员的另一条记录合并")
    assert merge.merge_button.text() == "合并(&M)…"

    csv = tmp_path / "people.csv"
    csv.write_text(
        "family_name,given_name,country,email\n"
        "Karimov,Aziz,UZ,aziz.karimov@example.com\n"
        "Nazarova,Dilnoza,Atlantis,\n"
        "Tokayev,Arman,KZ,,too many\n",
        "utf-8",
    )
    dialog = ImportDialog(runner, service_factory, report_failure, csv)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state_name == "preview", timeout=10_000)
    assert dialog.windowTitle() == "导入人员或机构"
    assert dialog.summary_label.text() == "人员：新增 1 条、2 行有错误"
    assert dialog.reason_label.text() == "请在文件中改正有错误的 2 行后重新打开，未写入任何内容。"
    assert "第 4 行：" in dialog.message_label.text()
    assert [dialog.proxy.index(n, 1).data() for n in range(3)] == ["新增", "错误", "错误"]
    country = dialog.proxy.index(1, 4).data()  # line 3's cell names no country known
    assert "“Atlantis”不是名录中已知的国家代码或国名" in country


def test_a_malformed_line_and_a_repeated_uid_read_in_chinese_in_the_import_preview(
    qtbot, runner, service_factory, report_failure, tmp_path: Path, failures
):
    """The file reader's and the planner's problems are translated whole, with the line they
    name written the Chinese way; a duplicate row's reason too."""
    csv = tmp_path / "people.csv"
    csv.write_text(
        "family_name,given_name,country,uid\n"
        "Karimov,Aziz,UZ,a1\n"
        "Karimov,Aziz,UZ,a2\n"
        "Tokayev,Arman,KZ,a3,too many\n"
        "Nazarova,Dilnoza,UZ,a1\n",
        "utf-8",
    )
    dialog = ImportDialog(runner, service_factory, report_failure, csv)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state_name == "preview", timeout=10_000)
    rows = {
        dialog.proxy.index(n, 0).data(): [dialog.proxy.index(n, c).data() for c in (4, 5)]
        for n in range(dialog.proxy.rowCount())
    }
    too_many = "该行有 5 个值，但标题行只有 4 列（含逗号的值须用英文双引号括起）"
    assert rows["4"] == [too_many, ""]
    assert rows["5"] == ["uid：uid a1 与第 2 行重复", ""]
    assert rows["3"] == ["", "可能与本文件第 2 行的 Aziz Karimov 为同一人：与Aziz Karimov姓名相同"]
    assert f"第 4 行：{too_many}" in dialog.message_label.text()
    assert failures == []


def test_a_duplicate_warnings_reason_reads_in_chinese(
    qtbot, runner, directory_service, report_failure
):
    dialog = PersonDialog(runner, directory_service(), report_failure)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.family_name.setText("Egamzod")
    dialog.form.given_name.setText("Muhammad")
    dialog.form.country.setEditText("Tajikistan 塔吉克斯坦 (TJ)")
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=10_000)
    reason = "“Muhammad Egamzod”是Muhammed Igormonzod已登记的其他拼写形式"
    assert dialog.duplicates.text() == f"Muhammed Igormonzod：{reason}"
    label = dialog.duplicates.findChild(QLabel, "duplicateReason0")
    assert label.text().endswith(f"：{reason}")


def test_how_long_ago_and_labels_follow_the_language(interface):
    assert time_ago(TODAY, TODAY) == "今天"
    assert time_ago(TODAY.replace(month=8, day=20), TODAY) == "3 个月前"
    assert rank_label(DiplomaticRank.CHARGE_D_AFFAIRES_AI) == "临时代办"
    assert hom_class_label(HeadOfMissionClass.AMBASSADOR) == "第一级：大使或教廷大使"

    assert interface("en") == "en"
    assert time_ago(TODAY.replace(month=8, day=20), TODAY) == "3 months ago"
    assert rank_label(DiplomaticRank.CHARGE_D_AFFAIRES_AI) == "Chargé d'affaires ad interim"


def test_in_english_the_counts_read_in_the_singular_and_the_plural(
    qtbot, runner, service_factory, report_failure, interface
):
    assert interface("en") == "en"
    page = _page(qtbot, PeoplePage(runner, service_factory, report_failure, **_links()))
    assert page.count_text(1, 1) == "1 person"
    assert page.count_text(39, 39) == "39 people"
    assert page.count_text(0, 1) == "0 of 1 person"
    organisations = _page(
        qtbot, OrganisationsPage(runner, service_factory, report_failure, **_links())
    )
    assert organisations.count_text(1, 1) == "1 organisation"
    assert organisations.count_text(2, 32) == "2 of 32 organisations"
