"""File ▸ Print… and File ▸ Export as PDF…: the marked-up draft and the review report.

The PDFs are read back with poppler's pdftotext and pdftoppm (installed by .ci/run), so
the tests see what a reader of the PDF sees: the words, and the marks' colours.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QTextFormat
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from writes import settle

from reviewdesk.core.models import Category
from reviewdesk.gui.appearance import Appearance
from reviewdesk.gui.palette import LIGHT, compose_format
from reviewdesk.gui.print_commands import PrintDialog, Printout
from reviewdesk.gui.printing import marked_document, marked_draft
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

TEXT = (
    "Council approves seawall\n"
    "The council voted on tuesday to build teh seawall along the river.\n"
    "Residents packed the chamber to hear the vote.\n"
)
NOTE = "Check the vote count with the clerk."


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _first_page(path: Path, tmp_path: Path) -> QImage:
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out = tmp_path / "page"
    command = [tool, "-r", "60", "-f", "1", "-l", "1", "-png", str(path), str(out)]
    subprocess.run(command, check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    return image


def _colours(image: QImage) -> set[tuple[int, int, int]]:
    return {
        image.pixelColor(x, y).getRgb()[:3]  # type: ignore[misc]
        for y in range(0, image.height(), 1)
        for x in range(0, image.width(), 2)
    }


def _near(colours: set[tuple[int, int, int]], want: QColor, slack: int = 6) -> bool:
    r, g, b = want.red(), want.green(), want.blue()
    return any(abs(r - x) + abs(g - y) + abs(b - z) <= slack for x, y, z in colours)


def _tint_on_paper(category: Category) -> QColor:
    tint = compose_format((f"cat:{category}",), LIGHT).background().color()
    a = tint.alphaF()
    return QColor(*(round(a * c + (1 - a) * 255) for c in tint.getRgb()[:3]))


@pytest.fixture
def reviewed(tmp_path, make_window, wait_checked, library):  # type: ignore[no-untyped-def]
    path = tmp_path / "seawall.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    assert any(i.category == Category.SPELLING for i in issues)
    # a note on "Residents packed the chamber"
    start = TEXT.index("Residents")
    window.session.select_span(DRAFT, start, start + len("Residents packed the chamber"))
    window.note_commands.prompt = lambda _parent, _quote, _body: NOTE
    window.commands["addNote"].trigger()
    settle(window)  # the window writes off its UI thread
    assert [n.body for n in library.notes(window.session.article.id)] == [NOTE]
    return window


def _export_pdf(qtbot, window, when_shown, printout: Printout, target: Path) -> None:  # type: ignore[no-untyped-def]
    def choose(dialog: PrintDialog) -> None:
        dialog.choices[printout].setChecked(True)
        assert dialog.path_field is not None
        assert dialog.path_field.edit.text().endswith(
            "seawall-marked-up.pdf" if printout is Printout.DRAFT else "seawall-report.pdf"
        )
        dialog.path_field.edit.setText(str(target))
        dialog.accept()

    shown = when_shown(PrintDialog, choose)
    window.commands["exportPdf"].trigger()
    assert shown
    qtbot.waitUntil(lambda: target in window.printing.done, timeout=30000)


def test_the_marked_up_draft_as_pdf_has_the_words_the_marks_and_the_notes(
    qtbot, tmp_path, reviewed, when_shown
) -> None:
    target = tmp_path / "out" / "draft.pdf"
    target.parent.mkdir()
    _export_pdf(qtbot, reviewed, when_shown, Printout.DRAFT, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Saved draft.pdf" in reviewed.statusBar().currentMessage()
    text = " ".join(_pdf_text(target).split())
    assert "Council approves seawall" in text
    assert "Residents packed the chamber" in text
    assert NOTE in text and "Notes" in text
    assert "Draft, marked up" in text
    page = _colours(_first_page(target, tmp_path))
    assert _near(page, _tint_on_paper(Category.SPELLING))  # "teh" and its tint
    assert not [p for p in tmp_path.joinpath("out").iterdir() if p.name != "draft.pdf"]


def test_the_review_report_as_pdf(qtbot, tmp_path, reviewed, when_shown) -> None:
    target = tmp_path / "report.pdf"
    _export_pdf(qtbot, reviewed, when_shown, Printout.REPORT, target)
    text = " ".join(_pdf_text(target).split())
    assert "Council approves seawall" in text
    for heading in ("Readability", "Changes", "Notes", "Decisions"):
        assert heading in text
    assert NOTE in text


def test_paper_is_white_even_when_the_window_is_dark(qtbot, reviewed, qapp) -> None:
    from PySide6.QtGui import QPalette

    palette, style = QPalette(qapp.palette()), qapp.style().name()
    try:
        reviewed.appearance.actions[Appearance.DARK].trigger()
        qtbot.waitUntil(lambda: reviewed.draft.highlighter.pending == 0, timeout=5000)
        marked = marked_draft(reviewed.draft, "Seawall", [])
        doc = marked_document(marked)
        start = doc.toPlainText().index("teh")
        block = doc.findBlock(start)
        fragment = next(
            it.fragment()
            for it in _fragments(block)
            if it.fragment().position() <= start < it.fragment().position() + it.fragment().length()
        )
        fmt = fragment.charFormat()
        assert fmt.hasProperty(QTextFormat.Property.BackgroundBrush)
        assert (
            fmt.background().color()
            == compose_format((f"cat:{Category.SPELLING}",), LIGHT).background().color()
        )
        assert fmt.underlineStyle() == fmt.UnderlineStyle.WaveUnderline
    finally:
        reviewed.appearance.actions[Appearance.SYSTEM].trigger()
        qapp.setStyle(style)
        qapp.setPalette(palette)


def _fragments(block):  # type: ignore[no-untyped-def]
    it = block.begin()
    while not it.atEnd():
        yield it
        it += 1


def test_print_goes_through_the_print_dialog(qtbot, tmp_path, reviewed, when_shown) -> None:
    target = tmp_path / "printed.pdf"

    def choose(dialog: PrintDialog) -> None:
        assert dialog.path_field is None  # a printer needs no file name
        dialog.choices[Printout.DRAFT].setChecked(True)
        dialog.accept()

    def to_file(dialog: QPrintDialog) -> None:
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        # as if "Print to file" were picked: done() keeps these settings, where accept()
        # would read them back from the dialog's own fields
        dialog.done(QDialog.DialogCode.Accepted)

    asked = when_shown(PrintDialog, choose)
    printed = when_shown(QPrintDialog, to_file)
    reviewed.commands["print"].trigger()
    assert asked and printed
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 1000, timeout=30000)
    qtbot.waitUntil(lambda: not reviewed.printing.jobs.busy, timeout=30000)
    assert "Residents packed the chamber" in " ".join(_pdf_text(target).split())
    # the job reports when its result reaches the UI thread, a moment after it ends
    qtbot.waitUntil(lambda: "Sent to" in reviewed.statusBar().currentMessage(), timeout=10000)


@pytest.mark.slow  # more than a second: waits out a held lock for seconds
def test_the_review_report_waits_for_the_note_just_added(
    qtbot, tmp_path, reviewed, when_shown, library
) -> None:
    # The report is built from the library; the window writes off its UI thread. With
    # another program holding the library's write lock, a note just added is not in the
    # library yet: the report waits for the writer (the old code printed without it).
    window = reviewed
    start = TEXT.index("Council")
    window.session.select_span(DRAFT, start, start + len("Council"))
    late = "Ask the council for the vote tally."
    window.note_commands.prompt = lambda _parent, _quote, _body: late
    other = sqlite3.connect(library.path)
    other.execute("BEGIN IMMEDIATE")  # a backup tool, an sqlite3 shell
    try:
        window.commands["addNote"].trigger()
        QTimer.singleShot(3000, other.rollback)  # the other program lets go meanwhile
        target = tmp_path / "report.pdf"
        _export_pdf(qtbot, window, when_shown, Printout.REPORT, target)
    finally:
        other.close()
    text = " ".join(_pdf_text(target).split())
    assert NOTE in text and late in text
