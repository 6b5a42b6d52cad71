"""The library window through the real main window: list, sort, filter, search, open at
the match, archive, delete to the bin, restore and empty the bin."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reviewdesk.core.models import ArticleStatus, Note
from reviewdesk.gui.dialogs.library import LibraryDialog
from reviewdesk.service.panes import DRAFT, ORIGINAL
from reviewdesk.store import Library
from reviewdesk.store.catalog import View

pytestmark = pytest.mark.gui

STORY = (
    "Home » World » Europe » Minsk Talks Stall Over Grain\n"
    "Minsk Talks Stall Over Grain\n"
    "The delegation met President Lukashenko 😀 in Minsk on Tuesday, a spokesman said.\n"
    "Talks on grain exports went on past midnight."
)
BUDGET = "Council Passes Budget\nThe council passed the budget after a long night.\n"
HARBOUR = "Harbour Strike Ends\nDockers went back to work on Monday.\n"


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def stocked(tmp_path: Path, make_window, library: Library):  # type: ignore[no-untyped-def]
    """A window and a library of three articles imported through it (the story is open)."""
    window = make_window()
    for name, text in (("budget.txt", BUDGET), ("harbour.txt", HARBOUR), ("story.txt", STORY)):
        assert window.open_file(_file(tmp_path, name, text))
    return window


def _when_dialog(qtbot, name: str, act: Callable[[object], None]) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` on the modal dialog ``name`` once it is shown (exec blocks the test)."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_ctrl_shift_o_opens_the_library_with_the_open_article_selected(
    stocked, qtbot, wait_checked
) -> None:
    window = stocked
    wait_checked(window)  # the issue count comes from the check
    seen: dict[str, object] = {}

    def look(dialog: LibraryDialog) -> None:
        seen["titles"] = dialog.shown_titles()
        seen["selected"] = dialog.selected_row()
        seen["header"] = [
            dialog.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(dialog.model.columnCount())
        ]
        dialog.reject()

    _when_dialog(qtbot, "libraryDialog", look)
    assert window.commands["openLibrary"].shortcut().toString() == "Ctrl+Shift+O"
    window.commands["openLibrary"].trigger()
    assert seen["header"] == [
        "Title",
        "Status",
        "Dialect",
        "Words",
        "Issues",
        "Notes",
        "Last change",
        "Source",
    ]
    titles = seen["titles"]
    assert "Minsk Talks Stall Over Grain" in titles  # the headline, never the breadcrumb
    assert not any("»" in str(t) for t in titles)
    row = seen["selected"]
    assert row is not None and row.summary.id == window.session.article.id  # type: ignore[attr-defined]
    assert row.summary.open_issues == window.session.pane(DRAFT).found.count  # as counted
    assert row.summary.source_path.endswith("story.txt")  # type: ignore[attr-defined]


def test_sort_and_filter_by_status_date_and_shelf(stocked, library: Library) -> None:
    window = stocked
    ids = {a.title: a.id for a in library.list_articles()}
    library.update_article(ids["Council Passes Budget"], status=ArticleStatus.DONE)
    old = (datetime.now(UTC) - timedelta(days=40)).isoformat().replace("+00:00", "Z")
    library.db.execute(
        "UPDATE articles SET updated = ? WHERE id = ?", (old, ids["Harbour Strike Ends"])
    )
    dialog = LibraryDialog(library, window, current_id=window.session.article.id)
    try:  # newest change first until a header is clicked
        assert dialog.shown_titles()[-1] == "Harbour Strike Ends"
        assert dialog.shown_titles()[0] == "Council Passes Budget"  # the last one changed
        words = dialog.model.columns.index(
            next(c for c in dialog.model.columns if c.title == "Words")
        )
        dialog.table.sortByColumn(words, Qt.SortOrder.AscendingOrder)
        assert dialog.shown_titles() == [
            "Harbour Strike Ends",  # 10 words
            "Council Passes Budget",  # 12
            "Minsk Talks Stall Over Grain",
        ]
        dialog.table.sortByColumn(words, Qt.SortOrder.DescendingOrder)
        assert dialog.shown_titles()[0] == "Minsk Talks Stall Over Grain"
        dialog.search_edit.setText("council")
        dialog.refresh()  # searching shows the best match first …
        dialog.search_edit.setText("")
        dialog.refresh()  # … and afterwards the order the editor chose is back
        assert dialog.shown_titles()[0] == "Minsk Talks Stall Over Grain"
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
        assert dialog.shown_titles() == ["Council Passes Budget"]
        dialog.status_combo.setCurrentIndex(0)
        dialog.period_combo.setCurrentIndex(dialog.period_combo.findText("Last 30 days"))
        assert "Harbour Strike Ends" not in dialog.shown_titles()
        assert len(dialog.shown_titles()) == 2
    finally:
        dialog.deleteLater()


def test_search_finds_a_note_and_enter_opens_its_passage(stocked, qtbot, library: Library) -> None:
    window = stocked
    story = window.session.article
    start = STORY.index("President")
    library.add_note(
        Note(None, story.id, start, start + 9, "President", "Confirm Tsikhanouskaya's role")
    )
    window.session.close_article()  # the window shows nothing: Enter must open it

    def search(dialog: LibraryDialog) -> None:
        dialog.search_edit.setText("tsikhanouskaya")
        dialog.refresh()  # what the search-as-you-type timer does
        assert dialog.shown_titles() == ["Minsk Talks Stall Over Grain"]
        assert [c.title for c in dialog.model.columns][:2] == ["Title", "Match"]
        match = dialog.model.index(0, 1).data()
        assert "Tsikhanouskaya" in match
        qtbot.keyClick(dialog.search_edit, "\r")

    _when_dialog(qtbot, "libraryDialog", search)
    window.commands["openLibrary"].trigger()
    assert window.session.article is not None and window.session.article.id == story.id
    cursor = window.draft.textCursor()
    assert cursor.selectedText() == "President"  # the note's passage, in the draft
    assert window.notes_panel.selected_id() is not None


def test_a_word_gone_from_the_draft_opens_in_the_original(stocked, qtbot, library: Library) -> None:
    window = stocked
    draft = window.session.article.id
    window.draft.setPlainText(window.draft.toPlainText().replace("President ", ""))
    window.session.flush()

    def search(dialog: LibraryDialog) -> None:
        dialog.search_edit.setText("president")
        dialog.refresh()
        (row,) = [dialog.model.rows[0]]
        assert row.hit is not None and row.hit.field == "original"
        dialog.open_selected()

    _when_dialog(qtbot, "libraryDialog", search)
    window.commands["openLibrary"].trigger()
    assert window.session.article.id == draft
    assert window.session.editor(ORIGINAL).textCursor().selectedText() == "President"
    assert "President" not in window.draft.toPlainText()


def test_archive_delete_restore_and_empty_the_bin(stocked, library: Library, message_boxes) -> None:
    window = stocked
    open_id = window.session.article.id
    dialog = LibraryDialog(
        library,
        window,
        current_id=open_id,
        before_delete=lambda aid: (
            window.session.close_article()
            if window.session.article and window.session.article.id == aid
            else None
        ),
    )
    try:
        assert dialog.select_article(open_id)
        dialog.shelf.toggle_archived()  # asks first (the fixture answers Yes)
        assert message_boxes[-1][:2] == ("question", "Archive")
        assert "Minsk Talks Stall Over Grain" not in dialog.shown_titles()
        dialog.view_combo.setCurrentIndex(dialog.view_combo.findData(View.ARCHIVED))
        assert dialog.shown_titles() == ["Minsk Talks Stall Over Grain"]
        assert dialog.shelf.archive_button.text() == "Un&archive"
        dialog.shelf.toggle_archived()  # back to the everyday list, without asking
        dialog.view_combo.setCurrentIndex(dialog.view_combo.findData(View.ACTIVE))
        assert dialog.select_article(open_id)
        asked = len(message_boxes)
        dialog.shelf.delete_selected()
        assert message_boxes[asked][:2] == ("question", "Delete")
        assert "restore it from the bin" in message_boxes[asked][2]
        assert window.session.article is None  # the open article was closed first
        assert len(dialog.shown_titles()) == 2
        assert "1 in the bin" in dialog.count_label.text()
        dialog.view_combo.setCurrentIndex(dialog.view_combo.findData(View.BIN))
        assert dialog.shown_titles() == ["Minsk Talks Stall Over Grain"]
        shelf = dialog.shelf
        assert not shelf.open_button.isEnabled() and not shelf.restore_button.isHidden()
        assert shelf.delete_button.isHidden() and not shelf.empty_button.isHidden()
        dialog.shelf.restore_selected()
        assert dialog.shown_titles() == []
        dialog.view_combo.setCurrentIndex(dialog.view_combo.findData(View.ACTIVE))
        assert len(dialog.shown_titles()) == 3
        assert dialog.select_article(open_id)
        dialog.shelf.delete_selected()
        dialog.view_combo.setCurrentIndex(dialog.view_combo.findData(View.BIN))
        dialog.shelf.empty_bin()
        assert "cannot be undone" in message_boxes[-1][2]
        assert dialog.shown_titles() == []
    finally:
        dialog.deleteLater()
    assert [a.title for a in library.list_articles()] == [
        "Harbour Strike Ends",
        "Council Passes Budget",
    ]
    assert library.catalog.in_bin() == 0


def test_nothing_happens_without_a_yes(stocked, library: Library, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = stocked
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    dialog = LibraryDialog(library, window, current_id=window.session.article.id)
    try:
        dialog.shelf.delete_selected()
        dialog.shelf.toggle_archived()
        assert len(dialog.shown_titles()) == 3
    finally:
        dialog.deleteLater()
    assert library.catalog.in_bin() == 0 and window.session.article is not None


def test_odd_searches_never_break_the_window(stocked, library: Library) -> None:
    dialog = LibraryDialog(library, stocked)
    try:
        for typed in ('"', "NEAR(", "*", "title:x", "^", "😀", "AND OR", "-", "minsk)"):
            dialog.search_edit.setText(typed)
            dialog.refresh()
        assert dialog.shown_titles() == ["Minsk Talks Stall Over Grain"]  # "minsk)"
        dialog.search_edit.setText("zzzqqq")
        dialog.refresh()
        assert dialog.shown_titles() == []
        # what to try next, not "0 articles found"
        assert dialog.count_label.text().startswith(
            "No article matches the search: try fewer words"
        )
        dialog.search_edit.setText("")
        dialog.refresh()
        assert len(dialog.shown_titles()) == 3
    finally:
        dialog.deleteLater()


def test_a_word_typed_in_part_opens_at_the_whole_word(stocked, library: Library) -> None:
    window = stocked
    story = window.session.article.id
    window.session.close_article()
    dialog = LibraryDialog(library, window)
    try:
        dialog.search_edit.setText("lukash")  # as typed so far
        dialog.refresh()
        assert dialog.shown_titles() == ["Minsk Talks Stall Over Grain"]
        dialog.open_selected()
        assert dialog.chosen is not None
    finally:
        dialog.deleteLater()
    assert window.library_commands.open_at(*dialog.chosen)
    assert window.session.article.id == story
    assert window.draft.textCursor().selectedText() == "Lukashenko"


@pytest.mark.slow  # fills and searches a 2,000-paragraph article
def test_a_long_article_opens_at_a_match_near_its_end(
    qtbot, tmp_path: Path, make_window, library: Library
) -> None:
    # a long article fills its panes a slice at a time: the match is selected once the
    # draft holds it, not lost because the pane was not whole yet
    paragraphs = [f"Paragraph {n} on the harbour works and the ferry times." for n in range(2000)]
    paragraphs[-3] = "The Quarrymaster 😀 signed the contract at dawn."
    window = make_window()
    assert window.open_file(_file(tmp_path, "long.txt", "\n".join(paragraphs)))
    article = window.session.article.id
    qtbot.waitUntil(lambda: not window.session.loading, timeout=30_000)
    window.session.close_article()
    dialog = LibraryDialog(library, window)
    try:
        dialog.search_edit.setText("quarrymaster")
        dialog.refresh()
        dialog.open_selected()
        assert dialog.chosen is not None
    finally:
        dialog.deleteLater()
    assert window.library_commands.open_at(*dialog.chosen)
    assert window.session.article.id == article
    assert window.session.loading  # still filling: the selection waits for it
    qtbot.waitUntil(lambda: not window.session.loading, timeout=30_000)
    assert window.draft.textCursor().selectedText() == "Quarrymaster"


def test_an_empty_library_says_how_to_start(make_window, library: Library) -> None:
    dialog = LibraryDialog(library, make_window())
    try:
        assert dialog.shown_titles() == []
        assert "No articles yet" in dialog.count_label.text()
        shelf = dialog.shelf
        assert not shelf.open_button.isEnabled() and not shelf.delete_button.isEnabled()
        dialog.open_selected()  # Enter on nothing does nothing
        assert dialog.chosen is None
    finally:
        dialog.deleteLater()
