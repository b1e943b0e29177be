"""A person's photo in the person dialog: choose a PNG or JPEG file, see it scaled, remove it.

The file is read and checked on the task runner (``read_photo``): over ``MAX_PHOTO_BYTES`` or
not a PNG/JPEG image that decodes, it is refused with a message that says what to do, and the
photo shown before stays. The bytes and their MIME type are what the person record stores.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.ui.meeting_editor.fields import ProblemLabel
from scoda_desktop.ui.workers import TaskRunner

__all__ = ["MAX_PHOTO_BYTES", "PhotoError", "PhotoField", "PhotoFile", "read_photo"]

MAX_PHOTO_BYTES = 2 * 1024 * 1024
PREVIEW_SIZE = QSize(120, 150)  # a passport photo's proportions
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


class PhotoError(Exception):
    """A file refused as a photo; the message says why and what to do."""


@dataclass(frozen=True)
class PhotoFile:
    data: bytes
    mime: str
    image: QImage  # decoded (a QImage may be made on any thread)


def image_mime(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` from the file's first bytes; None for anything else."""
    return next((mime for magic, mime in _SIGNATURES if data.startswith(magic)), None)


def read_photo(path: Path) -> PhotoFile:
    """The photo in ``path``, checked: at most 2 MB, a PNG or JPEG image that decodes.
    Runs on a worker thread (file I/O and decoding)."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PhotoError(
            QCoreApplication.translate(
                "PersonPhoto", "Cannot read “{name}”: {reason}. Choose another file."
            ).format(name=name, reason=exc.strerror or exc)
        ) from exc
    if size > MAX_PHOTO_BYTES:
        raise PhotoError(
            QCoreApplication.translate(
                "PersonPhoto",
                "“{name}” is {size:.1f} MB; a photo may be at most 2 MB. Choose a smaller "
                "image, or save this one smaller first.",
            ).format(name=name, size=size / (1024 * 1024))
        )
    data = path.read_bytes()
    mime = image_mime(data)
    image = QImage.fromData(data) if mime else QImage()
    if mime is None or image.isNull():
        raise PhotoError(
            QCoreApplication.translate(
                "PersonPhoto",
                "“{name}” is not a PNG or JPEG image. Choose a photo saved as .png or .jpg.",
            ).format(name=name)
        )
    return PhotoFile(data, mime, image)


class PhotoField(QWidget):
    """The photo, scaled into a frame, with Choose… and Remove. ``changed`` after either."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoField")
        self._runner = runner
        self._data: bytes | None = None
        self._mime: str | None = None
        self._closed = False

        self.preview = QLabel(objectName="photoPreview")
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose photo…"), objectName="choosePhoto")
        self.choose_button.setToolTip(self.tr("A PNG or JPEG image of at most 2 MB"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remo&ve photo"), objectName="removePhoto")
        self.remove_button.clicked.connect(self.remove)
        self.problem = ProblemLabel("photo")
        self.problem.setMaximumWidth(PREVIEW_SIZE.width() * 2)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self._show(None)

    # -- value -----------------------------------------------------------------------------

    def photo(self) -> tuple[bytes | None, str | None]:
        """The bytes and MIME type to store (None, None: no photo)."""
        return self._data, self._mime

    def set_photo(self, data: bytes | None, mime: str | None) -> None:
        """Show a stored photo (no ``changed``)."""
        self._data, self._mime = (data, mime) if data else (None, None)
        self.problem.show_problem(None)
        self._show(QImage.fromData(data) if data else None)

    def _show(self, image: QImage | None) -> None:
        if image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(
                self.tr("No photo") if self._data is None else self.tr("Cannot show this photo")
            )
        else:
            scaled = image.scaled(
                PREVIEW_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.preview.setPixmap(QPixmap.fromImage(scaled))
        self.remove_button.setEnabled(self._data is not None)

    # -- choosing and removing ---------------------------------------------------------------

    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        """The image file the user picks (tests replace this)."""
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("PersonPhoto", "Choose a photo"),
            "",
            QCoreApplication.translate("PersonPhoto", "Images (*.png *.jpg *.jpeg)"),
        )
        return Path(path) if path else None

    def choose(self) -> None:
        path = self.ask_file(self)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Read and check ``path`` off the GUI thread; show it, or say why it was refused."""
        self.choose_button.setEnabled(False)
        self.problem.show_problem(None)
        self._runner.submit(
            lambda: read_photo(path), self._on_read, self._on_refused, name="read photo"
        )

    def _on_read(self, photo: PhotoFile) -> None:
        if self._closed:
            return
        self.choose_button.setEnabled(True)
        self._data, self._mime = photo.data, photo.mime
        self._show(photo.image)
        self.changed.emit()

    def _on_refused(self, exc: BaseException, _details: str) -> None:
        if self._closed:
            return
        self.choose_button.setEnabled(True)
        if isinstance(exc, PhotoError):
            message = str(exc)
        else:
            message = self.tr("Cannot read the file: {reason}. Choose another file.").format(
                reason=exc
            )
        self.problem.show_problem(message)

    def remove(self) -> None:
        if self._data is None:
            return
        self._data = self._mime = None
        self.problem.show_problem(None)
        self._show(None)
        self.changed.emit()

    def show_problem(self, message: str | None) -> None:
        """A problem the service found with the stored photo (its type)."""
        self.problem.show_problem(message)

    def close_field(self) -> None:
        """The dialog is closing: answers still to come are dropped."""
        self._closed = True
