"""The draft templates a user edits: listed, copied to the user's folder, saved, reset, and
previewed against a meeting with every failure reported by line."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from scoda_desktop.domain.models import Meeting
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.press.draft import render_draft
from scoda_desktop.services.press.templates import (
    copy_to_user_folder,
    draft_templates,
    parse_template_name,
    preview,
    reset_to_builtin,
    save_user_template,
    template_text,
)
from scoda_desktop.services.templating import TemplateProblem, environment, user_template_dir

PUBLISHED = date(2021, 4, 16)


@pytest.fixture(autouse=True)
def _fresh_environment():
    environment.cache_clear()  # cached with the first test's user folder
    yield
    environment.cache_clear()


@pytest.fixture
def cloud(sqlite_database) -> int:
    populate_demo(sqlite_database, today=date(2026, 11, 28))
    with sqlite_database.session() as session:
        return session.exec(
            select(Meeting.id).where(Meeting.theme_en == "Cloud Meeting for Common Development")
        ).one()


def names(templates) -> list[tuple[str, str, bool, bool]]:
    return [(t.file_name, t.language, t.builtin, t.user_copy) for t in templates]


def test_the_built_in_draft_templates_are_listed_without_the_html_export():
    assert names(draft_templates()) == [
        ("news-brief.en.txt", "en", True, False),
        ("news-brief.zh.txt", "zh", True, False),
        ("press-release.en.txt", "en", True, False),
        ("press-release.zh.txt", "zh", True, False),
    ]
    assert [t.name for t in draft_templates("zh")] == ["news-brief", "press-release"]


def test_copy_edit_and_reset_a_built_in_template():
    builtin = template_text("press-release.en.txt")
    path = copy_to_user_folder("press-release.en.txt")
    assert path == user_template_dir() / "press-release.en.txt"
    assert path.read_text(encoding="utf-8") == builtin
    [copied] = [t for t in draft_templates("en") if t.name == "press-release"]
    assert copied.builtin and copied.user_copy and copied.editable
    with pytest.raises(InputError, match="already"):
        copy_to_user_folder("press-release.en.txt")
    save_user_template("press-release.en.txt", "Mine: {{ meeting.theme }}\n")
    assert template_text("press-release.en.txt") == "Mine: {{ meeting.theme }}\n"
    assert template_text("press-release.en.txt", builtin=True) == builtin
    reset_to_builtin("press-release.en.txt")
    assert not path.exists()
    assert template_text("press-release.en.txt") == builtin


def test_the_users_own_template_is_listed_and_cannot_be_reset():
    save_user_template("thanks.zh.txt", "谢谢\n")
    assert ("thanks.zh.txt", "zh", False, True) in names(draft_templates())
    with pytest.raises(InputError, match="your own template"):
        reset_to_builtin("thanks.zh.txt")


@pytest.mark.parametrize("bad", ["../evil.en.txt", "x.fr.txt", "x.txt", "export/document.html"])
def test_only_draft_template_names_are_accepted(bad):
    with pytest.raises(InputError, match="not a draft template"):
        parse_template_name(bad)
    with pytest.raises(InputError):
        save_user_template(bad, "x")


def test_the_preview_renders_unsaved_text_as_a_draft_would(sqlite_database, cloud):
    text = template_text("press-release.en.txt")
    with sqlite_database.session() as session:
        shown = preview(session, cloud, "press-release.en.txt", text, published=PUBLISHED)
        drafted = render_draft(session, cloud, "en", published=PUBLISHED)
        assert shown == drafted
        assert preview(session, cloud, "x.zh.txt", "{{ meeting.day }}", published=PUBLISHED) == (
            "4月2日"
        )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("{{ meeting.theme }}\n{{ meeting.nope }}\n", 2, "has no attribute 'nope'"),
        ("one\ntwo\n{% for x in %}\n", 3, "Expected an expression"),
        ("{{ ''.__class__.__mro__ }}\n", 1, "refused by the sandbox"),
    ],
    ids=["undefined", "syntax", "sandbox"],
)
def test_a_failing_preview_names_the_line(sqlite_database, cloud, text, line, message):
    with sqlite_database.session() as session, pytest.raises(TemplateProblem) as caught:
        preview(session, cloud, "press-release.en.txt", text)
    assert caught.value.line == line
    assert message in caught.value.detail
    assert str(caught.value).startswith(f"Template press-release.en.txt, line {line}: ")
