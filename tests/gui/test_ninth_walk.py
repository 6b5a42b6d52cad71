"""A day at the desk, ninth walk: what a copy editor noticed, asserted through the window.

Each test fails on the walk's base (6b435c2): the library, newest change first, showed its
sort arrow pointing up; a plain text's blank lines between paragraphs went out as empty
Word paragraphs in the tracked export; a house rule's tooltip ended "(rule id:
house-style/substitute/…)", its regular expression behind the engine's prefix.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSizeGrip,
    QStyle,
    QStyleOptionHeader,
    QToolButton,
    QWidget,
)

from reviewdesk import __version__
from reviewdesk.core.merge import Edit
from reviewdesk.core.style import load_default_style_sheet
from reviewdesk.formats.docx_revisions import read_revisions
from reviewdesk.gui.dialogs.export import ExportDialog
from reviewdesk.gui.dialogs.library import LibraryDialog
from reviewdesk.gui.editor import issue_tooltip
from reviewdesk.gui.export_folder import BUTTON_NAME
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import Library

pytestmark = pytest.mark.gui

BLANK_LINED = (
    "Harbour Reopens After Storm\n"
    "\n"
    "The harbour reopened on Monday after a week of repairs, the council said.\n"
    "\n"
    "Fishermen said the the damage was worse than feared.\n"
)


def _arrow_rows(header: QHeaderView, section: int) -> list[int]:
    """The dark pixels of each row of the sort arrow the header shows on ``section``, top
    to bottom, read from the header as drawn (the style's own arrow rectangle)."""
    image = header.grab().toImage()
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.rect = header.rect()
    option.rect.setLeft(header.sectionViewportPosition(section))
    option.rect.setWidth(header.sectionSize(section))
    place = header.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    rows = [
        sum(
            1
            for x in range(place.left(), place.right() + 1)
            if image.pixelColor(x, y).lightness() < 150
        )
        for y in range(place.top(), place.bottom() + 1)
    ]
    return [r for r in rows if r]


def _points_down(rows: list[int]) -> bool:
    return len(rows) >= 2 and rows[0] > rows[-1]


def test_the_librarys_newest_first_shows_an_arrow_pointing_down(
    qtbot: Any, make_window: Callable[..., Any], library: Library, tmp_path: Path
) -> None:
    """Newest change first (the library's own order) is a descending sort: its arrow points
    down, as in a file manager; sorted oldest first, it points up. The base drew it up."""
    window = make_window()
    for name in ("one", "two"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Story {name}\nThe council met on Monday.\n", encoding="utf-8")
        assert window.open_file(path)
    dialog = LibraryDialog(library, window, current_id=window.session.article.id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    column = next(n for n, c in enumerate(dialog.model.columns) if c.title == "Last change")
    assert header.sortIndicatorSection() == column
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    rows = _arrow_rows(header, column)
    assert _points_down(rows), rows
    dialog.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    rows = _arrow_rows(header, column)
    assert rows and not _points_down(rows), rows


def test_a_plain_texts_blank_lines_are_no_empty_word_paragraphs(
    qtbot: Any,
    make_window: Callable[..., Any],
    when_shown: Callable[..., Any],
    tmp_path: Path,
) -> None:
    """A text with a blank line between paragraphs, exported with tracked changes from
    File ▸ Export: one Word paragraph per paragraph, none empty, the fix still tracked."""
    article = tmp_path / "harbour.txt"
    article.write_text(BLANK_LINED, encoding="utf-8")
    window = make_window()
    assert window.open_file(article)
    start = window.draft.toPlainText().index("the the")
    window.session.edit_draft([Edit(start, start + len("the the"), "the", "the the")])
    out = tmp_path / "harbour-tracked.docx"

    def export(dialog: ExportDialog) -> None:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx-tracked"))
        dialog.path_field.edit.setText(str(out))
        dialog.export_button.click()

    done = when_shown(ExportDialog, export)
    window.commands["export"].trigger()
    assert done
    qtbot.waitUntil(out.exists, timeout=20000)
    paragraphs = docx.Document(io.BytesIO(out.read_bytes())).paragraphs
    assert len(paragraphs) == 3
    assert all(p.text.strip() for p in paragraphs)
    view = read_revisions(out)
    assert view.accepted.split("\n")[2] == "Fishermen said the damage was worse than feared."
    assert view.rejected.split("\n")[2] == "Fishermen said the the damage was worse than feared."


def test_a_house_rules_tooltip_names_its_entry_in_the_sheet_not_an_id(
    make_window: Callable[..., Any],
    wait_checked: Callable[..., None],
    library: Library,
    tmp_path: Path,
) -> None:
    """A house substitution written as a regular expression: the tooltip says it comes
    from the house style sheet's Substitutions and quotes the entry as the desk wrote it;
    no "rule id", no engine prefix."""
    sheet = load_default_style_sheet().to_dict()
    sheet["substitutions"] = [
        *sheet.get("substitutions", []),
        {"find": r"\bquays?\b", "replace": "wharf", "regex": True},
    ]
    library.set_style_sheet(sheet)
    path = tmp_path / "master.txt"
    path.write_text("Harbour news\nThe harbour master said the quay was safe.\n", "utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    issue = next(i for i in window.session.pane(DRAFT).issues if i.text == "quay")
    tip = issue_tooltip(issue)
    assert "house style sheet, Substitutions: “\\bquays?\\b”" in tip
    assert "rule id" not in tip and "house-style/" not in tip


STORY = (
    "Harbour Reopens After Storm\n"
    "The harbour reopened on Monday after a week of repairs, the council said.\n"
    "Fishermen said the damage was worse than feared, and the quay stayed shut.\n"
)


def _left_at(window: Any, path: Path, passage: str) -> int:
    """Open ``path``, put the draft's caret after ``passage`` and close the window (a
    restart's first half); the caret's place in code points."""
    path.write_text(STORY, encoding="utf-8")
    assert window.open_file(path)
    place = window.draft.toPlainText().index(passage) + len(passage)
    window.session.select_span(DRAFT, place, place)
    window.close()
    return place


def test_after_a_restart_the_empty_window_offers_the_last_article_at_its_place(
    qtbot: Any, make_window: Callable[..., Any], tmp_path: Path
) -> None:
    """Closed with an article open, the next start's empty window offers "Go on with …"
    (the base showed only the hint); Enter on it opens the article, the caret where the
    editor left it."""
    place = _left_at(make_window(), tmp_path / "harbour.txt", "worse than feared")
    again = make_window()
    assert again.session.article is None  # nothing reopened by itself: offered
    qtbot.waitUntil(lambda: again.findChild(QWidget, "lastArticleOffer") is not None)
    offer = again.findChild(QWidget, "lastArticleOffer")
    qtbot.waitUntil(offer.isVisible)
    button = again.findChild(QPushButton, "goOnWithLast")
    assert button.text().replace("&", "") == "Go on with “Harbour Reopens After Storm”"
    assert button.hasFocus()  # Enter goes on at once
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.session.article is not None)
    qtbot.waitUntil(lambda: again.session.cursor_span() == (place, place))
    assert again.stack.currentWidget() is again.stack.review


def test_open_at_start_is_remembered_and_reopens_the_last_article(
    qtbot: Any, make_window: Callable[..., Any], tmp_path: Path
) -> None:
    """Ticking "Open it when reviewdesk starts" is kept in the settings: the next start
    opens the last article by itself, at its place."""
    place = _left_at(make_window(), tmp_path / "harbour.txt", "repairs")
    second = make_window()
    qtbot.waitUntil(lambda: second.findChild(QCheckBox, "openLastAtStart") is not None)
    second.findChild(QCheckBox, "openLastAtStart").setChecked(True)
    second.close()
    third = make_window()
    qtbot.waitUntil(lambda: third.session.article is not None)
    assert third.session.article.title == "Harbour Reopens After Storm"
    qtbot.waitUntil(lambda: third.session.cursor_span() == (place, place))


def test_an_article_in_the_bin_is_not_offered(
    qtbot: Any, make_window: Callable[..., Any], library: Library, tmp_path: Path
) -> None:
    """File ▸ Close offers the article back at once; once it is in the bin, the next
    start offers nothing (the hint alone)."""
    window = make_window()
    path = tmp_path / "harbour.txt"
    path.write_text(STORY, encoding="utf-8")
    assert window.open_file(path)
    article_id = window.session.article.id
    window.session.close_article()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "lastArticleOffer") is not None)
    offer = window.findChild(QWidget, "lastArticleOffer")
    qtbot.waitUntil(offer.isVisible)  # File ▸ Close: offered back at once
    library.catalog.move_to_bin(article_id)
    window.close()
    again = make_window()
    qtbot.waitUntil(lambda: again.findChild(QWidget, "lastArticleOffer") is not None)
    assert not again.findChild(QWidget, "lastArticleOffer").isVisible()
    assert again.stack.currentWidget() is again.stack.empty_page


def test_f1_lists_every_shortcut_with_its_menu_entry(
    qtbot: Any, make_window: Callable[..., Any], when_shown: Callable[..., Any]
) -> None:
    """The base had no Help menu: a desk without the web had no way to find the keys.
    F1 shows them all, each with its menu entry, read from the window's own actions."""
    window = make_window()
    seen: list[list[tuple[str, ...]]] = []

    def read(dialog: Any) -> None:
        table = dialog.table
        seen.append(
            [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
        )
        dialog.reject()

    done = when_shown(QDialog, read)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.draft, Qt.Key.Key_F1)
    assert done
    rows = [row[:2] for row in seen[0]]
    assert ("Ctrl+Shift+I", "Review ▸ Ignore issue") in rows
    assert ("F1", "Help ▸ Keyboard shortcuts") in rows
    assert rows[0][1].startswith("File ▸ ")  # in menu order
    assert ("Ctrl+O", "File ▸ Open…", "Open an article file") in seen[0]  # the key once


def test_help_about_says_the_version_and_where_the_library_is(
    make_window: Callable[..., Any], library: Library, when_shown: Callable[..., Any]
) -> None:
    window = make_window()
    said: list[str] = []

    def read(box: Any) -> None:
        said.append(box.text())
        box.accept()

    done = when_shown(QMessageBox, read)
    window.commands["about"].trigger()
    assert done
    assert __version__ in said[0]
    assert html.escape(str(library.path)) in said[0]


def test_the_export_message_fits_a_1024_pixel_window(
    qtbot: Any,
    make_window: Callable[..., Any],
    when_shown: Callable[..., Any],
    tmp_path: Path,
) -> None:
    """At 1024 px the base's "Exported … to /a/long/folder (6 tracked changes)" ran under
    the status bar's own widgets and stopped mid-word: the counts were never seen. The
    folder gives way ("Show in folder" beside it), then the file name's middle; the
    whole message is in the button's tooltip."""
    article = tmp_path / "harbour.txt"
    article.write_text(BLANK_LINED, encoding="utf-8")
    window = make_window()
    window.resize(1024, 700)
    assert window.open_file(article)
    start = window.draft.toPlainText().index("the the")
    window.session.edit_draft([Edit(start, start + len("the the"), "the", "the the")])
    folder = tmp_path / "desk exports for the weekend edition" / "harbour and council stories"
    folder.mkdir(parents=True)
    out = folder / "harbour-reopens-after-storm-tracked.docx"

    def export(dialog: ExportDialog) -> None:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx-tracked"))
        dialog.path_field.edit.setText(str(out))
        dialog.export_button.click()

    done = when_shown(ExportDialog, export)
    window.commands["export"].trigger()
    assert done
    qtbot.waitUntil(out.exists, timeout=20000)
    bar = window.statusBar()
    said = bar.currentMessage()
    assert said.startswith("Exported harbour-")
    assert said.endswith("tracked.docx (1 tracked change)")  # the count, whole
    button = bar.findChild(QToolButton, BUTTON_NAME)
    assert button.isVisible()
    left = min(
        w.geometry().x()
        for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible() and not isinstance(w, QSizeGrip) and w.geometry().x() > 0
    )
    assert bar.fontMetrics().horizontalAdvance(said) < left  # whole, before the widgets
    assert "stories (1 tracked change)" in button.toolTip()  # the whole message


def test_the_compare_message_fits_a_1024_pixel_window(
    qtbot: Any,
    make_window: Callable[..., Any],
    when_shown: Callable[..., Any],
    tmp_path: Path,
) -> None:
    """File ▸ Compare two versions… says what it wrote as an export does: at 1024 px its
    "Compared … to /a/long/folder (N tracked changes)" stopped mid-word under the status
    bar's widgets. Now the folder gives way to "Show in folder" and the count is whole."""
    from reviewdesk.gui.dialogs.compare import CompareDialog

    folder = tmp_path / "desk exports for the weekend edition" / "harbour and council stories"
    folder.mkdir(parents=True)
    before, after = folder / "harbour-before.txt", folder / "harbour-after.txt"
    before.write_text("The council met on Monday.\n", encoding="utf-8")
    after.write_text("The council met on Tuesday.\n", encoding="utf-8")
    out = folder / "harbour-reopens-after-storm-compared.docx"
    window = make_window()
    window.resize(1024, 700)

    def compare(dialog: CompareDialog) -> None:
        dialog.original_field.edit.setText(str(before))
        dialog.edited_field.edit.setText(str(after))
        dialog.output_field.edit.setText(str(out))
        dialog.compare_button.click()

    done = when_shown(CompareDialog, compare)
    window.commands["compare"].trigger()
    assert done
    qtbot.waitUntil(out.exists, timeout=20000)
    bar = window.statusBar()
    said = bar.currentMessage()
    assert "tracked change" in said and said.endswith(")")  # the count, whole
    assert str(folder) not in said  # the folder gave way
    button = bar.findChild(QToolButton, BUTTON_NAME)
    assert button.isVisible()
    left = min(
        w.geometry().x()
        for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible() and not isinstance(w, QSizeGrip) and w.geometry().x() > 0
    )
    assert bar.fontMetrics().horizontalAdvance(said) < left
    assert str(folder) in button.toolTip()  # the whole message, folder and all
