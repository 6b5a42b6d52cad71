"""File ▸ Export…: the corrected draft as .txt/.md/.html/.docx, tracked changes, or a report.

The export is built and written on a :class:`~reviewdesk.gui.dialogs.jobs.Job` (a big
article's tracked-changes .docx takes a while), behind a progress dialog with Cancel.
An existing file is replaced only after the editor confirms; the exporter itself refuses
otherwise. The author name is remembered in the library setting ``author``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.checker import Cancelled
from reviewdesk.core.models import Article, Decision, Note
from reviewdesk.desk.exporting import (
    default_author,
    export_folder,
    record_export,
    remember_author,
)
from reviewdesk.desk.settings import EXPORT_FORMAT
from reviewdesk.formats.export import (
    SUFFIXES,
    ExportFormat,
    ExportResult,
    render_document,
    write_output,
)
from reviewdesk.gui.dialogs.jobs import Job, Jobs, run_with_progress
from reviewdesk.gui.elided_label import title_heading
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.written_wait import Writes
from reviewdesk.store import Library

log = logging.getLogger(__name__)


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask before replacing an existing file; True to go ahead."""
    answer = QMessageBox.question(
        parent,
        translate("export", "Replace?"),
        translate("export", "{name} already exists in {parent}. Replace it?").format(
            name=path.name, parent=path.parent
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def describe(result: ExportResult, *, where: bool = True) -> str:
    """A status-bar line about a finished export: what, where (the folder, so the editor
    can find it again; not with ``where`` false, for a narrow window, where "Show in
    folder" beside it holds the folder) and what it carries ("1 comment", never "1
    comments")."""
    extra = []
    if result.revisions:
        extra.append(
            translate("ExportDialog", "1 tracked change")
            if result.revisions == 1
            else translate("ExportDialog", "{count} tracked changes").format(count=result.revisions)
        )
    if result.comments:
        extra.append(
            translate("ExportDialog", "1 comment")
            if result.comments == 1
            else translate("ExportDialog", "{count} comments").format(count=result.comments)
        )
    if result.undecided:  # the reporter's own, neither accepted nor rejected: still open
        extra.append(
            translate("ExportDialog", "1 undecided change from the original kept as it came")
            if result.undecided == 1
            else translate(
                "ExportDialog", "{count} undecided changes from the original kept as they came"
            ).format(count=result.undecided)
        )
    tail = (
        translate("ExportDialog", " ({details})").format(
            details=translate("ExportDialog", ", ").join(extra)
        )
        if extra
        else ""
    )
    warnings = "".join(f" — {w}" for w in result.warnings)
    if where:
        said = translate("ExportDialog", "Exported {name} to {folder}").format(
            name=result.path.name, folder=result.path.parent
        )
    else:
        said = translate("ExportDialog", "Exported {name}").format(name=result.path.name)
    return said + tail + warnings


# formats.export.LABELS (Qt-free), as the window names them
FORMAT_NAMES: dict[ExportFormat, str] = {
    ExportFormat.TXT: QT_TRANSLATE_NOOP("ExportFormat", "Plain text (.txt)"),
    ExportFormat.MD: QT_TRANSLATE_NOOP("ExportFormat", "Markdown (.md)"),
    ExportFormat.HTML: QT_TRANSLATE_NOOP("ExportFormat", "Web page (.html)"),
    ExportFormat.DOCX: QT_TRANSLATE_NOOP("ExportFormat", "Word document (.docx)"),
    ExportFormat.DOCX_TRACKED: QT_TRANSLATE_NOOP(
        "ExportFormat", "Word document with tracked changes and comments (.docx)"
    ),
    ExportFormat.REPORT: QT_TRANSLATE_NOOP("ExportFormat", "Review report (.html)"),
}


class PathField(QWidget):
    """A file path: a line edit and a Choose… button opening a file dialog."""

    def __init__(
        self, title: str, file_filter: str, *, save: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.file_filter = file_filter
        self.save = save
        self.edit = QLineEdit()
        self.edit.setAccessibleName(title)  # the form's label names the field, not the box
        self.button = QPushButton(translate("PathField", "Choose…"))
        self.button.setToolTip(title)
        self.button.clicked.connect(lambda: self.choose())
        self.setFocusProxy(self.edit)  # a form label's mnemonic lands in the text field
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def choose(self) -> None:
        """Open the file dialog (the dialog does not ask about replacing; we do)."""
        start = self.edit.text().strip() or str(Path.home())
        if self.save:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.title,
                start,
                self.file_filter,
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.title, start, self.file_filter)
        if path:
            self.edit.setText(path)

    def path(self) -> Path | None:
        """The path typed or chosen, if any."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class ExportDialog(QDialog):
    """Export one article. ``export_result`` is set when a file was written."""

    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        library: Library,
        article: Article,
        parent: QWidget | None = None,
        *,
        notes: Sequence[Note] | None = None,
        decisions: Sequence[Decision] | None = None,
        writes: Writes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.library = library
        self.writes = writes or Writes(library)  # the window's: off the UI thread
        self.article = dataclasses.replace(article)  # a snapshot for the export thread
        assert article.id is not None, "only stored articles can be exported"
        self.notes = list(notes) if notes is not None else library.notes(article.id)
        self.decisions = list(decisions) if decisions is not None else library.decisions(article.id)
        self.source = library.source(article.id)  # a Word article is exported into its file
        self.structure = library.structure(article.id)
        self.folder = export_folder(library, self.article)  # where it went last time
        self.jobs = Jobs(self)
        self.export_result: ExportResult | None = None
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        for fmt in ExportFormat:
            self.format_combo.addItem(translate("ExportFormat", FORMAT_NAMES[fmt]), fmt.value)
        self.format_combo.setToolTip(
            translate("ExportDialog", "What to write: the draft, tracked changes, or a report")
        )
        self.author_edit = QLineEdit(default_author(library))
        self.author_edit.setObjectName("exportAuthor")
        self.author_edit.setPlaceholderText(translate("ExportDialog", "Your name (optional)"))
        self.author_edit.setToolTip(
            translate("ExportDialog", "Your name, put on tracked changes, comments and the report")
        )
        self.path_field = PathField(
            translate("ExportDialog", "Export to"),
            translate("ExportDialog", "All files (*)"),
            save=True,
        )
        self.path_field.edit.setObjectName("exportPath")
        self.path_field.edit.setToolTip(translate("ExportDialog", "The file to write"))
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "&Format:"), self.format_combo)
        form.addRow(translate("ExportDialog", "&Author:"), self.author_edit)
        form.addRow(translate("ExportDialog", "&Save as:"), self.path_field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setToolTip(translate("ExportDialog", "Write the file"))
        self.buttons.accepted.connect(lambda: self.export())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = title_heading(article.title or translate("ExportDialog", "Untitled"))
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        stored = EXPORT_FORMAT.read(library) or ExportFormat.DOCX_TRACKED.value
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(stored)))
        self._last_default = self._default_path()
        self.path_field.edit.setText(str(self._last_default))
        self._suffix = self._format_suffix()
        self.format_combo.currentIndexChanged.connect(self._on_format)

    # -- fields -------------------------------------------------------------------------

    def selected_format(self) -> ExportFormat:
        """The chosen format."""
        return ExportFormat(str(self.format_combo.currentData()))

    def set_format(self, fmt: ExportFormat | str) -> None:
        """Choose a format (as the user would)."""
        self.format_combo.setCurrentIndex(self.format_combo.findData(ExportFormat(fmt).value))

    def _format_suffix(self) -> str:
        return SUFFIXES[self.selected_format()]

    def _default_path(self) -> Path:
        source = Path(self.article.source_path) if self.article.source_path else None
        folder = self.folder
        stem = source.stem if source is not None else (self.article.title or "article")[:60]
        stem = "".join(ch for ch in stem if ch not in '/\\:*?"<>|').strip() or "article"
        tag = "report" if self.selected_format() is ExportFormat.REPORT else "edited"
        return folder / f"{stem}-{tag}{self._format_suffix()}"

    def _on_format(self, _index: int) -> None:
        path = self.path_field.path()
        if path is None or path == self._last_default:
            self._last_default = self._default_path()
            self.path_field.edit.setText(str(self._last_default))
        elif path.suffix == self._suffix:
            self.path_field.edit.setText(str(path.with_suffix(self._format_suffix())))
        self._suffix = self._format_suffix()

    # -- export -------------------------------------------------------------------------

    def target(self) -> Path | None:
        """The file to write, with the format's suffix added when it has none."""
        path = self.path_field.path()
        if path is None:
            return None
        return path if path.suffix else path.with_suffix(self._format_suffix())

    def export(self) -> Job | None:
        """Ask before replacing a file, then export on a job thread."""
        path = self.target()
        if path is None:
            QMessageBox.warning(
                self,
                translate("ExportDialog", "Export"),
                translate("ExportDialog", "Choose where to save the file."),
            )
            return None
        if path.is_dir():
            QMessageBox.warning(
                self,
                translate("ExportDialog", "Export"),
                translate("ExportDialog", "{path} is a folder; give a file name.").format(
                    path=path
                ),
            )
            return None
        overwrite = path.exists()
        if overwrite and not confirm_replace(self, path):
            return None
        fmt = self.selected_format()
        author = self.author_edit.text().strip()
        self.writes.hand_over(lambda library: remember_author(library, author), "your name")
        self.writes.hand_over(
            lambda library: EXPORT_FORMAT.write(library, fmt.value), "the export format"
        )
        article, notes, decisions = self.article, self.notes, self.decisions
        source, structure = self.source, self.structure

        def work(job: Job) -> ExportResult:
            done = render_document(
                article, notes, fmt, author=author, decisions=decisions,
                source=source, structure=structure,
            )  # fmt: skip
            if job.is_cancelled():
                raise Cancelled
            write_output(path, done.data, overwrite=overwrite)
            return ExportResult(
                path, fmt, len(done.data), done.revisions, done.comments, done.warnings,
                done.undecided,
            )  # fmt: skip

        self.export_button.setEnabled(False)
        job = run_with_progress(
            self,
            self.jobs,
            translate("ExportDialog", "Export"),
            translate("ExportDialog", "Writing {name}…").format(name=path.name),
            work,
            self._done,
        )
        job.finished.connect(lambda: self.export_button.setEnabled(True))
        return job

    def _done(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.export_result = result
        log.info("exported %s", result.path)
        article, fmt, path = self.article, result.format.value, result.path
        self.writes.hand_over(
            lambda library: record_export(library, article, fmt, path), "the export's record"
        )
        self.exported.emit(result)
        self.accept()

    def done(self, result: int) -> None:
        """Close; an export still running is cancelled (nothing half-written is left)."""
        self.jobs.cancel_all()
        super().done(result)


def export_article(
    parent: QWidget | None, library: Library, article: Article, writes: Writes | None = None
) -> ExportResult | None:
    """File ▸ Export…: show the dialog; the result (also shown in the status bar) or None."""
    dialog = ExportDialog(library, article, parent, writes=writes)
    try:
        dialog.exec()
        result = dialog.export_result
    finally:
        dialog.deleteLater()
    if result is not None and isinstance(parent, QMainWindow):
        from reviewdesk.gui.export_folder import show_exported

        show_exported(  # with "Show in folder"
            parent.statusBar(), result.path, describe(result), describe(result, where=False)
        )
    return result
