"""Table models of the press pages, over plain rows from the services: the press releases, one
release's revisions, and the draft templates. Each is read-only and refilled by ``set_rows``.

Headers and labels are English source strings, shown in the interface's language: each model's
headers are marked in its own translation context (the class's name)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from scoda_desktop.domain.enums import Language, PressReleaseStatus
from scoda_desktop.domain.office import to_office_time
from scoda_desktop.ui.display import TranslatedLabels, date_text, office_time_text
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the services import SQLAlchemy: not before the window shows
    from scoda_desktop.services.press.store import PressReleaseRow, RevisionRow
    from scoda_desktop.services.press.templates import DraftTemplate

__all__ = [
    "LANGUAGE_LABELS",
    "ROW_ROLE",
    "SORT_ROLE",
    "STATUS_LABELS",
    "PressReleaseTableModel",
    "RevisionTableModel",
    "TemplateTableModel",
    "approval_text",
    "meeting_day_text",
]

SORT_ROLE = Qt.ItemDataRole.UserRole  # a key the proxy sorts on
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row itself

# The language a release or a template is written in (not the interface's).
LANGUAGE_LABELS: TranslatedLabels[str] = TranslatedLabels(
    "PressLanguage",
    {
        Language.ENGLISH: QT_TRANSLATE_NOOP("PressLanguage", "English"),
        Language.CHINESE: QT_TRANSLATE_NOOP("PressLanguage", "Chinese"),
    },
)
STATUS_LABELS: TranslatedLabels[PressReleaseStatus] = TranslatedLabels(
    "PressReleaseStatus",
    {
        PressReleaseStatus.DRAFT: QT_TRANSLATE_NOOP("PressReleaseStatus", "Draft"),
        PressReleaseStatus.APPROVED: QT_TRANSLATE_NOOP("PressReleaseStatus", "Approved"),
        PressReleaseStatus.PUBLISHED: QT_TRANSLATE_NOOP("PressReleaseStatus", "Published"),
    },
)
STATUS_ORDER = {status: n for n, status in enumerate(PressReleaseStatus)}

_Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


def meeting_day_text(instant: datetime) -> str:
    """The office's calendar day of ``instant``: ``2021-04-02``, ``2021年4月2日``."""
    return date_text(to_office_time(instant).date())


def approval_text(release: PressReleaseRow) -> str:
    """Who approved the release and when, and when it was published; "" for a draft."""
    published = office_time_text(release.published_at) if release.published_at is not None else None
    if release.approved_at is None:
        if published is None:
            return ""
        return QCoreApplication.translate("PressApproval", "published on {published}").format(
            published=published
        )
    approved = office_time_text(release.approved_at)
    if release.approved_by:
        approval = QCoreApplication.translate(
            "PressApproval", "Approved by {who} on {approved}"
        ).format(who=release.approved_by, approved=approved)
    else:
        approval = QCoreApplication.translate(
            "PressApproval", "Approved by someone on {approved}"
        ).format(approved=approved)
    if published is None:
        return approval
    return QCoreApplication.translate(
        "PressApproval", "{approval}; published on {published}"
    ).format(approval=approval, published=published)


class _RowsModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table of plain rows: subclasses name the headers (marked for translation
    in ``context``) and how a cell reads."""

    context: ClassVar[str] = ""
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def find(self, matches: Callable[[RowT], bool]) -> int | None:
        return next((n for n, row in enumerate(self._rows) if matches(row)), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return QCoreApplication.translate(self.context, self.headers[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def display(self, row: RowT, column: int) -> str | None:
        raise NotImplementedError

    def sort_key(self, row: RowT, column: int) -> Any:
        return (self.display(row, column) or "").casefold()

    def tooltip(self, row: RowT, column: int) -> str | None:
        return None


class PressReleaseTableModel(_RowsModel["PressReleaseRow"]):
    MEETING, LANGUAGE, STATUS, UPDATED = range(4)
    context = "PressReleaseTableModel"
    headers = (
        QT_TRANSLATE_NOOP("PressReleaseTableModel", "Meeting"),
        QT_TRANSLATE_NOOP("PressReleaseTableModel", "Language"),
        QT_TRANSLATE_NOOP("PressReleaseTableModel", "Status"),
        QT_TRANSLATE_NOOP("PressReleaseTableModel", "Updated"),
    )

    def row_of(self, release_id: int) -> int | None:
        return self.find(lambda release: release.id == release_id)

    def display(self, row: PressReleaseRow, column: int) -> str | None:
        if column == self.MEETING:
            return f"{meeting_day_text(row.meeting_starts_at)}  {row.meeting_theme}"
        if column == self.LANGUAGE:
            return LANGUAGE_LABELS.get(row.language, str(row.language))
        if column == self.STATUS:
            return STATUS_LABELS.get(row.status, str(row.status))
        if column == self.UPDATED:
            return office_time_text(row.updated_at)
        return None

    def sort_key(self, row: PressReleaseRow, column: int) -> Any:
        if column == self.MEETING:  # by the meeting's date, as the list shows it first
            return row.meeting_starts_at.timestamp()
        if column == self.UPDATED:
            return row.updated_at.timestamp()
        if column == self.STATUS:
            return STATUS_ORDER.get(row.status, len(STATUS_ORDER))
        return super().sort_key(row, column)

    def tooltip(self, row: PressReleaseRow, column: int) -> str | None:
        if column == self.MEETING:
            return self.tr("{theme}\n{headline}\nTemplate: {template}").format(
                theme=row.meeting_theme, headline=row.headline, template=row.template
            )
        if column == self.STATUS:
            return approval_text(row) or None
        if column == self.UPDATED:
            if row.author:
                return self.tr("Revision {revision}; drafted by {author}").format(
                    revision=row.revisions, author=row.author
                )
            return self.tr("Revision {revision}; drafted by unknown").format(revision=row.revisions)
        return None


class RevisionTableModel(_RowsModel["RevisionRow"]):
    NUMBER, SAVED, AUTHOR = range(3)
    context = "RevisionTableModel"
    headers = (
        QT_TRANSLATE_NOOP("RevisionTableModel", "No."),
        QT_TRANSLATE_NOOP("RevisionTableModel", "Saved"),
        QT_TRANSLATE_NOOP("RevisionTableModel", "By"),
    )

    def display(self, row: RevisionRow, column: int) -> str | None:
        if column == self.NUMBER:
            return str(row.number)
        if column == self.SAVED:
            return office_time_text(row.created_at)
        if column == self.AUTHOR:
            return row.author or ""
        return None

    def sort_key(self, row: RevisionRow, column: int) -> Any:
        if column in (self.NUMBER, self.SAVED):
            return row.number
        return super().sort_key(row, column)


class TemplateTableModel(_RowsModel["DraftTemplate"]):
    NAME, LANGUAGE, SOURCE = range(3)
    context = "TemplateTableModel"
    headers = (
        QT_TRANSLATE_NOOP("TemplateTableModel", "Template"),
        QT_TRANSLATE_NOOP("TemplateTableModel", "Language"),
        QT_TRANSLATE_NOOP("TemplateTableModel", "Source"),
    )

    def row_of(self, file_name: str) -> int | None:
        return self.find(lambda template: template.file_name == file_name)

    def display(self, row: DraftTemplate, column: int) -> str | None:
        if column == self.NAME:
            return row.name
        if column == self.LANGUAGE:
            return LANGUAGE_LABELS.get(row.language, row.language)
        if column == self.SOURCE:
            if not row.user_copy:
                return self.tr("Built-in")
            return self.tr("Your copy") if row.builtin else self.tr("Yours")
        return None

    def tooltip(self, row: DraftTemplate, column: int) -> str | None:
        if not row.user_copy:
            return self.tr("{file}, built into SCODA Desktop: copy it to edit it").format(
                file=row.file_name
            )
        if row.builtin:
            return self.tr("{path}: your copy, used instead of the built-in").format(
                path=row.user_path
            )
        return str(row.user_path)
