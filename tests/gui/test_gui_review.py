"""The demo article (shipped in the repository) in the real window: fix, note, edit, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from writes import settle

from reviewdesk.core.models import ArticleStatus, DecisionAction
from reviewdesk.core.text import quoted_for_screen
from reviewdesk.gui.dialogs.restore_ignored import RestoreIgnoredDialog
from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui


def _focus_draft(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5000)


def _go_to_fixable_issue(qtbot, window) -> int:  # type: ignore[no-untyped-def]
    """Press F8 until the current issue has a suggestion; its index."""
    for _ in range(len(window.session.pane(DRAFT).issues)):
        qtbot.keyClick(window.draft, Qt.Key.Key_F8)
        index = window.session.current_issue()
        if index >= 0 and window.session.pane(DRAFT).issues[index].replacements:
            return index
    raise AssertionError("no issue with a suggestion in the demo article")


def test_demo_is_highlighted_in_both_panes(
    qtbot, make_window, demo_path, wait_checked, highlights
) -> None:
    window = make_window()
    # the empty state until something is open (an empty library: the first-run welcome)
    assert window.stack.currentWidget() is window.welcome
    assert window.open_file(demo_path)
    wait_checked(window)
    assert window.stack.currentIndex() == 1
    draft_issues = window.session.pane(DRAFT).issues
    assert draft_issues, "the demo article has known faults"
    # every issue's text is what the draft holds at its span
    text = window.draft.toPlainText()
    assert all(text[i.start : i.end] == i.text for i in draft_issues)
    qtbot.waitUntil(lambda: len(highlights(window, DRAFT)) > 0, timeout=5000)
    assert highlights(window, ORIGINAL)
    assert window.issues_panel.model.rowCount() == len(draft_issues)
    assert "issues" in window.counts_label.text()


def test_apply_note_edit_close_reopen(qtbot, make_window, library, demo_path, wait_checked) -> None:
    window = make_window()
    window.open_file(demo_path)
    wait_checked(window)
    _focus_draft(qtbot, window)

    # apply the first suggestion of an issue, with the keyboard (F8, Ctrl+Return)
    index = _go_to_fixable_issue(qtbot, window)
    issue = window.session.pane(DRAFT).issues[index]
    before = window.draft.toPlainText()
    qtbot.keyClick(window.draft, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    expected = before[: issue.start] + issue.replacements[0] + before[issue.end :]
    assert window.draft.toPlainText() == expected
    # the status line quotes like a person, never like Python's repr()
    said = window.statusBar().currentMessage()
    assert said.startswith("Applied: “") and "\\n" not in said and " '" not in said
    # overlapping issues are gone at once; the rest still point at their text
    after = window.draft.toPlainText()
    assert all(after[i.start : i.end] == i.text for i in window.session.pane(DRAFT).issues)

    # a note on a passage near the end of the draft
    passage_start = after.rindex(" ", 0, len(after) - 40) + 1
    passage = after[passage_start : passage_start + 25]
    cursor = window.draft.textCursor()
    cursor.setPosition(passage_start)  # the demo is plain BMP text: UTF-16 = code points
    cursor.setPosition(passage_start + len(passage), QTextCursor.MoveMode.KeepAnchor)
    window.draft.setTextCursor(cursor)
    window.note_commands.prompt = lambda _parent, quote, _body: f"Check: {quote[:10]}"
    qtbot.keyClick(window.draft, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    notes = window.session.notes.notes()
    assert [n.quote for n in notes] == [passage]
    assert window.notes_panel.table.rowCount() == 1

    # type before the note: the note must stay on its passage
    cursor = window.draft.textCursor()
    cursor.setPosition(0)
    window.draft.setTextCursor(cursor)
    qtbot.keyClicks(window.draft, "EDITED ")
    final = window.draft.toPlainText()
    assert final == "EDITED " + after
    window.close()

    stored = library.find_article_by_source(str(demo_path.resolve()))
    assert stored is not None and stored.draft == final

    # a new window on the same library reopens the same file as it was left
    again = make_window()
    again.open_file(demo_path)
    assert again.draft.toPlainText() == final
    assert again.original.toPlainText() == before
    settle(window)
    (note,) = library.notes(stored.id)
    assert note.quote == passage
    assert final[note.start : note.end] == passage
    assert note.body == f"Check: {passage[:10]}"
    (shown,) = again.session.notes.notes()
    anchor = again.session.notes.cursor(shown.id)
    assert anchor is not None and anchor.selectedText() == passage
    applied = [d for d in library.decisions(stored.id) if d.action == DecisionAction.APPLY]
    assert [(d.rule, d.start, d.text, d.replacement) for d in applied] == [
        (issue.rule, issue.start, issue.text, issue.replacements[0])
    ]
    assert applied[0].created


def test_undo_restores_text_after_apply(qtbot, make_window, demo_path, wait_checked) -> None:
    window = make_window()
    window.open_file(demo_path)
    wait_checked(window)
    _focus_draft(qtbot, window)
    original = window.draft.toPlainText()
    _go_to_fixable_issue(qtbot, window)
    window.commands["applySuggestion"].trigger()
    assert window.draft.toPlainText() != original
    qtbot.keyClick(window.draft, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.toPlainText() == original
    qtbot.keyClick(
        window.draft,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.draft.toPlainText() != original
    window.commands["undo"].trigger()  # the menu action does the same
    assert window.draft.toPlainText() == original


def test_undo_takes_back_the_applied_decision_and_redo_restores_it(
    qtbot, make_window, library, demo_path, wait_checked, tmp_path
) -> None:
    window = make_window()
    window.open_file(demo_path)
    wait_checked(window)
    _focus_draft(qtbot, window)
    article_id = window.session.article.id
    original = window.draft.toPlainText()

    def applied() -> list[tuple[str, str]]:
        return [
            (d.text, d.replacement)
            for d in library.decisions(article_id)
            if d.action == DecisionAction.APPLY
        ]

    issue = window.session.pane(DRAFT).issues[_go_to_fixable_issue(qtbot, window)]
    window.commands["applySuggestion"].trigger()
    fix = [(issue.text, issue.replacements[0])]
    qtbot.waitUntil(lambda: applied() == fix, timeout=5000)  # stored by the writer

    said = window.statusBar().currentMessage
    assert said().startswith("Applied: “")
    shown = said().removeprefix("Applied: ")
    window.commands["undo"].trigger()  # the fix is gone from the draft, so from the record
    assert window.draft.toPlainText() == original
    qtbot.waitUntil(lambda: applied() == [], timeout=5000)
    # the status bar no longer claims a fix the draft does not hold
    qtbot.waitUntil(lambda: said() == f"Undone: {shown}", timeout=5000)
    window.commands["redo"].trigger()
    qtbot.waitUntil(lambda: applied() == fix, timeout=5000)
    qtbot.waitUntil(lambda: said() == f"Redone: {shown}", timeout=5000)

    # undo, then type: the fix can no longer be redone, and stays taken back
    window.commands["undo"].trigger()
    qtbot.waitUntil(lambda: applied() == [], timeout=5000)
    cursor = window.draft.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.draft.setTextCursor(cursor)
    qtbot.keyClicks(window.draft, " Typed.")
    assert not window.draft.document().isRedoAvailable()
    qtbot.wait(50)
    assert applied() == []

    # a second fix, then another article: the decision is kept (opening another article
    # empties the undo stack, which is not an undo)
    wait_checked(window)
    issue = window.session.pane(DRAFT).issues[_go_to_fixable_issue(qtbot, window)]
    window.commands["applySuggestion"].trigger()
    other = tmp_path / "other.txt"
    other.write_text("Another story, with teh typo.", encoding="utf-8")
    assert window.open_file(other)
    qtbot.wait(50)
    window.close()
    assert applied() == [(issue.text, issue.replacements[0])]


def test_ignore_hides_issue_and_persists(
    qtbot, make_window, library, demo_path, wait_checked
) -> None:
    window = make_window()
    window.open_file(demo_path)
    wait_checked(window)
    _focus_draft(qtbot, window)
    qtbot.keyClick(window.draft, Qt.Key.Key_F8)
    issue = window.session.pane(DRAFT).issues[window.session.current_issue()]
    qtbot.keyClick(
        window.draft,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert issue.key not in {i.key for i in window.session.pane(DRAFT).issues}
    wait_checked(window)  # and it stays hidden after the re-check
    assert issue.key not in {i.key for i in window.session.pane(DRAFT).issues}
    settle(window)
    assert issue.key in library.ignored_keys(window.session.article.id)
    window.close()

    again = make_window()
    again.open_file(demo_path)
    wait_checked(again)
    assert issue.key not in {i.key for i in again.session.pane(DRAFT).issues}


def test_restore_ignored_issues_brings_an_ignored_issue_back(
    qtbot, make_window, library, demo_path, wait_checked, when_shown
) -> None:
    """An ignore slipped in at speed (F8, Ctrl+Shift+I) can be taken back from the menu."""
    window = make_window()
    window.open_file(demo_path)
    wait_checked(window)
    restore = window.commands["restoreIgnored"]
    assert not restore.isEnabled()  # nothing ignored yet
    assert "ignored" in restore.statusTip()
    _focus_draft(qtbot, window)
    qtbot.keyClick(window.draft, Qt.Key.Key_F8)
    issue = window.session.pane(DRAFT).issues[window.session.current_issue()]
    qtbot.keyClick(
        window.draft,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    # the status bar names the way back (Edit ▸ Undo is the text's, and is not it)
    assert "Ctrl+Z takes it back" in window.statusBar().currentMessage()
    assert restore.isEnabled()
    wait_checked(window)

    def shown() -> tuple[bool, bool]:
        in_draft = issue.key in {i.key for i in window.session.pane(DRAFT).issues}
        in_list = issue.key in {i.key for i in window.issues_panel.model.issues}
        return in_draft, in_list

    assert shown() == (False, False)

    # Review ▸ Restore ignored issues…: the one just ignored is listed, ticked; Enter
    listed: list[str] = []

    def restore_it(dialog: RestoreIgnoredDialog) -> None:
        listed.extend(dialog.list.item(n).text() for n in range(dialog.list.count()))
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    answered = when_shown(RestoreIgnoredDialog, restore_it)
    restore.trigger()
    assert answered
    assert len(listed) == 1 and listed[0].startswith(quoted_for_screen(issue.text, 60))
    assert window.statusBar().currentMessage().startswith("Restored ")
    assert "ignored issue" in window.statusBar().currentMessage()
    assert not restore.isEnabled()  # nothing is ignored any more
    wait_checked(window)
    assert shown() == (True, True)
    assert window.session.article.status == ArticleStatus.IN_REVIEW
    settle(window)
    assert library.ignored_keys(window.session.article.id) == frozenset()
    actions = {d.action for d in library.decisions(window.session.article.id)}
    assert DecisionAction.IGNORE not in actions
    window.close()

    again = make_window()  # reopened, the article hides nothing
    again.open_file(demo_path)
    wait_checked(again)
    assert issue.key in {i.key for i in again.session.pane(DRAFT).issues}
    assert not again.commands["restoreIgnored"].isEnabled()


def test_overlapping_fixes_never_combine(qtbot, tmp_path, make_window, library) -> None:
    """The known trap: "This are bad" must not become "These is bad"."""
    from reviewdesk.core.models import Category, make_issue

    window = make_window()
    path = tmp_path / "trap.txt"
    text = "This are bad."
    path.write_text(text, encoding="utf-8")
    window.open_file(path)
    this = make_issue(
        text,
        0,
        8,
        category=Category.GRAMMAR,
        rule="agree-a",
        engine="harper",
        message="Agreement",
        replacements=["These are"],
    )
    are = make_issue(
        text,
        5,
        8,
        category=Category.GRAMMAR,
        rule="agree-b",
        engine="harper",
        message="Agreement",
        replacements=["is"],
    )
    window.session.debounce.setInterval(60_000)  # keep the checker's own results out of it
    window.session.show_issues(DRAFT, text, [this, are])
    assert window.review.apply(0)
    assert window.draft.toPlainText() == "These are bad."
    assert window.session.pane(DRAFT).issues == []  # the overlapping fix is gone at once
    assert not window.review.apply(0)
    assert window.draft.toPlainText() == "These are bad."


def _caret_on_screen(window) -> bool:  # type: ignore[no-untyped-def]
    """Whether the draft's caret is inside the part of the article on screen."""
    return window.draft.viewport().rect().contains(window.draft.cursorRect().center())


def test_undo_of_a_fix_far_down_keeps_the_caret_and_view_on_it(
    qtbot, make_window, library, demo_path, wait_checked
) -> None:
    window = make_window()
    window.resize(900, 500)  # small: the demo article scrolls in the draft
    window.open_file(demo_path)
    wait_checked(window)
    _focus_draft(qtbot, window)
    original = window.draft.toPlainText()
    scroll = window.draft.verticalScrollBar()
    assert scroll.maximum() > 0
    issues = window.session.pane(DRAFT).issues
    index = next(
        n
        for n, i in enumerate(issues)
        if i.replacements and i.start > len(original) // 2 and "\n" not in i.text
    )
    issue = issues[index]
    window.session.show_issue(index)
    window.commands["applySuggestion"].trigger()
    assert window.draft.toPlainText() != original

    qtbot.keyClick(window.draft, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.toPlainText() == original
    article_id = window.session.article.id
    qtbot.waitUntil(
        lambda: not any(d.action == DecisionAction.APPLY for d in library.decisions(article_id)),
        timeout=5000,
    )
    wait_checked(window)  # the re-check after the undo leaves the caret alone too
    caret = window.draft.textCursor().position()
    assert issue.start <= caret <= issue.end  # the demo is BMP text: Qt positions = code points
    assert scroll.value() > 0 and _caret_on_screen(window)

    qtbot.keyClicks(window.draft, "X")  # typing goes on at the restored passage
    assert window.draft.toPlainText() == original[:caret] + "X" + original[caret:]


@pytest.mark.slow  # builds and warms every engine again, in the test process, for the CLI
def test_the_window_and_reviewdesk_check_find_the_same_issues(
    make_window, demo_path, wait_checked, capsys
) -> None:
    # One code path (desk.checking and the registry) for both: same context, same engines,
    # same merge. The window checks in its checker service, the CLI in-process.
    import json

    from reviewdesk.cli import main

    window = make_window()
    assert window.open_file(demo_path)
    wait_checked(window)
    ignored = window.session.pane(DRAFT).issues[0]
    window.review.ignore(ignored)  # the article's decisions count in both
    window.session.recheck()
    wait_checked(window)
    shown = {(i.start, i.end, i.rule, i.engine) for i in window.session.pane(ORIGINAL).issues}
    assert (ignored.start, ignored.end, ignored.rule, ignored.engine) not in shown
    capsys.readouterr()
    assert main(["check", str(demo_path)]) == 1
    payload = json.loads(capsys.readouterr().out)
    printed = {(i["start"], i["end"], i["rule"], i["engine"]) for i in payload["issues"]}
    assert len(shown) > 10
    assert printed == shown
