"""Notes: add on a passage, anchored across edits, edit/resolve/delete, highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QStyleOptionViewItem
from writes import settle

from reviewdesk.core.models import Note
from reviewdesk.gui.notes_panel import NotesPanel
from reviewdesk.gui.palette import NOTE_BACKGROUND
from reviewdesk.gui.panels import Arrangement
from reviewdesk.service.docmap import DocMap
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

TEXT = (
    "🎉 Opening line with an emoji.\n"
    "The minister promised a new bridge by spring, aides said.\n"
    "Critics called the plan 𝄞 unrealistic."
)
PASSAGE = "a new bridge by spring"


def _open(tmp_path: Path, window) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert window.open_file(path)
    return path


def _select(window, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    docmap = DocMap(window.draft.toPlainText())
    cursor = window.draft.textCursor()
    cursor.setPosition(docmap.to_qt(start))
    cursor.setPosition(docmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    window.draft.setTextCursor(cursor)


def _add_note(window, body: str) -> None:  # type: ignore[no-untyped-def]
    start = window.draft.toPlainText().index(PASSAGE)
    _select(window, start, start + len(PASSAGE))
    menu = window.draft.build_context_menu(window.draft.cursorRect().center())
    assert window.commands["addNote"] in menu.actions()  # also offered on the selection
    window.note_commands.prompt = lambda _parent, _quote, _body: body
    window.commands["addNote"].trigger()


def test_note_is_stored_in_code_points_and_follows_edits(tmp_path, make_window, library) -> None:
    window = make_window()
    _open(tmp_path, window)
    _add_note(window, "Which spring?")
    article_id = window.session.article.id
    settle(window)
    (note,) = library.notes(article_id)
    assert (note.start, note.quote, note.body) == (TEXT.index(PASSAGE), PASSAGE, "Which spring?")

    # edits before the passage, including an astral character, move the anchor
    cursor = QTextCursor(window.draft.document())
    cursor.insertText("😀 Update: ")
    window.session.flush()  # what autosave does a moment later
    settle(window)
    (note,) = library.notes(article_id)
    draft = library.get_article(article_id).draft
    assert draft[note.start : note.end] == PASSAGE == note.quote
    block = window.draft.document().findBlockByNumber(1)
    backgrounds = {f.format.background().color().name() for f in block.layout().formats()}
    assert NOTE_BACKGROUND in backgrounds


def test_note_edit_resolve_delete_and_click(tmp_path, make_window, library, message_boxes) -> None:
    window = make_window()
    _open(tmp_path, window)
    _add_note(window, "First thought")
    (note,) = window.session.notes.notes()
    panel = window.notes_panel

    window.note_commands.prompt = lambda _parent, quote, body: f"{body}, revised"
    panel.edit_requested.emit(note.id)
    settle(window)
    assert library.notes(note.article_id)[0].body == "First thought, revised"
    assert "revised" in panel.table.item(0, 1).text()

    panel.resolve_toggled.emit(note.id)
    settle(window)
    assert library.notes(note.article_id)[0].resolved
    assert panel.table.item(0, 2).text() == "Resolved"
    panel.select_note(note.id)
    assert panel.resolve_button.text() == "Reopen"
    panel.resolve_toggled.emit(note.id)
    settle(window)
    assert not library.notes(note.article_id)[0].resolved

    window.draft.moveCursor(QTextCursor.MoveOperation.Start)
    panel.note_activated.emit(note.id)
    assert window.draft.textCursor().selectedText() == PASSAGE

    panel.delete_requested.emit(note.id)
    assert message_boxes and message_boxes[-1][0] == "question"
    settle(window)
    assert library.notes(note.article_id) == []
    assert panel.table.rowCount() == 0


def test_add_note_needs_a_selection(tmp_path, make_window, library) -> None:
    window = make_window()
    _open(tmp_path, window)
    asked: list[str] = []
    window.note_commands.prompt = lambda _parent, quote, _body: asked.append(quote) or "x"
    window.draft.moveCursor(QTextCursor.MoveOperation.End)
    window.commands["addNote"].trigger()
    assert asked == []
    settle(window)
    assert library.notes(window.session.article.id) == []
    assert "Select a passage" in window.statusBar().currentMessage()


def test_a_fix_applied_to_exactly_the_noted_word_keeps_the_note_on_the_fix(
    tmp_path, make_window, library, wait_checked
) -> None:
    # A Qt cursor collapses when its whole selection is replaced: the note used to shrink
    # to nothing, with an empty quote in the report and a zero-width Word comment.
    path = tmp_path / "fix.txt"
    path.write_text("😀 The council will recieve the report on Monday.\n", encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    word = "recieve"
    start = window.draft.toPlainText().index(word)
    _select(window, start, start + len(word))
    window.note_commands.prompt = lambda _parent, _quote, _body: "Check the spelling"
    window.commands["addNote"].trigger()
    issues = window.session.pane(DRAFT).issues
    (index,) = [i for i, issue in enumerate(issues) if issue.start == start]
    fix = issues[index].replacements[0]
    assert window.review.apply(index)
    window.session.flush()

    article_id = window.session.article.id
    settle(window)
    (note,) = library.notes(article_id)
    draft = library.get_article(article_id).draft
    assert draft[note.start : note.end] == fix == "receive"
    assert note.quote == word  # the passage the note was written on
    assert window.notes_panel.table.item(0, 0).text() == f"“{word}”"
    window.draft.moveCursor(QTextCursor.MoveOperation.Start)
    (shown,) = window.session.notes.notes()  # the window's own id for the note
    window.notes_panel.note_activated.emit(shown.id)
    assert window.draft.textCursor().selectedText() == fix


def test_the_notes_hint_says_no_article_is_open_when_none_is(make_window, tmp_path) -> None:
    """With no article open, Ctrl+M does nothing: the panel does not invite it."""
    window = make_window()
    _open(tmp_path, window)
    assert "Ctrl+M" in window.notes_panel.hint.text()
    window.commands["closeArticle"].trigger()
    assert window.session.article is None
    assert window.notes_panel.hint.text() == "No article open"
    assert window.issues_panel.summary.text() == "No article open"
    _open(tmp_path, window)  # the library's article again: the hint is back
    assert "Ctrl+M" in window.notes_panel.hint.text()


def test_a_long_note_is_shortened_on_its_row_never_cut_off(qtbot) -> None:
    """A note longer than its column reads "…" at the end of one whole line; wrapped, its
    second line was drawn cut in half by the row below."""
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 300)
    panel.show()
    body = "Comment 4 with a hyperlink to the council's own minutes of the vote"
    panel.set_notes([Note(1, 1, 0, 5, "magna", body, author="Randy Bartels")])
    table = panel.table
    index = table.model().index(0, 1)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)  # as the table draws its cells (wrapping or not)
    option.rect = table.visualRect(index)
    needed = table.itemDelegateForIndex(index).sizeHint(option, index).height()
    assert needed <= table.rowHeight(0)  # the text the row shows fits in it
    assert body in table.item(0, 1).toolTip()  # hover for the whole note


def test_a_note_added_with_the_panels_tabbed_comes_to_the_front(
    qtbot, tmp_path, make_window
) -> None:
    """Behind the issues tab a new note was out of sight: adding one seemed to do nothing."""
    window = make_window()
    window.panels.actions[Arrangement.TABBED].trigger()
    assert window.panels.is_tabbed()
    _open(tmp_path, window)
    window.issues_dock.raise_()
    qtbot.wait(50)  # the dock layout follows on the next pass of the event loop

    def in_front(dock) -> bool:  # type: ignore[no-untyped-def]
        return not dock.visibleRegion().isEmpty()

    qtbot.waitUntil(lambda: in_front(window.issues_dock), timeout=5000)
    assert not in_front(window.notes_dock)
    _add_note(window, "Which spring?")
    qtbot.waitUntil(lambda: in_front(window.notes_dock), timeout=5000)
    assert window.notes_panel.selected_id() is not None  # the new note, selected
    assert window.statusBar().currentMessage() == "Note added on “a new bridge by spring”"
