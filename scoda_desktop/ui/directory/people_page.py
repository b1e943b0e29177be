"""The People page: the directory's people in a list filtered by any form of their name, the
selected person in full beside it, and the commands on people and their posts.

Every read and write runs on the task runner through the ``DirectoryService`` that ``service()``
returns (the window's, once the database is open); the page keeps no database state. The list is
read again after every write, keeping the filter and the selection. Merge, import and export are
other dialogs: the page calls the callables it was given and the window wires their results back
(``after_merge``, ``refresh``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from scoda_desktop.ui.directory.detail_html import in_language
from scoda_desktop.ui.directory.list_page import DirectoryPage
from scoda_desktop.ui.directory.list_parts import set_column_widths
from scoda_desktop.ui.directory.person_detail import PersonDetailView
from scoda_desktop.ui.directory.post_commands import PostCommands
from scoda_desktop.ui.directory.tasks import FailureReporter, ServiceFactory
from scoda_desktop.ui.row_table import Column
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import (
        DirectoryService,
        MergeResult,
        PersonDetail,
        PersonRow,
        SavedRecord,
    )
    from scoda_desktop.ui.directory.person_dialog import PersonDialog
    from scoda_desktop.ui.directory.post_dialog import PostDialog

__all__ = ["COLUMNS", "PeoplePage"]

log = logging.getLogger(__name__)

CONTEXT = "PeoplePage"


def _name(row: PersonRow) -> str:
    return f"{row.name_en} {row.name_zh}" if row.name_zh else row.name_en


COLUMNS: tuple[Column[PersonRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("PeoplePage", "Name"),
        _name,
        tooltip=lambda r: "\n".join((_name(r), *r.alternative_spellings)),
    ),
    Column(
        QT_TRANSLATE_NOOP("PeoplePage", "Current title"),
        lambda r: in_language(r.title_en, r.title_zh),
        tooltip=lambda r: "\n".join(t for t in (r.title_en, r.title_zh) if t) or None,
    ),
    Column(QT_TRANSLATE_NOOP("PeoplePage", "Organisation"), lambda r: r.organisation_en or ""),
    Column(
        QT_TRANSLATE_NOOP("PeoplePage", "Country"),
        lambda r: r.country_en or r.country_code or "",
    ),
    Column(QT_TRANSLATE_NOOP("PeoplePage", "E-mail"), lambda r: r.email or ""),
)
EMAIL = 4
COLUMN_WIDTHS = (220, 300, 240, 110)  # the e-mail column takes what is left


def read_person(service: DirectoryService, person_id: int) -> tuple[PersonDetail, QImage | None]:
    """The person in full and their photo decoded (a QImage may be made off the GUI thread)."""
    detail = service.person(person_id)
    photo = detail.record.photo
    return detail, (QImage.fromData(photo) if photo else None)


class PeoplePage(DirectoryPage):
    def __init__(
        self,
        runner: TaskRunner,
        service: ServiceFactory,
        report_failure: FailureReporter,
        *,
        open_meeting: Callable[[int], None],
        open_history: Callable[[str, int | str], None],
        merge_person: Callable[[int], Any] | None = None,
        import_people: Callable[[], Any] | None = None,
        export_people: Callable[[], Any] | None = None,
        now: Callable[[], datetime | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            service,
            report_failure,
            record_kind="person",
            columns=COLUMNS,
            key=lambda row: row.id,
            context=CONTEXT,
            open_meeting=open_meeting,
            open_history=open_history,
            detail=PersonDetailView(now=now),
            parent=parent,
        )
        self.setObjectName("peoplePage")
        self._merge_person = merge_person
        self.posts = PostCommands(runner, service, report_failure, self.forms.show, self)
        self.posts.changed.connect(self._on_posts_changed)
        self.filter_edit.setObjectName("peopleFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by any form of the name, the Chinese name or a spelling (Ctrl+F)")
        )
        self.table.setObjectName("peopleTable")
        self.count_label.setObjectName("peopleCount")
        set_column_widths(self.table, COLUMN_WIDTHS, stretch=EMAIL)
        self._add_commands(import_people, export_people)
        self.update_buttons()

    def _add_commands(
        self, import_people: Callable[[], Any] | None, export_people: Callable[[], Any] | None
    ) -> None:
        add = self.commands.add_button
        self.new_button = add(
            self.tr("&New Person…"),
            self.new_person,
            name="newPerson",
            tip=self.tr("Add a person to the directory"),
            shortcuts=("Ctrl+Shift+N", "Ins"),
        )
        self.edit_button = add(
            self.tr("&Edit…"),
            self.edit_person,
            name="editPerson",
            tip=self.tr("Edit the selected person (Enter or double-click)"),
        )
        self.post_button = add(
            self.tr("New &Post…"),
            self.new_post,
            name="newPost",
            tip=self.tr(
                "Add a post; the current one can end the day before, staying in the history"
            ),
        )
        self.history_button = add(
            self.tr("&History…"),
            self.show_history,
            name="personHistory",
            tip=self.tr("Every meeting with the selected person and what came of it"),
        )
        self.merge_button = self.import_button = self.export_button = None
        if self._merge_person is not None:
            self.merge_button = add(
                self.tr("&Merge…"),
                self.merge_selected,
                name="mergePerson",
                tip=self.tr(
                    "Make two records of one person one, keeping every meeting and outcome"
                ),
            )
        if import_people is not None:
            self.import_button = add(
                self.tr("&Import…"),
                import_people,
                name="importPeople",
                tip=self.tr("Add or update people from a CSV or vCard file, with a preview first"),
                trailing=True,
            )
        if export_people is not None:
            self.export_button = add(
                self.tr("E&xport…"),
                export_people,
                name="exportPeople",
                tip=self.tr("Save everyone as CSV (for Excel) or vCard"),
                trailing=True,
            )

    # -- what the page says ----------------------------------------------------------------

    def list_reader(self) -> Callable[[DirectoryService], list[PersonRow]]:
        return lambda service: service.people()

    def detail_reader(
        self, key: Any
    ) -> Callable[[DirectoryService], tuple[PersonDetail, QImage | None]]:
        return lambda service: read_person(service, int(key))

    def show_detail(self, detail: tuple[PersonDetail, QImage | None]) -> PersonDetail:
        person, photo = detail
        assert isinstance(self.detail, PersonDetailView)
        self.detail.show_person(person, photo)
        return person

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return self.tr("{shown} of %n person(s)", "", total).format(shown=shown)
        return self.tr("%n person(s)", "", total)

    def empty_text(self) -> str:
        return self.tr(
            "No people in the directory yet. Add one with New Person… (Ctrl+Shift+N), "
            "or import a CSV or vCard file with Import…."
        )

    def nothing_selected_text(self) -> str:
        return self.tr("Select a person to see their details.")

    def no_match_text(self, text: str) -> str:
        return self.tr(
            "Nobody's name matches “{text}”. Clear the filter (Esc) to see everyone."
        ).format(text=text)

    def load_failed_title(self) -> str:
        return self.tr("Cannot read the people")

    def follow_link(self, kind: str, key: str) -> None:
        if kind == "post-edit":
            self.edit_post(int(key))
        elif kind == "post-delete":
            self.delete_post(int(key))
        else:
            super().follow_link(kind, key)

    def activate(self, row: PersonRow) -> None:
        self.edit_person()

    def update_buttons(self) -> None:
        chosen = self.selected_key() is not None
        ready = self.shown_detail() is not None
        self.edit_button.setEnabled(ready)
        self.post_button.setEnabled(ready)
        self.history_button.setEnabled(chosen)
        if self.merge_button is not None:
            self.merge_button.setEnabled(chosen)

    # -- people ------------------------------------------------------------------------------

    def show_person(self, person_id: int) -> None:
        """Select the person (reading the list first if they are not in it yet; clearing the
        filter if it hides them); the detail pane follows."""
        self.show_record(int(person_id))

    def selected_id(self) -> int | None:
        return self.selected_key()

    def shown_detail(self) -> PersonDetail | None:
        """The detail the pane shows, if it is the selected person's."""
        detail = self.detail_record
        if detail is None or detail.record.id != self.selected_key():
            return None
        return detail

    def new_person(self) -> PersonDialog | None:
        return self._open_person_dialog(None)

    def edit_person(self) -> PersonDialog | None:
        detail = self.shown_detail()
        return self._open_person_dialog(detail) if detail is not None else None

    def _open_person_dialog(self, detail: PersonDetail | None) -> PersonDialog | None:
        from scoda_desktop.ui.directory.person_dialog import PersonDialog

        if self.forms.raise_open():
            return None
        dialog = PersonDialog(
            self._runner,
            self._service(),
            self._report_failure,
            detail.record if detail else None,
            organisation_ids=[p.organisation_id for p in detail.posts if p.organisation_id]
            if detail
            else (),
            parent=self,
        )
        dialog.saved.connect(self._on_person_saved)
        dialog.open_person.connect(self.show_person)
        self.forms.show(dialog)
        return dialog

    def _on_person_saved(self, saved: SavedRecord) -> None:
        text = (
            self.tr("Added {name} to the directory.") if saved.created else self.tr("Saved {name}.")
        )
        self.select_after_refresh(int(saved.id), text.format(name=saved.label))

    # -- posts -------------------------------------------------------------------------------

    def new_post(self) -> PostDialog | None:
        detail = self.shown_detail()
        return self.posts.new_post(detail) if detail is not None else None

    def edit_post(self, post_id: int) -> PostDialog | None:
        detail = self.shown_detail()
        return self.posts.edit_post(detail, post_id) if detail is not None else None

    def delete_post(self, post_id: int) -> None:
        """Delete a post of the person shown (a link in the pane), after asking."""
        detail = self.shown_detail()
        if detail is not None:
            self.posts.delete_post(detail, post_id)

    def _on_posts_changed(self, text: str) -> None:
        self.select_after_refresh(None, text or None)

    # -- merge -------------------------------------------------------------------------------

    def merge_selected(self) -> None:
        person_id = self.selected_id()
        if person_id is not None and self._merge_person is not None:
            self._merge_person(person_id)

    def after_merge(self, result: MergeResult) -> None:
        """What the merge dialog reports: read the list again and show the person kept."""
        text = self.tr(
            "Merged record {removed} into record {kept}. Moved: meetings {meetings}, "
            "outcomes {outcomes}, posts {posts}."
        ).format(
            removed=result.removed_id,
            kept=result.kept_id,
            meetings=result.participations_moved,
            outcomes=result.outcomes_moved,
            posts=result.posts_moved,
        )
        self.select_after_refresh(result.kept_id, text)
