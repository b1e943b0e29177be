"""The editor's Export menu: the text shown in the editor written as DOCX, PDF, HTML, Markdown
or plain text, a bilingual DOCX with the meeting's release in the other language, and a copy
to the clipboard (plain text, and HTML so a word processor keeps the headline).

Files are written off the GUI thread by ``services.press.export`` (atomically). PDF is the HTML
export printed by ``ui.printing`` in the shipped font whose text copies out correctly.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from scoda_desktop.domain.enums import Language
from scoda_desktop.ui.press.tasks import PressTasks
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from scoda_desktop.services.press.store import PressReleaseRow, PressReleaseStore

__all__ = [
    "EXPORTS",
    "ExportChoice",
    "ReleaseExporter",
    "ask_save_path",
    "pdf_available",
    "printed_font",
    "write_press_pdf",
]

log = logging.getLogger(__name__)

Work = Callable[["PressReleaseStore"], None]


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """One entry of the Export menu. ``label`` and ``file_filter`` are English source strings
    marked in the context "ReleaseExporter": shown translated."""

    key: str  # "docx", "pdf", "html", "md", "txt", "bilingual"
    label: str
    suffix: str
    file_filter: str


EXPORTS = (
    ExportChoice(
        "docx",
        QT_TRANSLATE_NOOP("ReleaseExporter", "&Word Document (DOCX)…"),
        ".docx",
        QT_TRANSLATE_NOOP("ReleaseExporter", "Word documents (*.docx)"),
    ),
    ExportChoice(
        "pdf",
        QT_TRANSLATE_NOOP("ReleaseExporter", "&PDF…"),
        ".pdf",
        QT_TRANSLATE_NOOP("ReleaseExporter", "PDF files (*.pdf)"),
    ),
    ExportChoice(
        "html",
        QT_TRANSLATE_NOOP("ReleaseExporter", "&Web Page (HTML)…"),
        ".html",
        QT_TRANSLATE_NOOP("ReleaseExporter", "Web pages (*.html *.htm)"),
    ),
    ExportChoice(
        "md",
        QT_TRANSLATE_NOOP("ReleaseExporter", "&Markdown…"),
        ".md",
        QT_TRANSLATE_NOOP("ReleaseExporter", "Markdown (*.md)"),
    ),
    ExportChoice(
        "txt",
        QT_TRANSLATE_NOOP("ReleaseExporter", "Plain &Text…"),
        ".txt",
        QT_TRANSLATE_NOOP("ReleaseExporter", "Text files (*.txt)"),
    ),
    ExportChoice(
        "bilingual",
        QT_TRANSLATE_NOOP("ReleaseExporter", "&Bilingual Word Document (Chinese | English)…"),
        ".docx",
        QT_TRANSLATE_NOOP("ReleaseExporter", "Word (*.docx)"),
    ),
)


def _shown(text: str) -> str:
    """An export menu's marked string in the interface's language."""
    return QCoreApplication.translate("ReleaseExporter", text)


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """The file to write, from the save dialog; None when cancelled. Tests replace this."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(chosen) if chosen else None


def pdf_available() -> bool:
    """Whether this build has ``ui.printing`` (checked without importing it: it imports the
    document services, which the window does not need before a PDF is asked for)."""
    return importlib.util.find_spec("scoda_desktop.ui.printing") is not None


def printed_font(html: str, family: str) -> str:
    """The press HTML with ``family`` as the font of its text. The export template names the
    fonts a browser should use (Microsoft YaHei, PingFang SC, Noto Sans CJK SC); printed by Qt,
    Noto Sans CJK would give a PDF whose copied text has wrong characters (see
    ``ui/printing/fonts.py``). A rule added last wins; a template without ``</head>`` keeps its
    own fonts."""
    override = f'<style>body, h1, p {{ font-family: "{family}"; }}</style>'
    return html.replace("</head>", override + "</head>", 1)


def write_press_pdf(text: str, language: str, title: str, path: Path) -> None:
    """The draft's HTML export printed to PDF by ``ui.printing`` in its shipped font. Blocks:
    run it on the task runner."""
    from scoda_desktop.services.documents import Prepared
    from scoda_desktop.services.press.export import draft_html
    from scoda_desktop.ui.printing import HtmlPrintable, write_pdf
    from scoda_desktop.ui.printing.fonts import document_family

    html = printed_font(draft_html(text, language), document_family())
    prepared = Prepared.now()
    write_pdf(HtmlPrintable(html, title=title, language=language, prepared=prepared), path)


def _suggested_name(release: PressReleaseRow, suffix: str, bilingual: bool = False) -> str:
    day = release.meeting_starts_at.strftime("%Y-%m-%d")
    language = "zh-en" if bilingual else str(release.language)
    return f"{day} {release.template} {language}{suffix}"


class ReleaseExporter(QObject):
    """Owns the Export menu and the Copy action; ``release()`` and ``text()`` give what the
    editor shows, ``counterpart()`` the same meeting's release in the other language."""

    exported = Signal(str)  # a message for the status bar

    def __init__(
        self,
        tasks: PressTasks,
        release: Callable[[], PressReleaseRow | None],
        text: Callable[[], str],
        counterpart: Callable[[PressReleaseRow], PressReleaseRow | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._release = release
        self._text = text
        self._counterpart = counterpart
        self._parent = parent
        self._pdf = pdf_available()

        self.menu = QMenu(self.tr("&Export"), parent)
        self.menu.setObjectName("pressExportMenu")
        self.actions: dict[str, QAction] = {}
        for choice in EXPORTS:
            if choice.key == "pdf" and not self._pdf:
                log.info("no ui.printing: PDF export is not offered")
                continue  # no dead entries
            if choice.key == "bilingual":
                self.menu.addSeparator()
            action = self.menu.addAction(_shown(choice.label))
            action.triggered.connect(lambda _checked=False, c=choice: self.export(c.key))
            self.actions[choice.key] = action
        self.menu.addSeparator()
        self.copy_action = self.menu.addAction(self.tr("&Copy to Clipboard"))
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.setToolTip(
            self.tr("Copy the text as shown, with the headline as a heading")
        )
        self.copy_action.triggered.connect(self.copy_to_clipboard)
        self.menu.aboutToShow.connect(self.update_actions)

    def update_actions(self) -> None:
        release = self._release()
        for action in [*self.actions.values(), self.copy_action]:
            action.setEnabled(release is not None)
        bilingual = self.actions["bilingual"]
        if release is not None and self._counterpart(release) is None:
            bilingual.setEnabled(False)
            if release.language == Language.ENGLISH:
                bilingual.setToolTip(self.tr("Draft this meeting's release in Chinese first"))
            else:
                bilingual.setToolTip(self.tr("Draft this meeting's release in English first"))
        else:
            bilingual.setToolTip("")
        self.menu.setToolTipsVisible(True)

    # -- exporting -------------------------------------------------------------------------

    def export(self, key: str) -> None:
        release = self._release()
        if release is None:
            return
        choice = next(c for c in EXPORTS if c.key == key)
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        suggested = folder / _suggested_name(release, choice.suffix, key == "bilingual")
        path = ask_save_path(
            self._parent, self.tr("Export Press Release"), suggested, _shown(choice.file_filter)
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(choice.suffix)
        if key == "bilingual":
            work = self._bilingual_work(release, path)
        else:
            work = self._work(key, release, self._text(), path)
        if work is None:
            return
        self._tasks.run(
            work,
            lambda _result: self.exported.emit(self.tr("Exported {file}.").format(file=path.name)),
            self.tr("Cannot export the press release"),
            name=f"export {key}",
        )

    def _work(self, key: str, release: PressReleaseRow, text: str, path: Path) -> Work:
        language = str(release.language)
        if key == "pdf":
            title = release.headline or release.meeting_theme
            return lambda _store: write_press_pdf(text, language, title, path)

        def file(_store: PressReleaseStore) -> None:
            from scoda_desktop.services.press.export import export_draft

            export_draft(text, path, key, language)

        return file

    def _bilingual_work(self, release: PressReleaseRow, path: Path) -> Work | None:
        other = self._counterpart(release)
        if other is None:
            return None
        text = self._text()

        def bilingual(store: PressReleaseStore) -> None:
            from scoda_desktop.services.press.export import export_bilingual_docx

            other_text = store.load(other.id).body
            zh, en = (
                (text, other_text) if release.language == Language.CHINESE else (other_text, text)
            )
            export_bilingual_docx(zh, en, path)

        return bilingual

    # -- the clipboard ---------------------------------------------------------------------

    def copy_to_clipboard(self) -> None:
        release = self._release()
        if release is None:
            return
        text, language = self._text(), str(release.language)

        def html(_store: PressReleaseStore) -> str:
            from scoda_desktop.services.press.export import draft_html

            return draft_html(text, language)

        def put(rendered: str) -> None:
            data = QMimeData()
            data.setText(text)
            data.setHtml(rendered)
            QGuiApplication.clipboard().setMimeData(data)
            self.exported.emit(self.tr("Copied the press release to the clipboard."))

        self._tasks.run(html, put, self.tr("Cannot copy the press release"), name="copy")
