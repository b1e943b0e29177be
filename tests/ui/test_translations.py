"""The interface in Chinese: complete and current .ts files, the catalogue built at start, the
language chosen by --lang, Preferences or the system, and dates and labels that follow it."""

from __future__ import annotations

import ast
import logging
import os
import re
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGroupBox, QLabel

from scoda_desktop import app as app_module
from scoda_desktop.cli_parser import build_parser
from scoda_desktop.domain.enums import MeetingKind, MeetingStatus
from scoda_desktop.settings import SETTINGS, UI_LANGUAGE, Preferences
from scoda_desktop.ui import display, translations
from scoda_desktop.ui.translations import tools

UPDATE = "python3 -m scoda_desktop.ui.translations update"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Choices named in their own language, shown the same in every interface language.
NATIVE_NAMES = {label for value, label in UI_LANGUAGE.choices if value != "system"}
AREAS = sorted(tools.areas())


def all_ts_files() -> list[Path]:
    return [
        path for locale in tools.CATALOGUE_LOCALES for path in tools.translation_sources(locale)
    ]


# -- (a) complete ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ts_file", all_ts_files(), ids=lambda path: f"{path.parent.name}/{path.stem}"
)
def test_every_message_is_translated_and_none_is_obsolete(ts_file: Path):
    messages = tools.read_messages(ts_file)
    assert messages, f"{ts_file} holds no message: {UPDATE} removes such files"
    english = ts_file.parent.name == "en"
    problems = []
    for m in messages:
        where = f"[{m.context}] {m.source!r}"
        forms = m.translation.split("\n") if m.numerus else [m.translation]
        if m.obsolete:
            problems.append(f"{where} is obsolete: run {UPDATE}")
        elif m.unfinished or not all(form.strip() for form in forms):
            problems.append(f"{where} is not translated (or still marked unfinished)")
        elif m.numerus and len(forms) != (2 if english else 1):
            problems.append(f"{where} has {len(forms)} plural forms")
        else:
            for form in forms:
                if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(m.source)):
                    problems.append(f"{where}: the translation {form!r} changes the placeholders")
                if m.numerus and "%n" not in form:
                    problems.append(f"{where}: the translation {form!r} drops %n")
                if ("&" in m.source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                    problems.append(f"{where}: the translation {form!r} drops or adds the & key")
    assert not problems, "\n".join(problems)


def test_the_english_files_hold_only_plural_forms():
    for ts_file in tools.translation_sources("en"):
        assert all(m.numerus for m in tools.read_messages(ts_file)), ts_file


# -- (b) current -------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", tools.CATALOGUE_LOCALES)
@pytest.mark.parametrize("area", AREAS)
def test_the_ts_files_hold_exactly_the_strings_of_the_sources(area, locale, tmp_path):
    extracted = tmp_path / f"{area}.ts"
    tools.extract(tools.source_files(area), extracted, locale)
    in_sources = {m.key for m in tools.read_messages(extracted)}
    committed_file = tools.translation_dir(locale) / f"{area}.ts"
    committed = (
        {m.key for m in tools.read_messages(committed_file)} if committed_file.exists() else set()
    )
    new = sorted(in_sources - committed)
    gone = sorted(committed - in_sources)
    assert not new and not gone, (
        f"{committed_file} is not current: run {UPDATE} {area}, then translate what it lists.\n"
        + "".join(f"  new in the sources: [{c}] {s!r}\n" for c, s, _ in new)
        + "".join(f"  no longer in the sources: [{c}] {s!r}\n" for c, s, _ in gone)
    )


def _unseen_by_lupdate(call: ast.Call) -> str | None:
    """Why lupdate would miss or misfile the string of ``call``, or None."""
    func, args = call.func, call.args
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")

    def literal(node: ast.expr) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    if name in {"tr", "translate", "QT_TRANSLATE_NOOP"} and any(
        isinstance(arg, ast.JoinedStr) for arg in args
    ):
        return "an f-string: use {name} placeholders and .format() after translation"
    if name == "QT_TRANSLATE_NOOP" and args and not literal(args[0]):
        return "a context in a variable: lupdate reads only a literal context"
    if name == "translate" and len(args) >= 2 and literal(args[1]) and not literal(args[0]):
        return "a context in a variable: lupdate reads only a literal context"
    if (
        name == "tr"
        and isinstance(func, ast.Attribute)
        and args
        and literal(args[0])
        and not (isinstance(func.value, ast.Name) and func.value.id == "self")
    ):
        return "tr() on another object than self: lupdate files it under that object's name"
    return None


def test_strings_are_marked_so_that_lupdate_sees_them():
    """lupdate reads literals: a context held in a variable, ``other.tr()`` (filed under the
    context "other") and f-strings are not extracted, or extracted wrongly."""
    problems = []
    for area in AREAS:
        for path in tools.source_files(area):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and (why := _unseen_by_lupdate(node)):
                    problems.append(f"{path}:{node.lineno}: {why}")
    assert not problems, "\n".join(problems)


def test_every_preference_label_is_marked_for_translation():
    shell = tools.translation_dir() / f"{tools.SHELL}.ts"
    marked = {m.source for m in tools.read_messages(shell) if m.context == "Settings"}
    texts = {text for s in SETTINGS for text in (s.label, s.help) if text}
    texts |= {label for s in SETTINGS for _, label in s.choices} - NATIVE_NAMES
    assert texts - marked == set()


# -- (c) the interface in Chinese --------------------------------------------------------------


def test_the_preferences_dialog_reads_in_chinese(qtbot, interface):
    from scoda_desktop.ui.preferences_dialog import PreferencesDialog

    assert interface("zh") == "zh"
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "首选项"
    groups = [group.title() for group in dialog.findChildren(QGroupBox)]
    assert groups == ["数据库", "个人", "协同工作", "界面"]
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"数据库：", "数据库文件：", "语言："} <= labels
    assert "更改语言后，下次启动 SCODA Desktop 时生效。" in labels
    kind = dialog.findChild(QComboBox, "database.kind")
    assert kind.itemText(0) == "本机上的文件（SQLite）"
    language = dialog.findChild(QComboBox, UI_LANGUAGE.key)
    items = [language.itemText(i) for i in range(language.count())]
    assert items[0].startswith("跟随系统（") and items[1:] == ["English", "中文"]
    assert dialog.test_button.text() == "测试连接(&T)"
    # Qt's own catalogue translates the standard buttons
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() in {"确定", "确定(&O)"}


def test_labels_dates_and_weekdays_follow_the_language(interface):
    start = datetime(2021, 4, 2, 7, 0, tzinfo=UTC)  # 15:00 in Beijing, a Friday
    end = datetime(2021, 4, 2, 8, 0, tzinfo=UTC)
    assert display.office_time_text(start) == "2021-04-02 15:00"
    assert display.KIND_LABELS[MeetingKind.VIDEO] == "Video"

    interface("zh")
    assert QLocale().name() == "zh_CN"
    assert display.office_time_text(start) == "2021年4月2日 15:00"
    assert (
        display.span_text(start, end, "Asia/Shanghai") == "2021年4月2日 15:00–16:00 Asia/Shanghai"
    )
    assert display.weekday_text(date(2021, 4, 2)) == "星期五"
    assert display.month_text(2021, 4) == "2021年4月"
    assert display.long_date_text(date(2021, 4, 2)) == "2021年4月2日星期五"
    assert display.office_zone_label() == "北京时间"
    assert display.KIND_LABELS[MeetingKind.VIDEO] == "视频"
    assert display.status_label(MeetingStatus.HELD) == "已举行"
    assert dict(display.STATUS_LABELS.items())[MeetingStatus.CANCELLED] == "已取消"
    assert display.STATUS_LABELS.source(MeetingStatus.CANCELLED) == "Cancelled"

    interface("en")
    assert display.office_time_text(start) == "2021-04-02 15:00"
    assert display.weekday_text(date(2021, 4, 2)) == "Friday"
    assert display.month_text(2021, 4) == "April 2021"
    assert display.KIND_LABELS[MeetingKind.VIDEO] == "Video"


def test_english_counts_read_in_the_singular_and_the_plural(interface):
    source = "%n change(s) recorded, the newest first (times in Beijing time)."
    interface("en")
    assert QCoreApplication.translate("HistoryDialog", source, None, 1).startswith(
        "1 change recorded"
    )
    assert QCoreApplication.translate("HistoryDialog", source, None, 3).startswith(
        "3 changes recorded"
    )
    interface("zh")
    assert QCoreApplication.translate("HistoryDialog", source, None, 3).startswith(
        "共有 3 条修改记录"
    )


def test_removing_the_translations_restores_english_and_the_locale(qapp, interface):
    before = QLocale().name()
    interface("zh")
    translations.remove_translations(qapp)
    assert QLocale().name() == before
    assert QCoreApplication.translate("Settings", "Database") == "Database"


# -- (d) the catalogue -------------------------------------------------------------------------


def test_the_catalogue_is_built_and_loads(tmp_path):
    catalogue = translations.build_into(tmp_path / "scoda_zh_CN.qm")
    assert catalogue.stat().st_size > 0
    translator = QTranslator()
    assert translator.load(str(catalogue))
    assert translator.translate("Settings", "Database") == "数据库"


def test_the_catalogue_is_built_once_into_the_cache_and_again_when_a_ts_file_changes(
    tmp_path, monkeypatch, data_dir
):
    root = tmp_path / "translations"
    shutil.copytree(tools.translations_root(), root, ignore=shutil.ignore_patterns("*.qm*"))
    monkeypatch.setattr(translations, "translations_root", lambda: root)
    built: list[Path] = []
    real_build = tools.build_catalogue
    monkeypatch.setattr(
        tools, "build_catalogue", lambda sources, to: built.append(to) or real_build(sources, to)
    )

    first = translations.ensure_catalogue()
    assert first == data_dir / "cache" / "translations" / "scoda_zh_CN.qm"
    assert translations.ensure_catalogue() == first
    assert len(built) == 1  # current: not built again

    shell = root / "zh_CN" / "shell.ts"
    text = shell.read_text(encoding="utf-8")
    shell.write_text(
        text.replace("<translation>北京时间<", "<translation>北京时间（UTC+8）<"), "utf-8"
    )
    assert translations.ensure_catalogue() == first
    assert len(built) == 2
    translator = QTranslator()
    assert translator.load(str(first))
    assert translator.translate("Display", "Beijing time") == "北京时间（UTC+8）"


def test_a_current_catalogue_is_found_without_reading_the_ts_files_again(
    tmp_path, monkeypatch, data_dir
):
    """The digest of the .ts files is kept with their sizes and times: a start with nothing
    changed reads none of them, and a file rewritten to the same size with its time put back
    (as an installer may leave it) is still noticed."""
    root = tmp_path / "translations"
    shutil.copytree(tools.translations_root(), root, ignore=shutil.ignore_patterns("*.qm*"))
    monkeypatch.setattr(translations, "translations_root", lambda: root)
    first = translations.ensure_catalogue()
    assert first is not None

    real_fingerprint = tools.sources_fingerprint
    read: list[list[Path]] = []

    def fingerprint(sources: list[Path]) -> str:
        read.append(sources)
        return real_fingerprint(sources)

    monkeypatch.setattr(tools, "sources_fingerprint", fingerprint)
    assert translations.ensure_catalogue() == first
    assert read == []  # nothing changed: no .ts file read

    shell = root / "zh_CN" / "shell.ts"
    before = shell.stat()
    text = shell.read_text(encoding="utf-8")
    corrected = text.replace("<translation>北京时间<", "<translation>北京時間<")  # as many bytes
    assert corrected != text and len(corrected.encode()) == len(text.encode())
    shell.write_text(corrected, encoding="utf-8")
    os.utime(shell, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert translations.ensure_catalogue() == first
    assert read  # the files were read again, and the catalogue rebuilt
    translator = QTranslator()
    assert translator.load(str(first))
    assert translator.translate("Display", "Beijing time") == "北京時間"


def test_a_current_packaged_catalogue_is_used_as_it_is(tmp_path, monkeypatch, data_dir):
    root = tmp_path / "translations"
    shutil.copytree(tools.translations_root(), root, ignore=shutil.ignore_patterns("*.qm*"))
    monkeypatch.setattr(translations, "translations_root", lambda: root)
    packaged = translations.build_into(root / "scoda_zh_CN.qm")

    def no_tools(name):
        raise tools.ToolMissingError(f"{name} is not installed")

    monkeypatch.setattr(tools, "find_tool", no_tools)
    assert translations.ensure_catalogue() == packaged


def test_without_lrelease_the_interface_stays_in_english_with_a_warning(
    qapp, interface, monkeypatch, caplog
):
    def no_tools(name):
        raise tools.ToolMissingError(f"Qt's {name} tool was not found")

    monkeypatch.setattr(tools, "find_tool", no_tools)
    with caplog.at_level(logging.WARNING):
        assert interface("zh") == "en"
    assert "lrelease tool was not found" in caplog.text
    assert "the interface is in English" in caplog.text
    assert QCoreApplication.translate("Settings", "Database") == "Database"
    assert QLocale().language() == QLocale.Language.English


def test_a_missing_tool_is_named_with_what_to_install(monkeypatch):
    monkeypatch.setattr(tools.shutil, "which", lambda *_a, **_k: None)
    monkeypatch.setattr(tools.os, "access", lambda *_a: False)
    with pytest.raises(tools.ToolMissingError, match="pip install pyside6-essentials"):
        tools.find_tool("lupdate")


# -- (e) choosing the language -----------------------------------------------------------------


def test_lang_before_the_subcommand_is_the_windows_language():
    parser = build_parser()
    assert parser.parse_args(["--lang", "zh"]).ui_language == "zh"
    assert parser.parse_args(["--demo", "--lang", "en"]).ui_language == "en"
    assert parser.parse_args([]).ui_language is None
    briefing = parser.parse_args(["briefing", "1", "--lang", "zh", "-o", "b.pdf"])
    assert (briefing.lang, briefing.ui_language) == ("zh", None)
    press = parser.parse_args(["press", "1", "--lang", "both", "-o", "p.docx"])
    assert (press.lang, press.ui_language) == ("both", None)


def test_lang_reaches_the_window_and_is_refused_before_a_subcommand(monkeypatch, capsys):
    seen = {}
    monkeypatch.setattr(
        "scoda_desktop.ui.application.run", lambda target, **kwargs: seen.update(kwargs) or 0
    )
    assert app_module.main(["--lang", "zh"]) == 0
    assert seen["language"] == "zh"
    assert app_module.main([]) == 0
    assert seen["language"] is None

    with pytest.raises(SystemExit) as exit_info:
        app_module.main(["--lang", "zh", "meetings"])
    assert exit_info.value.code == 2
    assert "takes its own --lang after its name" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        app_module.main(["--lang", "fr"])


class _LocaleOf(QLocale):
    """QLocale whose system() is ``name``."""

    name_of_system = "C"

    @classmethod
    def system(cls) -> QLocale:  # type: ignore[override]
        return QLocale(cls.name_of_system)


@pytest.mark.parametrize(
    ("system", "expected"),
    [("zh_CN", "zh"), ("zh_TW", "zh"), ("en_GB", "en"), ("de_DE", "en"), ("C", "en")],
)
def test_the_language_follows_the_system_unless_chosen(monkeypatch, system, expected):
    monkeypatch.setattr(_LocaleOf, "name_of_system", system)
    monkeypatch.setattr(translations, "QLocale", _LocaleOf)
    assert translations.system_language() == expected
    assert translations.resolve_language(None) == expected
    assert translations.resolve_language("system") == expected
    assert translations.resolve_language("en") == "en"
    assert translations.resolve_language("zh") == "zh"


def test_the_locale_of_each_language():
    assert translations.locale_for("zh").name() == "zh_CN"
    assert translations.locale_for("en").language() == QLocale.Language.English
