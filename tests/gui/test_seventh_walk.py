"""A day at the desk, seventh walk: what a copy editor noticed, asserted through the window.

Each test fails on the walk's base (d0c2a8f): a Word form's prompt no longer counted
against the writer's spelling, Ctrl+Z taking back an ignore (and Redo making it again, in
the order the editor acted), and an ignore that follows a merged finding whichever
engine's key it was recorded under.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fixtures_import.docx_parts import form_prompt_story, para, run, write_docx
from reviewdesk.desk import operations as ops
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

DOUBLED = "Officials said the the bridge would close.\n"


def _open(make_window: Callable[..., Any], path: Path, text: str) -> Any:
    path.write_text(text, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    return window


def _doubled(window: Any) -> list[Any]:
    return [i for i in window.session.pane(DRAFT).issues if i.text == "the the"]


def _ignored_doubled(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], path: Path
) -> Any:
    """A window on the doubled-word story, its one "the the" finding ignored."""
    window = _open(make_window, path, DOUBLED)
    wait_checked(window)
    (found,) = _doubled(window)
    assert window.review.ignore(found)
    wait_checked(window)
    return window


def _key(qtbot: Any, window: Any, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    window.draft.setFocus()
    qtbot.keyClick(window.draft, key, mods)


def test_a_forms_prompt_is_not_counted_against_the_writers_spelling(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """A US template's prompt ("Summarize the color of the program here.") in a story
    spelt the British way, checked as US English: the writer's "colour" was called "one
    word two ways: “colour” (1×) and “color” (1×)", the "color" being the prompt's."""
    window = make_window()
    assert window.open_file(form_prompt_story(tmp_path / "form.docx"))
    wait_checked(window)
    said = [i.message for i in window.session.pane(DRAFT).issues]
    assert not [m for m in said if "“color”" in m], said


def test_ctrl_z_after_an_ignore_brings_the_issue_back_and_redo_ignores_it_again(
    qtbot: Any,
    make_window: Callable[..., Any],
    wait_checked: Callable[..., None],
    tmp_path: Path,
) -> None:
    window = _ignored_doubled(make_window, wait_checked, tmp_path / "the.txt")
    assert _doubled(window) == []
    assert window.commands["undo"].isEnabled()  # nothing typed, yet Undo is offered
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_checked(window)
    assert len(_doubled(window)) == 1  # the issue is back
    assert window.draft.toPlainText() == DOUBLED  # and the text untouched
    assert "Undone" in window.statusBar().currentMessage()
    _key(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_checked(window)
    assert _doubled(window) == []  # redo ignores it again


def test_typing_after_an_ignore_is_undone_before_the_ignore(
    qtbot: Any,
    make_window: Callable[..., Any],
    wait_checked: Callable[..., None],
    tmp_path: Path,
) -> None:
    """Undo goes back in the order the editor acted: the typing first, then the ignore."""
    window = _ignored_doubled(make_window, wait_checked, tmp_path / "the.txt")
    cursor = window.draft.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.draft.setTextCursor(cursor)
    window.draft.setFocus()
    qtbot.keyClicks(window.draft, "Traffic will divert.")
    wait_checked(window)
    while window.draft.document().isUndoAvailable():  # the typing, key by key or at once
        _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        if window.draft.toPlainText() == DOUBLED:
            break
    wait_checked(window)
    assert window.draft.toPlainText() == DOUBLED
    assert _doubled(window) == []  # the ignore still stands
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_checked(window)
    assert len(_doubled(window)) == 1


def test_an_ignore_under_one_engines_key_hides_the_merged_finding(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """Harper's "the the" and the grammar engine's are one finding, kept under one rule:
    an ignore recorded under the other's (made while only Harper had answered, or before
    the merge) still hides it."""
    window = _open(make_window, tmp_path / "the.txt", DOUBLED)
    wait_checked(window)
    (found,) = _doubled(window)
    other = [r for r in found.rules if r != found.rule]
    assert other, found.rules  # two engines' rules in one finding
    alone = replace(found, rule=other[0], rules=(), engines=(), engine="harper")
    assert alone.key != found.key
    session = window.session
    change = ops.ignore_issue(session.writes, session.article, session.ctx, alone)
    session.apply(change)
    wait_checked(window)
    assert _doubled(window) == []


def _note_on(window: Any, passage: str, body: str) -> None:
    from PySide6.QtGui import QTextCursor

    start = window.draft.toPlainText().index(passage)
    cursor = window.draft.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(passage), QTextCursor.MoveMode.KeepAnchor)
    window.draft.setTextCursor(cursor)
    window.note_commands.prompt = lambda _parent, _quote, _body: body
    window.commands["addNote"].trigger()


def _noted(window: Any) -> str:
    from reviewdesk.service.docmap import DocMap

    text = window.draft.toPlainText()
    (note,) = window.session.notes.notes()
    now = window.session.notes.now(note.id, DocMap(text))
    return str(text[now.start : now.end])


def test_replace_all_around_a_note_leaves_the_notes_passage_alone(
    qtbot: Any, make_window: Callable[..., Any], tmp_path: Path
) -> None:
    """A note on "Political analysts" between two "Lukashenko"s: Replace all made one
    change from the first to the last, and the note's highlight stretched over every
    paragraph between them (the notes panel still quoting its two words)."""
    window = _open(
        make_window,
        tmp_path / "note.txt",
        "Lukashenko has ruled for three decades.\n\n"
        "Political analysts expect Lukashenko to win.\n\n"
        "Lukashenko said so on Friday.\n",
    )
    _note_on(window, "Political analysts", "Which analysts?")
    assert _noted(window) == "Political analysts"
    bar = window.find_bar
    bar.open(replace=True)
    bar.find_edit.setText("Lukashenko")
    bar.replace_edit.setText("Lukashenka")
    assert bar.replace_all() == 3
    assert _noted(window) == "Political analysts"
    window.commands["undo"].trigger()  # one step takes it all back, the note as it was
    assert "Lukashenka" not in window.draft.toPlainText()
    assert _noted(window) == "Political analysts"


def test_an_inserted_space_is_listed_as_a_space_not_a_paragraph_break(
    make_window: Callable[..., Any], tmp_path: Path
) -> None:
    """A tracked export's ", " fix comes back as an inserted space: the Revisions panel
    said "Inserted “¶”", a paragraph break the writer never typed."""
    from fixtures_import.docx_parts import ins

    body = para(run("Russia and Belarus,"), ins(" "), run("as both nations know."))
    window = make_window()
    assert window.open_file(write_docx(tmp_path / "tracked.docx", body))
    table = window.revisions_panel.table
    rows = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert rows == ["Inserted “␣”"], rows


def test_a_deleted_passage_under_a_note_still_shows_its_struck_words(
    qtbot: Any, make_window: Callable[..., Any], tmp_path: Path
) -> None:
    """The reporter's deletion is drawn as its words struck through in a gap; a note on
    the paragraph painted its background over them, leaving an empty gap in the draft."""
    from fixtures_import.docx_parts import dele
    from reviewdesk.gui.structure_style import author_colour

    body = para(run("Second paragraph with "), dele("old words"), run(" here."))
    window = make_window()
    assert window.open_file(write_docx(tmp_path / "deleted.docx", body))
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    text = window.draft.toPlainText()
    _note_on(window, text[: text.index("here.") + 5], "Which paragraph?")  # over the gap
    cursor = window.draft.textCursor()
    cursor.setPosition(0)
    window.draft.setTextCursor(cursor)
    qtbot.wait(200)
    viewport = window.draft.viewport()
    image = viewport.grab().toImage()
    block = window.draft.document().firstBlock()
    rect = window.draft.blockBoundingGeometry(block).translated(window.draft.contentOffset())
    ink = author_colour(0, window.draft.palette())
    near = 0
    for y in range(int(rect.top()), int(min(rect.bottom(), image.height()))):
        for x in range(0, image.width(), 1):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - ink.red()) + abs(c.green() - ink.green()) + abs(c.blue() - ink.blue())
                < 60
            ):
                near += 1
    assert near > 20  # the struck words, in the author's colour


STORY_MD = """---
title: Council approves new ferry timetable
author: Jane Doe
---

# Council approves new ferry timetable

The council voted **7-2** on Tuesday to approve the new ferry timetable, which will
add two evening crossings from June.

## What changes

- Evening crossings at 7pm and 9pm
- A new stop at Port Aldren
- fares rise by 5 percent

The harbour master said the the changes "will help commuters". Officials said
its too early to say whether the new stop will be permanent.
"""


def test_a_hard_wrapped_markdown_story_has_no_headings_to_lowercase(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """A paragraph wrapped by hand ("… which will" / "add two …") and a list item ("- A
    new stop at Port Aldren") were read as headings in another case than the real ones:
    "Headings are capitalised two ways", with "Tuesday" → "tuesday", "Port" → "port"."""
    window = _open(make_window, tmp_path / "story.md", STORY_MD)
    wait_checked(window)
    found = [
        (i.text, i.replacements[:1], i.message)
        for i in window.session.pane(DRAFT).issues
        if "Headings" in i.message
    ]
    assert found == []


def test_checking_settings_fit_a_1024_pixel_screen(qtbot: Any, library: Any) -> None:
    """The engines' check boxes carried what each engine checks on one line: the
    grammar engine's made the dialog wider than a 1024-px laptop screen. The name is on
    the box, what it checks wraps below it."""
    from reviewdesk.gui.dialogs.checkers import CheckingSettingsDialog

    dialog = CheckingSettingsDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1000, dialog.width()
    grammar = dialog.engine_checks["grammar"]
    assert grammar.text().replace("&", "") == "Grammar and confused words"
    said = dialog.findChild(QWidget, "engineDescription-grammar")
    assert said is not None and said.isVisible() and "its/it's" in said.text()
