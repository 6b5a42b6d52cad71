"""The note dialog from the keyboard, in the real window: Tab, Ctrl+Return, Esc; and how
a resolved note looks in the draft (issue 9, fault 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from writes import settle

from reviewdesk.gui.notes_panel import NoteDialog, ask_note_text
from reviewdesk.gui.palette import NOTE_BACKGROUND

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
TEXT = (
    "🎉 Opening line with an emoji.\n"
    "The minister promised a new bridge by spring, aides said.\n"
    "Critics called the plan unrealistic."
)
PASSAGE = "a new bridge by spring"


def _open_on_passage(tmp_path: Path, window) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert window.open_file(path)
    text = window.draft.toPlainText()
    start = text.index(PASSAGE)  # after the emoji: Qt counts it twice
    cursor = window.draft.textCursor()
    cursor.setPosition(start + 1)
    cursor.setPosition(start + 1 + len(PASSAGE), QTextCursor.MoveMode.KeepAnchor)
    window.draft.setTextCursor(cursor)
    assert cursor.selectedText() == PASSAGE
    window.note_commands.prompt = ask_note_text  # the real dialog, not the fixture's stand-in


def _close_if_left_open(dialog: QDialog) -> None:
    """On code that gets a key wrong the dialog would stay open and the test hang."""
    QTimer.singleShot(400, dialog, lambda: dialog.done(0) if dialog.isVisible() else None)


def _button(box: QMessageBox, text: str) -> QPushButton:
    for button in box.buttons():
        if button.text().replace("&", "") == text and isinstance(button, QPushButton):
            return button
    raise AssertionError(f"no {text!r} button in {[b.text() for b in box.buttons()]}")


def _focus_editor(qtbot, dialog: NoteDialog) -> None:  # type: ignore[no-untyped-def]
    _close_if_left_open(dialog)
    dialog.activateWindow()
    dialog.editor.setFocus()
    qtbot.waitUntil(dialog.editor.hasFocus, timeout=1000)


def test_tab_moves_from_the_note_to_ok(qtbot, tmp_path, make_window, when_shown) -> None:
    window = make_window()
    _open_on_passage(tmp_path, window)
    seen: dict[str, object] = {}

    def press_tab(dialog: NoteDialog) -> None:
        _focus_editor(qtbot, dialog)
        qtbot.keyClicks(dialog.editor, "Which spring?")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab)
        focus = dialog.focusWidget()
        seen["text"] = dialog.editor.toPlainText()
        seen["focus"] = focus.text().replace("&", "") if isinstance(focus, QPushButton) else focus
        dialog.reject()  # (asks, as a typed note is at stake: the fixture answers)

    shown = when_shown(NoteDialog, press_tab)
    when_shown(QMessageBox, lambda box: box.buttons()[0].click(), timeout_ms=2000)
    window.commands["addNote"].trigger()
    assert shown
    assert seen["text"] == "Which spring?"  # no tab character typed into the note
    assert seen["focus"] == "OK"


def test_ctrl_return_saves_the_note(qtbot, tmp_path, make_window, library, when_shown) -> None:
    window = make_window()
    _open_on_passage(tmp_path, window)
    seen: dict[str, object] = {}

    def save(dialog: NoteDialog) -> None:
        _focus_editor(qtbot, dialog)
        qtbot.keyClicks(dialog.editor, "Which spring?")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, CTRL)
        seen["open after ctrl+return"] = dialog.isVisible()
        seen["text"] = dialog.editor.toPlainText()

    shown = when_shown(NoteDialog, save)
    window.commands["addNote"].trigger()
    assert shown
    assert seen == {"open after ctrl+return": False, "text": "Which spring?"}
    settle(window)
    (note,) = library.notes(window.session.article.id)
    assert (note.quote, note.body) == (PASSAGE, "Which spring?")


def test_esc_asks_before_throwing_a_typed_note_away(
    qtbot, tmp_path, make_window, library, when_shown
) -> None:
    window = make_window()
    _open_on_passage(tmp_path, window)
    seen: dict[str, object] = {}

    def keep_editing(box: QMessageBox) -> None:
        seen["question"] = box.text()
        _button(box, "Keep editing").click()

    def discard(box: QMessageBox) -> None:
        _button(box, "Discard").click()

    def type_note(dialog: NoteDialog) -> None:
        _close_if_left_open(dialog)
        qtbot.keyClicks(dialog.editor, "Check the date with the ministry")
        asked = when_shown(QMessageBox, keep_editing, timeout_ms=300)
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: bool(asked) or not dialog.isVisible(), timeout=1000)
        seen["asked"] = bool(asked)
        seen["kept"] = dialog.isVisible() and dialog.editor.toPlainText()
        when_shown(QMessageBox, discard, timeout_ms=300)
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)

    when_shown(NoteDialog, type_note)
    window.commands["addNote"].trigger()
    assert seen["asked"], "Esc threw the typed note away without asking"
    assert "note" in str(seen["question"]).lower()
    assert seen["kept"] == "Check the date with the ministry"
    assert library.notes(window.session.article.id) == []  # discarded on the second Esc


def test_esc_on_an_untouched_note_closes_at_once(qtbot, tmp_path, make_window, when_shown) -> None:
    window = make_window()
    _open_on_passage(tmp_path, window)
    asked: list[bool] = []

    def press_esc(dialog: NoteDialog) -> None:
        _close_if_left_open(dialog)
        asked.extend(when_shown(QMessageBox, lambda box: box.reject(), timeout_ms=300))
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)

    when_shown(NoteDialog, press_esc)
    window.commands["addNote"].trigger()
    qtbot.wait(350)
    assert asked == []  # nothing typed, nothing to lose: no question


def _passage_formats(window) -> list[QTextCharFormat]:  # type: ignore[no-untyped-def]
    block = window.draft.document().findBlockByNumber(1)
    lo = block.text().index(PASSAGE)
    hi = lo + len(PASSAGE)
    window.draft.highlighter.flush()
    return [
        QTextCharFormat(r.format)
        for r in block.layout().formats()
        if r.start < hi and r.start + r.length > lo
    ]


def test_a_resolved_note_looks_different_from_an_open_one(tmp_path, make_window) -> None:
    window = make_window()
    _open_on_passage(tmp_path, window)
    window.note_commands.prompt = lambda _parent, _quote, _body: "Which spring?"
    window.commands["addNote"].trigger()
    (note,) = window.session.notes.notes()
    open_look = _passage_formats(window)
    assert open_look and all(f.background().color().name() == NOTE_BACKGROUND for f in open_look)

    window.notes_panel.resolve_toggled.emit(note.id)
    resolved = _passage_formats(window)
    assert resolved, "a resolved note still shows where it is"
    for fmt in resolved:
        assert fmt.background().color().name() != NOTE_BACKGROUND
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
        colour = fmt.underlineColor()
        assert colour.saturation() < 40, "grey, not a category's colour"


def test_a_reply_says_which_note_it_answers(qtbot, tmp_path, make_window, when_shown) -> None:
    """Reply to note… opened the very box a new note opens, on the same passage: the editor
    could not tell a reply from a second note. It is titled as a reply and quotes the
    note it answers."""
    window = make_window()
    _open_on_passage(tmp_path, window)
    window.note_commands.prompt = lambda _parent, _quote, _body, **_kw: "Which spring?"
    window.commands["addNote"].trigger()
    window.note_commands.prompt = ask_note_text
    seen: dict[str, object] = {}

    def look(dialog: NoteDialog) -> None:
        _close_if_left_open(dialog)
        seen["title"] = dialog.windowTitle()
        seen["answering"] = dialog.answering.text() if dialog.answering.isVisible() else ""
        dialog.reject()

    shown = when_shown(NoteDialog, look)
    window.commands["replyNote"].trigger()
    assert shown
    assert seen == {"title": "Reply to note", "answering": "In reply to your note: “Which spring?”"}
    # a new note's box says nothing of replies
    window.note_commands.prompt = ask_note_text
    seen.clear()
    shown = when_shown(NoteDialog, look)
    window.commands["addNote"].trigger()
    assert seen == {"title": "Note", "answering": ""}
