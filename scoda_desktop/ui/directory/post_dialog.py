"""The post dialog: add a post to a person, or edit or delete one of their posts.

A post is a title (English and/or Chinese) at an organisation, with optional dates, the
diplomatic rank, the head-of-mission class and when functions were taken up (Beijing time) for
heads of mission, and the internal rank for the host side. A new post can end the person's
current posts the day before it starts, so they stay in the history. Problems show under their
fields at once (the service's rules over the organisations read, and dates that are not dates)
and from ``service.check_post`` a moment after the last change; Save is disabled with the reason.
Saving, a stale save and closing with unsaved changes are ``RecordDialog``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QLayout, QMessageBox, QPushButton, QWidget

from scoda_desktop.services.directory.records import PostRecord
from scoda_desktop.services.directory.validation import References, cleaned_post, validate_post
from scoda_desktop.services.meeting_drafts import Problem, StaleRecordError
from scoda_desktop.ui.directory.post_form import PostForm
from scoda_desktop.ui.directory.record_dialog import RecordDialog
from scoda_desktop.ui.directory.tasks import FailureReporter
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import DirectoryService, SavedRecord
    from scoda_desktop.services.directory.listing import OrganisationRow
    from scoda_desktop.services.directory.posts import PostRow

__all__ = ["PostDialog"]


class PostDialog(RecordDialog):
    """Add (``record.id`` None) or edit a post of ``person_name``. ``current_posts``: the
    person's posts held today, which a new post may end."""

    deleted = Signal(int)  # the post's id

    def __init__(
        self,
        runner: TaskRunner,
        service: DirectoryService,
        report_failure: FailureReporter,
        record: PostRecord,
        *,
        person_name: str,
        current_posts: Sequence[PostRow] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, service, report_failure, parent)
        self.setObjectName("postDialog")
        self._record = record
        self._organisations: dict[int, int | None] | None = None  # id -> parent, once read
        self.setWindowTitle(
            self.tr("New post for {name}").format(name=person_name)
            if record.id is None
            else self.tr("Edit post of {name}").format(name=person_name)
        )

        self.form = PostForm(record, current_posts)
        self.save_button.setObjectName("savePost")
        self.save_status.setObjectName("postSaveStatus")
        self.delete_button = QPushButton(self.tr("&Delete post…"), objectName="deletePost")
        self.delete_button.setToolTip(
            self.tr("Remove a post entered by mistake (meetings keep the titles they recorded)")
        )
        self.delete_button.clicked.connect(self.delete)
        self.delete_button.setVisible(record.id is not None)
        self.bottom.insertWidget(0, self.delete_button)
        self.add_body_widget(self.form)
        self.watch_problems(self.form.problem_labels)
        # Never squeezed below what the fields need, with room for a few problem lines.
        layout = self.layout()
        assert layout is not None
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.resize(760, self.sizeHint().height() + 4 * self.fontMetrics().lineSpacing())
        self.form.changed.connect(self.changed)

        self.start(record)
        self.read_choices(
            self._service.organisations,
            self._offer_organisations,
            failed_title=self.tr("Cannot read the organisations"),
        )
        self.form.title_en.setFocus()

    # -- the record ------------------------------------------------------------------------

    def load(self, record: PostRecord) -> None:
        self._record = record
        self.form.load(record)

    def record(self) -> PostRecord:
        return self.form.record()

    def typed_state(self) -> tuple[object, ...]:
        return self.form.state()

    def stale_title(self) -> str:
        return self.tr("The post was changed elsewhere")

    def save_failed_title(self) -> str:
        return self.tr("Cannot save the post")

    # -- checking --------------------------------------------------------------------------

    def local_problems(self, record: PostRecord) -> list[Problem]:
        """What only the form can tell (text that is not a date), then the service's rules over
        the organisations read."""
        organisations = self._organisations
        if organisations is None:  # not read yet: the service's check will say
            organisations = {record.organisation_id: None} if record.organisation_id else {}
        refs = References(organisation_parents=dict(organisations))
        return self.form.form_problems() + validate_post(cleaned_post(record), refs)

    def checker(self) -> Callable[[PostRecord], list[Problem]]:
        return self._service.check_post

    def problems_shown(self, problems: list[Problem]) -> None:
        self.delete_button.setEnabled(not self.saving)

    def _offer_organisations(self, rows: list[OrganisationRow]) -> None:
        self._organisations = {row.id: row.parent_id for row in rows}
        self.form.set_organisations(rows)

    # -- saving and deleting ---------------------------------------------------------------

    def saver(self) -> Callable[[PostRecord], SavedRecord]:
        service, end_current = self._service, self.form.ends_current_posts
        return lambda record: service.save_post(record, end_current_posts=end_current)

    def saved_reader(self) -> Callable[[], PostRecord]:
        """The post as saved now, read through its person (gone: a stale record)."""
        post_id, person_id, service = self._record.id, self._record.person_id, self._service

        def saved_now() -> PostRecord:
            posts = {post.id: post for post in service.person(person_id).posts}
            if post_id not in posts:
                raise StaleRecordError(
                    QCoreApplication.translate(
                        "PostDialog",
                        "This post was deleted or merged by someone else meanwhile, so it cannot "
                        "be saved. Close this form, and add the post again if it is needed.",
                    )
                )
            return posts[post_id].record()

        return saved_now

    @classmethod
    def confirm_delete(cls, parent: QWidget | None, title: str) -> bool:
        """Ask before deleting a post (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("PostDialog", "Delete the post?"),
            QCoreApplication.translate(
                "PostDialog",
                "Delete “{title}”? Only do this for a post entered by mistake: a post the "
                "person has left should get an end date instead, to stay in their history. "
                "Meetings keep the titles they recorded.",
            ).format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        post_id, version = self._record.id, self._record.version
        if post_id is None or version is None or self.saving:
            return
        title = self._record.title_en or self._record.title_zh or ""
        if not self.confirm_delete(self, title):
            return
        service = self._service
        self.run_write(
            lambda: service.delete_post(post_id, version=version),
            lambda _result: self._on_deleted(post_id),
            self.tr("Deleting…"),
        )

    def _on_deleted(self, post_id: int) -> None:
        self.deleted.emit(post_id)
        if not self._closed:
            self.done(QDialog.DialogCode.Accepted)
