"""Preferences: which database to use (a file, or the office's PostgreSQL server, with "Test
connection"), the name recorded with your changes, how often to look for colleagues', and the
language of the interface (applied at the next start).

Each field is built from its declaration in ``scoda_desktop.settings`` (label, type, limits,
help, translated in the context ``Settings``), so a setting is described once. "Test connection"
runs on a worker thread and reports "OK, schema revision …" or what to check, in the
interface's language (``display.phrase_text`` and ``error_text``). The dialog only edits values:
``edit_preferences`` saves them and offers to open a newly chosen database now (otherwise it is
used from the next start; ``--database`` and ``SCODA_DATABASE`` still take precedence at start).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop import paths
from scoda_desktop.data.target import DatabaseTarget, resolve_target
from scoda_desktop.errors import ScodaError
from scoda_desktop.settings import (
    ACTOR_NAME,
    DATABASE_KIND,
    POLL_SECONDS,
    POSTGRES_DATABASE,
    POSTGRES_HOST,
    POSTGRES_PASSWORD,
    POSTGRES_PORT,
    POSTGRES_USER,
    POSTGRESQL,
    SQLITE_PATH,
    SYSTEM_LANGUAGE,
    TRANSLATION_CONTEXT,
    UI_LANGUAGE,
    Preferences,
    Setting,
    load_preferences,
    save_preferences,
)
from scoda_desktop.ui.display import error_text, phrase_text
from scoda_desktop.ui.meeting_editor.fields import problem_colour
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP, system_language
from scoda_desktop.ui.workers import TaskRunner

__all__ = ["PreferencesDialog", "edit_preferences", "target_for"]

log = logging.getLogger(__name__)

CONTEXT = "PreferencesDialog"  # of the strings outside the class
POSTGRES_SETTINGS = (
    POSTGRES_HOST,
    POSTGRES_PORT,
    POSTGRES_DATABASE,
    POSTGRES_USER,
    POSTGRES_PASSWORD,
)
TESTING = QT_TRANSLATE_NOOP("PreferencesDialog", "Connecting…")
MINIMUM_WIDTH = 580


def setting_text(text: str) -> str:
    """A label, choice or help of ``scoda_desktop.settings`` in the interface's language."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text) if text else text


def target_for(spec: str | None) -> DatabaseTarget:
    """The database a preference names (None: the default file), ignoring ``SCODA_DATABASE``."""
    return resolve_target(spec or str(paths.default_database_path()))


# -- fields built from the declarations -------------------------------------------------------


def _choice_label(setting: Setting[Any], value: str, label: str) -> str:
    if setting is UI_LANGUAGE and value == SYSTEM_LANGUAGE:
        # "Follow the system (中文)": which language that is on this computer
        names = dict(UI_LANGUAGE.choices)
        return QCoreApplication.translate("PreferencesDialog", "{choice} ({language})").format(
            choice=setting_text(label), language=names[system_language()]
        )
    return setting_text(label)


def _field(setting: Setting[Any]) -> QWidget:
    widget: QWidget
    if setting.choices:
        combo = QComboBox()
        for value, label in setting.choices:
            combo.addItem(_choice_label(setting, value, label), value)
        widget = combo
    elif setting.type is bool:
        widget = QCheckBox(setting_text(setting.label))
    elif setting.type is int:
        spin = QSpinBox()
        spin.setRange(
            setting.minimum if setting.minimum is not None else -(2**31),
            setting.maximum if setting.maximum is not None else 2**31 - 1,
        )
        widget = spin
    else:
        line = QLineEdit()
        if setting.secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        widget = line
    widget.setObjectName(setting.key)
    if setting.help:
        widget.setToolTip(setting_text(setting.help))
    return widget


def _show(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))


def _read(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)  # drawn in the muted colour of help text
    return label


def _page(page: QWidget, form: QFormLayout, note: str) -> None:
    """``form`` with ``note`` under it, full width (a wrapped label in a form row is given too
    little height)."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(form)
    layout.addWidget(_note(note))


class PreferencesDialog(QDialog):
    connection_tested = Signal(str)  # the text shown after "Test connection"

    def __init__(
        self,
        preferences: Preferences,
        *,
        in_use: DatabaseTarget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(MINIMUM_WIDTH)
        self._preferences = preferences
        self._runner = TaskRunner(self)  # a slow server must not hold up the window's tasks
        self._closed = False
        self._tests = 0  # answers to older tests are dropped
        self.fields: dict[Setting[Any], QWidget] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(self._database_group(in_use))
        layout.addWidget(self._you_group())
        layout.addWidget(self._sharing_group())
        layout.addWidget(self._interface_group())
        layout.addStretch(1)  # groups keep their own height; the rest goes below them
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for setting, widget in self.fields.items():
            _show(widget, preferences.get(setting))
        kind = self.fields[DATABASE_KIND]
        assert isinstance(kind, QComboBox)
        kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    def _add(self, form: QFormLayout, setting: Setting[Any]) -> QWidget:
        widget = _field(setting)
        self.fields[setting] = widget
        form.addRow(self._row_label(setting), widget)
        return widget

    def _row_label(self, setting: Setting[Any]) -> str:
        return self.tr("{label}:").format(label=setting_text(setting.label))

    def _database_group(self, in_use: DatabaseTarget | None) -> QGroupBox:
        group = QGroupBox(self.tr("Database"))
        form = QFormLayout()
        self._add(form, DATABASE_KIND)

        sqlite_page = QWidget()
        sqlite_form = QFormLayout()
        path = _field(SQLITE_PATH)
        assert isinstance(path, QLineEdit)
        path.setPlaceholderText(str(paths.default_database_path()))
        self.fields[SQLITE_PATH] = path
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(path, 1)
        row.addWidget(self.browse_button)
        sqlite_form.addRow(self._row_label(SQLITE_PATH), row)
        _page(sqlite_page, sqlite_form, setting_text(SQLITE_PATH.help))

        server_page = QWidget()
        server_form = QFormLayout()
        for setting in POSTGRES_SETTINGS:
            self._add(server_form, setting)
        _page(server_page, server_form, setting_text(POSTGRES_PASSWORD.help))

        # Shown one at a time; not a QStackedWidget, which keeps the height of the taller page.
        self.sqlite_page, self.server_page = sqlite_page, server_page

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setToolTip(
            self.tr("Connect to this database and read its schema revision; nothing is changed")
        )
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(objectName="connectionResult")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)

        notes = [
            self.tr(
                "A new choice is used from the next start; after OK you can also switch now. "
                "A database given with --database or SCODA_DATABASE takes precedence at start."
            )
        ]
        if in_use is not None:
            notes.append(self.tr("In use now: {database}").format(database=in_use.display_name))
        if os.environ.get("SCODA_DATABASE"):
            notes.append(self.tr("SCODA_DATABASE is set on this computer: it decides at start."))

        box = QVBoxLayout(group)
        box.addLayout(form)
        box.addWidget(sqlite_page)
        box.addWidget(server_page)
        box.addLayout(test_row)
        box.addWidget(self.test_result)
        box.addWidget(_note("\n".join(notes)))
        return group

    def _you_group(self) -> QGroupBox:
        from scoda_desktop.services.audit import default_actor  # SQLAlchemy: loaded by now

        group = QGroupBox(self.tr("You"))
        form = QFormLayout(group)
        actor = self._add(form, ACTOR_NAME)
        assert isinstance(actor, QLineEdit)
        actor.setPlaceholderText(self.tr("{login} (your login name)").format(login=default_actor()))
        form.addRow(_note(setting_text(ACTOR_NAME.help)))
        return group

    def _sharing_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Working together"))
        form = QFormLayout(group)
        poll = self._add(form, POLL_SECONDS)
        assert isinstance(poll, QSpinBox)
        poll.setSuffix(self.tr(" seconds"))
        return group

    def _interface_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Interface"))
        form = QFormLayout(group)
        self._add(form, UI_LANGUAGE)
        form.addRow(
            _note(self.tr("A change of language applies the next time SCODA Desktop starts."))
        )
        return group

    # -- values ----------------------------------------------------------------------------

    def preferences(self) -> Preferences:
        """The preferences as the form shows them."""
        return self._preferences.replace(
            {setting: _read(widget) for setting, widget in self.fields.items()}
        )

    def chosen_target(self) -> DatabaseTarget:
        return target_for(self.preferences().database_spec())

    def _on_kind_changed(self) -> None:
        server = _read(self.fields[DATABASE_KIND]) == POSTGRESQL
        self.sqlite_page.setVisible(not server)
        self.server_page.setVisible(server)
        self.test_result.clear()
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the page shown needs (adjustSize stops at two thirds of the screen, and
        the server's fields were squeezed below their height), within the screen."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.sizeHint().width())
        # The notes wrap: their height at this width, not at the narrower one sizeHint assumes.
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        if height <= 0:
            height = self.sizeHint().height()
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height())
        self.resize(width, height)

    def _browse(self) -> None:
        path = self.fields[SQLITE_PATH]
        assert isinstance(path, QLineEdit)
        start = path.text() or str(paths.default_database_path())
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            setting_text(SQLITE_PATH.label),
            start,
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # choosing a file opens it
        )
        if chosen:
            path.setText(chosen)

    # -- testing the connection ------------------------------------------------------------

    def test_connection(self) -> None:
        """Connect to the database the form names, on a worker thread, and say how it went."""
        try:
            target = self.chosen_target()
        except ScodaError as exc:
            self._show_result(error_text(exc), ok=False)
            return
        self._tests += 1
        asked = self._tests
        self.test_result.setStyleSheet("")
        self.test_result.setText(QCoreApplication.translate(CONTEXT, TESTING))
        self.test_button.setEnabled(False)

        def work() -> str:
            from scoda_desktop.data.probe import check_connection

            return check_connection(target).message

        def finished(message: str) -> None:
            if asked == self._tests:
                self._show_result(phrase_text(message), ok=True)

        def failed(exc: BaseException, _details: str) -> None:
            if asked != self._tests:
                return
            if not isinstance(exc, ScodaError):
                log.error("testing the connection to %s failed", target.display_name, exc_info=exc)
            self._show_result(error_text(exc), ok=False)

        self._runner.submit(work, finished, failed, name="test connection")

    def _show_result(self, text: str, *, ok: bool) -> None:
        if self._closed:
            return
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("" if ok else f"color: {problem_colour(self)};")
        self.test_result.setText(text)
        self.connection_tested.emit(text)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        preferences: Preferences,
        *,
        in_use: DatabaseTarget | None = None,
    ) -> Preferences | None:
        """Show the dialog (modal); the edited preferences after OK, None after Cancel."""
        dialog = cls(preferences, in_use=in_use, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.preferences()
        finally:
            dialog.deleteLater()


def ask_to_switch(parent: QWidget | None, in_use: DatabaseTarget, chosen: DatabaseTarget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PreferencesDialog", "Open the chosen database now?"),
        QCoreApplication.translate(
            "PreferencesDialog",
            "SCODA Desktop is using {current}.\n\nOpen {chosen} now? Otherwise it is opened "
            "from the next start.",
        ).format(current=in_use.display_name, chosen=chosen.display_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def edit_preferences(
    parent: QWidget,
    *,
    in_use: DatabaseTarget,
    switch_to: Callable[[DatabaseTarget], None],
) -> Preferences | None:
    """Edit the saved preferences; save them after OK, and if another database was chosen,
    offer to ``switch_to`` it now. The saved preferences, or None if nothing was saved."""
    chosen = PreferencesDialog.ask(parent, load_preferences(), in_use=in_use)
    if chosen is None:
        return None
    try:
        save_preferences(chosen)
    except ScodaError as exc:
        log.warning("cannot save the preferences: %s", exc)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PreferencesDialog", "Cannot save the preferences"),
            error_text(exc),
        )
        return None
    target = target_for(chosen.database_spec())
    if target.url != in_use.url and ask_to_switch(parent, in_use, target):
        switch_to(target)
    return chosen
