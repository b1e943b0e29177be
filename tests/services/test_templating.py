"""The Jinja environment: sandboxed, strict, escaped for HTML, user templates before built-ins,
and every failure reported with the template's line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scoda_desktop.services.templating import (
    TemplateProblem,
    create_environment,
    format_day,
    join_names,
    render,
    user_template_dir,
)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    user, builtin = tmp_path / "user", tmp_path / "builtin"
    user.mkdir()
    builtin.mkdir()
    return user, builtin


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_templates_win_over_built_ins(folders):
    user, builtin = folders
    write(builtin, "release.txt", "built-in {{ theme }}")
    env = create_environment([user, builtin])
    assert render("release.txt", {"theme": "Logistics"}, env) == "built-in Logistics"
    write(user, "release.txt", "mine {{ theme }}")
    assert render("release.txt", {"theme": "Logistics"}, env) == "mine Logistics"


def test_html_is_escaped_and_text_is_not(folders):
    user, builtin = folders
    write(builtin, "page.html", "<p>{{ name }}</p>")
    write(builtin, "page.txt", "{{ name }}")
    env = create_environment([user, builtin])
    name = "<script>alert('x')</script> & Co"
    assert render("page.html", {"name": name}, env) == (
        "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</p>"
    )
    assert render("page.txt", {"name": name}, env) == name


def test_an_html_template_given_by_path_is_escaped_too(folders, tmp_path):
    path = write(tmp_path, "mine.html", "{{ name }}")
    env = create_environment(list(folders))
    assert render(str(path), {"name": "<b>"}, env) == "&lt;b&gt;"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Dear\n{{ guest }}\n", 2, "'guest' is undefined"),
        ("a\nb\n{% if %}\n", 3, "Expected an expression"),
        ("{{ ''.__class__.__mro__ }}", 1, "refused by the sandbox"),
        ("x\n{{ join_names.__globals__ }}", 2, "refused by the sandbox"),
        ("{{ 1 / 0 }}", 1, "ZeroDivisionError"),
    ],
    ids=["undefined", "syntax", "mro-escape", "globals-escape", "runtime"],
)
def test_failures_name_the_line_and_never_crash(tmp_path, folders, text, line, message):
    path = write(tmp_path, "broken.txt", text)
    env = create_environment(list(folders))
    with pytest.raises(TemplateProblem, match=message) as caught:
        render(str(path), {"theme": "x"}, env)
    assert caught.value.line == line
    assert f"line {line}" in str(caught.value)


def test_a_missing_template_is_reported(folders):
    with pytest.raises(TemplateProblem, match=r"no template named 'nope\.txt'"):
        render("nope.txt", {}, create_environment(list(folders)))


def test_join_names_follows_the_house_style():
    assert join_names([]) == ""
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A and B"
    assert join_names(["A", "B", "C"]) == "A, B and C"
    assert join_names(["甲", "乙", "丙"], "zh") == "甲、乙和丙"


def test_days_are_formatted_per_language():
    day = date(2021, 4, 2)
    assert format_day(day) == "April 2"
    assert format_day(day, "zh") == "4月2日"
    assert format_day(day, "en", year=True) == "April 2, 2021"
    assert format_day(day, "zh", year=True) == "2021年4月2日"


def test_the_user_template_folder_is_in_the_data_folder(data_dir):
    assert user_template_dir() == data_dir / "templates"
    assert user_template_dir().is_dir()
