"""Reading the command line: window options alone without the subcommands' parser, and
everything else exactly as the full parser reads it."""

from __future__ import annotations

import pytest

from scoda_desktop import cli_parser
from scoda_desktop.cli_parser import build_parser, parse_arguments

WINDOW_ONLY = [
    [],
    ["--demo"],
    ["--database", "office.sqlite3"],
    ["--database=postgresql+psycopg://scoda@localhost/scoda"],
    ["--startup-check"],
    ["--lang", "zh"],
    ["--lang=en", "--demo", "--startup-check"],
    ["--data", "office.sqlite3", "--start"],  # abbreviations, as argparse allows them
    ["--database", "a.sqlite3", "--database", "b.sqlite3"],  # the last one counts
]

NOT_WINDOW_ONLY = [
    ["--lang", "fr"],
    ["--demo", "--database", "office.sqlite3"],
    ["--d", "office.sqlite3"],  # --database or --demo?
    ["--database"],
    ["--startup-check=yes"],
    ["no-such-command"],
    ["--", "--demo"],
    ["-x"],
    ["meetings", "--limit", "0"],
    ["--demo", "meetings", "--json"],
]


def _outcome(argv: list[str], parse, capsys) -> tuple[object, str, str]:
    """What parsing ``argv`` gives: the arguments or the exit code, and what was printed."""
    try:
        result: object = {k: v for k, v in vars(parse(argv)).items() if k != "handler"}
    except SystemExit as exc:
        result = ("exit", exc.code)
    captured = capsys.readouterr()
    return result, captured.out, captured.err


@pytest.mark.parametrize("argv", WINDOW_ONLY, ids=" ".join)
def test_window_options_are_read_without_the_subcommands(argv, monkeypatch):
    expected = vars(build_parser().parse_args(argv))

    def no_full_parser():
        raise AssertionError("the full parser was built for window options alone")

    monkeypatch.setattr(cli_parser, "build_parser", no_full_parser)
    assert vars(parse_arguments(argv)) == expected
    assert parse_arguments(argv).command is None


@pytest.mark.parametrize("argv", NOT_WINDOW_ONLY, ids=" ".join)
def test_anything_else_is_read_by_the_full_parser_with_its_own_message(argv, capsys):
    outcome = _outcome(argv, parse_arguments, capsys)
    assert outcome == _outcome(argv, build_parser().parse_args, capsys)


def test_startup_check_and_lang_take_no_subcommand(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_arguments(["--startup-check", "meetings"])
    assert exit_info.value.code == 2
    assert "it takes no subcommand" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parse_arguments(["--lang", "zh", "meetings"])
    assert "takes its own --lang after its name" in capsys.readouterr().err


def test_help_lists_the_window_options_and_every_subcommand(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_arguments(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for word in ("--database", "--demo", "--lang", "--startup-check", "--version"):
        assert word in out
    for command in ("import", "meetings", "briefing", "runsheet", "people-export", "generate"):
        assert command in out


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_arguments(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("SCODA Desktop ")
