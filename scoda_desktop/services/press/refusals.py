"""Why the press release store refuses a change, in words the window translates: a change the
release's status does not allow, a release changed or deleted by someone else meanwhile.

Each message is a whole sentence marked in the context "Errors" (``wording.error_message``):
the command line and the log read the English, the window shows it translated.
"""

from __future__ import annotations

from datetime import datetime

from scoda_desktop.domain.enums import PressReleaseStatus
from scoda_desktop.domain.office import to_office_time
from scoda_desktop.errors import ScodaError
from scoda_desktop.services.meeting_drafts import StaleRecordError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = ["PressStatusError", "refusal", "release_gone", "stale_release"]


class PressStatusError(ScodaError):
    """The release is not in a status that allows the change (editing an approved release,
    publishing a draft): nothing was written."""


_DRAFT, _APPROVED, _PUBLISHED = (
    PressReleaseStatus.DRAFT,
    PressReleaseStatus.APPROVED,
    PressReleaseStatus.PUBLISHED,
)
# Why a change is refused: (the change, the release's status) -> the whole sentence.
_REFUSALS = {
    ("edited", _APPROVED): QT_TRANSLATE_NOOP(
        "Errors", "The press release is approved, so it cannot be edited. Reopen it first."
    ),
    ("edited", _PUBLISHED): QT_TRANSLATE_NOOP(
        "Errors", "The press release is published, so it cannot be edited. Reopen it first."
    ),
    ("approved", _APPROVED): QT_TRANSLATE_NOOP(
        "Errors", "The press release is approved, so it cannot be approved. Reopen it first."
    ),
    ("approved", _PUBLISHED): QT_TRANSLATE_NOOP(
        "Errors", "The press release is published, so it cannot be approved. Reopen it first."
    ),
    ("published", _DRAFT): QT_TRANSLATE_NOOP(
        "Errors", "The press release is a draft, so it cannot be published."
    ),
    ("published", _PUBLISHED): QT_TRANSLATE_NOOP(
        "Errors", "The press release is published, so it cannot be published. Reopen it first."
    ),
    ("reopened", _DRAFT): QT_TRANSLATE_NOOP(
        "Errors", "The press release is a draft, so it cannot be reopened."
    ),
    ("deleted", _APPROVED): QT_TRANSLATE_NOOP(
        "Errors", "The press release is approved, so it cannot be deleted. Reopen it first."
    ),
    ("deleted", _PUBLISHED): QT_TRANSLATE_NOOP(
        "Errors", "The press release is published, so it cannot be deleted. Reopen it first."
    ),
}


def refusal(verb: str, status: PressReleaseStatus) -> str:
    """Why a release in ``status`` cannot be ``verb`` ("edited", "approved", "published",
    "reopened", "deleted"): the sentence for that change and status."""
    return error_message(_REFUSALS[verb, status])


def release_gone(release_id: int) -> StaleRecordError:
    """The release is no longer in the database."""
    return StaleRecordError(
        error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Press release {id} is no longer in the database: someone may have "
                "deleted it or its meeting. Refresh the list (F5).",
            ),
            id=release_id,
        )
    )


def stale_release(theme: str, actor: str | None, at: datetime | None) -> StaleRecordError:
    """The release of the meeting ``theme`` was changed after it was read: by ``actor`` at
    ``at`` (UTC), as the last audit entry says, when there is one."""
    if actor is None or at is None:
        return StaleRecordError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The press release for “{theme}” was changed after you opened it, so "
                    "your change was not saved. Open it again to see the current version, "
                    "then make your change again.",
                ),
                theme=theme,
            )
        )
    return StaleRecordError(
        error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The press release for “{theme}” was changed by {actor} at {time} after you "
                "opened it, so your change was not saved. Open it again to see the current "
                "version, then make your change again.",
            ),
            theme=theme,
            actor=actor,
            time=f"{to_office_time(at):%Y-%m-%d %H:%M}",
        )
    )
