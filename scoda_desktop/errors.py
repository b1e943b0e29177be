"""Errors SCODA Desktop explains to the user. Each message says what is wrong and what to do."""

from __future__ import annotations


class ScodaError(Exception):
    """An error with a message meant for the person using the application."""

    exit_code = 1


class InputError(ScodaError):
    """Bad input from the user: a file, an argument, a value. The CLI exits with 2."""

    exit_code = 2

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []

    def __str__(self) -> str:
        text = super().__str__()
        if self.problems:
            text += "\n" + "\n".join(f"  - {p}" for p in self.problems)
        return text


class DatabaseError(ScodaError):
    """The database cannot be opened or used as it is."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer SCODA Desktop; opening it could damage it."""
