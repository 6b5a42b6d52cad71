"""File ▸ Compare two versions…: ORIGINAL + EDITED → a tracked-changes .docx.

The same :func:`reviewdesk.formats.export.compare_files` as ``reviewdesk compare``,
run on a job thread with progress and Cancel; an existing output is replaced only after
the editor confirms.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.checker import Cancelled
from reviewdesk.formats.export import ExportResult, compare_files
from reviewdesk.gui.dialogs.export import (
    PathField,
    confirm_replace,
    default_author,
    describe,
    remember_author,
)
from reviewdesk.gui.dialogs.jobs import Job, Jobs, run_with_progress
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.written_wait import Writes
from reviewdesk.store import Library

log = logging.getLogger(__name__)

ARTICLE_FILTER = QT_TRANSLATE_NOOP(
    "CompareDialog", "Articles (*.txt *.md *.markdown *.text *.docx *.html *.htm);;All files (*)"
)
DOCX_FILTER = QT_TRANSLATE_NOOP("CompareDialog", "Word documents (*.docx)")


class CompareDialog(QDialog):
    """Pick two versions of an article and where to write the comparison."""

    compared = Signal(object)  # ExportResult

    def __init__(
        self, library: Library, parent: QWidget | None = None, writes: Writes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(translate("CompareDialog", "Compare two versions"))
        self.resize(620, 220)
        self.library = library
        self.writes = writes or Writes(library)  # the window's: off the UI thread
        self.jobs = Jobs(self)
        self.compare_result: ExportResult | None = None
        self.original_field = PathField(
            translate("CompareDialog", "The version before editing"),
            translate("CompareDialog", ARTICLE_FILTER),
            save=False,
        )
        self.original_field.edit.setObjectName("compareOriginal")
        self.original_field.edit.setToolTip(
            translate("CompareDialog", "The version before editing (.txt, .md, .docx, .html)")
        )
        self.edited_field = PathField(
            translate("CompareDialog", "The edited version"),
            translate("CompareDialog", ARTICLE_FILTER),
            save=False,
        )
        self.edited_field.edit.setObjectName("compareEdited")
        self.edited_field.edit.setToolTip(
            translate("CompareDialog", "The edited version (.txt, .md, .docx, .html)")
        )
        self.output_field = PathField(
            translate("CompareDialog", "Save the comparison as"),
            translate("CompareDialog", DOCX_FILTER),
            save=True,
        )
        self.output_field.edit.setObjectName("compareOutput")
        self.output_field.edit.setToolTip(
            translate("CompareDialog", "The Word file to write, with the changes tracked")
        )
        self.author_edit = QLineEdit(default_author(library))
        self.author_edit.setToolTip(
            translate("CompareDialog", "Your name, put on the tracked changes")
        )
        form = QFormLayout()
        form.addRow(translate("CompareDialog", "&Original:"), self.original_field)
        form.addRow(translate("CompareDialog", "&Edited:"), self.edited_field)
        form.addRow(translate("CompareDialog", "&Save as:"), self.output_field)
        form.addRow(translate("CompareDialog", "&Author:"), self.author_edit)
        intro = QLabel(
            translate(
                "CompareDialog",
                (
                    "Like Word's Compare: the result is a Word file whose "
                    "tracked changes turn the original into the edited version."
                ),
            )
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.compare_button = self.buttons.addButton(
            translate("CompareDialog", "&Compare"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.compare_button.setToolTip(translate("CompareDialog", "Write the comparison"))
        self.buttons.accepted.connect(lambda: self.compare())
        self.buttons.rejected.connect(self.reject)
        self.edited_field.edit.textChanged.connect(self._suggest_output)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _suggest_output(self, text: str) -> None:
        if self.output_field.edit.isModified() or not text.strip():
            return
        edited = Path(text.strip())
        self.output_field.edit.setText(str(edited.with_name(f"{edited.stem}-compared.docx")))

    def compare(self) -> Job | None:
        """Check the fields, confirm a replacement, then compare on a job thread."""
        original, edited = self.original_field.path(), self.edited_field.path()
        out = self.output_field.path()
        for path, what in (
            (original, translate("CompareDialog", "the original")),
            (edited, translate("CompareDialog", "the edited version")),
        ):
            if path is None:
                QMessageBox.warning(
                    self,
                    translate("CompareDialog", "Compare"),
                    translate("CompareDialog", "Choose {what}.").format(what=what),
                )
                return None
            if not path.is_file():
                QMessageBox.warning(
                    self,
                    translate("CompareDialog", "Compare"),
                    translate("CompareDialog", "{path} does not exist.").format(path=path),
                )
                return None
        if out is None:
            QMessageBox.warning(
                self,
                translate("CompareDialog", "Compare"),
                translate("CompareDialog", "Choose where to save the comparison."),
            )
            return None
        if not out.suffix:
            out = out.with_suffix(".docx")
        if out.suffix.lower() != ".docx":
            QMessageBox.warning(
                self,
                translate("CompareDialog", "Compare"),
                translate(
                    "CompareDialog", "{name}: the comparison is a Word file; name it .docx."
                ).format(name=out.name),
            )
            return None
        overwrite = out.exists()
        if overwrite and not confirm_replace(self, out):
            return None
        author = self.author_edit.text().strip()
        self.writes.hand_over(lambda library: remember_author(library, author), "your name")
        assert original is not None and edited is not None

        def work(job: Job) -> ExportResult:
            if job.is_cancelled():
                raise Cancelled
            return compare_files(original, edited, out, author=author, overwrite=overwrite)

        self.compare_button.setEnabled(False)
        job = run_with_progress(
            self,
            self.jobs,
            translate("CompareDialog", "Compare"),
            translate("CompareDialog", "Comparing into {name}…").format(name=out.name),
            work,
            self._done,
        )
        job.finished.connect(lambda: self.compare_button.setEnabled(True))
        return job

    def _done(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.compare_result = result
        self.compared.emit(result)
        self.accept()

    def done(self, result: int) -> None:
        """Close; a comparison still running is waited for."""
        self.jobs.cancel_all()
        super().done(result)


def compare_versions(
    parent: QWidget | None, library: Library, writes: Writes | None = None
) -> ExportResult | None:
    """File ▸ Compare two versions…: the result (also shown in the status bar) or None."""
    dialog = CompareDialog(library, parent, writes)
    try:
        dialog.exec()
        result = dialog.compare_result
    finally:
        dialog.deleteLater()
    if result is not None and isinstance(parent, QMainWindow):
        from reviewdesk.gui.export_folder import show_exported

        # as an export's: whole on a 1024 px window ("Show in folder" holds the folder)
        show_exported(
            parent.statusBar(), result.path, describe(result), describe(result, where=False)
        )
    return result
