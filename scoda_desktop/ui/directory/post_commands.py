"""The People page's commands on the posts of the person it shows: add a post, edit one, delete
one (from a link in the detail pane, after asking). Each opens the post dialog or writes on the
task runner; ``changed`` carries a status message after a write, for the page to read again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from scoda_desktop.ui.directory.tasks import FailureReporter, ServiceFactory, submit_for
from scoda_desktop.ui.display import error_text
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import PersonDetail, SavedRecord
    from scoda_desktop.services.directory.posts import PostRow
    from scoda_desktop.services.directory.records import PostRecord
    from scoda_desktop.ui.directory.post_dialog import PostDialog

__all__ = ["PostCommands"]


class PostCommands(QObject):
    """``show_dialog(dialog)`` opens a dialog for the page (False, and the dialog dropped, if
    another one is open)."""

    changed = Signal(str)  # a post was written: the status message

    def __init__(
        self,
        runner: TaskRunner,
        service: ServiceFactory,
        report_failure: FailureReporter,
        show_dialog: Callable[[QDialog], bool],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._report_failure = report_failure
        self._show_dialog = show_dialog
        self._widget = parent

    @staticmethod
    def _post(detail: PersonDetail, post_id: int) -> PostRow | None:
        return next((post for post in detail.posts if post.id == post_id), None)

    def new_post(self, detail: PersonDetail) -> PostDialog | None:
        from scoda_desktop.services.directory.records import PostRecord

        if detail.record.id is None:
            return None
        return self._open(detail, PostRecord(person_id=detail.record.id))

    def edit_post(self, detail: PersonDetail, post_id: int) -> PostDialog | None:
        post = self._post(detail, post_id)
        return self._open(detail, post.record()) if post is not None else None

    def _open(self, detail: PersonDetail, record: PostRecord) -> PostDialog | None:
        from scoda_desktop.ui.directory.post_dialog import PostDialog

        dialog = PostDialog(
            self._runner,
            self._service(),
            self._report_failure,
            record,
            person_name=detail.record.name_en,
            current_posts=detail.current_posts,
            parent=self._widget,
        )
        dialog.saved.connect(self._on_saved)
        dialog.deleted.connect(self._on_deleted)
        return dialog if self._show_dialog(dialog) else None

    def _on_saved(self, saved: SavedRecord) -> None:
        text = self.tr("Added the post {title}.") if saved.created else self.tr("Saved {title}.")
        self.changed.emit(text.format(title=saved.label))

    def _on_deleted(self, _post_id: int) -> None:
        self.changed.emit(self.tr("Deleted the post."))

    def delete_post(self, detail: PersonDetail, post_id: int) -> None:
        """Delete the post after asking (``PostDialog.confirm_delete``)."""
        from scoda_desktop.ui.directory.post_dialog import PostDialog

        post = self._post(detail, post_id)
        if post is None:
            return
        if not PostDialog.confirm_delete(self._widget, post.title_en or post.title_zh or ""):
            return
        service, version = self._service, post.version
        submit_for(
            self,
            self._runner,
            lambda: service().delete_post(post_id, version=version),
            lambda _result: self._on_deleted(post_id),
            self._on_delete_failed,
            name="delete post",
        )

    def _on_delete_failed(self, exc: BaseException, details: str) -> None:
        from scoda_desktop.services.meeting_drafts import StaleRecordError

        if isinstance(exc, StaleRecordError):  # changed or deleted by someone else meanwhile
            QMessageBox.information(
                self._widget, self.tr("The post was not deleted"), error_text(exc)
            )
            self.changed.emit("")
        else:
            self._report_failure(self.tr("Cannot delete the post"), exc, details)
