"""A day at the desk, eighth walk: what a copy editor noticed, asserted through the window.

Each test fails on the walk's base (2fa0aa6): Ctrl+Z after an ignore takes the editor
back to the issue it brings back, not the one they had gone on to; a Word file's
comments, notes on opening, are marked on their passages in the draft as a note made in
the window is; a comment that came without its author's name is not called "You"; a Markdown file's
front matter keys ("title:", "summary:") are not told to start with a capital, and its
links are the writer's, not a web page's leftovers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fixtures_import.docx_parts import comment, comments_xml, para, run, write_docx
from fixtures_import.word_story import write_story
from reviewdesk.gui.palette import NOTE_BACKGROUND
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

TWO_SLIPS = "Officials said the the bridge would close.\nThe council will recieve the plan.\n"


def _open(make_window: Callable[..., Any], path: Path, text: str) -> Any:
    path.write_text(text, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    return window


def _key(qtbot: Any, window: Any, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    window.draft.setFocus()
    qtbot.keyClick(window.draft, key, mods)


def _selected(window: Any) -> str:
    return window.draft.textCursor().selectedText()


def test_ctrl_z_after_an_ignore_goes_back_to_the_issue_it_brings_back(
    qtbot: Any,
    make_window: Callable[..., Any],
    wait_checked: Callable[..., None],
    tmp_path: Path,
) -> None:
    """Ignore "the the" with Ctrl+Shift+I (the window goes on to "recieve"), then Ctrl+Z:
    "the the" is back, selected in the draft and lit in the list, as after an undone fix;
    the base left the editor on "recieve"."""
    window = _open(make_window, tmp_path / "two.txt", TWO_SLIPS)
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    doubled = next(n for n, i in enumerate(issues) if i.text == "the the")
    window.session.show_issue(doubled)
    _key(
        qtbot,
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_checked(window)
    assert _selected(window) == "recieve"  # gone on to the next issue
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_checked(window)
    assert _selected(window) == "the the"
    issues = window.session.pane(DRAFT).issues
    row = window.issues_panel.current_row()
    assert 0 <= row < len(issues) and issues[row].text == "the the"
    original = window.session.editor("original").textCursor().selectedText()
    assert original == "the the"


def test_a_word_files_comments_are_marked_in_the_draft_when_it_opens(
    qtbot: Any, make_window: Callable[..., Any], tmp_path: Path
) -> None:
    """The reporter's story with "Check the spelling" on "Ana Ruiz": the Notes panel
    listed it, but the draft showed the name without the note's background (the
    paragraphs were drawn before the notes were anchored) until something redrew them."""
    window = make_window()
    assert window.open_file(write_story(tmp_path / "story.docx"))
    qtbot.waitUntil(
        lambda: not window.session.loading and bool(window.session.notes.notes()),
        timeout=20_000,
    )
    document = window.draft.document()
    block = document.findBlock(window.draft.toPlainText().index("Ana Ruiz"))
    lo = block.text().index("Ana Ruiz")
    window.draft.highlighter.flush()
    backgrounds = {
        r.format.background().color().name()
        for r in block.layout().formats()
        if r.start <= lo < r.start + r.length
    }
    assert NOTE_BACKGROUND in backgrounds, backgrounds


def test_a_comment_that_came_without_a_name_is_not_called_yours(
    qtbot: Any, make_window: Callable[..., Any], tmp_path: Path
) -> None:
    """A Word file's comment whose author is blank read "You" in the Notes panel, as if
    the editor had written it; the editor's own note still reads "You"."""
    body = para(
        run("The mayor "),
        '<w:commentRangeStart w:id="4"/>',
        run("Ana Ruiz"),
        '<w:commentRangeEnd w:id="4"/>',
        '<w:r><w:commentReference w:id="4"/></w:r>',
        run(" spoke on Monday."),
    )
    path = write_docx(
        tmp_path / "mayor.docx", body, comments=comments_xml(comment(4, "Is this right?", ""))
    )
    window = make_window()
    assert window.open_file(path)
    qtbot.waitUntil(lambda: window.notes_panel.table.rowCount() == 1, timeout=20_000)
    table = window.notes_panel.table
    assert table.item(0, 3).text() == "(no name)"
    assert "You" not in table.item(0, 1).toolTip()


FRONT_MATTER = (
    "---\n"
    "title: Ferry service returns to Gull Point\n"
    "summary: The ferry runs again from Monday after three months of repairs.\n"
    "---\n"
    "\n"
    "# Ferry service returns to Gull Point\n"
    "\n"
    "The ferry to Gull Point will run again from Monday, the harbour authority said.\n"
    "\n"
    "tickets will cost $4, the same as before.\n"
    "\n"
    "More details are on the [authority's website](https://example.org/ferry).\n"
)


def test_a_markdown_files_settings_are_not_sentences(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """ "title: Ferry service…" and "summary: The ferry…" in the front matter were told
    "This sentence does not start with a capital letter" (→ "Title", "Summary"); the
    body's paragraph opening in lowercase still is."""
    window = _open(make_window, tmp_path / "ferry.md", FRONT_MATTER)
    wait_checked(window)
    flagged = {i.text for i in window.session.pane(DRAFT).issues if i.category == "capitalization"}
    assert "title" not in flagged and "summary" not in flagged, flagged
    assert "tickets" in flagged


def test_a_markdown_files_links_are_the_writers(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """ "[authority's website](https://example.org/ferry)" in a .md file was offered for
    removal as "A Markdown link left over from the web page"; the same line pasted as
    plain text still is (there it is a scrap of a page)."""
    window = _open(make_window, tmp_path / "ferry.md", FRONT_MATTER)
    wait_checked(window)
    debris = [i for i in window.session.pane(DRAFT).issues if i.category == "debris"]
    assert not [i for i in debris if "](" in i.text], debris
    window = _open(make_window, tmp_path / "ferry.txt", FRONT_MATTER)
    wait_checked(window)
    debris = [i for i in window.session.pane(DRAFT).issues if i.category == "debris"]
    assert [i for i in debris if "](" in i.text]


def test_checking_settings_show_each_engines_description_whole(qtbot: Any, library: Any) -> None:
    """The grammar engine's description wraps to two lines under its check box, but the
    dialog gave it the height of one: both lines were cut through the middle."""
    from PySide6.QtWidgets import QLabel

    from reviewdesk.gui.dialogs.checkers import CheckingSettingsDialog

    dialog = CheckingSettingsDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [
        w for w in dialog.findChildren(QLabel) if w.objectName().startswith("engineDescription-")
    ]
    assert labels
    for label in labels:
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, (label.objectName(), label.height(), needed)
    assert dialog.width() <= 1000, dialog.width()


def test_the_status_line_says_checking_once_while_an_article_opens(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """Opening an article showed "Checking… Checking…" in the status line: the counts'
    stand-in beside the busy indicator's own word and bar."""
    window = make_window()
    said: list[str] = []
    window.session.counts_changed.connect(said.append)
    (tmp_path / "two.txt").write_text(TWO_SLIPS, encoding="utf-8")
    assert window.open_file(tmp_path / "two.txt")
    wait_checked(window)
    assert "Checking…" not in said, said
    assert "issues" in window.counts_label.text()
