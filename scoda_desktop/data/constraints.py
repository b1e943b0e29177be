"""Turning a database's refusal (a violated constraint) into a message that says what to fix.

SQLite and PostgreSQL word their errors differently; both name the constraint or the column,
and the constraint names are stable (see the naming convention in domain/models.py).
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from scoda_desktop.errors import InputError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

# The message for each named constraint, marked for translation: a ConstraintViolation carries
# it as an error_message, which the window shows in the interface's language.
MESSAGES = {
    "ck_country_code_iso": QT_TRANSLATE_NOOP(
        "Errors", "A country code must be two capital letters (ISO 3166), such as ID."
    ),
    "ck_organisation_name_en_not_blank": QT_TRANSLATE_NOOP(
        "Errors", "An organisation needs an English name."
    ),
    "ck_organisation_not_own_parent": QT_TRANSLATE_NOOP(
        "Errors", "An organisation cannot be its own parent."
    ),
    "uq_organisation_name_en_country_code": QT_TRANSLATE_NOOP(
        "Errors", "An organisation with this English name already exists for this country."
    ),
    "ck_person_family_name_not_blank": QT_TRANSLATE_NOOP(
        "Errors", "A person needs a family name (or their single name)."
    ),
    "ck_person_single_name_has_no_given_name": QT_TRANSLATE_NOOP(
        "Errors", "A person with a single name has no given name: leave the given name empty."
    ),
    "ck_position_end_not_before_start": QT_TRANSLATE_NOOP(
        "Errors", "A post cannot end before it starts."
    ),
    "ck_position_has_title": QT_TRANSLATE_NOOP(
        "Errors", "A post needs a title in English or Chinese."
    ),
    "ck_meeting_ends_after_start": QT_TRANSLATE_NOOP(
        "Errors", "A meeting must end after it starts."
    ),
    "ck_meeting_has_theme": QT_TRANSLATE_NOOP(
        "Errors", "A meeting needs a theme in English or Chinese."
    ),
    "ck_meeting_has_time_zone": QT_TRANSLATE_NOOP("Errors", "A meeting needs a time zone."),
    "uq_participation_meeting_id_person_id": QT_TRANSLATE_NOOP(
        "Errors", "This person is already an attendee of the meeting."
    ),
    "ck_outcome_has_text": QT_TRANSLATE_NOOP(
        "Errors", "An outcome needs a text in English or Chinese."
    ),
    "ck_outcome_open_outcome_not_closed": QT_TRANSLATE_NOOP(
        "Errors", "An open outcome has no closing date: mark it done or dropped, or clear the date."
    ),
    "uq_press_release_revision_press_release_id_number": QT_TRANSLATE_NOOP(
        "Errors", "This revision number already exists."
    ),
}

_UNIQUE_COLUMNS = re.compile(r"UNIQUE constraint failed: ([\w., ]+)")
_NOT_NULL = re.compile(
    r"NOT NULL constraint failed: (\w+)\.(\w+)|null value in column \"(\w+)\" of relation \"(\w+)\""
)
_NAMED = re.compile(r"(?:constraint failed: |constraint \")(\w+)")


def explain(error: sa.exc.IntegrityError) -> str:
    """A sentence for the person who entered the data (an ``error_message``: translatable)."""
    text = str(error.orig)
    named = _NAMED.search(text)
    if named and named.group(1) in MESSAGES:
        return error_message(MESSAGES[named.group(1)])
    unique = _UNIQUE_COLUMNS.search(text)
    if unique:  # SQLite names the columns, not the constraint
        columns = [c.strip().split(".") for c in unique.group(1).split(",")]
        name = f"uq_{columns[0][0]}_" + "_".join(col for _, col in columns)
        if name in MESSAGES:
            return error_message(MESSAGES[name])
        return error_message(
            QT_TRANSLATE_NOOP("Errors", "Another {table} already has this {columns}."),
            table=columns[0][0],
            columns=" and ".join(c for _, c in columns),
        )
    missing = _NOT_NULL.search(text)
    if missing:
        table, column = (
            missing.group(1, 2) if missing.group(1) else (missing.group(4), missing.group(3))
        )
        return error_message(
            QT_TRANSLATE_NOOP("Errors", "The {column} of a {table} must be filled in."),
            column=column.replace("_", " "),
            table=table,
        )
    if "FOREIGN KEY" in text or "foreign key constraint" in text:
        return error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The record refers to something that does not exist, or is still referred to "
                "by other records.",
            )
        )
    return error_message(
        QT_TRANSLATE_NOOP("Errors", "The database refused the change: {error}"),
        error=text.splitlines()[0],
    )


class ConstraintViolation(InputError):
    """A write the database refused because the data breaks one of its rules."""

    @classmethod
    def from_integrity_error(cls, error: sa.exc.IntegrityError) -> ConstraintViolation:
        return cls(explain(error))
