"""File ▸ Print… and File ▸ Export as PDF…: the marked-up draft or the review report.

A small dialog asks which of the two (and, for a PDF, where to save it); the pages are
laid out and painted on a job thread behind a progress dialog with Cancel. A PDF is
made in memory and written atomically, never over a file without asking.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.models import Article
from reviewdesk.desk.exporting import default_author, export_folder, output_folder
from reviewdesk.gui.dialogs.jobs import Job, Jobs, run_with_progress
from reviewdesk.gui.elided_label import title_heading
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.printing import (
    MarkedDraft,
    marked_document,
    marked_draft,
    pdf_bytes,
    print_document,
    report_document,
)
from reviewdesk.gui.session import WRITTEN_WAIT_S, ReviewSession
from reviewdesk.gui.written_wait import when_written
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import Library, StoreError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from reviewdesk.gui.dialogs.export import PathField

log = logging.getLogger(__name__)

# a printout's title and a builder of its document (run on the job thread)
Content = tuple[str, Callable[[], object]]

PDF_FILTER = QT_TRANSLATE_NOOP("PrintDialog", "PDF (*.pdf)")


class Printout(StrEnum):
    """What to print."""

    DRAFT = "draft"
    REPORT = "report"


PRINTOUT_TEXT = {
    Printout.DRAFT: (
        QT_TRANSLATE_NOOP("PrintDialog", "The &draft, marked up"),
        QT_TRANSLATE_NOOP("PrintDialog", "The draft with its issues, changes and notes marked"),
    ),
    Printout.REPORT: (
        QT_TRANSLATE_NOOP("PrintDialog", "The review &report"),
        QT_TRANSLATE_NOOP(
            "PrintDialog",
            "Changes, notes, decisions and readability, as File ▸ Export writes it",
        ),
    ),
}
SUFFIX = {Printout.DRAFT: "marked-up", Printout.REPORT: "report"}


class PrintDialog(QDialog):
    """Which printout, and (for a PDF) the file to save it as."""

    def __init__(
        self,
        article: Article,
        *,
        pdf: bool,
        parent: QWidget | None = None,
        library: Library | None = None,
    ) -> None:
        """``library``: where the desk's last exports went (the PDF's folder when the
        source's may not be written)."""
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.library = library
        self.setWindowTitle(
            translate("PrintDialog", "Export as PDF") if pdf else translate("PrintDialog", "Print")
        )
        self.article = article
        self.choices: dict[Printout, QRadioButton] = {}
        layout = QVBoxLayout(self)
        untitled = translate("PrintDialog", "Untitled")
        heading = title_heading(article.title or untitled)
        layout.addWidget(heading)
        for printout, (text, tip) in PRINTOUT_TEXT.items():
            button = QRadioButton(translate("PrintDialog", text))
            button.setObjectName(f"print_{printout.value}")
            button.setToolTip(translate("PrintDialog", tip))
            button.toggled.connect(lambda on, p=printout: self._chosen(p, on))
            layout.addWidget(button)
            self.choices[printout] = button
        self.path_field: PathField | None = None
        if pdf:
            # imported when asked: the export dialogs bring python-docx and lxml, which
            # the window's start does without (issue 14, a sooner first highlight)
            from reviewdesk.gui.dialogs.export import PathField

            self.path_field = PathField(
                translate("PrintDialog", "Save the PDF as"),
                translate("PrintDialog", PDF_FILTER),
                save=True,
            )
            self.path_field.edit.setObjectName("pdfPath")
            self.path_field.edit.setToolTip(translate("PrintDialog", "The PDF file to write"))
            form = QFormLayout()
            form.addRow(translate("PrintDialog", "&Save as:"), self.path_field)
            layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.addButton(
            translate("PrintDialog", "&Save PDF") if pdf else translate("PrintDialog", "&Print…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ok.setToolTip(
            translate("PrintDialog", "Write the PDF")
            if pdf
            else translate("PrintDialog", "Choose a printer and print")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._default: Path | None = None
        self.choices[Printout.DRAFT].setChecked(True)

    def printout(self) -> Printout:
        """The chosen printout."""
        return next(p for p, b in self.choices.items() if b.isChecked())

    def default_path(self, printout: Printout) -> Path:
        """Where the Export dialog would propose (the folder this article last went out
        to, else beside the source file, else where the desk's exports go), named after
        the source: one rule for both."""
        source = Path(self.article.source_path) if self.article.source_path else None
        folder = (
            export_folder(self.library, self.article)
            if self.library is not None
            else output_folder(self.article.source_path)
        )
        stem = source.stem if source is not None else (self.article.title or "article")[:60]
        stem = "".join(ch for ch in stem if ch not in '/\\:*?"<>|').strip() or "article"
        return folder / f"{stem}-{SUFFIX[printout]}.pdf"

    def _chosen(self, printout: Printout, on: bool) -> None:
        if self.path_field is None or not on:
            return
        path = self.path_field.path()
        if path is None or path == self._default:  # follow the choice unless typed over
            self._default = self.default_path(printout)
            self.path_field.edit.setText(str(self._default))

    def target(self) -> Path | None:
        """The PDF file to write (".pdf" added when the name has no suffix)."""
        path = self.path_field.path() if self.path_field is not None else None
        if path is None:
            return None
        return path if path.suffix else path.with_suffix(".pdf")


class PrintCommands:
    """Print and PDF export of the open article."""

    def __init__(
        self,
        library: Library,
        session: ReviewSession,
        parent: QWidget,
        say: Callable[[str], None],
    ) -> None:
        self.library = library
        self.session = session
        self.parent = parent
        self.say = say
        self.jobs = Jobs(parent)
        self.done: list[Path] = []  # PDFs written, for the status bar and tests

    def _ask(self, *, pdf: bool) -> tuple[Printout, Path | None] | None:
        article = self.session.article
        if article is None:
            return None
        dialog = PrintDialog(article, pdf=pdf, parent=self.parent, library=self.library)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.printout(), dialog.target()
        finally:
            dialog.deleteLater()

    def _content(self, printout: Printout, then: Callable[[Content], object]) -> None:
        """A title and a builder of the document (run on the job thread), to ``then``:
        at once for the marked draft; the report once the library has the latest changes
        (waited for without holding the window)."""
        session, article = self.session, self.session.article
        if article is None or article.id is None:
            return
        session.flush()
        if printout is Printout.DRAFT:
            if not session.is_current(DRAFT):
                self.say(
                    translate(
                        "PrintCommands",
                        "The draft is being checked; its marks are printed as they are now",
                    )
                )
            marked: MarkedDraft = marked_draft(session.draft, article.title, session.notes.notes())
            then((marked.title, lambda: marked_document(marked)))
            return
        article_id = article.id
        what = translate("PrintCommands", "printing the report")
        when_written(  # the report reads the draft, notes and decisions as saved
            session,
            WRITTEN_WAIT_S,
            lambda written: self._report(article_id, written, then),
            what,
            self.parent,
        )

    def _report(self, article_id: int, written: bool, then: Callable[[Content], object]) -> None:
        from reviewdesk.formats.report import build_report  # here, not on the job's thread

        if not written:
            self.say(
                translate(
                    "PrintCommands",
                    "Cannot print the report yet: the library did not take your latest "
                    "changes within {seconds:g} s (another program may be writing to it). "
                    "They stay in the window; File ▸ Save draft as… keeps the draft in a file",
                ).format(seconds=WRITTEN_WAIT_S)
            )
            return
        try:
            stored = self.library.get_article(article_id)
            notes = self.library.notes(article_id)
            decisions = self.library.decisions(article_id)
            reviewer = default_author(self.library)
        except StoreError as exc:
            self.say(translate("PrintCommands", "Cannot print: {error}").format(error=exc))
            return
        title = translate("PrintCommands", "Review report: {title}").format(
            title=stored.title or translate("PrintCommands", "Untitled article")
        )
        then(
            (
                title,
                lambda: report_document(build_report(stored, notes, decisions, reviewer=reviewer)),
            )
        )

    def export_pdf(self) -> Job | None:
        """File ▸ Export as PDF…."""
        asked = self._ask(pdf=True)
        if asked is None:
            return None
        printout, path = asked
        if path is None:
            self.say(translate("PrintCommands", "Give the PDF a file name"))
            return None
        from reviewdesk.gui.dialogs.export import confirm_replace

        overwrite = path.exists()
        if overwrite and not confirm_replace(self.parent, path):
            return None
        started: list[Job] = []
        self._content(printout, lambda content: started.append(self._pdf(content, path, overwrite)))
        return started[0] if started else None  # none yet, too, while it waits for the writer

    def _pdf(self, content: Content, path: Path, overwrite: bool) -> Job:
        from reviewdesk.formats.export import write_output  # here, not on the job's thread

        title, build = content

        def work(job: Job) -> Path:
            doc = build()
            if job.is_cancelled():
                raise_cancelled()
            assert isinstance(doc, QTextDocument)
            write_output(path, pdf_bytes(doc, title), overwrite=overwrite)
            return path

        def finished(result: object) -> None:
            assert isinstance(result, Path)
            self.done.append(result)
            self.say(translate("PrintCommands", "Saved {name}").format(name=result.name))

        return run_with_progress(
            self.parent,
            self.jobs,
            translate("PrintCommands", "Export as PDF"),
            translate("PrintCommands", "Writing {name}…").format(name=path.name),
            work,
            finished,
        )

    def print_(self) -> Job | None:
        """File ▸ Print…: the printout, then the system's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        asked = self._ask(pdf=False)
        if asked is None:
            return None
        printout, _path = asked
        # laid out at a screen's resolution, as the PDF is (see printing.PAGE_DPI)
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        dialog = QPrintDialog(printer, self.parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        finally:
            dialog.deleteLater()
        started: list[Job] = []
        self._content(printout, lambda content: started.append(self._print(content, printer)))
        return started[0] if started else None  # none yet, too, while it waits for the writer

    def _print(self, content: Content, printer: QPrinter) -> Job:
        title, build = content
        printer.setDocName(title)

        def work(job: Job) -> str:
            doc = build()
            if job.is_cancelled():
                raise_cancelled()
            assert isinstance(doc, QTextDocument)
            print_document(doc, printer)
            return printer.printerName() or printer.outputFileName()

        return run_with_progress(
            self.parent,
            self.jobs,
            translate("PrintCommands", "Print"),
            translate("PrintCommands", "Printing {title}…").format(title=title),
            work,
            lambda where: self.say(
                translate("PrintCommands", "Sent to {where}").format(where=where)
                if where
                else translate("PrintCommands", "Printed")
            ),
        )


def raise_cancelled() -> None:
    """Stop a job the editor cancelled (nothing is written)."""
    from reviewdesk.core.checker import Cancelled

    raise Cancelled
