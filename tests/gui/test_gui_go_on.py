"""After Apply or Ignore the editor is on the next issue: the list, the draft and the
original all show it (selected, scrolled to), as after F8, so the next key press acts on
what the editor sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reviewdesk.core.groups import members
from reviewdesk.core.models import Issue
from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _open_on_an_issue(qtbot, window, demo_path, wait_checked, *, fixable: bool) -> Issue:  # type: ignore[no-untyped-def]
    """Open the demo and press F8 to its third issue of one place (with a suggestion when
    ``fixable``), past
    the top of the article so the panes must scroll to follow."""
    window.open_file(demo_path)
    wait_checked(window)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    seen = 0
    for _ in range(len(window.session.pane(DRAFT).issues)):
        qtbot.keyClick(window.draft, Qt.Key.Key_F8)
        issues = window.session.pane(DRAFT).issues
        issue = issues[window.session.current_issue()]
        if (issue.replacements or not fixable) and len(members(issue, issues)) == 1:
            seen += 1
            if seen == 3:
                return issue
    raise AssertionError("the demo article has fewer issues than this test needs")


def _assert_on_next_issue(window, position: int) -> None:  # type: ignore[no-untyped-def]
    """The draft's first issue from ``position`` on is selected in the list and both panes,
    and the draft shows it."""
    issues = window.session.pane(DRAFT).issues
    following = [i for i in issues if i.start >= position]
    expected = following[0] if following else issues[0]
    draft = window.draft
    assert draft.textCursor().selectedText() == expected.text
    assert draft.viewport().rect().contains(draft.cursorRect())  # scrolled to it
    listed = window.issues_panel.current_row()
    assert listed >= 0 and issues[listed].text == expected.text
    assert issues[listed].start == expected.start
    assert window.session.editor(ORIGINAL).textCursor().hasSelection()


def test_apply_goes_on_to_the_next_issue_in_both_panes(
    qtbot, make_window, demo_path, wait_checked
) -> None:
    window = make_window()
    issue = _open_on_an_issue(qtbot, window, demo_path, wait_checked, fixable=True)
    before = window.draft.toPlainText()
    qtbot.keyClick(window.draft, Qt.Key.Key_Return, CTRL)  # Apply suggestion
    shift = len(window.draft.toPlainText()) - len(before)
    assert window.draft.toPlainText()[issue.start : issue.end + shift] == issue.replacements[0]
    _assert_on_next_issue(window, issue.start)
    wait_checked(window, (DRAFT,))  # the re-check keeps the editor on that issue
    _assert_on_next_issue(window, issue.start)


def test_ignore_goes_on_to_the_next_issue_in_both_panes(
    qtbot, make_window, demo_path, wait_checked
) -> None:
    window = make_window()
    issue = _open_on_an_issue(qtbot, window, demo_path, wait_checked, fixable=False)
    qtbot.keyClick(window.draft, Qt.Key.Key_I, CTRL_SHIFT)  # Ignore issue
    assert issue.key not in {i.key for i in window.session.pane(DRAFT).issues}
    _assert_on_next_issue(window, issue.start)
    wait_checked(window, (DRAFT,))
    _assert_on_next_issue(window, issue.start)


def test_after_a_fix_that_changes_the_length_the_original_shows_the_same_passage(
    qtbot, tmp_path, make_window, wait_checked
) -> None:
    """ "alot" → "a lot" makes its paragraph a letter longer: once the draft is checked
    again, the original selects the next issue's own word, not one a letter off."""
    path = tmp_path / "council.txt"
    path.write_text("The council met alot on monday, the mayor said.\nThat was all.\n", "utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.draft, Qt.Key.Key_F8)
    assert window.draft.textCursor().selectedText() == "alot"
    qtbot.keyClick(window.draft, Qt.Key.Key_Return, CTRL)
    assert window.draft.textCursor().selectedText() == "monday"
    wait_checked(window, (DRAFT,))
    original = window.session.editor(ORIGINAL)
    qtbot.waitUntil(lambda: original.textCursor().selectedText() == "monday", timeout=5000)
    assert window.draft.textCursor().selectedText() == "monday"
